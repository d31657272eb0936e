"""The anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต) and its round reports (D5).

The plan spans several years (e.g. 2566–2570); its items carry over from year to year and
only their round results (6 and 12 months) change.
"""

from __future__ import annotations

import re
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
OTHER = "อื่นๆ"

# e-PlanNACC's target groups (projectcreate.php), in its order; anything else is typed after
# "อื่นๆ:" (e-PlanNACC's free "กลุ่มเป้าหมาย (ข้อความ)").
TARGET_GROUPS = (
    "ข้าราชการการเมืองฝ่ายบริหาร",
    "ข้าราชการการเมืองฝ่ายสภาท้องถิ่น",
    "ข้าราชการ/พนักงาน/ลูกจ้าง ส่วนท้องถิ่น",
    "เด็กและเยาวชน",
    "ประชาชน/ภาคประชาสังคม",
    "สถานศึกษา",
    "หน่วยงานภาครัฐ",
    "หน่วยงานภาครัฐวิสาหกิจ",
    "หน่วยงานภาคธุรกิจเอกชน",
)

# How e-PlanNACC scores a round (lovelak/iplan ajax/getProjectScore.php): done 1, in progress
# 0.5, could not be done 0, not yet reported 0, divided by ALL items. Data, not code.
STATUS_CREDIT = {"done": 1.0, "in_progress": 0.5, "cannot": 0.0, "pending": 0.0}

# e-PlanNACC's colour flags by round (getProjectImplementProvinceNew.php lines 108-109):
# 6 months green >= 50, orange 20-49, red < 20; 12 months green >= 80, orange 50-79, red < 50.
ROUND_FLAGS = {
    6: ((50.0, "green"), (20.0, "orange"), (0.0, "red")),
    12: ((80.0, "green"), (50.0, "orange"), (0.0, "red")),
}
FLAG_WORDS = {"green": ("ผ่านเกณฑ์", "on track"), "orange": ("ควรเร่งรัด", "needs speeding up"),
              "red": ("ต่ำกว่าเกณฑ์", "below the mark")}

# Implementation-rate level words. Seed 004 shows 85 % -> "มาก"; the scale behind it is not
# published anywhere we know of (e-PlanNACC itself has only the colour flags above), so it is
# data the caller may replace (`rate_levels_from_text` reads a clerk's list).
DEFAULT_RATE_LEVELS = ((90.0, "มากที่สุด"), (70.0, "มาก"), (50.0, "ปานกลาง"), (30.0, "น้อย"), (0.0, "น้อยที่สุด"))


def rate_levels_from_text(text: str) -> tuple[tuple[float, str], ...]:
    """A clerk's level words, one "minimum word" a line ("80 มาก"), highest first; the last
    must start at 0. ValidationError naming the line otherwise."""
    out: list[tuple[float, str]] = []
    for n, line in enumerate((text or "").splitlines(), 1):
        if not line.strip():
            continue
        head, _, word = line.strip().partition(" ")
        try:
            minimum = float(head)
        except ValueError:
            minimum = None
        if minimum is None or not 0 <= minimum <= 100 or not word.strip():
            raise ValidationError("ระดับการนำแผนไปปฏิบัติ",
                                  f"บรรทัด {n}: ต้องเป็น “ร้อยละขั้นต่ำ คำ” เช่น “80 มาก”",
                                  f"line {n}: must be “minimum word”, e.g. “80 มาก”")
        if out and minimum >= out[-1][0]:
            raise ValidationError("ระดับการนำแผนไปปฏิบัติ", f"บรรทัด {n}: ต้องเรียงจากมากไปน้อย",
                                  f"line {n}: must go from the highest down")
        out.append((minimum, word.strip()))
    if not out or out[-1][0] != 0:
        raise ValidationError("ระดับการนำแผนไปปฏิบัติ", "ระดับสุดท้ายต้องเริ่มที่ 0",
                              "the last level must start at 0")
    return tuple(out)


def round_flag(rate: float, round_: int) -> str:
    """e-PlanNACC's colour for a round's rate: "green", "orange" or "red"."""
    for minimum, flag in ROUND_FLAGS[int(round_)]:
        if rate >= minimum:
            return flag
    return "red"


def implementation_rate(statuses) -> float:
    """Percent, 2 decimals, as e-PlanNACC computes it: Σ STATUS_CREDIT ÷ number of items."""
    statuses = list(statuses)
    if not statuses:
        return 0.0
    credit = sum(STATUS_CREDIT[s] for s in statuses)
    return round(100.0 * credit / len(statuses), 2)


