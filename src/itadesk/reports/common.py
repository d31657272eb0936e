"""Pieces shared by the printed documents D1–D5: the context a document is built from,
title blocks, the "ไม่มีข้อมูล" line, status boxes ☐/☑, labelled text, signature blocks,
names of indicators/issues, and the check that every item code is known to the framework.

Everything here turns domain objects into ReportLab flowables through the Typesetter
(shaped Thai, fonts, styles); nothing here shapes, breaks words or chooses fonts itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether

from itadesk.domain.errors import ItadeskError, ValidationError
from itadesk.domain.framework import Framework
from itadesk.domain.office import Person
from itadesk.domain.scoring import ScoreResult, compute
from itadesk.domain.yeardata import YearData
from itadesk.reports.typesetter import NO_DATA, Typesetter

CHECKED = "☑"
UNCHECKED = "☐"
TICK = "✓"

# Usable text width (cm) of the page templates in layout.py (A4, margins 3/2 and 2.5/2).
PORTRAIT_WIDTH = 16.0 * cm
LANDSCAPE_WIDTH = (29.7 - 2.5 - 2.0) * cm


@dataclass
class DocContext:
    """What every document module receives: the year's data, its framework, the typesetter,
    the action-plan round and the scores computed by the framework's rules."""

    data: YearData
    framework: Framework
    ts: Typesetter
    round: int = 6
    options: dict = field(default_factory=dict)
    _score: ScoreResult | None = field(default=None, init=False, repr=False)

    @property
    def office(self):
        return self.data.office

    @property
    def year(self) -> int:
        return self.data.year

    @property
    def score(self) -> ScoreResult | None:
        """Indicator/instrument/total scores and level by the framework's rules (None without
        an assessment)."""
        a = self.data.assessment
        if a is None:
            return None
        if self._score is None:
            self._score = compute(self.framework, a.indicator_scores, a.question_scores)
        return self._score

    def y(self, year: int | None = None) -> str:
        """A year (default: the data's) with the user's digits."""
        return self.ts.digits(self.year if year is None else year)


# ------------------------------------------------------------------ numbers


def fmt_score(ts: Typesetter, value) -> str:
    """'92.13' (Thai digits when the setting says so); '-' for no score."""
    if value is None:
        return "-"
    return ts.digits(f"{float(value):.2f}")


def fmt_int(ts: Typesetter, value: int) -> str:
    return ts.digits(f"{int(value):,}")


def fmt_money(ts: Typesetter, value: Decimal | None, blank: str = "-") -> str:
    return ts.money(value, blank=blank)


# ------------------------------------------------------------------ blocks


def title_block(ts: Typesetter, lines: list[str], style: str = "label") -> list[Flowable]:
    """Centred bold title lines (document name, fiscal year, office, district/province)."""
    out: list[Flowable] = [ts.para(line, style, alignment=TA_CENTER) for line in lines if line]
    out.append(ts.spacer(10))
    return out


def office_lines(ctx: DocContext) -> list[str]:
    """['องค์การบริหารส่วนตำบลดอนสะอาด', 'อำเภอ… จังหวัด…']."""
    return [ctx.office.full_name, ctx.office.location]


def no_data(ts: Typesetter, what: str = "") -> Flowable:
    """The clear line printed instead of an empty section or table."""
    text = f"{what}: {NO_DATA}" if what else NO_DATA
    return ts.para(f"– {text} –", "body", alignment=TA_CENTER)


def status_lines(ts: Typesetter, statuses: dict[str, tuple[str, str]], current: str) -> str:
    """'☐ ยังไม่ได้ดำเนินการ\\n☑ ดำเนินการแล้ว': one box per status, the current one ticked."""
    return "\n".join(f"{CHECKED if key == current else UNCHECKED} {th}"
                     for key, (th, _en) in statuses.items())


def group_cell(ts: Typesetter, text: str) -> Flowable:
    """A bold, left-aligned cell for a group row spanning a table (indicator, dimension)."""
    from reportlab.lib.enums import TA_LEFT

    return ts.para(text, "table_header", alignment=TA_LEFT)


def group_row_style(row: int) -> list[tuple]:
    """Table style commands for a group row: one cell across the table, light shading."""
    from reportlab.lib import colors

    return [("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#f2f2f2"))]


def group_heading(ts: Typesetter, text: str, style: str = "heading3",
                  room_cm: float = 4.0) -> list[Flowable]:
    """A heading over a group's table (indicator, issue, sub-indicator), moved to the next
    page when less than `room_cm` is left, so it never ends a page alone."""
    from reportlab.platypus import CondPageBreak

    return [CondPageBreak(room_cm * cm), ts.para(text, style, keepWithNext=0)]


