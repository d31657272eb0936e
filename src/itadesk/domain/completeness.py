"""How complete each document of a year is: sections filled out of sections in all, and
what is still missing (shown as the completeness cell's tooltip, in the consistency list
and before export).

Plain Python over YearData (no Qt), so the main window and tests read the same numbers.
Each gap is a (Thai, English) pair; `Completeness.gaps(lang)` picks the language.
"""

from __future__ import annotations

from dataclasses import dataclass

DOCUMENTS = ("analysis", "measures", "results", "oit", "plan", "memo")
MAX_LISTED = 6  # codes named in one gap; "…" after


@dataclass(frozen=True)
class Completeness:
    filled: int
    total: int
    missing: tuple[tuple[str, str], ...] = ()

    @property
    def done(self) -> bool:
        return self.total > 0 and self.filled >= self.total and not self.missing

    def gaps(self, lang: str = "th") -> list[str]:
        return [en if lang == "en" else th for th, en in self.missing]


def _short(name: str, n: int = 40) -> str:
    name = " ".join(name.split())
    return name if len(name) <= n else name[:n].rstrip() + "…"


def _listed(codes: list[str]) -> str:
    return ", ".join(codes[:MAX_LISTED]) + (" …" if len(codes) > MAX_LISTED else "")


def _result(checks: list[tuple[bool, str, str]]) -> Completeness:
    # an empty message: the gap is already said by an earlier check (no rows at all)
    missing = tuple((th, en) for ok, th, en in checks if not ok and th)
    return Completeness(sum(1 for ok, _th, _en in checks if ok), len(checks), missing)


def _indicator_numbers(framework) -> list[int]:
    if framework is None:
        return list(range(1, 11))
    return [i.no for i in framework.indicators]


def analysis(data, framework) -> Completeness:
    a = data.assessment
    lacking = [n for n in _indicator_numbers(framework) if not a or n not in a.indicator_scores]
    checks = [
        (not lacking, "ยังไม่มีคะแนนตัวชี้วัด " + _listed([str(n) for n in lacking]),
         "no score yet for indicator " + _listed([str(n) for n in lacking])),
        (bool(data.findings), "ยังไม่มีการวิเคราะห์ผล (จุดแข็ง/ประเด็นที่ต้องพัฒนา)",
         "no analysis yet (strengths / points to improve)"),
    ]
    if framework is not None and framework.questions:
        checks.append((bool(a) and bool(a.question_scores), "ยังไม่มีคะแนนรายข้อ", "no question scores yet"))
    return _result(checks)


def measures(data, framework) -> Completeness:
    rows = data.next_measures
    lacking = [_short(m.title) for m in rows if not (m.period.strip() and m.units.strip())]
    checks = [
        (bool(rows), "ยังไม่มีมาตรการ", "no measures yet"),
        (bool(rows) and not lacking, ("มาตรการที่ยังไม่มีระยะเวลาหรือผู้รับผิดชอบ: " + _listed(lacking)) if rows else "",
         "measures without a period or a responsible unit: " + _listed(lacking)),
    ]
    return _result(checks)


def results(data, framework) -> Completeness:
    rows = data.measures
    lacking = [_short(m.title) for m in rows if not (m.status != "not_started" and m.summary.strip())]
    checks = [
        (bool(rows), "ยังไม่มีมาตรการของปีนี้ให้รายงานผล", "no measures of this year to report on"),
        (bool(rows) and not lacking, ("มาตรการที่ยังไม่มีสถานะหรือสรุปผล: " + _listed(lacking)) if rows else "",
         "measures without a status or a summary: " + _listed(lacking)),
    ]
    return _result(checks)


def _oit_title(framework, data, code: str) -> str:
    try:
        item = framework.item(code) if framework is not None else None
    except (KeyError, ValueError):
        item = None
    if item is not None and getattr(item, "title_th", None):
        return item.title_th
    saved = next((p for p in data.oit if p.code == code), None)
    return (data.title_overrides.get(code, "") or (saved.title_override if saved else "")).strip()


def oit_answered(p) -> bool:
    """An item is answered when its status says where it stands: done, in progress, or an
    honest "not started" with a word on why (the progress column)."""
    return p is not None and (p.status != "not_started" or bool(p.progress.strip()))


