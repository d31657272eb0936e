"""The aggregation database of a district or province: one row per imported package.

A separate SQLite file, never an office's own (an office file is refused: it carries the
office application id). Each package is written all or nothing (`write_package`, in its own
savepoint; an import run commits many of them at once), so a refusal or a crash leaves no
partial package. The full data.json is kept (as the package's own DEFLATE stream) so
an office's year can be read back exactly; the columns beside it are what the summary needs.

Journal: WAL with synchronous=NORMAL. Every commit is atomic and the file is never corrupt;
a power cut may lose the last few imports, which are simply imported again from their files
(the aggregation database can always be rebuilt from the packages, unlike an office file).
On a network share the office file's rule applies (SQLite's WAL needs shared memory that
shares do not provide): the rollback journal with synchronous=FULL, and a warning.

Failures of the disk (full, read-only, busy) are raised as storage.errors.StorageError
subclasses (DiskFullError, ...), never as sqlite3 errors. One import run at a time writes
into a file (`import_lock`, a lock file beside it); a second one waits, bounded, then refuses.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain.errors import ItadeskError
from ..domain.thainames import fold_name
from . import fsinfo
from .database import APP_ID as OFFICE_APP_ID
from .errors import DiskFullError, LockedError, NetworkShareWarning, StorageError, translate
from .lock import FileLock

AGG_APP_ID = 0x49544147  # "ITAG"
MAX_DATA_JSON = 16 * 2**20
AGG_SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE packages (
    id INTEGER PRIMARY KEY,
    office_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    full_name TEXT NOT NULL,
    tambon TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    total REAL,
    level_th TEXT,
    level_en TEXT,
    level_rank INTEGER,
    passed INTEGER,
    framework_sha256 TEXT NOT NULL,
    framework_match INTEGER NOT NULL,
    provisional INTEGER NOT NULL,
    program_version TEXT NOT NULL,
    format_version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    source_name TEXT NOT NULL,
    package_sha256 TEXT NOT NULL,
    data_json BLOB NOT NULL,
    UNIQUE (office_code, year)
);
CREATE INDEX packages_area ON packages (year, province, district);
CREATE TABLE indicator_scores (
    package_id INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
    indicator INTEGER NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (package_id, indicator)
) WITHOUT ROWID;
CREATE TABLE instrument_scores (
    package_id INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
    instrument TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (package_id, instrument)
) WITHOUT ROWID;
CREATE TABLE oit_status (
    package_id INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (package_id, code)
) WITHOUT ROWID;
CREATE TABLE plan_summary (
    package_id INTEGER PRIMARY KEY REFERENCES packages(id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    items INTEGER NOT NULL,
    done INTEGER NOT NULL,
    in_progress INTEGER NOT NULL,
    cannot INTEGER NOT NULL,
    pending INTEGER NOT NULL,
    budget_satang INTEGER NOT NULL,
    disbursed_satang INTEGER NOT NULL
);
"""


class AggregationError(ItadeskError):
    """The aggregation database cannot be used; the message says why."""


@dataclass
class PackageRecord:
    """What one package contributes (built by exchange.importer from a checked package)."""

    office_code: str
    year: int
    kind: str
    name: str
    full_name: str
    tambon: str
    district: str
    province: str
    total: float | None
    level_th: str | None
    level_en: str | None
    level_rank: int | None
    passed: bool | None
    framework_sha256: str
    framework_match: bool
    provisional: bool
    program_version: str
    format_version: int
    created_at: str
    source_name: str
    package_sha256: str
    data_json_deflate: bytes  # data.json as a raw DEFLATE stream (zlib wbits -15)
    indicator_scores: dict[int, float] = field(default_factory=dict)
    instrument_scores: dict[str, float] = field(default_factory=dict)
    oit_status: dict[str, str] = field(default_factory=dict)
    oit_titles: dict[str, str] = field(default_factory=dict)  # the clerk's titles of untitled items
    plan: dict | None = None  # round, items, done, in_progress, cannot, pending, budget_satang, disbursed_satang


