"""Pieces shared by the documents D1–D5, in both formats (PDF and Word).

Plain content (no ReportLab): the context a document is built from, the markers that say
what a table cell holds (`ClerkText`, `Strong`, `Labelled`, `Link` from reports/links.py), numbers, title lines, names of
indicators/issues, status boxes, who signs a report, and the check that every item code is
known to the framework. The document modules compute each document's texts, groups, rows
and totals once from these; reports/docx lays the same content out in Word.

PDF pieces (ReportLab flowables through the Typesetter: shaped Thai, fonts, styles): title
blocks, the "ไม่มีข้อมูล" line, group headings and rows, labelled text, list paragraphs with
hanging indents, the signature blocks under a report. Nothing here shapes, breaks words or
chooses fonts itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from itadesk.domain.errors import ItadeskError, ValidationError
from itadesk.domain.framework import Framework
from itadesk.domain.memo import Signer
from itadesk.domain.office import Office, Person
from itadesk.domain.scoring import ScoreResult, compute
from itadesk.domain.yeardata import YearData
from itadesk.reports.links import Link, LinkParagraph
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
    framework: Framework | None  # None only for D5/D6 of a year without a framework
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


def result_text(ts: Typesetter, fw: Framework, res: ScoreResult) -> str:
    """'ได้คะแนนภาพรวม ๘๙.๔๕ คะแนน ผลการประเมินอยู่ในระดับ “ผ่านดี” (ผ่านเกณฑ์ ๘๕ คะแนน)': a
    computed total with its level and the pass mark by the framework's rule (D1 prints it for
    its own year, D3 for the year whose analysis its measures answer). Needs res.total."""
    return (f"ได้คะแนนภาพรวม {fmt_score(ts, res.total)} คะแนน "
            f"ผลการประเมินอยู่ในระดับ “{res.level.label_th if res.level else '-'}” "
            f"({'ผ่าน' if res.passed else 'ไม่ผ่าน'}เกณฑ์ {ts.digits(f'{fw.pass_threshold:g}')} คะแนน)")


def fmt_int(ts: Typesetter, value: int) -> str:
    return ts.digits(f"{int(value):,}")


def fmt_money(ts: Typesetter, value: Decimal | None, blank: str = "-") -> str:
    return ts.money(value, blank=blank)


# ------------------------------------------------------------------ plain content


class ClerkText(str):
    """A cell holding the clerk's own text: may have several lines and list lines ("- …",
    "๑. …"); printed with hanging indents, "-" when empty."""

    def __new__(cls, text: str | None = ""):
        return super().__new__(cls, text or "")


class Strong(str):
    """A line printed bold (a status over a result)."""


@dataclass(frozen=True)
class Labelled:
    """'<b>label</b> text', the text the clerk's (it may hold list lines)."""

    label: str
    text: str


def counts_text(ts: Typesetter, what: str, unit: str, total: int, counts: dict[str, int]) -> str:
    """'สรุป: มาตรการทั้งหมด ๑๐ รายการ ดำเนินการแล้ว … อยู่ระหว่างดำเนินการ … ยังไม่ได้ดำเนินการ …'."""
    return (f"สรุป: {what}ทั้งหมด {ts.digits(total)} {unit} "
            f"ดำเนินการแล้ว {ts.digits(counts['done'])} {unit} "
            f"อยู่ระหว่างดำเนินการ {ts.digits(counts['in_progress'])} {unit} "
            f"ยังไม่ได้ดำเนินการ {ts.digits(counts['not_started'])} {unit}")


def title_lines(ctx: DocContext, title: str, year: int | None = None) -> list[str]:
    """[document title, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', office, district/province]."""
    return [title, f"ประจำปีงบประมาณ พ.ศ. {ctx.y(year)}", *office_lines(ctx)]


def labelled_parts(pairs) -> list[Labelled]:
    """[(label, text)] as Labelled, leaving out empty texts."""
    return [Labelled(label, text) for label, text in pairs if text and text.strip()]


