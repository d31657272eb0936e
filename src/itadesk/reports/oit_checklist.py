"""D4 — ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT checklist, seed 000 second half).

Every OIT item of the year's framework, grouped by sub-indicator (ตัวชี้วัดย่อยที่ 9.1 …;
items whose sub-indicator is unknown under their indicator): code, title (the framework's,
else the clerk's override, else the code), required components, responsible unit, status
boxes, progress text and the link of the published evidence. An item without a progress row
prints as not started (a row of a code the framework lacks stops the print: render.py).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from itadesk.domain.errors import ItadeskError
from itadesk.domain.oit import OIT_STATUSES, OitProgress
from itadesk.reports.common import (
    LANDSCAPE_WIDTH,
    ClerkText,
    DocContext,
    counts_text,
    group_cell,
    group_heading,
    group_row_style,
    item_title,
    keep_headings_with_tables,
    no_data,
    opening,
    pdf_row,
    report_signers,
    sign_off,
    status_lines,
)
from itadesk.reports.layout import LANDSCAPE, StartWith
from itadesk.reports.links import Link

TITLE = "รายงานความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)"
HEADER = ["ข้อ", "ข้อมูล", "องค์ประกอบด้านข้อมูล", "ผู้รับผิดชอบ", "สถานะ",
          "ความก้าวหน้าผลการดำเนินการ", "ลิงก์หลักฐาน"]
WIDTHS = (0.045, 0.15, 0.25, 0.10, 0.155, 0.18, 0.12)


def group_heading_text(ctx: DocContext, key: str | None, indicator: int) -> str:
    """'ตัวชี้วัดย่อยที่ ๙.๑ …', or 'ตัวชี้วัดที่ ๙ …' for items without a known sub-indicator."""
    fw, ts = ctx.framework, ctx.ts
    if key is not None:
        sub = fw.sub_indicator(key)
        name = (sub.name_th or "") if sub else ""
        return f"ตัวชี้วัดย่อยที่ {ts.digits(key)} {name}".strip()
    try:
        name = fw.indicator(indicator).name_th
    except ItadeskError:
        name = ""
    return f"ตัวชี้วัดที่ {ts.digits(indicator)} {name}".strip()


def progress_by_code(ctx: DocContext) -> dict[str, OitProgress]:
    fw = ctx.framework
    return {fw.normalize_code(p.code): p for p in ctx.data.oit}


def ordered_groups(ctx: DocContext) -> list[tuple[str, list]]:
    """[(heading, items)] in print order: the sub-indicators, then the items without a known
    sub-indicator grouped by their indicator."""
    groups = ctx.framework.items_by_sub_indicator()
    ordered: list[tuple[str, list]] = []
    for key, group in groups.items():
        if key is not None:
            ordered.append((group_heading_text(ctx, key, group[0].indicator), list(group)))
    by_ind: dict[int, list] = {}
    for item in groups.get(None, ()):
        by_ind.setdefault(item.indicator, []).append(item)
    for ind, group in sorted(by_ind.items()):
        ordered.append((group_heading_text(ctx, None, ind), group))
    return ordered


def group_rows(ctx: DocContext, items, progress: dict[str, OitProgress]) -> list[list]:
    """The rows of one group under HEADER; a row of one value is a sub-group heading (the
    item's group_th where it changes). An item without progress prints as not started."""
    fw, data = ctx.framework, ctx.data
    rows: list[list] = []
    last_group_th = None
    for item in items:
        if item.group_th and item.group_th != last_group_th:
            rows.append([item.group_th])
            last_group_th = item.group_th
        p = progress.get(item.code)
        rows.append([
            item.code,
            item_title(fw, data, item.code, p.title_override if p else ""),
            [ClerkText(f"- {c}") for c in item.components_th],
            (p.unit if p else "") or "-",
            status_lines(ctx.ts, OIT_STATUSES, p.status if p else "not_started"),
            ClerkText(p.progress if p else ""),
            Link(p.evidence_url) if p and p.evidence_url else "-",
        ])
    return rows


def intro_text(ctx: DocContext) -> str:
    ts, fw = ctx.ts, ctx.framework
    return (f"ประเด็นการประเมินการเปิดเผยข้อมูลสาธารณะ (OIT) ตามกรอบการประเมินประจำปีงบประมาณ "
            f"พ.ศ. {ts.digits(fw.fiscal_year)} จำนวน {ts.digits(len(fw.oit_items))} ข้อ "
            f"และความก้าวหน้าการดำเนินการของ{ctx.office.full_name} ดังนี้")


def counts(items, progress: dict[str, OitProgress]) -> dict[str, int]:
    out = {k: 0 for k in OIT_STATUSES}
    for item in items:
        p = progress.get(item.code)
        out[p.status if p else "not_started"] += 1
    return out


def summary_text(ctx: DocContext) -> str:
    ts = ctx.ts
    items = ctx.framework.oit_items
    c = counts(items, progress_by_code(ctx))
    return counts_text(ts, "ข้อการประเมิน", "ข้อ", len(items), c)


def signers(ctx: DocContext):
    return report_signers(ctx.office)


# ------------------------------------------------------------------ PDF


def build(ctx: DocContext) -> list[Flowable]:
    ts = ctx.ts
    story: list[Flowable] = [StartWith(LANDSCAPE), *opening(ctx, TITLE, intro_text(ctx))]
    if not ctx.framework.oit_items:
        story.append(no_data(ts, "ข้อการประเมิน OIT"))
        return story
    progress = progress_by_code(ctx)
    w = LANDSCAPE_WIDTH
    for heading, items in ordered_groups(ctx):
        story += group_heading(ts, heading)
        rows, style = [], []
        for r in group_rows(ctx, items, progress):
            if len(r) == 1:
                style += group_row_style(len(rows) + 1)
                rows.append([group_cell(ts, r[0])])
            else:
                rows.append(pdf_row(ts, r))
        story.append(ts.table([HEADER], rows, [f * w for f in WIDTHS], center_cols=[0],
                              extra_style=style))
    keep_headings_with_tables(story)
    story += [ts.spacer(8), ts.para(summary_text(ctx), "body")]
    story += sign_off(ts, signers(ctx), story.pop())
    return story
