"""District/province summary: levels, pass rate, indicator statistics, weakest OIT items,
action-plan completion and budgets, from known figures."""

from __future__ import annotations

import random
import statistics
from decimal import Decimal

import pytest

from itadesk.domain.framework import framework_for
from itadesk.exchange import synthetic
from itadesk.exchange.aggregate import summarize
from itadesk.exchange.importer import import_files
from itadesk.storage.aggregation import PackageRecord, open_aggregation_db, write_package

FW = framework_for(2567)


def _rec(code, district, total, level, passed, indicators, oit, plan, province="ทดสอบ"):
    rank = next(i for i, lv in enumerate(FW.levels) if lv.label_th == level) if level else None
    return PackageRecord(
        office_code=code, year=2567, kind="อบต.", name=code, full_name=f"องค์การบริหารส่วนตำบล{code}",
        tambon="", district=district, province=province, total=total, level_th=level,
        level_en=FW.levels[rank].label_en if level else None, level_rank=rank, passed=passed,
        framework_sha256="0" * 64, framework_match=True, provisional=False,
        program_version="0.1.0", format_version=1, created_at="2024-10-01T00:00:00+00:00",
        source_name=f"{code}.ita.zip", package_sha256="0" * 64, data_json_deflate=b"x",
        indicator_scores=indicators, instrument_scores={}, oit_status=oit, plan=plan)


def _plan(items, done, budget, disbursed):
    return {"round": 12, "items": items, "done": done, "in_progress": items - done, "cannot": 0,
            "pending": 0, "budget_satang": budget * 100, "disbursed_satang": disbursed * 100}


@pytest.fixture
def agg():
    db = open_aggregation_db(None)
    all_done = {i.code: "done" for i in FW.oit_items}
    write_package(db, _rec("A1", "เหนือ", 96.0, "ผ่านดีเยี่ยม", True, {1: 90.0, 2: 80.0},
                           {**all_done, "o1": "not_started", "o2": "in_progress"},
                           _plan(10, 8, 1000, 600)), replace=False)
    write_package(db, _rec("A2", "เหนือ", 84.99, "ต้องปรับปรุง", False, {1: 70.0, 2: 60.0},
                           {**all_done, "o1": "not_started"}, _plan(10, 2, 500, 500)),
                  replace=False)
    write_package(db, _rec("B1", "ใต้", 88.0, "ผ่านดี", True, {1: 80.0},
                           {c: s for c, s in all_done.items() if c != "o3"}, None), replace=False)
    write_package(db, _rec("B2", "ใต้", None, None, None, {}, {}, None), replace=False)
    yield db
    db.close()


def test_levels_and_pass_rate(agg):
    s = summarize(agg, framework_for, year=2567)
    assert s.n == 4 and s.scored == 3 and s.unscored == 1
    counts = {th: n for th, _, n in s.level_counts}
    assert counts == {"ผ่านดีเยี่ยม": 1, "ผ่านดี": 1, "ผ่าน": 0, "ต้องปรับปรุง": 1,
                      "ต้องปรับปรุงโดยด่วน": 0}
    assert [th for th, _, _ in s.level_counts] == [lv.label_th for lv in FW.levels]
    assert s.passed == 2 and s.pass_rate == pytest.approx(66.67)
    assert s.mean_total == pytest.approx(round((96 + 84.99 + 88) / 3, 2))


def test_indicator_mean_and_spread(agg):
    s = summarize(agg, framework_for, year=2567)
    assert [i.no for i in s.indicators] == list(range(1, 11))
    ind1 = s.indicators[0]
    assert ind1.n == 3 and ind1.mean == 80.0
    assert ind1.sd == pytest.approx(round(statistics.stdev([90, 70, 80]), 2))
    assert (ind1.minimum, ind1.maximum) == (70.0, 90.0)
    assert s.indicators[1].mean == 70.0 and s.indicators[1].n == 2
    assert s.indicators[9].n == 0 and s.indicators[9].mean is None
    assert s.indicators[0].name_th == FW.indicator(1).name_th


def test_histogram_of_totals(agg):
    s = summarize(agg, framework_for, year=2567)
    hist = dict(s.histogram)
    assert [edge for edge, _ in s.histogram] == [0, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95]
    assert (hist[95], hist[85], hist[80]) == (1, 1, 1) and sum(hist.values()) == 3  # 84.99 < 85


def test_oit_items_most_often_not_done(agg):
    s = summarize(agg, framework_for, year=2567)
    weak = [(w.code, w.not_done) for w in s.oit_weak]
    # o1: A1 and A2 not done + B2 reported nothing = 3; o2, o3: 1 + B2 = 2; others: B2 only
    assert weak[:3] == [("o1", 3), ("o2", 2), ("o3", 2)]
    assert s.oit_weak[0].share == 75.0
    assert len(s.oit_weak) == 10


def test_oit_titles_fall_back_to_the_offices_own_titles(agg):
    rec = _rec("C1", "ตะวันออก", None, None, None, {}, {"o26": "not_started"}, None)
    rec.oit_titles = {"o26": "ข้อมูลผู้บริหาร"}
    write_package(agg, rec, replace=False)
    weak = {w.code: w.title for w in summarize(agg, framework_for, year=2567, top_oit=40).oit_weak}
    assert weak["o26"] == (FW.item("o26").title_th or "ข้อมูลผู้บริหาร")


def test_plan_completion_and_budget(agg):
    p = summarize(agg, framework_for, year=2567).plan
    assert (p.offices, p.items, p.done) == (2, 20, 10)
    assert p.completion == 50.0
    assert p.budget == Decimal("1500.00") and p.disbursed == Decimal("1100.00")
    assert p.remaining == Decimal("400.00")


def test_filter_by_district(agg):
    s = summarize(agg, framework_for, year=2567, district="เหนือ")
    assert [o["office_code"] for o in s.offices] == ["A1", "A2"]
    assert s.passed == 1 and s.pass_rate == 50.0
    assert s.area_th() == "อำเภอเหนือ"


def test_unknown_area_is_a_clear_error(agg):
    from itadesk.domain.errors import ItadeskError

    with pytest.raises(ItadeskError) as exc:
        summarize(agg, framework_for, year=2567, province="ไม่มี")
    assert "ไม่มีข้อมูล" in exc.value.message("th") and "no data" in exc.value.message("en")


def test_summary_of_imported_packages_by_province(tmp_path):
    rng = random.Random(5)
    files = []
    for code, prov, dist, tam in synthetic.country(30, provinces=3):
        f = tmp_path / f"{code}.ita.zip"
        f.write_bytes(synthetic.synthetic_package(FW, rng, code, prov, dist, tam))
        files.append(f)
    with open_aggregation_db(tmp_path / "agg.db") as db:
        assert import_files(db, files).imported == 30
        whole = summarize(db, framework_for)
        one = summarize(db, framework_for, province="ทดสอบ02")
    assert whole.year == 2567 and whole.n == 30 and one.n == 10
    assert {o["province"] for o in one.offices} == {"ทดสอบ02"}
    assert sum(n for _, _, n in whole.level_counts) == whole.scored == 30
    assert whole.plan.items == 30 * 20
