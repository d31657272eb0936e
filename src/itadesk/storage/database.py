"""Opening, creating and migrating an office's SQLite file — safely.

    office = open_db(path)                       # or open_db(path, take_over_stale_lock=True)
    office.warnings                              # [NetworkShareWarning, BackupError, ...] to show
    office.took_over                             # the stale lock replaced (LockInfo) or None
    with office.transaction() as db: ...         # one named operation (see operations.py)
    office.close()                               # takes a last backup if anything changed

Refusals are `StorageError` subclasses with Thai and English messages (see `errors.py`):
`LockedError` (another copy holds the file; `.stale` when it crashed — then offer
`take_over_stale_lock=True`), `NewerVersionError`, `CorruptFileError` (with `.backup`, the
newest good backup to offer for `backups.restore`), `ReadOnlyError` (offer
`open_db(path, read_only=True)` to view and print), `NotItadeskFileError`. During editing
`transaction()` turns low-level failures into `DiskFullError`, `ReadOnlyError`,
`LockLostError` or a plain `StorageError`; the transaction is rolled back and everything saved
before stays intact.

Journal and sync settings (why): the rollback journal (journal_mode=DELETE) with
synchronous=FULL. An operation returns only after its COMMIT, and with FULL the journal and
then the database are fsync'ed before COMMIT returns, so an edit reported saved survives a
crash or a power cut (on macOS `fullfsync` also flushes the drive's cache). We prefer the
rollback journal to WAL because after every commit the single `.db` file is complete on its
own: clerks copy the file with Explorer, onto USB sticks and into e-mails, often while the
program is open, and a WAL file would leave recent edits in a `-wal` side file that a copy
misses; WAL also needs shared memory that network shares do not provide. Its concurrency
advantage is useless here because one writer holds the file (lock.py). A crash mid-commit
leaves a "hot" journal that SQLite rolls back on the next open, restoring the last commit.
`wal=True` is still accepted (local files only) for callers that want it.

Every open runs `PRAGMA quick_check` (a few milliseconds for an office file) and refuses a
damaged file with `CorruptFileError` naming the newest good backup instead of crashing later.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ItadeskError
from . import fsinfo
from .errors import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    BackupError,
    CorruptFileError,
    DiskFullError,
    ForeignSqlError,
    ForeignSqlRemoved,
    HotJournalError,
    LockedError,
    LockLostError,
    NetworkShareWarning,
    NewerVersionError,
    NotItadeskFileError,
    ReadOnlyError,
    StorageError,
    StructureError,
    sqlite_code,
    translate,
)
from .lock import FileLock
from .schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils

APP_ID = 0x49544144  # "ITAD" in PRAGMA application_id marks our files
SQLITE_MAGIC = b"SQLite format 3\x00"

__all__ = [
    "APP_ID", "OfficeDB", "open_db", "migrate", "default_db_path", "copy_file", "quick_check",
    "StorageError", "LockedError", "LockLostError", "NewerVersionError", "CorruptFileError",
    "NotItadeskFileError", "DiskFullError", "ReadOnlyError", "BackupError", "NetworkShareWarning",
]


def _sqlite_utils():
    """sqlite-utils, imported when something writes (or migrates) the file: reading an office
    (a print, an export) needs only sqlite3, and importing sqlite-utils costs ~70 ms."""
    import sqlite_utils
    import sqlite_utils.plugins

    # itadesk uses no sqlite-utils plugins: without this, every Database() of a new process
    # scans the entry points of every installed package for them (~20 ms).
    sqlite_utils.plugins._plugins_loaded = True
    return sqlite_utils


def default_db_path() -> Path:
    """The office file of a user who never chose one: `office.itadesk` (the extension
    Windows associates with itadesk); a user who already has the older `office.itadesk.db`
    keeps it — it is never renamed."""
    from ..paths import user_data_dir

    folder = user_data_dir()
    old = folder / "office.itadesk.db"
    return old if old.exists() else folder / "office.itadesk"


class OfficeDB:
    """An open office file. Use as a context manager or call close()."""

    def __init__(self, db: sqlite_utils.Database | sqlite3.Connection, path: Path | None):
        # `db` (the sqlite-utils Database used by operations and migrations) is made on first
        # use from the connection: reading needs only `conn` (see queries.py)
        if isinstance(db, sqlite3.Connection):
            self._conn, self._db = db, None
        else:
            self._conn, self._db = db.conn, db
        self.path = path
        self.on_change: list[Callable[[str], None]] = []  # listeners told after each commit
        self.warnings: list[ItadeskError] = []  # shown by the GUI after opening
        self.lock: FileLock | None = None
        self.took_over = None  # LockInfo of a stale lock this open replaced
        self.read_only = False
        self.network = None  # fsinfo.NetworkShare when the file is on a share
        self.auto_backups = False
        self.last_backup_at = time.monotonic()  # for backups.maybe_backup
        self.changes_at_backup = 0
        self._closed = False

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = _sqlite_utils().Database(self._conn)
        return self._db

    def query(self, sql: str, params=()):
        """Rows of `sql` as dicts (what sqlite-utils' `db.query` yields), with sqlite3 only."""
        cur = self._conn.execute(sql, params)
        keys = [d[0] for d in cur.description or ()]
        for row in cur:
            yield dict(zip(keys, row, strict=True))

    def changes(self) -> int:
        """Rows changed through this connection since it was opened."""
        return self.conn.total_changes

    @contextmanager
    def transaction(self):
        """One named operation = one transaction: all of it is saved, or none of it.

        Disk trouble becomes DiskFullError / ReadOnlyError / StorageError (rolled back, the
        last saved state intact); a lock taken over by another computer gives LockLostError.
        """
        if self.read_only:
            raise ReadOnlyError(self.path)
        nested = self.conn.in_transaction
        if self.lock is not None and not nested:
            self.lock.verify()
        try:
            with self.db.atomic():
                yield self.db
        except (sqlite3.Error, OSError) as exc:
            if nested:
                raise
            with contextlib.suppress(sqlite3.Error):
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
            err = translate(exc, self.path)
            if err is None:
                raise
            raise err from exc

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        """Close the file: a last backup if anything changed since the previous one, then the
        lock is released. Never raises (a failed backup leaves the data file as saved)."""
        if self._closed:
            return
        self._closed = True
        try:
            if self.auto_backups and self.path is not None and not self.read_only:
                from . import backups

                with contextlib.suppress(ItadeskError, sqlite3.Error, OSError):
                    backups.maybe_backup(self, min_interval_s=0, reason="close")
        finally:
            try:
                self.conn.close()
            except sqlite3.Error:
                pass
            if self.lock is not None:
                self.lock.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _header(path: Path) -> bytes | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as fh:
        return fh.read(100)


def _check_file(path: Path) -> None:
    """Refuse a file that is not SQLite or not ours before SQLite touches it."""
    head = _header(path)
    if head is None or head[:16] == SQLITE_MAGIC:
        return
    from .backups import newest_good_backup

    good = newest_good_backup(path)
    if good is not None or head.strip(b"\x00") == b"":
        raise _corrupt(path, "bad header", good)
    raise NotItadeskFileError(path)


def _corrupt(path: Path, detail: str, good=None) -> CorruptFileError:
    from .backups import newest_good_backup

    if good is None:
        good = newest_good_backup(path)
    return CorruptFileError(path, good.path if good else None, detail,
                            good.created if good else None)


def quick_check(conn: sqlite3.Connection) -> str:
    """'ok', or the first problems PRAGMA quick_check reports."""
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    text = "; ".join(str(r[0]) for r in rows)
    return text or "no answer"


def open_db(path: str | Path | None, *, create: bool = True, backup_before_migrate: bool = True,
            wal: bool = False, take_over_stale_lock: bool = False, lock: bool = True,
            backups: bool = True, read_only: bool = False, check_integrity: bool = True) -> OfficeDB:
    """Open (or create) an office file; see the module docstring for what can be refused.

    take_over_stale_lock: replace a lock left by a crashed program (ask the user first).
    lock: hold the one-writer lock (tests and tools that know better may say False).
    backups: a backup on open (when the file changed since the newest one) and on close.
    read_only: open for viewing and printing only — no lock, no migration, no backups.
    """
    if path is None or str(path) == ":memory:":
        office = OfficeDB(sqlite3.connect(":memory:"), None)
        _configure(office, wal=False)
        migrate(office, backup=False)
        return office
    path = Path(path)
    if not path.exists() and not create:
        raise StorageError(f"ไม่พบไฟล์ {path}", f"file not found: {path}")
    if read_only:
        return _open_read_only(path, check_integrity)
    if path.exists() and not fsinfo.folder_writable(path):
        raise ReadOnlyError(path, at_open=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise (translate(exc, path) or StorageError(
            f"สร้างโฟลเดอร์ {path.parent} ไม่ได้ ({exc})", f"cannot create folder {path.parent} ({exc})"
        )) from exc
    if not fsinfo.folder_writable(path):
        raise ReadOnlyError(path, at_open=True)
    network = fsinfo.network_share(path)
    held = FileLock(path).acquire(take_over_stale=take_over_stale_lock) if lock else None
    office = None
    try:
        existed = _header(path) is not None
        _check_file(path)
        try:
            conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
        except sqlite3.Error as exc:
            raise (translate(exc, path) or StorageError(
                f"เปิดไฟล์ {path.name} ไม่ได้ ({exc})", f"cannot open {path.name} ({exc})")) from exc
        office = OfficeDB(conn, path)
        office.lock = held
        office.took_over = held.taken_over if held else None
        office.network = network
        if network is not None:
            office.warnings.append(NetworkShareWarning(path, network.kind, network.where))
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = office.schema_version()
            has_office = _has_table(office, "office")
        except sqlite3.DatabaseError as exc:
            code = translate(exc, path)
            if isinstance(code, CorruptFileError):
                raise _corrupt(path, str(exc)) from exc
            raise (code or _corrupt(path, str(exc))) from exc
        _check_identity(office.conn, path, app_id, version, has_office)
        if check_integrity and existed:
            result = quick_check(conn)
            if result != "ok":
                raise _corrupt(path, result)
        foreign = _check_structure(office.conn, path, version)
        if foreign:
            _remove_foreign(office, foreign)
        _configure(office, wal=wal and network is None)
        migrate(office, backup=backup_before_migrate)
        office.changes_at_backup = office.changes()
        if backups:
            office.auto_backups = True
            if existed:
                from . import backups as bk

                try:
                    bk.backup_if_changed_since_last(office, reason="open")
                except ItadeskError as exc:
                    office.warnings.append(exc)
        return office
    except BaseException as exc:
        if office is not None:
            with contextlib.suppress(sqlite3.Error):
                office.conn.close()
        if held is not None:
            held.release()
        if isinstance(exc, (sqlite3.Error, OSError)) and not isinstance(exc, ItadeskError):
            err = translate(exc, path)
            if err is not None:
                raise err from exc
        raise


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the header of a rollback journal


def hot_journal(path: Path) -> bool:
    """True when `<db>-journal` holds a transaction that was never committed: it exists, is
    not empty and starts with a valid journal header (SQLite zeroes or deletes it on commit).
    A writer still working also has one; SQLite itself tells the two apart by its locks."""
    try:
        with open(str(path) + "-journal", "rb") as fh:
            return fh.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def _roll_back_hot_journal(path: Path) -> None:
    """Undo a transaction a crashed writer left half-done, before a read-only open reads the
    file: a plain connection's first read makes SQLite roll the journal back (only when no
    writer holds the file: a working program's journal is left alone). When the folder or the
    file cannot be written, the half-written pages cannot be undone: refuse, rather than show
    uncommitted text as if saved (which `immutable=1` would)."""
    if not hot_journal(path):
        return
    if fsinfo.folder_writable(path) and os.access(path, os.W_OK):
        try:
            conn = sqlite3.connect(str(path), timeout=5.0)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            pass  # judged below: still hot means it could not be rolled back
        if not hot_journal(path) or _journal_in_use(path):
            return
    raise HotJournalError(path)


def _journal_in_use(path: Path) -> bool:
    """A writer holds the file right now (its journal is not a crash's): the reserved lock
    SQLite takes for a transaction is held."""
    try:
        conn = sqlite3.connect(str(path), timeout=0)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def _open_read_only(path: Path, check_integrity: bool) -> OfficeDB:
    _check_file(path)
    _roll_back_hot_journal(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if sqlite_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):  # a writer is saving right now
            raise (translate(exc, path) or StorageError(str(exc), str(exc))) from exc
        # a read-only folder cannot hold SQLite's lock side files: promise nobody writes —
        # never over a hot journal, whose uncommitted pages that would show as saved
        if hot_journal(path):
            raise HotJournalError(path) from None
        try:
            conn = sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise _corrupt(path, str(exc)) from exc
    office = OfficeDB(conn, path)
    office.read_only = True
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            has_office = _has_table(office, "office")
        except sqlite3.DatabaseError as exc:
            raise _corrupt(path, str(exc)) from exc
        _check_identity(conn, path, app_id, version, has_office)
        if version < SCHEMA_VERSION:
            raise StorageError(
                f"ไฟล์ {path.name} เป็นรุ่นเก่า ต้องปรับรุ่นก่อนใช้งาน จึงเปิดแบบอ่านอย่างเดียวไม่ได้ "
                f"กรุณาคัดลอกไฟล์ไปไว้ในโฟลเดอร์ที่เขียนได้แล้วเปิดตามปกติ",
                f"{path.name} uses an older data format that must be updated first, which a "
                f"read-only open cannot do; copy it to a writable folder and open it normally",
            )
        if check_integrity:
            result = quick_check(conn)
            if result != "ok":
                raise _corrupt(path, result)
        foreign = _check_structure(conn, path, version)
        if foreign:  # a read-only open may not remove them; their SQL must not be trusted
            raise ForeignSqlError(path, [name for _kind, name in foreign])
    except BaseException:
        conn.close()
        raise
    return office


def _check_identity(conn: sqlite3.Connection, path: Path, app_id: int, version: int,
                    has_office: bool) -> None:
    """Ours, of a version we know, and with a data version when it holds tables."""
    if app_id not in (0, APP_ID) or (app_id == 0 and version > 0 and not has_office):
        raise NotItadeskFileError(path)
    if version > SCHEMA_VERSION:
        raise NewerVersionError(path, version, SCHEMA_VERSION)
    if version <= 0:
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master "
                                  "WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise _corrupt(path, str(exc)) from exc
        if version < 0 or tables:
            if app_id != APP_ID and not has_office:
                raise NotItadeskFileError(path)
            raise _structure_error(path, [f"data version {version} in a file holding tables"])


def _check_structure(conn: sqlite3.Connection, path: Path, version: int) -> list[tuple[str, str]]:
    """The foreign SQL objects to remove; a structure that differs from ours is refused."""
    if version <= 0:
        return []
    from . import structure

    try:
        diff = structure.compare(conn, version)
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, str(exc)) from exc
    if diff.mismatches:
        raise _structure_error(path, diff.mismatches)
    return diff.foreign


def _structure_error(path: Path, problems: list[str]) -> StructureError:
    from .backups import newest_good_backup

    good = newest_good_backup(path)
    return StructureError(path, good.path if good else None, "; ".join(problems),
                          good.created if good else None)


def _remove_foreign(office: OfficeDB, foreign: list[tuple[str, str]]) -> None:
    """Triggers, views or indexes itadesk did not create: the file is backed up as it came,
    then they are dropped, and the clerk is told (office.warnings)."""
    from . import backups, structure

    saved = backups.create_backup(office, reason="before-removing-foreign-sql")
    try:
        structure.drop_foreign(office.conn, foreign)
    except sqlite3.Error as exc:
        raise (translate(exc, office.path) or _corrupt(office.path, str(exc))) from exc
    office.warnings.append(ForeignSqlRemoved(office.path, [n for _k, n in foreign], saved))


def _has_table(office: OfficeDB, name: str) -> bool:
    return office.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                               [name]).fetchone() is not None


