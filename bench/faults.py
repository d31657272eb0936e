"""Crash test: kill (SIGKILL) a process at random moments while it edits an office file, then
check that the file is intact and that every edit acknowledged before the kill is there.

    .venv/bin/python bench/faults.py --iterations 1000      # the target: corrupt=0 lost=0
    .venv/bin/python bench/faults.py --quick                 # 100 iterations

Each iteration starts a child process (forked from an already-importing worker, or a fresh
interpreter with --spawn) that opens the file through `open_db` (taking over the lock the
previous victim left), then runs storage operations in a loop: add a measure, add a group of
three plan items in one operation, update or delete a measure, a backup, close and reopen.
Before an operation the child writes `B <op>` to a pipe and after its commit `A` — the
acknowledgement, i.e. what the GUI would show as "saved". The parent kills the child after a
random delay, then opens the file like the program would and checks:

- corrupt: the file does not open, fails `PRAGMA integrity_check`, a group of plan items was
  half-written, or a listed backup fails its check;
- lost: the file's content is neither "every acknowledged edit" nor "every acknowledged edit
  plus the one in flight" (an acknowledged edit missing, an acknowledged delete undone, or an
  edit that was never made appearing).

SIGKILL loses what the process had not handed to the OS; it does not simulate losing the OS's
page cache (a power cut) — that part rests on synchronous=FULL (see storage/database.py).
The last line printed is `iterations=N corrupt=C lost=L`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from itadesk.domain.measures import Measure  # noqa: E402
from itadesk.domain.office import Office, Unit  # noqa: E402
from itadesk.domain.plan import PlanItem  # noqa: E402
from itadesk.storage import backups  # noqa: E402
from itadesk.storage import operations as ops  # noqa: E402
from itadesk.storage.database import open_db  # noqa: E402

YEAR = 2568


# ------------------------------------------------------------------ the victim

def workload(path: Path, seed: int, out_fd: int) -> None:
    """Edit `path` forever, acknowledging each committed operation on `out_fd`."""
    rng = random.Random(seed)

    def say(line: str) -> None:
        os.write(out_fd, (line + "\n").encode("utf-8"))

    say("S")
    office = open_db(path, take_over_stale_lock=True)
    say("O")
    conn = office.conn
    if conn.execute("SELECT COUNT(*) FROM office").fetchone()[0] == 0:
        ops.save_office(office, Office(code="9999999", kind="อบต.", name="ทดสอบไฟดับ",
                                       units=[Unit("สำนักปลัด", "")]))
    n = 0
    while True:
        n += 1
        key = f"{seed}-{n}"
        r = rng.random()
        rows = conn.execute("SELECT id, title FROM measures ORDER BY id").fetchall()
        if r < 0.40 or not rows:
            title = f"m {key}"
            say(f"B M {title}")
            ops.add_measure(office, Measure(year=YEAR, target="issue:1", title=title,
                                            steps="ขั้นตอน " * rng.randint(1, 200)))
        elif r < 0.58:
            say(f"B P {key}")
            ops.add_plan_items(office, [PlanItem(f"p {key} {c}", 1, budget=1000 * i)
                                        for i, c in enumerate("abc")], YEAR)
        elif r < 0.73:
            mid, title = rng.choice(rows)
            m = [x for x in ops_load_measures(office) if x.id == mid][0]
            value = f"u {key}"
            say(f"B U {title}\t{value}")
            m.summary = value
            ops.update_measure(office, m)
        elif r < 0.86 and len(rows) > 5:
            mid, title = rows[0]
            say(f"B D {title}")
            ops.delete_measure(office, mid)
        elif r < 0.94:
            say("B X")
            backups.maybe_backup(office, min_interval_s=0)
        else:
            say("B X")
            office.close()
            office = open_db(path, take_over_stale_lock=True)
            conn = office.conn
        say("A")


def ops_load_measures(office):
    from itadesk.storage.queries import load_measures

    return load_measures(office, YEAR)


# ------------------------------------------------------------------ the checker

def parse_log(text: str):
    """(acknowledged ops, the op in flight or None) from the child's lines."""
    acked, pending = [], None
    for line in text.split("\n")[:-1]:  # a trailing partial line is ignored
        if line.startswith("B "):
            pending = line[2:]
        elif line == "A" and pending is not None:
            acked.append(pending)
            pending = None
    return acked, pending


def apply(state: dict, op: str) -> dict:
    s = {"m": dict(state["m"]), "p": dict(state["p"])}
    kind, _, arg = op.partition(" ")
    if kind == "M":
        s["m"][arg] = ""
    elif kind == "U":
        title, _, value = arg.partition("\t")
        if title in s["m"]:
            s["m"][title] = value
    elif kind == "D":
        s["m"].pop(arg, None)
    elif kind == "P":
        s["p"][arg] = 3
    return s


def observe(path: Path):
    """(state, problems) of the file as the program would open it."""
    problems = []
    try:
        office = open_db(path, take_over_stale_lock=True)
    except Exception as exc:  # noqa: BLE001
        return None, [f"open failed: {type(exc).__name__}: {exc}"]
    try:
        check = office.conn.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in check] != ["ok"]:
            problems.append(f"integrity_check: {check[:3]}")
        m = {t: (s or "") for t, s in office.conn.execute("SELECT title, summary FROM measures")}
        groups: dict[str, int] = {}
        for (name,) in office.conn.execute("SELECT name FROM plan_items"):
            key = name[2:].rsplit(" ", 1)[0]
            groups[key] = groups.get(key, 0) + 1
        torn = {k: c for k, c in groups.items() if c != 3}
        if torn:
            problems.append(f"half-written operation: {torn}")
    finally:
        office.close()
    return {"m": m, "p": groups}, problems