def _quarter(value) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        q = int(str(value).strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
    except ValueError:
        q = 0
    if isinstance(value, bool) or q not in (1, 2, 3, 4):
        raise ValidationError("ไตรมาส", f"ไตรมาสต้องเป็น ๑–๔ ไม่ใช่ “{value}”",
                              f"the quarter must be 1–4, not “{value}”")
    return q


def _target_groups(value) -> str:
    """One group a line: the fixed TARGET_GROUPS, or "อื่นๆ: text"; duplicates dropped."""
    if isinstance(value, (list, tuple)):
        lines = [str(v) for v in value]
    else:
        lines = validate.text("กลุ่มเป้าหมาย", value).splitlines()
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if line not in TARGET_GROUPS:
            if line.startswith(OTHER):
                rest = line[len(OTHER):].lstrip(" :：").strip()
                if not rest:
                    raise ValidationError("กลุ่มเป้าหมาย", "กลุ่มเป้าหมาย “อื่นๆ” ต้องระบุว่าเป็นใคร",
                                          "an “other” target group must say who")
                line = f"{OTHER}: {rest}"
            else:
                line = f"{OTHER}: {line}"
        if line not in out:
            out.append(line)
    return validate.text("กลุ่มเป้าหมาย", "\n".join(out), max_len=2000)


def _plan_years(value) -> str:
    """The fiscal years an item runs in, e.g. "2566,2567,2568" (also from "2566-2568" or
    Thai digits); sorted, no duplicates."""
    if isinstance(value, (list, tuple)):
        text = ",".join(str(v) for v in value)
    else:
        text = validate.text("ปีที่ดำเนินการ", value, max_len=200)
    text = text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    text = re.sub(r"\s*[-–]\s*", "-", text)
    years: set[int] = set()
    for part in re.split(r"[,\s]+", text.strip()):
        if not part:
            continue
        m = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", part)
        lo, hi = (m.group(1), m.group(2)) if m else (part, part)
        a = validate.year_be("ปีที่ดำเนินการ", lo)
        b = validate.year_be("ปีที่ดำเนินการ", hi)
        if b < a or b - a > 10:
            raise ValidationError("ปีที่ดำเนินการ", f"ช่วงปี “{part}” ไม่ถูกต้อง",
                                  f"the range “{part}” is not valid")
        years.update(range(a, b + 1))
    return ",".join(str(y) for y in sorted(years))


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
    # e-PlanNACC's item fields (projectcreate.php)
    quarter: int | None = None  # ดำเนินการในไตรมาส 1–4
    target_groups: str = ""  # one a line: TARGET_GROUPS or "อื่นๆ: ..."
    plan_years: str = ""  # the fiscal years it runs in, "2566,2567"

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
        self.quarter = _quarter(self.quarter)
        self.target_groups = _target_groups(self.target_groups)
        self.plan_years = _plan_years(self.plan_years)

    @property
    def target_group_list(self) -> list[str]:
        return [g for g in self.target_groups.splitlines() if g]

    @property
    def plan_year_list(self) -> list[int]:
        return [int(y) for y in self.plan_years.split(",") if y]

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
    # e-PlanNACC's round report fields (getReportForm.php)
    budget_plan: Decimal | None = None  # วงเงินตามแผนพัฒนาท้องถิ่น
    budget_ordinance: Decimal | None = None  # วงเงินตามข้อบัญญัติ/เทศบัญญัติ
    in_ordinance: bool = False  # บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ/แผนการดำเนินงาน
    reason_code: str = ""  # for "cannot": one of CANNOT_REASONS ("อื่นๆ" needs `reason`)

    def __post_init__(self):
        self.year = validate.year_be("ปีงบประมาณ", self.year)
        if self.round not in (6, 12):
            raise ValidationError("รอบรายงาน", "รอบรายงานต้องเป็น ๖ หรือ ๑๒ เดือน", "the round must be 6 or 12 months")
        validate.choice("สถานะ", self.status, ROUND_STATUSES)
        self.reason = validate.text("เหตุผล", self.reason, max_len=2000)
        self.result = validate.text("ผลการดำเนินงาน", self.result)
        self.remark = validate.text("หมายเหตุ", self.remark, max_len=2000)
        self.disbursed = validate.money("เบิกจ่าย", self.disbursed)
        self.budget_plan = validate.money("งบประมาณตามแผนพัฒนาท้องถิ่น", self.budget_plan)
        self.budget_ordinance = validate.money("งบประมาณตามข้อบัญญัติ/เทศบัญญัติ", self.budget_ordinance)
        if not isinstance(self.in_ordinance, bool):
            if self.in_ordinance in (0, 1):
                self.in_ordinance = bool(self.in_ordinance)
            else:
                raise ValidationError("บรรจุไว้ในข้อบัญญัติ", "ต้องเป็น ใช่ หรือ ไม่ใช่", "must be yes or no")
        self.reason_code = (self.reason_code or "").strip()
        if self.reason_code:
            validate.choice("เหตุที่ไม่สามารถดำเนินการได้", self.reason_code, CANNOT_REASONS)
            if self.status != "cannot":
                raise ValidationError("เหตุที่ไม่สามารถดำเนินการได้",
                                      "ระบุเหตุได้เฉพาะรายการที่ไม่สามารถดำเนินการได้",
                                      "a reason is given only for an item that could not be done")
            if self.reason_code == OTHER and not self.reason.strip():
                raise ValidationError("เหตุที่ไม่สามารถดำเนินการได้",
                                      "เลือก “อื่นๆ” ต้องระบุเหตุผล", "“other” needs the reason written")

    @property
    def reason_text(self) -> str:
        """The reason as e-PlanNACC shows it: the code, "อื่นๆ (…)" or the typed text."""
        if self.reason_code == OTHER:
            return f"{OTHER} ({self.reason})"
        return self.reason_code or self.reason

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
    rate: float  # implementation rate in percent, as e-PlanNACC: (done + ½ in progress) ÷ all
    level: str
    flag: str = "green"  # e-PlanNACC's colour for the round (ROUND_FLAGS)
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
    rate = implementation_rate(res.status for _item, res in rows)
    return RoundSummary(
        total=total, by_dimension=by_dim, in_progress=counts["in_progress"], done=counts["done"],
        cannot=counts["cannot"], pending=counts["pending"], budget=budget,
        non_budget_items=non_budget, disbursed=disbursed, remaining=budget - disbursed,
        rate=rate, level=rate_level(rate, levels), rows=rows, flag=round_flag(rate, round_),
    )


def item_remaining(item: PlanItem, res: RoundResult | None) -> Decimal | None:
    if not item.uses_budget:
        return None
    return item.budget - ((res.disbursed if res else None) or Decimal("0"))