def _configure(office: OfficeDB, wal: bool) -> None:
    conn = office.conn
    isolation = conn.isolation_level  # autocommit for the PRAGMAs (sqlite-utils'
    conn.isolation_level = None       # ensure_autocommit_on, without importing it)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        if office.path is not None:
            mode = "wal" if wal else "delete"
            conn.execute(f"PRAGMA journal_mode={mode}")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA fullfsync=ON")  # macOS: flush the drive cache too
            conn.execute("PRAGMA checkpoint_fullfsync=ON")
    finally:
        conn.isolation_level = isolation


def backup_path_for(path: Path, reason: str) -> Path:
    from .backups import backup_path_for as _bp

    return _bp(path, reason)


def backup_to(office: OfficeDB, target: Path) -> Path:
    """A consistent, verified copy through SQLite's online backup API (safe while open)."""
    from .backups import write_verified_copy

    return write_verified_copy(office.conn, Path(target), office.path)


def migrate(office: OfficeDB, backup: bool = True) -> int:
    """Run the migrations the file lacks; a verified backup is taken first when there is data.

    Each migration runs in its own transaction, so a failure leaves the file at the last
    complete version (and the backup beside it)."""
    version = office.schema_version()
    if version >= SCHEMA_VERSION:
        return version
    if backup and version > 0 and office.path is not None:
        from . import backups

        backups.create_backup(office, reason=f"before-migration-v{version}")
    for number in range(version, SCHEMA_VERSION):
        try:
            with office.db.atomic():
                MIGRATIONS[number](office.db)
                office.conn.execute(f"PRAGMA user_version={number + 1}")
                office.conn.execute(f"PRAGMA application_id={APP_ID}")
        except (sqlite3.Error, OSError) as exc:
            err = translate(exc, office.path)
            if err is None:
                raise
            raise err from exc
    return SCHEMA_VERSION


def copy_file(office: OfficeDB, target: str | Path) -> Path:
    """Save as: a consistent copy of the open file at `target`."""
    target = Path(target)
    if office.path is not None and target.resolve() == office.path.resolve():
        return target
    tmp = target.with_suffix(target.suffix + ".tmp")
    backup_to(office, tmp)
    shutil.move(str(tmp), str(target))
    return target


def remove_side_files(path: Path) -> None:
    """Delete SQLite's journal side files of `path` (only when its content is replaced)."""
    for suffix in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(path) + suffix)
