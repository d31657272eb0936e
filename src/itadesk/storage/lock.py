"""One writer per data file: a lock file beside it, created atomically, with a heartbeat.

`office.db` is held by `office.db.lock`, created with O_CREAT|O_EXCL (atomic on local disks
and on SMB/NFS, where OS locks may not cross computers) and holding JSON: user, host, pid,
since, heartbeat, token. While the file is open:

- a daemon thread rewrites the heartbeat every `HEARTBEAT_S` seconds (this also refreshes the
  lock file's modification time, which is set by the file server's clock);
- the lock file's descriptor also holds an OS lock (flock on POSIX, a byte-range lock on
  Windows), which the OS drops when the process dies — a second, independent sign of life.

A lock found on open is *stale* (left by a program that is gone) when it was written on this
computer by a process that no longer runs (or whose OS lock is free, i.e. the pid was reused),
or, from another computer, when its heartbeat is older than `STALE_AFTER_S` measured by the
file server's clock (a probe file's mtime), so that clocks of different PCs do not matter.
A live lock always refuses with `LockedError`; a stale one refuses too (with `stale=True` and
an explanation) unless the caller passes `take_over_stale=True` (the GUI asks the user first).

Take-over renames the stale lock aside (only one contender can win the rename) and then
creates a fresh one with O_EXCL. The previous holder, if it comes back (a laptop waking up),
finds its token gone and refuses further writes with `LockLostError`.

API: `FileLock(db_path).acquire(take_over_stale=False)`, `.verify()`, `.release()`,
`.taken_over` (the stale `LockInfo` replaced, or None); `read_lock(db_path)` and
`examine(db_path)` for display.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
import time
import weakref
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .errors import LockedError, LockLostError, translate

HEARTBEAT_S = 30.0
STALE_AFTER_S = 120.0
VERIFY_EVERY_S = 2.0
_WIN_LOCK_OFFSET = 1 << 30  # Windows byte-range locks are mandatory: lock a byte past the JSON


def lock_path_for(db_path: str | os.PathLike) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".lock")


def this_host() -> str:
    import socket

    return socket.gethostname() or os.environ.get("COMPUTERNAME", "") or "?"


def this_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — no login name (service, container)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


@dataclass
class LockInfo:
    user: str = "?"
    host: str = "?"
    pid: int | None = None
    since: datetime | None = None
    heartbeat: datetime | None = None
    token: str = ""
    version: str = ""
    age_s: float | None = None   # seconds since the lock file was last refreshed (server clock)
    readable: bool = True


def _parse_time(value) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _fs_now(folder: Path) -> float:
    """The file server's idea of "now": the mtime of a file we just wrote there."""
    probe = folder / f".itadesk-clock-{os.urandom(4).hex()}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        try:
            os.write(fd, b"t")
            return os.fstat(fd).st_mtime
        finally:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(probe)
    except OSError:
        return time.time()


def read_lock(db_path: str | os.PathLike, tries: int = 4, age: bool = True) -> LockInfo | None:
    """The lock on `db_path` as written by its holder, or None when there is none."""
    return read_lock_file(lock_path_for(db_path), tries, age)


def read_lock_file(lp: Path, tries: int = 4, age: bool = True) -> LockInfo | None:
    info = None
    for attempt in range(tries):
        try:
            with open(lp, "rb") as fh:
                raw = fh.read(65536)
                mtime = os.fstat(fh.fileno()).st_mtime
        except FileNotFoundError:
            return None
        except OSError:
            raw, mtime = b"", time.time()
        import json  # only when a lock file is there to read

        try:
            d = json.loads(raw.decode("utf-8"))
            if not isinstance(d, dict):
                raise ValueError
            pid = d.get("pid")
            info = LockInfo(user=str(d.get("user", "?")), host=str(d.get("host", "?")),
                            pid=int(pid) if isinstance(pid, int) else None,
                            since=_parse_time(d.get("since")),
                            heartbeat=_parse_time(d.get("heartbeat")),
                            token=str(d.get("token", "")), version=str(d.get("version", "")))
            break
        except (ValueError, UnicodeDecodeError):
            # maybe caught half-way through a heartbeat rewrite: look again
            info = LockInfo(readable=False)
            if attempt + 1 < tries:
                time.sleep(0.05)
    assert info is not None
    if age:
        info.age_s = max(0.0, _fs_now(lp.parent) - mtime)
    return info


