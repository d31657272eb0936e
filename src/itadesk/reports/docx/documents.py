"""D1–D5 as Word documents, section for section and table for table like the PDFs.

What a document says — texts, groups, rows, totals, signers — comes from the plain content
functions of the PDF modules (analysis.overall_text, results_report.ordered_groups,
plan_report.results_lines …), called with a `DocxText` in place of the Typesetter; only the
layout is Word's.
"""

from __future__ import annotations

from itadesk.reports import analysis, measures_report, oit_checklist, plan_report, results_report
from itadesk.reports.common import (
    ClerkText,
    DocContext,
    Labelled,
    Strong,
    list_marker,
    title_lines,
)
from itadesk.reports.docx.chart import score_chart_png
from itadesk.reports.docx.writer import Cell, DocxWriter, Hanging, Run
from itadesk.reports.typesetter import NO_DATA

PORTRAIT_W = 16.0
LANDSCAPE_W = 29.7 - 2.5 - 2.0

# Column widths (cm) of the Word tables. The PDF's fractions are kept where they fit; Word
# and LibreOffice lay TH Sarabun out a little wider than the PDF's measured Sarabun, so
# "ลำดับ" gets at least 1.4 cm and money columns room for "๑๒๓,๔๕๖.๗๘" on one line.
ANALYSIS_WIDTHS = (1.4, 2.6, 2.0, 1.65, 1.5, 6.85)
PLAN_SUMMARY_WIDTHS = (1.4, 5.5, 0.9, 1.3, 1.7, 3.3, 1.6, 3.3, 3.3, 2.9)
PLAN_DETAIL_WIDTHS = (1.4, 3.6, 4.0, 3.1, 2.8, 2.2, 3.7, 2.8, 1.6)


def widths(fractions, total: float, first_min: float = 1.4) -> list[float]:
    """The PDF's column fractions of `total`, with the first (ลำดับ/ข้อ) column widened to
    `first_min` cm at the expense of the widest one."""
    out = [f * total for f in fractions]
    extra = first_min - out[0]
    if extra > 0:
        out[0] = first_min
        k = max(range(1, len(out)), key=lambda i: out[i])
        out[k] -= extra
    return out


def title_block(w: DocxWriter, lines: list[str]) -> None:
    for line in lines:
        if line:
            w.para(line, size=20, bold=True, align="center")
    w.spacer(10)


def opening(w: DocxWriter, ctx: DocContext, title: str, intro: str,
            year: int | None = None) -> None:
    """The report's title block and introductory paragraph (as common.opening)."""
    title_block(w, title_lines(ctx, title, year))
    w.para(intro, first_indent_cm=2.5, align="thai")
    w.spacer(6)


def ending(w: DocxWriter, summary: str, signers) -> None:
    """The counts under a table, then the signers."""
    w.spacer(8)
    w.para(summary)
    sign_off(w, signers, 14)


def no_data(w: DocxWriter, what: str = "") -> None:
    text = f"{what}: {NO_DATA}" if what else NO_DATA
    w.para(f"– {text} –", align="center")


def signature(w: DocxWriter, person, label: str, left_cm: float) -> None:
    """'(ลงชื่อ) ........ ผู้รายงาน / (name) / position' on the right, kept together."""
    if person is None or not getattr(person, "name", ""):
        return
    w.spacer(24)
    lines = [f"(ลงชื่อ) {'.' * 40} {label}", f"({person.name})"]
    if person.position:
        lines.append(person.position)
    for k, line in enumerate(lines):
        w.para(line, align="center", left_indent_cm=left_cm,
               keep_with_next=k < len(lines) - 1)


def sign_off(w: DocxWriter, signers, left_cm: float) -> None:
    """The report's signers (the PDF's side-by-side blocks), one under the other."""
    for label, person in signers:
        signature(w, person, label, left_cm)


def section(w: DocxWriter, heading: str, text: str, level: int = 3) -> None:
    if heading:
        w.heading(heading, level)
    paras = [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]
    if paras:
        for p in paras:
            w.para(p, first_indent_cm=2.5, align="thai")
    else:
        no_data(w)


def labelled_runs(part: Labelled) -> list[Run]:
    return [Run(part.label, bold=True), Run(" " + part.text)]


