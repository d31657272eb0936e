"""How complete each document of a year is: sections filled out of sections in all.

Plain Python over YearData (no Qt), so the main window and tests read the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

DOCUMENTS = ("analysis", "measures", "results", "oit", "plan", "memo")


@dataclass(frozen=True)
class Completeness:
    filled: int
    total: int

    @property
    def done(self) -> bool:
        return self.total > 0 and self.filled >= self.total


def _indicator_numbers(framework) -> list[int]:
    if framework is None:
        return list(range(1, 11))
    return [i.no for i in framework.indicators]


def analysis(data, framework) -> Completeness:
    a = data.assessment
    scores = bool(a) and all(n in a.indicator_scores for n in _indicator_numbers(framework))
    checks = [scores, bool(data.findings)]
    if framework is not None and framework.questions:
        checks.append(bool(a) and bool(a.question_scores))
    return Completeness(sum(checks), len(checks))


def measures(data, framework) -> Completeness:
    rows = data.next_measures
    checks = [bool(rows), bool(rows) and all(m.period.strip() and m.units.strip() for m in rows)]
    return Completeness(sum(checks), len(checks))


def results(data, framework) -> Completeness:
    rows = data.measures
    checks = [bool(rows), bool(rows) and all(m.status != "not_started" and m.summary.strip() for m in rows)]
    return Completeness(sum(checks), len(checks))


def oit(data, framework) -> Completeness:
    codes = [i.code for i in framework.oit_items] if framework is not None else [p.code for p in data.oit]
    if not codes:
        return Completeness(0, 1)
    saved = {p.code: p for p in data.oit}
    # an item still without a title or components is a gap, not a ✓ (issue 16)
    from ..domain.oit import oit_gaps

    gaps = set(oit_gaps(framework, data)) if framework is not None else set()
    filled = sum(1 for c in codes if c in saved and saved[c].status == "done" and c not in gaps)
    return Completeness(filled, len(codes))


def plan(data, framework) -> Completeness:
    rnd = data.latest_round()
    results = data.round_results.get(rnd, {})
    report = data.round_reports.get(rnd)
    checks = [
        data.plan is not None and data.plan.covers(data.year),
        bool(data.plan_items),
        bool(data.plan_items) and all(
            item.id in results and results[item.id].status != "pending" for item in data.plan_items),
        report is not None and bool(report.preface.strip() or report.background.strip()),
        report is not None and bool(report.problems.strip() or report.suggestions.strip()),
    ]
    return Completeness(sum(checks), len(checks))


# D6 is the year's memos, one per submitted document; the action-plan report has one per
# round ("plan6" for 6 months, "plan" for 12), so both count
MEMOS = ("analysis", "measures", "results", "oit", "plan6", "plan")


def memo_ready(m) -> bool:
    """Subject and addressee, a body, the proposer and a date: ready to print and sign."""
    return bool(m.subject.strip() and m.to.strip()) and bool(m.body) and bool(
        m.proposer.name.strip()) and m.date is not None


def memo(data, framework) -> Completeness:
    """Memos ready out of the memos the year needs (the 6- and 12-month plan memos apart)."""
    return Completeness(sum(1 for k in MEMOS if k in data.memos and memo_ready(data.memos[k])), len(MEMOS))


def completeness(data, framework) -> dict[str, Completeness]:
    return {kind: globals()[kind](data, framework) for kind in DOCUMENTS}
