"""Completeness by its numbers: each document's filled/total for years built by hand, so a
document whose completeness stays "full" whatever the data (or never gets there) fails."""

from __future__ import annotations

import datetime as dt

from itadesk.domain import completeness as c
from itadesk.domain.framework import default_registry
from itadesk.domain.measures import Measure
from itadesk.domain.memo import Memo, Signer
from itadesk.domain.office import Office
from itadesk.domain.oit import OitProgress
from itadesk.domain.plan import ActionPlan, PlanItem, RoundReport, RoundResult
from itadesk.domain.yeardata import YearData

YEAR = 2567
FW = default_registry().get(YEAR)


def year(**kw) -> YearData:
    return YearData(office=Office(code="6710101", kind="อบต.", name="ดอนสะอาด"), year=YEAR, **kw)


def numbers(result: c.Completeness) -> tuple[int, int, bool]:
    return result.filled, result.total, result.done


def measure(title: str, **kw) -> Measure:
    return Measure(year=YEAR, target="ind:1", title=title, **kw)


def test_results_count_reported_measures():
    assert numbers(c.results(year(), FW)) == (0, 2, False)
    half = year(measures=[measure("งานอบรม", status="done", summary="จัดอบรมแล้ว"),
                          measure("งานจัดซื้อ")])
    got = c.results(half, FW)
    assert numbers(got) == (1, 2, False)
    assert "งานจัดซื้อ" in got.gaps()[0] and "งานอบรม" not in got.gaps()[0]
    full = year(measures=[measure("ก", status="done", summary="จัดอบรมแล้ว"),
                          measure("ข", status="in_progress", summary="อยู่ระหว่างจัดซื้อ")])
    assert numbers(c.results(full, FW)) == (2, 2, True)
    # a status without a summary is not a report yet
    assert numbers(c.results(year(measures=[measure("ก", status="done")]), FW)) == (1, 2, False)


def test_measures_need_period_and_unit():
    nxt = [Measure(year=YEAR + 1, target="ind:1", title="ก", period="ต.ค. ๖๗", units="สำนักปลัด"),
           Measure(year=YEAR + 1, target="ind:2", title="ข")]
    assert numbers(c.measures(year(), FW)) == (0, 2, False)
    assert numbers(c.measures(year(next_measures=nxt), FW)) == (1, 2, False)
    assert numbers(c.measures(year(next_measures=nxt[:1]), FW)) == (2, 2, True)


def test_oit_counts_answered_items_with_components():
    with_parts = [i.code for i in FW.oit_items if i.components_th and i.title_th]
    assert len(with_parts) >= 2
    total = len(FW.oit_items)
    assert numbers(c.oit(year(), FW)) == (0, total, False)
    answered = [OitProgress(year=YEAR, code=code, status="done") for code in with_parts[:2]]
    assert numbers(c.oit(year(oit=answered), FW)) == (2, total, False)
    # "not started" with a reason counts as answered, without one it does not
    honest = [OitProgress(year=YEAR, code=with_parts[0], status="not_started", progress="รองบ")]
    assert c.oit(year(oit=honest), FW).filled == 1
    silent = [OitProgress(year=YEAR, code=with_parts[0], status="not_started")]
    assert c.oit(year(oit=silent), FW).filled == 0


def test_plan_counts_each_part():
    assert numbers(c.plan(year(), None)) == (0, 5, False)
    item = PlanItem(name="โครงการ", dimension=1, id=1)
    data = year(plan=ActionPlan(start_year=2566, end_year=2570), plan_items=[item],
                round_results={6: {1: RoundResult(item_id=1, year=YEAR, round=6, status="done")}})
    assert numbers(c.plan(data, None)) == (3, 5, False)
    data.round_reports[6] = RoundReport(year=YEAR, round=6, preface="คำนำ", problems="ปัญหา")
    assert numbers(c.plan(data, None)) == (5, 5, True)


def ready_memo(kind: str) -> Memo:
    return Memo(year=YEAR, document=kind, subject="เรื่อง", to="นายก", body=["ข้อความ"],
                proposer=Signer("ผู้เสนอ"), date=dt.date(2024, 1, 5))


def test_memos_count_ready_ones():
    total = len(c.MEMOS)
    assert numbers(c.memo(year(), FW)) == (0, total, False)
    some = {k: ready_memo(k) for k in ("analysis", "results")}
    some["oit"] = Memo(year=YEAR, document="oit", subject="เรื่อง")  # not ready: no body, date
    assert numbers(c.memo(year(memos=some), FW)) == (2, total, False)
    every = {k: ready_memo(k if k != "plan6" else "plan6") for k in c.MEMOS}
    assert numbers(c.memo(year(memos=every), FW)) == (total, total, True)
