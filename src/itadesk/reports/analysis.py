"""D1 — รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (seeds 001, 003).

Title block; "๑. หลักการและเหตุผล" when the year has a rationale (seed 003; seed 001 has none,
and then the sections keep their numbers); overall score and result level by the year's
framework rule; the summary
table of the 10 indicators (แบบ | ลำดับ | รายละเอียดตัวชี้วัด | คะแนน); a bar chart of the
indicator scores with the pass line; the analysis by indicator (framework.analysis_by ==
"indicator", up to 2566) or by issue with question-level score rows (2567 on) and the column
ข้อบกพร่อง/ข้อแก้ไข/ปรับปรุง/รักษาระดับ; then the two lists the OIT item asks for: the
weaknesses to fix urgently and the points to develop (Finding.urgency).

The content (texts, rows, groups) comes from plain functions — rationale_paragraphs,
section_no, overall_text, instrument_lines,
summary_rows, chart_bars, tables, urgency_sections — that reports/docx uses too; the rest
turns it into ReportLab flowables.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from itadesk.domain.assessment import Finding
from itadesk.domain.errors import ItadeskError, ValidationError
from itadesk.domain.memo import DOCUMENT_KINDS
from itadesk.domain.thaitext import to_thai_digits
from itadesk.reports.chart import ScoreBarChart
from itadesk.reports.common import (
    PORTRAIT_WIDTH,
    DocContext,
    Labelled,
    fmt_int,
    fmt_score,
    labelled_list,
    labelled_parts,
    list_paragraphs,
    no_data,
    pdf_cell,
    report_signers,
    result_text,
    sign_off,
    target_name,
    target_sort_key,
    title_block,
    title_lines,
)

TITLE = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"
FINDING_HEADER = "ข้อบกพร่อง/ข้อแก้ไข/ปรับปรุง/รักษาระดับ"
SUMMARY_HEADER = ["แบบ", "ลำดับ", "รายละเอียดตัวชี้วัด", "คะแนน"]
SUMMARY_WIDTHS = (0.14, 0.12, 0.54, 0.20)
CODES_HEADER = ["ลำดับ", "หัวข้อ", "เครื่องมือการประเมิน", "ข้อคำถาม", "คะแนน", FINDING_HEADER]
CODES_WIDTHS = (0.06, 0.18, 0.125, 0.105, 0.10, 0.43)
INDICATORS_HEADER = ["ลำดับ", "ตัวชี้วัด", "แบบวัด", "คะแนน", FINDING_HEADER]
INDICATORS_WIDTHS = (0.07, 0.22, 0.10, 0.11, 0.50)
CHART_TITLE = "แผนภูมิแสดงคะแนนรายตัวชี้วัด"
RATIONALE_HEADING = "หลักการและเหตุผล"
OVERALL_HEADING = "ผลการประเมินภาพรวม"


def build(ctx: DocContext) -> list[Flowable]:
    ts = ctx.ts
    story: list[Flowable] = []
    story += title_block(ts, title_lines(ctx, TITLE))
    story += rationale(ctx)
    story += overall(ctx)
    story += [CondPageBreak(8.2 * cm), ts.para(CHART_TITLE, "heading3"), chart(ctx),
              ts.spacer(6)]
    story += supplied_image(ctx)
    story.append(ts.para(analysis_heading(ctx), "heading1"))
    story += analysis_tables(ctx)
    story += urgency_lists(ctx)
    tail = story.pop() if story and isinstance(story[-1], Paragraph) else None
    story += sign_off(ts, signers(ctx), tail)
    return story


def signers(ctx: DocContext):
    return report_signers(ctx.office)


# ------------------------------------------------------------------ rationale and numbering


def rationale_paragraphs(ctx: DocContext) -> list[str]:
    """The year's rationale, a paragraph per non-empty line ([] when there is none)."""
    a = ctx.data.assessment
    text = a.rationale if a is not None else ""
    return [line.strip() for line in text.splitlines() if line.strip()]


def section_no(ctx: DocContext, n: int) -> int:
    """The printed number of section `n` as numbered without a rationale (1 overall, 2
    analysis, 3 urgent, 4 develop): one more when "๑. หลักการและเหตุผล" comes first."""
    return n + 1 if rationale_paragraphs(ctx) else n


