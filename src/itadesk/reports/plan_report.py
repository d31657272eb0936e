"""D5 — รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต, round 6 or 12 months (seed 004).

Cover ("จัดทำโดย" unit) balanced on its page, คำนำ and สารบัญ unnumbered, the contents with a
"หน้า" column and page ranges of the body, which counts from ๑; ๑. ความเป็นมา (background,
context/input/process/product, the round's results: counts in progress / done / could not
be done, amount disbursed, implementation rate and its level word from domain.plan.summarize,
achievements, benefits, problems, suggestions, next steps), ๒. the summary table (ลำดับ |
รายการ | มิติ | แล้วเสร็จ | ไม่สามารถดำเนินการได้ | งบประมาณ | ไม่ใช้งบประมาณ | เบิกจ่าย |
คงเหลือ | หมายเหตุ) with ✓ marks and column totals, ๓. the detailed table per item (method,
KPI, budget, period, result, spending, unit), both landscape, each table's title repeated
on its continuation pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import Flowable, PageBreak

from itadesk.domain import thaitext
from itadesk.domain.plan import (
    DIMENSIONS,
    ROUND_STATUSES,
    RoundReport,
    RoundSummary,
    item_remaining,
    summarize,
)
from itadesk.reports.common import (
    LANDSCAPE_WIDTH,
    TICK,
    ClerkText,
    DocContext,
    Strong,
    fmt_int,
    list_paragraphs,
    no_data,
    pdf_row,
    report_signers,
    table_then_sign_off,
)
from itadesk.reports.layout import (
    PageNumbers,
    RestartPageNumbers,
    cover_page,
    landscape,
    toc,
)
from itadesk.reports.typesetter import NO_DATA as NO_DATA_TEXT

TITLE = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"
SUMMARY_HEADER = [
    ["ลำดับ", "รายการโครงการ", "มิติ", "ผลการดำเนินการ", "", "งบประมาณ", "", "", "", "หมายเหตุ"],
    ["", "", "", "แล้วเสร็จ", "ไม่สามารถดำเนินการได้", "งบประมาณ", "ไม่ใช้งบประมาณ", "เบิกจ่าย",
     "คงเหลือ", ""],
]
SUMMARY_SPANS = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (4, 0)),
                 ((5, 0), (8, 0)), ((9, 0), (9, 1))]
SUMMARY_WIDTHS = (0.045, 0.255, 0.04, 0.07, 0.09, 0.105, 0.08, 0.10, 0.10, 0.115)
DETAIL_HEADER = ["ลำดับ", "โครงการ/กิจกรรม", "วิธีการดำเนินงาน", "ตัวชี้วัด", "งบประมาณ",
                 "ระยะเวลาดำเนินการ", "ผลการดำเนินงาน", "การใช้จ่ายงบประมาณ", "หน่วยงานรับผิดชอบ"]
DETAIL_WIDTHS = (0.04, 0.16, 0.19, 0.13, 0.085, 0.085, 0.15, 0.085, 0.075)
NO_BUDGET = "ไม่ใช้งบประมาณ"
# the cover breaks the title where seed 004 does, not wherever the line happens to end
COVER_TITLE = "รายงานผลการดำเนินงานตาม\nแผนปฏิบัติการป้องกันการทุจริต"
HEADING1 = "๑. ความเป็นมา"
HEADING2 = "๒. สรุปผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"
HEADING3 = "๓. รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"
FACTORS = "ปัจจัยที่มีผลต่อความสำเร็จของโครงการ/กิจกรรม"


# ------------------------------------------------------------------ content


@dataclass
class PlanText:
    """The words of a round's report that are not the clerk's sections: names, cover,
    subtitles, the counts of the results section."""

    report: RoundReport
    summary: RoundSummary
    round_label: str  # 'รอบ ๖ เดือน'
    period: str  # '๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗'
    plan_name: str
    plan_span: str  # '(พ.ศ. ๒๕๖๖ – ๒๕๗๐)' or ''
    cover_subtitle: list[str]
    cover_lines: list[str]  # 'จัดทำโดย', the unit, the office, where it is
    preface_by: str  # under the preface, on the right
    summary_subtitle: str
    detail_subtitle: str


def period_text(ctx: DocContext) -> str:
    """'๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗' (6 months) / '… – ๓๐ กันยายน ๒๕๖๗' (12 months)."""
    start, end = thaitext.round_range(ctx.year, ctx.round)
    return thaitext.date_range_text(start, end, ctx.ts.thai_digits)


def round_summary(ctx: DocContext) -> RoundSummary:
    items = sorted(ctx.data.plan_items, key=lambda i: i.position)
    return summarize(items, ctx.data.round_results.get(ctx.round, {}), ctx.year, ctx.round)


def plan_text(ctx: DocContext) -> PlanText:
    ts, data, office = ctx.ts, ctx.data, ctx.office
    rep = data.round_reports.get(ctx.round) or RoundReport(year=ctx.year, round=ctx.round)
    rnd = f"รอบ {ts.digits(ctx.round)} เดือน"
    plan = data.plan
    plan_name = plan.title if plan else "แผนปฏิบัติการป้องกันการทุจริต"
    plan_span = (f"(พ.ศ. {ts.digits(plan.start_year)} – {ts.digits(plan.end_year)})"
                 if plan else "")
    period = period_text(ctx)
    year_round = f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} {rnd} ({period})"
    return PlanText(
        report=rep, summary=round_summary(ctx), round_label=rnd, period=period,
        plan_name=plan_name, plan_span=plan_span,
        cover_subtitle=[office.full_name, f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} {rnd}", f"({period})"],
        # seed 004: "จัดทำโดย / งานนิติการ / สำนักงานปลัด อบต.… / อำเภอ… จังหวัด…" -- the
        # office is not named again when the unit's line already names it
        cover_lines=["จัดทำโดย", *([rep.prepared_by] if rep.prepared_by else []),
                     *([] if office.full_name in (rep.prepared_by or "") else
                       [office.full_name]), office.location],
        preface_by=rep.prepared_by or office.full_name,
        summary_subtitle=f"สรุปการดำเนินงานตาม{plan_name} {plan_span} {office.full_name} "
                         f"{year_round}",
        detail_subtitle=f"รายงานผลการดำเนินงานตาม{plan_name} {office.full_name} {year_round}",
    )


def background_sections(rep: RoundReport) -> list[tuple[str, str]]:
    """§1 before the results: ที่มาและความสำคัญ (then, under FACTORS, the four factors)."""
    return [("ที่มาและความสำคัญ", rep.background)]


def factor_sections(rep: RoundReport) -> list[tuple[str, str]]:
    return [("Context (บริบท)", rep.context), ("Input (ปัจจัยนำเข้า)", rep.input),
            ("Process (กระบวนการ)", rep.process), ("Product (ผลผลิต)", rep.product)]


def closing_sections(rep: RoundReport) -> list[tuple[str, str]]:
    """§1 after the results, in seed 004's order."""
    return [("ผลสัมฤทธิ์ของงาน/โครงการ", rep.achievements),
            ("แผนการดำเนินงานในระยะต่อไป", rep.next_steps),
            ("ประโยชน์ที่ประชาชนได้รับจากการดำเนินโครงการ", rep.benefits),
            ("ปัญหาและอุปสรรคในการดำเนินงาน", rep.problems),
            ("ข้อเสนอแนะ", rep.suggestions)]