class AggregationDB:
    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.path = path
        self.network: fsinfo.NetworkShare | None = None
        self.journal = "memory" if path is None else "wal"
        self.warnings: list[ItadeskError] = []  # shown to the user after opening

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _refuse_office(path: Path) -> AggregationError:
    return AggregationError(
        f"ไฟล์ {path.name} เป็นไฟล์ข้อมูลของหน่วยงาน ไม่ใช่ฐานข้อมูลรวมของอำเภอ/จังหวัด "
        "กรุณาเลือกหรือสร้างไฟล์ฐานข้อมูลรวมแยกต่างหาก",
        f"{path.name} is an office's own data file, not a district/province aggregation "
        "database; choose or create a separate aggregation file",
    )


def open_aggregation_db(path: str | Path | None, *, create: bool = True) -> AggregationDB:
    """Open (or create) an aggregation database; refuses an office file or a foreign file."""
    if path is None or str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        agg = AggregationDB(conn, None)
        _setup(agg)
        return agg
    path = Path(path)
    if not path.exists() and not create:
        raise AggregationError(f"ไม่พบไฟล์ {path}", f"file not found: {path}")
    if path.exists() and path.stat().st_size > 0:
        with open(path, "rb") as fh:
            head = fh.read(100)
        if not head.startswith(b"SQLite format 3\x00"):
            raise AggregationError(f"ไฟล์ {path.name} ไม่ใช่ฐานข้อมูลรวมของ itadesk",
                                   f"{path.name} is not an itadesk aggregation database")
        app_id = int.from_bytes(head[68:72], "big") if len(head) >= 72 else 0
        if app_id == OFFICE_APP_ID:
            raise _refuse_office(path)
        if app_id not in (0, AGG_APP_ID):
            raise AggregationError(f"ไฟล์ {path.name} ไม่ใช่ฐานข้อมูลรวมของ itadesk",
                                   f"{path.name} is not an itadesk aggregation database")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False,
                               isolation_level=None)
        agg = AggregationDB(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise AggregationError(f"เปิดไฟล์ {path.name} ไม่ได้ ({exc})",
                               f"cannot open {path.name} ({exc})") from exc
    if "office" in tables and "packages" not in tables:
        agg.close()
        raise _refuse_office(path)
    if tables and "packages" not in tables:
        agg.close()
        raise AggregationError(f"ไฟล์ {path.name} ไม่ใช่ฐานข้อมูลรวมของ itadesk",
                               f"{path.name} is not an itadesk aggregation database")
    if version > AGG_SCHEMA_VERSION:
        agg.close()
        raise AggregationError(
            f"ไฟล์ {path.name} สร้างด้วย itadesk รุ่นที่ใหม่กว่า กรุณาปรับปรุงโปรแกรม",
            f"{path.name} was written by a newer itadesk; please update the program")
    _setup(agg)
    return agg


def _setup(agg: AggregationDB) -> None:
    conn = agg.conn
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        if agg.path is not None:
            _journal(agg)
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            conn.executescript("BEGIN;" + _SCHEMA + f"PRAGMA user_version={AGG_SCHEMA_VERSION};"
                               f"PRAGMA application_id={AGG_APP_ID}; COMMIT;")
        else:
            _fold_names(conn)
    except (sqlite3.Error, OSError) as exc:
        agg.close()
        raise _storage_error(exc, agg.path) from exc


def _journal(agg: AggregationDB) -> None:
    """WAL on a local disk; on a network share the office file's rule (storage.database):
    the rollback journal, since WAL's shared memory does not work across computers."""
    conn = agg.conn
    agg.network = fsinfo.network_share(agg.path)
    if agg.network is None:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        agg.journal = "wal"
        return
    # a file made on a local disk and then copied to the share may still be in WAL mode:
    # switching back needs no other connection open, which is the case when opening it
    mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    conn.execute("PRAGMA synchronous=FULL")
    agg.journal = str(mode).lower()
    agg.warnings.append(NetworkShareWarning(agg.path, agg.network.kind, agg.network.where))


def _fold_names(conn: sqlite3.Connection) -> None:
    """Names imported by an earlier itadesk may carry สระอำ in two code points: fold them as
    the importer now does, so the summary counts one district once (only rows that need it)."""
    rows = conn.execute("SELECT id, name, full_name, tambon, district, province FROM packages "
                        "WHERE name || full_name || tambon || district || province "
                        "GLOB '*\u0e4d*'").fetchall()
    changed = [(*(fold_name(v) for v in r[1:]), r[0]) for r in rows
               if any(fold_name(v) != v for v in r[1:])]
    if changed:
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("UPDATE packages SET name = ?, full_name = ?, tambon = ?, "
                             "district = ?, province = ? WHERE id = ?", changed)


def _storage_error(exc: BaseException, path: Path | None) -> StorageError:
    """What a failure of SQLite or the disk means to the user (full, read-only, busy, ...)."""
    err = translate(exc, path)
    if isinstance(err, DiskFullError):  # say what was not saved in an import's words
        return DiskFullError(path, "แพ็กเกจชุดล่าสุดลงฐานข้อมูลรวม",
                             "the last packages into the aggregation file")
    if err is not None:
        return err
    name = path.name if path else "ฐานข้อมูลรวม"
    return StorageError(f"เขียนไฟล์ {name} ไม่ได้ ({exc})", f"cannot write {name} ({exc})")


def transaction_open(agg: AggregationDB) -> bool:
    """Whether packages written with commit=False are still waiting for their commit (SQLite
    rolls the whole transaction back by itself after some failures, e.g. a full disk)."""
    return agg.conn.in_transaction


def rollback_pending(agg: AggregationDB) -> None:
    with contextlib.suppress(sqlite3.Error):
        if agg.conn.in_transaction:
            agg.conn.execute("ROLLBACK")


IMPORT_WAIT_S = 120.0


@contextlib.contextmanager
def import_lock(agg: AggregationDB, *, wait_s: float = IMPORT_WAIT_S,
                on_wait: Callable[[LockedError], None] | None = None,
                cancel: Callable[[], bool] | None = None, poll_s: float = 0.25) -> Iterator[None]:
    """Hold `<file>.import.lock` while one import run writes: a second run (another window,
    another PC on the share, a script) waits up to `wait_s` seconds, calling `on_wait` once
    with who holds it, then gets LockedError. A lock left by a process that is gone is taken
    over (the aggregation file itself is protected by SQLite; the lock only orders runs)."""
    if agg.path is None:
        yield
        return
    lock = FileLock(Path(str(agg.path) + ".import"))
    deadline = time.monotonic() + max(0.0, wait_s)
    told = False
    while True:
        try:
            lock.acquire(take_over_stale=True)
            break
        except LockedError as exc:
            if time.monotonic() >= deadline or (cancel is not None and cancel()):
                raise
            if not told and on_wait is not None:
                on_wait(exc)
            told = True
            time.sleep(poll_s)
    try:
        yield
    finally:
        lock.release()


# ------------------------------------------------------------------ writing

def existing_package(agg: AggregationDB, office_code: str, year: int) -> dict | None:
    try:
        row = agg.conn.execute(
            "SELECT id, source_name, imported_at, package_sha256, created_at FROM packages "
            "WHERE office_code = ? AND year = ?", (office_code, year)).fetchone()
    except (sqlite3.Error, OSError) as exc:
        raise _storage_error(exc, agg.path) from exc
    if row is None:
        return None
    return {"id": row[0], "source_name": row[1], "imported_at": row[2], "package_sha256": row[3],
            "created_at": row[4]}


def write_package(agg: AggregationDB, rec: PackageRecord, *, replace: bool,
                  commit: bool = True) -> bool:
    """Write one package, all or nothing. Returns True when it replaced an earlier import.
    Without `replace` an existing office-year raises AggregationError and nothing is written.

    `commit=False` leaves the package in an open transaction with the ones written before it
    (bulk import: one commit per batch instead of per package is several times cheaper);
    `commit_pending` ends it. Each package still runs in its own savepoint, so a failing one
    leaves no row behind and does not disturb the others."""
    try:
        return _write_package(agg, rec, replace, commit)
    except (sqlite3.Error, OSError) as exc:
        raise _storage_error(exc, agg.path) from exc


def _write_package(agg: AggregationDB, rec: PackageRecord, replace: bool, commit: bool) -> bool:
    conn = agg.conn
    now = datetime.now().isoformat(timespec="seconds")
    replaced = False
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN IMMEDIATE")
    conn.execute("SAVEPOINT package")
    try:
        old = conn.execute("SELECT id FROM packages WHERE office_code = ? AND year = ?",
                           (rec.office_code, rec.year)).fetchone()
        if old is not None:
            if not replace:
                raise AggregationError(
                    f"หน่วยงาน {rec.office_code} ปี {rec.year} นำเข้าไว้แล้ว",
                    f"office {rec.office_code} year {rec.year} is already imported")
            conn.execute("DELETE FROM packages WHERE id = ?", (old[0],))
            replaced = True
        cur = conn.execute(
            "INSERT INTO packages (office_code, year, kind, name, full_name, tambon, district, "
            "province, total, level_th, level_en, level_rank, passed, framework_sha256, "
            "framework_match, provisional, program_version, format_version, created_at, "
            "imported_at, source_name, package_sha256, data_json) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rec.office_code, rec.year, rec.kind, rec.name, rec.full_name, rec.tambon,
             rec.district, rec.province, rec.total, rec.level_th, rec.level_en, rec.level_rank,
             None if rec.passed is None else int(rec.passed), rec.framework_sha256,
             int(rec.framework_match), int(rec.provisional), rec.program_version,
             rec.format_version, rec.created_at, now, rec.source_name, rec.package_sha256,
             rec.data_json_deflate))
        pid = cur.lastrowid
        conn.executemany("INSERT INTO indicator_scores VALUES (?,?,?)",
                         [(pid, k, v) for k, v in rec.indicator_scores.items()])
        conn.executemany("INSERT INTO instrument_scores VALUES (?,?,?)",
                         [(pid, k, v) for k, v in rec.instrument_scores.items()])
        conn.executemany("INSERT INTO oit_status VALUES (?,?,?,?)",
                         [(pid, k, v, rec.oit_titles.get(k, "")) for k, v in rec.oit_status.items()])
        if rec.plan is not None:
            p = rec.plan
            conn.execute("INSERT INTO plan_summary VALUES (?,?,?,?,?,?,?,?,?)",
                         (pid, p["round"], p["items"], p["done"], p["in_progress"], p["cannot"],
                          p["pending"], p["budget_satang"], p["disbursed_satang"]))
        conn.execute("RELEASE package")
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK TO package")
                conn.execute("RELEASE package")
                if began:
                    conn.execute("ROLLBACK")  # nothing else was in it: leave no transaction open
            except sqlite3.Error:
                # SQLite may already have rolled the transaction back (a full disk, I/O)
                rollback_pending(agg)
        raise
    if commit:
        conn.execute("COMMIT")
    return replaced