def rationale_heading() -> str:
    return f"๑. {RATIONALE_HEADING}"


def overall_heading(ctx: DocContext) -> str:
    return f"{to_thai_digits(str(section_no(ctx, 1)))}. {OVERALL_HEADING}"


def rationale(ctx: DocContext) -> list[Flowable]:
    """"๑. หลักการและเหตุผล" and its paragraphs (first-line indent; list lines hang), or
    nothing when the year has no rationale."""
    ts = ctx.ts
    paras = rationale_paragraphs(ctx)
    if not paras:
        return []
    return [ts.para(rationale_heading(), "heading1"),
            *list_paragraphs(ts, "\n".join(paras), "body_indent")]


# ------------------------------------------------------------------ overall and summary (content)


def overall_text(ctx: DocContext) -> str:
    """The paragraph of §1: total score, level, pass mark, national rank (or why the total
    cannot be computed yet). Only with an assessment (ctx.score)."""
    ts, fw, res = ctx.ts, ctx.framework, ctx.score
    office = ctx.office.full_name
    if res.total is not None:
        text = (f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ{office} "
                f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} {result_text(ts, fw, res)}")
    else:
        missing = ", ".join(ts.digits(n) for n in res.missing)
        text = (f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ{office} "
                f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} ยังคำนวณคะแนนภาพรวมไม่ได้ "
                f"เพราะยังไม่มีคะแนนตัวชี้วัดที่ {missing}")
    if ctx.data.assessment.national_rank:
        text += f" อยู่ในลำดับที่ {fmt_int(ts, ctx.data.assessment.national_rank)} ของประเทศ"
    return text


def instrument_lines(ctx: DocContext) -> list[str]:
    """'- แบบวัด… (IIT) ๘๕.๐๐ คะแนน (น้ำหนักร้อยละ ๓๐)', one per instrument."""
    ts, res = ctx.ts, ctx.score
    return [f"- {ins.name_th} ({ins.code}) {fmt_score(ts, res.instrument_scores.get(ins.code))} "
            f"คะแนน (น้ำหนักร้อยละ {ts.digits(f'{ins.weight:g}')})"
            for ins in ctx.framework.instruments]


def summary_rows(ctx: DocContext) -> tuple[list[list[str]], list[tuple]]:
    """(rows, spans) of the summary table under SUMMARY_HEADER: the instrument code spanning
    its indicators' rows, the total in the last row ("คะแนนรวม" spanning three columns)."""
    ts, fw, res = ctx.ts, ctx.framework, ctx.score
    rows, spans = [], []
    a = ctx.data.assessment
    if res is not None and a is not None and a.order_by_score:
        # seed 003's "คะแนนสูงสุดรายตัวชี้วัด": high to low, unscored last (issue 13)
        order = sorted(fw.indicators, key=lambda i: (res.indicator_scores.get(i.no) is None,
                                                     -(res.indicator_scores.get(i.no) or 0), i.no))
        for ind in order:
            rows.append([ind.instrument, ts.digits(ind.no), ind.name_th,
                         fmt_score(ts, res.indicator_scores.get(ind.no))])
        rows.append(["คะแนนรวม", "", "", fmt_score(ts, res.total)])
        spans.append(((0, len(rows)), (2, len(rows))))
        return rows, spans
    r = 1
    for ins in fw.instruments:
        inds = fw.indicators_of(ins.code)
        for k, ind in enumerate(inds):
            score = res.indicator_scores.get(ind.no) if res else None
            rows.append([ins.code if k == 0 else "", ts.digits(ind.no), ind.name_th,
                         fmt_score(ts, score)])
        if len(inds) > 1:
            spans.append(((0, r), (0, r + len(inds) - 1)))
        r += len(inds)
    rows.append(["คะแนนรวม", "", "", fmt_score(ts, res.total if res else None)])
    spans.append(((0, r), (2, r)))
    return rows, spans


def chart_bars(ctx: DocContext) -> list[tuple[str, float | None]]:
    """(label, score) of every indicator, in framework order."""
    res = ctx.score
    return [(ctx.ts.digits(ind.no), res.indicator_scores.get(ind.no) if res else None)
            for ind in ctx.framework.indicators]


