"""Damaged or tampered office files (issue 17, "Office files"): every command line command
gives a clear refusal (a message, exit 2 — or 1 from `check` listing what is wrong), never a
traceback, and a read-only command leaves the file as it was; foreign triggers and views are
removed after a backup (or refused by a read-only open); the structure is compared with what
our own migrations make."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from itadesk.cli import main
from itadesk.demo import create_demo
from itadesk.storage import structure
from itadesk.storage.backups import list_backups
from itadesk.storage.database import SCHEMA_VERSION, open_db
from itadesk.storage.errors import ForeignSqlError, StructureError


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("base") / "office.db"
    with open_db(path, backups=False) as office:
        create_demo(office)
    return path


def _sql(*statements):
    def apply(path):
        conn = sqlite3.connect(path)
        for stmt in statements:
            conn.execute(stmt)
        conn.commit()
        conn.close()
    return apply


def _bytes(fn):
    def apply(path):
        data = bytearray(path.read_bytes())
        fn(data)
        path.write_bytes(bytes(data))
    return apply


def _recreate(table, create, columns):
    return _sql(f"ALTER TABLE {table} RENAME TO old_{table}", create,
                f"INSERT INTO {table} ({columns}) SELECT {columns} FROM old_{table}",
                f"DROP TABLE old_{table}")


# what each damaged variant does, and what happens: "refuse" = exit 2 with a message;
# "problems" = `check` exits 1 listing them (render/export refuse); "ok" = the command works
STRUCTURE = {"check": "refuse", "render": "refuse", "export": "refuse", "backup": "refuse"}
VALUES = {"check": "problems", "render": "refuse", "export": "refuse", "backup": "ok"}
FOREIGN = {"check": "refuse", "render": "refuse", "export": "refuse", "backup": "ok"}

VARIANTS = {
    "garbage_everywhere": (_bytes(lambda d: d.__setitem__(slice(0, len(d)), os.urandom(len(d)))), STRUCTURE),
    "garbage_in_pages": (_bytes(lambda d: d.__setitem__(slice(4096, 12288), b"\xa5" * 8192)), STRUCTURE),
    "truncated_half": (_bytes(lambda d: d.__delitem__(slice(len(d) // 2, None))), STRUCTURE),
    "header_zeroed": (_bytes(lambda d: d.__setitem__(slice(0, 100), b"\0" * 100)), STRUCTURE),
    "text_file": (lambda p: p.write_text("ไม่ใช่ฐานข้อมูล\n" * 100), STRUCTURE),
    "negative_version": (_sql("PRAGMA user_version=-1"), STRUCTURE),
    "zero_version_with_tables": (_sql("PRAGMA user_version=0"), STRUCTURE),
    "newer_version": (_sql("PRAGMA user_version=999"), STRUCTURE),
    "foreign_application_id": (_sql("PRAGMA application_id=1234"), STRUCTURE),
    "missing_table_memos": (_sql("DROP TABLE memos"), STRUCTURE),
    "missing_table_office": (_sql("DROP TABLE office"), STRUCTURE),
    "missing_table_years": (_sql("DROP TABLE years"), STRUCTURE),
    "extra_column": (_sql("ALTER TABLE measures ADD COLUMN hidden TEXT"), STRUCTURE),
    "dropped_column": (_sql("ALTER TABLE measures DROP COLUMN follow_up"), STRUCTURE),
    "column_renamed": (_sql("ALTER TABLE findings RENAME COLUMN fixes TO fix"), STRUCTURE),
    "column_type_changed": (_recreate("years", "CREATE TABLE years (year TEXT PRIMARY KEY, created_at TEXT)",
                                      "year, created_at"), STRUCTURE),
    "trigger": (_sql("CREATE TRIGGER every_score_100 AFTER INSERT ON indicator_scores "
                     "BEGIN UPDATE indicator_scores SET score = 100; END"), FOREIGN),
    "view": (_sql("CREATE VIEW everything AS SELECT * FROM office"), FOREIGN),
    "foreign_index": (_sql("CREATE UNIQUE INDEX one_title ON measures(id, title)"), FOREIGN),
    "score_999": (_sql("UPDATE indicator_scores SET score = 999 WHERE indicator = 3"), VALUES),
    "unknown_measure_status": (_sql("UPDATE measures SET status = 'finished??'"), VALUES),
    "memo_body_not_json": (_sql("UPDATE memos SET body_json = '{not json' WHERE document = 'analysis'"), VALUES),
    "memo_chain_wrong_shape": (_sql("UPDATE memos SET chain_json = '[1, 2]'"), VALUES),
    "memo_signer_unknown_field": (_sql("""UPDATE memos SET proposer_json = '{"nme": "x"}'"""), VALUES),
    "office_kind_unknown": (_sql("UPDATE office SET kind = 'xx'"), VALUES),
    "office_code_null": (_sql("UPDATE office SET code = NULL"), VALUES),
    "finding_target_unknown": (_sql("UPDATE findings SET target = 'nowhere'"), VALUES),
    "round_of_7_months": (_sql("UPDATE round_results SET round = 7 WHERE round = 12"), VALUES),
    "plan_years_reversed": (_sql("UPDATE plan SET start_year = 2570, end_year = 2566"), VALUES),
    "indicator_500": (_sql("INSERT INTO indicator_scores VALUES (2567, 500, 50)"), VALUES),
}

COMMANDS = {
    "check": lambda db, out: ["check", "--db", db],
    "render": lambda db, out: ["render", "memo", "--db", db, "--year", "2567", "--out", f"{out}/memo.pdf"],
    "export": lambda db, out: ["export", "--db", db, "--year", "2567", "--out", f"{out}/"],
    "backup": lambda db, out: ["backup", "create", "--db", db],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("variant", VARIANTS)
def test_damaged_or_tampered_file_gets_a_clear_answer(demo_file, tmp_path, capsys, variant, command):
    damage, expected = VARIANTS[variant]
    path = tmp_path / "office.db"
    shutil.copy(demo_file, path)
    damage(path)
    before = path.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    capsys.readouterr()
    code = main(COMMANDS[command](str(path), str(out)))  # an exception fails the test
    got = capsys.readouterr()
    want = expected[command]
    if want == "refuse":
        assert code == 2, got
        assert got.err.strip() and "Traceback" not in got.err
        assert list(out.iterdir()) == []  # no half document, no package
    elif want == "problems":
        assert code == 1, got
        assert "ข้อมูลในไฟล์ไม่ถูกต้อง" in got.out  # and says where
    else:
        assert code == 0, got
    if command != "backup":
        assert path.read_bytes() == before  # a read-only command changes nothing


def test_check_says_what_is_wrong_and_where_and_names_a_usable_backup(demo_file, tmp_path, capsys):
    path = tmp_path / "office.db"
    shutil.copy(demo_file, path)
    with open_db(path) as office:  # a backup on open and on close, while the data is valid
        office.conn.execute("PRAGMA user_version")
    _sql("UPDATE indicator_scores SET score = 999 WHERE indicator = 3",
         "UPDATE measures SET status = 'finished??' WHERE id = 2")(path)
    assert main(["check", "--db", str(path)]) == 1
    got = capsys.readouterr()
    assert "ตัวชี้วัดที่ 3" in got.out and "๐ ถึง ๑๐๐" in got.out
    assert "มาตรการ 2" in got.out and "finished??" in got.out
    good = list_backups(path)[-1].name
    assert good in got.err and "itadesk backup restore" in got.err
    assert main(["render", "memo", "--db", str(path), "--out", str(tmp_path / "m.pdf")]) == 2
    assert good in capsys.readouterr().err


def test_foreign_triggers_are_removed_after_a_backup_with_a_message(demo_file, tmp_path):
    """The e-mailed "template": a trigger that sets every typed score to 100 never runs."""
    from itadesk.storage import operations as ops

    path = tmp_path / "office.db"
    shutil.copy(demo_file, path)
    _sql("CREATE TRIGGER every_score_100 AFTER INSERT ON indicator_scores "
         "BEGIN UPDATE indicator_scores SET score = 100; END",
         "CREATE TRIGGER also_on_update AFTER UPDATE ON indicator_scores "
         "BEGIN UPDATE indicator_scores SET score = 100; END",
         "CREATE VIEW peek AS SELECT * FROM office")(path)
    with pytest.raises(ForeignSqlError, match="every_score_100"):
        open_db(path, read_only=True)
    with open_db(path) as office:
        [warning] = office.warnings
        assert "every_score_100" in warning.th and "สำรอง" in warning.th
        assert warning.backup.exists()
        ops.set_indicator_score(office, 2567, 3, 61.5)
        scores = dict(office.conn.execute("SELECT indicator, score FROM indicator_scores"))
        left = office.conn.execute("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')")
        assert left.fetchone()[0] == 0
    assert scores[3] == 61.5 and 100.0 not in set(scores.values()) - {scores[3]}
    kept = [b for b in list_backups(path) if b.reason == "before-removing-foreign-sql"]
    assert kept and sqlite3.connect(kept[0].path).execute(
        "SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone()[0] == 2
    open_db(path, read_only=True).close()  # clean now


def test_expected_structure_comes_from_our_migrations(monkeypatch, tmp_path):
    """A migration added later (frameworks helper) is part of the check without editing it."""
    from itadesk.storage import schema

    base = structure.expected(SCHEMA_VERSION)
    assert {"office", "memos", "measures", "years"} <= set(base.tables)

    def m_extra(db):
        db["measures"].add_column("weight", int)

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, m_extra])
    structure.expected.cache_clear()
    try:
        later = structure.expected(SCHEMA_VERSION + 1)
        assert ("weight", "INTEGER", 0, None, 0) in later.tables["measures"]
        assert structure.expected(SCHEMA_VERSION) == base
    finally:
        structure.expected.cache_clear()


def test_a_damaged_structure_offers_the_newest_backup_whose_structure_is_ours(demo_file, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(demo_file, path)
    with open_db(path) as office:
        office.conn.execute("PRAGMA user_version")
    good = list_backups(path)[0]
    _sql("DROP TABLE memos")(path)
    # a backup of the damaged file, newer than the good one, is never offered
    from itadesk.storage.backups import backup_path_for

    shutil.copy(path, backup_path_for(path, "manual"))
    with pytest.raises(StructureError) as err:
        open_db(path)
    assert err.value.backup == good.path
    assert "memos" in err.value.en and "memos" in err.value.th


def test_a_column_spelt_float_by_an_older_sqlite_utils_is_the_same_column(demo_file, tmp_path):
    """Declared types are compared by SQLite's affinity: FLOAT and REAL are one column."""
    path = tmp_path / "office.db"
    shutil.copy(demo_file, path)
    _recreate("assessments", "CREATE TABLE assessments (year INTEGER PRIMARY KEY, national_rank "
              "INTEGER, reported_total FLOAT, rationale TEXT NOT NULL DEFAULT '', chart_image BLOB, "
              "chart_image_mime TEXT NOT NULL DEFAULT '', order_by_score INTEGER NOT NULL DEFAULT 0, "
              "staff_count INTEGER, service_users INTEGER)",
              "year, national_rank, reported_total, rationale, chart_image, chart_image_mime, "
              "order_by_score, staff_count, service_users")(path)
    open_db(path, read_only=True).close()
    with open_db(path) as office:
        assert office.warnings == []
