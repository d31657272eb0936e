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
    fmt_score,
    group_heading,
    no_data,
    office_lines,
    target_name,
    target_sort_key,
    title_block,
)
from itadesk.reports.layout import LANDSCAPE, StartWith
from itadesk.reports.memo import list_paragraphs, sign_off

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
    story.append(ts.para(intro(ctx, year, len(measures)), "body_indent"))
    story.append(ts.spacer(6))
    if not measures:
        story.append(no_data(ts, "มาตรการ"))
        return story
    w = LANDSCAPE_WIDTH
    for target, items in grouped(measures):
        story += group_heading(ts, target_name(fw, target, ts))
        rows = [[ts.digits(k), cell(ts, m.title), cell(ts, m.steps), m.period or "-",
                 cell(ts, m.units), cell(ts, m.follow_up)] for k, m in enumerate(items, 1)]
        story.append(ts.table([HEADER], rows, [f * w for f in WIDTHS], center_cols=[0]))
    story += sign_off(ts, ctx.office, reporter_label="ผู้จัดทำ")
    return story


def cell(ts, text: str):
    """A table cell of the clerk's lines, numbered/bulleted lines with a hanging indent."""
    return list_paragraphs(ts, text or "", "table_cell") or "-"


def intro(ctx: DocContext, year: int, n: int) -> str:
    """The opening paragraph: the year's ITA result (score and level, as seed 003 §4.1
    says it) and how many measures follow."""
    ts = ctx.ts
    res = ctx.score
    result = ""
    if res is not None and res.total is not None:
        level = res.level.label_th if res.level else "-"
        result = (f" ได้คะแนน {fmt_score(ts, res.total)} คะแนน ผลการประเมินอยู่ในระดับ “{level}”"
                  f" ({'ผ่าน' if res.passed else 'ไม่ผ่าน'}เกณฑ์)")
    return (f"จากผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
            f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} ของ{ctx.office.full_name}{result} "
            f"ผู้บริหารและเจ้าหน้าที่จึงได้กำหนดมาตรการ โครงการ หรือกิจกรรมเพื่อส่งเสริมคุณธรรม"
            f"และความโปร่งใสภายในหน่วยงาน ในปีงบประมาณ พ.ศ. {ts.digits(year)} "
            f"จำนวน {ts.digits(n)} รายการ ดังนี้")
