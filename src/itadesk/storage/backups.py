"""Dated, verified backups of an office file, and restoring one.

Where: a `backups` folder beside the data file; names are
`<stem>-YYYYMMDD-HHMMSS-ffffff-<reason><suffix>`, e.g. `office-20241122-101500-000000-auto.db`.
Reasons: open, auto (every few minutes of editing), close, manual, before-migration-vN,
before-restore, before-delete-year-YYYY (operations.delete_year).

How: SQLite's online backup API into `<name>.partial`, then `PRAGMA quick_check` and the data
version are checked on the copy, the copy is fsync'ed and only then renamed to its final name
— a backup that is listed is a good one, even if the program is killed while making it.

Kept: the newest 20, plus the newest of each day for the last 30 days, plus the newest 5
"before-…" backups (`prune`).

API for the GUI (all raise ItadeskError subclasses with Thai/English messages):

    maybe_backup(office, min_interval_s=300)  # from a QTimer: backs up when something changed
                                               # and the last backup is older than the interval;
                                               # returns the new backup's Path or None
    create_backup(office, reason="manual")     # now
    list_backups(path) -> [BackupInfo]         # newest first; .label(lang), .created, .reason
    newest_good_backup(path) -> BackupInfo | None
    restore(path, backup=None) -> RestoreResult  # the file must be closed (the GUI closes its
                                               # session first); keeps a copy of the current
                                               # file as a "before-restore" backup

`open_db` backs up on open (when the file changed since the newest backup) and
`OfficeDB.close()` on close (when anything changed). CLI: `itadesk backup list|create|restore
--db PATH [--name NAME]` (`backup_cli`).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .errors import BackupError, StorageError, translate, when_en, when_th

KEEP_RECENT = 20
KEEP_DAILY_DAYS = 30
KEEP_SPECIAL = 5

REASONS = {
    "open": ("เมื่อเปิดไฟล์", "on open"),
    "auto": ("อัตโนมัติระหว่างแก้ไข", "automatic, while editing"),
    "close": ("เมื่อปิดไฟล์", "on close"),
    "manual": ("สำรองเอง", "made by hand"),
    "before-restore": ("ก่อนกู้คืน", "before a restore"),
    "before-removing-foreign-sql": ("ก่อนลบคำสั่ง SQL ที่ itadesk ไม่ได้สร้าง",
                                    "before removing SQL itadesk did not create"),
}


def backups_dir(path: str | os.PathLike) -> Path:
    return Path(path).parent / "backups"


def backup_path_for(path: str | os.PathLike, reason: str, now: datetime | None = None) -> Path:
    path = Path(path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return backups_dir(path) / f"{path.stem}-{stamp}-{reason}{path.suffix}"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    def reason_text(self, lang: str = "th") -> str:
        if self.reason in REASONS:
            th, en = REASONS[self.reason]
        elif self.reason.startswith("before-migration"):
            th, en = "ก่อนปรับรุ่นข้อมูล", "before updating the data format"
        elif self.reason.startswith("before-delete-year-"):
            year = self.reason.removeprefix("before-delete-year-")
            th, en = f"ก่อนลบปีงบประมาณ {year}", f"before removing fiscal year {year}"
        else:
            th = en = self.reason
        return en if lang == "en" else th

    def label(self, lang: str = "th") -> str:
        when = when_en(self.created) if lang == "en" else when_th(self.created)
        return f"{when} — {self.reason_text(lang)}"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the file as it was before the restore


def _pattern(path: Path) -> re.Pattern:
    return re.compile(rf"^{re.escape(path.stem)}-(\d{{8}}-\d{{6}}-\d{{6}})-([A-Za-z0-9-]+)"
                      rf"{re.escape(path.suffix)}$")


def list_backups(path: str | os.PathLike) -> list[BackupInfo]:
    """Backups of the data file at `path`, newest first (names that are not ours are ignored)."""
    path = Path(path)
    folder = backups_dir(path)
    if not folder.is_dir():
        return []
    pat = _pattern(path)
    found = []
    for entry in folder.iterdir():
        m = pat.match(entry.name)
        if not m:
            continue
        try:
            created = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f")
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(entry, created, m.group(2), size))
    found.sort(key=lambda b: (b.created, b.name), reverse=True)
    return found


def verify_backup(backup: str | os.PathLike) -> str:
    """'ok' when the file opens, passes quick_check and has a data version we know."""
    from .database import APP_ID, SCHEMA_VERSION, SQLITE_MAGIC, quick_check

    backup = Path(backup)
    try:
        with open(backup, "rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                return "not an SQLite file"
        conn = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as exc:
        return str(exc)
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            return str(exc)
        if app_id not in (0, APP_ID):
            return "not an itadesk file"
        if version > SCHEMA_VERSION:
            return f"newer data version {version}"
        result = quick_check(conn)
        if result != "ok":
            return result
        return _structure_check(conn, version)
    finally:
        conn.close()


def _structure_check(conn: sqlite3.Connection, version: int) -> str:
    """'ok' when the backup's tables are ours (a backup is only offered if it would open)."""
    from . import structure

    try:
        if version <= 0:
            tables = conn.execute("SELECT count(*) FROM sqlite_master "
                                  "WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]
            return f"data version {version} with tables" if version < 0 or tables else "ok"
        diff = structure.compare(conn, version)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "; ".join(diff.mismatches) or "ok"


def newest_good_backup(path: str | os.PathLike) -> BackupInfo | None:
    for info in list_backups(path):
        if verify_backup(info.path) == "ok":
            return info
    return None


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _backup_failed(exc: BaseException, data_path: Path | None) -> BackupError:
    low = translate(exc, data_path)
    why_th = low.th if low else str(exc)
    why_en = low.en if low else str(exc)
    err = BackupError(f"สำรองข้อมูลไม่สำเร็จ ({why_th}) ไฟล์ข้อมูลยังอยู่ครบเหมือนเดิม",
                      f"the backup failed ({why_en}); the data file is unchanged")
    err.cause = low
    return err


def write_verified_copy(conn: sqlite3.Connection, target: Path, data_path: Path | None = None) -> Path:
    """Copy the database of `conn` to `target` with the online backup API, verify the copy
    (quick_check) and fsync it, then move it into place. Raises BackupError."""
    target = Path(target)
    tmp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=delete")
        finally:
            dest.close()
        result = verify_backup(tmp)
        if result != "ok":
            raise BackupError(f"สำเนาสำรองไม่ผ่านการตรวจสอบ ({result})",
                              f"the backup copy failed its check ({result})")
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
        return target
    except BackupError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _backup_failed(exc, data_path) from exc


def create_backup(office, reason: str = "manual") -> Path:
    """A verified backup of the open file now; the backups kept are then pruned."""
    if office.path is None:
        raise BackupError("ข้อมูลนี้ไม่ได้อยู่ในไฟล์ จึงสำรองไม่ได้", "this data is not in a file")
    if office.conn.in_transaction:
        raise BackupError("กำลังบันทึกอยู่ กรุณาลองสำรองอีกครั้ง", "a change is being saved; try again")
    target = write_verified_copy(office.conn, backup_path_for(office.path, reason), office.path)
    office.last_backup_at = time.monotonic()
    office.changes_at_backup = office.changes()
    with contextlib.suppress(OSError):
        prune(office.path)
    return target


def maybe_backup(office, min_interval_s: float = 300, reason: str = "auto") -> Path | None:
    """The periodic hook: back up when something changed since the last backup and at least
    `min_interval_s` seconds have passed. Returns the new backup or None. Raises BackupError
    (show it in the status bar; the data file is fine)."""
    if office.path is None or office.read_only or office.conn.in_transaction:
        return None
    if office.changes() == office.changes_at_backup:
        return None
    if time.monotonic() - office.last_backup_at < min_interval_s:
        return None
    return create_backup(office, reason)


def backup_if_changed_since_last(office, reason: str = "open") -> Path | None:
    """On open: back up unless the newest backup is newer than the file's last change."""
    newest = next(iter(list_backups(office.path)), None)
    if newest is not None:
        try:
            if newest.path.stat().st_mtime >= office.path.stat().st_mtime:
                return None
        except OSError:
            pass
    return create_backup(office, reason)


def prune(path: str | os.PathLike, keep_recent: int = KEEP_RECENT,
          daily_days: int = KEEP_DAILY_DAYS, keep_special: int = KEEP_SPECIAL,
          now: datetime | None = None) -> list[Path]:
    """Delete backups beyond the policy (and leftovers of interrupted ones); returns deleted."""
    path = Path(path)
    now = now or datetime.now()
    items = list_backups(path)
    keep: set[Path] = set()
    regular = [b for b in items if not b.reason.startswith("before-")]
    special = [b for b in items if b.reason.startswith("before-")]
    keep.update(b.path for b in regular[:keep_recent])
    keep.update(b.path for b in special[:keep_special])
    seen_days = set()
    for b in regular:  # newest first: the first of each day is that day's newest
        day = b.created.date()
        if b.created >= now - timedelta(days=daily_days) and day not in seen_days:
            seen_days.add(day)
            keep.add(b.path)
    deleted = []
    for b in items:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                deleted.append(b.path)
    folder = backups_dir(path)
    for leftover in folder.glob(f"{path.stem}-*{path.suffix}.partial"):
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > 60:
                leftover.unlink()
                deleted.append(leftover)
    return deleted


def _resolve_backup(path: Path, backup) -> BackupInfo:
    items = list_backups(path)
    if backup is None:
        good = newest_good_backup(path)
        if good is None:
            raise BackupError(f"ไม่พบสำรองข้อมูลที่สมบูรณ์ของไฟล์ {path.name}",
                              f"no good backup of {path.name} was found")
        return good
    if isinstance(backup, BackupInfo):
        return backup
    candidate = Path(backup)
    for info in items:
        if info.path.name == candidate.name and (
                candidate.parent in (Path("."), Path("")) or info.path.resolve() == candidate.resolve()):
            return info
    if candidate.is_file():
        return BackupInfo(candidate, datetime.fromtimestamp(candidate.stat().st_mtime), "file",
                          candidate.stat().st_size)
    raise BackupError(f"ไม่พบสำรองข้อมูลชื่อ {candidate.name}", f"no backup named {candidate.name}")


def restore(path: str | os.PathLike, backup=None, take_over_stale_lock: bool = False) -> RestoreResult:
    """Replace the data file at `path` by `backup` (a BackupInfo, a path or a name in the
    backups folder; None = the newest good one). The file must not be open (LockedError
    otherwise). The current file is first kept as a "before-restore" backup (a raw copy when
    it is too damaged to copy through SQLite). Nothing changes if the backup fails its check."""
    from .database import remove_side_files
    from .lock import FileLock

    path = Path(path)
    info = _resolve_backup(path, backup)
    result = verify_backup(info.path)
    if result != "ok":
        raise BackupError(f"สำรองข้อมูล {info.name} เสียหายหรือใช้ไม่ได้ ({result}) ไม่ได้กู้คืน ไฟล์ข้อมูลไม่ถูกเปลี่ยน",
                          f"backup {info.name} is damaged or unusable ({result}); nothing was restored")
    held = FileLock(path).acquire(take_over_stale=take_over_stale_lock)
    try:
        safety = _safety_copy(path) if path.exists() else None
        tmp = path.with_name(path.name + ".restoring")
        try:
            src = sqlite3.connect(info.path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                write_verified_copy(src, tmp, path)
            finally:
                src.close()
            remove_side_files(path)  # the old file's journal must never meet the new content
            os.replace(tmp, path)
            _fsync_dir(path.parent)
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            low = translate(exc, path)
            raise BackupError(
                f"กู้คืนไม่สำเร็จ ({low.th if low else exc}) สำเนาของไฟล์เดิมอยู่ที่ {safety}",
                f"the restore failed ({low.en if low else exc}); the previous file is kept as {safety}",
            ) from exc
        return RestoreResult(info.path, safety)
    finally:
        held.release()


def _safety_copy(path: Path) -> Path:
    target = backup_path_for(path, "before-restore")
    try:
        conn = sqlite3.connect(str(path))
        try:
            return write_verified_copy(conn, target, path)
        finally:
            conn.close()
    except (BackupError, sqlite3.Error):
        pass
    # too damaged for SQLite: keep the bytes as they are, side files included
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        for suffix in ("-journal", "-wal"):
            side = Path(str(path) + suffix)
            if side.exists():
                shutil.copy2(side, Path(str(target) + suffix))
        _fsync_file(target)
        return target
    except OSError as exc:
        raise _backup_failed(exc, path) from exc


# ------------------------------------------------------------------ CLI

def _lang() -> str:
    lang = os.environ.get("ITADESK_LANG") or os.environ.get("LANG", "")
    return "en" if lang.startswith("en") else "th"


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def backup_cli(args) -> int:
    """`itadesk backup list|create|restore --db PATH [--name NAME]`."""
    lang = _lang()
    path = Path(args.db)

    def say(th: str, en: str) -> None:
        print(en if lang == "en" else th)

    if args.action == "list":
        items = list_backups(path)
        if not items and not path.exists():  # backups of a lost file are still listed
            raise StorageError(f"ไม่พบไฟล์ {path} และไม่มีสำรองข้อมูลของไฟล์นี้",
                               f"file not found: {path}, and no backups of it")
        if not items:
            say(f"ยังไม่มีสำรองข้อมูลของ {path.name} (ในโฟลเดอร์ {backups_dir(path)})",
                f"no backups of {path.name} yet (in {backups_dir(path)})")
            return 0
        for b in items:
            ok = verify_backup(b.path) == "ok"
            mark = ("สมบูรณ์" if lang == "th" else "good") if ok else ("เสียหาย" if lang == "th" else "DAMAGED")
            print(f"{b.name}\t{b.label(lang)}\t{_size(b.size)}\t{mark}")
        say(f"สำรองข้อมูล {len(items)} ชุด ในโฟลเดอร์ {backups_dir(path)}",
            f"{len(items)} backup(s) in {backups_dir(path)}")
        return 0
    if args.action == "create":
        if not path.exists():
            raise StorageError(f"ไม่พบไฟล์ {path}", f"file not found: {path}")
        from .database import open_db

        with open_db(path, create=False, backups=False) as office:
            target = create_backup(office, "manual")
        say(f"สำรองข้อมูลไว้ที่ {target}", f"backup written to {target}")
        return 0
    if args.action == "restore":
        res = restore(path, args.name)
        say(f"กู้คืน {path.name} จาก {res.restored_from.name} แล้ว"
            + (f" (เก็บไฟล์เดิมไว้ที่ {res.safety_copy})" if res.safety_copy else ""),
            f"restored {path.name} from {res.restored_from.name}"
            + (f" (the previous file is kept as {res.safety_copy})" if res.safety_copy else ""))
        return 0
    raise StorageError(f"ไม่รู้จักคำสั่ง {args.action}", f"unknown action {args.action}")