def run_worker(job: int, iterations: int, seed: int, max_delay: float, spawn: bool,
               folder: Path, verbose: bool) -> dict:
    rng = random.Random(seed * 1000 + job)
    path = folder / f"faults-{job}.db"
    state = {"m": {}, "p": {}}
    checked_backups: set[str] = set()
    totals = {"iterations": 0, "corrupt": 0, "lost": 0, "acked": 0, "bad_backups": 0,
              "killed_before_open": 0}
    for it in range(iterations):
        child_seed = rng.randrange(1 << 30)
        # most kills land mid-editing; some right at start-up (lock, open, migration)
        delay = rng.uniform(0, 0.02) if rng.random() < 0.15 else rng.uniform(0, max_delay)
        if spawn:
            proc = subprocess.Popen([sys.executable, __file__, "--child", str(path), str(child_seed)],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            rfd, pid = proc.stdout.fileno(), proc.pid
        else:
            rfd, wfd = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child
                os.close(rfd)
                try:
                    workload(path, child_seed, wfd)
                finally:
                    os._exit(3)
            os.close(wfd)
        buf = b""
        started = None
        deadline = None
        while True:
            timeout = 5.0 if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([rfd], [], [], timeout)
            if ready:
                chunk = os.read(rfd, 65536)
                if not chunk:
                    break
                buf += chunk
                if started is None and b"S\n" in buf:
                    started = time.monotonic()
                    deadline = started + delay
            if deadline is not None and time.monotonic() >= deadline:
                break
            if not ready and deadline is None:
                break  # the child never started
        os.kill(pid, signal.SIGKILL)
        if spawn:
            proc.wait()
            buf += proc.stdout.read()
            proc.stdout.close()
        else:
            os.waitpid(pid, 0)
            while True:
                chunk = os.read(rfd, 65536)
                if not chunk:
                    break
                buf += chunk
            os.close(rfd)
        text = buf.decode("utf-8", "replace")
        if "\nO\n" not in "\n" + text:
            totals["killed_before_open"] += 1
        acked, pending = parse_log(text)
        totals["acked"] += len(acked)
        expected = state
        for op in acked:
            expected = apply(expected, op)
        allowed = [expected] if pending is None else [expected, apply(expected, pending)]
        seen, problems = observe(path)
        totals["iterations"] += 1
        if problems:
            totals["corrupt"] += 1
        if seen is not None:
            if seen not in allowed:
                diff = {k for k in set(expected["m"]) | set(seen["m"])
                        if expected["m"].get(k) != seen["m"].get(k)}
                diff |= {k for k in set(expected["p"]) | set(seen["p"])
                         if expected["p"].get(k) != seen["p"].get(k)}
                if pending is not None:
                    diff = {k for k in diff if k not in pending}
                totals["lost"] += max(1, len(diff))
                problems.append(f"content differs from the acknowledged edits: {sorted(diff)[:5]}")
            state = seen
        for b in backups.list_backups(path):
            if b.name not in checked_backups:
                checked_backups.add(b.name)
                if backups.verify_backup(b.path) != "ok":
                    totals["bad_backups"] += 1
                    totals["corrupt"] += 1
                    problems.append(f"bad backup {b.name}")
        if problems and verbose:
            print(f"[job {job} iteration {it}] " + "; ".join(problems), file=sys.stderr)
    return totals


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--iterations", type=int, default=1000)
    p.add_argument("--quick", action="store_true", help="100 iterations")
    p.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    p.add_argument("--seed", type=int, default=int(time.time()))
    p.add_argument("--max-delay", type=float, default=0.5, help="seconds (kill moment range)")
    p.add_argument("--spawn", action="store_true", help="fresh interpreter per child (slower)")
    p.add_argument("--dir", help="keep the files here (default: a temporary folder)")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    p.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        workload(Path(args.child[0]), int(args.child[1]), sys.stdout.fileno())
        return 0
    if args.quick:
        args.iterations = 100
    folder = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="itadesk-faults-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.worker is not None:
        totals = run_worker(args.worker, args.iterations, args.seed, args.max_delay, args.spawn,
                            folder, args.verbose)
        print(json.dumps(totals))
        return 0
    if sys.platform == "win32":
        print("bench/faults.py needs POSIX signals (run it on Linux or macOS)", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    jobs = max(1, min(args.jobs, args.iterations))
    shares = [args.iterations // jobs + (1 if j < args.iterations % jobs else 0) for j in range(jobs)]
    procs = []
    for j, n in enumerate(shares):
        cmd = [sys.executable, __file__, "--worker", str(j), "--iterations", str(n),
               "--seed", str(args.seed), "--max-delay", str(args.max_delay), "--dir", str(folder)]
        cmd += ["--spawn"] if args.spawn else []
        cmd += ["--verbose"] if args.verbose else []
        procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True))
    total = {"iterations": 0, "corrupt": 0, "lost": 0, "acked": 0, "bad_backups": 0,
             "killed_before_open": 0}
    for proc in procs:
        out, _ = proc.communicate()
        if proc.returncode != 0:
            print(f"worker failed ({proc.returncode})", file=sys.stderr)
            return 1
        for k, v in json.loads(out.strip().splitlines()[-1]).items():
            total[k] += v
    elapsed = time.monotonic() - t0
    print(f"seed={args.seed} jobs={jobs} mode={'spawn' if args.spawn else 'fork'} "
          f"seconds={elapsed:.1f} acknowledged_edits={total['acked']} "
          f"killed_before_open={total['killed_before_open']} bad_backups={total['bad_backups']}")
    print(f"iterations={total['iterations']} corrupt={total['corrupt']} lost={total['lost']}")
    return 0 if total["corrupt"] == 0 and total["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
