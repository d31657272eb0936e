"""D5 — รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต, round 6 or 12 months (seed 004).

Cover ("จัดทำโดย" unit), คำนำ, สารบัญ with real page numbers, ๑. ความเป็นมา (background,
context/input/process/product, the round's results: counts in progress / done / could not
be done, amount disbursed, implementation rate and its level word from domain.plan.summarize,
achievements, benefits, problems, suggestions, next steps), ๒. the summary table (ลำดับ |
รายการ | มิติ | แล้วเสร็จ | ไม่สามารถดำเนินการได้ | งบประมาณ | ไม่ใช้งบประมาณ | เบิกจ่าย |
คงเหลือ | หมายเหตุ) with ✓ marks and column totals, ๓. the detailed table per item (method,
KPI, budget, period, result, spending, unit), both landscape.
"""

from __future__ import annotations

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
    DocContext,
    fmt_int,
    no_data,
)
from itadesk.reports.layout import cover_page, landscape, toc
from itadesk.reports.memo import list_paragraphs, sign_off

TITLE = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"
SUMMARY_HEADER = [
    ["ลำดับ", "รายการโครงการ", "มิติ", "ผลการดำเนินการ", "", "งบประมาณ", "", "", "", "หมายเหตุ"],
    ["", "", "", "แล้วเสร็จ", "ไม่สามารถดำเนินการได้", "งบประมาณ", "ไม่ใช้งบประมาณ", "เบิกจ่าย",
     "คงเหลือ", ""],
]
SUMMARY_WIDTHS = (0.045, 0.255, 0.04, 0.07, 0.09, 0.105, 0.08, 0.10, 0.10, 0.115)
DETAIL_HEADER = ["ลำดับ", "โครงการ/กิจกรรม", "วิธีการดำเนินงาน", "ตัวชี้วัด", "งบประมาณ",
                 "ระยะเวลาดำเนินการ", "ผลการดำเนินงาน", "การใช้จ่ายงบประมาณ", "หน่วยงานรับผิดชอบ"]
DETAIL_WIDTHS = (0.04, 0.16, 0.18, 0.13, 0.09, 0.09, 0.15, 0.09, 0.07)
NO_BUDGET = "ไม่ใช้งบประมาณ"
# the cover breaks the title where seed 004 does, not wherever the line happens to end
COVER_TITLE = "รายงานผลการดำเนินงานตาม\nแผนปฏิบัติการป้องกันการทุจริต"


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


def period_text(ctx: DocContext) -> str:
    """'๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗' (6 months) / '… – ๓๐ กันยายน ๒๕๖๗' (12 months)."""
    start, end = thaitext.round_range(ctx.year, ctx.round)
    return thaitext.date_range_text(start, end, ctx.ts.thai_digits)


def round_summary(ctx: DocContext) -> RoundSummary:
    items = sorted(ctx.data.plan_items, key=lambda i: i.position)
    return summarize(items, ctx.data.round_results.get(ctx.round, {}), ctx.year, ctx.round)


