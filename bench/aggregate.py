"""Import + aggregate speed and memory for a district-sized and a country-sized set of packages.

    .venv/bin/python bench/aggregate.py           # 250 and 7,850 packages
    .venv/bin/python bench/aggregate.py --quick   # 250 only

Packages are synthetic (exchange.synthetic): the demo office's year (a real-sized data.json of
about 120 KB) with new identities and random scores, spread over 77 provinces, each carrying
six tiny placeholder PDFs (a few hundred bytes) so that making 7,850 of them stays quick; real
PDFs would add only hashing time (SHA-256 runs at several hundred MB/s).

Each case runs in a fresh process: import every package into a new aggregation database
(checking in a process pool on the machine's cores when there are many files, writing one
transaction per package), then compute the country summary and one province's summary.
peak_mb is the measuring process's peak RSS plus, when a pool was used, each worker's peak
(the largest child's peak times the number of workers: an upper bound).

Targets: 250 packages in <= 2 s; 7,850 in <= 30 s and <= 500 MB.
Last line: n250_s=… n7850_s=… peak_mb=…
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _make(chunk: list[tuple[int, tuple]], folder: str) -> int:
    from itadesk.domain.framework import framework_for
    from itadesk.exchange import synthetic

    fw = framework_for(2567)
    pdf = synthetic.placeholder_pdf()
    for i, (code, prov, dist, tam) in chunk:
        body = synthetic.synthetic_package(fw, random.Random(i), code, prov, dist, tam, pdf=pdf)
        (Path(folder) / f"{code}-2567.ita.zip").write_bytes(body)
    return len(chunk)


def generate(n: int, folder: Path) -> None:
    from itadesk.exchange import synthetic

    offices = list(enumerate(synthetic.country(n)))
    have = len(list(folder.glob("*.ita.zip")))
    if have == n:
        return
    chunks = [offices[i:i + 200] for i in range(0, n, 200)]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(_make, chunks, [str(folder)] * len(chunks)))


def measure(folder: Path, n: int) -> dict:
    """Runs in its own process: import the first n packages of `folder`, then summarise."""
    from itadesk.domain.framework import framework_for
    from itadesk.exchange.aggregate import summarize
    from itadesk.exchange.importer import POOL_MIN_FILES_FORK, import_files
    from itadesk.storage.aggregation import open_aggregation_db

    files = sorted(folder.glob("*.ita.zip"))[:n]
    framework_for(2567)  # load the frameworks before the clock starts, as the program does
    db = Path(tempfile.mkdtemp(prefix="itadesk-bench-")) / "agg.db"
    t0 = time.perf_counter()
    with open_aggregation_db(db) as agg:
        report = import_files(agg, files)
        t1 = time.perf_counter()
        country = summarize(agg, framework_for)
        province = summarize(agg, framework_for, province=country.offices[0]["province"])
    t2 = time.perf_counter()
    assert report.imported == n, [o.en for o in report.outcomes if not o.ok][:3]
    workers = min(os.cpu_count() or 1, 4) if n >= POOL_MIN_FILES_FORK else 0
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    self_kb, child_kb = me.ru_maxrss, kids.ru_maxrss
    return {
        "n": n, "import_s": t1 - t0, "aggregate_s": t2 - t1, "total_s": t2 - t0,
        "workers": workers, "self_mb": self_kb / 1024, "child_mb": child_kb / 1024,
        "peak_mb": (self_kb + workers * child_kb) / 1024, "db_mb": db.stat().st_size / 2**20,
        "pass_rate": country.pass_rate, "province_n": province.n,
        "cpu_main_s": me.ru_utime + me.ru_stime, "cpu_workers_s": kids.ru_utime + kids.ru_stime,
        "load": os.getloadavg()[0],
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="only the 250-package case")
    ap.add_argument("--dir", help="keep the generated packages here (reused when complete)")
    ap.add_argument("--measure", nargs=2, metavar=("DIR", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), int(args.measure[1]))))
        return 0

    sizes = [250] if args.quick else [250, 7_850]
    results = {}
    with tempfile.TemporaryDirectory(prefix="itadesk-packages-") as tmp:
        for n in sizes:
            folder = Path(args.dir or tmp) / str(n)
            folder.mkdir(parents=True, exist_ok=True)
            t = time.perf_counter()
            generate(n, folder)
            size = sum(f.stat().st_size for f in folder.glob("*.ita.zip")) / 2**20
            print(f"generated {n} packages ({size:.0f} MB) in {time.perf_counter() - t:.1f} s",
                  flush=True)
            out = subprocess.run([sys.executable, __file__, "--measure", str(folder), str(n)],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            results[n] = r
            print(f"n={n}: import {r['import_s']:.2f} s + aggregate {r['aggregate_s']:.2f} s "
                  f"= {r['total_s']:.2f} s; workers {r['workers']}; peak {r['peak_mb']:.0f} MB "
                  f"(main {r['self_mb']:.0f} MB, largest worker {r['child_mb']:.0f} MB); "
                  f"database {r['db_mb']:.0f} MB; pass rate {r['pass_rate']}%; CPU main "
                  f"{r['cpu_main_s']:.1f} s + workers {r['cpu_workers_s']:.1f} s "
                  f"({1000 * (r['cpu_main_s'] + r['cpu_workers_s']) / n:.1f} ms a package); "
                  f"load average {r['load']:.1f}", flush=True)
    n250 = results[250]["total_s"]
    n7850 = results.get(7_850, {}).get("total_s")
    peak = max(r["peak_mb"] for r in results.values())
    print(f"n250_s={n250:.2f} n7850_s={'-' if n7850 is None else f'{n7850:.2f}'} peak_mb={peak:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