def clerk_lines(text: str) -> list:
    """The clerk's text in a cell, one paragraph per line; list lines ("๑. …", "- …") with a
    hanging indent so their wrapped lines start under the text, as in the PDF."""
    out: list = []
    for line in (ln.strip() for ln in text.split("\n")):
        if not line:
            continue
        marker = list_marker(line)
        if marker:
            mark = marker.rstrip()
            # room for the marker at the table's size (about 0.18 cm a character) and a gap
            out.append(Hanging(mark, line[len(marker):], round(0.25 + 0.18 * len(mark), 2)))
        else:
            out.append(line)
    return out or ["-"]


def labelled_lines(part: Labelled) -> list:
    """'<b>label</b> text' in a cell, its list lines hanging (as common.labelled_list): the
    label starts the first line, or stands alone when the text starts with a list line."""
    lines = [ln.strip() for ln in (part.text or "").split("\n") if ln.strip()]
    if not lines:
        return [[Run(part.label, bold=True)]]
    if list_marker(lines[0]):
        return [[Run(part.label, bold=True)], *clerk_lines("\n".join(lines))]
    rest = clerk_lines("\n".join(lines[1:])) if lines[1:] else []
    return [[Run(part.label, bold=True), Run(" " + lines[0])], *rest]


def _para(part):
    """One paragraph of a cell: the clerk's text ("-" when empty), bold, labelled, as is."""
    if isinstance(part, ClerkText):
        return part or "-"
    if isinstance(part, Strong):
        return [Run(part, bold=True)]
    if isinstance(part, Labelled):
        return labelled_runs(part)
    return part


def cell(value):
    """A content cell (see reports.common.pdf_cell) as Word table cell paragraphs."""
    if isinstance(value, ClerkText):
        return clerk_lines(value)
    if isinstance(value, Labelled):
        return labelled_lines(value)
    if isinstance(value, list):
        out: list = []
        for v in value:
            if isinstance(v, ClerkText):
                out += clerk_lines(v)
            elif isinstance(v, Labelled):
                out += labelled_lines(v)
            else:
                out.append(_para(v))
        return out or ["-"]
    if type(value) is str and "\n" in value:  # status boxes: a paragraph each
        return value.split("\n")
    return _para(value)


def row(values: list) -> list:
    return [cell(v) for v in values]


# ------------------------------------------------------------------ D1 analysis


def build_analysis(w: DocxWriter, ctx: DocContext) -> None:
    t, fw = ctx.ts, ctx.framework
    title_block(w, title_lines(ctx, analysis.TITLE))
    paras = analysis.rationale_paragraphs(ctx)
    if paras:
        w.heading(analysis.rationale_heading(), 1)
        for p in paras:
            w.para(p, first_indent_cm=2.5, align="thai")
    w.heading(analysis.overall_heading(ctx), 1)
    res = ctx.score
    if res is None:
        no_data(w, "ผลคะแนน ITA")
    else:
        w.para(analysis.overall_text(ctx), first_indent_cm=2.5, align="thai")
        w.para("คะแนนรายแบบวัด", first_indent_cm=2.5)
        for line in analysis.instrument_lines(ctx):
            w.para(line, first_indent_cm=2.5)
        w.spacer(6)
        rows, spans = analysis.summary_rows(ctx)
        label, *_, total = rows[-1]
        rows[-1] = [Cell([label], bold=True), "", "", Cell([total], align="right", bold=True)]
        w.table([analysis.SUMMARY_HEADER], rows, widths(analysis.SUMMARY_WIDTHS, PORTRAIT_W, 0),
                numeric_cols=[3], center_cols=[0, 1], spans=spans)
    # chart: a picture of the bars, the caption and legend as text
    w.heading(analysis.CHART_TITLE, 3)
    bars = analysis.chart_bars(ctx)
    w.picture(score_chart_png(bars, float(fw.pass_threshold)), PORTRAIT_W)
    w.para(f"แกนนอน: ตัวชี้วัดที่ ๑–{t.digits(len(bars))}  แกนตั้ง: คะแนน  "
           f"เส้นประสีแดง: เกณฑ์ผ่าน {t.digits(f'{float(fw.pass_threshold):g}')} คะแนน "
           "(แท่งสีน้ำเงิน: ผ่านเกณฑ์ แท่งสีส้ม: ต่ำกว่าเกณฑ์)", size=12, align="center")
    w.heading(analysis.analysis_heading(ctx), 1)
    analysis_tables(w, ctx)
    urgency_lists(w, ctx)
    sign_off(w, analysis.signers(ctx), 7.5)


