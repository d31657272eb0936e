"""Data safety on open and while editing: durable settings, newer-version refusal,
backup before migration, damaged files, disk full, read-only files, network shares."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from itadesk.domain.measures import Measure
from itadesk.storage import backups, fsinfo
from itadesk.storage import database as dbmod
from itadesk.storage import operations as ops
from itadesk.storage import queries as q
from itadesk.storage.database import (
    CorruptFileError,
    DiskFullError,
    NetworkShareWarning,
    NewerVersionError,
    NotItadeskFileError,
    ReadOnlyError,
    StorageError,
    open_db,
)
from itadesk.storage.lock import lock_path_for
from itadesk.storage.schema import SCHEMA_VERSION


def _measure(title: str, steps: str = "") -> Measure:
    return Measure(year=2568, target="issue:1", title=title, steps=steps)


def _titles(office) -> list[str]:
    return [m.title for m in q.load_measures(office, 2568)]


def _filled(path: Path, n: int = 3) -> Path:
    with open_db(path) as office:
        for i in range(n):
            ops.add_measure(office, _measure(f"มาตรการ {i}"))
    return path


def test_commits_are_durable_single_file(tmp_path):
    with open_db(tmp_path / "o.db") as office:
        c = office.conn
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        ops.add_measure(office, _measure("บันทึกแล้ว"))
        # after the operation returns, the .db file alone holds the edit (no side file)
        assert not Path(str(office.path) + "-journal").exists()
        assert not Path(str(office.path) + "-wal").exists()
        other = sqlite3.connect(office.path)
        assert other.execute("SELECT title FROM measures").fetchall() == [("บันทึกแล้ว",)]
        other.close()


def test_newer_version_refused_and_file_untouched(tmp_path):
    path = _filled(tmp_path / "newer.db")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 3}")
    conn.close()
    before = path.read_bytes()
    n_backups = len(backups.list_backups(path))
    with pytest.raises(NewerVersionError) as err:
        open_db(path)
    e = err.value
    assert (e.file_version, e.supported_version) == (SCHEMA_VERSION + 3, SCHEMA_VERSION)
    assert "รุ่นที่ใหม่กว่า" in e.message("th") and "newer itadesk" in e.message("en")
    assert path.read_bytes() == before
    assert not lock_path_for(path).exists()
    assert len(backups.list_backups(path)) == n_backups
    with pytest.raises(NewerVersionError):
        open_db(path, read_only=True)


def _add_migration(monkeypatch, fn):
    monkeypatch.setattr(dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS, fn])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)


def test_backup_taken_before_migration(tmp_path, monkeypatch):
    path = _filled(tmp_path / "old.db")  # written at today's version = "old" after the upgrade

    def m_next(db):
        db["notes"].create({"id": int, "text": str}, pk="id")

    _add_migration(monkeypatch, m_next)
    with open_db(path) as office:
        assert office.schema_version() == SCHEMA_VERSION + 1
        assert office.db["notes"].exists()
        assert len(_titles(office)) == 3
    [pre] = [b for b in backups.list_backups(path) if b.reason.startswith("before-migration")]
    assert pre.reason == f"before-migration-v{SCHEMA_VERSION}"
    assert pre.reason_text("th") == "ก่อนปรับรุ่นข้อมูล"
    conn = sqlite3.connect(pre.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT COUNT(*) FROM measures").fetchone()[0] == 3
    assert conn.execute("SELECT name FROM sqlite_master WHERE name='notes'").fetchall() == []
    conn.close()


def test_failed_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = _filled(tmp_path / "old.db")

    def m_broken(db):
        db["notes"].create({"id": int}, pk="id")
        raise sqlite3.OperationalError("simulated failure half-way")

    _add_migration(monkeypatch, m_broken)
    with pytest.raises(sqlite3.OperationalError):
        open_db(path)
    assert not lock_path_for(path).exists()
    monkeypatch.undo()
    with open_db(path) as office:
        assert office.schema_version() == SCHEMA_VERSION
        assert not office.db["notes"].exists()
        assert len(_titles(office)) == 3
    assert any(b.reason.startswith("before-migration") for b in backups.list_backups(path))


def _damage(path: Path) -> None:
    """Scribble over every page but the first (the header stays valid)."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(4096)
        fh.write(b"\xa5" * (size - 4096))


def test_damaged_file_refused_with_the_newest_good_backup_then_restored(tmp_path):
    path = tmp_path / "office.db"
    with open_db(path) as office:
        for i in range(40):
            ops.add_measure(office, _measure(f"มาตรการ {i}", steps="ขั้นตอน " * 50))
    good = backups.list_backups(path)[0]  # the close backup
    _damage(path)
    with pytest.raises(CorruptFileError) as err:
        open_db(path)
    e = err.value
    assert e.backup == good.path and e.backup_time == good.created
    assert "เสียหาย" in e.th and "กู้คืน" in e.th and "damaged" in e.en
    assert not lock_path_for(path).exists()
    res = backups.restore(path, e.backup)
    assert res.safety_copy is not None and res.safety_copy.exists()
    with open_db(path) as office:
        assert len(_titles(office)) == 40


def test_garbage_header_with_backups_is_damage_not_a_foreign_file(tmp_path):
    path = _filled(tmp_path / "office.db")
    with open(path, "r+b") as fh:
        fh.write(b"\x00" * 100)
    with pytest.raises(CorruptFileError) as err:
        open_db(path)
    assert err.value.backup is not None
    other = tmp_path / "letter.db"
    other.write_bytes(b"Dear sir, " * 100)
    with pytest.raises(NotItadeskFileError):
        open_db(other)


