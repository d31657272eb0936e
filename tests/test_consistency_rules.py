"""One test per consistency rule, by its code: a year that breaks exactly that rule gets a
Problem with that code, and the same year with the slip mended gets none of that code.

Each case is built here by hand (no demo, no loader), so a rule that stops firing — or
fires on good data — fails its own test by name.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from decimal import Decimal

import pytest

from itadesk.domain import consistency
from itadesk.domain.assessment import Assessment
from itadesk.domain.consistency import check_year
from itadesk.domain.framework import default_registry
from itadesk.domain.measures import Measure
from itadesk.domain.memo import Memo
from itadesk.domain.office import Office
from itadesk.domain.oit import OitProgress
from itadesk.domain.plan import PlanItem, RoundReport, RoundResult
from itadesk.domain.yeardata import YearData

YEAR = 2567
FW = default_registry().get(YEAR)


def year(**kw) -> YearData:
    return YearData(office=Office(code="6710101", kind="อบต.", name="ดอนสะอาด"), year=YEAR, **kw)


def full_scores(**change) -> dict[int, float]:
    scores = {i.no: 90.0 for i in FW.indicators}
    scores.update(change)
    return scores


def questions_of(indicator: int, score: float) -> dict[str, float]:
    return {q.code: score for q in FW.questions if q.indicator == indicator}


def plan_year(budget, disbursed, status="done") -> YearData:
    item = PlanItem(name="โครงการอบรมคุณธรรม", dimension=1, budget=budget, id=7)
    res = RoundResult(item_id=7, year=YEAR, round=12, status=status, disbursed=disbursed)
    if status == "cannot":
        res = RoundResult(item_id=7, year=YEAR, round=12, status=status, disbursed=disbursed,
                          reason_code="ไม่ได้รับงบประมาณ")
    return year(plan_items=[item], round_results={12: {7: res}})


def memo_year(date=None, subject="รายงานผล ประจำปีงบประมาณ พ.ศ. 2567") -> YearData:
    return year(memos={"results": Memo(year=YEAR, document="results", date=date, subject=subject)})


# code -> (a year with the slip, the same year mended)
CASES = {
    "scores_missing": (
        lambda: year(assessment=Assessment(year=YEAR, indicator_scores={1: 90.0})),
        lambda: year(assessment=Assessment(year=YEAR, indicator_scores=full_scores())),
    ),
    "indicator_mismatch": (
        lambda: year(assessment=Assessment(year=YEAR, indicator_scores=full_scores(),
                                           question_scores=questions_of(1, 50.0))),
        lambda: year(assessment=Assessment(year=YEAR, indicator_scores=full_scores(),
                                           question_scores=questions_of(1, 90.0))),
    ),
    "total_mismatch": (
        lambda: year(assessment=Assessment(year=YEAR, indicator_scores=full_scores(),
                                           reported_total=50.0)),
        lambda: year(assessment=Assessment(year=YEAR, indicator_scores=full_scores(),
                                           reported_total=90.0)),
    ),
    "disbursed_without_budget": (
        lambda: plan_year(None, Decimal("500.00")),
        lambda: plan_year(None, None),
    ),
    "disbursed_over_budget": (
        lambda: plan_year(Decimal("1000.00"), Decimal("1500.00")),
        lambda: plan_year(Decimal("1000.00"), Decimal("1000.00")),
    ),
    "disbursed_not_done": (
        lambda: plan_year(Decimal("1000.00"), Decimal("200.00"), status="cannot"),
        lambda: plan_year(Decimal("1000.00"), Decimal("0.00"), status="cannot"),
    ),
    "date_outside_year": (
        lambda: memo_year(date=dt.date(2022, 1, 15)),
        lambda: memo_year(date=dt.date(2024, 1, 15)),
    ),
    "year_mismatch": (
        lambda: memo_year(subject="รายงานผล ประจำปีงบประมาณ พ.ศ. 2560"),
        lambda: memo_year(subject="รายงานผล ประจำปีงบประมาณ พ.ศ. 2567"),
    ),
    "other_office": (
        lambda: year(round_reports={12: RoundReport(year=YEAR, round=12,
                                                    preface="องค์การบริหารส่วนตำบลหนองบัว ได้จัดทำ")}),
        lambda: year(round_reports={12: RoundReport(year=YEAR, round=12,
                                                    preface="องค์การบริหารส่วนตำบลดอนสะอาด ได้จัดทำ")}),
    ),
    "unknown_code": (
        lambda: year(oit=[OitProgress(year=YEAR, code="o99")]),
        lambda: year(oit=[OitProgress(year=YEAR, code=FW.oit_items[0].code)]),
    ),
    "period_outside_year": (
        lambda: year(measures=[Measure(year=YEAR, target="ind:1", title="อบรม",
                                       period="ต.ค. ๖๕ – ก.ย. ๖๖")]),
        lambda: year(measures=[Measure(year=YEAR, target="ind:1", title="อบรม",
                                       period="ต.ค. ๖๖ – ก.ย. ๖๗")]),
    ),
}


def codes(data: YearData) -> list[str]:
    return [p.code for p in check_year(data, FW)]


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_fires_on_its_slip(code):
    bad, _good = CASES[code]
    assert code in codes(bad()), code


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_quiet_when_mended(code):
    _bad, good = CASES[code]
    assert code not in codes(good()), code


def test_every_rule_has_a_case():
    """A new rule in consistency.py gets a case here (read from the source of the messages
    the module can produce, so a forgotten rule is named)."""
    src = inspect.getsource(consistency)
    produced = set(re.findall(r'Problem\(\s*"([a-z_]+)"', src))
    assert produced <= set(CASES), produced - set(CASES)
