"""The one set of limits on what an office's year may hold.

Defined once here and used everywhere: the domain dataclasses refuse a value beyond them at
entry (the GUI shows the ValidationError next to the field; storage operations refuse it), an
export checks the whole year up front (`check_year`), and the district's importer
(exchange/datajson.py) reads packages with the same numbers. So nothing the office program
accepts can be refused later at the district.

The numbers are far above what real offices write (a memo has a handful of paragraphs, a year
a few dozen measures) and low enough that every accepted value still prints: a name or a
reference number is one line of a signature block or a memo header, long free text wraps
and splits across pages.
"""

from __future__ import annotations

from datetime import date

from .errors import ValidationError

# ------------------------------------------------------------------ text lengths (characters)
TEXT = 20_000        # free text: one paragraph, one table cell of a report
LINE = 2_000         # a one-line field that may wrap: a memo subject, an enclosure, a reason
TITLE = 1_000        # a title typed for an OIT item, a memo heading-like field
PLACE = 500          # an address part, a unit's name as printed, a website
AGENCY = 300         # ส่วนราชการ / เรียน of a memo, a position under a signature
NAME = 200           # a person's name (a signer), an office's name
REF_NO = 100         # ที่ (a memo's reference number), a phone number
PHONE = 100
OPTION = 200         # one option of a comment block ("ทราบ", "อนุมัติ")
HEADING = 500        # a comment block's heading
CODE = 20            # an item code (and the most an office code field may hold)
OFFICE_CODE_DIGITS = 7  # a DLA office code (รหัส อปท.) is exactly 7 digits
KEY = 40             # a key of a score map
FONT = 100           # a font name, a language code of the print settings

# ------------------------------------------------------------------ counts
ROWS = 2_000              # rows of one table in one year: findings, measures, OIT, plan items
ROUND_RESULTS = 2 * ROWS  # two rounds of results per plan item
ROUND_REPORTS = 2         # the 6- and 12-month narratives
MEMOS = 20                # memos of one year (one per document, a few kinds)
MEMO_PARAGRAPHS = 200
MEMO_TEXT = 100_000       # all paragraphs of one memo together (some 40 pages)
MEMO_ENCLOSURES = 50
MEMO_CHAIN = 10           # comment blocks under a memo
CHAIN_OPTIONS = 10        # options of one comment block
CHAIN_LINES = (0, 30)     # dotted lines left for a handwritten comment
UNITS = 200
PEOPLE = 500
SCORES = 500              # entries of a score map (indicators, question codes)
TITLE_OVERRIDES = ROWS

# a memo is dated near its fiscal year: within this many calendar years of the year's end
MEMO_DATE_YEARS = 3


def count(field: str, items, limit: int, what_th: str = "รายการ", what_en: str = "entries") -> list:
    """`items` as a list, refused when longer than `limit`."""
    items = list(items)
    if len(items) > limit:
        raise ValidationError(
            field, f"มีได้ไม่เกิน {limit:,} {what_th} (มี {len(items):,})",
            f"at most {limit:,} {what_en} (there are {len(items):,})")
    return items


def memo_date_range(year_be: int) -> tuple[date, date]:
    """The dates a memo of fiscal year `year_be` may carry (first and last day allowed)."""
    ce = year_be - 543
    return date(ce - MEMO_DATE_YEARS, 1, 1), date(ce + MEMO_DATE_YEARS, 12, 31)


def memo_date(field: str, value, year_be: int):
    if value is None:
        return None
    if not isinstance(value, date):
        raise ValidationError(field, "วันที่ไม่ถูกต้อง", "not a date")
    first, last = memo_date_range(year_be)
    if not first <= value <= last:
        raise ValidationError(
            field,
            f"วันที่ {value.day}/{value.month}/{value.year + 543} ห่างจากปีงบประมาณ {year_be} เกินจริง "
            f"(ต้องอยู่ระหว่างปี พ.ศ. {first.year + 543}–{last.year + 543})",
            f"the date {value.isoformat()} is implausibly far from fiscal year {year_be} "
            f"(it must be within {first.year}–{last.year})")
    return value


def check_year(data) -> None:
    """Everything of one year (a YearData) within the limits, every object validated again
    (the GUI edits dataclasses in place). Raises ValidationError naming the first breach: an
    export calls it before rendering anything."""
    import dataclasses

    def again(obj):
        return dataclasses.replace(obj)

    again(data.office)
    if data.assessment is not None:
        a = again(data.assessment)
        count("คะแนนตัวชี้วัด", a.indicator_scores, SCORES)
        count("คะแนนรายข้อ", a.question_scores, SCORES)
    for label_th, label_en, rows in (
        ("การวิเคราะห์ผล", "analysis rows", data.findings),
        ("มาตรการปีถัดไป", "measures for next year", data.next_measures),
        ("มาตรการ", "measures", data.measures),
        ("ข้อ OIT", "OIT items", data.oit),
        ("โครงการในแผนปฏิบัติการ", "action-plan items", data.plan_items),
    ):
        count(label_th, rows, ROWS, "รายการ", label_en)
        for row in rows:
            again(row)
    if data.plan is not None:
        again(data.plan)
    results = [r for rnd in data.round_results.values() for r in rnd.values()]
    count("ผลการดำเนินงานรายรอบ", results, ROUND_RESULTS)
    for r in results:
        again(r)
    count("รายงานผลแผนฯ", data.round_reports, ROUND_REPORTS)
    for r in data.round_reports.values():
        again(r)
    count("บันทึกข้อความ", data.memos, MEMOS)
    for memo in data.memos.values():
        again(memo)
    count("ชื่อข้อ OIT ที่พิมพ์เอง", data.title_overrides, TITLE_OVERRIDES)
    from . import validate

    for code, title in data.title_overrides.items():
        validate.text("รหัสข้อ", code, max_len=CODE)
        validate.text("ชื่อข้อ", title, max_len=TITLE)
    settings = data.settings
    validate.text("แบบอักษร", settings.font, max_len=FONT)
    validate.choice("ภาษา", settings.language, ("th", "en"))
