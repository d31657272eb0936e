"""Fuzz the package importer: mutate a small valid package many times and import each result.

    .venv/bin/python bench/fuzz_import.py                 # 10,000 cases
    .venv/bin/python bench/fuzz_import.py --cases 50000 --seed 7
    .venv/bin/python bench/fuzz_import.py --quick         # 500 cases

Mutations (exchange.mutations): random byte flips, truncation and splicing; one JSON value of
data.json or the manifest replaced by a hostile one (with the manifest's hashes recomputed so
the value reaches validation); keys dropped; members renamed, duplicated, added or given link,
folder or executable modes. Every case runs against an aggregation database file that already
holds one office.

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
            for i in range(n):
                mutator = rng.choice(mutations.MUTATORS)
                try:
                    body = mutator(base, rng)
                except (ValueError, UnicodeEncodeError):  # zipfile cannot write that variant
                    body = mutations.flip_bytes(base, rng)
                result = mutations.check_case(agg, framework_for, body, f"case{i}.ita.zip")
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
    print(f"cases={n} crashes={crashes} partial_writes={partial}")
    return 1 if crashes or partial else 0


if __name__ == "__main__":
    sys.exit(main())