def commit_pending(agg: AggregationDB) -> None:
    """Commit the packages written with `commit=False` (nothing to do when there are none).
    When the commit fails (a full disk) they are rolled back and a StorageError says why."""
    if agg.conn.in_transaction:
        try:
            agg.conn.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            rollback_pending(agg)
            raise _storage_error(exc, agg.path) from exc


def delete_package(agg: AggregationDB, office_code: str, year: int) -> bool:
    cur = agg.conn.execute("DELETE FROM packages WHERE office_code = ? AND year = ?",
                           (office_code, year))
    return cur.rowcount > 0


# ------------------------------------------------------------------ reading

def _area(district: str | None, province: str | None) -> tuple[str, list]:
    where, args = "", []
    district, province = fold_name(district or ""), fold_name(province or "")
    if province:
        where += " AND p.province = ?"
        args.append(province)
    if district:
        where += " AND p.district = ?"
        args.append(district)
    return where, args


def years(agg: AggregationDB) -> list[int]:
    return [r[0] for r in agg.conn.execute("SELECT DISTINCT year FROM packages ORDER BY year")]


def areas(agg: AggregationDB, year: int) -> list[tuple[str, str]]:
    """(province, district) pairs present in a year, sorted."""
    return [(r[0], r[1]) for r in agg.conn.execute(
        "SELECT DISTINCT province, district FROM packages WHERE year = ? "
        "ORDER BY province, district", (year,))]