def analysis_heading(ctx: DocContext) -> str:
    unit = "ประเด็น" if ctx.framework.analysis_by == "issue" else "ตัวชี้วัด"
    return f"{to_thai_digits(str(section_no(ctx, 2)))}. การวิเคราะห์ผลการประเมินราย{unit}"


# ------------------------------------------------------------------ overall and summary (PDF)


def overall(ctx: DocContext) -> list[Flowable]:
    ts = ctx.ts
    out: list[Flowable] = [ts.para(overall_heading(ctx), "heading1")]
    if ctx.score is None:
        out.append(no_data(ts, "ผลคะแนน ITA"))
        return out
    out.append(ts.para(overall_text(ctx), "body_indent"))
    out.append(ts.para("คะแนนรายแบบวัด", "body_indent"))
    for line in instrument_lines(ctx):  # wrapped lines hang under the text
        out += list_paragraphs(ts, line, "body_indent")
    out.append(ts.spacer(6))
    out.append(summary_table(ctx))
    return out


def summary_table(ctx: DocContext):
    """แบบ | ลำดับ | รายละเอียดตัวชี้วัด | คะแนน (see `summary_rows`)."""
    rows, spans = summary_rows(ctx)
    w = PORTRAIT_WIDTH
    return ctx.ts.table([SUMMARY_HEADER], rows, [f * w for f in SUMMARY_WIDTHS],
                        numeric_cols=[3], center_cols=[0, 1], spans=spans,
                        extra_style=[("VALIGN", (0, 1), (0, -1), "MIDDLE")])


def supplied_image(ctx: DocContext) -> list[Flowable]:
    """The image the clerk supplied (e.g. ITAS's graph, as seed 001 pastes it), scaled to
    the text width, after the program's own chart; nothing without one (issue 13)."""
    hit = ctx.data.d1_image
    if not hit:
        return []
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        iw, ih = ImageReader(io.BytesIO(hit[1])).getSize()
    except Exception:  # noqa: BLE001 - a damaged image prints as nothing, not a crash
        return []
    scale = min(16 * cm / iw, 12 * cm / ih, 1.0)
    return [Image(io.BytesIO(hit[1]), width=iw * scale, height=ih * scale), ctx.ts.spacer(6)]


def chart(ctx: DocContext) -> Flowable:
    return ScoreBarChart(ctx.ts, chart_bars(ctx), pass_line=float(ctx.framework.pass_threshold),
                         width=PORTRAIT_WIDTH, height=6.6 * cm)


# ------------------------------------------------------------------ analysis tables (content)


def targets(ctx: DocContext) -> list[str]:
    """Framework order (indicators or issues), then any other target a finding names."""
    fw = ctx.framework
    if fw.analysis_by == "issue":
        keys = [f"issue:{iss.no}" for iss in fw.issues]
    else:
        keys = [f"ind:{ind.no}" for ind in fw.indicators]
    extra = sorted({f.target for f in ctx.data.findings} - set(keys), key=target_sort_key)
    return keys + extra


def codes_for(ctx: DocContext, target: str) -> list[str]:
    """The question/item codes printed under an issue (all of them) or an indicator (up to
    2566: only the scored ones)."""
    fw = ctx.framework
    kind, _, no_s = target.partition(":")
    no = int(no_s) if no_s else 0
    if kind == "issue":
        iss = fw.issue(no)
        return list(iss.codes) if iss else []
    if kind == "ind":
        codes = [q.code for q in fw.questions_of(no)]
        codes += [o.code for o in fw.oit_items if o.indicator == no]
        scored = ctx.data.assessment.question_scores if ctx.data.assessment else {}
        return [c for c in codes if c in scored]
    return []


def instrument_of_code(ctx: DocContext, code: str) -> str:
    fw = ctx.framework
    try:
        return fw.instrument_of_indicator(fw.item(code).indicator).code
    except (ItadeskError, KeyError, ValidationError):
        return ""


def finding_parts(findings: list[Finding]) -> list[Labelled]:
    """ข้อบกพร่อง / ข้อแก้ไข/ปรับปรุง / รักษาระดับ of each finding (empty ones left out)."""
    return [part for f in findings for part in labelled_parts(
        (("ข้อบกพร่อง:", f.weaknesses), ("ข้อแก้ไข/ปรับปรุง:", f.fixes), ("รักษาระดับ:", f.keep)))]


