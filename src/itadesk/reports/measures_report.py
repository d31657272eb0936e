"""D2 — มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน for the next fiscal year
(seed 001 part 2, seed 003 §4).

The workspace of year Y prints the measures written for Y+1 (`data.next_measures`), titled
with year Y+1, grouped by the indicator/issue of Y's analysis they answer: one landscape
table, the group name as a full-width row, the header repeated on every page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from itadesk.domain.measures import Measure
from itadesk.reports.common import (
    LANDSCAPE_WIDTH,
    DocContext,
    group_heading,
    no_data,
    office_lines,
    signature_block,
    target_name,
    target_sort_key,
    title_block,
)
from itadesk.reports.layout import LANDSCAPE, StartWith

TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
HEADER = ["ลำดับ", "มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีปฏิบัติ", "ระยะเวลาดำเนินการ",
          "ผู้รับผิดชอบ", "การติดตามผล"]
WIDTHS = (0.05, 0.22, 0.28, 0.13, 0.14, 0.18)


def grouped(measures: list[Measure]) -> list[tuple[str, list[Measure]]]:
    """Measures by target in indicator/issue order, each group in the clerk's order."""
    groups: dict[str, list[Measure]] = {}
    for m in sorted(measures, key=lambda m: (target_sort_key(m.target), m.position)):
        groups.setdefault(m.target, []).append(m)
    return list(groups.items())


def build(ctx: DocContext) -> list[Flowable]:
    ts, fw = ctx.ts, ctx.framework
    year = ctx.year + 1
    story: list[Flowable] = [StartWith(LANDSCAPE)]
    story += title_block(ts, [TITLE, f"ประจำปีงบประมาณ พ.ศ. {ts.digits(year)}", *office_lines(ctx)])
    measures = ctx.data.next_measures
    story.append(ts.para(
        f"จากผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
        f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} {ctx.office.full_name} ได้กำหนดมาตรการ โครงการ "
        f"หรือกิจกรรมเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ในปีงบประมาณ พ.ศ. "
        f"{ts.digits(year)} จำนวน {ts.digits(len(measures))} รายการ ดังนี้", "body_indent"))
    story.append(ts.spacer(6))
    if not measures:
        story.append(no_data(ts, "มาตรการ"))
        return story
    w = LANDSCAPE_WIDTH
    for target, items in grouped(measures):
        story += group_heading(ts, target_name(fw, target, ts))
        rows = [[ts.digits(k), m.title, m.steps or "-", m.period or "-", m.units or "-",
                 m.follow_up or "-"] for k, m in enumerate(items, 1)]
        story.append(ts.table([HEADER], rows, [f * w for f in WIDTHS], center_cols=[0]))
    story += signature_block(ts, ctx.office.person_with_role("proposer"), label="ผู้จัดทำ",
                             left_cm=14)
    return story
