"""D6 — the internal memo (บันทึกข้อความ) that submits a document up the approval chain.

One memo per submitted document (MEMO_DOCUMENTS): the action-plan report has one per round,
"plan6" for the 6-month report and "plan" for the 12-month one (domain.memo.memo_key)."""

from __future__ import annotations

import copy
import dataclasses

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.memo import DOCUMENT_KINDS, MEMO_DOCUMENTS, CommentBlock, Memo, Signer
from ...storage import operations as ops
from ...storage import queries
from ..commands import ValueCommand
from ..forms import FieldSpec, RecordForm
from ..i18n import tr
from ..signals import emit
from .base import DocumentWizard, SectionPage
from .common import both

CHAIN_LEVELS = 3

# the memos of the action-plan report: which round each one submits
PLAN_MEMO_ROUNDS = {"plan6": 6, "plan": 12}
_ROUND_TH = {6: "รอบ ๖ เดือน", 12: "รอบ ๑๒ เดือน"}
_ROUND_EN = {6: "6 months", 12: "12 months"}


def memo_documents() -> list[str]:
    """The documents a memo can submit, in the order the chooser lists them (and D6 prints)."""
    order = ["analysis", "measures", "results", "oit", "plan6", "plan"]
    return order + [k for k in MEMO_DOCUMENTS if k not in order and k != "memo"]


def memo_label(document: str) -> tuple[str, str]:
    """(Thai, English) name of what the memo submits; the plan report's with its round."""
    if document in PLAN_MEMO_ROUNDS:
        rnd = PLAN_MEMO_ROUNDS[document]
        th, en = DOCUMENT_KINDS["plan"]
        return f"{th} {_ROUND_TH[rnd]}", f"{en}, {_ROUND_EN[rnd]}"
    return MEMO_DOCUMENTS[document]


def default_memo(office, year: int, document: str) -> Memo:
    """A memo filled from the office profile: the clerk only checks and adds the body."""
    if document in PLAN_MEMO_ROUNDS:
        title = f"{DOCUMENT_KINDS['plan'][0]} ประจำปีงบประมาณ พ.ศ. {year} {_ROUND_TH[PLAN_MEMO_ROUNDS[document]]}"
    else:
        title = f"{MEMO_DOCUMENTS[document][0]} ประจำปีงบประมาณ พ.ศ. {year}"
    memo = Memo(year=year, document=document)
    if office is None:
        return memo

    def signer(*roles) -> Signer:
        for role in roles:
            p = office.person_with_role(role)
            if p is not None:
                return Signer(p.name, p.position)
        return Signer()

    memo.agency = f"สำนักปลัด {office.full_name}"
    memo.phone = office.phone
    memo.ref_no = f"{office.doc_prefix}/" if office.doc_prefix else ""
    memo.subject = title
    memo.to = f"นายก{office.full_name}"
    memo.proposer = signer("proposer", "plan_unit")
    memo.chain = [
        CommentBlock("ความเห็นของหัวหน้าสำนักปลัด", signer("head_office")),
        CommentBlock("ความเห็นของปลัด" + office.full_name, signer("chief_admin")),
        CommentBlock("ความเห็นของนายก" + office.full_name, signer("executive"), options=["ทราบ", "อนุมัติ", "ไม่อนุมัติ"]),
    ]
    return memo


def _chain_get(i: int, attr: str):
    def get(m: Memo):
        if i >= len(m.chain):
            return ""
        block = m.chain[i]
        return block.heading if attr == "heading" else getattr(block.signer, attr)
    return get


def _chain_set(i: int, attr: str):
    def set_(m: Memo, value):
        chain = copy.deepcopy(m.chain)
        while len(chain) <= i:
            chain.append(CommentBlock(""))
        if attr == "heading":
            chain[i].heading = value
        else:
            setattr(chain[i].signer, attr, value)
        return dataclasses.replace(m, chain=chain)
    return set_


def _proposer_set(attr: str):
    def set_(m: Memo, value):
        return dataclasses.replace(m, proposer=dataclasses.replace(m.proposer, **{attr: value}))
    return set_


class DocumentState(QObject):
    changed = Signal(str)

    def __init__(self, value: str):
        super().__init__()
        self.value = value

    def set(self, value: str):
        if value != self.value:
            self.value = value
            emit(self.changed, value)