def topic(ctx: DocContext, target: str) -> str:
    """The indicator's/issue's own name, without "ตัวชี้วัดที่ ๑"/"ประเด็นที่ ๑"."""
    name = target_name(ctx.framework, target, ctx.ts)
    parts = name.split(" ", 2)
    return parts[2] if len(parts) == 3 else name


@dataclass
class AnalysisBlock:
    """The rows of one indicator/issue: its number, name and analysis (the last column,
    `findings`) on the first row, then one row per question/item code (instrument named
    where it changes)."""

    rows: list[list]
    findings: list[Labelled]


@dataclass
class AnalysisTable:
    heading: str | None  # the issue over its table (by issue); None: one table of indicators
    header: list[str]
    widths: tuple[float, ...]  # fractions of the text width
    blocks: list[AnalysisBlock]
    score_col: int
    code_cols: tuple[int, ...]

    def rows(self) -> list[list]:
        """Every row, the findings in the last column of each block's first row."""
        out = []
        for b in self.blocks:
            for k, row in enumerate(b.rows):
                out.append([*row, b.findings if k == 0 else ""])
        return out


def block(ctx: DocContext, target: str, n: int, findings: list[Finding],
          with_codes: bool) -> AnalysisBlock:
    ts, fw = ctx.ts, ctx.framework
    scored = ctx.data.assessment.question_scores if ctx.data.assessment else {}
    res = ctx.score
    rows: list[list] = []
    last_ins = None
    for code in codes_for(ctx, target) if with_codes else []:
        ins = instrument_of_code(ctx, code)
        rows.append(["", "", ins if ins != last_ins else "", f"ข้อ {code}",
                     fmt_score(ts, scored.get(code))])
        last_ins = ins
    if not rows:  # no question rows: the indicator's own score (or none)
        score, ins = None, ""
        if target.startswith("ind:"):
            if res is not None:
                score = res.indicator_scores.get(int(target[4:]))
            try:
                ins = fw.indicator(int(target[4:])).instrument
            except ItadeskError:
                ins = ""
        rows.append(["", "", ins, "-", fmt_score(ts, score)])
    if not with_codes:
        rows = [[r[0], r[1], r[2], r[4]] for r in rows]
    rows[0][0] = ts.digits(n)
    rows[0][1] = topic(ctx, target)
    return AnalysisBlock(rows, finding_parts(findings))


def tables(ctx: DocContext) -> list[AnalysisTable]:
    """By issue (2567 on): a table per issue under its name, as in seed 001. By indicator
    (up to 2566): one table of all ten indicators (a ข้อคำถาม column only when question
    scores were entered). Empty when there is nothing to analyse."""
    fw, data = ctx.framework, ctx.data
    by_target: dict[str, list[Finding]] = {}
    for f in sorted(data.findings, key=lambda f: f.position):
        by_target.setdefault(f.target, []).append(f)
    keys = targets(ctx)
    if fw.analysis_by == "issue":
        return [AnalysisTable(target_name(fw, t, ctx.ts), CODES_HEADER, CODES_WIDTHS,
                              [block(ctx, t, n, by_target.get(t, []), True)], 4, (2, 3))
                for n, t in enumerate(keys, 1)]
    if not keys:
        return []
    with_codes = any(codes_for(ctx, t) for t in keys)
    blocks = []
    for t in keys:
        no = int(t[4:]) if t.startswith("ind:") else len(blocks) + 1
        blocks.append(block(ctx, t, no, by_target.get(t, []), with_codes))
    if with_codes:
        return [AnalysisTable(None, CODES_HEADER, CODES_WIDTHS, blocks, 4, (2, 3))]
    return [AnalysisTable(None, INDICATORS_HEADER, INDICATORS_WIDTHS, blocks, 3, (2,))]


# ------------------------------------------------------------------ analysis tables (PDF)