@dataclass
class ResultsText:
    heading: str
    intro: str
    dimensions: list[str]  # '- มิติที่ ๑ … ประกอบด้วย ๖ รายการ'
    lead: str  # 'ผลการดำเนินงานรอบ ๖ เดือน ดังนี้'
    lines: list[str]  # '๑. อยู่ระหว่างดำเนินการ …', …


def results_lines(ctx: DocContext, pt: PlanText) -> ResultsText:
    """The round's results in §1: items per มิติ, in progress / done / could not, money,
    the implementation rate and its level."""
    ts, rs = ctx.ts, pt.summary
    lines = [
        f"อยู่ระหว่างดำเนินการ {fmt_int(ts, rs.in_progress)} โครงการ",
        f"ดำเนินการแล้วเสร็จ {fmt_int(ts, rs.done)} โครงการ",
        f"ไม่สามารถดำเนินการได้ {fmt_int(ts, rs.cannot)} โครงการ",
    ]
    if rs.pending:
        lines.append(f"ยังไม่ได้รายงานผล {fmt_int(ts, rs.pending)} โครงการ")
    lines += [
        f"เบิกจ่ายงบประมาณ {ts.money(rs.disbursed)} บาท จากงบประมาณ {ts.money(rs.budget)} บาท "
        f"คงเหลือ {ts.money(rs.remaining)} บาท",
        f"มีการนำแผนฯ ไปปฏิบัติอยู่ในระดับ {rs.level} ร้อยละ {ts.digits(f'{rs.rate:.2f}')} "
        + (f"(ดำเนินการแล้วเสร็จ {fmt_int(ts, rs.done)} จาก {fmt_int(ts, rs.total)} รายการ)"
           if not rs.in_progress else  # e-PlanNACC counts an item in progress as half
           f"(ดำเนินการแล้วเสร็จ {fmt_int(ts, rs.done)} รายการ และอยู่ระหว่างดำเนินการ "
           f"{fmt_int(ts, rs.in_progress)} รายการ นับรายการละครึ่ง ตามวิธีคำนวณของระบบ e-PlanNACC "
           f"จาก {fmt_int(ts, rs.total)} รายการ)"),
    ]
    return ResultsText(
        heading=f"ผลการดำเนินงาน ({pt.period})",
        intro=(f"{pt.plan_name} {pt.plan_span} ประจำปีงบประมาณ พ.ศ. {ctx.y()} "
               f"ของ{ctx.office.full_name} ประกอบด้วยโครงการ/กิจกรรม/มาตรการ "
               f"จำนวน {fmt_int(ts, rs.total)} รายการ ดังนี้"),
        dimensions=[f"- มิติที่ {ts.digits(dim)} {name} ประกอบด้วย "
                    f"{fmt_int(ts, rs.by_dimension.get(dim, 0))} รายการ"
                    for dim, name in DIMENSIONS.items()],
        # seed 004's sentence naming the reporting system, then the numbered results
        lead=(f"รายละเอียดมาตรการ กิจกรรม โครงการ ที่ได้มีการดำเนินการในปีงบประมาณ "
              f"พ.ศ. {ctx.y()} ปรากฏตามรายงานผลการนำแผนปฏิบัติการป้องกันการทุจริต"
              f"ของ{ctx.office.full_name} ประจำปีงบประมาณ พ.ศ. {ctx.y()} "
              f"{pt.round_label} ตามระบบรายงานและติดตามผลการดำเนินงานตามแผนปฏิบัติการ"
              f"ป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น (e-PlanNACC) ดังนี้"),
        lines=[f"{ts.digits(k)}. {line}" for k, line in enumerate(lines, 1)],
    )