def oit(data, framework) -> Completeness:
    codes = [i.code for i in framework.oit_items] if framework is not None else [p.code for p in data.oit]
    if not codes:
        return Completeness(0, 1, (("ยังไม่มีข้อ OIT", "no OIT items yet"),))
    saved = {p.code: p for p in data.oit}
    from .oit import oit_gaps

    untitled = [c for c in codes if not _oit_title(framework, data, c)]
    # an item still without components (framework's or typed for the year) is a gap too (issue 16)
    gaps = set(oit_gaps(framework, data)) if framework is not None else set()
    no_components = [c for c in codes if c in gaps and c not in untitled]
    unanswered = [c for c in codes if not oit_answered(saved.get(c))]
    filled = sum(1 for c in codes if c not in untitled and c not in unanswered and c not in gaps)
    missing = []
    if unanswered:
        missing.append((f"ข้อที่ยังไม่ได้ระบุสถานะ ({len(unanswered)} ข้อ): {_listed(unanswered)} "
                        "— ถ้ายังไม่ได้ดำเนินการ ให้เลือก “ยังไม่ได้ดำเนินการ” และเขียนเหตุผลในช่องความก้าวหน้า",
                        f"items without a status ({len(unanswered)}): {_listed(unanswered)} — if not started, "
                        "choose “not started” and say why in the progress column"))
    if untitled:
        missing.append((f"ข้อที่ยังไม่มีชื่อ ({len(untitled)} ข้อ): {_listed(untitled)} — พิมพ์ชื่อข้อในช่อง “ชื่อข้อ”",
                        f"items without a title ({len(untitled)}): {_listed(untitled)} — type it in the title column"))
    if no_components:
        missing.append((f"ข้อที่ยังไม่มีองค์ประกอบ ({len(no_components)} ข้อ): {_listed(no_components)} "
                        "— พิมพ์องค์ประกอบในช่อง “องค์ประกอบ”",
                        f"items without components ({len(no_components)}): {_listed(no_components)} "
                        "— type them in the components column"))
    return Completeness(filled, len(codes), tuple(missing))


def plan(data, framework) -> Completeness:
    rnd = data.latest_round()
    results = data.round_results.get(rnd, {})
    report = data.round_reports.get(rnd)
    pending = [_short(i.name) for i in data.plan_items
               if not (i.id in results and results[i.id].status != "pending")]
    checks = [
        (data.plan is not None and data.plan.covers(data.year),
         f"ยังไม่มีแผนปฏิบัติการที่ครอบคลุมปี {data.year} (ชื่อแผน ปีเริ่มต้นและปีสิ้นสุด)",
         f"no action plan covering {data.year} yet (title, first and last year)"),
        (bool(data.plan_items), "ยังไม่มีโครงการ/กิจกรรม", "no projects yet"),
        (bool(data.plan_items) and not pending,
         (f"โครงการที่ยังไม่มีผลรอบ {rnd} เดือน: " + _listed(pending)) if data.plan_items else "",
         f"projects without a {rnd}-month result: " + _listed(pending)),
        (report is not None and bool(report.preface.strip() or report.background.strip()),
         "ยังไม่มีคำนำหรือที่มาและความสำคัญ", "no preface or background yet"),
        (report is not None and bool(report.problems.strip() or report.suggestions.strip()),
         "ยังไม่มีปัญหาและอุปสรรคหรือข้อเสนอแนะ", "no problems or suggestions yet"),
    ]
    return _result(checks)


# D6 is the year's memos, one per submitted document; the action-plan report has one per
# round ("plan6" for 6 months, "plan" for 12), so both count
MEMOS = ("analysis", "measures", "results", "oit", "plan6", "plan")
MEMO_NAMES = {"analysis": ("D1", "D1"), "measures": ("D2", "D2"), "results": ("D3", "D3"),
              "oit": ("D4", "D4"), "plan6": ("D5 รอบ 6 เดือน", "D5 6 months"),
              "plan": ("D5 รอบ 12 เดือน", "D5 12 months")}


def memo_ready(m) -> bool:
    """Subject and addressee, a body, the proposer and a date: ready to print and sign."""
    return bool(m.subject.strip() and m.to.strip()) and bool(m.body) and bool(
        m.proposer.name.strip()) and m.date is not None


def memo(data, framework) -> Completeness:
    """Memos ready out of the memos the year needs (the 6- and 12-month plan memos apart)."""
    lacking = [k for k in MEMOS if not (k in data.memos and memo_ready(data.memos[k]))]
    missing = ()
    if lacking:
        missing = (("บันทึกข้อความที่ยังไม่ครบ (เรื่อง เรียน ข้อความ ผู้เสนอ วันที่): "
                    + ", ".join(MEMO_NAMES[k][0] for k in lacking),
                    "memos not complete (subject, to, text, proposer, date): "
                    + ", ".join(MEMO_NAMES[k][1] for k in lacking)),)
    return Completeness(len(MEMOS) - len(lacking), len(MEMOS), missing)


def completeness(data, framework) -> dict[str, Completeness]:
    return {kind: globals()[kind](data, framework) for kind in DOCUMENTS}


INCOMPLETE = "incomplete:"
DOCUMENT_CODES = dict(zip(DOCUMENTS, ("D1", "D2", "D3", "D4", "D5", "D6"), strict=True))


def incomplete_problems(data, framework) -> list:
    """What each document lacks, as check items (code "incomplete:<document>", where "D1"…):
    the consistency list and `itadesk check` say an empty year is incomplete, never "no
    problems"."""
    from .consistency import Problem

    out = []
    for kind, c in completeness(data, framework).items():
        for th, en in c.missing:
            out.append(Problem(INCOMPLETE + kind, DOCUMENT_CODES[kind], "ยังไม่ครบ — " + th,
                               "incomplete — " + en))
    return out