def labelled(ts: Typesetter, label: str, text: str, style: str = "body") -> Flowable | None:
    """'<b>label</b> text' with the user's text escaped; None when the text is empty."""
    if not text or not text.strip():
        return None
    return ts.markup(f"<b>{ts.escape(label)}</b> {ts.escape(text)}", style)


def section(ts: Typesetter, heading: str, text: str, style: str = "heading3",
            body_style: str = "body_indent", empty: bool = True) -> list[Flowable]:
    """A heading and the user's paragraphs under it (blank lines separate paragraphs);
    the "ไม่มีข้อมูล" line when the text is empty and `empty` is set."""
    out: list[Flowable] = [ts.para(heading, style)]
    paras = [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]
    if paras:
        out += [ts.para(p, body_style) for p in paras]
    elif empty:
        out.append(no_data(ts))
    else:
        return []
    return out


def signature_block(ts: Typesetter, person: Person | None, label: str = "ผู้รายงาน",
                    left_cm: float = 7.5) -> list[Flowable]:
    """'(ลงชื่อ) ......... ผู้รายงาน / (name) / position', kept on one page, set on the right."""
    if person is None:
        return []
    style = ts.style("body", alignment=TA_CENTER, leftIndent=left_cm * cm)
    lines = [
        ts.para(f"(ลงชื่อ) {'.' * 40} {label}", style),
        ts.para(f"({person.name})", style),
    ]
    if person.position:
        lines.append(ts.para(person.position, style))
    return [ts.spacer(24), KeepTogether(lines)]


# ------------------------------------------------------------------ names from the framework


def target_name(fw: Framework | None, target: str, ts: Typesetter) -> str:
    """'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', 'ประเด็นที่ ๒ การให้บริการ…', 'ภาพรวม'."""
    if target == "general":
        return "ภาพรวมของหน่วยงาน"
    kind, _, no_s = target.partition(":")
    no = int(no_s)
    if kind == "ind":
        name = ""
        if fw is not None:
            try:
                name = fw.indicator(no).name_th
            except ItadeskError:
                name = ""
        return f"ตัวชี้วัดที่ {ts.digits(no)} {name}".strip()
    name = ""
    if fw is not None and (iss := fw.issue(no)) is not None:
        name = iss.name_th
    return f"ประเด็นที่ {ts.digits(no)} {name}".strip()


def target_instrument(fw: Framework | None, target: str) -> str | None:
    """The instrument (IIT/EIT/OIT) a measure's target belongs to: an indicator's own; an
    issue's first code's; None for 'general' or when the framework does not say."""
    if fw is None or target == "general":
        return None
    kind, _, no_s = target.partition(":")
    no = int(no_s)
    try:
        if kind == "ind":
            return fw.indicator(no).instrument
        iss = fw.issue(no)
        if iss is None or not iss.codes:
            return None
        return fw.indicator(fw.item(iss.codes[0]).indicator).instrument
    except (ItadeskError, KeyError):
        return None


def target_sort_key(target: str) -> tuple:
    kind, _, no = target.partition(":")
    return (0 if kind == "ind" else 1 if kind == "issue" else 2, int(no) if no else 0)


def item_title(fw: Framework, data: YearData, code: str, override: str = "") -> str:
    """An OIT item's title: the framework's, else the clerk's override, else the code."""
    try:
        item = fw.item(code)
    except (ValidationError, KeyError):
        item = None
    if item is not None and item.title_th:
        return item.title_th
    return override or data.title_overrides.get(code, "") or code


def check_codes(data: YearData, fw: Framework, kinds: tuple[str, ...]) -> None:
    """Stop with an error naming the first item/question code the framework does not know.

    `kinds`: which parts to check — "oit" (progress rows and title overrides), "scores"
    (question scores)."""
    codes: list[tuple[str, str]] = []
    if "oit" in kinds:
        codes += [("OIT", p.code) for p in data.oit]
        codes += [("OIT", c) for c in data.title_overrides]
    if "scores" in kinds and data.assessment is not None:
        codes += [("คะแนนรายข้อ", c) for c in data.assessment.question_scores]
    for where, code in codes:
        if not fw.has_code(code):
            raise ItadeskError(
                f"{where}: ไม่มีรหัสข้อ “{code}” ในกรอบการประเมินปี {fw.fiscal_year} "
                f"({ fw.source.rsplit('/', 1)[-1] if fw.source else 'กรอบการประเมิน'}) "
                "โปรดแก้รหัสหรือนำเข้ากรอบการประเมินที่ถูกต้อง",
                f"{where}: the code “{code}” is not in the {fw.fiscal_year} framework; "
                "correct the code or import the right framework file",
                field=code,
            )
