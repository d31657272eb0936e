"""D1 — the analysis of the year's ITA result: scores, question scores, findings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import validate
from ...domain.assessment import URGENCY, Assessment, Finding
from ...domain.errors import ItadeskError, ValidationError
from ...storage import operations as ops
from ...storage import queries
from ..commands import FINDINGS, ValueCommand
from ..forms import ERROR_STYLE, FieldSpec, RecordForm, error_text
from ..i18n import lang, tr
from ..models.rows import Column, RowsModel
from ..table import RowsTable
from .base import DocumentWizard, SectionPage
from .common import both, target_choices


class ScoresForm(QWidget):
    """The 10 indicator scores, each saved when the clerk leaves the field, with the
    total and the level computed by the year's framework as soon as all are in."""

    def __init__(self, session, year: int, parent=None):
        super().__init__(parent)
        self.session, self.year = session, year
        self.framework = session.framework(year)
        self.edits: dict[int, QLineEdit] = {}
        self.messages: dict[int, QLabel] = {}
        lay = QVBoxLayout(self)
        groups: dict[str, QFormLayout] = {}
        if self.framework is not None:
            indicators = [(i.no, i.instrument, i.name_en if lang() == "en" else i.name_th)
                          for i in self.framework.indicators]
            instruments = {ins.code: ins for ins in self.framework.instruments}
        else:
            indicators = [(n, "IIT" if n <= 5 else "EIT" if n <= 8 else "OIT", "") for n in range(1, 11)]
            instruments = {}
        for no, ins, name in indicators:
            if ins not in groups:
                title = ins
                if ins in instruments:
                    title = f"{ins} — {instruments[ins].name_th} ({instruments[ins].weight:g}%)"
                box = QGroupBox(title)
                groups[ins] = QFormLayout(box)
                lay.addWidget(box)
            edit = QLineEdit()
            edit.setObjectName(f"score_{no}")
            edit.setAlignment(Qt.AlignRight)
            edit.setMaximumWidth(120)
            edit.setPlaceholderText("0.00–100.00")
            edit.editingFinished.connect(lambda n=no: self.commit(n))
            msg = QLabel()
            msg.setObjectName(f"score_message_{no}")
            msg.setStyleSheet(ERROR_STYLE)
            msg.hide()
            cell = QWidget()
            cl = QVBoxLayout(cell)
            cl.setContentsMargins(0, 0, 0, 0)
            cl.addWidget(edit)
            cl.addWidget(msg)
            label = tr("ตัวชี้วัดที่ {0}").format(no) + (f" {name}" if name else "")
            groups[ins].addRow(label, cell)
            self.edits[no], self.messages[no] = edit, msg
        self.result = QLabel()
        self.result.setObjectName("score_result")
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-size: 13pt; padding: 6px; background: #eef4ee;")
        lay.addWidget(self.result)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, topic: str) -> None:
        if topic == "assessment":
            self.refresh()

    def scores(self) -> dict[int, float]:
        a = queries.load_assessment(self.session.office, self.year)
        return dict(a.indicator_scores) if a else {}

    def refresh(self):
        a = queries.load_assessment(self.session.office, self.year)
        scores = dict(a.indicator_scores) if a else {}
        self._scores = scores
        for no, edit in self.edits.items():
            text = f"{scores[no]:.2f}" if no in scores else ""
            if edit.text() != text and not self.messages[no].isVisible():
                edit.setText(text)
        self.result.setText(self.summary(a))

    def summary(self, a=None) -> str:
        fw = self.framework
        if fw is None:
            return tr("ยังไม่มีกรอบการประเมินของปี {0} จึงยังคำนวณคะแนนรวมไม่ได้").format(self.year)
        from ...domain.scoring import compute

        if a is None:
            a = queries.load_assessment(self.session.office, self.year)
        try:
            res = compute(fw, a.indicator_scores if a else {}, a.question_scores if a else {})
        except ItadeskError as exc:
            return exc.message(lang())
        if res.total is None:
            missing = ", ".join(str(n) for n in res.missing)
            return tr("ยังขาดคะแนนตัวชี้วัดที่ {0}").format(missing)
        parts = [f"{code} {v:.2f}" for code, v in res.instrument_scores.items()]
        level = (res.level.label_en if lang() == "en" else res.level.label_th) if res.level else "-"
        text = tr("คะแนนรวม {0:.2f} — ระดับผลการประเมิน: {1}").format(res.total, level)
        return text + "\n" + "  ".join(parts)

    def commit(self, no: int):
        edit, msg = self.edits[no], self.messages[no]
        try:
            value = validate.score(tr("ตัวชี้วัดที่ {0}").format(no), edit.text(), optional=True)
        except ValidationError as exc:
            msg.setText(error_text(exc))
            msg.show()
            return
        msg.hide()
        before = self._scores.get(no)
        if before == value:
            edit.setText("" if value is None else f"{value:.2f}")
            return
        office, year = self.session.office, self.year
        self.session.apply(ValueCommand(
            self.session, tr("แก้ไขคะแนนตัวชี้วัดที่ {0}").format(no),
            lambda v: ops.set_indicator_score(office, year, no, v), before, value))


