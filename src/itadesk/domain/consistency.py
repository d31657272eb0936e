"""The consistency check run before printing and by `itadesk check`.

It looks for the mistakes real reports contain: a total or level that contradicts the
indicator scores, budget arithmetic that does not add up, dates outside the fiscal year,
a fiscal year in the text that contradicts the report's, and sentences pasted from another
office's report (seed 000 names another อบต. in its text).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal

from .office import OFFICE_KINDS
from .thaitext import (
    MONTHS_FULL,
    MONTHS_SHORT,
    be_year,
    date_full,
    fiscal_year_range,
    to_arabic_digits,
)
from .yeardata import YearData


@dataclass(frozen=True)
class Problem:
    code: str  # machine-readable kind, e.g. "total_mismatch"
    where: str  # which document/row, for the user
    th: str
    en: str

    def message(self, lang: str = "th") -> str:
        if lang == "en":
            return f"{where_en(self.where)}: {self.en}"
        return f"{self.where}: {self.th}"


# The English of the "where" part (the Thai names the place in the documents; office data
# such as a project's name stays as typed)
_WHERE_EN = [
    (r"^หลักการและเหตุผล \(รายงานการวิเคราะห์ผลการประเมิน\)", "rationale (analysis report)"),
    (r"^ผลคะแนน ITA ข้อ ", "ITA score of item "),
    (r"^ผลคะแนน ITA", "ITA scores"),
    (r"^คะแนนรวม", "total score"),
    (r"^แผนปฏิบัติการฯ รอบ (\d+) เดือน", r"action plan, \1-month round"),
    (r"^รายงานแผนฯ รอบ (\d+) เดือน", r"plan report, \1-month round"),
    (r"^ผลรอบ (\d+) เดือน", r"\1-month result"),
    (r"^แผนฯ", "action plan"),
    (r"^บันทึกข้อความนำส่ง ", "memo submitting "),
    (r"^การวิเคราะห์", "analysis"),
    (r"^มาตรการ", "measure"),
    (r"^ผลการดำเนินการ", "results"),
    (r"ตัวชี้วัดที่ ", "indicator "),
    (r"ประเด็นที่ ", "issue "),
    (r"ภาพรวม", "overall"),
    (r" รอบ 6 เดือน", " (6 months)"),
    (r" รอบ 12 เดือน", " (12 months)"),
]


def where_en(where: str) -> str:
    for pattern, repl in _WHERE_EN:
        where = re.sub(pattern, repl, where)
    return where


# the memos by the document they submit (not the internal keys "analysis", "plan6"…)
_MEMO_OF = {"analysis": "D1", "measures": "D2", "results": "D3", "oit": "D4", "plan6": "D5 รอบ 6 เดือน",
            "plan": "D5 รอบ 12 เดือน", "memo": "D6"}


def memo_where(kind: str) -> str:
    return "บันทึกข้อความนำส่ง " + _MEMO_OF.get(kind, kind)


def target_where(target: str) -> str:
    """"ind:3" → "ตัวชี้วัดที่ 3", "issue:2" → "ประเด็นที่ 2", "general" → "ภาพรวม"."""
    kind, _, no = target.partition(":")
    return {"ind": f"ตัวชี้วัดที่ {no}", "issue": f"ประเด็นที่ {no}"}.get(kind, "ภาพรวม")


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date_th(d) -> str:
    return date_full(d, thai_digits=False)


def _date_en(d) -> str:
    return f"{d.day} {_MONTHS_EN[d.month - 1]} B.E. {be_year(d)}"


# Words that may follow an office-kind prefix without naming another office.
# A real name is followed by a space, punctuation or อำเภอ/จังหวัด; a verb or function word right
# after the prefix ("นายกองค์การบริหารส่วนตำบลมอบนโยบาย…") is ordinary prose, not a name.
_GENERIC_AFTER = (
    "ทุก", "ใน", "ที่", "และ", "ต่าง", "อื่น", "แห่ง", "หรือ", "ซึ่ง", "ของ", "นั้น", "นี้", "เป็น", "จะ",
    "ได้", "ให้", "ทั่ว", "ทั้ง", "ไม่", "ก็", "มี", "ดังกล่าว", "สามารถ", "มอบ", "จัด", "ดำเนิน", "ต้อง",
    "ควร", "กำหนด", "ประกาศ", "แต่งตั้ง", "อนุมัติ", "พิจารณา", "เห็น", "รับ", "ส่ง", "แจ้ง", "ขอ", "โดย",
    "เพื่อ", "จึง", "ยัง", "เคย", "กับ", "แก่", "แล้ว", "ต่อ", "ตาม", "ทราบ", "รายงาน", "ประชุม", "เข้า",
    "ออก", "สั่ง", "ลง", "เป็นประธาน", "นำ", "มุ่ง", "เน้น", "ส่งเสริม", "สนับสนุน", "ร่วม", "เปิด",
    "จำนวน", "ประจำ", "ทั้งหมด", "เอง", "ฯ", "ใด", "เดียว", "เหล่า", "เรื่อง",
)
_FULL = sorted({full for full, _ in OFFICE_KINDS.values()}, key=len, reverse=True)
_ABBR = sorted(OFFICE_KINDS, key=len, reverse=True)
# After a full name the office's name follows directly; after "อบต." a space may come first.
_PREFIX_RE = re.compile("(" + "|".join(re.escape(p) for p in _FULL) + "|"
                        + "|".join(re.escape(p) + r"\s?" for p in _ABBR)
                        + r")([\u0e01-\u0e4e]{2,30})(?=\s|$|[,.;:()/\"“”]|อำเภอ|จังหวัด)")
# D1's rationale, named in the messages (its text is also checked for other offices and years)
RATIONALE_WHERE = "หลักการและเหตุผล (รายงานการวิเคราะห์ผลการประเมิน)"
# Only the title phrase: a report may well mention last year's work in its text.
_YEAR_RE = re.compile(r"ประจำปีงบประมาณ\s*(?:พ\.ศ\.)?\s*([0-9๐-๙]{4})")


def check_year(data: YearData, framework=None) -> list[Problem]:
    problems: list[Problem] = []
    problems += _check_scores(data, framework)
    problems += _check_budget(data)
    problems += _check_dates(data)
    problems += _check_foreign_text(data)
    problems += _check_year_mentions(data)
    problems += _check_codes(data, framework)
    problems += _check_periods(data)
    return problems


def _check_codes(data: YearData, framework) -> list[Problem]:
    """OIT rows (progress, typed titles) and scores whose code the year's framework does not
    know: D4 (D1 for scores) stops on them until the item is added or the rows deleted
    (Tools ▸ Edit framework…)."""
    if framework is None:
        return []
    out = []
    codes = [p.code for p in data.oit]
    seen = {c.casefold() for c in codes}
    codes += [c for c in data.title_overrides if c.casefold() not in seen]
    for code in codes:
        if not framework.has_code(code):
            out.append(Problem("unknown_code", f"OIT {code}",
                               f"ไม่มีรหัสข้อ “{code}” ในกรอบการประเมินปี {data.year} "
                               "(รายงาน D4 พิมพ์ไม่ได้จนกว่าจะเพิ่มข้อนี้หรือลบข้อมูลนี้: "
                               "เครื่องมือ ▸ แก้ไขกรอบการประเมิน…)",
                               f"the {data.year} framework has no item “{code}” (D4 cannot "
                               "be printed until the item is added or its data deleted: "
                               "Tools ▸ Edit framework…)"))
    scores = data.assessment.question_scores if data.assessment is not None else {}
    for code in scores:
        if not framework.has_code(code):
            out.append(Problem("unknown_code", f"ผลคะแนน ITA ข้อ {code}",
                               f"ไม่มีรหัสข้อ “{code}” ในกรอบการประเมินปี {data.year}",
                               f"the {data.year} framework has no item “{code}”"))
    return out


def _check_scores(data: YearData, framework) -> list[Problem]:
    a = data.assessment
    if a is None or framework is None:
        return []
    from .scoring import compute

    out = []
    # scores of codes the framework lacks are listed by _check_codes; the rest are checked
    known = {c: v for c, v in a.question_scores.items() if framework.has_code(c)}
    result = compute(framework, a.indicator_scores, known)
    if result.missing:
        missing = ", ".join(str(n) for n in result.missing)
        out.append(Problem("scores_missing", "ผลคะแนน ITA",
                           f"ยังไม่มีคะแนนตัวชี้วัดที่ {missing}", f"indicator scores missing: {missing}"))
    # Where the indicator is derived from questions, the entered value must agree with them.
    for d in result.discrepancies:
        out.append(Problem(
            "indicator_mismatch", f"ตัวชี้วัดที่ {d.indicator}",
            f"คะแนน {float(d.entered):.2f} ไม่ตรงกับค่าเฉลี่ยของข้อคำถาม ({float(d.derived):.2f})",
            f"score {float(d.entered):.2f} differs from the mean of its questions ({float(d.derived):.2f})"))
    if a.reported_total is not None and result.total is not None and not result.missing:
        if abs(float(result.total) - a.reported_total) > 0.011:
            out.append(Problem(
                "total_mismatch", "คะแนนรวม",
                f"คะแนนรวมที่บันทึกไว้ {a.reported_total:.2f} ไม่ตรงกับคะแนนที่คำนวณจากตัวชี้วัด "
                f"({float(result.total):.2f})",
                f"the recorded total {a.reported_total:.2f} contradicts the indicator scores "
                f"({float(result.total):.2f})"))
    return out


def _check_budget(data: YearData) -> list[Problem]:
    out = []
    for rnd, results in sorted(data.round_results.items()):
        for item in data.plan_items:
            res = results.get(item.id)
            if res is None or res.disbursed is None:
                continue
            where = f"แผนปฏิบัติการฯ รอบ {rnd} เดือน: {item.name[:40]}"
            if not item.uses_budget and res.disbursed > 0:
                out.append(Problem("disbursed_without_budget", where,
                                   f"มีการเบิกจ่าย {res.disbursed:,.2f} บาท แต่โครงการไม่ใช้งบประมาณ",
                                   f"{res.disbursed:,.2f} baht disbursed for an item without a budget"))
            elif item.uses_budget and res.disbursed > item.budget:
                out.append(Problem("disbursed_over_budget", where,
                                   f"เบิกจ่าย {res.disbursed:,.2f} บาท เกินงบประมาณ {item.budget:,.2f} บาท",
                                   f"disbursed {res.disbursed:,.2f} exceeds the budget {item.budget:,.2f}"))
            if res.status == "cannot" and res.disbursed and res.disbursed > Decimal(0):
                out.append(Problem("disbursed_not_done", where,
                                   "โครงการที่ไม่สามารถดำเนินการได้มีการเบิกจ่ายงบประมาณ",
                                   "an item that could not be done has money disbursed"))
    return out


def _check_dates(data: YearData) -> list[Problem]:
    # A memo submitting year Y's documents is written during Y or, for the analysis of
    # Y's results (published near the end of Y), early in Y+1.
    start, _ = fiscal_year_range(data.year)
    _, end = fiscal_year_range(data.year + 1)
    out = []
    for kind, memo in sorted(data.memos.items()):
        if memo.date and not start <= memo.date <= end:
            out.append(Problem("date_outside_year", memo_where(kind),
                               f"วันที่ {_date_th(memo.date)} อยู่นอกปีงบประมาณ {data.year}–{data.year + 1}",
                               f"the date {_date_en(memo.date)} is outside fiscal years {data.year}–{data.year + 1}"))
    return out


def _texts(data: YearData):
    """(where, text) for every free-text field the office typed or pasted."""
    if data.assessment is not None and data.assessment.rationale:
        yield RATIONALE_WHERE, data.assessment.rationale
    for f in data.findings:
        yield f"การวิเคราะห์ {target_where(f.target)}", " ".join((f.weaknesses, f.fixes, f.keep))
    for label, rows in (("มาตรการ", data.next_measures), ("ผลการดำเนินการ", data.measures)):
        for m in rows:
            yield f"{label}: {m.title[:40]}", " ".join((m.title, m.steps, m.summary, m.outcome, m.follow_up))
    for p in data.oit:
        yield f"OIT {p.code}", p.progress
    for item in data.plan_items:
        yield f"แผนฯ: {item.name[:40]}", " ".join((item.name, item.method, item.kpi, item.objective))
    names = {item.id: item.name[:40] for item in data.plan_items}
    for rnd, results in data.round_results.items():
        for res in results.values():
            yield f"ผลรอบ {rnd} เดือน: {names.get(res.item_id, '')}".rstrip(": "), res.result
    for rnd, rep in data.round_reports.items():
        fields = [getattr(rep, f.name) for f in dataclasses.fields(rep) if isinstance(getattr(rep, f.name), str)]
        yield f"รายงานแผนฯ รอบ {rnd} เดือน", " ".join(fields)
    for kind, memo in data.memos.items():
        yield memo_where(kind), " ".join([memo.subject, memo.agency, memo.to, *memo.body])


def document_of(where: str) -> str:
    """Which document a place (a Problem's `where`, a text's place) belongs to: analysis,
    measures, results, oit, plan or memo."""
    if where.startswith(("ผลคะแนน", "ตัวชี้วัด", "คะแนนรวม", "การวิเคราะห์", "หลักการและเหตุผล")):
        return "analysis"
    if where.startswith("มาตรการ"):
        return "measures"
    if where.startswith("ผลการดำเนินการ"):
        return "results"
    if where.startswith("OIT"):
        return "oit"
    if where.startswith("บันทึกข้อความ"):
        return "memo"
    return "plan"


def document_texts(data: YearData, kind: str | None = None):
    """(where, text) of the office's typed and pasted text, every document or one; titles
    of OIT items the clerk typed count as D4's."""
    for where, text in _texts(data):
        if kind is None or document_of(where) == kind:
            yield where, text
    if kind in (None, "oit"):
        for code, title in data.title_overrides.items():
            yield f"OIT {code}", title
    if kind in (None, "plan"):
        for item in data.plan_items:
            yield f"แผนฯ: {item.name[:40]}", " ".join((item.period, item.unit))