def test_damaged_without_backup_says_so(tmp_path):
    path = _filled(tmp_path / "office.db")
    for b in backups.list_backups(path):
        b.path.unlink()
    _damage(path)
    with pytest.raises(CorruptFileError) as err:
        open_db(path)
    assert err.value.backup is None and "ไม่พบสำรองข้อมูลที่สมบูรณ์" in err.value.th


def test_disk_full_gives_a_message_and_keeps_the_last_saved_state(tmp_path):
    path = _filled(tmp_path / "office.db")
    with open_db(path) as office:
        before = q.load_measures(office, 2568)
        pages = office.conn.execute("PRAGMA page_count").fetchone()[0]
        office.conn.execute(f"PRAGMA max_page_count={pages}")  # the disk is now "full"
        with pytest.raises(DiskFullError) as err:
            ops.add_measures(office, [_measure(f"ใหม่ {i}", steps="ก" * 3000) for i in range(20)])
        assert "ดิสก์เต็ม" in err.value.th and "disk is full" in err.value.en
        assert "ยังอยู่ครบ" in err.value.th
        assert q.load_measures(office, 2568) == before
        assert not office.conn.in_transaction
        office.conn.execute("PRAGMA max_page_count=1073741823")  # space freed
        ops.add_measure(office, _measure("หลังจากมีที่ว่าง"))
    with open_db(path) as office:
        assert _titles(office) == [*(m.title for m in before), "หลังจากมีที่ว่าง"]
        assert office.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_read_only_while_editing_gives_a_message_and_loses_nothing(tmp_path):
    path = _filled(tmp_path / "office.db")
    with open_db(path) as office:
        office.conn.execute("PRAGMA query_only=ON")  # the file became unwritable
        with pytest.raises(ReadOnlyError) as err:
            ops.add_measure(office, _measure("เขียนไม่ได้"))
        assert "อ่านอย่างเดียว" in err.value.th and "read-only" in err.value.en
        assert len(_titles(office)) == 3
    with open_db(path) as office:
        assert len(_titles(office)) == 3


def _as_ordinary_user(monkeypatch):
    """Root may write any file, so on a root CI let os.access answer from the permission
    bits, as it does for the ordinary user a clerk is."""
    if not (hasattr(os, "geteuid") and os.geteuid() == 0):
        return
    real = os.access

    def access(path, mode, **kw):
        if mode & os.W_OK and not os.stat(path).st_mode & stat.S_IWUSR:
            return False
        return real(path, mode, **kw)

    monkeypatch.setattr(fsinfo.os, "access", access)


def test_read_only_file_refused_for_editing_but_viewable(tmp_path, monkeypatch):
    path = _filled(tmp_path / "office.db")
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    _as_ordinary_user(monkeypatch)
    before = path.read_bytes()
    try:
        with pytest.raises(ReadOnlyError) as err:
            open_db(path)
        e = err.value
        assert e.at_open and "อ่านอย่างเดียว" in e.th and "ไม่ได้ถูกเปลี่ยนแปลง" in e.th
        assert "read-only" in e.en and "open it read-only" in e.en
        assert path.read_bytes() == before
        assert not lock_path_for(path).exists()
        with open_db(path, read_only=True) as office:  # to view and print
            assert len(_titles(office)) == 3
        assert path.read_bytes() == before
    finally:
        os.chmod(path, 0o644)


def test_read_only_folder_refused(tmp_path, monkeypatch):
    folder = tmp_path / "cd"
    path = _filled(folder / "office.db")
    os.chmod(folder, 0o555)
    _as_ordinary_user(monkeypatch)
    try:
        with pytest.raises(ReadOnlyError):
            open_db(path)
        with open_db(path, read_only=True) as office:
            assert len(_titles(office)) == 3
    finally:
        os.chmod(folder, 0o755)


def test_read_only_open_cannot_write(tmp_path):
    path = _filled(tmp_path / "office.db")
    with open_db(path, read_only=True) as office:
        assert office.read_only and office.lock is None
        with pytest.raises(ReadOnlyError):
            ops.add_measure(office, _measure("x"))
        # a read-only viewer does not stop the editor
        with open_db(path) as editor:
            ops.add_measure(editor, _measure("ผู้แก้ไข"))


def test_network_share_opens_with_a_warning(tmp_path, monkeypatch):
    share = fsinfo.NetworkShare("cifs", "//fileserver/ita (/mnt/ita)")
    monkeypatch.setattr(dbmod.fsinfo, "network_share", lambda p: share)
    with open_db(tmp_path / "office.db", wal=True) as office:
        [w] = [w for w in office.warnings if isinstance(w, NetworkShareWarning)]
        assert "เครือข่าย" in w.th and "//fileserver/ita" in w.th and "คัดลอก" in w.th
        assert "network share" in w.en and "Copy it to this computer" in w.en
        # no WAL on a share (it needs shared memory that network file systems lack)
        assert office.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_local_file_has_no_warning(tmp_path):
    with open_db(tmp_path / "office.db") as office:
        assert office.warnings == []


def test_transaction_errors_are_storage_errors_but_constraint_bugs_are_not(office_db):
    with pytest.raises(sqlite3.IntegrityError):
        with office_db.transaction() as db:
            db.execute("INSERT INTO years (year) VALUES (2568)")
            db.execute("INSERT INTO years (year) VALUES (2568)")
    assert q.list_years(office_db) == []
    assert issubclass(DiskFullError, StorageError)
