"""The demo office: complete, consistent, and free of the seeds' real office names."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from itadesk.demo import DEMO_YEAR, create_demo
from itadesk.domain.consistency import check_year
from itadesk.domain.framework import default_registry
from itadesk.domain.plan import summarize
from itadesk.domain.scoring import compute
from itadesk.storage.database import StorageError, open_db
from itadesk.storage.queries import list_years, load_year

SEED_OFFICES = ("บ้านแหลม", "โคกม่วง", "ลำเลียง", "บ่อแก้ว", "บางเตย")


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_db(path) as office:
        create_demo(office)
        yield load_year(office, DEMO_YEAR)


def test_demo_year_and_profile(data):
    assert DEMO_YEAR == 2567
    office = data.office
    assert office.full_name == "องค์การบริหารส่วนตำบลหนองบัวทอง"
    assert len(office.code) == 7 and office.code.isdigit()
    assert office.doc_prefix.startswith("ขก ")
    roles = {p.role for p in office.people}
    assert {"proposer", "head_office", "chief_admin", "executive", "plan_unit"} <= roles
    assert {"สำนักปลัด", "กองคลัง", "กองช่าง"} <= {u.name for u in office.units}


def test_demo_documents_have_content(data):
    assert len(data.plan_items) == 20
    dims = {}
    for item in data.plan_items:
        dims[item.dimension] = dims.get(item.dimension, 0) + 1
    assert dims == {1: 6, 2: 8, 3: 2, 4: 4}
    assert any(i.budget is None for i in data.plan_items) and any(i.uses_budget for i in data.plan_items)
    assert len(data.oit) == 35 and {p.code for p in data.oit} == {f"o{n}" for n in range(1, 36)}
    assert {p.status for p in data.oit} == {"done", "in_progress", "not_started"}
    assert len(data.findings) == 7
    assert {f.target for f in data.findings} == {f"issue:{n}" for n in range(1, 8)}
    assert data.measures and all(m.year == 2567 for m in data.measures)
    assert data.next_measures and all(m.year == 2568 for m in data.next_measures)
    assert {m.status for m in data.measures} == {"done", "not_started"}
    assert set(data.memos) == {"analysis", "measures", "results", "oit", "plan6", "plan"}
    assert data.plan.start_year == 2566 and data.plan.end_year == 2570
    assert set(data.round_reports) == {6, 12}


def test_round_summaries(data):
    s12 = summarize(data.plan_items, data.round_results[12], DEMO_YEAR, 12)
    assert (s12.done, s12.cannot, s12.in_progress, s12.pending) == (17, 3, 0, 0)
    assert s12.rate == 85.0
    assert Decimal(0) < s12.disbursed <= s12.budget
    for item, res in s12.rows:
        if res.status == "cannot":
            assert res.reason and not res.disbursed
        if item.uses_budget:
            assert res.disbursed is not None and res.disbursed <= item.budget
    s6 = summarize(data.plan_items, data.round_results[6], DEMO_YEAR, 6)
    assert s6.in_progress > 0 and s6.done > 0 and s6.pending == 0


def test_scores_pass_with_weak_indicators(data):
    fw = default_registry().get(DEMO_YEAR)
    a = data.assessment
    result = compute(fw, a.indicator_scores, a.question_scores)
    assert not result.missing and not result.discrepancies
    assert result.total == a.reported_total
    assert 88 <= result.total <= 92 and result.passed
    weak = [no for no, s in result.indicator_scores.items() if s < 85]
    assert 1 <= len(weak) <= 2 and 8 in weak
    assert len(a.question_scores) == 15 + 9 + 35


def test_memos(data):
    for memo in data.memos.values():
        assert memo.ref_no.startswith(data.office.doc_prefix + "/")
        assert memo.date and memo.date.year + 543 == 2567
        assert memo.to == "นายกองค์การบริหารส่วนตำบลหนองบัวทอง"
        assert memo.agency.startswith("สำนักปลัด ")
        assert 2 <= len(memo.body) <= 3 and memo.enclosures and memo.subject
        assert memo.proposer.name
        assert [c.heading for c in memo.chain] == [
            "ความเห็นของหัวหน้าสำนักปลัด", "ความเห็นของปลัดองค์การบริหารส่วนตำบล",
            "ความเห็น/คำสั่งของนายกองค์การบริหารส่วนตำบล"]
        assert memo.chain[-1].options == ["ทราบ", "อนุมัติ", "ไม่อนุมัติ"]
        assert all(c.signer.name for c in memo.chain)


def test_the_plan_report_has_a_memo_per_round(data):
    """The 6-month report goes up in April with its own memo; the 12-month one in October."""
    six, twelve = data.memos["plan6"], data.memos["plan"]
    assert (six.date.year, six.date.month) == (2024, 4)
    assert (twelve.date.year, twelve.date.month) == (2024, 10)
    assert "รอบ ๖ เดือน" in six.subject and "๑๒" not in six.subject
    assert "รอบ ๑๒ เดือน" in twelve.subject
    assert six.ref_no != twelve.ref_no
    assert len({m.ref_no for m in data.memos.values()}) == len(data.memos)


def test_consistency_check_is_clean(data):
    assert check_year(data, default_registry().get(DEMO_YEAR)) == []


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _strings(getattr(obj, f.name))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(obj, (list, tuple, set)):
        for v in obj:
            yield from _strings(v)


def test_no_seed_office_names(data):
    texts = list(_strings(data))
    assert len(texts) > 300
    for text in texts:
        for name in SEED_OFFICES:
            assert name not in text, (name, text)


def test_demo_refuses_a_file_with_an_office(tmp_path):
    with open_db(tmp_path / "x.db") as office:
        create_demo(office)
        with pytest.raises(StorageError):
            create_demo(office)
        assert list_years(office) == [DEMO_YEAR]
