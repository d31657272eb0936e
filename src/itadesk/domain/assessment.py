"""The year's ITA result as published by ITAS, and the office's analysis of it (D1)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import limits, validate
from .errors import ValidationError

_CODE = re.compile(r"^[a-z]{1,3}\d{1,3}$", re.I)


def check_indicator_no(no) -> int:
    try:
        number = int(no)
    except (TypeError, ValueError):
        raise ValidationError("ตัวชี้วัด", f"“{no}” ไม่ใช่เลขตัวชี้วัด", f"“{no}” is not an indicator number") from None
    if not 1 <= number <= 99:
        raise ValidationError("ตัวชี้วัด", f"ไม่มีตัวชี้วัดที่ {no}", f"there is no indicator {no}")
    return number


URGENCY = {
    "urgent": ("ข้อบกพร่องที่ต้องแก้ไขอย่างเร่งด่วน", "to fix urgently"),
    "develop": ("ประเด็นที่ต้องพัฒนา", "to develop"),
    "keep": ("รักษาระดับ", "keep the level"),
}


@dataclass
class Assessment:
    year: int
    indicator_scores: dict[int, float] = field(default_factory=dict)  # 1..10 as published
    question_scores: dict[str, float] = field(default_factory=dict)  # i1, e3, o12 ... (2567 on)
    national_rank: int | None = None  # seed 001's "ระดับ ๑,๕๑๙" is a rank, not a level
    reported_total: float | None = None  # the total ITAS printed, to cross-check ours
    # D1's "๑. หลักการและเหตุผล" (seed 003): free text, paragraphs one per line; "" = no section
    rationale: str = ""
    # D1 prints its indicator table ordered by score, high to low (seed 003), instead of by
    # instrument (issue 13)
    order_by_score: bool = False

    def __post_init__(self):
        self.year = validate.year_be("ปีงบประมาณ", self.year)
        if not isinstance(self.order_by_score, bool):
            if self.order_by_score not in (0, 1):
                raise ValidationError("เรียงตามคะแนน", "ต้องเป็น ใช่ หรือ ไม่ใช่", "must be yes or no")
            self.order_by_score = bool(self.order_by_score)
        self.rationale = validate.text("หลักการและเหตุผล", self.rationale)
        limits.count("คะแนนตัวชี้วัด", self.indicator_scores, limits.SCORES)
        limits.count("คะแนนรายข้อ", self.question_scores, limits.SCORES)
        self.indicator_scores = {
            check_indicator_no(no): validate.score(f"ตัวชี้วัดที่ {no}", v)
            for no, v in self.indicator_scores.items()
            if v is not None and v != ""
        }
        self.question_scores = {
            _check_code(code): validate.score(f"ข้อ {code}", v)
            for code, v in self.question_scores.items()
            if v is not None and v != ""
        }
        self.reported_total = validate.score("คะแนนรวม", self.reported_total, optional=True)
        if self.national_rank is not None:
            try:
                self.national_rank = int(self.national_rank)
            except (TypeError, ValueError):
                raise ValidationError("ลำดับ", "ลำดับต้องเป็นตัวเลข", "the rank must be a number") from None
            if self.national_rank < 1:
                raise ValidationError("ลำดับ", "ลำดับต้องมากกว่า ๐", "the rank must be positive")


@dataclass
class Finding:
    """The analysis of one indicator (up to 2566) or one issue (2567 on).

    `target` is "ind:N" for indicator N or "issue:N" for ประเด็น N.
    """

    year: int
    target: str
    weaknesses: str = ""  # ข้อบกพร่อง / จุดอ่อน
    fixes: str = ""  # ข้อแก้ไข / แนวทางปรับปรุง
    keep: str = ""  # รักษาระดับ / จุดแข็ง
    urgency: str = "develop"  # a key of URGENCY
    position: int = 0
    id: int | None = None

    def __post_init__(self):
        self.year = validate.year_be("ปีงบประมาณ", self.year)
        self.target = parse_target(self.target)
        self.weaknesses = validate.text("ข้อบกพร่อง", self.weaknesses)
        self.fixes = validate.text("ข้อแก้ไข", self.fixes)
        self.keep = validate.text("รักษาระดับ", self.keep)
        validate.choice("ความเร่งด่วน", self.urgency, URGENCY)


def _check_code(code) -> str:
    text = str(code).strip()
    if not _CODE.match(text):
        raise ValidationError("รหัสข้อ", f"“{code}” ไม่ใช่รหัสข้อคำถาม", f"“{code}” is not a question code")
    return text


def parse_target(target: str) -> str:
    """Validate a finding/measure target key: 'ind:1'..'ind:99', 'issue:1'..., or 'general'."""
    t = str(target).strip()
    if t == "general":
        return t
    kind, _, no = t.partition(":")
    if kind in ("ind", "issue") and no.isdigit() and 0 < int(no) < 100:
        return f"{kind}:{int(no)}"
    raise ValidationError(
        "ตัวชี้วัด/ประเด็น", f"ไม่รู้จัก “{target}”", f"unknown indicator or issue “{target}”"
    )
