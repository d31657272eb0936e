"""A writer killed mid-transaction leaves a hot `-journal` and half-written pages in the file.
Read-only commands (check, render, export) must show only committed data: roll the journal
back first when the folder allows it, else refuse clearly — never fall back to `immutable=1`
over it, which printed and exported the uncommitted text as if saved (issue 17)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from itadesk.cli import main
from itadesk.demo import create_demo
from itadesk.storage import fsinfo
from itadesk.storage.database import hot_journal, open_db
from itadesk.storage.errors import HotJournalError
from itadesk.storage.queries import load_year

SRC = str(Path(__file__).resolve().parents[1] / "src")

# A writer that dies inside a transaction after SQLite spilled changed pages into the file
# (a small page cache does that; a long edit does it too).
CRASH = r"""
import os, sys
from itadesk.storage.database import open_db
office = open_db(sys.argv[1], backups=False)
office.conn.execute("PRAGMA cache_size=4")
with office.transaction() as db:
    db.execute("UPDATE measures SET title = 'UNCOMMITTED ' || hex(randomblob(400))")
    db.execute("UPDATE memos SET subject = 'UNCOMMITTED'")
    os._exit(9)  # killed mid-edit: no rollback, no commit, the journal stays
"""


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hot") / "office.db"
    with open_db(path, backups=False) as office:
        create_demo(office)
        for _ in range(4):  # enough rows that the update spills pages into the file
            rows = office.conn.execute("SELECT year, target, title, status FROM measures").fetchall()
            office.conn.executemany(
                "INSERT INTO measures (year, target, title, status, position) VALUES (?,?,?,?,99)", rows)
        office.conn.commit()
    return path


@pytest.fixture
def crashed(demo_file, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(demo_file, path)
    env = dict(os.environ, PYTHONPATH=SRC)
    proc = subprocess.run([sys.executable, "-c", CRASH, str(path)], env=env, timeout=120,
                          capture_output=True)
    assert proc.returncode == 9, proc.stderr.decode()
    assert hot_journal(path)
    # the half-written pages really are in the file (what `immutable=1` used to read)
    assert path.read_bytes() != demo_file.read_bytes()
    return path


def _committed_only(path):
    with open_db(path, create=False, read_only=True) as office:
        data = load_year(office, 2567)
    titles = [m.title for m in data.measures + data.next_measures]
    assert titles and not any("UNCOMMITTED" in t for t in titles)
    assert all("UNCOMMITTED" not in m.subject for m in data.memos.values())


def test_read_only_open_rolls_the_journal_back_first(crashed):
    _committed_only(crashed)
    assert not hot_journal(crashed)


@pytest.mark.parametrize("command", [
    ["check", "--db", "{db}"],
    ["render", "measures", "--db", "{db}", "--year", "2567", "--out", "{out}/m.pdf"],
])
def test_read_only_commands_after_a_kill_mid_edit_show_committed_data(crashed, tmp_path, capsys, command):
    out = tmp_path / "out"
    out.mkdir()
    started = time.monotonic()
    code = main([a.format(db=crashed, out=out) for a in command])
    assert time.monotonic() - started < 60
    got = capsys.readouterr()
    assert code in (0, 1), got
    assert not hot_journal(crashed)
    if command[0] == "render":
        text = subprocess.run(["pdftotext", str(out / "m.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "UNCOMMITTED" not in text
    _committed_only(crashed)


def test_a_read_only_folder_with_a_hot_journal_is_refused_clearly(crashed, tmp_path, capsys,
                                                                   monkeypatch):
    """A copy on a CD: the journal cannot be rolled back, so nothing is shown as saved."""
    monkeypatch.setattr(fsinfo, "folder_writable", lambda p: False)
    before = crashed.read_bytes(), Path(f"{crashed}-journal").read_bytes()
    started = time.monotonic()
    with pytest.raises(HotJournalError) as err:
        open_db(crashed, create=False, read_only=True)
    assert "office.db-journal" in err.value.th and "office.db-journal" in err.value.en
    out = tmp_path / "out"
    out.mkdir()
    for argv in (["check", "--db", str(crashed)],
                 ["render", "memo", "--db", str(crashed), "--out", f"{out}/memo.pdf"],
                 ["export", "--db", str(crashed), "--year", "2567", "--out", f"{out}/"]):
        assert main(argv) == 2
        assert "-journal" in capsys.readouterr().err
    assert time.monotonic() - started < 30
    assert list(out.iterdir()) == []
    assert (crashed.read_bytes(), Path(f"{crashed}-journal").read_bytes()) == before


def test_a_working_writers_journal_is_left_alone(demo_file, tmp_path):
    """While the program saves, its journal is not a crash's: a read-only command neither
    rolls it back nor refuses; it reads what was committed."""
    import sqlite3

    path = tmp_path / "office.db"
    shutil.copy(demo_file, path)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE memos SET subject = 'NOT YET'")
    try:
        assert Path(f"{path}-journal").exists()  # the writer's journal, meanwhile
        with open_db(path, create=False, read_only=True) as office:
            subjects = [m.subject for m in load_year(office, 2567).memos.values()]
        assert subjects and "NOT YET" not in subjects
        writer.execute("COMMIT")
    finally:
        writer.close()
    with open_db(path, create=False, read_only=True) as office:
        assert {m.subject for m in load_year(office, 2567).memos.values()} == {"NOT YET"}
