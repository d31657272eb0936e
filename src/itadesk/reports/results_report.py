"""D3 — รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
(seeds 000, 002).

The rows are the measures carried out in year Y (`data.measures`, written a year earlier as
D2): each with status boxes (☐ ยังไม่ได้ดำเนินการ / ☑ ดำเนินการแล้ว …), the summary of what
was done and the outcome. Grouped by indicator/issue (group_by="target", seed 000) or by
instrument IIT/EIT/OIT then indicator/issue (group_by="instrument", seed 002).

The measures answer the analysis of ITA Y-1, so their indicator/issue names come from the
framework of Y-1 when the program has it (else from year Y's). When the same file holds
workspace Y-1 with scores enough for a total (`data.previous_assessment`) and the program has
framework Y-1, the opening paragraph cites that result as D1 of Y-1 prints it (total, level,
pass mark by framework Y-1), as the real reports do ("…ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ โดยภาพรวม
อยู่ในระดับ ผ่านดี…"); otherwise it names the year only. A package holds one year, so a D3
printed from package data never cites it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from itadesk.domain.errors import ItadeskError
from itadesk.domain.framework import Framework, default_registry
from itadesk.domain.measures import STATUSES, Measure
from itadesk.domain.scoring import ScoreResult, compute
from itadesk.reports.common import (
    LANDSCAPE_WIDTH,
    ClerkText,
    DocContext,
    counts_text,
    group_heading,
    keep_headings_with_tables,
    no_data,
    opening,
    pdf_row,
    report_signers,
    result_text,
    sign_off,
    status_lines,
    target_instrument,
    target_name,
    target_sort_key,
)
from itadesk.reports.layout import LANDSCAPE, StartWith
from itadesk.reports.links import Link
from itadesk.reports.thaiwrap import unit_lines

TITLE = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
HEADER = ["ลำดับ", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ระยะเวลาในการดำเนินการ", "ผู้รับผิดชอบ",
          "สถานะ", "สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม", "ผลลัพธ์หรือความสำเร็จในการดำเนินการ"]
WIDTHS = (0.045, 0.155, 0.165, 0.10, 0.10, 0.155, 0.15, 0.13)
GROUP_BY = ("target", "instrument")


def measures_framework(ctx: DocContext) -> Framework:
    """The framework of the analysis the measures answer (year - 1), else the year's."""
    reg = default_registry()
    if (ctx.year - 1) in reg:
        try:
            return reg.get(ctx.year - 1)
        except ItadeskError:
            pass
    return ctx.framework


def group_by(ctx: DocContext) -> str:
    """The grouping asked for (ctx.options["group_by"], default "target"), checked."""
    how = ctx.options.get("group_by", "target") or "target"
    if how not in GROUP_BY:
        raise ItadeskError(f"จัดกลุ่มได้เฉพาะ {' หรือ '.join(GROUP_BY)} ไม่ใช่ “{how}”",
                           f"group_by must be one of {', '.join(GROUP_BY)}, not “{how}”",
                           field="group_by")
    return how


def ordered_groups(ctx: DocContext, fw: Framework, how: str) -> list[tuple[str, list]]:
    """[(heading, [(sub-heading or None, [measures])])] in print order: by indicator/issue
    ("target"), or under IIT / EIT / OIT headings then indicator/issue ("instrument"; an
    issue goes under the instrument of its first code, what has none under the office)."""
    ordered = sorted(ctx.data.measures, key=lambda m: (target_sort_key(m.target), m.position))
    by_target: dict[str, list[Measure]] = {}
    for m in ordered:
        by_target.setdefault(m.target, []).append(m)
    ts = ctx.ts
    if how == "target":
        return [(target_name(fw, t, ts), [(None, ms)]) for t, ms in by_target.items()]
    out: list[tuple[str, list]] = []
    codes = [ins.code for ins in fw.instruments]
    buckets: dict[str | None, list] = {c: [] for c in codes}
    buckets[None] = []
    for t, ms in by_target.items():
        ins = target_instrument(fw, t)
        buckets.setdefault(ins if ins in buckets else None, []).append((target_name(fw, t, ts), ms))
    for n, ins in enumerate(fw.instruments, 1):
        if buckets[ins.code]:
            out.append((f"{ts.digits(n)}. {ins.name_th} ({ins.name_en}: {ins.code})",
                        buckets[ins.code]))
    if buckets[None]:
        out.append((f"{ts.digits(len(fw.instruments) + 1)}. มาตรการภาพรวมของหน่วยงาน",
                    buckets[None]))
    return out


