"""Benchmark: cost of correct Thai (shaping + word breaking + copy-out text) over plain
ReportLab, on a ~40-page A4-landscape document of 9-column tables of Thai paragraphs.

    .venv/bin/python bench/typeset.py [--runs N]

"Plain" is stock ReportLab on the same text and font (no shaping, no Thai word breaking,
no ActualText) in the same table layout: what the program would cost if Thai did not need
care. Each Thai run starts
with empty tokenisation/shaping caches (the newmm dictionary stays loaded, as in the app).
The last line is machine-readable:
    pages_per_s=… thai_over_plain=… thai_over_plain_cpu=… tokenize_chars_per_s=… peak_mb=…
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, TableStyle  # noqa: E402

from itadesk.reports import layout, rlhooks, thaiwrap  # noqa: E402
from itadesk.reports.typesetter import OfficeTable, Typesetter  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "thai_corpus.txt"
COLS = [1.2, 4.0, 3.4, 3.4, 2.6, 2.2, 2.4, 2.4, 3.3]  # cm, 24.9 cm of landscape text width
HEADER = ["ลำดับ", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ผลการดำเนินการ", "ระยะเวลา",
          "งบประมาณ", "ผู้รับผิดชอบ", "ตัวชี้วัด", "หมายเหตุ"]


def sentences() -> list[str]:
    lines = [ln for ln in CORPUS.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    words = [w for ln in lines for w in ln.split(" ") if w]
    return words


def make_rows(n_rows: int, seed: int) -> list[list[str]]:
    """Rows of Thai cell texts, different on every run (so caches start cold)."""
    rnd = random.Random(seed)
    words = sentences()

    def text(k: int) -> str:
        return " ".join(rnd.choice(words) for _ in range(k))

    rows = []
    for i in range(n_rows):
        rows.append([str(i + 1), text(6), text(9), text(9), f"ต.ค. {66 + i % 2} - ก.ย. 67",
                     f"{rnd.randint(1, 900) * 1000:,}.00", text(3), text(4), text(5)])
    return rows


def thai_story(ts: Typesetter, rows):
    return [ts.para("รายงานผลการดำเนินงาน (ทดสอบความเร็ว)", "heading1"),
            ts.table([HEADER], rows, [c * cm for c in COLS], numeric_cols=[5])]


def plain_story(ts: Typesetter, rows):
    """Same content through stock ReportLab: unshaped Paragraphs, no word breaking."""
    def st(name):
        return ts.style(name).clone(name + "-plain", shaping=0, splitLongWords=1)

    cell, head, right = st("table_cell"), st("table_header"), st("table_cell_right")
    data = [[Paragraph(h, head) for h in HEADER]]
    for r in rows:
        data.append([Paragraph(v, right if j == 5 else cell) for j, v in enumerate(r)])
    # the same table layout rules (one header per page, short rows kept whole): only the
    # Thai text handling differs
    t = OfficeTable(data, colWidths=[c * cm for c in COLS], repeatRows=1, splitByRow=0,
                    splitInRow=40, style=TableStyle(ts.grid_style(1)))
    t.keep_fraction = float(ts.table_conf.get("keep_rows_fraction", 1 / 3))
    return [Paragraph("รายงานผลการดำเนินงาน (ทดสอบความเร็ว)", st("heading1")), t]


def clear_caches() -> None:
    rlhooks._shape_cache.clear()
    thaiwrap.tokens.cache_clear()
    thaiwrap.break_positions.cache_clear()
    thaiwrap.fine_positions.cache_clear()


CPU: list[float] = []  # process CPU seconds of the last build (steadier on a busy machine)


def build(story, ts) -> tuple[float, int]:
    buf = io.BytesIO()
    t0 = time.perf_counter()
    c0 = time.process_time()
    layout.build_pdf(buf, [*layout.landscape()[:1], *story], ts, title="bench",
                     first_template=layout.LANDSCAPE)
    dt = time.perf_counter() - t0
    CPU[:] = [time.process_time() - c0]
    return dt, len(re.findall(rb"/Type /Page[^s]", buf.getvalue()))


def tokenize_rate(seed: int = 99) -> float:
    rnd = random.Random(seed)
    words = sentences()
    texts = ["".join(rnd.choice(words) for _ in range(8)) for _ in range(3000)]
    thaiwrap.tokens.cache_clear()
    thaiwrap.break_positions.cache_clear()
    n = sum(map(len, texts))
    t0 = time.perf_counter()
    for s in texts:
        thaiwrap.break_positions(s)
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rows", type=int, default=80)  # ~40 pages
    args = ap.parse_args()

    ts = Typesetter(font="Sarabun", thai_digits=True)
    thaiwrap.tokens("โหลดพจนานุกรม")  # load the newmm dictionary once, as the app does
    build(thai_story(ts, make_rows(20, 0)), ts)  # warm up imports and fonts

    thai_t, plain_t, pages_thai, pages_plain = [], [], 0, 0
    thai_c, plain_c = [], []
    for k in range(args.runs):
        rows = make_rows(args.rows, 1000 + k)
        clear_caches()
        rlhooks.install()
        dt, pages_thai = build(thai_story(ts, rows), ts)
        thai_t.append(dt)
        thai_c.append(CPU[0])
        rlhooks.uninstall()
        dt, pages_plain = build(plain_story(ts, rows), ts)
        plain_t.append(dt)
        plain_c.append(CPU[0])
        rlhooks.install()
    t_thai, t_plain = statistics.median(thai_t), statistics.median(plain_t)
    rate = tokenize_rate()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows={args.rows} runs={args.runs}")
    print(f"thai:  {pages_thai} pages, median {t_thai:.3f} s ({pages_thai / t_thai:.1f} pages/s)"
          f"  all: {', '.join(f'{x:.2f}' for x in thai_t)}")
    print(f"plain: {pages_plain} pages, median {t_plain:.3f} s "
          f"({pages_plain / t_plain:.1f} pages/s)  all: {', '.join(f'{x:.2f}' for x in plain_t)}")
    print(f"shaping cache: {rlhooks.stats}")
    cpu_ratio = statistics.median(thai_c) / statistics.median(plain_c)
    print(f"CPU seconds (steadier than wall time when other programs share the machine): "
          f"thai {statistics.median(thai_c):.3f}, plain {statistics.median(plain_c):.3f}")
    print(f"pages_per_s={pages_thai / t_thai:.2f} thai_over_plain={t_thai / t_plain:.2f} "
          f"thai_over_plain_cpu={cpu_ratio:.2f} "
          f"tokenize_chars_per_s={rate:.0f} peak_mb={peak_mb:.0f}")


if __name__ == "__main__":
    main()