def summary_rows(ctx: DocContext, rs: RoundSummary) -> list[list[str]]:
    """The rows of the summary table under SUMMARY_HEADER, the totals row last (none
    without items)."""
    ts = ctx.ts
    rows = []
    for k, (item, res) in enumerate(rs.rows, 1):
        remark = [res.remark] if res.remark else []
        if res.status == "cannot" and res.reason_text:
            remark.insert(0, res.reason_text)
        if res.status in ("in_progress", "pending"):
            remark.insert(0, ROUND_STATUSES[res.status][0])
        rows.append([
            ts.digits(k), item.name, ts.digits(item.dimension),
            TICK if res.status == "done" else "",
            TICK if res.status == "cannot" else "",
            ts.money(item.budget) if item.uses_budget else "-",
            TICK if not item.uses_budget else "",
            ts.money(res.disbursed or 0) if item.uses_budget or res.disbursed else "-",
            ts.money(item_remaining(item, res)) if item.uses_budget else "-",
            " ".join(remark),
        ])
    if rows:
        rows.append(["รวม", "", "", fmt_int(ts, rs.done), fmt_int(ts, rs.cannot),
                     ts.money(rs.budget), fmt_int(ts, rs.non_budget_items),
                     ts.money(rs.disbursed), ts.money(rs.remaining), ""])
    return rows


