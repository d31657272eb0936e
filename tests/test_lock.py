"""One writer per file: a second program is refused with who/where/since; a crashed holder's
lock is explained and can be taken over; a holder whose lock was taken over stops writing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from itadesk.domain.measures import Measure
from itadesk.storage import lock as lockmod
from itadesk.storage import operations as ops
from itadesk.storage import queries as q
from itadesk.storage.database import LockedError, LockLostError, NotItadeskFileError, open_db
from itadesk.storage.lock import FileLock, lock_path_for, this_host

HOLDER = r"""
import sys
sys.path.insert(0, {src!r})
from itadesk.storage.database import open_db
from itadesk.storage import operations as ops
from itadesk.domain.measures import Measure
office = open_db({path!r})
ops.add_measure(office, Measure(year=2568, target="issue:1", title="saved by the first program"))
print("READY", flush=True)
sys.stdin.readline()
office.close()
print("CLOSED", flush=True)
"""


def _holder(path: Path) -> subprocess.Popen:
    src = str(Path(__file__).resolve().parents[1] / "src")
    proc = subprocess.Popen([sys.executable, "-c", HOLDER.format(src=src, path=str(path))],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "READY"
    return proc


def _write_lock(path: Path, host: str, pid: int, age_s: float, since: datetime | None = None,
                token: str = "someone-else") -> Path:
    lp = lock_path_for(path)
    since = since or datetime(2024, 11, 22, 9, 30)
    lp.write_text(json.dumps({"user": "somchai", "host": host, "pid": pid,
                              "since": since.isoformat(), "heartbeat": since.isoformat(),
                              "token": token}), encoding="utf-8")
    t = time.time() - age_s
    os.utime(lp, (t, t))
    return lp


def test_second_program_is_refused_with_who_and_since_then_takes_over_after_a_crash(tmp_path):
    path = tmp_path / "office.db"
    proc = _holder(path)
    try:
        with pytest.raises(LockedError) as err:
            open_db(path)
        e = err.value
        assert (e.pid, e.host, e.stale) == (proc.pid, this_host(), False)
        assert e.holder and isinstance(e.since, datetime)
        assert abs((datetime.now() - e.since).total_seconds()) < 60
        assert this_host() in e.th and "กำลังเปิดใช้งานอยู่โดย" in e.th and "ตั้งแต่" in e.th
        assert this_host() in e.en and "since" in e.en
        # even asking to take over does not break a live lock
        with pytest.raises(LockedError) as err:
            open_db(path, take_over_stale_lock=True)
        assert not err.value.stale
    finally:
        proc.kill()  # SIGKILL: no chance to clean up, the lock file stays behind
        proc.wait()
    assert lock_path_for(path).exists()
    with pytest.raises(LockedError) as err:
        open_db(path)
    e = err.value
    assert e.stale and e.stale_reason == "dead_process" and e.pid == proc.pid
    assert "ไม่ได้ทำงานอยู่แล้ว" in e.th and "no longer running" in e.en
    with open_db(path, take_over_stale_lock=True) as office:
        assert office.took_over is not None and office.took_over.pid == proc.pid
        assert [m.title for m in q.load_measures(office, 2568)] == ["saved by the first program"]
        ops.add_measure(office, Measure(year=2568, target="issue:1", title="after take-over"))
    assert not lock_path_for(path).exists()  # a normal close releases the lock


def test_lock_released_on_close_lets_the_next_program_in(tmp_path):
    path = tmp_path / "office.db"
    proc = _holder(path)
    proc.stdin.write("\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "CLOSED"
    proc.wait()
    assert not lock_path_for(path).exists()
    with open_db(path) as office:
        assert office.took_over is None
        assert len(q.load_measures(office, 2568)) == 1


def test_same_program_twice_is_refused(tmp_path):
    path = tmp_path / "office.db"
    with open_db(path):
        with pytest.raises(LockedError) as err:
            open_db(path)
        assert err.value.pid == os.getpid() and not err.value.stale


def test_other_computer_fresh_lock_refused_old_heartbeat_stale(tmp_path):
    path = tmp_path / "office.db"
    open_db(path).close()
    _write_lock(path, "PC-FINANCE", 4242, age_s=10)
    with pytest.raises(LockedError) as err:
        open_db(path, take_over_stale_lock=True)
    e = err.value
    assert not e.stale and e.host == "PC-FINANCE" and e.holder == "somchai"
    assert e.since == datetime(2024, 11, 22, 9, 30)
    assert "PC-FINANCE" in e.th and "22 พ.ย. 2567 เวลา 09:30 น." in e.th
    _write_lock(path, "PC-FINANCE", 4242, age_s=lockmod.STALE_AFTER_S + 60)
    with pytest.raises(LockedError) as err:
        open_db(path)
    assert err.value.stale and err.value.stale_reason == "old_heartbeat"
    assert "ไม่ตอบสนองมานาน" in err.value.th
    with open_db(path, take_over_stale_lock=True) as office:
        assert office.took_over.host == "PC-FINANCE"
        assert json.loads(lock_path_for(path).read_text())["host"] == this_host()


def test_same_host_lock_without_os_lock_is_stale_even_if_pid_reused(tmp_path):
    path = tmp_path / "office.db"
    # our own pid is alive, but nobody holds the lock file's OS lock: a reused pid
    _write_lock(path, this_host(), os.getpid(), age_s=1)
    with pytest.raises(LockedError) as err:
        open_db(path)
    assert err.value.stale and err.value.stale_reason == "dead_process"


@pytest.mark.skipif(sys.platform == "win32", reason="holds the OS lock by hand (POSIX)")
def test_unreadable_lock_file(tmp_path):
    path = tmp_path / "office.db"
    lp = lock_path_for(path)
    lp.write_bytes(b"")  # a holder killed between creating the lock file and writing it...
    fd = os.open(lp, os.O_RDWR)
    try:
        assert lockmod._os_lock(fd)  # ...or one still writing it: its OS lock is held
        with pytest.raises(LockedError) as err:
            open_db(path, take_over_stale_lock=True)
        assert not err.value.stale and "โปรแกรมอื่น" in err.value.th
    finally:
        os.close(fd)
    with pytest.raises(LockedError) as err:
        open_db(path)
    assert err.value.stale and err.value.stale_reason == "unreadable"
    open_db(path, take_over_stale_lock=True).close()


def test_heartbeat_refreshes_the_lock(tmp_path):
    path = tmp_path / "office.db"
    held = FileLock(path, heartbeat_s=0.05).acquire()
    try:
        lp = lock_path_for(path)
        old = time.time() - 3600
        os.utime(lp, (old, old))
        deadline = time.time() + 5
        while time.time() < deadline and lp.stat().st_mtime < old + 1:
            time.sleep(0.02)
        assert lp.stat().st_mtime > old + 1000
        info = lockmod.read_lock(path)
        assert info.age_s < 60 and info.token == held.token
    finally:
        held.release()
    assert not lp.exists()


def test_a_holder_whose_lock_was_taken_over_stops_writing(tmp_path, monkeypatch):
    path = tmp_path / "office.db"
    office = open_db(path)
    try:
        ops.add_measure(office, Measure(year=2568, target="issue:1", title="before"))
        # another computer decided we were dead (say this PC was asleep) and took over
        lock_path_for(path).unlink()
        _write_lock(path, "PC-OTHER", 77, age_s=0, token="theirs")
        monkeypatch.setattr(lockmod, "VERIFY_EVERY_S", 0.0)
        office.lock._verified_at = 0.0
        with pytest.raises(LockLostError) as err:
            ops.add_measure(office, Measure(year=2568, target="issue:1", title="after"))
        assert "PC-OTHER" in err.value.th and "ไม่ได้บันทึก" in err.value.th
        assert [m.title for m in q.load_measures(office, 2568)] == ["before"]
    finally:
        office.close()
    # closing did not delete the other computer's lock
    assert json.loads(lock_path_for(path).read_text())["token"] == "theirs"


def test_refused_open_leaves_no_lock_behind(tmp_path):
    path = tmp_path / "office.db"
    path.write_bytes(b"not a database at all")
    with pytest.raises(NotItadeskFileError):
        open_db(path)
    assert not lock_path_for(path).exists()


def test_time_formats_in_messages():
    e = LockedError(Path("x.db"), "a", "b", 1, datetime(2025, 1, 2, 13, 5) + timedelta(0))
    assert "2 ม.ค. 2568 เวลา 13:05 น." in e.th and "02 Jan 2025 13:05" in e.en