def _check_foreign_text(data: YearData) -> list[Problem]:
    own = data.office.name
    out = []
    for where, text in _texts(data):
        for match in _PREFIX_RE.finditer(text):
            rest = match.group(2)
            if rest.startswith(own) or rest.startswith(_GENERIC_AFTER):
                continue
            snippet = (match.group(1).strip() + rest)[:40]
            out.append(Problem("other_office", where,
                               f"ข้อความกล่าวถึงหน่วยงานอื่น “{snippet}” (อาจคัดลอกมาจากรายงานของหน่วยงานอื่น)",
                               f"the text names another office “{snippet}” (possibly pasted from another report)"))
    return out


_SUBJECT_YEAR_RE = re.compile(r"(?:พ\.ศ\.|ปีงบประมาณ)\s*([0-9๐-๙]{4})")


def _check_year_mentions(data: YearData) -> list[Problem]:
    """A D5 narrative that names a different fiscal year than its own (seed 004's slip), a
    memo subject naming a year the documents are not about (a memo copied from last year),
    or a D1 rationale whose "ประจำปีงบประมาณ …" is another year (last year's text reused)."""
    out = []
    rationale = data.assessment.rationale if data.assessment is not None else ""
    for match in _YEAR_RE.finditer(rationale):
        year = int(to_arabic_digits(match.group(1)))
        if year != data.year and 2500 < year < 2700:
            out.append(Problem("year_mismatch", RATIONALE_WHERE,
                               f"ข้อความระบุปีงบประมาณ {year} แต่รายงานนี้เป็นของปี {data.year}",
                               f"the text names fiscal year {year} but this report is for {data.year}"))
            break
    for kind, memo in sorted(data.memos.items()):
        for match in _SUBJECT_YEAR_RE.finditer(memo.subject):
            year = int(to_arabic_digits(match.group(1)))
            if year not in (data.year, data.year + 1):
                out.append(Problem("year_mismatch", memo_where(kind),
                                   f"เรื่องระบุปี {year} แต่เอกสารเป็นของปีงบประมาณ {data.year}",
                                   f"the subject names {year} but the documents are for {data.year}"))
                break
    for rnd, rep in sorted(data.round_reports.items()):
        text = " ".join(getattr(rep, f.name) for f in dataclasses.fields(rep) if isinstance(getattr(rep, f.name), str))
        for match in _YEAR_RE.finditer(text):
            year = int(to_arabic_digits(match.group(1)))
            if year != data.year and 2500 < year < 2700:
                out.append(Problem("year_mismatch", f"รายงานแผนฯ รอบ {rnd} เดือน",
                                   f"ข้อความระบุปีงบประมาณ {year} แต่รายงานนี้เป็นของปี {data.year}",
                                   f"the text names fiscal year {year} but this report is for {data.year}"))
                break
    return out