def row(ctx: DocContext, k: int, m: Measure) -> list:
    """A measure's row under HEADER: status boxes, the summary (and its evidence link)."""
    result = [ClerkText(m.summary)]
    if m.evidence:
        result.append(Link(m.evidence, label="หลักฐาน:"))
    return [ctx.ts.digits(k), ClerkText(m.title), ClerkText(m.steps), m.period or "-",
            ClerkText(unit_lines(m.units)), status_lines(ctx.ts, STATUSES, m.status), result,
            ClerkText(m.outcome)]


def previous_result(ctx: DocContext) -> tuple[Framework, ScoreResult] | None:
    """(framework Y-1, its scoring of ITA Y-1) when the file's workspace Y-1 has scores
    enough for a total and the program has framework Y-1; else None (nothing to cite: no
    year Y-1, no scores, an indicator missing, no framework, or scores it does not know)."""
    prev = ctx.data.previous_assessment
    if prev is None:
        return None
    try:
        fw = default_registry().get(ctx.year - 1)
        res = compute(fw, prev.indicator_scores, prev.question_scores)
    except ItadeskError:
        return None
    return (fw, res) if res.total is not None else None


def intro_text(ctx: DocContext) -> str:
    """The opening: the analysis of ITA Y-1 (with its result when previous_result has one)
    and the measures set for year Y."""
    ts = ctx.ts
    prev = previous_result(ctx)
    cited = f" ซึ่ง{result_text(ts, *prev)}" if prev else ""
    return (f"ตามที่{ctx.office.full_name} ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการ"
            f"ดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. {ts.digits(ctx.year - 1)}{cited} และกำหนด"
            f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานเพื่อดำเนินการในปีงบประมาณ พ.ศ. "
            f"{ctx.y()} นั้น ขอรายงานผลการดำเนินการตามมาตรการ ดังนี้")


def counts(measures: list[Measure]) -> dict[str, int]:
    out = {k: 0 for k in STATUSES}
    for m in measures:
        out[m.status] += 1
    return out


def summary_text(ctx: DocContext) -> str:
    """'สรุป: มาตรการทั้งหมด … (ดำเนินการแล้วร้อยละ …)'."""
    ts = ctx.ts
    c = counts(ctx.data.measures)
    total = len(ctx.data.measures)
    rate = 100.0 * c["done"] / total if total else 0.0
    return (f"{counts_text(ts, 'มาตรการ', 'รายการ', total, c)} "
            f"(ดำเนินการแล้วร้อยละ {ts.digits(f'{rate:.2f}')})")


def signers(ctx: DocContext):
    return report_signers(ctx.office)


# ------------------------------------------------------------------ PDF


def build(ctx: DocContext) -> list[Flowable]:
    ts = ctx.ts
    how = group_by(ctx)
    fw = measures_framework(ctx)
    story: list[Flowable] = [StartWith(LANDSCAPE), *opening(ctx, TITLE, intro_text(ctx))]
    if not ctx.data.measures:
        story.append(no_data(ts, "มาตรการ"))
        return story
    w = LANDSCAPE_WIDTH
    for heading, subgroups in ordered_groups(ctx, fw, how):
        story += group_heading(ts, heading, "label" if how == "instrument" else "heading3")
        for sub, items in subgroups:
            if sub:
                story += group_heading(ts, sub)
            rows = [pdf_row(ts, row(ctx, k, m)) for k, m in enumerate(items, 1)]
            story.append(ts.table([HEADER], rows, [f * w for f in WIDTHS], center_cols=[0]))
    keep_headings_with_tables(story)
    story += [ts.spacer(8), ts.para(summary_text(ctx), "body")]
    story += sign_off(ts, signers(ctx), story.pop())
    return story