@dataclass
class QuestionRow:
    code: str
    indicator: int
    title: str
    score: float | None


def _questions_model(session, year: int) -> RowsModel:
    fw = session.framework(year)
    office = session.office

    def load():
        a = queries.load_assessment(office, year)
        scores = a.question_scores if a else {}
        overrides = queries.load_title_overrides(office, year)
        return [QuestionRow(q.code, q.indicator, overrides.get(q.code) or q.title_th or "", scores.get(q.code))
                for q in fw.questions]

    def set_score(row: QuestionRow, value):
        a = queries.load_assessment(office, year) or Assessment(year=year)
        qs = dict(a.question_scores)
        if value is None:
            qs.pop(row.code, None)
        else:
            qs[row.code] = value
        after = dataclasses.replace(a, question_scores=qs)
        session.apply(ValueCommand(session, tr("แก้ไขคะแนนข้อ {0}").format(row.code),
                                   lambda x: ops.save_assessment(office, x), a, after))

    def set_title(row: QuestionRow, value):
        before = queries.load_title_overrides(office, year).get(row.code, "")
        session.apply(ValueCommand(session, tr("แก้ไขชื่อข้อ {0}").format(row.code),
                                   lambda t: ops.set_title_override(office, year, row.code, t or ""),
                                   before, value or ""))

    columns = [
        Column("code", QT_TR_NOOP("รหัส"), editable=False, width=70),
        Column("indicator", QT_TR_NOOP("ตัวชี้วัด"), "int", editable=False, width=70),
        Column("title", QT_TR_NOOP("ข้อคำถาม"), "multiline", apply=set_title, width=480, blank="-"),
        Column("score", QT_TR_NOOP("คะแนน"), "score", apply=set_score, width=90),
    ]
    return RowsModel(session, columns, load, topics=("assessment", "titles"), noun=tr("ข้อคำถาม"))


def findings_model(session, year: int) -> RowsModel:
    fw = session.framework(year)
    urgency = {k: both(v) for k, v in URGENCY.items()}
    columns = [
        Column("target", QT_TR_NOOP("ตัวชี้วัด/ประเด็น"), "choice", choices=target_choices(fw), required=True, width=220),
        Column("urgency", QT_TR_NOOP("ความเร่งด่วน"), "choice", choices=urgency, width=150),
        Column("weaknesses", QT_TR_NOOP("ข้อบกพร่อง/จุดอ่อน"), "multiline", width=260),
        Column("fixes", QT_TR_NOOP("ข้อแก้ไข/แนวทางปรับปรุง"), "multiline", width=260),
        Column("keep", QT_TR_NOOP("รักษาระดับ/จุดแข็ง"), "multiline", width=220),
    ]

    def make(v: dict) -> Finding:
        return Finding(year=year, target=v.get("target") or "", weaknesses=v.get("weaknesses") or "",
                       fixes=v.get("fixes") or "", keep=v.get("keep") or "",
                       urgency=v.get("urgency") or "develop")

    return RowsModel(session, columns, lambda: queries.load_findings(session.office, year),
                     topics=("findings",), kind=FINDINGS, make=make, year=lambda: year,
                     noun=tr("ผลการวิเคราะห์"))


