"""Layout rules of the shared typesetting layer: table rows and page breaks, headings and the
outline, the single-pass table of contents, page numbers that restart after a memo.

Checked in the PDF itself (pdftotext, pdfplumber); needs poppler-utils (pdftotext).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak

from itadesk.reports import layout
from itadesk.reports.layout import RestartPageNumbers, build_pdf
from itadesk.reports.styles import load_sheet
from itadesk.reports.typesetter import OfficeTable, Typesetter

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext missing: apt-get install poppler-utils")


@pytest.fixture(scope="module")
def ts():
    return Typesetter(font="Sarabun", thai_digits=True)


def pdftotext(path: Path, *args: str) -> list[str]:
    out = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ------------------------------------------------------------------ table rows


def _row_table(ts: Typesetter, n: int = 70):
    """Rows of 5-10 lines (all well under a third of the page), each cell starting with
    ก<n>ก and ending with ข<n>ข."""
    rows = []
    for i in range(1, n + 1):
        body = "การประเมินคุณธรรมและความโปร่งใสของหน่วยงาน " * (5 + i % 5)
        rows.append([i, f"ก{i}ก {body}ข{i}ข", "ดำเนินการแล้ว"])
    return ts.table([["ลำดับ", "รายการ", "สถานะ"]], rows, [2 * cm, 8 * cm, 4 * cm])


def _split_rows(path: Path, n: int) -> list[int]:
    pages = [squash(p) for p in pdftotext(path)]
    split = []
    for i in range(1, n + 1):
        start = next(k for k, p in enumerate(pages) if f"ก{i}ก" in p)
        end = next(k for k, p in enumerate(pages) if f"ข{i}ข" in p)
        if start != end:
            split.append(i)
    return split


@needs_poppler
def test_short_rows_move_whole_to_the_next_page(ts, tmp_path):
    path = tmp_path / "rows.pdf"
    build_pdf(path, [ts.para("ตาราง", "heading1"), _row_table(ts)], ts, page_numbers=False)
    assert len(pdftotext(path)) >= 3
    assert _split_rows(path, 70) == []

    # the same table with the rule switched off (ReportLab's plain in-row splitting):
    # rows meet the page bottom and are cut, which is what the rule prevents
    sheet = load_sheet()
    sheet["table"]["keep_rows_fraction"] = 0
    ts0 = Typesetter(font="Sarabun", sheet=sheet)
    path0 = tmp_path / "rows0.pdf"
    build_pdf(path0, [ts0.para("ตาราง", "heading1"), _row_table(ts0)], ts0, page_numbers=False)
    assert _split_rows(path0, 70), "expected split rows without the rule"


@needs_poppler
def test_tall_rows_still_split_and_header_repeats(ts, tmp_path):
    big = "ผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริตประจำปี " * 60
    rows = [[1, "สั้น", "ก"], [2, big, "ข"], [3, "สั้นอีก", "ค"]]
    t = ts.table([["ลำดับ", "รายการตรวจ", "หมายเหตุ"]], rows, [2 * cm, 10 * cm, 4 * cm])
    path = tmp_path / "tall.pdf"
    build_pdf(path, [ts.para("ก่อนตาราง " * 200), t], ts, page_numbers=False)
    pages = pdftotext(path)
    with_row = [k for k, p in enumerate(pages) if "ผลการดำเนินงาน" in p]
    assert len(with_row) >= 2  # the tall row flowed over pages
    # it started on the page where the text before the table ended, not on a new one
    assert "ก่อนตาราง" in pages[with_row[0]]
    for k in with_row:
        assert pages[k].count("รายการตรวจ") == 1


def test_split_parts_keep_the_rule(ts):
    t = _row_table(ts, 40)
    t.keep_fraction = 0.25
    parts = t.split(14 * cm, 300)
    assert len(parts) == 2
    assert all(isinstance(p, OfficeTable) and p.keep_fraction == 0.25 for p in parts)


# ------------------------------------------------------------------ headings and outline


@needs_poppler
def test_heading2_before_any_heading1_builds(ts, tmp_path):
    import pdfplumber

    story = [ts.para("ส่วนย่อยก่อนหัวข้อหลัก", "heading2"), ts.para("เนื้อหา"),
             ts.para("หัวข้อหลัก", "heading1"), ts.para("ส่วนย่อย", "heading2")]
    path = tmp_path / "h2.pdf"
    build_pdf(path, story, ts)  # ReportLab raised "bad outline level" here
    assert "ส่วนย่อยก่อนหัวข้อหลัก" in squash(pdftotext(path)[0])
    with pdfplumber.open(path) as pdf:
        outline = [(level, title) for level, title, *_ in pdf.doc.get_outlines()]
    assert outline == [(1, "ส่วนย่อยก่อนหัวข้อหลัก"), (1, "หัวข้อหลัก"), (2, "ส่วนย่อย")]
    # and with a table of contents listing it
    story = [*layout.toc(ts), ts.para("ส่วนย่อยก่อนหัวข้อหลัก", "heading2"),
             ts.para("หัวข้อหลัก", "heading1")]
    build_pdf(tmp_path / "h2toc.pdf", story, ts)
    text = squash(pdftotext(tmp_path / "h2toc.pdf")[0])
    assert "ส่วนย่อยก่อนหัวข้อหลัก" in text and "หัวข้อหลัก" in text


# ------------------------------------------------------------------ table of contents


def _toc_story(ts):
    return [*layout.cover_page(ts, "รายงาน", "ปี ๒๕๖๗"),
            *layout.toc(ts),
            ts.para("บทที่ ๑ ที่มาและความสำคัญ", "heading1"), ts.para("เนื้อหา " * 1200),
            ts.para("ส่วนที่ ๑.๑ ผู้ใหญ่บ้านปี่ป้ำน้ำ", "heading2"),
            *layout.landscape(),
            ts.para("บทที่ ๒ ผลการดำเนินงาน", "heading1")]


@needs_poppler
def test_contents_is_laid_out_in_one_pass(ts, tmp_path, monkeypatch):
    passes = []
    orig = layout.OfficialDocTemplate.handle_documentBegin
    monkeypatch.setattr(layout.OfficialDocTemplate, "handle_documentBegin",
                        lambda self: (passes.append(1), orig(self))[1])
    path = tmp_path / "toc.pdf"
    build_pdf(path, _toc_story(ts), ts)
    assert len(passes) == 1
    pages = pdftotext(path)
    ch1 = next(k for k, p in enumerate(pages) if "บทที่ ๑ ที่มา" in p and k > 1) + 1
    sub = next(k for k, p in enumerate(pages) if "ส่วนที่ ๑.๑" in p and k > 1) + 1
    ch2 = next(k for k, p in enumerate(pages) if "บทที่ ๒ ผล" in p and k > 1) + 1
    assert ch1 == 3 and sub > ch1 and ch2 > sub
    digits = "๐๑๒๓๔๕๖๗๘๙"

    def th(n):
        return "".join(digits[int(c)] for c in str(n))

    toc_page = pages[1]
    # the entries copy out exactly (shaped Thai, marks intact) with their real pages
    assert re.search(rf"บทที่ ๑ ที่มาและความสำคัญ[ .]*{th(ch1)}\b", toc_page), toc_page
    assert re.search(rf"ส่วนที่ ๑\.๑ ผู้ใหญ่บ้านปี่ป้ำน้ำ[ .]*{th(sub)}\b", toc_page), toc_page
    assert re.search(rf"บทที่ ๒ ผลการดำเนินงาน[ .]*{th(ch2)}\b", toc_page), toc_page
    assert not [c for c in toc_page if 0xE000 <= ord(c) <= 0xF8FF]


@needs_poppler
def test_contents_without_headings_is_empty(ts, tmp_path):
    path = tmp_path / "empty.pdf"
    build_pdf(path, [*layout.toc(ts), ts.para("เนื้อหาไม่มีหัวข้อ")], ts)
    pages = pdftotext(path)
    assert squash(pages[0]) == "สารบัญ" and "เนื้อหาไม่มีหัวข้อ" in pages[1]


class _MakesHeading(Flowable):
    """A flowable that turns into a heading only when it is split (the story scan of the
    single-pass contents cannot see it)."""

    def __init__(self, para):
        super().__init__()
        self.para = para

    def wrap(self, aw, ah):
        return aw, 10 * ah

    def split(self, aw, ah):
        return [self.para]

    def draw(self):
        pass


@needs_poppler
def test_contents_falls_back_to_two_passes_for_an_unseen_heading(ts, tmp_path):
    story = [*layout.toc(ts), ts.para("บทที่ ๑ เห็นได้", "heading1"), PageBreak(),
             _MakesHeading(ts.para("บทที่ ๒ ซ่อนอยู่", "heading1"))]
    path = tmp_path / "fallback.pdf"
    build_pdf(path, story, ts)
    toc_page = pdftotext(path)[0]
    assert re.search(r"บทที่ ๑ เห็นได้[ .]*๒", toc_page), toc_page
    assert re.search(r"บทที่ ๒ ซ่อนอยู่[ .]*๓", toc_page), toc_page


# ------------------------------------------------------------------ page numbers


@needs_poppler
def test_page_numbers_restart_after_the_marker(ts, tmp_path):
    memo = [ts.para("บันทึกข้อความ " * 300)]  # two pages
    doc = [ts.para("รายงาน", "heading1"), ts.para("ผลการดำเนินงาน " * 500)]
    story = [*memo, PageBreak(), RestartPageNumbers(), *doc]
    path = tmp_path / "restart.pdf"
    build_pdf(path, story, ts)
    pages = pdftotext(path, "-layout")
    first_doc = next(k for k, p in enumerate(pages) if "รายงาน" in p)
    assert first_doc == 2 and len(pages) >= first_doc + 2
    numbers = [re.search(r"-\s*([๐-๙]+)\s*-", p.strip().splitlines()[0] if p.strip() else "")
               for p in pages]
    assert numbers[0] is None and numbers[1].group(1) == "๒"          # the memo: -๒-
    assert numbers[first_doc] is None                                 # report: page 1
    assert numbers[first_doc + 1].group(1) == "๒"                     # report: -๒-
