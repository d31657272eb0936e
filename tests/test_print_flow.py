"""Page flow at seed size (issue 16): a tall first row keeps its heading and page 1 is not
blank; no page holds only a heading (D2, D3 both groupings, D4); money and scores never wrap
in their cells; cell padding as the seeds'."""

from __future__ import annotations

import dataclasses
import re
import shutil
from decimal import Decimal

import pytest

from itadesk.reports.render import render_document
from itadesk.reports.typesetter import Typesetter
from large_office import demo_year, large_year
from test_documents import pdf_pages

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

HEADINGS = ("ตัวชี้วัดที่", "ประเด็นที่", "ตัวชี้วัดย่อย", "IIT", "EIT", "OIT", "เครื่องมือ")
PAGE_NO = re.compile(r"^-\s*[0-9๐-๙]+\s*-$")


@pytest.fixture(scope="module")
def large():
    return large_year(demo_year())


@pytest.fixture(scope="module")
def printed(large, tmp_path_factory):
    out = tmp_path_factory.mktemp("flow")
    pages = {}
    for name, kind, group in (("measures", "measures", "target"), ("results", "results", "target"),
                              ("results_inst", "results", "instrument"), ("oit", "oit", "target"),
                              ("plan", "plan", "target")):
        res = render_document(large, kind, out / f"{name}.pdf", group_by=group)
        pages[name] = pdf_pages(res.path)
    return pages


def _lines(page: str) -> list[str]:
    return [ln.strip() for ln in page.splitlines() if ln.strip() and not PAGE_NO.match(ln.strip())]


@pytest.mark.parametrize("name", ["measures", "results", "results_inst", "oit"])
def test_no_page_holds_only_a_heading(printed, name):
    pages = printed[name]
    assert len(pages) > 3  # seed-sized cells: the document runs over many pages
    for k, page in enumerate(pages, 1):
        lines = _lines(page)
        assert lines, f"{name}: page {k} is blank"
        assert not all(ln.startswith(HEADINGS) for ln in lines), (name, k, lines)
        # nor does a page end with a heading whose table starts on the next page
        if k < len(pages):
            assert not lines[-1].startswith(HEADINGS[:3]), (name, k, lines[-3:])


@pytest.mark.parametrize("name", ["measures", "results", "results_inst", "oit"])
def test_first_page_starts_the_first_table(printed, name):
    """Under the title the first group heading and the start of its (tall) first row are on
    page 1: the block is split, not pushed to page 2 leaving page 1 empty under the title."""
    first = _lines(printed[name][0])
    assert any(ln.startswith(HEADINGS) for ln in first), first
    assert len(first) > 12, first  # the title block and intro alone are about ten lines


def test_money_cells_stay_on_one_line(large, printed):
    ts = Typesetter()
    text = "\n".join(printed["plan"])
    budgets = {ts.money(i.budget) for i in large.plan_items if i.budget is not None}
    assert any(len(b) >= len("๑,๐๐๐,๐๐๐.๐๐") for b in budgets)
    for b in budgets:
        assert b in text, b  # a wrapped figure would be cut over two lines


def test_widest_budget_fits_or_shrinks(large, tmp_path):
    """Budgets up to 99,999,999.99: each still prints whole on one line."""
    items = [dataclasses.replace(i, budget=Decimal("99999999.99")) if i.budget is not None else i
             for i in large.plan_items[:12]]
    data = dataclasses.replace(large, plan_items=items)
    res = render_document(data, "plan", tmp_path / "plan.pdf")
    text = "\n".join(pdf_pages(res.path))
    assert text.count("๙๙,๙๙๙,๙๙๙.๙๙") >= 2 * sum(i.budget is not None for i in items)


