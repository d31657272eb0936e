"""D4 — ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT checklist, seed 000 second half).

Every OIT item of the year's framework, grouped by sub-indicator (ตัวชี้วัดย่อยที่ 9.1 …;
items whose sub-indicator is unknown under their indicator): code, title (the framework's,
else the clerk's override, else the code), required components, responsible unit, status
boxes, progress text and the link of the published evidence. An item without a progress row
prints as not started.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from itadesk.domain.errors import ItadeskError
from itadesk.domain.oit import OIT_STATUSES, OitProgress
from itadesk.reports.common import (
    LANDSCAPE_WIDTH,
    DocContext,
    group_cell,
    group_heading,
    group_row_style,
    item_title,
    no_data,
    office_lines,
    status_lines,
    title_block,
)
from itadesk.reports.layout import LANDSCAPE, StartWith
from itadesk.reports.measures_report import cell
from itadesk.reports.memo import sign_off

TITLE = "รายงานความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)"
HEADER = ["ข้อ", "ข้อมูล", "องค์ประกอบด้านข้อมูล", "ผู้รับผิดชอบ", "สถานะ",
          "ความก้าวหน้าผลการดำเนินการ", "ลิงก์หลักฐาน"]
WIDTHS = (0.045, 0.15, 0.25, 0.10, 0.155, 0.18, 0.12)


def _group_heading(ctx: DocContext, key: str | None, indicator: int) -> str:
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


def build(ctx: DocContext) -> list[Flowable]:
    ts, fw, data = ctx.ts, ctx.framework, ctx.data
    story: list[Flowable] = [StartWith(LANDSCAPE)]
    story += title_block(ts, [TITLE, f"ประจำปีงบประมาณ พ.ศ. {ctx.y()}", *office_lines(ctx)])
    progress: dict[str, OitProgress] = {}
    for p in data.oit:
        progress[fw.normalize_code(p.code)] = p
    items = list(fw.oit_items)
    story.append(ts.para(
        f"ประเด็นการประเมินการเปิดเผยข้อมูลสาธารณะ (OIT) ตามกรอบการประเมินประจำปีงบประมาณ "
        f"พ.ศ. {ts.digits(fw.fiscal_year)} จำนวน {ts.digits(len(items))} ข้อ "
        f"และความก้าวหน้าการดำเนินการของ{ctx.office.full_name} ดังนี้", "body_indent"))
    story.append(ts.spacer(6))
    if not items:
        story.append(no_data(ts, "ข้อการประเมิน OIT"))
        return story
    groups = fw.items_by_sub_indicator()
    # items without a known sub-indicator are grouped by their indicator instead
    ordered: list[tuple[str, list]] = []
    for key, group in groups.items():
        if key is not None:
            ordered.append((_group_heading(ctx, key, group[0].indicator), list(group)))
    by_ind: dict[int, list] = {}
    for item in groups.get(None, ()):
        by_ind.setdefault(item.indicator, []).append(item)
    for ind, group in sorted(by_ind.items()):
        ordered.append((_group_heading(ctx, None, ind), group))
    w = LANDSCAPE_WIDTH
    for heading, group in ordered:
        story += group_heading(ts, heading)
        rows, style = [], []
        last_group_th = None
        for item in group:
            if item.group_th and item.group_th != last_group_th:
                style += group_row_style(len(rows) + 1)
                rows.append([group_cell(ts, item.group_th)])
                last_group_th = item.group_th
            p = progress.get(item.code)
            comps = cell(ts, "\n".join(f"- {c}" for c in item.components_th))
            rows.append([
                item.code,
                item_title(fw, data, item.code, p.title_override if p else ""),
                comps,
                (p.unit if p else "") or "-",
                status_lines(ts, OIT_STATUSES, p.status if p else "not_started"),
                cell(ts, p.progress if p else ""),
                (p.evidence_url if p else "") or "-",
            ])
        story.append(ts.table([HEADER], rows, [f * w for f in WIDTHS], center_cols=[0],
                              extra_style=style))
    story += summary(ctx, items, progress)
    story += sign_off(ts, ctx.office, story.pop())
    return story


def counts(items, progress: dict[str, OitProgress]) -> dict[str, int]:
    out = {k: 0 for k in OIT_STATUSES}
    for item in items:
        p = progress.get(item.code)
        out[p.status if p else "not_started"] += 1
    return out


def summary(ctx: DocContext, items, progress) -> list[Flowable]:
    ts = ctx.ts
    c = counts(items, progress)
    text = (f"สรุป: ข้อการประเมินทั้งหมด {ts.digits(len(items))} ข้อ "
            f"ดำเนินการแล้ว {ts.digits(c['done'])} ข้อ "
            f"อยู่ระหว่างดำเนินการ {ts.digits(c['in_progress'])} ข้อ "
            f"ยังไม่ได้ดำเนินการ {ts.digits(c['not_started'])} ข้อ")
    return [ts.spacer(8), ts.para(text, "body")]