def detail_rows(ctx: DocContext, rs: RoundSummary) -> list[list]:
    """One row per item under DETAIL_HEADER, in the order and with the numbers of the
    summary table; the result cell: the status (bold), the result, the reason."""
    ts = ctx.ts
    rows = []
    for k, (item, res) in enumerate(rs.rows, 1):
        result: list = [Strong(ROUND_STATUSES[res.status][0])]
        if res.result:
            result.append(res.result)
        if res.status == "cannot" and res.reason_text:
            result.append(f"เหตุผล: {res.reason_text}")
        rows.append([
            ts.digits(k), item.name, method_text(ctx, item), item.kpi or "-",
            budget_text(ctx, item, res), period_text_of(ctx, item), result,
            ts.money(res.disbursed or 0) if item.uses_budget else NO_BUDGET,
            item.unit or "-",
        ])
    return rows


def method_text(ctx: DocContext, item) -> str:
    """วิธีการดำเนินงาน, then e-PlanNACC's target groups (issue 13) when the clerk gave them."""
    groups = "\n".join(f"- {g}" for g in item.target_group_list)
    parts = [item.method] if item.method else []
    if groups:
        parts.append("กลุ่มเป้าหมาย\n" + groups)
    return _cell("\n".join(parts))


def budget_text(ctx: DocContext, item, res) -> str:
    """The item's budget; under it the round's ordinance budget when it differs and the
    "บรรจุไว้ในข้อบัญญัติ" flag (e-PlanNACC's round report fields)."""
    ts = ctx.ts
    if not item.uses_budget and not res.budget_ordinance:
        return NO_BUDGET
    lines = [ts.money(item.budget) if item.uses_budget else NO_BUDGET]
    if res.budget_ordinance is not None and res.budget_ordinance != item.budget:
        lines.append(f"ตามข้อบัญญัติ {ts.money(res.budget_ordinance)}")
    if res.in_ordinance:
        lines.append("(บรรจุไว้ในข้อบัญญัติ)")
    return _cell("\n".join(lines))


def period_text_of(ctx: DocContext, item) -> str:
    """ระยะเวลาดำเนินการ, with the quarter (ไตรมาส ๑–๔) when the clerk gave it."""
    parts = [item.period] if item.period else []
    if item.quarter:
        parts.append(f"ไตรมาส {ctx.ts.digits(item.quarter)}")
    return _cell("\n".join(parts))


def _cell(text: str):
    """One line as plain text (as before these fields); several as the clerk's lines."""
    if not text:
        return "-"
    return ClerkText(text) if "\n" in text else text


def signers(ctx: DocContext):
    """ผู้รายงาน: the plan unit (else the proposer); ผู้รับรอง: the executive."""
    return report_signers(ctx.office, reporter_role="plan_unit")


# ------------------------------------------------------------------ PDF


def section(ts, heading: str, text: str, style: str = "heading3",
            body_style: str = "body_indent") -> list[Flowable]:
    """A heading and the clerk's text under it: blank lines separate paragraphs, and lines
    that start with "๑." / "-" … are list lines with a hanging indent. "ไม่มีข้อมูล" when
    there is no text."""
    out: list[Flowable] = [ts.para(heading, style)] if heading else []
    body = list_paragraphs(ts, text or "", body_style)
    return out + (body or [no_data(ts)])


def subtitle(ts, text: str) -> Flowable:
    """The bold centred line over a table, naming the office, year, round and period."""
    return ts.para(text, "heading3", alignment=TA_CENTER, spaceBefore=0)