def count_packages(agg: AggregationDB) -> int:
    return agg.conn.execute("SELECT COUNT(*) FROM packages").fetchone()[0]


def office_rows(agg: AggregationDB, year: int, district: str | None = None,
                province: str | None = None) -> list[dict]:
    """One dict per office: identity, total, level, passed, indicators {no: score},
    plan summary (or None), sorted by province, district, code."""
    where, args = _area(district, province)
    cols = ("id", "office_code", "kind", "name", "full_name", "tambon", "district", "province",
            "total", "level_th", "level_en", "level_rank", "passed", "framework_match",
            "provisional", "source_name", "imported_at")
    rows = {}
    for r in agg.conn.execute(
            f"SELECT {', '.join('p.' + c for c in cols)} FROM packages p WHERE p.year = ?{where} "
            "ORDER BY p.province, p.district, p.office_code", (year, *args)):
        d = dict(zip(cols, r, strict=True))
        d["passed"] = None if d["passed"] is None else bool(d["passed"])
        d["indicators"] = {}
        d["plan"] = None
        rows[d["id"]] = d
    for pid, ind, score in agg.conn.execute(
            f"SELECT s.package_id, s.indicator, s.score FROM indicator_scores s "
            f"JOIN packages p ON p.id = s.package_id WHERE p.year = ?{where}", (year, *args)):
        rows[pid]["indicators"][ind] = score
    pcols = ("round", "items", "done", "in_progress", "cannot", "pending", "budget_satang",
             "disbursed_satang")
    for r in agg.conn.execute(
            f"SELECT s.package_id, {', '.join('s.' + c for c in pcols)} FROM plan_summary s "
            f"JOIN packages p ON p.id = s.package_id WHERE p.year = ?{where}", (year, *args)):
        rows[r[0]]["plan"] = dict(zip(pcols, r[1:], strict=True))
    return list(rows.values())


