"""Windows behaviour that Linux does not show, simulated (issue 15): a document open in a
reader, Thai file and folder names with a console that is not UTF-8 (cp874, cp1252), the
lock file on a file system without OS locks, paths over 260 characters, the data folder
under %LOCALAPPDATA%, and the `.itadesk` office file extension."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from itadesk.cli import main
from itadesk.demo import DEMO_YEAR, create_demo
from itadesk.storage import lock as lockmod
from itadesk.storage import outfile
from itadesk.storage.database import default_db_path, open_db
from itadesk.storage.errors import LockedError

SRC = Path(__file__).resolve().parents[1] / "src"
Y = str(DEMO_YEAR)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("win") / "สำนักงาน" / "ข้อมูล อบต.itadesk"
    path.parent.mkdir()
    with open_db(path) as office:
        create_demo(office)
    return path


# ------------------------------------------------------------------ open in a reader

def test_docx_open_in_word_is_not_replaced(demo, tmp_path, monkeypatch, capsys):
    out = tmp_path / "รายงาน" / "มาตรการ.docx"
    out.parent.mkdir()
    out.write_bytes(b"PK old document")
    real = os.replace

    def sharing_violation(src, dst):
        if os.fspath(dst) == str(out):
            err = PermissionError(13, "The process cannot access the file because it is being "
                                  "used by another process")
            err.winerror = 32
            raise err
        return real(src, dst)

    monkeypatch.setattr(outfile.os, "replace", sharing_violation)
    code = main(["render", "measures", "--db", str(demo), "--year", Y, "--format", "docx",
                 "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and str(out) in err and "Word" in err
    assert out.read_bytes() == b"PK old document"
    assert os.listdir(out.parent) == ["มาตรการ.docx"]


# ------------------------------------------------------------------ console code pages

def _run(args, encoding, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONUTF8")}
    env.update(PYTHONPATH=str(SRC), PYTHONIOENCODING=encoding, ITADESK_DATA=str(tmp_path / "d"),
               LANG="th_TH.UTF-8")
    return subprocess.run([sys.executable, "-m", "itadesk", *args], env=env,
                          capture_output=True, timeout=120)


@pytest.mark.parametrize("encoding", ["cp874", "cp1252"])
def test_thai_messages_on_a_console_that_is_not_utf8(tmp_path, encoding):
    """stdout/stderr redirected on Windows use the ANSI code page: Thai messages and paths
    with characters outside it (✓ on cp874; all Thai on cp1252) print without a crash."""
    folder = tmp_path / "งาน ✓ ปี ๒๕๖๗"
    db = folder / "สำนักงาน.itadesk"
    proc = _run(["demo", "--db", str(db)], encoding, tmp_path)
    assert proc.returncode == 0, proc.stderr.decode(encoding, "replace")
    out = proc.stdout.decode(encoding)
    if encoding == "cp874":
        assert "สร้างหน่วยงานตัวอย่างใน" in out  # Thai itself is printed as Thai
    assert db.exists()
    pdf = folder / "แผน ✓.pdf"
    proc = _run(["render", "plan", "--db", str(db), "--year", Y, "--out", str(pdf)], encoding,
                tmp_path)
    assert proc.returncode == 0, proc.stderr.decode(encoding, "replace")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    # a refusal (stderr) too
    proc = _run(["check", "--db", str(folder)], encoding, tmp_path)
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


# ------------------------------------------------------------------ lock without OS locks

def test_lock_on_a_file_system_without_os_locks(tmp_path, monkeypatch):
    """SMB/NFS mounts that refuse flock (ENOLCK) or Windows shares refusing byte-range locks:
    the O_EXCL lock file alone still keeps a second program out, and a lock left by a dead
    process is still recognised as stale."""
    import fcntl

    def no_locks(fd, op):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    db = tmp_path / "office.itadesk"
    first = lockmod.FileLock(db, heartbeat_s=0).acquire()
    try:
        assert lockmod.os_lock_free(db) is None  # unknown: no OS lock on this file system
        with pytest.raises(LockedError) as info:
            lockmod.FileLock(db, heartbeat_s=0).acquire()
        assert not info.value.stale
    finally:
        first.release()
    second = lockmod.FileLock(db, heartbeat_s=0).acquire()
    second.release()

    # a crashed holder on this computer: its pid is gone
    stale = lockmod.FileLock(db, heartbeat_s=0).acquire()
    monkeypatch.setattr(lockmod, "pid_alive", lambda pid: False)
    with pytest.raises(LockedError) as info:
        lockmod.FileLock(db, heartbeat_s=0).acquire()
    assert info.value.stale
    taker = lockmod.FileLock(db, heartbeat_s=0).acquire(take_over_stale=True)
    assert taker.taken_over is not None
    taker.release()
    os.close(stale._fd)  # the crashed program never released its lock
    stale._fd = None


def test_office_file_opens_with_os_locks_refused(tmp_path, monkeypatch):
    import fcntl

    monkeypatch.setattr(fcntl, "flock", lambda fd, op: (_ for _ in ()).throw(
        OSError(errno.ENOLCK, "No locks available")))
    path = tmp_path / "office.itadesk"
    with open_db(path) as office:
        create_demo(office)
    assert not lockmod.lock_path_for(path).exists()
    with open_db(path, create=False) as office, pytest.raises(LockedError):
        open_db(path, create=False)


# ------------------------------------------------------------------ long paths

def test_long_path_prefix_for_windows():
    deep = "C:\\Users\\สมชาย\\Documents\\" + "\\".join(["โฟลเดอร์ย่อยที่ชื่อยาวมาก"] * 12) + "\\plan.pdf"
    assert len(deep) > 260
    assert outfile.long_path(deep, windows=True) == "\\\\?\\" + deep
    unc = "\\\\server\\share\\" + "ก" * 300
    assert outfile.long_path(unc, windows=True) == "\\\\?\\UNC\\server\\share\\" + "ก" * 300
    mixed = "C:/Users/a/" + "b" * 300 + "/../c.pdf"
    assert outfile.long_path(mixed, windows=True) == "\\\\?\\C:\\Users\\a\\c.pdf"
    assert outfile.long_path("C:\\short\\plan.pdf", windows=True) == "C:\\short\\plan.pdf"
    assert outfile.long_path(deep, windows=False) == deep
    assert outfile.long_path("\\\\?\\" + deep, windows=True) == "\\\\?\\" + deep


def test_documents_written_under_a_path_over_260_characters(demo, tmp_path):
    deep = tmp_path.joinpath(*["เอกสารประกอบการประเมิน ITA ปีงบประมาณ"] * 8)
    assert len(str(deep)) > 300
    assert main(["render", "all", "--db", str(demo), "--year", Y, "--out", str(deep)]) == 0
    assert len(list(deep.glob("*.pdf"))) == 6
    pkg = deep / "ส่งอำเภอ.ita.zip"
    assert main(["export", "--db", str(demo), "--year", Y, "--out", str(pkg)]) == 0
    assert pkg.read_bytes()[:2] == b"PK"


# ------------------------------------------------------------------ %LOCALAPPDATA%

def test_data_and_log_folders_under_localappdata(monkeypatch):
    import platformdirs
    import platformdirs.windows as win

    from itadesk import logs, paths

    local = "C:\\Users\\สมชาย\\AppData\\Local"
    monkeypatch.delenv("ITADESK_DATA", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", local)
    monkeypatch.setenv("APPDATA", "C:\\Users\\สมชาย\\AppData\\Roaming")
    monkeypatch.setattr(win, "get_win_folder", win.get_win_folder_from_env_vars)
    monkeypatch.setattr(platformdirs, "PlatformDirs", win.Windows)
    data = str(paths.user_data_dir())
    assert data.startswith(local) and data.endswith("itadesk") and "Roaming" not in data
    assert str(paths.user_frameworks_dir()).startswith(local)
    assert str(logs.log_dir()).startswith(local) and "Logs" in str(logs.log_dir())
    assert str(default_db_path()).startswith(local)


# ------------------------------------------------------------------ the .itadesk extension

def test_default_office_file_of_a_new_user_and_an_existing_one(tmp_path, monkeypatch):
    monkeypatch.setenv("ITADESK_DATA", str(tmp_path))
    assert default_db_path() == tmp_path / "office.itadesk"
    old = tmp_path / "office.itadesk.db"
    old.write_bytes(b"")
    assert default_db_path() == old  # an existing user's file is never renamed


def test_old_itadesk_db_files_keep_opening_in_every_command(tmp_path):
    old = tmp_path / "office.itadesk.db"
    assert main(["demo", "--db", str(old)]) == 0
    assert main(["render", "memo", "--db", str(old), "--year", Y,
                 "--out", str(tmp_path / "m.pdf")]) == 0


@pytest.mark.gui
def test_file_new_writes_itadesk_and_open_lists_both(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []

    def save_name(parent, caption, start, filters, *a, **k):
        asked.append((start, filters))
        return str(tmp_path / "บ้านนา"), filters

    def open_name(parent, caption, start, filters, *a, **k):
        asked.append((start, filters))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    assert window.new_file()
    assert asked[0][0].endswith(".itadesk") and "*.itadesk)" in asked[0][1]
    assert (tmp_path / "บ้านนา.itadesk").exists()
    assert window.session.office.path == tmp_path / "บ้านนา.itadesk"
    window.open_file_dialog()
    assert "*.itadesk *.itadesk.db" in asked[1][1]


pytest_plugins = ("test_ui_support",)