def build(ctx: DocContext) -> list[Flowable]:
    ts = ctx.ts
    pt = plan_text(ctx)
    rep, rs = pt.report, pt.summary
    story: list[Flowable] = cover_page(ts, COVER_TITLE, subtitle=pt.cover_subtitle,
                                       lines=pt.cover_lines)
    # คำนำ (not listed in the contents, as in seed 004); the front matter is unnumbered and
    # the body counts from ๑, so the contents' numbers are the body's pages
    story.append(PageNumbers(False))
    story.append(ts.para("คำนำ", "toc_title"))
    story += section(ts, "", rep.preface)
    if pt.preface_by:
        story += [ts.spacer(16), ts.para(pt.preface_by, "body", alignment=TA_RIGHT)]
    story.append(PageBreak())
    story += toc(ts, ranges=True, page_header="หน้า")
    story += [RestartPageNumbers(1), PageNumbers(True)]

    story.append(ts.para(HEADING1, "heading1"))
    for heading, text in background_sections(rep):
        story += section(ts, heading, text)
    story.append(ts.para(FACTORS, "heading3"))
    for heading, text in factor_sections(rep):
        story += section(ts, heading, text, style="heading3")
    story += results_section(ctx, pt)
    for heading, text in closing_sections(rep):
        story += section(ts, heading, text)

    story += landscape()
    story.append(ts.para(HEADING2, "heading1"))
    story.append(summary_table(ctx, rs, pt.summary_subtitle))
    story.append(PageBreak())
    story.append(ts.para(HEADING3, "heading1"))
    # the signatures never stand alone on the last page: the table's last row goes with them
    rows = [pdf_row(ts, r) for r in detail_rows(ctx, rs)]
    widths = ts.fit_figures(rows, [f * LANDSCAPE_WIDTH for f in DETAIL_WIDTHS], {4, 7},
                            {0}, [DETAIL_HEADER])[0]

    def part(some: list, header: bool):
        return detail_table(ctx, rs, pt.detail_subtitle if header else "", rows=some,
                            widths=widths, header=header)

    story += table_then_sign_off(ts, part, rows, signers(ctx))
    return story


def results_section(ctx: DocContext, pt: PlanText) -> list[Flowable]:
    ts = ctx.ts
    r = results_lines(ctx, pt)
    out: list[Flowable] = [ts.para(r.heading, "heading3"), ts.para(r.intro, "body_indent")]
    out += list_paragraphs(ts, "\n".join(r.dimensions), "body_indent")
    out.append(ts.para(r.lead, "body_indent"))
    out += list_paragraphs(ts, "\n".join(r.lines), "body_indent")
    return out


def summary_table(ctx: DocContext, rs: RoundSummary, title: str = ""):
    ts = ctx.ts
    rows = summary_rows(ctx, rs)
    spans, extra = list(SUMMARY_SPANS), []
    if rows:
        last = len(rows) + 1
        spans.append(((0, last), (2, last)))
        row = last + (1 if title else 0)  # (style rows count the title row)
        extra.append(("BACKGROUND", (0, row), (-1, row), "#f2f2f2"))
    w = LANDSCAPE_WIDTH
    return ts.table(SUMMARY_HEADER, rows, [f * w for f in SUMMARY_WIDTHS],
                    numeric_cols=[5, 7, 8], center_cols=[0, 2, 3, 4, 6], spans=spans,
                    extra_style=extra, title=subtitle(ts, title) if title else None)


def detail_table(ctx: DocContext, rs: RoundSummary, title: str = "", *, rows=None,
                 widths=None, header: bool = True):
    """The detailed table (`rows`/`widths`: a part of it, with the whole table's widths;
    header=False: a continuation without header or title)."""
    ts = ctx.ts
    if rows is None:
        rows = [pdf_row(ts, r) for r in detail_rows(ctx, rs)]
    if widths is None:
        widths = [f * LANDSCAPE_WIDTH for f in DETAIL_WIDTHS]
    return ts.table([DETAIL_HEADER] if header else [], rows, widths, center_cols=[0],
                    numeric_cols=[4, 7], title=subtitle(ts, title) if title and header else None,
                    empty_text=NO_DATA_TEXT if header else None)
