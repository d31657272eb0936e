"""The 'names another office' heuristic: real slips found, ordinary prose left alone."""

from __future__ import annotations

import pytest

from itadesk.domain.consistency import _check_foreign_text, _check_year_mentions
from itadesk.domain.measures import Measure
from itadesk.domain.office import Office
from itadesk.domain.plan import RoundReport
from itadesk.domain.yeardata import YearData


def _data(summary: str) -> YearData:
    office = Office(code="6409901", kind="อบต.", name="หนองบัวทอง")
    return YearData(office=office, year=2567,
                    measures=[Measure(year=2567, target="ind:1", title="มาตรการ", summary=summary)])


@pytest.mark.parametrize("text", [
    "องค์การบริหารส่วนตำบลบ้านแหลม อำเภอบ้านแหลม ได้จัดทำมาตรการ",
    "ตามที่ อบต.ลำเลียง ได้ประกาศ",
    "เทศบาลตำบลโคกม่วงได้ดำเนินการ",
])
def test_other_office_found(text):
    problems = _check_foreign_text(_data(text))
    assert [p.code for p in problems] == ["other_office"]


@pytest.mark.parametrize("text", [
    "องค์การบริหารส่วนตำบลหนองบัวทอง อำเภอโนนสวรรค์ ได้จัดทำมาตรการ",
    "นายกองค์การบริหารส่วนตำบลมอบนโยบาย ให้ทุกกองถือปฏิบัติ",
    "องค์การบริหารส่วนตำบลทุกแห่งต้องเปิดเผยข้อมูล",
    "ประกาศองค์การบริหารส่วนตำบล เรื่อง มาตรการ",
])
def test_ordinary_prose_not_flagged(text):
    assert _check_foreign_text(_data(text)) == []


def test_year_in_title_phrase_checked():
    data = _data("")
    data.round_reports[12] = RoundReport(year=2567, round=12,
                                         background="รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน")
    assert [p.code for p in _check_year_mentions(data)] == ["year_mismatch"]
    data.round_reports[12] = RoundReport(year=2567, round=12,
                                         background="ต่อยอดจากผลการดำเนินงานปีงบประมาณ ๒๕๖๖")
    assert _check_year_mentions(data) == []
