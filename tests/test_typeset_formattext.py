"""rlhooks' fast text output writes exactly what ReportLab's own `_formatText` writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.lib.units import cm

from itadesk.reports import rlhooks
from itadesk.reports.layout import build_pdf_bytes
from itadesk.reports.typesetter import Typesetter

FIXTURES = Path(__file__).parent / "fixtures"


def _story(ts: Typesetter) -> list:
    lines = (FIXTURES / "thai_corpus.txt").read_text(encoding="utf-8").splitlines()
    lines = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    story = [ts.para(ln) for ln in lines]
    story.append(ts.para("หัวข้อ ปี่ ผู้ใหญ่ น้ำ กำหนด ✓ abc ฯลฯ ๑๒๓", "heading1"))
    story.append(ts.table([["ลำดับ", "ผู้รับผิดชอบ"]],
                          [[str(i), "สำนักปลัด กองคลัง ผู้ใหญ่บ้าน ฝ่ายฯ ก่ำ"] for i in range(5)],
                          [2 * cm, 10 * cm], numeric_cols=[0]))
    return story


def test_fast_text_output_is_byte_identical(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)
    ts = Typesetter(font="Sarabun", thai_digits=True)
    calls = []
    fast = rlhooks._shaped_code

    def counting(self, text, font):
        calls.append(1)
        return fast(self, text, font)

    monkeypatch.setattr(rlhooks, "_shaped_code", counting)
    ours = build_pdf_bytes(_story(ts), ts, title="ทดสอบ")
    assert len(calls) > 20  # the fast path did the shaped text
    monkeypatch.setattr(rlhooks, "_fast_formatText", rlhooks._orig_formatText)
    stock = build_pdf_bytes(_story(ts), ts, title="ทดสอบ")
    assert ours == stock


@pytest.mark.parametrize("y_offsets", [(0, 0, 0), (0, 120, 0), (80, 80, -40), (0, 0, 200)])
def test_fast_text_output_with_rises(y_offsets):
    """Glyphs shifted up/down by the shaper (ReportLab emits Ts around them)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
    from reportlab.pdfgen.canvas import Canvas

    ts = Typesetter(font="Sarabun")
    font_name = ts.para("ก").style.fontName
    font = pdfmetrics.getFont(font_name)
    width, glyphs = rlhooks._shape_single(ts.para("ก").frags[0], "ปี่น้ำ")
    assert glyphs is not None
    sd = list(glyphs.__shapeData__)
    for k, y in enumerate(y_offsets):
        d = sd[k]
        sd[k] = ShapeData(d.cluster, d.x_advance, d.y_advance, d.x_offset + 7 * k, y, d.width)
    text = ShapedStr(str(glyphs), shapeData=sd)
    outs = []
    for fn in (rlhooks._orig_formatText, lambda t, s: rlhooks._shaped_code(t, s, font)):
        c = Canvas("unused.pdf", invariant=1)
        to = c.beginText(10, 10)
        to.setFont(font_name, 14)
        to.setRise(0)
        outs.append((fn(to, text), to._rise, to._x, to._y, to._curSubset))
    assert outs[0] == outs[1]


def test_fast_shaping_equals_reportlab():
    """`_shape_run` gives ReportLab's shapeFragWord result for every word of the corpus."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedFragWord

    from itadesk.reports import thaiwrap

    ts = Typesetter(font="Sarabun")
    lines = (FIXTURES / "thai_corpus.txt").read_text(encoding="utf-8").splitlines()
    words = {w for ln in lines if not ln.startswith("#") for w in thaiwrap.split_words(ln)}
    words |= {"น้ำ", "ปี่", "ผู้ใหญ่", "ก่ำ", "abc", "✓", "ฯลฯ", "๑๒๓", " "}
    shaped = 0
    for style in ("body", "heading1"):
        f = ts.para("ก", style).frags[0]
        for w in sorted(words):
            ours = rlhooks._shape_run(f, w)
            res = rlhooks._rl_shapeFragWord([stringWidth(w, f.fontName, f.fontSize), (f, w)],
                                            features=rlhooks._HB_FEATURES)
            if not isinstance(res, ShapedFragWord):
                assert ours is None, w
                continue
            shaped += 1
            assert ours is not None, w
            assert ours[0] == res[0], w
            assert str(ours[1]) == str(res[1][1]), w
            assert list(ours[1].__shapeData__) == list(res[1][1].__shapeData__), w
    assert shaped > 20
