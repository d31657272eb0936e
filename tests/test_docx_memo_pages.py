"""The Word memo's pages match the PDF memo (reports/memo.py, house.yaml `page`): the first page
starts 1.5 cm from the top edge (the Garuda), continuation pages carry "- ๒ -" centred 1.5 cm
from the top and their text from the standard 2.5 cm; each memo, and a report printed behind
its memo, counts its own pages."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from itadesk.reports.docx import render_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
EPS = Cm(0.02)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from itadesk.demo import DEMO_YEAR, create_demo
    from itadesk.storage.database import open_db
    from itadesk.storage.queries import load_year

    with open_db(tmp_path_factory.mktemp("memo") / "demo.db") as office:
        create_demo(office)
        return load_year(office, DEMO_YEAR)


def _start(sec) -> str | None:
    pg = sec._sectPr.find(qn("w:pgNumType"))
    return None if pg is None else pg.get(qn("w:start"))


def _memo_sections(doc):
    return [s for s in doc.sections if abs(s.top_margin - Cm(1.5)) < EPS]


def test_memo_sections_first_page_at_1_5_cm_continuation_text_at_2_5_cm(demo, tmp_path):
    doc = Document(str(render_docx(demo, "memo", tmp_path / "memo.docx").path))
    memos = _memo_sections(doc)
    assert len(memos) == len(demo.memos) == len(doc.sections)
    for sec in memos:
        assert sec.different_first_page_header_footer
        # continuation pages: "- PAGE -" on an exact line centred 1.5 cm from the top, the
        # header (line + space after) ending at the standard 2.5 cm where the text starts
        assert not sec.header.is_linked_to_previous
        (p,) = sec.header.paragraphs
        assert "PAGE" in p._p.xml and p.text.startswith("- ") and p.text.endswith(" -")
        pf = p.paragraph_format
        assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY
        assert abs(sec.header_distance + pf.line_spacing // 2 - Cm(1.5)) < EPS
        assert abs(sec.header_distance + pf.line_spacing + pf.space_after - Cm(2.5)) < EPS
        # first page: an empty header inside the 1.5 cm margin, so the Garuda stays there
        assert not sec.first_page_header.is_linked_to_previous
        (fp,) = sec.first_page_header.paragraphs
        assert fp.text == "" and "PAGE" not in fp._p.xml
        assert fp.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
        assert sec.header_distance + fp.paragraph_format.line_spacing < sec.top_margin
        # each memo counts from 1 in Thai digits: its second page is "- ๒ -"
        assert _start(sec) == "1"
        assert sec._sectPr.find(qn("w:pgNumType")).get(qn("w:fmt")) == "thaiNumbers"


def test_report_behind_its_memo_counts_its_own_pages_with_the_standard_header(demo, tmp_path):
    doc = Document(str(render_docx(demo, "plan", tmp_path / "p.docx", with_memo=True,
                                   round=12).path))
    memo, front, report, *rest = doc.sections
    assert abs(memo.top_margin - Cm(1.5)) < EPS and _start(memo) == "1"
    # the plan's cover, คำนำ and สารบัญ: unnumbered (seed 004); its body counts from ๑
    assert abs(front.top_margin - Cm(2.5)) < EPS and _start(front) == "1"
    assert all("PAGE" not in hp._p.xml for hp in front.header.paragraphs)
    assert abs(report.top_margin - Cm(2.5)) < EPS and _start(report) == "1"
    assert not report.header.is_linked_to_previous
    (p,) = report.header.paragraphs
    assert "PAGE" in p._p.xml
    assert p.paragraph_format.space_after in (None, Pt(0))  # not the memo's tall header
    assert rest, "the plan switches to landscape and back"
    for sec in rest:  # later sections go on counting and inherit the report's header
        assert _start(sec) is None and sec.header.is_linked_to_previous


def test_plain_report_keeps_one_count(demo, tmp_path):
    doc = Document(str(render_docx(demo, "measures", tmp_path / "m.docx").path))
    assert all(_start(s) is None for s in doc.sections)
    assert "PAGE" in doc.sections[0].header.paragraphs[0]._p.xml


# ------------------------------------------------------------------ as LibreOffice lays it out


def _lines(page) -> list[tuple[float, str]]:
    """(top in cm, text) of each text line of a pdfplumber page, top first."""
    rows: dict[int, list[str]] = {}
    for w in page.extract_words():
        rows.setdefault(round(w["top"]), []).append(w["text"])
    return [(top / 72 * 2.54, "".join(ws)) for top, ws in sorted(rows.items())]


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (soffice)")
def test_libreoffice_pages_match_the_pdf_memo(demo, tmp_path):
    import pdfplumber
    from PIL import Image

    from itadesk.reports.render import render_document

    garuda = tmp_path / "garuda.png"
    Image.new("RGB", (120, 150), "black").save(garuda)
    settings = dataclasses.replace(demo.settings, garuda_path=str(garuda))
    # a memo longer than usual (a usual one fits its page, chain and all): a second page
    key, memo = next(iter(demo.memos.items()))
    memo = dataclasses.replace(memo, body=memo.body * 3)
    data = dataclasses.replace(demo, settings=settings, memos={key: memo})
    src = render_docx(data, "memo", tmp_path / "memo.docx").path
    pdf = render_document(data, "memo", tmp_path / "memo.pdf").path
    out = tmp_path / "lo"
    proc = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(src)],
        capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    with pdfplumber.open(out / "memo.pdf") as lo, pdfplumber.open(pdf) as ours:
        first = lo.pages[0]
        (img,) = first.images
        assert abs(img["top"] / 72 * 2.54 - 1.5) < 0.1  # the Garuda 1.5 cm from the top
        assert abs((img["bottom"] - img["top"]) / 72 * 2.54 - 1.5) < 0.05
        # page 2: the number near 1.5 cm, the text from the standard 2.5 cm, as in our PDF
        (num_top, num), (body_top, _), *_ = _lines(lo.pages[1])
        (pdf_num_top, _), (pdf_body_top, _), *_ = _lines(ours.pages[1])
        assert num.replace(" ", "") in ("-2-", "-๒-")
        assert 0.9 < num_top < 1.5
        assert 2.4 < body_top < 2.8 and abs(body_top - pdf_body_top) < 0.25
        assert abs(num_top - pdf_num_top) < 0.4