def pdf_cell(ts: Typesetter, value):
    """A content cell as the PDF prints it: ClerkText as list paragraphs ("-" when empty),
    Strong as a bold paragraph, Labelled as a labelled list, a list of parts as their
    paragraphs one under the other; other text as it is."""
    if isinstance(value, Link):
        if not value.url:
            return "-"
        return LinkParagraph(None, ts.style("table_cell"), link=value)
    if isinstance(value, ClerkText):
        return list_paragraphs(ts, value, "table_cell") or "-"
    if isinstance(value, Strong):
        return ts.para(value, "table_cell", fontName=ts.family.bold)
    if isinstance(value, Labelled):
        return labelled_list(ts, value.label, value.text, "table_cell")
    if isinstance(value, list):
        out: list[Flowable] = []
        for part in value:
            got = pdf_cell(ts, part)
            if isinstance(got, list):
                out += got
            elif isinstance(got, str):
                out.append(ts.para(got, "table_cell"))
            else:
                out.append(got)
        return out or "-"
    return value


def pdf_row(ts: Typesetter, row: list) -> list:
    return [pdf_cell(ts, v) for v in row]


# ------------------------------------------------------------------ blocks


def title_block(ts: Typesetter, lines: list[str], style: str = "label") -> list[Flowable]:
    """Centred bold title lines (document name, fiscal year, office, district/province)."""
    out: list[Flowable] = [ts.para(line, style, alignment=TA_CENTER) for line in lines if line]
    out.append(ts.spacer(10))
    return out


def opening(ctx: DocContext, title: str, intro: str, year: int | None = None
            ) -> list[Flowable]:
    """A report's title block (`title_lines`) and its introductory paragraph."""
    ts = ctx.ts
    return [*title_block(ts, title_lines(ctx, title, year)), ts.para(intro, "body_indent"),
            ts.spacer(6)]


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
    page when less than `room_cm` is left, so it never ends a page alone. Pass the finished
    story through `keep_headings_with_tables` so the room needed is measured instead."""
    room = _HeadingRoom(room_cm * cm)
    room.first_part = ts.size(_HeadingRoom.FIRST_PART_PT)
    return [room, ts.para(text, style, keepWithNext=0)]


class _HeadingRoom(CondPageBreak):
    """A page break unless the headings that follow, the next table's header rows and its
    first body row all fit: table rows shorter than a third of the page move whole, so a
    fixed amount of room could still leave a heading alone at the foot of a page.

    A first row taller than that (seed-sized cells of 800-1,000 characters) is split across
    pages by the table anyway: only its first part -- a few lines -- has to fit here, so the
    heading stays with the start of its row instead of the whole block moving on and leaving
    the page (the first page: blank under the title) empty."""

    # official points of a split row's first part that must fit under its heading
    # (about three lines of a table cell)
    FIRST_PART_PT = 66

    def __init__(self, height: float):
        super().__init__(height)
        self.headings: list[Flowable] = []
        self.table = None
        self.first_part = self.FIRST_PART_PT

    def _frame_height(self) -> float | None:
        try:
            frame = self._doctemplateAttr("frame")
        except AttributeError:
            return None
        return getattr(frame, "_height", None)

    def wrap(self, aw, ah):
        if self.table is not None:
            need = 0.0
            for h in self.headings:
                need += h.wrap(aw, ah)[1] + h.getSpaceBefore() + h.getSpaceAfter()
            self.table.wrap(aw, ah)
            heights = getattr(self.table, "_rowHeights", None) or []
            rows = getattr(self.table, "repeatRows", 0) or 0
            rows = rows if isinstance(rows, int) else len(rows)
            need += sum(heights[:rows]) + self.table.getSpaceBefore()
            if len(heights) > rows:
                first = heights[rows]
                frame = self._frame_height()
                keep = getattr(self.table, "keep_fraction", 1 / 3)
                if frame and first >= frame * keep:  # the table splits this row
                    first = min(first, max(self.first_part, 40.0))
                need += first
            self.height = need
        return super().wrap(aw, ah)


def keep_headings_with_tables(story: list) -> list:
    """Tell each group heading's page-break check which headings and table follow it."""
    for i, f in enumerate(story):
        if isinstance(f, _HeadingRoom):
            f.headings, f.table = [], None
            for g in story[i + 1:]:
                if isinstance(g, Paragraph):
                    f.headings.append(g)
                elif isinstance(g, _HeadingRoom):
                    continue
                else:
                    if hasattr(g, "_rowHeights") or hasattr(g, "_cellvalues"):
                        f.table = g
                    break
    return story


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
                "โปรดเพิ่มข้อนี้ในกรอบ หรือลบข้อมูลของรหัสนี้ (เครื่องมือ ▸ แก้ไขกรอบการประเมิน…) "
                "หรือนำเข้ากรอบการประเมินที่ถูกต้อง",
                f"{where}: the code “{code}” is not in the {fw.fiscal_year} framework; add the "
                "item or delete the data of that code (Tools ▸ Edit framework…), or import the "
                "right framework file",
                field=code,
            )