def build(ctx: DocContext) -> list[Flowable]:
    ts, data = ctx.ts, ctx.data
    rep = data.round_reports.get(ctx.round) or RoundReport(year=ctx.year, round=ctx.round)
    rs = round_summary(ctx)
    rnd = f"รอบ {ts.digits(ctx.round)} เดือน"
    plan = data.plan
    plan_name = plan.title if plan else "แผนปฏิบัติการป้องกันการทุจริต"
    plan_span = (f"(พ.ศ. {ts.digits(plan.start_year)} – {ts.digits(plan.end_year)})"
                 if plan else "")
    office = ctx.office
    story: list[Flowable] = cover_page(
        ts, COVER_TITLE,
        subtitle=[office.full_name, f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} {rnd}",
                  f"({period_text(ctx)})"],
        lines=["จัดทำโดย", *([rep.prepared_by] if rep.prepared_by else []),
               office.full_name, office.location],
    )
    # คำนำ (not listed in the contents, as in seed 004)
    story.append(ts.para("คำนำ", "toc_title"))
    story += section(ts, "", rep.preface)
    if rep.prepared_by or office.full_name:
        story += [ts.spacer(16),
                  ts.para(rep.prepared_by or office.full_name, "body", alignment=TA_RIGHT)]
    story.append(PageBreak())
    story += toc(ts)

    story.append(ts.para("๑. ความเป็นมา", "heading1"))
    story += section(ts, "ที่มาและความสำคัญ", rep.background)
    story.append(ts.para("ปัจจัยที่มีผลต่อความสำเร็จของโครงการ/กิจกรรม", "heading3"))
    for label, text in (("Context (บริบท)", rep.context), ("Input (ปัจจัยนำเข้า)", rep.input),
                        ("Process (กระบวนการ)", rep.process), ("Product (ผลผลิต)", rep.product)):
        story += section(ts, label, text, style="heading3")
    story += results_section(ctx, rs, plan_name, plan_span)
    story += section(ts, "ผลสัมฤทธิ์ของงาน/โครงการ", rep.achievements)
    story += section(ts, "ประโยชน์ที่ประชาชนได้รับจากการดำเนินโครงการ", rep.benefits)
    story += section(ts, "ปัญหาและอุปสรรคในการดำเนินงาน", rep.problems)
    story += section(ts, "ข้อเสนอแนะ", rep.suggestions)
    story += section(ts, "แผนการดำเนินงานในระยะต่อไป", rep.next_steps)

    story += landscape()
    story.append(ts.para("๒. สรุปผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", "heading1"))
    story.append(subtitle(ts, f"สรุปการดำเนินงานตาม{plan_name} {plan_span} {office.full_name} "
                              f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} {rnd} ({period_text(ctx)})"))
    story.append(ts.spacer(6))
    story.append(summary_table(ctx, rs))
    story.append(PageBreak())
    story.append(ts.para("๓. รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", "heading1"))
    story.append(subtitle(ts, f"รายงานผลการดำเนินงานตาม{plan_name} {office.full_name} "
                              f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} {rnd} ({period_text(ctx)})"))
    story.append(ts.spacer(6))
    story.append(detail_table(ctx, rs))
    # ผู้รายงาน: the plan unit (else the proposer); ผู้รับรอง: the executive
    story += sign_off(ts, office, reporter_role="plan_unit")
    return story


def results_section(ctx: DocContext, rs: RoundSummary, plan_name: str, plan_span: str
                    ) -> list[Flowable]:
    ts = ctx.ts
    out: list[Flowable] = [ts.para(f"ผลการดำเนินงาน ({period_text(ctx)})", "heading3")]
    out.append(ts.para(
        f"{plan_name} {plan_span} ประจำปีงบประมาณ พ.ศ. {ctx.y()} ของ{ctx.office.full_name} "
        f"ประกอบด้วยโครงการ/กิจกรรม/มาตรการ จำนวน {fmt_int(ts, rs.total)} รายการ ดังนี้",
        "body_indent"))
    dims = "\n".join(f"- มิติที่ {ts.digits(dim)} {name} ประกอบด้วย "
                     f"{fmt_int(ts, rs.by_dimension.get(dim, 0))} รายการ"
                     for dim, name in DIMENSIONS.items())
    out += list_paragraphs(ts, dims, "body_indent")
    out.append(ts.para(f"ผลการดำเนินงานรอบ {ts.digits(ctx.round)} เดือน ดังนี้", "body_indent"))
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
        f"(ดำเนินการแล้วเสร็จ {fmt_int(ts, rs.done)} จาก {fmt_int(ts, rs.total)} รายการ)",
    ]
    out += list_paragraphs(ts, "\n".join(f"{ts.digits(k)}. {line}"
                                         for k, line in enumerate(lines, 1)), "body_indent")
    return out


def summary_table(ctx: DocContext, rs: RoundSummary):
    ts = ctx.ts
    rows = []
    for k, (item, res) in enumerate(rs.rows, 1):
        remark = [res.remark] if res.remark else []
        if res.status == "cannot" and res.reason:
            remark.insert(0, res.reason)
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
    n = len(rows)
    if n:
        rows.append(["รวม", "", "", fmt_int(ts, rs.done), fmt_int(ts, rs.cannot),
                     ts.money(rs.budget), fmt_int(ts, rs.non_budget_items),
                     ts.money(rs.disbursed), ts.money(rs.remaining), ""])
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (4, 0)),
             ((5, 0), (8, 0)), ((9, 0), (9, 1))]
    extra = []
    if n:
        last = n + 2
        spans.append(((0, last), (2, last)))
        extra.append(("BACKGROUND", (0, last), (-1, last), "#f2f2f2"))
    w = LANDSCAPE_WIDTH
    return ts.table(SUMMARY_HEADER, rows, [f * w for f in SUMMARY_WIDTHS],
                    numeric_cols=[5, 7, 8], center_cols=[0, 2, 3, 4, 6], spans=spans,
                    extra_style=extra)


def detail_table(ctx: DocContext, rs: RoundSummary):
    """One row per item, in the order and with the numbers of the summary table."""
    ts = ctx.ts
    rows = []
    for k, (item, res) in enumerate(rs.rows, 1):
        result = [ts.para(ROUND_STATUSES[res.status][0], "table_cell", fontName=ts.family.bold)]
        if res.result:
            result.append(ts.para(res.result, "table_cell"))
        if res.status == "cannot" and res.reason:
            result.append(ts.para(f"เหตุผล: {res.reason}", "table_cell"))
        rows.append([
            ts.digits(k), item.name, item.method or "-", item.kpi or "-",
            ts.money(item.budget) if item.uses_budget else NO_BUDGET,
            item.period or "-", result,
            ts.money(res.disbursed or 0) if item.uses_budget else NO_BUDGET,
            item.unit or "-",
        ])
    w = LANDSCAPE_WIDTH
    return ts.table([DETAIL_HEADER], rows, [f * w for f in DETAIL_WIDTHS], center_cols=[0],
                    numeric_cols=[4, 7])