def test_fit_figures_widens_then_shrinks():
    ts = Typesetter()
    rows = [["๑", "ข้อความยาว", "๙๙,๙๙๙,๙๙๙.๙๙"]]
    widths, sizes = ts.fit_figures(rows, [20, 400, 30], {2}, {0})
    assert widths[2] > 30 and widths[1] < 400 and sum(widths) == pytest.approx(450)
    assert not sizes  # room taken from the text column was enough
    widths, sizes = ts.fit_figures(rows, [20, 40, 30], {2}, {0})
    assert sizes and sizes[2] < ts.style("table_cell_right").fontSize
    assert ts.fit_figures([["x", "y", "-"]], [20, 200, 30], {2}, {0}) == ([20, 200, 30], {})


def test_cell_padding_like_the_seeds():
    ts = Typesetter()
    cmds = {c[0]: c for c in ts.grid_style()}
    assert cmds["LEFTPADDING"][3] == pytest.approx(5) and cmds["RIGHTPADDING"][3] == pytest.approx(5)


# ------------------------------------------------------------------ D5 as seed 004


def test_plan_table_titles_repeat_on_continuation_pages(printed):
    pages = printed["plan"]
    summary = [p for p in pages if "ไม่ใช้" in p and "คงเหลือ" in p]
    detail = [p for p in pages if "วิธีการดำเนินงาน" in p and "ตัวชี้วัด" in p]
    assert len(summary) > 1 and len(detail) > 3
    for p in summary:
        assert "สรุปการดำเนินงานตาม" in p
    for p in detail:
        assert "รายงานผลการดำเนินงานตาม" in p


def test_plan_cover_balanced_and_office_named_once(large, tmp_path):
    import pdfplumber

    res = render_document(large, "plan", tmp_path / "plan.pdf")
    with pdfplumber.open(res.path) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        top = min(w["top"] for w in words)
        bottom = page.height - max(w["bottom"] for w in words)
        assert abs(top - bottom) < 0.25 * page.height, (top, bottom)  # not all in one half
    cover = pdf_pages(res.path)[0]
    name = re.sub(r"\s+", "", large.office.full_name)
    assert re.sub(r"\s+", "", cover).count(name) == 2  # title block + the unit's line


def test_plan_results_cite_e_plannacc_in_seed_order(printed):
    text = re.sub(r"\s+", "", "\n".join(printed["plan"]))
    a = text.index("มิติที่๔")
    b = text.index("(e-PlanNACC)ดังนี้")
    c = text.index("๑.อยู่ระหว่างดำเนินการ")
    assert a < b < c


@pytest.mark.parametrize("n_items", [6, 17, 60])
def test_plan_signatures_never_alone_on_the_last_page(large, tmp_path, n_items):
    data = dataclasses.replace(large, plan_items=large.plan_items[:n_items])
    res = render_document(data, "plan", tmp_path / "plan.pdf")
    last = pdf_pages(res.path)[-1]
    before = last[:last.index("(ลงชื่อ)")]
    body = [ln for ln in _lines(before) if ln]
    # the table's last row (its header too when it starts the page) is on the same page
    assert any("วิธีการดำเนินงาน" in ln or re.search(r"[๐-๙]", ln) for ln in body), body


@pytest.mark.parametrize("kind", ["measures", "results"])
def test_a_list_of_units_prints_one_per_line(tmp_path, kind):
    """Seed 002 prints the responsible units one under the other, never run together."""
    data = demo_year()
    rows = data.next_measures if kind == "measures" else data.measures
    rows[0] = dataclasses.replace(rows[0], units="สำนักปลัด กองคลัง กองช่าง")
    res = render_document(data, kind, tmp_path / f"{kind}.pdf")
    lines = [ln for page in pdf_pages(res.path, "-raw") for ln in page.splitlines()]
    # -raw joins cells drawn on one baseline: the units after the first stand alone
    for unit in ("กองคลัง", "กองช่าง"):
        assert any(ln.strip() == unit for ln in lines), unit
    assert not any("สำนักปลัด กองคลัง" in ln or "กองคลัง กองช่าง" in ln for ln in lines)
