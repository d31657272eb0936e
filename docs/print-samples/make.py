"""Regenerate the print samples: PNGs of every document of the demo office and of a large
office (60 projects, cells of about 1,000 characters, budgets over 1,000,000 baht, links of
300 characters), to look at next to the seeds.

    PYTHONPATH=src .venv/bin/python docs/print-samples/make.py [--dpi 60]

Writes docs/print-samples/<office>-<document>-p<N>.png (grey, palette PNG: a few MB in all)
for the first pages of each document and a few chosen pages (the contents, a page where a
table goes on, the last page with its signatures). Needs pdftoppm (poppler-utils).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))  # the large office's generator (tests/large_office.py)

# (output name, document kind, D3 grouping)
DOCUMENTS = [("analysis", "analysis", "target"), ("measures", "measures", "target"),
             ("results", "results", "target"), ("results-by-instrument", "results", "instrument"),
             ("oit", "oit", "target"), ("plan", "plan", "target"), ("memo", "memo", "target")]


def chosen_pages(name: str, n: int, big: bool) -> list[int]:
    """Page numbers (1-based) worth a look: the first two, and for the large office a page
    in the middle of the long tables and the last page."""
    pages = {1, 2}
    if name == "plan":
        pages |= {3}  # the contents
    if big and n > 4:
        pages |= {n // 2, n}
    if name == "memo":
        pages = {1, 2} if not big else {1}
    return sorted(p for p in pages if 1 <= p <= n)


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", out.stdout).group(1))


def shrink(png: Path) -> None:
    """Grey palette PNG: text pages compress to a fraction."""
    from PIL import Image

    img = Image.open(png).convert("L").quantize(16)
    img.save(png, optimize=True)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dpi", type=int, default=60)
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("needs pdftoppm (apt-get install poppler-utils)", file=sys.stderr)
        return 1
    import os

    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    from large_office import demo_year, large_year

    from itadesk.reports.render import render_document

    out = Path(args.out)
    for old in out.glob("*.png"):
        old.unlink()
    demo = demo_year()
    offices = {"demo": demo, "large": large_year(demo)}
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for office, data in offices.items():
            for name, kind, group in DOCUMENTS:
                pdf = Path(tmp) / f"{office}-{name}.pdf"
                render_document(data, kind, pdf, group_by=group)
                n = page_count(pdf)
                for p in chosen_pages(name, n, office == "large"):
                    stem = out / f"{office}-{name}-p{p:02d}"
                    subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", "-singlefile",
                                    "-f", str(p), "-l", str(p), str(pdf), str(stem)], check=True)
                    png = stem.with_suffix(".png")
                    shrink(png)
                    total += png.stat().st_size
                print(f"{office:5} {name:22} {n:3} pages")
    print(f"written to {out} ({total / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
