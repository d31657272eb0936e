"""Evidence links (D3, D4): clickable in the PDF, printed whole where they fit, broken only
after / . ? & = (issue 16)."""

from __future__ import annotations

import re
import shutil

import pdfplumber
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from itadesk.reports.links import Link, link_lines, pieces
from itadesk.reports.render import render_document
from itadesk.reports.typesetter import Typesetter
from large_office import demo_year, large_year
from test_documents import pdf_pages

URL = "https://www.example.go.th/itas/o1/documents/view.php?section=publication&year=2567&page=3"


def test_pieces_end_after_break_characters():
    got = pieces(URL)
    assert "".join(got) == URL
    assert all(p[-1] in "/.?&=" for p in got[:-1])
    assert got[:3] == ["https://", "www.", "example."]


def test_link_whole_when_it_fits_else_broken_after_separators():
    st = Typesetter().style("table_cell")
    wide = stringWidth(URL, st.fontName, st.fontSize) + 1
    assert link_lines(URL, st.fontName, st.fontSize, wide) == [URL]
    lines = link_lines(URL, st.fontName, st.fontSize, 90)
    assert "".join(lines) == URL and len(lines) > 2
    for line in lines[:-1]:
        assert line[-1] in "/.?&=", lines
        assert stringWidth(line, st.fontName, st.fontSize) <= 90
    # a piece longer than a line is cut at the line's end (nothing else fits)
    long = "https://x.go.th/" + "a" * 80
    lines = link_lines(long, st.fontName, st.fontSize, 60)
    assert "".join(lines) == long
    assert all(stringWidth(x, st.fontName, st.fontSize) <= 60 for x in lines)


def test_link_is_a_string_with_its_label():
    link = Link(" https://a.go.th/x ", label="หลักฐาน:")
    assert link == "หลักฐาน: https://a.go.th/x" and link.url == "https://a.go.th/x"


@pytest.fixture(scope="module")
def large():
    return large_year(demo_year())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("kind", ["oit", "results"])
def test_evidence_links_clickable_and_printed_whole(large, tmp_path, kind):
    res = render_document(large, kind, tmp_path / f"{kind}.pdf")
    urls = ({p.evidence_url for p in large.oit if p.evidence_url} if kind == "oit"
            else {m.evidence for m in large.measures if m.evidence})
    assert urls and all(len(u) == 300 for u in urls)
    with pdfplumber.open(res.path) as pdf:
        found = {h["uri"] for page in pdf.pages for h in page.hyperlinks}
    assert urls <= found  # every link is an annotation with the whole address
    text = re.sub(r"\s+", "", "".join(pdf_pages(res.path, "-raw")))
    for u in urls:  # every piece between separators printed unbroken
        for piece in pieces(u):
            assert piece in text, piece


def test_a_piece_wider_than_the_line_is_cut_after_a_hyphen_first():
    st = Typesetter().style("table_cell")
    url = "https://x.go.th/a?part=attachment-000312345678901234&b=1"
    width = stringWidth("attachment-000312345", st.fontName, st.fontSize)
    lines = link_lines(url, st.fontName, st.fontSize, width)
    assert "".join(lines) == url
    assert "attachment-" in lines  # not "attachment-0003123" + "45678…"