def analysis_tables(w: DocxWriter, ctx: DocContext) -> None:
    """analysis.tables(): number, name and analysis span the rows of their block."""
    tables = analysis.tables(ctx)
    if not tables:
        no_data(w)
        return
    for table in tables:
        last_col = len(table.header) - 1
        spans, first = [], 1
        for b in table.blocks:
            last = first + len(b.rows) - 1
            if last > first:
                spans += [((0, first), (0, last)), ((1, first), (1, last)),
                          ((last_col, first), (last_col, last))]
            first = last + 1
        col_widths = (ANALYSIS_WIDTHS if table.header == analysis.CODES_HEADER
                      else widths(table.widths, PORTRAIT_W))
        if table.heading:
            w.heading(table.heading, 3)
        w.table([table.header], [row(r) for r in table.rows()], col_widths,
                numeric_cols=[table.score_col], center_cols=[0, *table.code_cols], spans=spans)


def urgency_lists(w: DocxWriter, ctx: DocContext) -> None:
    for heading, items in analysis.urgency_sections(ctx):
        w.heading(heading, 1)
        if not items:
            no_data(w)
            continue
        for item in items:
            w.para(Run(item.heading, bold=True), keep_with_next=True)
            for part in item.parts:
                w.para(labelled_runs(part), first_indent_cm=2.5, align="thai")


# ------------------------------------------------------------------ D2 measures


def build_measures(w: DocxWriter, ctx: DocContext) -> None:
    year = ctx.year + 1
    measures = ctx.data.next_measures
    opening(w, ctx, measures_report.TITLE, measures_report.intro(ctx, year, len(measures)), year)
    if not measures:
        no_data(w, "มาตรการ")
        return
    rows = []
    for heading, group in measures_report.groups(ctx):
        rows.append([heading])
        rows += [row(r) for r in group]
    w.table([measures_report.HEADER], rows, widths(measures_report.WIDTHS, LANDSCAPE_W),
            center_cols=[0])
    sign_off(w, measures_report.signers(ctx), 14)


# ------------------------------------------------------------------ D3 results


def build_results(w: DocxWriter, ctx: DocContext) -> None:
    how = results_report.group_by(ctx)
    fw = results_report.measures_framework(ctx)
    opening(w, ctx, results_report.TITLE, results_report.intro_text(ctx))
    if not ctx.data.measures:
        no_data(w, "มาตรการ")
        return
    rows = []
    for heading, subgroups in results_report.ordered_groups(ctx, fw, how):
        rows.append([heading])
        for sub, items in subgroups:
            if sub:
                rows.append([sub])
            rows += [row(results_report.row(ctx, k, m)) for k, m in enumerate(items, 1)]
    w.table([results_report.HEADER], rows, widths(results_report.WIDTHS, LANDSCAPE_W),
            center_cols=[0])
    ending(w, results_report.summary_text(ctx), results_report.signers(ctx))


# ------------------------------------------------------------------ D4 OIT


def build_oit(w: DocxWriter, ctx: DocContext) -> None:
    opening(w, ctx, oit_checklist.TITLE, oit_checklist.intro_text(ctx))
    if not ctx.framework.oit_items:
        no_data(w, "ข้อการประเมิน OIT")
        return
    progress = oit_checklist.progress_by_code(ctx)
    rows = []
    for heading, items in oit_checklist.ordered_groups(ctx):
        rows.append([heading])
        rows += [r if len(r) == 1 else row(r)
                 for r in oit_checklist.group_rows(ctx, items, progress)]
    w.table([oit_checklist.HEADER], rows, widths(oit_checklist.WIDTHS, LANDSCAPE_W),
            center_cols=[0])
    ending(w, oit_checklist.summary_text(ctx), oit_checklist.signers(ctx))


# ------------------------------------------------------------------ D5 action plan


def plan_contents(ctx: DocContext) -> list[tuple[int, str, str]]:
    """[(level, heading, "๑ - ๔")] of D5's contents as the PDF lays the report out (the same
    story, built in memory with the same settings)."""
    from io import BytesIO

    from itadesk.reports.layout import build_pdf
    from itadesk.reports.typesetter import Typesetter

    settings = ctx.data.settings
    ts = Typesetter(font=settings.font, thai_digits=settings.thai_digits)
    pdf_ctx = DocContext(data=ctx.data, framework=ctx.framework, ts=ts, round=ctx.round,
                         options=dict(ctx.options))
    info: dict = {}
    try:
        build_pdf(BytesIO(), plan_report.build(pdf_ctx), ts, info=info)
    except Exception:  # noqa: BLE001 - the headings alone rather than no Word file
        info = {}
    got = info.get("contents")
    if got:
        return got
    return [(0, h, "") for h in (plan_report.HEADING1, plan_report.HEADING2,
                                  plan_report.HEADING3)]


