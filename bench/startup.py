"""How fast the desktop program starts and saves.

1. Cold start: `python -m itadesk --db FILE` in a fresh process, from launch until the main
   window is shown and its first events are processed (ITADESK_STARTUP_PROBE makes the
   program print "itadesk-ready" then and quit). Median of several runs. Target ≤ 1.0 s.
2. Edit → commit: a score typed into D1's score field, from the moment the field is left
   until its transaction is committed on disk (validated, saved with the file's durability
   settings: WAL + synchronous=FULL, i.e. an fsync). Median over many edits. Target ≤ 10 ms.
   Also printed: until the screen has been refreshed and the edit is on the undo stack.

    .venv/bin/python bench/startup.py [--quick]

The last line reads `startup_s=… edit_commit_ms=…`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_demo(path: Path) -> None:
    from itadesk.demo import create_demo
    from itadesk.storage.database import open_db

    office = open_db(path)
    try:
        create_demo(office)
    finally:
        office.close()


def cold_start(db: Path, data_dir: Path) -> float:
    env = dict(os.environ, ITADESK_STARTUP_PROBE="1", ITADESK_DATA=str(data_dir), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "itadesk", "--db", str(db)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    elapsed = None
    for line in proc.stdout:
        if line.strip() == "itadesk-ready":
            elapsed = time.perf_counter() - start
            break
    proc.wait(timeout=60)
    if elapsed is None:
        raise SystemExit("the program did not report ready")
    return elapsed


def edit_commit(db: Path, n: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from itadesk.ui.app import setup_application
    from itadesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    setup_application(app, language="th")
    window = MainWindow()
    window.show()
    assert window.open_path(str(db))
    scores = window.open_document("analysis").scores
    app.processEvents()
    edit = scores.edits[1]
    committed: list[float] = []
    # the first listener runs right after the transaction commits, before any view refresh
    window.session.office.on_change.insert(0, lambda _what: committed.append(time.perf_counter()))
    to_commit, to_screen = [], []
    for i in range(n):
        edit.setText(f"{80 + (i % 20) + 0.25:.2f}")
        committed.clear()
        t = time.perf_counter()
        scores.commit(1)
        done = time.perf_counter()
        to_commit.append(committed[0] - t)
        to_screen.append(done - t)
        app.processEvents()
    window.close()
    return to_commit, to_screen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (CI)")
    args = parser.parse_args()
    runs, edits = (3, 30) if args.quick else (7, 200)
    with tempfile.TemporaryDirectory(prefix="itadesk-bench-") as tmp:
        tmp = Path(tmp)
        os.environ["ITADESK_DATA"] = str(tmp / "data")
        db = tmp / "demo.itadesk.db"
        make_demo(db)
        cold_start(db, tmp / "data")  # warm the OS file cache once, as a second start would
        starts = [cold_start(db, tmp / "data") for _ in range(runs)]
        print(f"cold start to an interactive main window: median {statistics.median(starts):.3f} s "
              f"(min {min(starts):.3f}, max {max(starts):.3f}, {runs} runs; target ≤ 1.0 s)")
        to_commit, to_screen = edit_commit(db, edits)
        ms = [t * 1000 for t in to_commit]
        screen = [t * 1000 for t in to_screen]
        print(f"edit → commit on disk (score field): median {statistics.median(ms):.2f} ms "
              f"(p90 {sorted(ms)[int(len(ms) * 0.9)]:.2f} ms, {edits} edits; target ≤ 10 ms)")
        print(f"edit → screen refreshed and undoable: median {statistics.median(screen):.2f} ms "
              f"(p90 {sorted(screen)[int(len(screen) * 0.9)]:.2f} ms)")
        print(f"startup_s={statistics.median(starts):.3f} edit_commit_ms={statistics.median(ms):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
