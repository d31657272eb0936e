"""Fuzz the package importer: mutate a small valid package many times and import each result.

    .venv/bin/python bench/fuzz_import.py                 # 10,000 cases
    .venv/bin/python bench/fuzz_import.py --cases 50000 --seed 7
    .venv/bin/python bench/fuzz_import.py --quick         # 500 cases

Mutations (exchange.mutations): random byte flips, truncation and splicing; one JSON value of
data.json or the manifest replaced by a hostile one (with the manifest's hashes recomputed so
the value reaches validation); keys dropped; members renamed, duplicated, added or given link,
folder or executable modes. Every case runs against an aggregation database file that already
holds one office.

The package cases of issue 17 are mixed in (a quarter of the cases): a lone surrogate in a
string of data.json or the manifest; member names in cp874 without the UTF-8 flag (re-zipped on
a Thai Windows PC); look-alike office codes (64O99O1, 06409901, 6409901-, ...: any of them
imported counts as a failure); ZIPs of very many entries (33 to 20,000 and, with --big, three
of 200,000: refused before zipfile reads their directory; the process's peak memory is shown).
Then a batch phase imports files whose names on disk are not UTF-8 (cp874 bytes, random
bytes), valid and damaged mixed, through import_files: every file must get its own outcome
and the database must hold exactly the ones reported imported.

A crash is any exception other than a refusal (PackageError). A partial write is a refused
case after which the database's contents changed, or an imported case whose rows do not match
its package; after the run the database file must hold exactly the office it started with.
Last line: cases=… crashes=… partial_writes=…
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="500 cases")
    ap.add_argument("--show", type=int, default=5, help="print this many failing cases")
    ap.add_argument("--big", type=int, default=3, help="this many ZIPs of 200,000 entries")
    ap.add_argument("--batch", type=int, default=60, help="files in the non-UTF-8 name phase")
    args = ap.parse_args()
    n = 500 if args.quick else args.cases

    from itadesk.domain.framework import framework_for
    from itadesk.exchange import mutations
    from itadesk.exchange.importer import _write, record_from
    from itadesk.exchange.reader import read_package
    from itadesk.storage.aggregation import open_aggregation_db, table_counts

    fw = framework_for(2567)
    base = mutations.small_package(fw)
    other = mutations.small_year(fw)
    other.office.code = "9900102"
    from itadesk.exchange.package import PDF_KINDS, build_package_bytes
    from itadesk.exchange.synthetic import placeholder_pdf

    pdf = placeholder_pdf()
    other_pkg = build_package_bytes(other, fw, {k: pdf for k in PDF_KINDS})

    rng = random.Random(args.seed)
    outcomes = collections.Counter()
    by_mutator = collections.Counter()
    crashes = partial = 0
    shown = 0
    with tempfile.TemporaryDirectory(prefix="itadesk-fuzz-") as tmp:
        path = Path(tmp) / "agg.db"
        with open_aggregation_db(path) as agg:
            assert _write(agg, "other", record_from(read_package(other_pkg, framework_for, "o")),
                          [], False, None).ok
            start_state = table_counts(agg)
            t0 = time.perf_counter()
            big = set(rng.sample(range(n), min(args.big, n)))
            for i in range(n):
                if i in big:
                    mutator = mutations.many_entries
                    body = mutations.many_entries(base, rng, 200_000)
                else:
                    mutator = rng.choice(mutations.MUTATORS if rng.random() < 0.75
                                         else mutations.PACKAGE_MUTATORS)
                    try:
                        body = mutator(base, rng)
                    except (ValueError, UnicodeEncodeError):  # zipfile cannot write that variant
                        body = mutations.flip_bytes(base, rng)
                result = mutations.check_case(agg, framework_for, body, f"case{i}.ita.zip")
                if mutator is mutations.look_alike_code and result == "imported":
                    result = "crash: a look-alike office code was imported"
                kind = result.split(":")[0]
                outcomes[kind] += 1
                by_mutator[(mutator.__name__, kind)] += 1
                if kind in ("crash", "partial"):
                    crashes += kind == "crash"
                    partial += kind == "partial"
                    if shown < args.show:
                        shown += 1
                        (Path(tmp).parent / f"itadesk-fuzz-case{i}.ita.zip").write_bytes(body)
                        print(f"case {i} ({mutator.__name__}): {result}", flush=True)
            elapsed = time.perf_counter() - t0
            b_crash, b_partial, b_counts = _batch_phase(agg, Path(tmp), base, rng, args.batch)
            crashes += b_crash
            partial += b_partial
            end_state = table_counts(agg)
        if end_state != start_state:
            partial += 1
            print(f"the database changed over the run: {start_state} -> {end_state}")
        with open_aggregation_db(path) as agg:
            (row,) = agg.conn.execute("SELECT office_code FROM packages").fetchall()
            assert row[0] == "9900102"
    for (name, kind), count in sorted(by_mutator.items()):
        print(f"  {name:15s} {kind:9s} {count}")
    print(f"{n} cases in {elapsed:.1f} s ({1000 * elapsed / max(n, 1):.2f} ms each): "
          + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    print(f"batch of {args.batch} files with non-UTF-8 names: "
          + ", ".join(f"{k} {v}" for k, v in sorted(b_counts.items())))
    print(f"peak memory of this process: {_peak_mb():.0f} MB")
    print(f"cases={n} crashes={crashes} partial_writes={partial}")
    return 1 if crashes or partial else 0


def _peak_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            return int(next(ln for ln in fh if ln.startswith("VmHWM")).split()[1]) / 1024
    except (OSError, StopIteration):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _batch_phase(agg, tmp: Path, base: bytes, rng, count: int):
    """Files whose names on disk are not UTF-8, valid and damaged mixed, imported as one batch
    through import_files: one outcome per file, and exactly the imported ones stored."""
    import collections
    import os

    from itadesk.exchange import mutations
    from itadesk.exchange.importer import import_files
    from itadesk.storage.aggregation import count_packages, delete_package

    folder = tmp / "batch"
    folder.mkdir()
    files = []
    for k in range(count):
        if rng.random() < 0.5:
            stem = rng.choice(["ปราณี", "อบต.หนองบัว", "ข้อมูลปี๒๕๖๗"]).encode("cp874")
        else:
            stem = bytes(rng.randrange(0x80, 0x100) for _ in range(rng.randint(1, 12)))
        name = stem + b"-%d.ita.zip" % k
        if rng.random() < 0.3:
            body = base  # valid: the same office-year each time, so the first is imported
        else:
            mutator = rng.choice(mutations.MUTATORS + mutations.PACKAGE_MUTATORS[:3])
            try:
                body = mutator(base, rng)
            except (ValueError, UnicodeEncodeError):
                body = mutations.flip_bytes(base, rng)
        path = os.fsencode(folder) + b"/" + name
        with open(path, "wb") as fh:
            fh.write(body)
        files.append(os.fsdecode(path))
    before = count_packages(agg)
    crash = partial = 0
    try:
        report = import_files(agg, files, replace=True, workers=1)
    except Exception as exc:  # noqa: BLE001 - the bench reports it
        print(f"batch phase: crash: {type(exc).__name__}: {exc}"[:300])
        return 1, 0, collections.Counter()
    counts = collections.Counter(o.status for o in report.outcomes)
    if len(report.outcomes) != count:
        print(f"batch phase: {len(report.outcomes)} outcomes for {count} files")
        crash += 1
    for o in report.outcomes:
        try:
            o.message("th").encode("utf-8")
            o.message("en").encode("utf-8")
        except UnicodeEncodeError:
            print(f"batch phase: an unprintable message for {o.file!r}")
            crash += 1
    stored = count_packages(agg) - before
    new = {(o.office_code, o.year) for o in report.outcomes if o.status == "imported"}
    if stored != len(new):
        print(f"batch phase: {stored} stored, {len(new)} reported imported")
        partial += 1
    for code, year in new:
        delete_package(agg, code, year)
    return crash, partial, counts


if __name__ == "__main__":
    sys.exit(main())