def pid_alive(pid: int | None) -> bool:
    if not pid or pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


def _os_lock(fd: int) -> bool:
    """Take the OS-level lock on the lock file (non-blocking). False if someone holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            pos = os.lseek(fd, 0, os.SEEK_CUR)
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            finally:
                os.lseek(fd, pos, os.SEEK_SET)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except (BlockingIOError, PermissionError):
        return False


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def os_lock_free(db_path: str | os.PathLike) -> bool | None:
    """True when nobody holds the OS lock of the lock file, False when held, None if unknown."""
    lp = lock_path_for(db_path)
    try:
        fd = os.open(lp, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        got = _os_lock(fd)
        if got:
            _os_unlock(fd)
        return got
    except OSError:
        return None
    finally:
        os.close(fd)


def examine(db_path: str | os.PathLike, stale_after_s: float = STALE_AFTER_S
            ) -> tuple[LockInfo, bool, str | None] | None:
    """(info, stale, reason) for the lock on `db_path`, or None when the file is not locked."""
    info = read_lock(db_path)
    if info is None:
        return None
    free = os_lock_free(db_path)
    same_host = info.host.lower() == this_host().lower()
    if not info.readable:
        # unreadable after several looks: abandoned half-written (its OS lock is free) or old
        stale = free is True or ((info.age_s or 0) > stale_after_s and free is not False)
        return info, stale, "unreadable" if stale else None
    if same_host:
        if not pid_alive(info.pid) or free is True:
            return info, True, "dead_process"
        return info, False, None
    if free is False:
        return info, False, None
    if (info.age_s or 0) > stale_after_s:
        return info, True, "old_heartbeat"
    return info, False, None


def _locked_error(db_path: Path, info: LockInfo, stale: bool, reason: str | None) -> LockedError:
    return LockedError(db_path, holder=info.user, host=info.host, pid=info.pid, since=info.since,
                       stale=stale, stale_reason=reason, heartbeat=info.heartbeat,
                       same_host=info.host.lower() == this_host().lower())


class FileLock:
    """The lock of one data file held by this process (see the module docstring)."""

    def __init__(self, db_path: str | os.PathLike, heartbeat_s: float = HEARTBEAT_S,
                 stale_after_s: float = STALE_AFTER_S):
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self.heartbeat_s = heartbeat_s
        self.stale_after_s = stale_after_s
        self.token = os.urandom(16).hex()  # what secrets.token_hex(16) does
        self.since = datetime.now().replace(microsecond=0)
        self.taken_over: LockInfo | None = None
        self.lost: LockInfo | None = None   # who took our lock, once we notice
        self._fd: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._io = threading.Lock()
        self._verified_at = 0.0

    @property
    def held(self) -> bool:
        return self._fd is not None and self.lost is None

    def _content(self) -> bytes:
        import json

        from .. import __version__

        d = {"app": "itadesk", "version": __version__, "user": this_user(), "host": this_host(),
             "pid": os.getpid(), "since": self.since.isoformat(),
             "heartbeat": datetime.now().isoformat(timespec="seconds"), "token": self.token}
        return json.dumps(d, ensure_ascii=False).encode("utf-8")

    def _create(self) -> int:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        # the OS lock first: a lock file still empty (its creator died before writing it) is
        # then recognisably abandoned. Best effort: some network file systems refuse OS locks.
        with contextlib.suppress(OSError):
            _os_lock(fd)
        try:
            os.write(fd, self._content())
            os.fsync(fd)
        except OSError:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            raise
        return fd

    def acquire(self, take_over_stale: bool = False) -> FileLock:
        """Take the lock or raise LockedError (DiskFullError/ReadOnlyError when it cannot be written)."""
        for _attempt in range(5):
            try:
                self._fd = self._create()
            except FileExistsError:
                pass
            except OSError as exc:
                raise (translate(exc, self.db_path) or exc) from exc
            else:
                self._verified_at = time.monotonic()
                self._start_heartbeat()
                return self
            found = examine(self.db_path, self.stale_after_s)
            if found is None:
                continue  # released meanwhile
            info, stale, reason = found
            if not stale or not take_over_stale:
                raise _locked_error(self.db_path, info, stale, reason)
            if self._move_aside(info):
                self.taken_over = info
        found = examine(self.db_path, self.stale_after_s)
        if found is not None:
            raise _locked_error(self.db_path, *found)
        raise LockedError(self.db_path, "?", "?", None, None)

    def _move_aside(self, info: LockInfo) -> bool:
        aside = self.path.with_name(f"{self.path.name}.stale-{self.token[:8]}")
        try:
            os.replace(self.path, aside) if sys.platform != "win32" else os.rename(self.path, aside)
        except FileNotFoundError:
            return False
        except OSError:
            time.sleep(0.1)
            return False
        moved = read_lock_file(aside, tries=1, age=False)
        if moved is not None and info.readable and moved.token != info.token:
            # someone else took over between our look and our rename: give theirs back
            with contextlib.suppress(OSError):
                if sys.platform == "win32":
                    os.rename(aside, self.path)
                else:
                    os.link(aside, self.path)
        with contextlib.suppress(OSError):
            os.unlink(aside)
        return moved is not None and (not info.readable or moved.token == info.token)

    # ------------------------------------------------------------------ while held

    def _start_heartbeat(self) -> None:
        _HELD.add(self)
        if self.heartbeat_s <= 0:
            return
        # the thread holds only a weak reference, so a forgotten lock is still released by GC
        self._thread = threading.Thread(target=_beat_loop, args=(weakref.ref(self), self._stop,
                                        self.heartbeat_s), name="itadesk-lock-heartbeat", daemon=True)
        self._thread.start()

    def _still_ours(self) -> bool:
        info = read_lock(self.db_path, age=False)
        if info is None:
            # somebody deleted the lock file by hand: put ours back if we still can
            try:
                fd = self._create()
            except OSError:
                self.lost = read_lock(self.db_path) or LockInfo()
                return False
            with self._io:
                old, self._fd = self._fd, fd
            if old is not None:
                with contextlib.suppress(OSError):
                    os.close(old)
            return True
        if info.readable and info.token != self.token:
            self.lost = info
            return False
        return True

    def beat(self) -> None:
        """Refresh the heartbeat (called by the thread; public for tests)."""
        if self._fd is None or self.lost is not None or not self._still_ours():
            return
        data = self._content()
        with self._io:
            if self._fd is None:
                return
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, data)
            os.ftruncate(self._fd, len(data))
            os.fsync(self._fd)
        self._verified_at = time.monotonic()

    def verify(self, max_age_s: float | None = None) -> None:
        """Raise LockLostError when another program has taken the file over (the lock file is
        re-read at most every `VERIFY_EVERY_S` seconds)."""
        if self._fd is None:
            return
        if max_age_s is None:
            max_age_s = VERIFY_EVERY_S
        if self.lost is None and time.monotonic() - self._verified_at >= max_age_s:
            self._still_ours()
            self._verified_at = time.monotonic()
        if self.lost is not None:
            raise LockLostError(self.db_path, self.lost.user if self.lost.readable else "",
                                self.lost.host if self.lost.readable else "")

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None
        with self._io:
            fd, self._fd = self._fd, None
        if fd is None:
            return
        ours = self.lost is None
        if ours:
            info = read_lock(self.db_path, tries=2, age=False)
            ours = info is not None and (not info.readable or info.token == self.token)
        if sys.platform == "win32":
            _os_unlock(fd)
            os.close(fd)
            if ours:
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
        else:
            if ours:
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
            os.close(fd)

    def __del__(self):  # a lock never released explicitly (the file was not closed)
        with contextlib.suppress(Exception):
            if self._fd is not None:
                self.release()


_HELD: weakref.WeakSet[FileLock] = weakref.WeakSet()


def _beat_loop(ref, stop: threading.Event, every: float) -> None:
    while not stop.wait(every):
        lock = ref()
        if lock is None:
            return
        try:
            lock.beat()
        except Exception:  # noqa: BLE001 — a failed beat must not kill the program
            import logging

            logging.getLogger(__name__).warning("lock heartbeat of %s failed", lock.path,
                                                exc_info=True)
        if lock.lost is not None:
            return
        del lock


@atexit.register
def _release_all() -> None:
    """A normal exit releases every lock still held (a crash leaves a stale one)."""
    for lock in list(_HELD):
        with contextlib.suppress(Exception):
            lock.release()