class AnalysisWizard(DocumentWizard):
    def __init__(self, session, parent=None):
        year = session.year
        super().__init__(session, tr("D1 รายงานการวิเคราะห์ผลการประเมิน ITA ปี {0}").format(year), parent)
        office = session.office
        fw = session.framework(year)
        self.year = year

        def load_assessment():
            return queries.load_assessment(office, year) or Assessment(year=year)

        self._load_assessment = load_assessment
        # ๑. หลักการและเหตุผล: optional; printed first when it has text (seed 003)
        page = SectionPage(tr("หลักการและเหตุผล"),
                           tr("ส่วนแรกของรายงาน (ไม่บังคับ): ย่อหน้าละบรรทัด "
                              "เว้นว่างไว้ถ้าไม่ต้องการพิมพ์ส่วนนี้"))
        self.rationale_form = RecordForm(
            session,
            [FieldSpec("rationale", tr("หลักการและเหตุผล"), "text", domain_field="หลักการและเหตุผล")],
            load=load_assessment, save=lambda a: ops.save_assessment(office, a), topics=("assessment",))
        self.rationale_form.field("rationale").widget.setMinimumHeight(300)
        page.add(self.rationale_form)
        self.standard_rationale = QPushButton(tr("ใช้ข้อความมาตรฐาน"))
        self.standard_rationale.setObjectName("use_standard_rationale")
        self.standard_rationale.setToolTip(tr("ข้อความหลักการและเหตุผลจากกรอบการประเมินของปี {0}").format(year))
        self.standard_rationale.setEnabled(bool(fw is not None and fw.rationale))
        self.standard_rationale.clicked.connect(self.use_standard_rationale)
        page.add(self.standard_rationale)
        self.add_section(page)

        page = SectionPage(tr("คะแนนตัวชี้วัด"), tr("คะแนน ๑๐ ตัวชี้วัดตามที่ ITAS ประกาศ (๐–๑๐๐)"))
        self.scores = ScoresForm(session, year)
        page.add(self.scores)
        if fw is None:
            page.note(tr("ยังไม่มีกรอบการประเมินของปีนี้: นำเข้าไฟล์กรอบการประเมินจากเมนูเครื่องมือ"))

        self.assessment_form = RecordForm(
            session,
            [FieldSpec("reported_total", tr("คะแนนรวมตามที่ ITAS ประกาศ (ใช้ตรวจทาน)"), "score",
                       domain_field="คะแนนรวม"),
             FieldSpec("national_rank", tr("ลำดับที่ในประเทศ"), "int", domain_field="ลำดับ")],
            load=load_assessment, save=lambda a: ops.save_assessment(office, a), topics=("assessment",))
        page.add(self.assessment_form)
        from ..d1_options import D1Options  # order by score, supplied image (issue 13)

        self.d1_options = D1Options(session, year)
        page.add(self.d1_options)
        self.add_section(page)

        if fw is not None and fw.questions:
            page = SectionPage(tr("คะแนนรายข้อ"), tr("คะแนนข้อคำถาม (i, e, o) ตามรายงานของ ITAS"), scroll=False)
            self.questions_table = RowsTable(_questions_model(session, year))
            page.add(self.questions_table, 1)
            self.add_section(page)

        page = SectionPage(tr("การวิเคราะห์"), tr("ข้อบกพร่อง ข้อแก้ไข และสิ่งที่ต้องรักษาระดับ แยกตามตัวชี้วัดหรือประเด็น"),
                           scroll=False)
        self.findings_table = RowsTable(findings_model(session, year))
        page.add(self.findings_table, 1)
        self.add_section(page)

    def use_standard_rationale(self) -> bool:
        """Put the framework's stock rationale in the field (one undoable edit); asks first
        when the year already has a rationale. True when it was put in."""
        session = self.session
        fw = session.framework(self.year)
        if fw is None or not fw.rationale:
            return False
        row = self.rationale_form.field("rationale")
        row.commit()  # text typed a moment ago is saved first (and so can be undone)
        before = self._load_assessment()
        if before.rationale == fw.rationale:
            return False
        if before.rationale.strip():
            box = QMessageBox(QMessageBox.Question, tr("ใช้ข้อความมาตรฐาน"),
                              tr("แทนที่ข้อความหลักการและเหตุผลที่มีอยู่ด้วยข้อความมาตรฐานของปี {0}?")
                              .format(self.year), parent=self)
            box.setObjectName("replace_rationale")
            box.setInformativeText(tr("ข้อความเดิมจะหายไป (กู้คืนได้ด้วย “เลิกทำ”)"))
            replace = box.addButton(tr("แทนที่"), QMessageBox.AcceptRole)
            keep = box.addButton(tr("ยกเลิก"), QMessageBox.RejectRole)
            box.setDefaultButton(keep)
            if self._ask(box) is not replace:
                return False
        after = dataclasses.replace(before, rationale=fw.rationale)
        office = session.office
        try:
            session.apply(ValueCommand(session, tr("ใช้ข้อความมาตรฐานของหลักการและเหตุผล"),
                                       lambda a: ops.save_assessment(office, a), before, after))
        except ItadeskError as exc:
            row.show_error(error_text(exc))
            return False
        row.show_error(None)
        self.rationale_form.refresh()
        return True

    def _ask(self, box: QMessageBox):
        """The main window's ask (tests answer through it); the box itself without one."""
        window = self.parentWidget()
        if window is not None and hasattr(window, "ask"):
            return window.ask(box)
        box.exec()
        return box.clickedButton()