# ---------------------------------------------------------------- periods outside the year

_MONTH_OF = {name: i + 1 for i, name in enumerate(MONTHS_FULL)}
_MONTH_OF.update({name: i + 1 for i, name in enumerate(MONTHS_SHORT)})
_MONTH_OF.update({name.replace(".", ""): i + 1 for i, name in enumerate(MONTHS_SHORT)})
_PERIOD_RE = re.compile(
    "(" + "|".join(re.escape(m) for m in sorted(_MONTH_OF, key=len, reverse=True)) + r")"
    r"\s*(?:พ\.ศ\.)?\s*([0-9๐-๙]{4}|[0-9๐-๙]{2})(?![0-9๐-๙])")
_BARE_YEAR_RE = re.compile(r"(?<![0-9๐-๙])(25[0-9]{2}|๒๕[๐-๙]{2})(?![0-9๐-๙])")


def _period_outside(text: str, year: int) -> str | None:
    """The first month-and-year (or year) in a period text that lies outside fiscal year
    `year` (1 Oct year-1 … 30 Sep year): "ต.ค. ๖๕" in a period of 2567. None when all fit."""
    found = False
    for match in _PERIOD_RE.finditer(text):
        found = True
        month = _MONTH_OF[match.group(1)]
        y = int(to_arabic_digits(match.group(2)))
        y = y + 2500 if y < 100 else y
        if y != (year - 1 if month >= 10 else year):
            return match.group(0)
    if not found:
        for match in _BARE_YEAR_RE.finditer(text):
            if int(to_arabic_digits(match.group(1))) not in (year - 1, year):
                return match.group(0)
    return None


def _check_periods(data: YearData) -> list[Problem]:
    """A ระยะเวลา that lies outside its fiscal year: last year's periods left in a plan or in
    next year's measures after a new year (find and replace ๖๖ → ๖๗ fixes them)."""
    out = []
    rows = [(f"แผนฯ: {i.name[:40]}", i.period, data.year) for i in data.plan_items]
    rows += [(f"มาตรการ: {m.title[:40]}", m.period, m.year) for m in data.next_measures]
    rows += [(f"ผลการดำเนินการ: {m.title[:40]}", m.period, m.year) for m in data.measures]
    for where, period, year in rows:
        bad = _period_outside(period or "", year)
        if bad:
            out.append(Problem("period_outside_year", where,
                               f"ระยะเวลา “{period}” ({bad}) อยู่นอกปีงบประมาณ {year} "
                               f"(ต.ค. {year - 1} – ก.ย. {year})",
                               f"the period “{period}” ({bad}) lies outside fiscal year {year} "
                               f"(Oct {year - 1} – Sep {year})"))
    return out
