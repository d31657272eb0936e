"""The anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต) and its round reports (D5).

The plan spans several years (e.g. 2566–2570); its items carry over from year to year and
only their round results (6 and 12 months) change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from . import validate
from .errors import ValidationError

ITEM_TYPES = ("โครงการ", "กิจกรรม", "มาตรการ", "แนวปฏิบัติงาน")

DIMENSIONS = {
    1: "การสร้างสังคมที่ไม่ทนต่อการทุจริต",
    2: "การบริหารราชการเพื่อป้องกันการทุจริต",
    3: "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
    4: "การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น",
}

ROUND_STATUSES = {
    "pending": ("รอรายงานผล", "awaiting report"),
    "in_progress": ("อยู่ระหว่างดำเนินการ", "in progress"),
    "done": ("ดำเนินการแล้วเสร็จ", "done"),
    "cannot": ("ไม่สามารถดำเนินการได้", "could not be done"),
}

CANNOT_REASONS = ("ไม่ได้รับงบประมาณ", "นโยบายผู้บริหารเปลี่ยนแปลง", "บุคลากรไม่เพียงพอ", "อื่นๆ")

# Implementation-rate level words. Seed 004 shows 85 % -> "มาก"; the scale behind it is not
# published anywhere we know of, so it is data the caller may replace.
DEFAULT_RATE_LEVELS = ((90.0, "มากที่สุด"), (70.0, "มาก"), (50.0, "ปานกลาง"), (30.0, "น้อย"), (0.0, "น้อยที่สุด"))


@dataclass
class ActionPlan:
    start_year: int  # e.g. 2566
    end_year: int  # e.g. 2570
    title: str = "แผนปฏิบัติการป้องกันการทุจริต"

    def __post_init__(self):
        self.start_year = validate.year_be("ปีเริ่มแผน", self.start_year)
        self.end_year = validate.year_be("ปีสิ้นสุดแผน", self.end_year)
        if self.end_year < self.start_year:
            raise ValidationError(
                "ระยะเวลาแผน", "ปีสิ้นสุดต้องไม่ก่อนปีเริ่มต้น", "the plan cannot end before it starts"
            )
        self.title = validate.text("ชื่อแผน", self.title, max_len=500)

    def covers(self, year: int) -> bool:
        return self.start_year <= year <= self.end_year


@dataclass
class PlanItem:
    name: str
    dimension: int  # มิติ 1–4
    item_type: str = "โครงการ"
    method: str = ""  # วิธีการดำเนินงาน
    kpi: str = ""  # ตัวชี้วัด
    objective: str = ""
    budget: Decimal | None = None  # None = ไม่ใช้งบประมาณ
    period: str = ""  # ระยะเวลาดำเนินการ, e.g. "ต.ค. ๖๖ – ก.ย. ๖๗"
    unit: str = ""  # หน่วยงานรับผิดชอบ
    position: int = 0
    id: int | None = None

    def __post_init__(self):
        self.name = validate.text("ชื่อโครงการ", self.name, required=True, max_len=2000)
        try:
            self.dimension = int(self.dimension)
        except (TypeError, ValueError):
            raise ValidationError("มิติ", "มิติต้องเป็นเลข ๑–๔", "the dimension must be 1–4") from None
        if self.dimension not in DIMENSIONS:
            raise ValidationError("มิติ", "มิติต้องเป็นเลข ๑–๔", "the dimension must be 1–4")
        validate.choice("ประเภท", self.item_type, ITEM_TYPES)
        for attr, label in (("method", "วิธีการดำเนินงาน"), ("kpi", "ตัวชี้วัด"), ("objective", "วัตถุประสงค์"),
                            ("period", "ระยะเวลา"), ("unit", "หน่วยงานรับผิดชอบ")):
            setattr(self, attr, validate.text(label, getattr(self, attr)))
        self.budget = validate.money("งบประมาณ", self.budget)

    @property
    def uses_budget(self) -> bool:
        return self.budget is not None and self.budget > 0


@dataclass
class RoundResult:
    """One item's result in one round (6 or 12 months of a fiscal year)."""

    item_id: int
    year: int
    round: int  # 6 or 12
    status: str = "pending"
    reason: str = ""  # why it could not be done
    result: str = ""  # ผลการดำเนินงาน
    disbursed: Decimal | None = None  # การเบิกจ่าย
    remark: str = ""

    def __post_init__(self):
        self.year = validate.year_be("ปีงบประมาณ", self.year)
        if self.round not in (6, 12):
            raise ValidationError("รอบรายงาน", "รอบรายงานต้องเป็น ๖ หรือ ๑๒ เดือน", "the round must be 6 or 12 months")
        validate.choice("สถานะ", self.status, ROUND_STATUSES)
        self.reason = validate.text("เหตุผล", self.reason, max_len=2000)
        self.result = validate.text("ผลการดำเนินงาน", self.result)
        self.remark = validate.text("หมายเหตุ", self.remark, max_len=2000)
        self.disbursed = validate.money("เบิกจ่าย", self.disbursed)