def oit_not_done(agg: AggregationDB, year: int, district: str | None = None,
                 province: str | None = None) -> list[tuple[str, int, int]]:
    """(code, offices whose item is not done, offices that reported the item) per code."""
    where, args = _area(district, province)
    return [(r[0], r[1], r[2]) for r in agg.conn.execute(
        f"SELECT o.code, SUM(o.status != 'done'), COUNT(*) FROM oit_status o "
        f"JOIN packages p ON p.id = o.package_id WHERE p.year = ?{where} GROUP BY o.code",
        (year, *args))]


def oit_titles(agg: AggregationDB, year: int) -> dict[str, str]:
    """The title most offices gave each OIT item (for items the framework leaves untitled)."""
    best: dict[str, tuple[int, str]] = {}
    for code, title, n in agg.conn.execute(
            "SELECT o.code, o.title, COUNT(*) FROM oit_status o JOIN packages p ON p.id = o.package_id "
            "WHERE p.year = ? AND o.title != '' GROUP BY o.code, o.title", (year,)):
        if code not in best or (n, title) > best[code]:
            best[code] = (n, title)
    return {code: title for code, (_, title) in best.items()}


_TABLES = ("packages", "indicator_scores", "instrument_scores", "oit_status", "plan_summary")


def table_counts(agg: AggregationDB) -> tuple[int, ...]:
    """Row counts of every table (packages first): a cheap fingerprint of the contents."""
    return tuple(agg.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in _TABLES)


def package_complete(agg: AggregationDB, rec: PackageRecord) -> bool:
    """True when the stored package has exactly the rows `rec` carries."""
    row = agg.conn.execute("SELECT id FROM packages WHERE office_code = ? AND year = ?",
                           (rec.office_code, rec.year)).fetchone()
    if row is None:
        return False
    pid = row[0]

    def count(table):
        return agg.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE package_id = ?",
                                (pid,)).fetchone()[0]

    return (count("indicator_scores") == len(rec.indicator_scores)
            and count("instrument_scores") == len(rec.instrument_scores)
            and count("oit_status") == len(rec.oit_status)
            and count("plan_summary") == (rec.plan is not None))


def load_data_json(agg: AggregationDB, office_code: str, year: int) -> bytes | None:
    row = agg.conn.execute("SELECT data_json FROM packages WHERE office_code = ? AND year = ?",
                           (office_code, year)).fetchone()
    if row is None:
        return None
    inflater = zlib.decompressobj(-15)
    data = inflater.decompress(row[0], MAX_DATA_JSON + 1)
    if len(data) > MAX_DATA_JSON or not inflater.eof:
        raise AggregationError("ข้อมูลที่เก็บไว้เสียหาย", "the stored data is damaged")
    return data
