"""A short run of the crash bench (bench/faults.py): children killed with SIGKILL at random
moments while editing; the file must stay intact and keep every acknowledged edit."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "faults.py"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_kill_at_random_moments_loses_and_corrupts_nothing(tmp_path):
    out = subprocess.run(
        [sys.executable, str(BENCH), "--iterations", "50", "--max-delay", "0.15", "--seed", "7",
         "--dir", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    last = out.stdout.strip().splitlines()[-1]
    m = re.fullmatch(r"iterations=(\d+) corrupt=(\d+) lost=(\d+)", last)
    assert m, out.stdout + out.stderr
    assert m.groups() == ("50", "0", "0"), out.stdout + out.stderr
    acked = int(re.search(r"acknowledged_edits=(\d+)", out.stdout).group(1))
    assert acked > 50  # the children did get work done before being killed
    assert out.returncode == 0