@dataclass
class RoundReport:
    """The narrative parts of a round's report (seed 004's ส่วนที่ ๑)."""

    year: int
    round: int
    prepared_by: str = ""  # "จัดทำโดย" unit on the cover
    preface: str = ""  # คำนำ
    background: str = ""  # ที่มาและความสำคัญ
    context: str = ""
    input: str = ""
    process: str = ""
    product: str = ""
    achievements: str = ""  # ผลสัมฤทธิ์
    benefits: str = ""  # ประโยชน์ที่ประชาชนได้รับ
    problems: str = ""
    suggestions: str = ""
    next_steps: str = ""

    def __post_init__(self):
        self.year = validate.year_be("ปีงบประมาณ", self.year)
        if self.round not in (6, 12):
            raise ValidationError("รอบรายงาน", "รอบรายงานต้องเป็น ๖ หรือ ๑๒ เดือน", "the round must be 6 or 12 months")
        for name in ("prepared_by", "preface", "background", "context", "input", "process", "product",
                     "achievements", "benefits", "problems", "suggestions", "next_steps"):
            setattr(self, name, validate.text(name, getattr(self, name)))


@dataclass
class RoundSummary:
    total: int
    by_dimension: dict[int, int]
    in_progress: int
    done: int
    cannot: int
    pending: int
    budget: Decimal
    non_budget_items: int
    disbursed: Decimal
    remaining: Decimal
    rate: float  # implementation rate in percent: done ÷ all
    level: str
    rows: list[tuple[PlanItem, RoundResult]] = field(default_factory=list)


def rate_level(rate: float, levels=DEFAULT_RATE_LEVELS) -> str:
    for minimum, word in levels:
        if rate >= minimum:
            return word
    return levels[-1][1]


def summarize(items: list[PlanItem], results: dict[int, RoundResult], year: int, round_: int,
              levels=DEFAULT_RATE_LEVELS) -> RoundSummary:
    """Counts, money and the implementation rate of one round, as seed 004 prints them."""
    rows = []
    by_dim = {d: 0 for d in DIMENSIONS}
    counts = {k: 0 for k in ROUND_STATUSES}
    budget = disbursed = Decimal("0.00")
    non_budget = 0
    for item in items:
        res = results.get(item.id) or RoundResult(item_id=item.id or 0, year=year, round=round_)
        rows.append((item, res))
        by_dim[item.dimension] += 1
        counts[res.status] += 1
        if item.uses_budget:
            budget += item.budget
        else:
            non_budget += 1
        disbursed += res.disbursed or Decimal("0")
    total = len(items)
    rate = round(100.0 * counts["done"] / total, 2) if total else 0.0
    return RoundSummary(
        total=total, by_dimension=by_dim, in_progress=counts["in_progress"], done=counts["done"],
        cannot=counts["cannot"], pending=counts["pending"], budget=budget,
        non_budget_items=non_budget, disbursed=disbursed, remaining=budget - disbursed,
        rate=rate, level=rate_level(rate, levels), rows=rows,
    )


def item_remaining(item: PlanItem, res: RoundResult | None) -> Decimal | None:
    if not item.uses_budget:
        return None
    return item.budget - ((res.disbursed if res else None) or Decimal("0"))
