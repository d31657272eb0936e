"""Benchmark: where printed Thai lines break, before and after issue 16's rules.

    .venv/bin/python bench/linebreaks.py [--corpus FILE]

Sets every paragraph of tests/fixtures/thai_admin_corpus.txt (Thai administrative text in
the offices' register) in the house table-cell style at the column widths the documents use,
through the real ReportLab hooks, and counts per 1,000 printed lines:

* compound_splits  -- a line break inside a curated compound (resources/thai/compounds.txt)
  that fits its column ("มาตร|การ", "ออฟฟิ|เชียล");
* word_splits      -- a break inside a word by any reading: no reading of the run as the
  fewest dictionary words (pythainlp's and the curated ones) has a boundary there (a syllable cut
  such as "องค์การบริ|หาร"; a word wider than its column may break between its own
  sub-words);
* mark_starts      -- a line starting with ๆ, ฯ or a combining mark (also after a space);
* run_splits       -- a break (also at a space) inside a date, period, phone number or
  amount that fits its column.

"before" is the breaking as shipped before issue 16 (newmm boundaries; syllables for a
too-wide word; no compounds, no runs kept whole). The last line is machine-readable:
    lines=… before_compound=… after_compound=… before_word=… after_word=… ...
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfbase.ttfonts import ShapedStr  # noqa: E402

from itadesk.reports import rlhooks, thaiwrap  # noqa: E402
from itadesk.reports.typesetter import Typesetter  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "thai_admin_corpus.txt"
# column widths of the documents' tables (D1/D3/D5: 2.2-4 cm) and a body text column
WIDTHS_CM = (2.4, 3.4, 4.0, 6.0, 16.0)


def corpus(path: Path = CORPUS) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


PROTECTED_SPANS = thaiwrap.protected_spans

# ------------------------------------------------------------------ the breaking as shipped


def _legacy_break_positions(text: str) -> tuple[int, ...]:
    """thaiwrap.break_positions before issue 16: every newmm boundary that is allowed."""
    if len(text) < 2 or not thaiwrap.has_thai(text):
        return ()
    out, pos = [], 0
    for tok in thaiwrap.tokens(text):
        pos += len(tok)
        if 0 < pos < len(text) and _legacy_allowed(text, pos):
            out.append(pos)
    return tuple(out)


def _legacy_allowed(text: str, i: int) -> bool:
    import unicodedata

    a, b = text[i - 1], text[i]
    if b in thaiwrap.NO_LINE_START or a in thaiwrap.NO_LINE_END:
        return False
    if unicodedata.category(b) in ("Mn", "Mc", "Me"):
        return False
    return thaiwrap.is_thai_letter(a) or thaiwrap.is_thai_letter(b)


@contextlib.contextmanager
def legacy():
    """Breaking as shipped before issue 16."""
    saved = (thaiwrap.break_positions, thaiwrap.protected_spans, rlhooks._level_cuts)

    def level_cuts(text, level):  # no sub-words: syllables, then clusters
        return () if level == 0 else thaiwrap.fine_positions(text)[level - 1]

    thaiwrap.break_positions = _legacy_break_positions
    thaiwrap.protected_spans = lambda text: []
    rlhooks._level_cuts = level_cuts
    try:
        yield
    finally:
        thaiwrap.break_positions, thaiwrap.protected_spans, rlhooks._level_cuts = saved


# ------------------------------------------------------------------ measuring


def set_lines(ts: Typesetter, text: str, width: float) -> list[str]:
    """The source text of each printed line of `text` set in a table cell `width` wide."""
    p = ts.para(text, "table_cell")
    p.wrap(width, 1e6)
    out = []
    for line in p.blPara.lines:
        parts = []
        for f in line.words:
            t = getattr(f, "text", "")
            parts.append(rlhooks.source_text(t, f.fontName) if isinstance(t, ShapedStr) else t)
        out.append("".join(parts))
    return out


def break_offsets(text: str, lines: list[str]) -> list[int]:
    """Offsets in `text` where a printed line (after the first) starts."""
    offs, i = [], 0
    for k, ln in enumerate(lines):
        ln = ln.strip()
        j = text.find(ln, i) if ln else i
        if j < 0:
            raise AssertionError(f"line {ln!r} not found in {text!r}")
        if k and j > 0:
            offs.append(j)
        i = j + len(ln)
    return offs


@functools.lru_cache(maxsize=4096)
def reading_boundaries(run: str, whole: bool = True) -> frozenset[int]:
    """Offsets of `run` where some reading of it as dictionary words with the fewest
    words (pythainlp's words and the curated compounds, each starting and ending between
    character clusters; where no word starts, one cluster as an unknown word) has a boundary."""
    n = len(run)
    ok = [i in (0, n) or thaiwrap._safe_cluster_cut(run, i) for i in range(n + 1)]
    ends: list[list[int]] = [[] for _ in range(n)]
    for i in range(n):
        if not ok[i]:
            continue
        js = [j for j in range(i + 2, n + 1) if ok[j] and thaiwrap.in_dictionary(run[i:j])
              and (whole or j - i < n)]
        if not js:
            j = i + 1
            while not ok[j]:
                j += 1
            js = [j]
        ends[i] = js
    # maximal matching: the readings with the fewest words (an unknown cluster costs as
    # much as two words); a boundary of any of them is a place a reader may break
    inf = float("inf")
    fwd = [inf] * (n + 1)
    fwd[0] = 0
    for i in range(n):
        if fwd[i] < inf:
            for j in ends[i]:
                fwd[j] = min(fwd[j], fwd[i] + cost(run, i, j))
    back = [inf] * (n + 1)
    back[n] = 0
    for i in range(n - 1, -1, -1):
        if ends[i]:
            back[i] = min(back[j] + cost(run, i, j) for j in ends[i])
    best = fwd[n]
    return frozenset(i for i in range(n + 1) if fwd[i] + back[i] == best)


def cost(run: str, i: int, j: int) -> int:
    return 1 if thaiwrap.in_dictionary(run[i:j]) else 2


def fits(s: str, font: str, size: float, width: float) -> bool:
    return stringWidth(s, font, size) <= width


def classify(text: str, j: int, width: float, font: str, size: float) -> set[str]:
    """What the line starting at offset j of `text` splits (a break at a space can only
    split a protected run or put ๆ/ฯ first)."""
    kinds = set()
    if text[j] in "\u0e46\u0e2f" or unicodedata.category(text[j]) in ("Mn", "Mc", "Me"):
        kinds.add("mark")
    at_space = text[j - 1] == " "
    for s, e in PROTECTED_SPANS(text):  # (the real rules, also when measuring "before")
        if s < j < e and text[s:e].strip() and fits(text[s:e], font, size, width):
            kinds.add("run")
    if at_space:
        return kinds
    start = text.rfind(" ", 0, j) + 1
    end = text.find(" ", j)
    end = len(text) if end < 0 else end
    run = text[start:end]
    k = j - start

    def fits_(s: str) -> bool:
        return fits(s, font, size, width)

    for s, e in thaiwrap._compound_spans(run):
        if s < k < e and fits_(run[s:e]):
            kinds.add("compound")
    if thaiwrap.has_thai(run):
        bounds = reading_boundaries(run)
        if k not in bounds:
            # the word that holds the break; wider than its column, it may break between
            # its own sub-words (องค์การบริหาร|ส่วนตำบล)
            s = max(b for b in bounds if b < k)
            e = min(b for b in bounds if b > k)
            if fits_(run[s:e]) or (k - s) not in reading_boundaries(run[s:e], whole=False):
                kinds.add("word")
    return kinds


def measure(ts: Typesetter, paras: list[str], widths_cm=WIDTHS_CM) -> dict[str, float]:
    """Per 1,000 printed lines: compound, word, mark and run splits (and the line count)."""
    st = ts.style("table_cell")
    counts = {"compound": 0, "word": 0, "mark": 0, "run": 0}
    examples: dict[str, list[str]] = {k: [] for k in counts}
    n_lines = 0
    for wcm in widths_cm:
        width = wcm * cm
        for text in paras:
            clean = ts.clean(text)
            lines = set_lines(ts, clean, width)
            n_lines += len(lines)
            for j in break_offsets(clean, lines):
                for kind in classify(clean, j, width, st.fontName, st.fontSize):
                    counts[kind] += 1
                    if len(examples[kind]) < 8:
                        examples[kind].append(f"{clean[max(0, j - 10):j]}|{clean[j:j + 8]}")
    per = {k: 1000 * v / max(1, n_lines) for k, v in counts.items()}
    per["lines"] = n_lines
    per["examples"] = examples
    return per


def clear_caches() -> None:
    rlhooks._shape_cache.clear()
    for fn in (thaiwrap.tokens, thaiwrap.break_positions, thaiwrap.fine_positions):
        fn.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--examples", action="store_true", help="print a few splits of each kind")
    args = ap.parse_args()
    ts = Typesetter(font="Sarabun", thai_digits=True)
    paras = corpus(args.corpus)
    clear_caches()
    with legacy():
        t0 = time.perf_counter()
        before = measure(ts, paras)
        t_before = time.perf_counter() - t0
    clear_caches()
    t0 = time.perf_counter()
    after = measure(ts, paras)
    t_after = time.perf_counter() - t0
    print(f"{len(paras)} paragraphs at {', '.join(map(str, WIDTHS_CM))} cm: "
          f"{before['lines']} lines before, {after['lines']} after "
          f"({t_before:.2f} s / {t_after:.2f} s)")
    print("splits per 1,000 lines   before   after")
    for k in ("compound", "word", "mark", "run"):
        print(f"  {k:<22}{before[k]:8.1f}{after[k]:8.1f}")
        if args.examples:
            print("     before:", "  ".join(before["examples"][k]))
            print("     after: ", "  ".join(after["examples"][k]))
    print(f"lines={after['lines']} " + " ".join(
        f"before_{k}={before[k]:.1f} after_{k}={after[k]:.1f}"
        for k in ("compound", "word", "mark", "run")))


if __name__ == "__main__":
    main()
