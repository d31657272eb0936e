"""Word (DOCX) output of D1–D6: every entered value and every table is in the document,
header rows repeat, landscape where the PDF is landscape, Thai fonts and complex-script
sizes on every run, the memo on the official form, bad input writes nothing."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm

from itadesk.domain.errors import ItadeskError
from itadesk.domain.framework import framework_for
from itadesk.domain.settings import PrintSettings
from itadesk.domain.thaitext import money
from itadesk.reports import measures_report, oit_checklist, plan_report, results_report
from itadesk.reports.docx import KINDS, render_docx

TH = "TH Sarabun New"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from itadesk.demo import create_demo
    from itadesk.storage.database import open_db

    path = tmp_path_factory.mktemp("demo") / "demo.itadesk.db"
    with open_db(path) as office:
        create_demo(office)
    return path


@pytest.fixture(scope="module")
def demo(demo_db):
    from itadesk.demo import DEMO_YEAR
    from itadesk.storage.database import open_db
    from itadesk.storage.queries import load_year

    with open_db(demo_db, create=False) as office:
        return load_year(office, DEMO_YEAR)


@pytest.fixture(scope="module")
def docs(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("docx")
    return {kind: Document(str(render_docx(demo, kind, out / f"{kind}.docx").path))
            for kind in KINDS}


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def all_text(doc) -> str:
    """Every paragraph of the body, the tables (nested too) and the headers."""
    parts = []
    body = doc.element.body
    for t in body.iter(qn("w:t")):
        parts.append(t.text or "")
    return "".join(parts)


def assert_all_in(values, doc):
    body = flat(all_text(doc))
    missing = [v for v in values if v and flat(v) not in body]
    assert not missing, f"not in the DOCX: {missing[:5]}"


def table_header(table) -> list[str]:
    return [c.text for c in table.rows[0].cells]


def header_rows_repeat(table) -> bool:
    tr = table.rows[0]._tr
    return tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None


# ------------------------------------------------------------------ values and tables


def test_analysis_scores_findings_and_tables(demo, docs):
    doc = docs["analysis"]
    a = demo.assessment
    values = [demo.office.full_name, "๒๕๖๗"]
    values += [f.weaknesses for f in demo.findings] + [f.fixes for f in demo.findings]
    values += [f.keep for f in demo.findings]
    values += [f"ข้อ {code}" for code in a.question_scores]
    assert_all_in(values, doc)
    from itadesk.domain.scoring import compute

    res = compute(framework_for(2567), a.indicator_scores, a.question_scores)
    total = f"{float(res.total):.2f}".translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    assert total in all_text(doc)
    # the summary table and one analysis table per issue (7 in 2567), all with header rows
    assert table_header(doc.tables[0]) == ["แบบ", "ลำดับ", "รายละเอียดตัวชี้วัด", "คะแนน"]
    assert len(doc.tables) == 1 + len(framework_for(2567).issues)
    assert all(header_rows_repeat(t) for t in doc.tables)
    assert len(doc.inline_shapes) == 1  # the bar chart


def test_measures_values_and_table(demo, docs):
    doc = docs["measures"]
    vals = []
    for m in demo.next_measures:
        vals += [m.title, m.steps, m.period, m.units, m.follow_up]
    assert_all_in(vals + ["๒๕๖๘"], doc)
    (table,) = doc.tables
    assert table_header(table) == measures_report.HEADER
    assert header_rows_repeat(table)
    assert len(table.rows) > len(demo.next_measures)  # + group rows


def test_results_values_status_boxes(demo, docs):
    doc = docs["results"]
    vals = []
    for m in demo.measures:
        vals += [m.title, m.steps, m.summary, m.outcome, m.evidence]
    assert_all_in(vals, doc)
    text = all_text(doc)
    assert "☑" in text and "☐" in text
    (table,) = doc.tables
    assert table_header(table) == results_report.HEADER
    assert header_rows_repeat(table)


def test_oit_every_item_and_progress(demo, docs):
    doc = docs["oit"]
    fw = framework_for(2567)
    vals = [item.code for item in fw.oit_items]
    for p in demo.oit:
        vals += [p.progress, p.evidence_url, p.unit]
    assert_all_in(vals, doc)
    (table,) = doc.tables
    assert table_header(table) == oit_checklist.HEADER
    assert header_rows_repeat(table)


def test_plan_tables_totals_and_narrative(demo, docs):
    doc = docs["plan"]
    rnd = demo.latest_round()
    rep = demo.round_reports[rnd]
    vals = [rep.preface, rep.background, rep.problems, rep.suggestions, rep.next_steps]
    for item in demo.plan_items:
        vals += [item.name, item.method, item.kpi, item.unit]
        if item.uses_budget:
            vals.append(money(item.budget, thai_digits=True))
    for res in demo.round_results[rnd].values():
        vals.append(res.result)
    assert_all_in(vals, doc)
    summary, detail = doc.tables
    assert [c.text for c in summary.rows[1].cells][3:5] == ["แล้วเสร็จ", "ไม่สามารถดำเนินการได้"]
    assert table_header(detail) == plan_report.DETAIL_HEADER
    # the two-row header of the summary repeats: both rows are marked
    assert all(r._tr.trPr.find(qn("w:tblHeader")) is not None for r in summary.rows[:2])
    assert not any(r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None
                   for r in summary.rows[2:])
    from itadesk.domain.plan import summarize

    rs = summarize(sorted(demo.plan_items, key=lambda i: i.position),
                   demo.round_results[rnd], demo.year, rnd)
    last = [c.text for c in summary.rows[-1].cells]
    assert last[0] == "รวม" and money(rs.budget, thai_digits=True) in last
    # contents: written with its page numbers (tests/test_docx_print.py), over Heading 1
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 1"][:3] == [
        "๑. ความเป็นมา", "๒. สรุปผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต",
        "๓. รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"]


@pytest.mark.parametrize("kind,landscape", [
    ("analysis", [False]), ("measures", [True]), ("results", [True]), ("oit", [True]),
    ("plan", [False, True]), ("memo", [False])])
def test_landscape_where_the_pdf_is(docs, kind, landscape):
    secs = docs[kind].sections
    orient = [s.orientation == WD_ORIENT.LANDSCAPE for s in secs]
    assert sorted(set(orient)) == sorted(set(landscape))
    for s in secs:
        wide = s.page_width > s.page_height
        assert wide == (s.orientation == WD_ORIENT.LANDSCAPE)
        assert abs(min(s.page_width, s.page_height) - Cm(21)) < Cm(0.01)  # A4


# ------------------------------------------------------------------ fonts


@pytest.mark.parametrize("kind", KINDS)
def test_every_run_sets_thai_font_and_complex_script_size(docs, kind):
    doc = docs[kind]
    runs = list(doc.element.body.iter(qn("w:r")))
    assert runs
    for r in runs:
        if r.find(qn("w:t")) is None:
            continue
        rpr = r.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts"))
        text = "".join(t.text for t in r.iter(qn("w:t")))
        expected = "Segoe UI Symbol" if set(text) <= set("☐☑✓✗") else TH
        for attr in ("ascii", "hAnsi", "cs"):
            assert fonts.get(qn(f"w:{attr}")) == expected, text
        sz, szcs = rpr.find(qn("w:sz")), rpr.find(qn("w:szCs"))
        assert sz is not None and szcs is not None
        assert sz.get(qn("w:val")) == szcs.get(qn("w:val"))
        if rpr.find(qn("w:b")) is not None:
            assert rpr.find(qn("w:bCs")) is not None  # Thai bold is the complex-script bold
    # body paragraphs are 16 pt (32 half-points); the Normal style too
    normal = doc.styles["Normal"].element.find(qn("w:rPr"))
    assert normal.find(qn("w:szCs")).get(qn("w:val")) == "32"
    assert normal.find(qn("w:rFonts")).get(qn("w:cs")) == TH


def test_font_table_declares_sarabun_fallback(tmp_path, demo):
    path = render_docx(demo, "measures", tmp_path / "m.docx").path
    xml = zipfile.ZipFile(path).read("word/fontTable.xml").decode()
    assert re.search(r'w:name="TH Sarabun New">.*?<w:altName w:val="Sarabun"/>', xml, re.S)


def test_chosen_font_and_arabic_digits(tmp_path, demo):
    s = PrintSettings(font="TH SarabunIT๙", thai_digits=False)
    doc = Document(str(render_docx(demo, "measures", tmp_path / "m.docx", settings=s).path))
    assert "2568" in all_text(doc) and "๒๕๖๘" not in all_text(doc)
    rpr = doc.element.body.find(".//" + qn("w:rPr"))
    assert rpr.find(qn("w:rFonts")).get(qn("w:cs")) == "TH SarabunIT๙"


# ------------------------------------------------------------------ memo


def _runs_with(doc, text):
    return [r for p in doc.paragraphs for r in p.runs if r.text.strip() == text]


def _half_points(run) -> int:
    return int(run._r.rPr.find(qn("w:szCs")).get(qn("w:val")))


def test_memo_on_the_official_form(demo, docs):
    doc = docs["memo"]
    memo = demo.memos["analysis"]
    sec = doc.sections[0]
    assert abs(sec.left_margin - Cm(3)) < Cm(0.01) and abs(sec.right_margin - Cm(2)) < Cm(0.01)
    (title, *_), = [_runs_with(doc, "บันทึกข้อความ")]
    assert _half_points(title) == 58 and title.bold
    for label in ("ส่วนราชการ", "ที่", "วันที่", "เรื่อง"):
        run = _runs_with(doc, label)[0]
        assert _half_points(run) == 40 and run.bold, label
    # body paragraphs: 16 pt with a 2.5 cm first-line indent
    for text in memo.body:
        (p,) = [p for p in doc.paragraphs if p.text == text][:1]
        assert abs(p.paragraph_format.first_line_indent - Cm(2.5)) < Cm(0.01)
        assert all(_half_points(r) == 32 for r in p.runs)
    vals = [memo.subject, memo.to, *memo.enclosures, memo.closing]
    vals += [b.heading for b in memo.chain] + [b.signer.name for b in memo.chain if b.signer.name]
    assert_all_in(vals, doc)
    # dotted lines for the handwritten comments: tab stops with a dot leader
    leaders = doc.element.body.findall(".//" + qn("w:tab") + "[@" + qn("w:leader") + "='dot']")
    assert len(leaders) >= sum(b.lines for b in memo.chain)
    # "- ๒ -" page numbers on continuation pages only
    assert sec.different_first_page_header_footer
    assert "PAGE" in sec.header._element.xml


def test_with_memo_in_front(demo, tmp_path):
    path = render_docx(demo, "plan", tmp_path / "p.docx", with_memo=True, round=12).path
    doc = Document(str(path))
    text = flat(all_text(doc))
    subject = text.index(flat(demo.memos["plan"].subject))
    assert text.index("บันทึกข้อความ") < subject < text.index("คำนำ") < text.index("สารบัญ")
    assert doc.sections[0].orientation == WD_ORIENT.PORTRAIT
    assert doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE


@pytest.mark.parametrize("rnd,own,other", [(6, "plan6", "plan"), (12, "plan", "plan6")])
def test_each_round_has_its_own_memo(demo, tmp_path, rnd, own, other):
    path = render_docx(demo, "plan", tmp_path / "p.docx", with_memo=True, round=rnd).path
    text = flat(all_text(Document(str(path))))
    assert flat(demo.memos[own].subject) in text and flat(demo.memos[own].ref_no) in text
    assert flat(demo.memos[other].subject) not in text
    assert text.index(flat(demo.memos[own].subject)) < text.index("คำนำ")


def test_missing_six_month_memo_is_refused(demo, tmp_path):
    """No 6-month memo: refused with the message, the 12-month memo does not stand in."""
    from copy import copy

    data = copy(demo)
    data.memos = {k: v for k, v in demo.memos.items() if k != "plan6"}
    out = tmp_path / "p.docx"
    with pytest.raises(ItadeskError) as err:
        render_docx(data, "plan", out, with_memo=True, round=6)
    assert err.value.field == "with_memo"
    assert "บันทึกข้อความ" in err.value.message("th") and "รอบ ๖ เดือน" in err.value.message("th")
    assert "6 months" in err.value.message("en")
    assert not out.exists()
    assert render_docx(data, "plan", out, with_memo=True, round=12).path == out


def test_memo_document_holds_every_memo_in_order(demo, docs):
    text = flat(all_text(docs["memo"]))
    places = [text.index(flat(demo.memos[k].subject)) for k in
              ("analysis", "measures", "results", "oit", "plan6", "plan")]
    assert places == sorted(places)


# ------------------------------------------------------------------ the same words as the PDF


def _content(demo):
    """What each document says, from the content functions both formats use."""
    from itadesk.reports import analysis
    from itadesk.reports.common import DocContext
    from itadesk.reports.docx.text import DocxText

    ctx = DocContext(data=demo, framework=framework_for(demo.year),
                     ts=DocxText(demo.settings.thai_digits), round=12)
    pt = plan_report.plan_text(ctx)
    signers = [f"({p.name})" for _l, p in plan_report.signers(ctx) if p]
    return {
        "analysis": [analysis.overall_text(ctx), *analysis.instrument_lines(ctx),
                     *[i.heading for _h, items in analysis.urgency_sections(ctx) for i in items],
                     *[f"({p.name})" for _l, p in analysis.signers(ctx) if p]],
        "measures": [measures_report.intro(ctx, demo.year + 1, len(demo.next_measures)),
                     *[f"({p.name})" for _l, p in measures_report.signers(ctx) if p]],
        "results": [results_report.intro_text(ctx), results_report.summary_text(ctx)],
        "oit": [oit_checklist.intro_text(ctx), oit_checklist.summary_text(ctx)],
        "plan": [pt.summary_subtitle, pt.detail_subtitle,
                 *plan_report.results_lines(ctx, pt).lines, *signers],
    }


def test_word_says_what_the_pdf_says(demo, docs, tmp_path):
    """The texts, totals and signers of D1–D5 come from one place: both files hold them."""
    import shutil
    import subprocess

    from itadesk.reports.render import render_document

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")

    for kind, texts in _content(demo).items():
        assert_all_in(texts, docs[kind])
        pdf = render_document(demo, kind, tmp_path / f"{kind}.pdf", round=12).path
        body = flat(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                                   check=True).stdout.decode())
        missing = [t for t in texts if flat(t) not in body]
        assert not missing, (kind, missing)


def test_analysis_by_indicator_is_one_table_as_in_the_pdf(tmp_path):
    """Up to 2566 the ten indicators are one table (ลำดับ | ตัวชี้วัด | แบบวัด | คะแนน |
    analysis), in Word as in the PDF."""
    from itadesk.reports import analysis
    from test_documents_sample import sample_year

    data = sample_year(2566)
    doc = Document(str(render_docx(data, "analysis", tmp_path / "a.docx").path))
    tables = [t for t in doc.tables if table_header(t)[0] == "ลำดับ"]
    assert len(tables) == 1
    assert table_header(tables[0]) == analysis.INDICATORS_HEADER
    assert len(tables[0].rows) == 1 + len(framework_for(2566).indicators)


# ------------------------------------------------------------------ bad input, output


@pytest.mark.parametrize("kwargs,field", [
    ({"kind": "poster"}, "kind"), ({"round": 3}, "round")])
def test_bad_input_writes_nothing(demo, tmp_path, kwargs, field):
    kind = kwargs.pop("kind", "plan")
    out = tmp_path / "x.docx"
    with pytest.raises(ItadeskError) as err:
        render_docx(demo, kind, out, **kwargs)
    assert err.value.field == field
    assert err.value.message("th") and err.value.message("en")
    assert not out.exists() and not list(tmp_path.iterdir())


def test_missing_memo_is_refused(demo, tmp_path):
    from copy import copy

    data = copy(demo)
    data.memos = {k: v for k, v in demo.memos.items() if k != "oit"}
    with pytest.raises(ItadeskError) as err:
        render_docx(data, "oit", tmp_path / "o.docx", with_memo=True)
    assert "บันทึกข้อความ" in err.value.message("th")
    assert not (tmp_path / "o.docx").exists()


def test_binary_output_and_progress(demo):
    buf, ticks = BytesIO(), []
    res = render_docx(demo, "measures", buf, progress=ticks.append)
    assert res.path is None and ticks[0] == 0.0 and ticks[-1] == 1.0
    assert zipfile.ZipFile(BytesIO(buf.getvalue())).testzip() is None


def test_control_characters_in_user_text_do_not_break_the_file(demo, tmp_path):
    from copy import deepcopy

    data = deepcopy(demo)
    data.next_measures[0].steps = "ขั้นตอน\x0bแรก\u200bที่สอง\x01"
    doc = Document(str(render_docx(data, "measures", tmp_path / "m.docx").path))
    text = all_text(doc)
    assert "ขั้นตอนแรกที่สอง" in text and "\u200b" not in text


def test_cli_renders_all_as_docx(demo_db, tmp_path, capsys):
    from itadesk.cli import main

    db = demo_db
    out = tmp_path / "out"
    assert main(["render", "all", "--db", str(db), "--year", "2567", "--format", "docx",
                 "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.docx" for k in KINDS)
    assert main(["render", "memo", "--db", str(db), "--year", "2567", "--format", "docx",
                 "--out", str(tmp_path / "memo.docx")]) == 0
    assert Document(str(tmp_path / "memo.docx")).paragraphs