# ------------------------------------------------------------------ lists and signatures

# A list marker at the start of a line: "-", "•", "▪", "๑.", "1)", "(๒)", "๓.๑", "ก."
_MARKER = re.compile(
    r"^((?:[-–•▪●○◦*]|\(?[0-9๐-๙]{1,3}(?:(?:\.[0-9๐-๙]{1,3})+\.?|[.)])(?![0-9๐-๙])"
    r"|\([0-9๐-๙]{1,3}\)|[ก-ฮ][.)](?![ก-๙]))\s*)(?=\S)")


def list_marker(line: str) -> str:
    """The list marker a line starts with (with its following spaces), or ""."""
    m = _MARKER.match(line)
    return m.group(1) if m else ""


def list_paragraphs(ts: Typesetter, text: str, style: str = "body", *,
                    first_prefix: str = "", **overrides) -> list[Paragraph]:
    """The user's text, one paragraph per line; a line that starts with a list marker
    ("- ", "๑. ", "(๒) " …) gets a hanging indent, so its wrapped lines start under the text
    after the marker instead of back at the margin. Lines without a marker keep the style's
    own indents. `first_prefix`: trusted markup (a bold label) put before the first line."""
    lines = [ln.strip() for ln in ts.clean(text).split("\n") if ln.strip()]
    if not lines:
        return []
    base = ts.style(style, **overrides)
    start = base.leftIndent + base.firstLineIndent  # where a marker line's marker starts
    out: list[Paragraph] = []
    for i, line in enumerate(lines):
        marker = list_marker(line)
        prefix = first_prefix if i == 0 else ""
        if marker and not prefix:
            hang = _string_width(marker.rstrip() + " ", base)
            st = ts.style(base, leftIndent=start + hang, firstLineIndent=-hang)
        else:
            st = base
        out.append(ts.markup(prefix + ts.escape(line), st) if prefix else ts.para(line, st))
    return out


def labelled_list(ts: Typesetter, label: str, text: str, style: str = "body",
                  **overrides) -> list[Paragraph]:
    """'<b>label</b> text' where the text may hold list lines: the label starts the first
    line, or stands on its own line when the text itself starts with a list marker."""
    lines = [ln.strip() for ln in ts.clean(text or "").split("\n") if ln.strip()]
    if not lines:
        return []
    bold = f"<b>{ts.escape(label)}</b>"
    if list_marker(lines[0]):
        return [ts.markup(bold, style, **overrides),
                *list_paragraphs(ts, text, style, **overrides)]
    return list_paragraphs(ts, text, style, first_prefix=bold + " ", **overrides)


def _string_width(text: str, style) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, style.fontName, style.fontSize)


