"""Word output as printed (issue 16): D5's contents carries its page numbers when opened (no
field to update), every landscape section's first page is numbered, list lines in D1 cells
hang, and the memo's body keeps English words whole in LibreOffice."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from itadesk.reports.docx import render_docx
from itadesk.reports.render import render_document
from test_documents import pdf_pages
from test_documents_sample import sample_year
from test_memo_page import seed_body, usual_memo

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def year():
    data = sample_year(2567)
    findings = [dataclasses.replace(
        f, weaknesses="๑. เจ้าหน้าที่บางส่วนปฏิบัติงานไม่เป็นไปตามขั้นตอนและระยะเวลาที่กำหนดไว้ในคู่มือ"
                      "การปฏิบัติงานของหน่วยงาน\n- ขาดการติดตามผลอย่างต่อเนื่องทุกไตรมาส")
        for f in data.findings]
    return dataclasses.replace(data, findings=findings)


def test_plan_contents_has_the_pdf_page_numbers(year, tmp_path):
    doc = Document(str(render_docx(year, "plan", tmp_path / "p.docx").path))
    xml = doc.element.xml
    assert "TOC \\o" not in xml  # nothing to update when opened
    paras = [p.text for p in doc.paragraphs]
    at = paras.index("สารบัญ")
    assert paras[at + 1] == "หน้า"
    entries = [p for p in paras[at + 2:at + 5]]
    pdf = pdf_pages(render_document(year, "plan", tmp_path / "p.pdf").path)
    toc = next(p for p in pdf if "สารบัญ" in p)
    for entry in entries:
        heading, pages = entry.split("\t")
        assert re.fullmatch(r"[๐-๙]+( - [๐-๙]+)?", pages), entry
        # the same numbers as the PDF's contents
        assert re.search(re.escape(heading.split()[0]) + r".*?" + re.escape(pages) + r"\s*$",
                         toc, re.M), (entry, toc)


def test_every_landscape_section_numbers_its_first_page(year, tmp_path):
    for kind in ("plan", "measures"):
        doc = Document(str(render_docx(year, kind, tmp_path / f"{kind}.docx").path))
        wide = [s for s in doc.sections if s.orientation == WD_ORIENT.LANDSCAPE]
        assert wide
        for k, sec in enumerate(doc.sections):
            if sec.orientation != WD_ORIENT.LANDSCAPE or k == 0:
                continue  # (a document's own first page carries no number: typing guide)
            assert not sec.different_first_page_header_footer, kind
            header = sec.header
            while header.is_linked_to_previous:  # the header it inherits
                k -= 1
                header = doc.sections[k].header
            assert "PAGE" in header._element.xml, kind


def test_list_lines_in_analysis_cells_hang(year, tmp_path):
    doc = Document(str(render_docx(year, "analysis", tmp_path / "a.docx").path))
    hanging = []
    for t in doc.tables:
        for cell in t._cells:
            for p in cell.paragraphs:
                if p.text.startswith(("๑.\t", "-\t")):
                    pf = p.paragraph_format
                    hanging.append((pf.left_indent, pf.first_line_indent))
    assert hanging
    for left, first in hanging:
        assert left and first and first == -left  # wrapped lines start under the text


def test_memo_body_justified_and_latin_tagged_english(tmp_path):
    data = dataclasses.replace(sample_year(), memos={"analysis": usual_memo()})
    doc = Document(str(render_docx(data, "memo", tmp_path / "m.docx").path))
    body = [p for p in doc.paragraphs if p.text.startswith(seed_body()[0][:20])]
    assert body and body[0]._p.pPr.find(qn("w:jc")).get(qn("w:val")) == "both"
    langs = {e.get(qn("w:val")) for e in doc.element.iter(qn("w:lang"))}
    assert langs == {"en-US"}  # Thai is tagged as complex script (w:bidi)


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                    reason="needs LibreOffice and poppler-utils")
def test_libreoffice_keeps_english_words_of_the_memo_whole(tmp_path):
    """Through LibreOffice (with a Thai font it can use: the bundled Sarabun), no English word
    of the memo's body is cut over two lines (a th-TH Latin run was: "Assess|ment")."""
    from itadesk.reports.fonts import bundled_paths

    fonts_dir = Path(bundled_paths()["regular"]).parent
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f"<dir>{fonts_dir}</dir></fontconfig>")
    data = dataclasses.replace(sample_year(), memos={"analysis": usual_memo(body=seed_body() * 2)})
    src = render_docx(data, "memo", tmp_path / "m.docx").path
    env = {"FONTCONFIG_FILE": str(conf), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo'}",
                           "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                           str(src)], capture_output=True, text=True, timeout=240, env=env)
    assert proc.returncode == 0, proc.stderr
    words = re.findall(r">([A-Za-z:()]+)</word>", subprocess.run(
        ["pdftotext", "-bbox", str(tmp_path / "m.pdf"), "-"], capture_output=True, text=True,
        check=True).stdout)
    english = {w.strip("():") for w in words}
    assert {"Integrity", "Transparency", "Assessment"} <= english
    assert not english & {"Assess", "ment", "Integ", "rity", "Transpa", "rency"}, english


def _lo_pdf(src: Path, tmp_path: Path) -> Path:
    """`src` converted by LibreOffice with the bundled Sarabun available to it."""
    from itadesk.reports.fonts import bundled_paths

    fonts_dir = Path(bundled_paths()["regular"]).parent
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f"<dir>{fonts_dir}</dir></fontconfig>")
    env = {"FONTCONFIG_FILE": str(conf), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo'}",
                           "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                           str(src)], capture_output=True, text=True, timeout=240, env=env)
    assert proc.returncode == 0, proc.stderr
    return tmp_path / (src.stem + ".pdf")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                    reason="needs LibreOffice and poppler-utils")
def test_word_money_cells_stay_on_one_line(tmp_path):
    from decimal import Decimal

    data = sample_year(2567, n_items=8)
    items = [dataclasses.replace(i, budget=Decimal("99999999.99")) if i.budget is not None else i
             for i in data.plan_items]
    data = dataclasses.replace(data, plan_items=items)
    # written in Sarabun (the font LibreOffice has here) at its measured size, as an office's
    # TH Sarabun New prints
    src = render_docx(data, "plan", tmp_path / "plan.docx", font="Sarabun").path
    text = "\n".join(pdf_pages(_lo_pdf(Path(src), tmp_path)))
    budgets = sum(i.budget is not None for i in items)
    assert text.count("๙๙,๙๙๙,๙๙๙.๙๙") >= 2 * budgets  # summary + detail, each whole
