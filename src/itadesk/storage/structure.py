"""Is this file's structure the one itadesk made? Checked on every open (storage/database.py).

The expected structure is not written down twice: it is what our own migrations (schema.py)
create, run once on an empty in-memory database for the file's version. So a migration added
later is picked up without touching this module.

Two kinds of difference:
- foreign SQL objects — triggers, views and indexes itadesk never creates. A trigger runs its
  SQL on the clerk's edits (a "template" received by e-mail set every typed score to 100), so
  they are never kept: an editable open removes them after a backup and says so; a read-only
  open (which may not change the file) refuses.
- a structure that differs — a table of ours missing, a column missing, added or of another
  type or key: the file is damaged or was edited outside itadesk; it is refused like a damaged
  file, offering the newest good backup.
Extra tables are left alone: no SQL of theirs runs when we read or write ours.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache

Columns = frozenset  # of (name, type affinity, notnull, default, pk position)
CACHE_FORMAT = 2  # of the cached structure files: bump when _read's signature changes


@dataclass(frozen=True)
class Structure:
    tables: dict[str, Columns]
    indexes: frozenset[str]


@dataclass
class Differences:
    foreign: list[tuple[str, str]] = field(default_factory=list)  # (type, name) to drop
    mismatches: list[str] = field(default_factory=list)  # what differs, for the details

    @property
    def ok(self) -> bool:
        return not self.foreign and not self.mismatches


def affinity(declared) -> str:
    """SQLite's type affinity of a declared column type (its own rules, section 3.1 of
    "Datatypes In SQLite"): files made by another sqlite-utils version may spell a float
    column FLOAT or REAL, which is the same column to SQLite and to us."""
    t = str(declared or "").upper()
    if "INT" in t:
        return "INTEGER"
    if "CHAR" in t or "CLOB" in t or "TEXT" in t:
        return "TEXT"
    if not t or "BLOB" in t:
        return "BLOB"
    if "REAL" in t or "FLOA" in t or "DOUB" in t:
        return "REAL"
    return "NUMERIC"


def _read(conn: sqlite3.Connection) -> tuple[Structure, list[tuple[str, str]]]:
    rows = conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    tables: dict[str, Columns] = {}
    indexes = set()
    others = []
    for kind, name, _table in rows:
        if kind == "table":
            cols = conn.execute(f"PRAGMA table_info([{name.replace(']', ']]')}])").fetchall()
            tables[name] = frozenset((c[1], affinity(c[2]), int(c[3]), c[4], int(c[5]))
                                     for c in cols)
        elif kind == "index":
            indexes.add(name)
        else:  # trigger, view
            others.append((kind, name))
    return Structure(tables, frozenset(indexes)), others


def _fingerprint(version: int) -> str:
    """A digest of the code of migrations 1..version: a changed or added migration gives
    another one, so a cached structure is never used for code it was not made by."""
    import hashlib

    from .schema import MIGRATIONS

    def walk(code, out):
        out.append(code.co_code)
        out.append(repr(code.co_names).encode())
        for const in code.co_consts:
            if hasattr(const, "co_code"):
                walk(const, out)
            elif isinstance(const, frozenset):  # its repr's order changes with the hash seed
                out.append(repr(sorted(map(repr, const))).encode())
            else:
                out.append(repr(const).encode())

    parts: list[bytes] = []
    for migration in MIGRATIONS[:version]:
        walk(migration.__code__, parts)
    return hashlib.sha256(b"\0".join(parts)).hexdigest()[:20]


def _to_json(structure: Structure) -> str:
    import json

    return json.dumps({"tables": {t: sorted(map(list, c)) for t, c in structure.tables.items()},
                       "indexes": sorted(structure.indexes)})


def _from_json(text: str) -> Structure:
    import json

    obj = json.loads(text)
    return Structure({t: frozenset(tuple(c) for c in cols) for t, cols in obj["tables"].items()},
                     frozenset(obj["indexes"]))


@lru_cache(maxsize=8)
def expected(version: int) -> Structure:
    """What our migrations 1..version create (on an empty in-memory database).

    Running them needs sqlite-utils (~70 ms to import, which a print from the command line
    otherwise avoids), so the result is kept in the user's data folder under a digest of the
    migrations' code."""
    import contextlib

    from ..paths import user_data_dir

    cache = None
    with contextlib.suppress(Exception):
        cache = (user_data_dir() / "cache"
                 / f"structure-v{version}-{_fingerprint(version)}-{CACHE_FORMAT}.json")
        return _from_json(cache.read_text(encoding="utf-8"))
    structure = _run_migrations(version)
    if cache is not None:
        with contextlib.suppress(OSError):
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            tmp.write_text(_to_json(structure), encoding="utf-8")
            os.replace(tmp, cache)
    return structure


def _run_migrations(version: int) -> Structure:
    from .database import _sqlite_utils
    from .schema import MIGRATIONS

    db = _sqlite_utils().Database(memory=True)
    for migration in MIGRATIONS[:version]:
        migration(db)
    structure, _ = _read(db.conn)
    db.conn.close()
    return structure


def compare(conn: sqlite3.Connection, version: int) -> Differences:
    """How the open file differs from what itadesk makes at `version`."""
    want = expected(version)
    have, others = _read(conn)
    diff = Differences(foreign=list(others))
    diff.foreign += [("index", name) for name in sorted(have.indexes - want.indexes)]
    for table, columns in want.tables.items():
        got = have.tables.get(table)
        if got is None:
            diff.mismatches.append(f"missing table {table}")
            continue
        if got != columns:
            names = {c[0] for c in columns}
            got_names = {c[0] for c in got}
            missing = sorted(names - got_names)
            extra = sorted(got_names - names)
            changed = sorted(c[0] for c in got if c[0] in names and c not in columns)
            parts = [f"missing column {n}" for n in missing] + [f"unknown column {n}" for n in extra]
            parts += [f"column {n} differs" for n in changed]
            diff.mismatches.append(f"table {table}: " + ", ".join(parts))
    return diff


def drop_foreign(conn: sqlite3.Connection, foreign: list[tuple[str, str]]) -> None:
    """DROP the foreign objects, all in one transaction (the caller backed the file up)."""
    isolation = conn.isolation_level
    conn.isolation_level = None
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for kind, name in foreign:
                conn.execute(f"DROP {kind.upper()} IF EXISTS [{name.replace(']', ']]')}]")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.isolation_level = isolation
