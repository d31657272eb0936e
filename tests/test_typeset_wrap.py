"""Where printed Thai lines break (issue 16 "Line breaking"): compounds kept whole, ๆ/ฯ never
starting a line, dates/periods/phone numbers/money/unit names kept on one line, Latin text
copied out as typed (no ligatures). Measured on the page (pdftotext) and in the wrapped lines."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import cm

from itadesk.reports import fonts, rlhooks, thaiwrap
from itadesk.reports.layout import build_pdf
from itadesk.reports.typesetter import Typesetter

FIXTURES = Path(__file__).parent / "fixtures"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext missing: apt-get install poppler-utils")


@pytest.fixture(scope="module")
def ts():
    return Typesetter(font="Sarabun", thai_digits=True)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


# ------------------------------------------------------------------ ligatures


@needs_poppler
def test_latin_ligatures_are_not_used_and_copy_out_as_typed(ts, tmp_path):
    texts = ["Official", "ไลน์ Official Account และ Facebook fanpage",
             "https://www.office.go.th/files/fiscal-flow/affiliate?fl=1&fi=2"]
    path = tmp_path / "liga.pdf"
    build_pdf(path, [ts.para(t) for t in texts], ts, title="ligatures", page_numbers=False)
    out = pdftotext(path)
    for t in texts:
        assert t in out, f"{t!r} does not copy out as typed: {out!r}"
    assert not any("\ufb00" <= c <= "\ufb06" for c in out)


def test_shaping_features_leave_thai_glyphs_unchanged(ts):
    """Turning ligatures off changes only Latin: every Thai word of the corpus shapes to the
    same glyphs with and without liga/clig/dlig."""
    import uharfbuzz
    from reportlab.pdfbase import pdfmetrics

    assert fonts.SHAPING_FEATURES["liga"] is False and fonts.SHAPING_FEATURES["clig"] is False
    hbf = pdfmetrics.getFont(ts.family.regular).hbFont(12)
    lines = (FIXTURES / "thai_corpus.txt").read_text(encoding="utf-8").splitlines()
    words = {w for ln in lines if not ln.startswith("#") for w in ln.split() if thaiwrap.has_thai(w)}
    assert len(words) > 100

    def glyphs(s, feats):
        buf = uharfbuzz.Buffer()
        buf.add_str(s)
        buf.guess_segment_properties()
        uharfbuzz.shape(hbf, buf, feats)
        return [(i.codepoint, p.x_advance, p.x_offset, p.y_offset)
                for i, p in zip(buf.glyph_infos, buf.glyph_positions, strict=True)]

    for w in words:
        assert glyphs(w, fonts.SHAPING_FEATURES) == glyphs(w, {"kern": True, "liga": True,
                                                               "dlig": True}), w
    assert glyphs("Official", fonts.SHAPING_FEATURES) != glyphs("Official", {"liga": True})
