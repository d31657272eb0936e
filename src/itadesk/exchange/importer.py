"""Importing packages into an aggregation database.

Every package is checked completely in memory first (reader.read_package); only a package
that passed every check is written, all or nothing (storage.aggregation.write_package; the
packages of a run are committed in batches, each package in its own savepoint). A refused
package leaves the database exactly as it was. Importing an office's year again
replaces the earlier import only when asked (`replace=True`, or `confirm_replace` says yes);
otherwise it is refused with a message saying how to replace it.

Many files: checking (hashing, JSON, validation) can run in a process pool while this process
writes; progress is reported after each file and `cancel()` is polled between files (the files
already written stay, each complete).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import ItadeskError
from ..domain.plan import summarize
from ..storage import aggregation as agg_store
from ..storage.aggregation import AggregationDB, AggregationError, PackageRecord
from ..storage.errors import LockedError, StorageError
from .errors import PackageError
from .reader import ReadPackage, read_package

# Below these counts, starting worker processes costs more than it saves. A forked worker
# starts in milliseconds with everything loaded; a spawned one imports itadesk afresh.
POOL_MIN_FILES_FORK = 64
POOL_MIN_FILES = 400

# Packages are committed in batches (one commit per package made writing cost several times
# more); a batch never waits long, so a crash loses at most a second of work, and each
# package is still all or nothing (storage.aggregation.write_package).
COMMIT_EVERY = 256
COMMIT_SECONDS = 1.0


def _pool_context():
    """fork when this process runs a single thread (CLI, benchmarks): fast and safe; spawn
    otherwise (the GUI imports from a worker thread, and forking a threaded process can leave
    the child waiting on a lock another thread held)."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


