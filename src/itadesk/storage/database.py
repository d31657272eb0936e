"""Opening, creating and migrating an office's SQLite file.

Journal and sync settings (why): WAL with synchronous=FULL makes every committed transaction
durable across a crash or power cut (the commit is on disk before we report "saved"), keeps
readers unblocked, and never leaves the main file half-written. Files on network shares are
warned about elsewhere: WAL needs shared memory that network file systems do not provide, so
such a file is opened in DELETE journal mode instead.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlite_utils

from ..domain.errors import ItadeskError
from .schema import MIGRATIONS, SCHEMA_VERSION

APP_ID = 0x49544144  # "ITAD" in PRAGMA application_id marks our files


class StorageError(ItadeskError):
    """A problem with the data file, explained to the user."""


def default_db_path() -> Path:
    from ..paths import user_data_dir

    return user_data_dir() / "office.itadesk.db"


class OfficeDB:
    """An open office file. Use as a context manager or call close()."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None):
        self.db = db
        self.path = path
        self.on_change: list[Callable[[str], None]] = []  # listeners told after each commit

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextmanager
    def transaction(self):
        """One named operation = one transaction: all of it is saved, or none of it."""
        with self.db.atomic():
            yield self.db

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _check_file(path: Path) -> None:
    """Refuse a file that is not SQLite or not ours before SQLite touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head != b"SQLite format 3\x00":
        raise StorageError(
            f"ไฟล์ {path.name} ไม่ใช่ไฟล์ข้อมูลของ itadesk",
            f"{path.name} is not an itadesk data file",
        )


def open_db(path: str | Path | None, *, create: bool = True, backup_before_migrate: bool = True,
            wal: bool = True) -> OfficeDB:
    """Open (or create) an office file, refusing one written by a newer itadesk."""
    if path is None or str(path) == ":memory:":
        db = sqlite_utils.Database(memory=True)
        office = OfficeDB(db, None)
        _configure(office, wal=False)
        migrate(office, backup=False)
        return office
    path = Path(path)
    if not path.exists() and not create:
        raise StorageError(f"ไม่พบไฟล์ {path}", f"file not found: {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_file(path)
    try:
        conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        office = OfficeDB(db, path)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"เปิดไฟล์ {path.name} ไม่ได้: ไฟล์เสียหายหรือไม่ใช่ไฟล์ข้อมูล ({exc})",
            f"cannot open {path.name}: damaged or not a data file ({exc})",
        ) from exc
    version = office.schema_version()
    if app_id not in (0, APP_ID) or (app_id == 0 and version and version > 0 and not _has_table(office, "office")):
        office.close()
        raise StorageError(
            f"ไฟล์ {path.name} ไม่ใช่ไฟล์ข้อมูลของ itadesk",
            f"{path.name} is not an itadesk data file",
        )
    if version > SCHEMA_VERSION:
        office.close()
        raise StorageError(
            f"ไฟล์ {path.name} สร้างด้วย itadesk รุ่นที่ใหม่กว่า (รุ่นข้อมูล {version}) "
            f"กรุณาปรับปรุงโปรแกรมก่อนเปิดไฟล์นี้",
            f"{path.name} was written by a newer itadesk (data version {version}); "
            f"update the program to open it",
        )
    _configure(office, wal=wal)
    migrate(office, backup=backup_before_migrate)
    return office


def _has_table(office: OfficeDB, name: str) -> bool:
    return office.db[name].exists()


def _configure(office: OfficeDB, wal: bool) -> None:
    conn = office.conn
    with office.db.ensure_autocommit_on():
        conn.execute("PRAGMA foreign_keys=ON")
        if office.path is not None:
            mode = "wal" if wal else "delete"
            conn.execute(f"PRAGMA journal_mode={mode}")
            conn.execute("PRAGMA synchronous=FULL")


def backup_path_for(path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return path.parent / "backups" / f"{path.stem}-{stamp}-{reason}{path.suffix}"


def backup_to(office: OfficeDB, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while the file is open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        office.conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(office: OfficeDB, backup: bool = True) -> int:
    """Run the migrations the file lacks; a backup is taken first when there is data."""
    version = office.schema_version()
    if version >= SCHEMA_VERSION:
        return version
    if backup and version > 0 and office.path is not None:
        backup_to(office, backup_path_for(office.path, f"before-migration-v{version}"))
    for number in range(version, SCHEMA_VERSION):
        with office.db.atomic():
            MIGRATIONS[number](office.db)
            office.conn.execute(f"PRAGMA user_version={number + 1}")
            office.conn.execute(f"PRAGMA application_id={APP_ID}")
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
