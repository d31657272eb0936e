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
            [ClerkText(f"- {c}") for c in components_of(ctx, item)],
            (p.unit if p else "") or "-",
            status_lines(ctx.ts, OIT_STATUSES, p.status if p else "not_started"),
            progress_cell(p),
            links_cell(ctx, item.code, p),
        ])
    return rows


def components_of(ctx: DocContext, item) -> tuple[str, ...]:
    """The framework's components, else those the clerk typed for the year (issue 16)."""
    return item.components_th or ctx.data.item_components.get(item.code, ())


def progress_cell(p: OitProgress | None):
    """The progress text, then ITAS's มี/ไม่มี answer, the consultant's verdict and the office's
    explanation when the clerk gave them (issue 13)."""
    if p is None:
        return ClerkText("")
    lines = [p.progress] if p.progress else []
    if p.answer:
        lines.append(f"คำตอบในระบบ ITAS: {p.answer}")
    if p.verdict:
        lines.append(f"ผลการตรวจของผู้ตรวจ: {p.verdict}")
    if p.explanation:
        lines.append(f"คำชี้แจงเพิ่มเติม: {p.explanation}")
    return ClerkText("\n".join(lines))


def links_cell(ctx: DocContext, code: str, p: OitProgress | None):
    """Every link of the item with its description (up to 5), else the single evidence link."""
    links = ctx.data.oit_links.get(code) or []
    if not links:
        return Link(p.evidence_url) if p and p.evidence_url else "-"
    # each link clickable in the PDF (reports/links.py), its description before it
    return [Link(x.url, f"- {x.description}:" if x.description else "-") for x in links]


def item_image(ctx: DocContext, code: str, width: float):
    """The item's supplied image (PNG/JPEG) scaled to `width` points, or None."""
    hit = ctx.data.oit_images.get(code)
    if not hit:
        return None
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        iw, ih = ImageReader(io.BytesIO(hit[1])).getSize()
    except Exception:  # noqa: BLE001 - a damaged image prints as nothing, not a crash
        return None
    scale = min(width / iw, 1.0, 120 / ih)
    return Image(io.BytesIO(hit[1]), width=iw * scale, height=ih * scale)


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
                row = pdf_row(ts, r)
                image = item_image(ctx, r[0], WIDTHS[-1] * w - 8)
                if image is not None:  # under the links (e.g. the EIT QR code, 2566 O43)
                    cell = row[-1] if isinstance(row[-1], list) else [ts.para(row[-1], "table_cell")]
                    row[-1] = [*cell, image]
                rows.append(row)
        story.append(ts.table([HEADER], rows, [f * w for f in WIDTHS], center_cols=[0],
                              extra_style=style))
    keep_headings_with_tables(story)
    story += [ts.spacer(8), ts.para(summary_text(ctx), "body")]
    story += sign_off(ts, signers(ctx), story.pop())
    return story
