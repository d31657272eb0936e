"""Does every value of an office file pass the domain's checks? And which backup does?

SQLite's integrity check says the file is a sound database; it cannot know that a score of
999, a status no version of itadesk wrote, or a memo whose paragraphs are not JSON is wrong.
`invalid_data` reads everything the documents are built from and lists each refused value
with where it is (table and row); `newest_usable_backup` is the newest backup that passes
both checks — the one to offer instead of a file the program cannot show.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from ..domain.errors import ItadeskError
from . import queries
from .database import OfficeDB
from .queries import InvalidDataError

MAX_BACKUPS_TRIED = 10  # bounded: each try reads a whole file


def invalid_data(office: OfficeDB, limit: int = 50) -> list[InvalidDataError]:
    """The values of the file the domain refuses (at most `limit`), each naming its place."""
    found: list[InvalidDataError] = []
    seen: set[str] = set()

    def attempt(fn, *args) -> None:
        if len(found) >= limit:
            return
        try:
            fn(office, *args)
        except InvalidDataError as exc:
            if exc.en not in seen:
                seen.add(exc.en)
                found.append(exc)

    attempt(queries.load_office)
    attempt(queries.load_plan)
    years = queries.list_years(office)
    for year in years:
        for loader in (queries.load_assessment, queries.load_findings, queries.load_measures,
                       queries.load_oit, queries.load_plan_items, queries.load_round_results,
                       queries.load_round_reports, queries.load_memos):
            attempt(loader, year)
        if isinstance(year, int) and year + 1 not in years:
            attempt(queries.load_measures, year + 1)  # D2 rows of a year not opened yet
    return found


def newest_usable_backup(path: str | os.PathLike):
    """The newest backup (BackupInfo) that passes its check and whose every value the domain
    accepts, or None. Tries at most MAX_BACKUPS_TRIED of the newest good ones."""
    from .backups import list_backups, verify_backup
    from .database import open_db

    tried = 0
    for info in list_backups(Path(path)):
        if tried >= MAX_BACKUPS_TRIED:
            break
        if verify_backup(info.path) != "ok":
            continue
        tried += 1
        with contextlib.suppress(ItadeskError, sqlite3.Error, OSError):
            with open_db(info.path, create=False, read_only=True) as backup:
                if not invalid_data(backup, limit=1):
                    return info
    return None
