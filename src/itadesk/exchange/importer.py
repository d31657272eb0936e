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
from pathlib import Path

from ..domain.errors import ItadeskError
from ..domain.plan import summarize
from ..storage import aggregation as agg_store
from ..storage.aggregation import AggregationDB, AggregationError, PackageRecord
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
    file: str
    status: str  # "imported" | "replaced" | "refused" | "cancelled"
    reason: str = ""  # a key of errors.REASONS when refused
    th: str = ""
    en: str = ""
    office_code: str = ""
    year: int | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "replaced")

    def message(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th


@dataclass
class ImportReport:
    outcomes: list[Outcome] = field(default_factory=list)
    cancelled: bool = False

    @property
    def imported(self) -> int:
        return sum(o.ok for o in self.outcomes)

    @property
    def refused(self) -> int:
        return sum(o.status == "refused" for o in self.outcomes)


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
    """Read and check one package; the PackageError is returned, not raised (pool-friendly)."""
    try:
        pkg = read_package(path, fw_for)
    except PackageError as exc:
        return exc
    except ItadeskError as exc:
        return PackageError(Path(path).name, "invalid_value", exc.th, exc.en)
    return record_from(pkg), pkg.warnings


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


def _refused(exc: PackageError) -> Outcome:
    return Outcome(file=exc.file, status="refused", reason=exc.reason, th=exc.th, en=exc.en)


def _already(file: str, rec: PackageRecord, existing: dict) -> Outcome:
    return Outcome(
        file=file, status="refused", reason="already_imported", office_code=rec.office_code,
        year=rec.year,
        th=(f"ไฟล์ {file} ถูกปฏิเสธ: หน่วยงาน {rec.office_code} ปี {rec.year} นำเข้าไว้แล้ว "
            f"(จากไฟล์ {existing['source_name']} เมื่อ {existing['imported_at']}) "
            "หากต้องการแทนที่ให้ใช้ --replace หรือยืนยันการแทนที่"),
        en=(f"{file} refused: office {rec.office_code} year {rec.year} is already imported "
            f"(from {existing['source_name']} at {existing['imported_at']}); "
            "use --replace (or confirm) to replace it"),
    )


def _write(agg: AggregationDB, file: str, rec: PackageRecord, warnings, replace: bool,
           confirm_replace, commit: bool = True) -> Outcome:
    existing = agg_store.existing_package(agg, rec.office_code, rec.year)
    do_replace = replace
    if existing is not None and not replace:
        if confirm_replace is None or not confirm_replace(file, rec, existing):
            return _already(file, rec, existing)
        do_replace = True
    try:
        replaced = agg_store.write_package(agg, rec, replace=do_replace, commit=commit)
    except AggregationError as exc:
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
                 confirm_replace: Callable | None = None, workers: int | None = None) -> ImportReport:
    """Import packages one by one (each in its own transaction) and report every outcome.

    `fw_for(year)`: framework lookup (default: the program's registry). `workers`: process
    pool size for checking (default: the CPU count when there are many files and the default
    registry is used; 1 = no pool).
    """
    files = [Path(f) for f in files]
    report = ImportReport()
    n = len(files)
    ctx = _pool_context()
    if workers is None:
        floor = POOL_MIN_FILES_FORK if ctx.get_start_method() == "fork" else POOL_MIN_FILES
        workers = min(os.cpu_count() or 1, 4) if n >= floor else 1
    if fw_for is not None:
        workers = 1  # a custom lookup cannot be sent to other processes
    else:
        from ..domain.framework import framework_for as fw_for  # noqa: PLW0127

    def emit(i, outcome):
        report.outcomes.append(outcome)
        if progress is not None:
            progress(i + 1, n, outcome)

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

    gen = checked()
    pending, last_commit = 0, time.monotonic()
    try:
        for i, f in enumerate(files):
            if cancel is not None and cancel():
                report.cancelled = True
                for j in range(i, n):
                    emit(j, Outcome(file=files[j].name, status="cancelled",
                                    th=f"ไฟล์ {files[j].name}: ยกเลิกก่อนนำเข้า",
                                    en=f"{files[j].name}: cancelled before import"))
                break
            res = next(gen)
            if res[0] == "error":
                emit(i, _refused(PackageError(*res[1:])))
                continue
            rec, warnings = res[1], res[2]
            outcome = _write(agg, f.name, rec, warnings, replace, confirm_replace, commit=False)
            if outcome.ok:
                pending += 1
                if pending >= COMMIT_EVERY or time.monotonic() - last_commit > COMMIT_SECONDS:
                    agg_store.commit_pending(agg)
                    pending, last_commit = 0, time.monotonic()
            emit(i, outcome)
    finally:
        gen.close()
        # also on an exception or cancel: every package written so far is complete (each one
        # ran in its own savepoint), so they are kept, as the outcomes say
        agg_store.commit_pending(agg)
    return report