def _merged_table(ctx: DocContext, table: AnalysisTable):
    """One table of blocks (an indicator/issue each) drawn like merged cells: number, name
    and analysis have no lines between the rows of their block, the instrument column a line
    where the instrument changes, the code and score columns a line under every row, and a
    full line closes every block. (Real SPANs would stretch every code row to share the
    height of a long analysis cell.)"""
    ts = ctx.ts
    score_col, code_cols = table.score_col, table.code_cols
    rows = [[*r[:-1], pdf_cell(ts, r[-1]) or "-"] if r[-1] != "" else r
            for r in table.rows()]
    t = ts.table([table.header], rows, [f * PORTRAIT_WIDTH for f in table.widths],
                 numeric_cols=[score_col], center_cols=[0, *code_cols])
    if not hasattr(t, "_linecmds"):  # keep the full grid if ReportLab changes its insides
        return t
    conf = ts.table_conf
    lw = float(conf.get("grid_width", 0.5))
    lc = colors.HexColor(conf.get("grid_color", "#000000"))
    t._linecmds = [c for c in t._linecmds if c[0] != "GRID"]
    cmds = [("BOX", (0, 0), (-1, -1), lw, lc), ("LINEBEFORE", (1, 0), (-1, -1), lw, lc),
            ("LINEBELOW", (0, 0), (-1, 0), lw, lc)]
    ins_col = code_cols[0]
    first = 1  # table row of the block's first row (row 0 is the header)
    for b in table.blocks:
        last = first + len(b.rows) - 1
        cmds.append(("LINEBELOW", (0, last), (-1, last), lw, lc))
        if last > first:
            cmds.append(("LINEBELOW", (code_cols[-1], first), (score_col, last - 1), lw, lc))
        for k in range(first + 1, last + 1):
            if rows[k - 1][ins_col] != "":
                cmds.append(("LINEABOVE", (ins_col, k), (ins_col, k), lw, lc))
        first = last + 1
    t.setStyle(cmds)
    return t


def analysis_tables(ctx: DocContext) -> list[Flowable]:
    ts = ctx.ts
    content = tables(ctx)
    if not content:
        return [no_data(ts)]
    out: list[Flowable] = []
    for table in content:
        if table.heading:
            out.append(ts.para(table.heading, "heading3"))
        out += [_merged_table(ctx, table), ts.spacer(6)]
    return out


# ------------------------------------------------------------------ urgent / develop lists


@dataclass
class UrgencyItem:
    heading: str  # '๓.๑ ประเด็นที่ ๒ การให้บริการ…'
    parts: list[Labelled]


def urgency_sections(ctx: DocContext) -> list[tuple[str, list[UrgencyItem]]]:
    """[('๓. ข้อบกพร่องที่ต้องแก้ไขอย่างเร่งด่วน', items), ('๔. ประเด็นที่ต้องพัฒนา', items)]
    (๔./๕. after a rationale): the findings marked urgent / develop in indicator/issue order
    (no items: no data)."""
    ts, fw = ctx.ts, ctx.framework
    findings = sorted(ctx.data.findings, key=lambda f: (target_sort_key(f.target), f.position))
    out = []
    for no, (key, heading) in enumerate((("urgent", "ข้อบกพร่องที่ต้องแก้ไขอย่างเร่งด่วน"),
                                         ("develop", "ประเด็นที่ต้องพัฒนา")), section_no(ctx, 3)):
        chosen = [f for f in findings if f.urgency == key]
        items = [UrgencyItem(f"{ts.digits(no)}.{ts.digits(k)} {target_name(fw, f.target, ts)}",
                             labelled_parts((("ข้อบกพร่อง:", f.weaknesses),
                                             ("แนวทางแก้ไข/พัฒนา:", f.fixes))))
                 for k, f in enumerate(chosen, 1)]
        out.append((f"{ts.digits(no)}. {heading}", items))
    return out


def urgency_lists(ctx: DocContext) -> list[Flowable]:
    ts = ctx.ts
    out: list[Flowable] = []
    for heading, items in urgency_sections(ctx):
        out.append(ts.para(heading, "heading1"))
        if not items:
            out.append(no_data(ts))
            continue
        for item in items:
            # the item's heading stays with its first line (never ends a page)
            out.append(ts.markup(f"<b>{ts.escape(item.heading)}</b>", "body", keepWithNext=1))
            for part in item.parts:
                out += labelled_list(ts, part.label, part.text, "body_indent")
    return out


TITLE_TH = DOCUMENT_KINDS["analysis"][0]