def build_plan(w: DocxWriter, ctx: DocContext) -> None:
    """Cover, คำนำ, สารบัญ (with the PDF layout's page numbers), ๑. ความเป็นมา (portrait, its
    own section counting from ๑), then ๒. the summary
    table and ๓. the detailed table on landscape pages."""
    pt = plan_report.plan_text(ctx)
    rep, rs = pt.report, pt.summary
    front = len(w.doc.sections) - 1  # the section of the cover and front matter
    # cover
    w.spacer(80)
    w.para(plan_report.COVER_TITLE, size=32, bold=True, align="center", space_after=12)
    for s in pt.cover_subtitle:
        w.para(s, size=24, bold=True, align="center", space_after=8)
    w.spacer(40)
    for s in pt.cover_lines:
        if s:
            w.para(s, size=20, align="center")
    w.page_break()
    # คำนำ
    w.para("คำนำ", size=20, bold=True, align="center", space_after=6)
    paras = [p.strip() for p in (rep.preface or "").split("\n\n") if p.strip()]
    for p in paras:
        w.para(p, first_indent_cm=2.5, align="thai")
    if not paras:
        no_data(w)
    if pt.preface_by:
        w.spacer(16)
        w.para(pt.preface_by, align="right")
    w.page_break()
    # สารบัญ: written with its page numbers (no field to update on opening, which Word asks
    # about and LibreOffice does not do): the numbers of the PDF's layout of the same report
    w.para("สารบัญ", size=20, bold=True, align="center", space_after=6)
    w.para("หน้า", bold=True, align="right")
    for _level, heading, pages in plan_contents(ctx):
        p = w.para([heading, "\t", pages], tabs=[(PORTRAIT_W, "right", "dot")],
                   space_before=2)
    # the body counts its pages from ๑ (a section of its own); the front matter (cover,
    # คำนำ, สารบัญ) carries no number, as seed 004
    w.new_section(False)
    w.restart_page_numbers()
    w.no_page_numbers(front)
    # ๑. ความเป็นมา
    w.heading(plan_report.HEADING1, 1)
    for heading, text in plan_report.background_sections(rep):
        section(w, heading, text)
    w.heading(plan_report.FACTORS, 3)
    for heading, text in plan_report.factor_sections(rep):
        section(w, heading, text)
    r = plan_report.results_lines(ctx, pt)
    w.heading(r.heading, 3)
    w.para(r.intro, first_indent_cm=2.5, align="thai")
    for line in r.dimensions:
        w.para(line, first_indent_cm=2.5)
    w.para(r.lead, first_indent_cm=2.5)
    for line in r.lines:
        w.para(line, first_indent_cm=2.5)
    for heading, text in plan_report.closing_sections(rep):
        section(w, heading, text)
    # ๒. summary table (landscape)
    w.landscape()
    w.heading(plan_report.HEADING2, 1)
    w.para(pt.summary_subtitle, bold=True, align="center")
    w.spacer(6)
    rows = plan_report.summary_rows(ctx, rs)
    spans = list(plan_report.SUMMARY_SPANS)
    if rows:
        aligns = ("center", "", "", "center", "center", "right", "center", "right", "right", "")
        rows[-1] = [Cell([v], bold=True, align=a) if a else v for v, a in zip(rows[-1], aligns,
                                                                             strict=True)]
        last = len(rows) + 1
        spans.append(((0, last), (2, last)))
    w.table(plan_report.SUMMARY_HEADER, rows,
            PLAN_SUMMARY_WIDTHS, numeric_cols=[5, 7, 8],
            center_cols=[0, 2, 3, 4, 6], spans=spans)
    h3 = w.heading(plan_report.HEADING3, 1)
    h3.paragraph_format.page_break_before = True  # (a break paragraph could leave a blank page)
    w.para(pt.detail_subtitle, bold=True, align="center")
    w.spacer(6)
    w.table([plan_report.DETAIL_HEADER], [row(r) for r in plan_report.detail_rows(ctx, rs)],
            PLAN_DETAIL_WIDTHS, center_cols=[0],
            numeric_cols=[4, 7])
    sign_off(w, plan_report.signers(ctx), 14)


BUILDERS = {
    "analysis": (build_analysis, False),   # (builder, landscape)
    "measures": (build_measures, True),
    "results": (build_results, True),
    "oit": (build_oit, True),
    "plan": (build_plan, False),
}