@dataclass
class Outcome:
    file: str  # the file's name as shown (readable even when the name on disk is not UTF-8)
    status: str  # "imported" | "replaced" | "unchanged" | "refused" | "cancelled"
    reason: str = ""  # a key of errors.REASONS when refused
    th: str = ""
    en: str = ""
    office_code: str = ""
    year: int | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)
    path: Path | None = None  # the file as given (for opening it again, e.g. to replace)

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "replaced")

    def message(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th


@dataclass
class ImportReport:
    outcomes: list[Outcome] = field(default_factory=list)
    cancelled: bool = False
    # why the run stopped writing (the disk is full, another run held the file): the files
    # from there on have a "not stored"/"busy" outcome each; None when it did not stop
    stopped: ItadeskError | None = None
    warnings: list[ItadeskError] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return sum(o.ok for o in self.outcomes)

    @property
    def refused(self) -> int:
        return sum(o.status == "refused" for o in self.outcomes)

    @property
    def unchanged(self) -> int:
        return sum(o.status == "unchanged" for o in self.outcomes)


def display_name(path: str | Path) -> str:
    """A file's name fit for a message, a log and the database. A name that is not valid
    UTF-8 on disk (a Thai name written by Windows or kept by a FAT stick in cp874) reaches
    Python with surrogate escapes that no printer or SQLite accepts: show it as cp874 when it
    reads as that, else with its bytes escaped."""
    name = Path(path).name or str(path)
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("cp874")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def _satang(amount) -> int:
    return int((amount * 100).to_integral_value())


def record_from(pkg: ReadPackage) -> PackageRecord:
    data, fw, score = pkg.data, pkg.framework, pkg.score
    level_rank = None
    if score.level is not None:
        level_rank = next((i for i, lv in enumerate(fw.levels) if lv == score.level), None)
    plan = None
    if data.plan_items:
        rnd = data.latest_round()
        s = summarize(data.plan_items, data.round_results.get(rnd, {}), data.year, rnd)
        plan = {"round": rnd, "items": s.total, "done": s.done, "in_progress": s.in_progress,
                "cannot": s.cannot, "pending": s.pending, "budget_satang": _satang(s.budget),
                "disbursed_satang": _satang(s.disbursed)}
    o = data.office
    m = pkg.manifest
    return PackageRecord(
        office_code=o.code, year=data.year, kind=o.kind, name=o.name, full_name=o.full_name,
        tambon=o.tambon, district=o.district, province=o.province,
        total=score.total, level_th=score.level.label_th if score.level else None,
        level_en=score.level.label_en if score.level else None, level_rank=level_rank,
        passed=score.passed, framework_sha256=_fw_sha(pkg), framework_match=pkg.framework_match,
        provisional=bool(fw.provisional), program_version=m["program_version"],
        format_version=m["format_version"], created_at=m["created_at"], source_name=pkg.file,
        package_sha256=pkg.package_sha256, data_json_deflate=pkg.data_json_deflate,
        indicator_scores=dict(score.indicator_scores),
        instrument_scores=dict(score.instrument_scores),
        oit_status={p.code: p.status for p in data.oit},
        oit_titles={p.code: (p.title_override or data.title_overrides.get(p.code, ""))[:300]
                    for p in data.oit if p.title_override or p.code in data.title_overrides},
        plan=plan,
    )


def _fw_sha(pkg: ReadPackage) -> str:
    from .datajson import framework_hash

    return framework_hash(pkg.framework)


def check_file(path: str | Path, fw_for) -> tuple[PackageRecord, list] | PackageError:
    """Read and check one package; the PackageError is returned, not raised (pool-friendly).
    Whatever goes wrong with one file is that file's refusal: a batch never stops at it."""
    name = display_name(path)
    try:
        pkg = read_package(path, fw_for, name)
        return record_from(pkg), pkg.warnings
    except PackageError as exc:
        return exc
    except ItadeskError as exc:
        return PackageError(name, "invalid_value", exc.th, exc.en)
    except MemoryError:
        return PackageError(name, "too_large", "หน่วยความจำไม่พอ", "out of memory")
    except Exception as exc:  # noqa: BLE001 - a defect of ours must not cost the other files
        detail = f"{type(exc).__name__}: {exc}"[:200].encode("utf-8", "replace").decode("utf-8")
        return PackageError(name, "internal", detail, detail)


def _worker_start() -> None:
    """A checking worker keeps nothing between packages: what it inherited or imported is
    frozen out of the cyclic garbage collector, which then only scans one package's objects."""
    gc.freeze()


def _check_in_worker(path: str):
    from ..domain.framework import framework_for

    result = check_file(path, framework_for)
    if isinstance(result, PackageError):  # exceptions do not always pickle: send the parts
        return ("error", result.file, result.reason, result.detail_th, result.detail_en)
    return ("ok", *result)


def _refused(exc: PackageError, path: Path | None = None) -> Outcome:
    return Outcome(file=exc.file, status="refused", reason=exc.reason, th=exc.th, en=exc.en,
                   path=path)


def _created(value: str) -> datetime | None:
    """A manifest's creation time for comparing (a time without a zone is taken as UTC)."""
    try:
        t = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return t if t.tzinfo is not None else t.replace(tzinfo=UTC)


def _not_newer(file: str, rec: PackageRecord, existing: dict) -> Outcome:
    """--replace (or a confirmed replace) with a package that is not newer than the stored one:
    the stored one wins, and the line says which and why."""
    th_new, th_old = rec.created_at, existing["created_at"]
    same_time = _created(th_new) == _created(th_old)
    return Outcome(
        file=file, status="refused", reason="older_package", office_code=rec.office_code,
        year=rec.year,
        th=(f"ไฟล์ {file} ไม่ได้แทนที่: แพ็กเกจนี้สร้างเมื่อ {th_new} "
            + ("เวลาเดียวกับ" if same_time else "เก่ากว่า")
            + f"ฉบับของหน่วยงาน {rec.office_code} ปี {rec.year} ที่นำเข้าไว้แล้ว "
            f"(จากไฟล์ {existing['source_name']} สร้างเมื่อ {th_old}) จึงเก็บฉบับเดิมไว้ "
            "หากฉบับเดิมผิดจริง ให้หน่วยงานส่งออกแพ็กเกจใหม่"),
        en=(f"{file} did not replace: it was created at {th_new}, "
            + ("the same time as" if same_time else "earlier than")
            + f" the package of office {rec.office_code} year {rec.year} already imported "
            f"(from {existing['source_name']}, created at {th_old}); the stored one is kept. "
            "If the stored one is wrong, ask the office to export a new package"),
    )


def _newer(rec: PackageRecord, existing: dict) -> bool:
    new, old = _created(rec.created_at), _created(existing.get("created_at") or "")
    return old is None or (new is not None and new > old)


def _already(file: str, rec: PackageRecord, existing: dict) -> Outcome:
    reason = "already_imported"
    if _newer(rec, existing):
        how_th = "หากต้องการแทนที่ด้วยไฟล์นี้ (ซึ่งสร้างทีหลัง) ให้ใช้ --replace หรือยืนยันการแทนที่"
        how_en = "use --replace (or confirm) to replace it with this later package"
    else:
        how_th = "ไฟล์นี้ไม่ได้ใหม่กว่าฉบับที่เก็บไว้ จึงจะไม่แทนที่แม้ใช้ --replace"
        how_en = "this file is not newer than the stored one, so --replace would keep the stored one"
        reason = "older_package"  # not offered for replacing (the window asks for the others)
    return Outcome(
        file=file, status="refused", reason=reason, office_code=rec.office_code,
        year=rec.year,
        th=(f"ไฟล์ {file} ถูกปฏิเสธ: หน่วยงาน {rec.office_code} ปี {rec.year} นำเข้าไว้แล้ว "
            f"(จากไฟล์ {existing['source_name']} เมื่อ {existing['imported_at']}) {how_th}"),
        en=(f"{file} refused: office {rec.office_code} year {rec.year} is already imported "
            f"(from {existing['source_name']} at {existing['imported_at']}); {how_en}"),
    )


def _write(agg: AggregationDB, file: str, rec: PackageRecord, warnings, replace: bool,
           confirm_replace, commit: bool = True) -> Outcome:
    existing = agg_store.existing_package(agg, rec.office_code, rec.year)
    do_replace = replace
    if existing is not None:
        if existing["package_sha256"] == rec.package_sha256:
            return Outcome(file=file, status="unchanged", office_code=rec.office_code,
                           year=rec.year,
                           th=f"ไฟล์ {file}: นำเข้าแพ็กเกจเดียวกันนี้ไว้แล้ว ไม่มีการเปลี่ยนแปลง",
                           en=f"{file}: this very package is already imported; nothing changed")
        # replace only with a newer package (by its manifest's creation time), whatever the
        # order of the files: "6409901-2567 (1).ita.zip" may well be the older copy
        if not replace and confirm_replace is None:
            return _already(file, rec, existing)
        if not _newer(rec, existing):
            return _not_newer(file, rec, existing)
        if not replace and not confirm_replace(file, rec, existing):
            return _already(file, rec, existing)
        do_replace = True
    try:
        replaced = agg_store.write_package(agg, rec, replace=do_replace, commit=commit)
    except AggregationError as exc:  # an office-year written meanwhile (not by this run)
        return Outcome(file=file, status="refused", reason="already_imported", th=exc.th, en=exc.en)
    what_th = "แทนที่ข้อมูลเดิมแล้ว" if replaced else "นำเข้าแล้ว"
    what_en = "replaced the earlier import" if replaced else "imported"
    total = "-" if rec.total is None else f"{rec.total:.2f}"
    return Outcome(
        file=file, status="replaced" if replaced else "imported", office_code=rec.office_code,
        year=rec.year, warnings=list(warnings),
        th=f"ไฟล์ {file}: {what_th} ({rec.full_name} ปี {rec.year} คะแนนรวม {total})",
        en=f"{file}: {what_en} ({rec.office_code} {rec.year}, total {total})",
    )


def import_files(agg: AggregationDB, files: Iterable[str | Path], *, replace: bool = False,
                 fw_for: Callable | None = None, progress: Callable[[int, int, Outcome], None] | None = None,
                 cancel: Callable[[], bool] | None = None,
                 confirm_replace: Callable | None = None, workers: int | None = None,
                 wait_s: float = agg_store.IMPORT_WAIT_S,
                 on_wait: Callable[[str, str], None] | None = None) -> ImportReport:
    """Import packages one by one (each all or nothing) and report every outcome.

    `fw_for(year)`: framework lookup (default: the program's registry). `workers`: process
    pool size for checking (default: the CPU count when there are many files and the default
    registry is used; 1 = no pool).

    `progress(i, n, outcome)` is called once per file, in order, and an "imported" or
    "replaced" outcome only once the package is committed: a run that fails to commit (a full
    disk) reports those files as not stored instead. Such a failure stops the run; every
    file after it gets its own "not stored" line, and `report.stopped` says why.

    Only one run writes into a file at a time: another one running (in this or another
    program, on this or another PC) is waited for up to `wait_s` seconds (`on_wait(th, en)`
    is told once), then every file is refused as "busy" (nothing written).
    """
    files = [Path(f) for f in files]
    report = ImportReport(warnings=list(getattr(agg, "warnings", [])))
    n = len(files)
    queue: list[tuple[int, Outcome]] = []  # outcomes held back until their batch is committed

    def emit(i, outcome):
        report.outcomes.append(outcome)
        if progress is not None:
            progress(i + 1, n, outcome)

    def stop_rest(start: int, err: ItadeskError, reason: str) -> None:
        for j in range(start, n):
            name = display_name(files[j])
            emit(j, Outcome(file=name, status="refused", reason=reason, path=files[j],
                            th=f"ไฟล์ {name} ไม่ได้นำเข้า: {err.th}",
                            en=f"{name} was not imported: {err.en}"))

    def told(exc: LockedError) -> None:
        if on_wait is not None:
            on_wait(f"{exc.th} — กำลังรอให้การนำเข้านั้นเสร็จ (ไม่เกิน {wait_s:.0f} วินาที)…",
                    f"{exc.en} Waiting for that import to finish (at most {wait_s:.0f} s)…")

    try:
        lock = agg_store.import_lock(agg, wait_s=wait_s, on_wait=told, cancel=cancel)
        lock.__enter__()
    except LockedError as exc:
        report.stopped = _busy(agg, exc)
        stop_rest(0, report.stopped, "busy")
        return report
    except StorageError as exc:  # the lock file cannot be written: a full or read-only disk
        report.stopped = exc
        stop_rest(0, exc, "not_stored")
        return report
    try:
        _import_locked(agg, files, report, queue, emit, stop_rest, replace=replace, fw_for=fw_for,
                       cancel=cancel, confirm_replace=confirm_replace, workers=workers)
    finally:
        lock.__exit__(None, None, None)
    return report


# Checking a package peaks at about 2.2 times its size (the file, its members, their parse:
# 423 MB for a 192 MB package of the largest members allowed). Workers checking at once must
# stay within this together, so a batch with very large files is checked one at a time.
POOL_MEMORY = 768 * 2**20


def _workers_for_memory(files: list[Path], workers: int) -> int:
    biggest = 0
    for f in files:
        try:
            biggest = max(biggest, f.stat().st_size)
        except OSError:
            pass
    return max(1, min(workers, POOL_MEMORY // max(1, int(2.2 * biggest))))


def _busy(agg: AggregationDB, exc: LockedError) -> ItadeskError:
    name = agg.path.name if agg.path else ""
    who_th = f"คุณ {exc.holder} ที่เครื่อง {exc.host}" if exc.holder not in ("", "?") else "โปรแกรมอื่น"
    who_en = f"{exc.holder} on computer {exc.host}" if exc.holder not in ("", "?") else "another program"
    return ItadeskError(
        f"{who_th} กำลังนำเข้าแพ็กเกจลงไฟล์ {name} อยู่ และยังไม่เสร็จ "
        "ไม่มีการเปลี่ยนแปลงจากไฟล์เหล่านี้ กรุณานำเข้าอีกครั้งเมื่อการนำเข้านั้นเสร็จแล้ว",
        f"{who_en} is importing packages into {name} and has not finished; nothing was "
        "written from these files: import them again once that import is done")


def _import_locked(agg, files, report, queue, emit, stop_rest, *, replace, fw_for, cancel,
                   confirm_replace, workers) -> None:
    n = len(files)
    ctx = _pool_context()
    if workers is None:
        floor = POOL_MIN_FILES_FORK if ctx.get_start_method() == "fork" else POOL_MIN_FILES
        workers = min(os.cpu_count() or 1, 4) if n >= floor else 1
    if fw_for is not None:
        workers = 1  # a custom lookup cannot be sent to other processes
    else:
        from ..domain.framework import framework_for as fw_for  # noqa: PLW0127
    if workers > 1:
        workers = _workers_for_memory(files, workers)

    def checked():
        if workers <= 1:
            for f in files:
                res = check_file(f, fw_for)
                if isinstance(res, PackageError):
                    yield ("error", res.file, res.reason, res.detail_th, res.detail_en)
                else:
                    yield ("ok", *res)
            return
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                 initializer=_worker_start) as pool:
            it = pool.map(_check_in_worker, [str(f) for f in files], chunksize=16)
            try:
                yield from it
            finally:
                pool.shutdown(wait=True, cancel_futures=True)

    def release(lost: ItadeskError | None = None) -> None:
        """Emit the held outcomes; those written but not committed become "not stored"."""
        for i, o in queue:
            if lost is not None and o.ok:
                o = Outcome(file=o.file, status="refused", reason="not_stored",
                            office_code=o.office_code, year=o.year, path=o.path,
                            th=f"ไฟล์ {o.file} ไม่ได้บันทึก: {lost.th}",
                            en=f"{o.file} was not stored: {lost.en}")
            emit(i, o)
        queue.clear()

    pending = 0  # packages written since the last commit
    last_commit = time.monotonic()

    def commit() -> ItadeskError | None:
        nonlocal pending, last_commit
        err = None
        try:
            agg_store.commit_pending(agg)
        except StorageError as exc:
            err = exc
        release(err if pending else None)
        pending, last_commit = 0, time.monotonic()
        return err

    gen = checked()
    i = 0
    try:
        for i, f in enumerate(files):
            if cancel is not None and cancel():
                report.cancelled = True
                err = commit()  # what was written before the cancel is kept
                if err is not None:
                    report.stopped = err
                for j in range(i, n):
                    name = display_name(files[j])
                    emit(j, Outcome(file=name, status="cancelled", path=files[j],
                                    th=f"ไฟล์ {name}: ยกเลิกก่อนนำเข้า",
                                    en=f"{name}: cancelled before import"))
                return
            if pending and time.monotonic() - last_commit > COMMIT_SECONDS:
                err = commit()
                if err is not None:
                    report.stopped = err
                    stop_rest(i, err, "not_stored")
                    return
            res = next(gen)
            if res[0] == "error":
                queue.append((i, _refused(PackageError(*res[1:]), f)))
            else:
                rec, warnings = res[1], res[2]
                try:
                    outcome = _write(agg, rec.source_name, rec, warnings, replace,
                                     confirm_replace, commit=False)
                except StorageError as exc:
                    # a full disk (or the file went away): this package left nothing behind;
                    # keep what the batch holds if it can still be committed, then stop
                    if not agg_store.transaction_open(agg) and pending:
                        release(exc)
                        pending = 0
                    else:
                        err = commit()
                        exc = err or exc
                    report.stopped = exc
                    stop_rest(i, exc, "not_stored")
                    return
                outcome.path = f
                queue.append((i, outcome))
                if outcome.ok:
                    pending += 1
            if pending >= COMMIT_EVERY or (pending and time.monotonic() - last_commit > COMMIT_SECONDS):
                err = commit()
                if err is not None:
                    report.stopped = err
                    stop_rest(i + 1, err, "not_stored")
                    return
            elif not pending:
                release()
    finally:
        gen.close()
        # also on an exception (Ctrl-C) or cancel: every package written so far is complete
        # (each one ran in its own savepoint), so they are kept and reported as imported
        if queue or agg_store.transaction_open(agg):
            err = commit()
            if err is not None and report.stopped is None:
                report.stopped = err
