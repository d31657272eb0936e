"""The consistency rule "period_outside_year": a ระยะเวลา outside its fiscal year (#12)."""

from __future__ import annotations

from itadesk.domain.consistency import _period_outside, check_year
from itadesk.domain.measures import Measure
from itadesk.domain.office import Office
from itadesk.domain.plan import PlanItem
from itadesk.domain.yeardata import YearData


def test_period_texts_inside_and_outside_the_year():
    assert _period_outside("ต.ค. ๖๖ - ก.ย. ๖๗", 2567) is None
    assert _period_outside("ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗", 2567) is None
    assert _period_outside("ตลอดปีงบประมาณ", 2567) is None
    assert _period_outside("ต.ค. 65 ถึง ก.ย. 66", 2567) == "ต.ค. 65"
    assert _period_outside("ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๘", 2567) == "กันยายน ๒๕๖๘"
    assert _period_outside("ม.ค. ๖๖", 2567) == "ม.ค. ๖๖"  # January of 2566 is in FY 2566
    assert _period_outside("ปี ๒๕๖๕", 2567) == "๒๕๖๕"


def test_the_check_names_the_row_and_the_year():
    office = Office(name="ดอนสะอาด", code="6710101", kind="อบต.")
    data = YearData(office=office, year=2567,
                    plan_items=[PlanItem(name="โครงการ ก", dimension=1, period="ต.ค. ๖๖ - ก.ย. ๖๗"),
                                PlanItem(name="โครงการ ข", dimension=1, period="ต.ค. ๖๕ - ก.ย. ๖๖")],
                    next_measures=[Measure(year=2568, target="general", title="มาตรการ ค", period="ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖")])
    found = [p for p in check_year(data) if p.code == "period_outside_year"]
    assert [p.where for p in found] == ["แผนฯ: โครงการ ข", "มาตรการ: มาตรการ ค"]
    assert found[0].th == "ระยะเวลา “ต.ค. ๖๕ - ก.ย. ๖๖” (ต.ค. ๖๕) อยู่นอกปีงบประมาณ 2567 (ต.ค. 2566 – ก.ย. 2567)"
    assert found[1].en.startswith("the period “ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖” (ตุลาคม ๒๕๖๕) lies outside fiscal year 2568")
