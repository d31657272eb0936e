"""The internal memo (บันทึกข้อความ) that submits a document up the approval chain."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from . import limits, validate
from .errors import ValidationError

DOCUMENT_KINDS = {
    "analysis": ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส", "ITA analysis"),
    "measures": ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "Integrity measures"),
    "results": ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "Results of the measures"),
    "oit": ("รายงานความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)", "OIT checklist"),
    "plan": ("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", "Anti-corruption plan report"),
    "memo": ("บันทึกข้อความ", "Memo"),
}


# The memo of the action-plan report is per round: the 6-month report is submitted in April,
# the 12-month one in October, with different subjects, numbers and dates. "plan" is the
# 12-month round's memo (and the only one of files written before rounds had their own).
MEMO_DOCUMENTS = {
    **DOCUMENT_KINDS,
    "plan6": ("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต รอบ ๖ เดือน",
              "Anti-corruption plan report, 6 months"),
}


def memo_key(kind: str, round: int | None = None) -> str:
    """Which memo submits document `kind` (for the plan report: of which round)."""
    return "plan6" if kind == "plan" and round == 6 else kind


@dataclass
class Signer:
    name: str = ""
    position: str = ""

    def __post_init__(self):
        self.name = validate.text("ชื่อผู้ลงนาม", self.name, max_len=limits.NAME, one_line=True)
        self.position = validate.text("ตำแหน่งผู้ลงนาม", self.position, max_len=limits.AGENCY,
                                      one_line=True)


@dataclass
class CommentBlock:
    """One level of the comment chain: 'ความเห็นของหัวหน้าสำนักปลัด' + lines + signature."""

    heading: str  # e.g. "ความเห็นของหัวหน้าสำนักปลัด"
    signer: Signer = field(default_factory=Signer)
    lines: int = 3  # dotted lines left for a handwritten comment
    options: list[str] = field(default_factory=list)  # e.g. ["ทราบ", "อนุมัติ", "ไม่อนุมัติ"]

    def __post_init__(self):
        self.heading = validate.text("หัวข้อความเห็น", self.heading, max_len=limits.HEADING,
                                     one_line=True)
        self.signer = _signer(self.signer)
        self.lines = validate.integer("จำนวนบรรทัดความเห็น", self.lines, *limits.CHAIN_LINES)
        self.options = validate.texts("ตัวเลือกความเห็น", self.options, limit=limits.CHAIN_OPTIONS,
                                      max_len=limits.OPTION, one_line=True)


def _signer(value) -> Signer:
    """A Signer validated again (edited in place by the GUI); a dict as stored in the file."""
    if isinstance(value, dict):
        return Signer(**value)
    if not isinstance(value, Signer):
        raise ValidationError("ผู้ลงนาม", "ข้อมูลผู้ลงนามไม่ถูกต้อง", "invalid signer")
    return dataclasses.replace(value)


@dataclass
class Memo:
    year: int  # fiscal year (BE) the memo belongs to
    document: str = "analysis"  # which document it submits: a key of MEMO_DOCUMENTS
    agency: str = ""  # ส่วนราชการ, e.g. "สำนักปลัด องค์การบริหารส่วนตำบลดอนสะอาด"
    phone: str = ""
    ref_no: str = ""  # ที่, e.g. "กส ๗๑๙๐๑/๑๒๓"
    date: dt.date | None = None
    subject: str = ""  # เรื่อง
    to: str = ""  # เรียน
    enclosures: list[str] = field(default_factory=list)  # สิ่งที่ส่งมาด้วย
    body: list[str] = field(default_factory=list)  # paragraphs
    closing: str = "จึงเรียนมาเพื่อโปรดพิจารณา"
    proposer: Signer = field(default_factory=Signer)
    chain: list[CommentBlock] = field(default_factory=list)
    id: int | None = None

    def __post_init__(self):
        self.year = validate.year_be("ปีงบประมาณ", self.year)
        validate.choice("เอกสาร", self.document, MEMO_DOCUMENTS)
        for attr, label, max_len, one_line in (
            ("agency", "ส่วนราชการ", limits.AGENCY, True), ("phone", "โทร.", limits.PHONE, True),
            ("ref_no", "ที่", limits.REF_NO, True), ("subject", "เรื่อง", limits.LINE, False),
            ("to", "เรียน", limits.AGENCY, True), ("closing", "ข้อความปิดท้าย", limits.LINE, False),
        ):
            setattr(self, attr, validate.text(label, getattr(self, attr), max_len=max_len,
                                              one_line=one_line))
        self.date = limits.memo_date("วันที่", self.date, self.year)
        self.body = validate.texts("ข้อความ", self.body, limit=limits.MEMO_PARAGRAPHS)
        total = sum(map(len, self.body))
        if total > limits.MEMO_TEXT:
            raise ValidationError("ข้อความ", f"ข้อความทั้งบันทึกยาวเกิน {limits.MEMO_TEXT:,} ตัวอักษร "
                                  f"(มี {total:,})", f"the memo's text is longer than "
                                  f"{limits.MEMO_TEXT:,} characters in all ({total:,})")
        self.enclosures = validate.texts("สิ่งที่ส่งมาด้วย", self.enclosures,
                                         limit=limits.MEMO_ENCLOSURES, max_len=limits.LINE)
        self.proposer = _signer(self.proposer)
        chain = limits.count("ความเห็นตามลำดับชั้น", self.chain, limits.MEMO_CHAIN)
        for block in chain:
            if not isinstance(block, CommentBlock):
                raise ValidationError("ความเห็นตามลำดับชั้น", "ข้อมูลความเห็นไม่ถูกต้อง",
                                      "invalid comment block")
        self.chain = [dataclasses.replace(b) for b in chain]
