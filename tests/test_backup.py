"""Backups: on open/close and while editing, verified before kept, pruned to a bound,
listed, restored (keeping the current file first), and the `itadesk backup` command."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from itadesk.cli import main as cli_main
from itadesk.domain.measures import Measure
from itadesk.storage import backups
from itadesk.storage import operations as ops
from itadesk.storage import queries as q
from itadesk.storage.database import BackupError, LockedError, open_db


def _add(office, title: str) -> None:
    ops.add_measure(office, Measure(year=2568, target="issue:1", title=title))


def _titles(office) -> list[str]:
    return [m.title for m in q.load_measures(office, 2568)]


def test_backups_on_close_on_open_and_while_editing(tmp_path):
    path = tmp_path / "office.db"
    with open_db(path) as office:
        assert backups.list_backups(path) == []  # a new, empty file needs none
        _add(office, "ก")
    [closed] = backups.list_backups(path)
    assert closed.reason == "close" and closed.path.parent == tmp_path / "backups"
    assert closed.name.startswith("office-") and closed.name.endswith("-close.db")
    with open_db(path) as office:  # unchanged since the close backup: no new one
        assert len(backups.list_backups(path)) == 1
        assert backups.maybe_backup(office, min_interval_s=0) is None  # nothing changed
        _add(office, "ข")
        assert backups.maybe_backup(office, min_interval_s=300) is None  # too soon
        made = backups.maybe_backup(office, min_interval_s=0)
        assert made is not None and "-auto" in made.name
        assert backups.maybe_backup(office, min_interval_s=0) is None  # saved already
    assert len(backups.list_backups(path)) == 2  # nothing changed after the auto backup
    # the file was changed by someone else (say, an older copy put back): backup on open
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO years (year, created_at) VALUES (2570, 'x')")
    conn.commit()
    conn.close()
    future = time.time() + 5
    os.utime(path, (future, future))
    with open_db(path):
        pass
    assert backups.list_backups(path)[0].reason == "open"
    conn = sqlite3.connect(backups.list_backups(path)[0].path)
    assert conn.execute("SELECT COUNT(*) FROM measures").fetchone()[0] == 2
    conn.close()


def test_backup_is_verified_and_an_interrupted_one_is_never_listed(tmp_path, monkeypatch):
    path = tmp_path / "office.db"
    office = open_db(path)
    try:
        _add(office, "ก")
        monkeypatch.setattr(backups, "verify_backup", lambda p: "database disk image is malformed")
        with pytest.raises(BackupError) as err:
            backups.create_backup(office)
        assert "ไม่ผ่านการตรวจสอบ" in err.value.th
        monkeypatch.undo()
        assert backups.list_backups(path) == []
        assert list((tmp_path / "backups").iterdir()) == []  # the bad copy was removed
        # a leftover of a backup killed half-way is ignored, then cleaned up
        leftover = backups.backup_path_for(path, "auto").with_suffix(".db.partial")
        leftover.write_bytes(b"half")
        old = time.time() - 3600
        os.utime(leftover, (old, old))
        assert backups.list_backups(path) == []
        backups.create_backup(office)
        assert not leftover.exists()
    finally:
        office.close()


def test_backup_on_a_full_disk_is_a_message_and_the_file_is_fine(tmp_path, monkeypatch):
    path = tmp_path / "office.db"
    with open_db(path) as office:
        _add(office, "ก")

        def full(*a, **kw):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(backups, "_fsync_file", full)
        with pytest.raises(BackupError) as err:
            backups.maybe_backup(office, min_interval_s=0)
        assert "ดิสก์เต็ม" in err.value.th and "unchanged" in err.value.en
        monkeypatch.undo()
        _add(office, "ข")
        assert _titles(office) == ["ก", "ข"]


def _fake(path: Path, when: datetime, reason: str = "auto") -> Path:
    b = backups.backup_path_for(path, reason, now=when)
    b.parent.mkdir(parents=True, exist_ok=True)
    b.write_bytes(b"x")
    return b


def test_prune_keeps_recent_daily_and_special(tmp_path):
    path = tmp_path / "office.db"
    now = datetime(2025, 3, 31, 12, 0)
    recent = [_fake(path, now - timedelta(minutes=5 * i)) for i in range(25)]
    daily = [_fake(path, now - timedelta(days=d, hours=h)) for d in range(2, 40) for h in (1, 2)]
    special = [_fake(path, now - timedelta(days=100 + i), f"before-migration-v{i}") for i in range(7)]
    other = _fake(tmp_path / "other.db", now - timedelta(days=400))  # another file's backup
    backups.prune(path, now=now)
    kept = {b.path for b in backups.list_backups(path)}
    assert set(recent[:20]) <= kept and not (set(recent[20:]) & kept)
    # one per day for 30 days: the newest of each day (hour 1), none older than 30 days
    assert {daily[2 * (d - 2)] for d in range(2, 30)} <= kept
    assert not ({daily[2 * (d - 2) + 1] for d in range(2, 40)} & kept)
    assert not ({daily[2 * (d - 2)] for d in range(30, 40)} & kept)
    assert set(special[:5]) <= kept and not (set(special[5:]) & kept)
    assert len(kept) == 20 + 28 + 5
    assert other.exists()


def test_list_newest_first_and_labels(tmp_path):
    path = tmp_path / "office.db"
    a = _fake(path, datetime(2024, 11, 22, 10, 15), "open")
    b = _fake(path, datetime(2024, 11, 22, 10, 20), "auto")
    (tmp_path / "backups" / "notes.txt").write_text("x")
    items = backups.list_backups(path)
    assert [i.path for i in items] == [b, a]
    assert items[1].label("th") == "22 พ.ย. 2567 เวลา 10:15 น. — เมื่อเปิดไฟล์"
    assert items[1].label("en") == "22 Nov 2024 10:15 — on open"


def test_restore_keeps_the_current_file_first(tmp_path):
    path = tmp_path / "office.db"
    with open_db(path) as office:
        _add(office, "ก")
        first = backups.create_backup(office)
        _add(office, "ข")
    res = backups.restore(path, first.name)  # by name, as the CLI does
    assert res.restored_from == first
    with open_db(path) as office:
        assert _titles(office) == ["ก"]
    safety = sqlite3.connect(res.safety_copy)
    assert [r[0] for r in safety.execute("SELECT title FROM measures")] == ["ก", "ข"]
    safety.close()
    assert any(b.reason == "before-restore" for b in backups.list_backups(path))
    # and the restore itself can be undone by restoring the safety copy
    backups.restore(path, res.safety_copy)
    with open_db(path) as office:
        assert _titles(office) == ["ก", "ข"]


def test_restore_refused_while_open_and_with_a_bad_backup(tmp_path):
    path = tmp_path / "office.db"
    with open_db(path) as office:
        _add(office, "ก")
        good = backups.create_backup(office)
        with pytest.raises(LockedError):
            backups.restore(path, good)
    bad = backups.backup_path_for(path, "manual")
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = path.read_bytes()
    with pytest.raises(BackupError) as err:
        backups.restore(path, bad)
    assert "เสียหาย" in err.value.th and path.read_bytes() == before
    # "the newest good one" skips the damaged newest backup
    assert backups.list_backups(path)[0].path == bad
    expected = backups.newest_good_backup(path).path
    assert expected != bad
    assert backups.restore(path).restored_from == expected


def test_restore_over_a_file_too_damaged_to_read(tmp_path):
    path = tmp_path / "office.db"
    with open_db(path) as office:
        _add(office, "ก")
    path.write_bytes(b"\x00" * 8192)
    Path(str(path) + "-journal").write_bytes(b"stale journal of the old content")
    res = backups.restore(path)
    assert res.safety_copy.read_bytes() == b"\x00" * 8192  # raw copy kept
    assert not Path(str(path) + "-journal").exists()
    with open_db(path) as office:
        assert _titles(office) == ["ก"]


def test_cli_backup_list_create_restore(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ITADESK_LANG", "en")
    path = tmp_path / "office.db"
    assert cli_main(["backup", "list", "--db", str(path)]) == 2  # neither file nor backups
    assert "file not found" in capsys.readouterr().err
    with open_db(path, backups=False):
        pass
    assert cli_main(["backup", "list", "--db", str(path)]) == 0
    assert "no backups" in capsys.readouterr().out
    with open_db(path) as office:
        _add(office, "ก")
    assert cli_main(["backup", "create", "--db", str(path)]) == 0
    assert "backup written to" in capsys.readouterr().out
    with open_db(path) as office:
        _add(office, "ข")
    assert cli_main(["backup", "list", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "-manual.db" in out and "made by hand" in out and "good" in out
    manual = [b for b in backups.list_backups(path) if b.reason == "manual"][0]
    assert cli_main(["backup", "restore", "--db", str(path), "--name", manual.name]) == 0
    assert "restored office.db from" in capsys.readouterr().out
    with open_db(path, backups=False) as office:
        assert _titles(office) == ["ก"]
    with open_db(path):
        assert cli_main(["backup", "restore", "--db", str(path)]) == 2  # refused while open
    err = capsys.readouterr().err
    assert "is open in itadesk by" in err
    monkeypatch.setenv("ITADESK_LANG", "th")
    assert cli_main(["backup", "list", "--db", str(path)]) == 0
    assert "สำรองข้อมูล" in capsys.readouterr().out