class MemoWizard(DocumentWizard):
    def __init__(self, session, parent=None):
        year = session.year
        super().__init__(session, tr("D6 บันทึกข้อความ ปี {0}").format(year), parent)
        office = session.office
        self.state = DocumentState("analysis")
        self.forms: list[RecordForm] = []

        def load():
            memos = queries.load_memos(office, year)
            return memos.get(self.state.value) or default_memo(session.office_profile(), year, self.state.value)

        def save(m: Memo):
            ops.save_memo(office, m)

        def section(title, subtitle, fields):
            page = SectionPage(title, subtitle)
            page.add(self._chooser())
            form = RecordForm(session, fields, load=load, save=save, topics=("memos", "office"))
            self.state.changed.connect(lambda _v: form.refresh())
            page.add(form)
            self.forms.append(form)
            self.add_section(page)
            return page, form

        _, self.head_form = section(tr("หัวบันทึก"), tr("ส่วนราชการ ที่ วันที่ เรื่อง เรียน"), [
            FieldSpec("agency", tr("ส่วนราชการ"), domain_field="ส่วนราชการ"),
            FieldSpec("phone", tr("โทร."), domain_field="โทร."),
            FieldSpec("ref_no", tr("ที่"), domain_field="ที่"),
            FieldSpec("date", tr("วันที่"), "date", hint=tr("เช่น ๑๕ ม.ค. ๒๕๖๗ หรือ 15/1/2567")),
            FieldSpec("subject", tr("เรื่อง"), required=True, domain_field="เรื่อง"),
            FieldSpec("to", tr("เรียน"), required=True, domain_field="เรียน"),
        ])
        _, self.body_form = section(tr("เนื้อความ"), tr("ย่อหน้าคั่นด้วยบรรทัดว่าง"), [
            FieldSpec("enclosures", tr("สิ่งที่ส่งมาด้วย (บรรทัดละรายการ)"), "lines"),
            FieldSpec("body", tr("ข้อความ"), "paragraphs"),
            FieldSpec("closing", tr("ข้อความปิดท้าย"), domain_field="ข้อความปิดท้าย"),
        ])
        fields = [
            FieldSpec("proposer_name", tr("ผู้เสนอ: ชื่อ"), get=lambda m: m.proposer.name, set=_proposer_set("name")),
            FieldSpec("proposer_position", tr("ผู้เสนอ: ตำแหน่ง"), get=lambda m: m.proposer.position,
                      set=_proposer_set("position")),
        ]
        for i in range(CHAIN_LEVELS):
            n = i + 1
            fields += [
                FieldSpec(f"chain{i}_heading", tr("ความเห็นลำดับ {0}: หัวข้อ").format(n),
                          get=_chain_get(i, "heading"), set=_chain_set(i, "heading")),
                FieldSpec(f"chain{i}_name", tr("ความเห็นลำดับ {0}: ชื่อ").format(n),
                          get=_chain_get(i, "name"), set=_chain_set(i, "name")),
                FieldSpec(f"chain{i}_position", tr("ความเห็นลำดับ {0}: ตำแหน่ง").format(n),
                          get=_chain_get(i, "position"), set=_chain_set(i, "position")),
            ]
        page, self.signers_form = section(tr("ผู้เสนอและลำดับความเห็น"),
                                          tr("หัวหน้าสำนักปลัด → ปลัด → นายก"), fields)
        fill = QPushButton(tr("เติมชื่อจากข้อมูลผู้ลงนามของหน่วยงาน"))
        fill.clicked.connect(self.fill_signers)
        page.add(fill)
        self._load = load

    def _chooser(self) -> QWidget:
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(tr("บันทึกเสนอเอกสาร")))
        combo = QComboBox()
        combo.setObjectName("memo_document")
        for kind in memo_documents():
            combo.addItem(both(memo_label(kind)), kind)
        combo.setCurrentIndex(combo.findData(self.state.value))
        combo.activated.connect(lambda i: self.state.set(combo.itemData(i)))
        self.state.changed.connect(lambda v: combo.setCurrentIndex(combo.findData(v)))
        lay.addWidget(combo, 1)
        return box

    def fill_signers(self):
        session = self.session
        before = self._load()
        fresh = default_memo(session.office_profile(), session.year, self.state.value)
        after = dataclasses.replace(before, proposer=fresh.proposer, chain=fresh.chain)
        if after != before:
            session.apply(ValueCommand(session, tr("เติมชื่อผู้ลงนามในบันทึกข้อความ"),
                                       lambda m: ops.save_memo(session.office, m), before, after))
