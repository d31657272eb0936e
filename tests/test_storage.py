"""Storage: migrations from empty, one transaction per operation, refusing foreign files."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from itadesk.domain.errors import ItadeskError, ValidationError
from itadesk.domain.measures import Measure
from itadesk.domain.office import Office, Person, Unit
from itadesk.domain.plan import ActionPlan, PlanItem, RoundResult
from itadesk.storage import operations as ops
from itadesk.storage import queries as q
from itadesk.storage.database import StorageError, open_db
from itadesk.storage.schema import SCHEMA_VERSION


def _office():
    return Office(code="6710101", kind="อบต.", name="ทดสอบ", district="เมือง", province="ขอนแก่น",
                  units=[Unit("สำนักปลัด", "๐๔๓ ๐๐๐ ๐๐๐")],
                  people=[Person("นางสาวทดสอบ ใจดี", "นักจัดการงานทั่วไป", "proposer")])


def test_migrations_from_empty(tmp_path):
    path = tmp_path / "new.db"
    with open_db(path) as office:
        assert office.schema_version() == SCHEMA_VERSION
        tables = set(office.db.table_names())
    assert {"office", "measures", "plan_items", "round_results", "memos"} <= tables


def test_round_trip_office_and_rows(office_db):
    ops.save_office(office_db, _office())
    ops.add_measure(office_db, Measure(year=2568, target="issue:1", title="มาตรการ ก"))
    ops.save_plan(office_db, ActionPlan(2566, 2570))
    [item_id] = ops.add_plan_items(office_db, [PlanItem("โครงการ ข", 1, budget=Decimal("50000"))], 2567)
    ops.save_round_result(office_db, RoundResult(item_id, 2567, 12, "done", disbursed="๔๕,๐๐๐.๕๐"))
    data = q.load_year(office_db, 2567)
    assert data.office.units[0].name == "สำนักปลัด"
    assert data.next_measures[0].title == "มาตรการ ก"
    assert data.plan_items[0].budget == Decimal("50000.00")
    assert data.round_results[12][item_id].disbursed == Decimal("45000.50")


def test_failed_operation_leaves_file_unchanged(tmp_path):
    path = tmp_path / "o.db"
    with open_db(path) as office:
        ops.save_office(office, _office())
        ops.save_plan(office, ActionPlan(2566, 2570))
        [item_id] = ops.add_plan_items(office, [PlanItem("ก", 1)], 2567)
        before = q.load_year(office, 2567)
        good = RoundResult(item_id, 2567, 12, "done")
        bad = RoundResult(item_id + 99, 2567, 12, "done")  # no such item: fails half-way
        with pytest.raises(StorageError):
            ops.save_round_results(office, [good, bad])
        assert q.load_year(office, 2567) == before
    with open_db(path) as office:
        assert q.load_round_results(office, 2567)[12] == {}


def test_bad_values_refused_in_the_domain(office_db):
    with pytest.raises(ValidationError) as err:
        PlanItem("ก", 1, budget="-10")
    assert "งบประมาณ" in str(err.value)
    with pytest.raises(ValidationError):
        ops.set_indicator_score(office_db, 2567, 1, "120")
    with pytest.raises(ValidationError):
        ops.set_indicator_score(office_db, 2567, 1, "abc")
    assert q.load_assessment(office_db, 2567) is None


def test_newer_file_refused(tmp_path):
    path = tmp_path / "newer.db"
    with open_db(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StorageError) as err:
        open_db(path)
    assert "ใหม่กว่า" in err.value.th and "newer" in err.value.en


def test_not_a_database_refused(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(b"hello, this is a text file")
    with pytest.raises(ItadeskError):
        open_db(path)
    assert path.read_bytes() == b"hello, this is a text file"


def test_start_new_year_carries_forward(office_db):
    ops.save_office(office_db, _office())
    ops.add_plan_items(office_db, [PlanItem("ก", 1), PlanItem("ข", 2, budget=1000)], 2567)
    ops.add_measure(office_db, Measure(year=2568, target="issue:2", title="มาตรการปีหน้า"))
    counts = ops.start_new_year(office_db, 2568)
    assert counts["plan_items"] == 2 and counts["measures_for_results"] == 1
    data = q.load_year(office_db, 2568)
    assert [i.name for i in data.plan_items] == ["ก", "ข"]
    assert data.measures[0].title == "มาตรการปีหน้า"
    with pytest.raises(ValidationError):
        ops.start_new_year(office_db, 2568)


# ---------------------------------------------------------------- found in review


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    from itadesk.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_db(path) as office:
        create_demo(office)
    return path


def _copy(src, tmp_path):
    import shutil

    dst = tmp_path / "copy.db"
    shutil.copy(src, dst)
    return dst


def test_new_year_carries_only_codes_the_new_framework_knows(demo_path, tmp_path):
    from itadesk.domain.framework import framework_for

    with open_db(_copy(demo_path, tmp_path)) as office:
        counts = ops.start_new_year(office, 2568)
        fw = framework_for(2568)
        codes = [p.code for p in q.load_oit(office, 2568)]
        assert codes and all(fw.has_code(c) for c in codes)
        assert counts["oit_items"] == len(codes)
        assert counts["oit_items"] + len(counts["oit_skipped"]) == 35
        memo = q.load_memos(office, 2568)["plan"]
        assert "๒๕๖๘" in memo.subject and "๒๕๖๗" not in memo.subject
        assert memo.ref_no == "" and memo.body == []


def test_year_opened_by_a_memo_can_still_be_started(office_db):
    from itadesk.domain.memo import Memo

    ops.save_office(office_db, _office())
    ops.add_plan_items(office_db, [PlanItem("ก", 1)], 2567)
    ops.save_memo(office_db, Memo(year=2568, subject="เรื่องปีหน้า"))
    counts = ops.start_new_year(office_db, 2568)
    assert counts["plan_items"] == 1
    with pytest.raises(ValidationError):
        ops.start_new_year(office_db, 2568)


def test_round_result_with_the_wrong_year_refused(office_db):
    [item_id] = ops.add_plan_items(office_db, [PlanItem("ก", 1, budget=100)], 2567)
    ops.save_round_result(office_db, RoundResult(item_id, 2567, 6, "done"))
    with pytest.raises(ValidationError) as err:
        ops.save_round_result(office_db, RoundResult(item_id, 2599, 6, "cannot"))
    assert "2567" in err.value.th
    assert q.load_round_results(office_db, 2567)[6][item_id].status == "done"


def test_values_changed_after_construction_are_validated_again(office_db):
    [mid] = [ops.add_measure(office_db, Measure(year=2568, target="issue:1", title="ก"))]
    m = q.load_measures(office_db, 2568)[0]
    m.status = "bogus"
    with pytest.raises(ValidationError):
        ops.update_measure(office_db, m)
    m.status, m.title = "done", "   "
    with pytest.raises(ValidationError):
        ops.update_measure(office_db, m)
    assert q.load_measures(office_db, 2568)[0].title == "ก" and mid


@pytest.mark.parametrize("year, indicator, score", [
    (1990, 1, 50), (2567, 0, 50), (2567, 100, 50), (2567, "x", 50), (2567, 1, 10**400),
])
def test_set_indicator_score_checks_year_indicator_and_value(office_db, year, indicator, score):
    with pytest.raises(ValidationError):
        ops.set_indicator_score(office_db, year, indicator, score)
    assert q.list_years(office_db) == []


def test_assessment_refuses_bad_indicator_numbers_and_codes():
    from itadesk.domain.assessment import Assessment

    with pytest.raises(ValidationError):
        Assessment(2567, {99: 50, 100: 50})
    with pytest.raises(ValidationError):
        Assessment(2567, {}, {"i1; DROP": 50})


def test_oit_progress_code_checked_against_the_years_framework(office_db):
    from itadesk.domain.oit import OitProgress

    with pytest.raises(ValidationError):
        ops.save_oit_progress(office_db, OitProgress(2567, "ZZZ"))
    ops.save_oit_progress(office_db, OitProgress(2567, "๐10"))  # OCR'd "O10" → o10
    assert [p.code for p in q.load_oit(office_db, 2567)] == ["o10"]
    ops.save_oit_progress(office_db, OitProgress(2590, "x1"))  # a year with no framework file
    assert [p.code for p in q.load_oit(office_db, 2590)] == ["x1"]


def test_delete_rows_and_restore_them_exactly(office_db):
    ops.save_office(office_db, _office())
    ids = ops.add_plan_items(office_db, [PlanItem(n, 1, budget=10) for n in "กขคง"], 2567,
                             results=[[RoundResult(0, 2567, 12, "done", disbursed=5)], [], [], []])
    before = q.load_year(office_db, 2567)
    snap = ops.delete_rows(office_db, "plan_items", [ids[0], ids[2]])
    assert [i.name for i in q.load_plan_items(office_db, 2567)] == ["ข", "ง"]
    assert q.load_round_results(office_db, 2567)[12] == {}
    assert ops.restore_rows(office_db, snap) == {ids[0]: ids[0], ids[2]: ids[2]}
    assert q.load_year(office_db, 2567) == before


def test_paste_of_items_with_results_is_all_or_nothing(office_db):
    bad = RoundResult(0, 2567, 12, "done")
    bad.status = "bogus"  # refused inside the transaction, after the first item was written
    with pytest.raises(ValidationError):
        ops.add_plan_items(office_db, [PlanItem("ก", 1), PlanItem("ข", 1)], 2567,
                           results=[[RoundResult(0, 2567, 12, "done")], [bad]])
    assert q.load_plan_items(office_db, 2567) == []


def test_add_findings_all_or_nothing(office_db):
    from itadesk.domain.assessment import Finding

    good = Finding(2567, "issue:1", weaknesses="ก")
    bad = Finding(2567, "issue:2")
    bad.urgency = "whenever"
    with pytest.raises(ValidationError):
        ops.add_findings(office_db, [good, bad])
    assert q.load_findings(office_db, 2567) == []
    assert len(ops.add_findings(office_db, [good, Finding(2567, "issue:2")])) == 2