class SignOff(Flowable):
    """Signature blocks side by side at the end of a report:

        (ลงชื่อ) ............................ ผู้รายงาน      (ลงชื่อ) ............................ ผู้รับรอง
                  (name)                                            (name)
                 position                                          position

    `signers`: [(label, Person or Signer)]; people missing from the profile are left out.
    One signer sits on the right half, as on a typed report."""

    def __init__(self, ts: Typesetter, signers: list[tuple[str, Person | Signer | None]],
                 space_pt: float = 30):
        super().__init__()
        self.ts = ts
        self.space = ts.size(space_pt)
        self.columns: list[list[Paragraph]] = []
        for label, person in signers:
            if person is None or not getattr(person, "name", ""):
                continue
            col = [ts.para(f"(ลงชื่อ) {'.' * 36} {label}", "signature"),
                   ts.para(f"({person.name})", "signature")]
            if person.position:
                col.append(ts.para(person.position, "signature"))
            self.columns.append(col)

    def _layout(self, aw):
        n = len(self.columns)
        if n == 0:
            return 0.0, 0.0
        colw = aw / max(n, 2)
        x0 = aw - n * colw
        return colw, x0

    def wrap(self, aw, ah):
        self.width = aw
        colw, _x0 = self._layout(aw)
        h = 0.0
        for col in self.columns:
            h = max(h, sum(p.wrap(colw, ah)[1] for p in col))
        self.height = self.space + h if self.columns else 0.0
        return aw, self.height

    def draw(self):
        colw, x0 = self._layout(self.width)
        for k, col in enumerate(self.columns):
            y = self.height - self.space
            for p in col:
                _w, ph = p.wrap(colw, self.height)
                y -= ph
                p.drawOn(self.canv, x0 + k * colw, y)


class ContinuedRows(Flowable):
    """The last row(s) of a table, kept with what follows them (the signatures) so that
    these never stand alone on a page: drawn as the table's continuation (no header) right
    under the table, or with the table's header (and title) when the group moves to the
    top of a new page. Both variants have the table's column widths."""

    def __init__(self, plain: Flowable, headed: Flowable):
        super().__init__()
        self.plain, self.headed = plain, headed
        self._use = plain

    def _choose(self):
        try:
            at_top = bool(self._doctemplateAttr("frame")._atTop)
        except AttributeError:
            at_top = False
        self._use = self.headed if at_top else self.plain
        return self._use

    def wrap(self, aw, ah):
        t = self._choose()
        t.canv = getattr(self, "canv", None)
        self.width, self.height = t.wrap(aw, ah)
        return self.width, self.height

    def split(self, aw, ah):
        return self._choose().split(aw, ah)

    def drawOn(self, canvas, x, y, _sW=0):
        self._use.drawOn(canvas, x, y, _sW)


def table_then_sign_off(ts: Typesetter, make_table, rows: list, signers) -> list[Flowable]:
    """A table whose last row stays on the page of the signatures under it (`make_table(rows,
    header=True|False)` builds the table, or a continuation without its header, from rows
    with the whole table's column widths)."""
    block = SignOff(ts, signers)
    if len(rows) < 2 or not block.columns:
        return [make_table(rows, True), *sign_off(ts, signers)]
    tail = ContinuedRows(make_table(rows[-1:], False), make_table(rows[-1:], True))
    return [make_table(rows[:-1], True), KeepTogether([tail, block])]


def report_signers(office: Office, reporter_role: str = "proposer",
                   reporter_label: str = "ผู้รายงาน",
                   approver_label: str = "ผู้รับรอง") -> list[tuple[str, Person | None]]:
    """[(ผู้รายงาน, the reporter), (ผู้รับรอง, the executive — else the chief administrator)]
    from the office profile."""
    reporter = office.person_with_role(reporter_role) or office.person_with_role("proposer")
    approver = office.person_with_role("executive") or office.person_with_role("chief_admin")
    if approver is reporter:
        approver = None
    return [(reporter_label, reporter), (approver_label, approver)]


def sign_off(ts: Typesetter, signers: list[tuple[str, Person | Signer | None]],
             story_tail: Flowable | None = None) -> list[Flowable]:
    """The signature blocks of a report (`signers`, see `report_signers`), kept on one page
    together with `story_tail` (the report's last paragraph) so they never stand alone on a
    page."""
    block = SignOff(ts, signers)
    if not block.columns:
        return [story_tail] if story_tail is not None else []
    if story_tail is not None:
        return [KeepTogether([story_tail, block])]
    return [KeepTogether([block])]
