"""Removing a fiscal year (operations.delete_year and `itadesk delete-year`): everything only
that year holds goes, in one transaction, after a verified backup; the neighbouring years keep
every row they show; the only year of a file, an unknown year and a read-only file are refused."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from pathlib import Path

import pytest

from itadesk.demo import create_demo
from itadesk.domain.assessment import Finding
from itadesk.domain.errors import ValidationError
from itadesk.domain.measures import Measure
from itadesk.domain.plan import RoundReport, RoundResult
from itadesk.storage import backups
from itadesk.storage import operations as ops
from itadesk.storage import queries as q
from itadesk.storage.database import open_db
from itadesk.storage.errors import ReadOnlyError


def year_tables(office) -> list[str]:
    """Every table of the schema with a `year` column (found, not listed)."""
    names = [r[0] for r in office.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return sorted(t for t in names
                  if "year" in [c[1] for c in office.conn.execute(f"PRAGMA table_info([{t}])")])


def dump(office, where: str = "1") -> dict[str, list[tuple]]:
    """The rows of every table (those with a `year` column filtered by `where`), sorted."""
    out = {}
    names = [r[0] for r in office.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    for t in names:
        cond = where if t in year_tables(office) else "1"
        out[t] = sorted(office.conn.execute(f"SELECT * FROM [{t}] WHERE {cond}").fetchall(), key=repr)
    return out


def fill_year(office, year: int) -> None:
    """Open `year` from the year before and give it a row in every year-keyed table."""
    ops.start_new_year(office, year)  # plan items, OIT units, memo headers carried
    prev = q.load_assessment(office, year - 1)
    ops.save_assessment(office, dataclasses.replace(prev, year=year))
    ops.add_finding(office, Finding(year=year, target="issue:1", weaknesses=f"จุดอ่อนปี {year}"))
    ops.add_measure(office, Measure(year=year + 1, target="issue:2", title=f"มาตรการสำหรับปี {year + 1}"))
    items = q.load_plan_items(office, year)
    ops.save_round_results(office, [RoundResult(items[0].id, year, 6, "done", result=f"ผลปี {year}"),
                                    RoundResult(items[1].id, year, 12, "in_progress")])
    ops.save_round_report(office, RoundReport(year=year, round=6, preface=f"คำนำปี {year}"))
    code = q.load_oit(office, year)[0].code
    ops.set_title_override(office, year, code, f"ชื่อข้อของปี {year}")
    # the tables of migration 3 (issue 13/16)
    from itadesk.domain.ita_year import default_phases

    ops.save_oit_links(office, year, code, [(f"https://x.go.th/{year}", "ลิงก์")])
    ops.save_oit_image(office, year, code, b"\x89PNG\r\n\x1a\n" + bytes([year % 256]) * 20)
    ops.save_oit_components(office, year, code, f"องค์ประกอบปี {year}")
    ops.save_calendar(office, year, default_phases(year))


def three_years(path: Path) -> None:
    """The demo office (2567) with 2568 and 2569 opened and filled."""
    with open_db(path) as office:
        create_demo(office)
        fill_year(office, 2568)
        fill_year(office, 2569)


@pytest.fixture
def years_file(tmp_path):
    path = tmp_path / "office.db"
    three_years(path)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------ storage


def test_every_table_keyed_by_year_is_removed_with_it(office_db):
    """A new table with a `year` column must be named in operations.YEAR_TABLES (or handled
    apart like measures and round_results), or this test fails."""
    handled = set(ops.YEAR_TABLES) | {"round_results", "measures", "years"}
    assert set(year_tables(office_db)) == handled


def test_delete_middle_year_removes_its_rows_and_leaves_neighbours_equal(years_file):
    with open_db(years_file) as office:
        for t in year_tables(office):  # every year-keyed table has something to remove
            assert office.conn.execute(f"SELECT COUNT(*) FROM [{t}] WHERE year=2568").fetchone()[0], t
        before = {y: q.load_year(office, y) for y in (2567, 2568, 2569)}
        others = dump(office, "year <> 2568")
        kept_measures = dump(office, "year = 2568")["measures"]  # D2 of 2567
        items_2568 = [i.id for i in before[2568].plan_items]
        plan = ops.year_removal(office, 2568)
        done = ops.delete_year(office, 2568)

        assert q.list_years(office) == [2567, 2569]
        for t in year_tables(office):
            left = office.conn.execute(f"SELECT COUNT(*) FROM [{t}] WHERE year=2568").fetchone()[0]
            assert left == (len(kept_measures) if t == "measures" else 0), t
        marks = ",".join("?" * len(items_2568))
        assert office.conn.execute(
            f"SELECT COUNT(*) FROM round_results WHERE item_id IN ({marks})", items_2568).fetchone()[0] == 0
        # the neighbours, as the documents see them and row by row
        assert q.load_year(office, 2567) == before[2567]
        assert q.load_year(office, 2569) == before[2569]
        assert dump(office, "year <> 2568") == others
        assert dump(office, "year = 2568")["measures"] == kept_measures
        # what was announced is what went
        assert done.rows == plan.rows
        assert done.rows["years"] == 1 and done.rows["plan_items"] == len(items_2568)
        assert done.rows["findings"] == len(before[2568].findings)
        assert "measures" not in done.rows  # 2568's D3 rows are 2567's D2; 2569's are 2569's D3
        assert done.kept_measures == {2568: len(before[2568].measures), 2569: len(before[2568].next_measures)}
        assert dict(done.summary())["scores"] == len(before[2568].assessment.indicator_scores) + len(
            before[2568].assessment.question_scores)
    # the backup made first holds the year as it was
    assert done.backup is not None and done.backup.exists()
    [info] = [b for b in backups.list_backups(years_file) if b.path == done.backup]
    assert info.reason == "before-delete-year-2568"
    assert info.label("th").endswith("ก่อนลบปีงบประมาณ 2568")
    assert info.label("en").endswith("before removing fiscal year 2568")
    assert backups.verify_backup(done.backup) == "ok"
    with open_db(done.backup, read_only=True) as copy:
        assert q.list_years(copy) == [2567, 2568, 2569]
        assert q.load_year(copy, 2568) == before[2568]


def test_restoring_the_backup_brings_the_year_back(years_file):
    with open_db(years_file) as office:
        before = q.load_year(office, 2569)
        done = ops.delete_year(office, 2569)
        assert q.list_years(office) == [2567, 2568]
    backups.restore(years_file, done.backup)
    with open_db(years_file) as office:
        assert q.list_years(office) == [2567, 2568, 2569]
        assert q.load_year(office, 2569) == before


def test_delete_newest_year_takes_its_d2_but_not_the_year_befores(years_file):
    with open_db(years_file) as office:
        before = q.load_year(office, 2568)
        others = dump(office, "year NOT IN (2569, 2570)")
        d3 = dump(office, "year = 2569")["measures"]  # written in 2568 for 2569: 2568's D2
        assert q.load_measures(office, 2570)  # 2569's own D2, shown by no other year
        done = ops.delete_year(office, 2569)
        assert done.rows["measures"] == 1 and done.kept_measures == {2569: len(d3)}
        assert q.load_measures(office, 2570) == []
        assert dump(office, "year = 2569")["measures"] == d3
        assert q.load_year(office, 2568) == before
        assert dump(office, "year NOT IN (2569, 2570)") == others


def test_delete_oldest_year_takes_its_d3_but_not_the_next_years(years_file):
    with open_db(years_file) as office:
        before = q.load_year(office, 2568)
        measures_2567 = len(q.load_measures(office, 2567))
        done = ops.delete_year(office, 2567)
        assert done.rows["measures"] == measures_2567 and done.kept_measures == {2568: len(before.measures)}
        assert q.load_measures(office, 2567) == []
        assert q.list_years(office) == [2568, 2569]
        assert q.load_year(office, 2568) == before
        assert q.load_plan(office) == before.plan  # the plan spans the years: kept


def test_only_year_is_refused_and_nothing_changes(tmp_path):
    path = tmp_path / "demo.db"
    with open_db(path, backups=False) as office:
        create_demo(office)
    digest = sha(path)
    with open_db(path, backups=False) as office:
        with pytest.raises(ValidationError) as err:
            ops.delete_year(office, 2567)
    assert "ปีเดียว" in err.value.th and "only year" in err.value.en
    assert sha(path) == digest
    assert backups.list_backups(path) == []  # refused before any backup


@pytest.mark.parametrize("year", [2590, "๒๕๙๐x", 1999])
def test_unknown_or_bad_year_is_refused(years_file, year):
    with open_db(years_file) as office:
        rows = dump(office)
        with pytest.raises(ValidationError):
            ops.delete_year(office, year)
        assert dump(office) == rows
    assert not any(b.reason.startswith("before-delete") for b in backups.list_backups(years_file))


def test_read_only_file_is_refused(years_file):
    digest = sha(years_file)
    with open_db(years_file, read_only=True) as office:
        assert ops.year_removal(office, 2569).rows["years"] == 1  # looking is allowed
        with pytest.raises(ReadOnlyError):
            ops.delete_year(office, 2569)
    assert sha(years_file) == digest


def test_removal_is_one_transaction(years_file):
    """A failure at the last step (the years row) leaves every table as it was."""
    with open_db(years_file) as office:
        office.conn.execute("CREATE TRIGGER no_delete BEFORE DELETE ON years "
                            "BEGIN SELECT RAISE(ABORT, 'refused'); END")
        rows = dump(office)
        with pytest.raises(sqlite3.DatabaseError):
            ops.delete_year(office, 2568)
        assert dump(office) == rows
        assert q.list_years(office) == [2567, 2568, 2569]


def test_failed_backup_removes_nothing(years_file, monkeypatch):
    from itadesk.storage.errors import BackupError

    def broken(*_a, **_k):
        raise BackupError("สำรองไม่ได้", "cannot back up")

    monkeypatch.setattr(backups, "create_backup", broken)
    with open_db(years_file, backups=False) as office:
        rows = dump(office)
        with pytest.raises(BackupError):
            ops.delete_year(office, 2569)
        assert dump(office) == rows


# ------------------------------------------------------------------ CLI


@pytest.fixture
def cli(capsys, monkeypatch):
    """`itadesk ARGS` in this process: (exit code, stdout, stderr)."""
    from itadesk.cli import main

    def run(*args, lang="th"):
        monkeypatch.setenv("ITADESK_LANG", lang)
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_cli_dry_run_changes_nothing(years_file, cli):
    digest, made = sha(years_file), backups.list_backups(years_file)
    code, out, err = cli("delete-year", "--db", str(years_file), "--year", "2569")
    assert code == 1, err
    assert "ปีงบประมาณ 2569" in out and "--yes" in out
    assert "โครงการในแผนปฏิบัติการ 20 รายการ" in out and "บันทึกข้อความ" in out
    assert "มาตรการสำหรับปี 2569 จำนวน 1 รายการยังอยู่" in out  # 2568's D2
    assert sha(years_file) == digest
    assert backups.list_backups(years_file) == made
    with open_db(years_file, read_only=True) as office:
        assert q.list_years(office) == [2567, 2568, 2569]


def test_cli_yes_removes_after_a_backup(years_file, cli):
    code, out, err = cli("delete-year", "--db", str(years_file), "--year", "2569", "--yes", lang="en")
    assert code == 0, err
    assert "removed fiscal year 2569" in out and "itadesk backup restore" in out
    [info] = [b for b in backups.list_backups(years_file) if b.reason == "before-delete-year-2569"]
    assert info.name in out
    with open_db(years_file, read_only=True) as office:
        assert q.list_years(office) == [2567, 2568]


@pytest.mark.parametrize("year", ["2590", "2567"])
def test_cli_bad_year_is_explained_and_changes_nothing(tmp_path, years_file, cli, year):
    path = years_file
    if year == "2567":  # the only year of a file
        path = tmp_path / "one.db"
        with open_db(path, backups=False) as office:
            create_demo(office)
    digest = sha(path)
    for extra in ((), ("--yes",)):
        code, out, err = cli("delete-year", "--db", str(path), "--year", year, *extra)
        assert code not in (0, 1), (code, out, err)
        assert f"ปีงบประมาณ {year}" in err
        assert ("ไม่มีปีงบประมาณ" if year == "2590" else "ปีเดียว") in err
        assert sha(path) == digest
    assert not any(b.reason.startswith("before-delete") for b in backups.list_backups(path))
