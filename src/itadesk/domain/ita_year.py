"""The ITA year as a clerk lives it: the phases of ITAS and e-PlanNACC with their usual dates
(editable per year), what is due now and next, and ITAS's minimum sample sizes (issue 13).

Usual dates (research 2026-12 §3; ts-local.com 2021, tna.mcot.net 2567; ITAS extends them
some years, hence editable): registration and the stakeholder lists January–February, OIT
answers March–April, the consultants score in May, the office's explanations 1–15 June, OIT
confirmation 16–30 June; the action plan's 6-month report by April and its 12-month report
in October. The fiscal year BE Y is assessed in calendar year Y − 543 (ITA 2568: Jan–Jun 2025).
Nothing here leaves the PC. Pure Python.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError

# (key, Thai name, (start month, day), (end month, day)); day 0 = the month's last day
DEFAULT_PHASES = (
    ("registration", "ลงทะเบียนและนำเข้ารายชื่อผู้มีส่วนได้ส่วนเสีย (IIT/EIT)", (1, 1), (2, 0)),
    ("oit", "ตอบแบบวัด OIT และใส่ลิงก์หลักฐานในระบบ ITAS", (3, 1), (4, 30)),
    ("plan6", "รายงานผลแผนปฏิบัติการป้องกันการทุจริต รอบ 6 เดือน (e-PlanNACC)", (4, 1), (4, 30)),
    ("scoring", "ผู้ตรวจประเมินให้คะแนนแบบวัด OIT", (5, 1), (5, 31)),
    ("explain", "ชี้แจงเพิ่มเติมผลการตรวจ OIT", (6, 1), (6, 15)),
    ("confirm", "ยืนยันผลแบบวัด OIT", (6, 16), (6, 30)),
    ("plan12", "รายงานผลแผนปฏิบัติการป้องกันการทุจริต รอบ 12 เดือน (e-PlanNACC)", (10, 1), (10, 31)),
)
# the 12-month report falls after the fiscal year ends (30 September)

_MONTHS = ("", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
           "พ.ย.", "ธ.ค.")


@dataclass(frozen=True)
class Phase:
    key: str
    name_th: str
    start: date
    end: date

    def __post_init__(self):
        if not self.name_th.strip():
            raise ValidationError("ชื่อขั้นตอน", "ต้องมีชื่อขั้นตอน", "the phase needs a name")
        if self.end < self.start:
            raise ValidationError(f"วันที่ของ “{self.name_th}”", "วันสิ้นสุดต้องไม่ก่อนวันเริ่ม",
                                  "the end cannot be before the start")


def _day(year_ce: int, month: int, day: int) -> date:
    return date(year_ce, month, day or calendar.monthrange(year_ce, month)[1])


def default_phases(fiscal_year: int) -> list[Phase]:
    """The usual dates of fiscal year BE `fiscal_year` (in its calendar year Y − 543)."""
    ce = int(fiscal_year) - 543
    return [Phase(key, name, _day(ce, *start), _day(ce, *end))
            for key, name, start, end in DEFAULT_PHASES]


def short_date(d: date) -> str:
    """'1 มี.ค. 2568' (Buddhist era)."""
    return f"{d.day} {_MONTHS[d.month]} {d.year + 543}"


def due_now_and_next(phases: list[Phase], today: date) -> tuple[list[Phase], Phase | None]:
    """(phases running today, the next phase to start after today)."""
    now = [p for p in phases if p.start <= today <= p.end]
    later = sorted((p for p in phases if p.start > today), key=lambda p: p.start)
    return now, (later[0] if later else None)


def due_line(phases: list[Phase], today: date) -> tuple[str, str]:
    """The year's page line, Thai and English: what is due now (until when) and what is next."""
    now, nxt = due_now_and_next(phases, today)
    th, en = [], []
    if now:
        th.append("ตอนนี้: " + "; ".join(f"{p.name_th} (ถึง {short_date(p.end)})" for p in now))
        en.append("now: " + "; ".join(f"{p.key} (until {p.end.isoformat()})" for p in now))
    else:
        th.append("ตอนนี้: ไม่มีขั้นตอนที่ต้องทำ")
        en.append("now: nothing due")
    if nxt is not None:
        th.append(f"ถัดไป: {nxt.name_th} เริ่ม {short_date(nxt.start)}")
        en.append(f"next: {nxt.key} from {nxt.start.isoformat()}")
    else:
        th.append("ถัดไป: ครบทุกขั้นตอนของปีนี้แล้ว")
        en.append("next: the year's phases are over")
    return " • ".join(th), " • ".join(en)


def sample_size(population) -> int:
    """ITAS's minimum number of respondents for IIT or EIT: 10 % of the population, at least
    30 and at most 400; everyone when there are fewer than 30. ValidationError for a count
    that is not a whole number >= 0."""
    try:
        n = int(str(population).strip())
    except (TypeError, ValueError):
        n = -1
    if isinstance(population, bool) or n < 0 or n > 10_000_000:
        raise ValidationError("จำนวนประชากร", f"จำนวน “{population}” ต้องเป็นจำนวนเต็มตั้งแต่ 0",
                              f"the count “{population}” must be a whole number from 0")
    if n <= 30:
        return n
    return min(max(math.ceil(n * 0.10), 30), 400)


def parse_date(text, field: str) -> date:
    """A date typed as d/m/yyyy in the Buddhist era ("1/3/2568", Thai digits too) or ISO
    ("2025-03-01"); ValidationError naming `field` otherwise."""
    raw = str(text or "").strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    try:
        if "-" in raw:
            return date.fromisoformat(raw)
        d, m, y = (int(x) for x in raw.split("/"))
        return date(y - 543 if y > 2400 else y, m, d)
    except (ValueError, TypeError):
        raise ValidationError(field, f"วันที่ “{text}” ไม่ถูกต้อง ใช้รูปแบบ วัน/เดือน/ปี พ.ศ. เช่น 1/3/2568",
                              f"“{text}” is not a date: use day/month/BE year, e.g. 1/3/2568") from None


def format_date(d: date) -> str:
    return f"{d.day}/{d.month}/{d.year + 543}"
