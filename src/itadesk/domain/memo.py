"""The internal memo (บันทึกข้อความ) that submits a document up the approval chain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import validate

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


@dataclass
class CommentBlock:
    """One level of the comment chain: 'ความเห็นของหัวหน้าสำนักปลัด' + lines + signature."""

    heading: str  # e.g. "ความเห็นของหัวหน้าสำนักปลัด"
    signer: Signer = field(default_factory=Signer)
    lines: int = 3  # dotted lines left for a handwritten comment
    options: list[str] = field(default_factory=list)  # e.g. ["ทราบ", "อนุมัติ", "ไม่อนุมัติ"]


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
        for attr, label in (
            ("agency", "ส่วนราชการ"), ("phone", "โทร."), ("ref_no", "ที่"),
            ("subject", "เรื่อง"), ("to", "เรียน"), ("closing", "ข้อความปิดท้าย"),
        ):
            setattr(self, attr, validate.text(label, getattr(self, attr), max_len=2000))
        self.body = [validate.text("ข้อความ", p) for p in self.body]
        self.enclosures = [validate.text("สิ่งที่ส่งมาด้วย", e, max_len=2000) for e in self.enclosures]
