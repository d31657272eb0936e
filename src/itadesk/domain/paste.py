"""Paste from Word or Excel into a table: parse the clipboard, preview the columns, convert.

Two steps, both pure Python (no Qt) so they can be tested without a screen:

1. `parse_paste(text=..., html=...)` reads what the clipboard holds — an HTML ``<table>``
   (Word and Excel both put one there), tab-separated text (Excel quotes a cell holding a tab,
   a newline or a quote with ``"..."`` and doubles the quotes inside), or markdown pipe rows
   (``| a | b |``, as text extracted from PDFs often looks) — into a `PasteResult`: rows of
   cleaned strings, with the header row(s) at the top recognised and kept apart.

2. `map_paste(result, spec)` lays those rows onto a destination table described by a
   `PasteSpec` (one `PasteColumn` per column: name, Thai and English label, kind, required)
   and returns a `MappedPaste`: the converted values of every row, a preview of which pasted
   column feeds which table column, and every problem with a Thai and an English message
   naming the row and the column ("แถว ๓ คอลัมน์ งบประมาณ: “abc” ไม่ใช่ตัวเลข"). The result
   is valid or invalid as a whole: the caller applies all rows or none.

Merged cells: a cell spanning several rows or columns (HTML rowspan/colspan) keeps its text
in its first position and leaves the other positions empty — exactly what Excel puts in the
tab-separated text for merged cells, so both clipboard flavours give the same rows.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from html.parser import HTMLParser

from .errors import ValidationError
from .thaitext import (
    clean_text,
    is_checked,
    parse_date,
    parse_number,
    to_arabic_digits,
    to_thai_digits,
)

KINDS = ("text", "number", "money", "score", "checkbox", "code", "date", "choice")

MAX_TEXT = 20_000
MAX_MONEY = Decimal("1e12")
MAX_SPAN = 1000  # rowspan/colspan above this is treated as a mistake (or a hostile paste)
MAX_HEADER_ROWS = 3
# Bounds of the HTML clipboard parser (#17: a few KB of nested or repeated tags must not
# exhaust memory). A Word table of a year's documents has a few hundred rows of <20 cells.
MAX_HTML_CHARS = 20_000_000  # Word's HTML for a 100-page table is ~5 MB
MAX_PASTE_ROWS = 5_000
MAX_PASTE_CELLS = 200_000  # after rowspan/colspan are laid out
MAX_NESTING = 200  # open tags at once (a real Word cell nests < 20)

EMPTY_MARKS = frozenset({"", "-", "–", "—", "−"})
NO_BUDGET = frozenset({"ไม่ใช้งบประมาณ", "ไม่ใช้งบ", "ไม่มีงบประมาณ"})
CHECK_TRUE = frozenset({"ใช่", "yes", "y", "true", "1", "มี", "ดำเนินการแล้ว", "แล้วเสร็จ"})
CHECK_FALSE = frozenset({"ไม่", "ไม่ใช่", "no", "n", "false", "0", "✗", "✘", "☐", "ไม่มี"})

# Words that make a row a header row (compared after `_norm_label`: lower case, no spaces).
HEADER_WORDS = frozenset(
    _w.replace(" ", "").lower()
    for _w in (
        "ลำดับ",
        "ลำดับที่",
        "ที่",
        "ข้อ",
        "รหัส",
        "รายการ",
        "รายการโครงการ",
        "โครงการ",
        "ชื่อโครงการ",
        "โครงการ/กิจกรรม",
        "กิจกรรม",
        "มิติ",
        "หมายเหตุ",
        "งบประมาณ",
        "งบประมาณ(บาท)",
        "จำนวนเงิน",
        "ไม่ใช้งบประมาณ",
        "เบิกจ่าย",
        "คงเหลือ",
        "แล้วเสร็จ",
        "ผลการดำเนินการ",
        "ผลการดำเนินงาน",
        "ตัวชี้วัด",
        "ผู้รับผิดชอบ",
        "หน่วยงานที่รับผิดชอบ",
        "หน่วยงานรับผิดชอบ",
        "ระยะเวลา",
        "ระยะเวลาดำเนินการ",
        "สถานะ",
        "ประเด็น",
        "คะแนน",
        "ข้อมูล",
        "หัวข้อ",
        "ข้อคำถาม",
        "วิธีการดำเนินการ",
        "วิธีการดำเนินงาน",
        "วันที่",
        "no",
        "no.",
        "item",
        "code",
        "title",
        "name",
        "score",
        "status",
        "budget",
        "remark",
        "note",
        "notes",
        "date",
    )
)


# ---------------------------------------------------------------- the destination table


@dataclass(frozen=True)
class PasteColumn:
    """One column of the destination table.

    kind: text | number | money | score | checkbox | code | date.
    aliases: other header texts that mean this column (for matching a pasted header row).
    minimum/maximum/integer: extra limits for `number` columns.
    """

    name: str
    label_th: str
    label_en: str
    kind: str = "text"
    required: bool = False
    aliases: tuple[str, ...] = ()
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    integer: bool = False
    # The table's own cell parser (text -> value, ValidationError if refused): when given, it
    # is THE parser of this column, so the preview refuses exactly what the cell editor refuses.
    parse: Callable[[str], object] | None = field(default=None, compare=False)
    # value -> label of a `choice` column (the match is shown when it was loose)
    choices: tuple[tuple[object, str], ...] = ()

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(
                f"column {self.name!r}: kind must be one of {KINDS}, not {self.kind!r}"
            )

    def keys(self) -> set[str]:
        """Header texts that name this column, normalised."""
        return {_norm_label(k) for k in (self.name, self.label_th, self.label_en, *self.aliases)}


@dataclass(frozen=True)
class PasteSpec:
    name: str
    label_th: str
    label_en: str
    columns: tuple[PasteColumn, ...]

    def __post_init__(self):
        names = [c.name for c in self.columns]
        if len(set(names)) != len(names):
            raise ValueError(f"spec {self.name!r}: column names repeat")

    def __len__(self) -> int:
        return len(self.columns)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> PasteColumn:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def header_words(self) -> set[str]:
        words: set[str] = set()
        for c in self.columns:
            words |= c.keys()
        return words


_D = Decimal

# The summary table of the action-plan report (D5; seed 004 "สรุปการดำเนินงานตามแผนปฏิบัติการ…"):
# ลำดับ | รายการ | มิติ | แล้วเสร็จ | ไม่สามารถดำเนินการได้ | งบประมาณ | ไม่ใช้งบประมาณ | เบิกจ่าย |
# คงเหลือ | หมายเหตุ. Names follow domain/plan.py (PlanItem.position/name/dimension/budget,
# RoundResult.disbursed/remark).
PLAN_SUMMARY_PASTE_SPEC = PasteSpec(
    name="plan_summary",
    label_th="สรุปการดำเนินงานตามแผนปฏิบัติการ",
    label_en="Action plan summary",
    columns=(
        PasteColumn(
            "position", "ลำดับ", "No.", "number", integer=True, minimum=_D(1), aliases=("ลำดับที่", "ที่")
        ),
        PasteColumn(
            "name",
            "รายการ",
            "Project / activity",
            "text",
            required=True,
            aliases=("รายการโครงการ", "โครงการ", "ชื่อโครงการ", "โครงการ/กิจกรรม"),
        ),
        PasteColumn(
            "dimension",
            "มิติ",
            "Dimension",
            "number",
            required=True,
            integer=True,
            minimum=_D(1),
            maximum=_D(4),
        ),
        PasteColumn(
            "done", "แล้วเสร็จ", "Done", "checkbox", aliases=("ดำเนินการแล้วเสร็จ", "ดำเนินการแล้ว")
        ),
        PasteColumn(
            "cannot",
            "ไม่สามารถดำเนินการได้",
            "Could not be done",
            "checkbox",
            aliases=("ไม่สามารถดำเนินการ",),
        ),
        PasteColumn("budget", "งบประมาณ", "Budget", "money", aliases=("งบประมาณ(บาท)",)),
        PasteColumn("non_budget", "ไม่ใช้งบประมาณ", "Without budget", "money"),
        PasteColumn("disbursed", "เบิกจ่าย", "Disbursed", "money", aliases=("การเบิกจ่าย",)),
        PasteColumn("remaining", "คงเหลือ", "Remaining", "money"),
        PasteColumn("remark", "หมายเหตุ", "Remark", "text"),
    ),
)


# ---------------------------------------------------------------- step 1: parse the clipboard


@dataclass(frozen=True)
class PasteResult:
    """What was pasted: all rows (header rows first), how many of them are header rows,
    and which clipboard flavour they came from ("html", "tsv", "markdown" or "empty")."""

    all_rows: tuple[tuple[str, ...], ...]
    header_count: int = 0
    source: str = "empty"
    dropped_repeated_headers: int = 0

    @property
    def header_rows(self) -> list[list[str]]:
        return [list(r) for r in self.all_rows[: self.header_count]]

    @property
    def rows(self) -> list[list[str]]:
        """The data rows (header rows left out)."""
        return [list(r) for r in self.all_rows[self.header_count :]]

    @property
    def width(self) -> int:
        """The number of columns of the widest data row."""
        return max((len(r) for r in self.all_rows[self.header_count :]), default=0)

    def with_header_rows(self, count: int) -> PasteResult:
        """The same paste with `count` header rows (the user says "the first row is data")."""
        count = max(0, min(count, len(self.all_rows)))
        return replace(self, header_count=count)

    def column_header(self, index: int) -> str:
        """The header text over pasted column `index` (" / " between header rows), or ""."""
        parts = [r[index] for r in self.header_rows if index < len(r) and r[index]]
        return " / ".join(parts)

    def column_titles(self, lang: str = "th") -> list[str]:
        """One title per pasted column for a column chooser: "คอลัมน์ ๒: รายการโครงการ"."""
        width = max(self.width, max((len(r) for r in self.header_rows), default=0))
        titles = []
        for i in range(width):
            head = self.column_header(i)
            base = f"คอลัมน์ {to_thai_digits(str(i + 1))}" if lang != "en" else f"column {i + 1}"
            titles.append(f"{base}: {head}" if head else base)
        return titles


def parse_paste(
    text: str | None = None,
    html: str | None = None,
    *,
    header_rows: int | None = None,
    header_words: Iterable[str] = (),
) -> PasteResult:
    """Read a clipboard block into rows of cleaned strings.

    `html` (the clipboard's text/html) wins when it holds a table; otherwise `text` is read as
    markdown pipe rows when most of its lines are such rows, else as tab-separated text.
    Rows with every cell empty are dropped. `header_rows=None` detects header rows at the
    top (up to three rows of label-like cells such as "ลำดับ", "รายการ", "ที่", or any word in
    `header_words`, e.g. a spec's labels); pass a number to decide yourself. A header row
    repeated further down (a table continued over a page break) is dropped too.
    """
    raw: list[list[str]] = []
    source = "empty"
    if html and re.search(r"<table\b", html, re.I):
        raw = parse_html_table(html)
        source = "html" if raw else "empty"
    if not raw and text:
        if re.search(r"<table\b", text, re.I) and re.search(r"<t[dh]\b", text, re.I):
            raw, source = parse_html_table(text), "html"
        elif _looks_like_markdown(text):
            raw, source = parse_markdown(text), "markdown"
        else:
            raw, source = parse_tsv(text), "tsv"
    rows = [[_clean_cell(c) for c in r] for r in raw]
    rows = [r for r in rows if any(r)]
    if not rows:
        return PasteResult((), 0, "empty")
    words = HEADER_WORDS | {_norm_label(w) for w in header_words}
    if header_rows is None:
        count = detect_header_rows(rows, words)
    else:
        count = max(0, min(header_rows, len(rows)))
    dropped = 0
    if count:
        heads = {_row_key(r) for r in rows[:count]}
        body = [r for r in rows[count:] if _row_key(r) not in heads]
        dropped = len(rows) - count - len(body)
        rows = rows[:count] + body
    return PasteResult(tuple(tuple(r) for r in rows), count, source, dropped)


def detect_header_rows(rows: Sequence[Sequence[str]], words: Iterable[str] = HEADER_WORDS) -> int:
    """How many of the first rows look like header rows (0 to 3)."""
    words = set(words)
    count = 0
    for row in rows[:MAX_HEADER_ROWS]:
        if not _is_header_row(row, words):
            break
        count += 1
    return count


def _is_header_row(row: Sequence[str], words: set[str]) -> bool:
    cells = [c for c in row if c]
    if not cells:
        return False
    for c in cells:
        if parse_number(c) is not None or is_checked(c) or parse_date(c) is not None:
            return False
    if any(_norm_label(c) in words for c in cells):
        return True
    # a header row of a real table names its columns loosely ("มาตรการ/กิจกรรม", "สรุปผล…"):
    # most of its cells contain a known label word
    loose = [c for c in cells if any(len(w) >= 4 and w in _norm_label(c) for w in words)]
    return len(cells) >= 2 and len(loose) * 2 > len(cells)


def _norm_label(text: str) -> str:
    s = to_arabic_digits(clean_text(text)).lower()
    s = re.sub(r"\s+", "", s)
    return s.strip(":*.")


def _clean_cell(text: str) -> str:
    """clean_text, and no blank lines inside a cell ("<p>a</p> <p>b</p>" is "a\nb")."""
    return re.sub(r"\n{2,}", "\n", clean_text(text))


def _row_key(row: Sequence[str]) -> tuple[str, ...]:
    """A row compared loosely: "ระยะเวลา ดำเนินการ" repeats "ระยะเวลาดำเนินการ"."""
    return tuple(_norm_label(c) for c in _trim(row))


def _trim(row: Sequence[str]) -> list[str]:
    out = list(row)
    while out and not out[-1]:
        out.pop()
    return out


# ------------------------------------------------ tab-separated text (Excel's quoting)


def parse_tsv(text: str) -> list[list[str]]:
    """Tab-separated rows. A cell starting with '"' is read the way Excel writes it (may hold
    tabs and newlines, '""' is one quote) if it is closed properly; otherwise the quote is
    just part of the text (cells like `"ส่งเสริม…" ของ…` typed by hand)."""
    if not text:
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    n = len(text)
    rows: list[list[str]] = []
    row: list[str] = []
    i = 0
    while True:
        value = None
        if i < n and text[i] == '"':
            value, end = _quoted_cell(text, i)
        if value is None:
            end = i
            while end < n and text[end] not in "\t\n":
                end += 1
            value = text[i:end]
        row.append(value)
        i = end
        if i >= n:
            rows.append(row)
            break
        sep = text[i]
        i += 1
        if sep == "\n":
            rows.append(row)
            row = []
            if i >= n:
                break
    return rows


def _quoted_cell(text: str, start: int) -> tuple[str | None, int]:
    n = len(text)
    buf: list[str] = []
    j = start + 1
    while j < n:
        c = text[j]
        if c == '"':
            if j + 1 < n and text[j + 1] == '"':
                buf.append('"')
                j += 2
                continue
            if j + 1 == n or text[j + 1] in "\t\n":
                return "".join(buf), j + 1
            return None, start  # a quote in the middle: not Excel's quoting
        buf.append(c)
        j += 1
    return None, start  # never closed


# ------------------------------------------------ markdown pipe rows

_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


def _looks_like_markdown(text: str) -> bool:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines or "\t" in text:
        return False
    pipes = [ln for ln in lines if ln.startswith("|") and ln.count("|") >= 2]
    return len(pipes) * 2 >= len(lines)


def parse_markdown(text: str) -> list[list[str]]:
    """Markdown pipe rows (`| a | b |`, closing pipe optional); `|---|` lines and lines that
    are not rows (titles, blank lines between tables) are skipped. `\\|` is a literal pipe."""
    rows = []
    for line in text.splitlines():
        s = line.strip()
        if not s.startswith("|") or _MD_SEPARATOR.match(s):
            continue
        cells = re.split(r"(?<!\\)\|", s)[1:]
        if cells and not cells[-1].strip():
            cells.pop()
        rows.append([c.replace("\\|", "|").strip() for c in cells])
    return rows


# ------------------------------------------------ HTML tables (Word, Excel, web pages)

# Symbol fonts Word uses for ticks and boxes: the character typed, and what it shows.
_SYMBOL_FONTS = {
    "wingdings": {"ü": "✓", "þ": "☑", "û": "✗", "ý": "☒", "¨": "☐", "o": "☐", "q": "☐"},
    "wingdings 2": {"P": "✓", "O": "✗", "R": "☑", "T": "☒", "£": "☐", "Q": "☒", "S": "☒"},
    "symbol": {"Ö": "√"},
}
_FONT_FAMILY = re.compile(r"font-family\s*:\s*[\"']?([^;\"',]+)", re.I)
_SKIP_TAGS = frozenset({"style", "script", "title", "xml", "head"})
_BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"})


class PasteTooLarge(ValidationError):
    """A clipboard too big or too deeply nested to be a table (refused before it is laid out)."""

    def __init__(self, what_th: str, what_en: str):
        super().__init__(
            "ข้อมูลที่วาง",
            f"{what_th} จึงไม่วาง — คัดลอกตารางทีละส่วนแล้ววางอีกครั้ง",
            f"{what_en}, so nothing was pasted — copy the table in parts and paste again",
        )


def _too_large(kind: str) -> PasteTooLarge:
    if kind == "rows":
        return PasteTooLarge(f"มีเกิน {_th(f'{MAX_PASTE_ROWS:,}')} แถว", f"has more than {MAX_PASTE_ROWS:,} rows")
    if kind == "cells":
        return PasteTooLarge(f"มีเกิน {_th(f'{MAX_PASTE_CELLS:,}')} ช่อง (รวมช่องที่ผสาน)",
                             f"has more than {MAX_PASTE_CELLS:,} cells (merged cells counted)")
    if kind == "nesting":
        return PasteTooLarge(f"ซ้อนกันเกิน {_th(MAX_NESTING)} ชั้น", f"is nested more than {MAX_NESTING} levels deep")
    return PasteTooLarge(f"ยาวเกิน {_th(f'{MAX_HTML_CHARS:,}')} ตัวอักษร",
                         f"is longer than {MAX_HTML_CHARS:,} characters")


_VOID_TAGS = frozenset({"br", "input", "img", "meta", "link", "col", "hr", "wbr"})


class _TableParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._depth = 0  # table nesting
        self._skip = 0
        self._fonts: list[tuple[str, dict | None]] = []
        self.cells = 0  # cells seen so far, merged ones counted by their span

    # -- structure
    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if tag == "table":
            self._depth += 1
            if self._depth > MAX_NESTING:
                raise _too_large("nesting")
            self._fonts.append(("table", None))
            return
        if self._depth > 1:  # a table inside a cell: flatten into the cell's text
            if tag == "br":
                self._text("\n")
            return
        if self._depth == 1 and tag in ("tr", "td", "th"):
            # a new row or cell ends the frames left open by the previous one (HTML may omit
            # </td>), so the frame stack stays as deep as one cell's markup
            while self._fonts and self._fonts[-1][0] not in ("table",):
                self._fonts.pop()
        if self._depth == 1 and tag == "tr":
            self._end_row()
            self._row = []
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
            if self._row is None:
                self._row = []
            self._cell = []
            self._span = (_span(attrs.get("rowspan")), _span(attrs.get("colspan")))
        elif tag == "br":
            self._text("\n")
        elif tag in _BLOCK_TAGS:
            self._newline()
        elif tag == "input" and attrs.get("type", "").lower() == "checkbox":
            if "checked" in attrs:
                self._text("✓")
        if tag not in _VOID_TAGS:
            if len(self._fonts) >= MAX_NESTING:
                raise _too_large("nesting")
            style = (
                attrs.get("style", "")
                + ";"
                + (f"font-family:{attrs['face']}" if "face" in attrs else "")
            )
            m = _FONT_FAMILY.search(style)
            table = _SYMBOL_FONTS.get(m.group(1).strip().lower()) if m else None
            self._fonts.append((tag, table))

    def handle_startendtag(self, tag, attrs):
        # <br/>, <input .../>: no end tag will come, so do not push a font frame
        self.handle_starttag(tag, attrs)
        if self._fonts and self._fonts[-1][0] == tag:
            self._fonts.pop()

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        for k in range(len(self._fonts) - 1, -1, -1):
            if self._fonts[k][0] == tag:
                del self._fonts[k:]
                break
        if tag == "table":
            if self._depth == 1:
                self._end_row()
            self._depth = max(0, self._depth - 1)
            return
        if self._depth > 1:
            if tag in ("td", "th"):
                self._text(" ")
            elif tag == "tr":
                self._newline()
            return
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag in _BLOCK_TAGS:
            self._newline()

    def handle_data(self, data):
        if self._skip or self._cell is None:
            return
        data = re.sub(r"[ \t\r\n\f]+", " ", data)
        symbols = next((t for _, t in reversed(self._fonts) if t is not None), None)
        if symbols:
            data = "".join(symbols.get(ch, ch) for ch in data)
        self._text(data)

    # -- helpers
    def _text(self, s: str):
        if self._cell is not None:
            self._cell.append(s)

    def _newline(self):
        if self._cell and not "".join(self._cell).endswith("\n"):
            self._cell.append("\n")

    def _end_cell(self):
        if self._cell is None:
            return
        lines = [ln.strip() for ln in "".join(self._cell).split("\n")]
        text = re.sub(r"\n{2,}", "\n", "\n".join(lines)).strip()
        if self._row is None:
            self._row = []
        self._row.append((text, *self._span))
        self._cell = None

    def _end_row(self):
        self._end_cell()
        if self._row is not None:
            if len(self.rows) >= MAX_PASTE_ROWS:
                raise _too_large("rows")
            self.cells += sum(min(c, MAX_PASTE_CELLS) for _t, _r, c in self._row) + len(self._row)
            if self.cells > MAX_PASTE_CELLS:
                raise _too_large("cells")
            self.rows.append(self._row)
        self._row = None


def _span(value: str | None) -> int:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return 1
    return n if 1 <= n <= MAX_SPAN else 1


def parse_html_table(html: str) -> list[list[str]]:
    """The rows of the HTML table(s) in `html` (several top-level tables follow each other).

    A merged cell keeps its text in its first position; the positions it covers are empty.
    <br>, <p>, <div>, <li> inside a cell become newlines; a checked checkbox becomes ✓ and
    Wingdings ticks become ✓; a table inside a cell is flattened into that cell's text.
    """
    if len(html) > MAX_HTML_CHARS:
        raise _too_large("chars")
    parser = _TableParser()
    parser.feed(html)
    parser.close()
    parser._end_row()
    grid: list[list[str]] = []
    total = 0
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    for cells in parser.rows:
        out: list[str] = []
        col = 0
        for text, rowspan, colspan in cells:
            while pending.get(col, 0) > 0:  # positions covered by a rowspan from above
                out.append("")
                pending[col] -= 1
                col += 1
            for k in range(colspan):
                out.append(text if k == 0 else "")
                if rowspan > 1:
                    pending[col] = rowspan - 1
                col += 1
            if total + len(out) > MAX_PASTE_CELLS:
                raise _too_large("cells")
        last = max((c for c, left in pending.items() if left > 0), default=-1)
        while col <= last:
            out.append("")
            if pending.get(col, 0) > 0:
                pending[col] -= 1
            col += 1
        total += len(out)
        if total > MAX_PASTE_CELLS:
            raise _too_large("cells")
        grid.append(out)
    # rows still covered by a rowspan below the last row add nothing: they are not laid out
    return grid


# ---------------------------------------------------------------- step 2: map onto a table


@dataclass(frozen=True)
class PasteProblem:
    """One problem: `row` is the 1-based data row (None: the whole paste), `column` a column
    name of the spec (None: the whole row). level "error" blocks the paste, "warning" not."""

    row: int | None
    column: str | None
    th: str
    en: str
    level: str = "error"

    def message(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th

    @property
    def is_error(self) -> bool:
        return self.level == "error"


@dataclass(frozen=True)
class ColumnPreview:
    """How one destination column is filled: from which pasted column (0-based, None = left
    empty), the header text found over it, the first few pasted values, how many errors."""

    column: PasteColumn
    source: int | None
    source_header: str
    samples: tuple[str, ...]
    errors: int

    def describe(self, lang: str = "th") -> str:
        label = self.column.label_en if lang == "en" else self.column.label_th
        if self.source is None:
            return f"{label} ← (empty)" if lang == "en" else f"{label} ← (ว่าง)"
        src = str(self.source + 1)
        src = f"column {src}" if lang == "en" else f"คอลัมน์ {to_thai_digits(src)}"
        head = f" “{self.source_header}”" if self.source_header else ""
        return f"{label} ← {src}{head}"


@dataclass
class MappedPaste:
    spec: PasteSpec
    column_map: dict[str, int | None]
    rows: list[dict[str, object]]
    raw_rows: list[list[str]]
    problems: list[PasteProblem] = field(default_factory=list)
    preview: list[ColumnPreview] = field(default_factory=list)
    mapped_by: str = "position"  # "position", "header" or "caller"

    @property
    def errors(self) -> list[PasteProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[PasteProblem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def valid(self) -> bool:
        """True only when every row converts cleanly: apply all rows, or none."""
        return bool(self.rows) and not self.errors

    def problems_at(self, row: int, column: str | None = None) -> list[PasteProblem]:
        return [p for p in self.problems if p.row == row and (column is None or p.column == column)]

    def summary(self, lang: str = "th", limit: int = 10) -> str:
        msgs = [p.message(lang) for p in self.errors[:limit]]
        more = len(self.errors) - limit
        if more > 0:
            msgs.append(
                f"… และอีก {to_thai_digits(str(more))} ข้อ" if lang != "en" else f"… and {more} more"
            )
        return "\n".join(msgs)

    def raise_if_invalid(self) -> None:
        if not self.valid:
            raise PasteError(self)

    def values(self) -> list[dict[str, object]]:
        """The converted rows; raises PasteError when any row has an error."""
        self.raise_if_invalid()
        return self.rows


class PasteError(ValidationError):
    """The paste was refused as a whole; `.mapped` holds every problem."""

    def __init__(self, mapped: MappedPaste):
        self.mapped = mapped
        th = mapped.summary("th") or "ไม่มีข้อมูลที่จะวาง"
        en = mapped.summary("en") or "there is nothing to paste"
        super().__init__(mapped.spec.label_th, th, en)


def _label_tokens(text: str) -> set[str]:
    return {t for t in re.split(r"[\s/,()]+", to_arabic_digits(clean_text(text)).lower()) if t}


def header_match(header: str, col: PasteColumn) -> int:
    """How well a pasted header names `col`: 3 the same text, 2 the same words in another
    grouping ("มาตรการ/กิจกรรม" for "มาตรการ/โครงการ/กิจกรรม"), 1 one contains the other
    ("สรุปผลการดำเนินการตามมาตรการ…" for "ผลการดำเนินการ", "ผลลัพธ์หรือความสำเร็จ…" for
    "ผลลัพธ์") or nearly the same spelling; 0 no match."""
    head = _norm_label(header)
    if not head:
        return 0
    keys = col.keys()
    if head in keys:
        return 3
    tokens = _label_tokens(header)
    texts = (col.label_th, col.label_en, *col.aliases)
    for key in texts:
        kt = _label_tokens(key)
        if tokens and kt and len(tokens & kt) >= 2 and (tokens <= kt or kt <= tokens):
            return 2
    for key in keys:
        if len(key) >= 4 and (key in head or (len(head) >= 4 and head in key)):
            return 1
    best = max((difflib.SequenceMatcher(None, head, k).ratio() for k in keys if len(k) >= 4), default=0)
    return 1 if best >= 0.8 else 0


def guess_column_map(result: PasteResult, spec: PasteSpec) -> tuple[dict[str, int | None], str]:
    """Which pasted column feeds each spec column, and how that was decided.

    With header rows whose texts name the spec's columns — exactly, or loosely (see
    `header_match`: the same words, one text inside the other, a near spelling) — for every
    required column and at least two in all, the headers decide ("header"); the best matches
    are taken first and optional columns without a header are left empty. Otherwise columns
    are taken in order ("position").
    """
    positional = {c.name: i for i, c in enumerate(spec.columns)}
    heads = result.header_rows
    if heads:
        width = max(len(r) for r in heads)
        pairs = []
        for ci, col in enumerate(spec.columns):
            for depth, head in enumerate(reversed(heads)):  # the lowest header row first
                for j in range(min(width, len(head))):
                    score = header_match(head[j], col) if head[j] else 0
                    if score:
                        pairs.append((-score, depth, ci, j))
        pairs.sort()
        found: dict[str, int | None] = {c.name: None for c in spec.columns}
        taken: set[int] = set()
        for _score, _depth, ci, j in pairs:
            name = spec.columns[ci].name
            if found[name] is None and j not in taken:
                found[name] = j
                taken.add(j)
        matched = [n for n, j in found.items() if j is not None]
        required_ok = all(found[c.name] is not None for c in spec.columns if c.required)
        # a header row names at least one column of the table, and every required one ("ลำดับ |
        # มาตรการ/กิจกรรม" for a table whose one required column is the measure; a whole
        # report table of which only "ผลการดำเนินงาน" goes into this table)
        enough = bool(matched)
        if enough and required_ok:
            if found == positional:
                return found, "position"
            return found, "header"
    return positional, "position"


def map_paste(
    result: PasteResult,
    spec: PasteSpec,
    column_map: Mapping[str, int | None] | None = None,
    *,
    normalize_code: Callable[[str], str] | None = None,
) -> MappedPaste:
    """Convert the pasted rows for the table `spec` describes.

    `column_map` (spec column name -> 0-based pasted column, or None to leave it empty)
    overrides the automatic choice (see `guess_column_map`); names left out are left empty.
    `normalize_code` is the framework's code normaliser for `code` columns (e.g. "O10" ->
    "o10"); it may raise ValueError/ValidationError for an unknown code.

    Values: text -> str ("" when empty); number -> Decimal (int when the column is integer);
    money -> Decimal with 2 decimals, >= 0; score -> float 0–100; checkbox -> bool;
    code -> str; date -> datetime.date; empty (also "-") -> None, or False for a checkbox.
    """
    if column_map is None:
        cmap, how = guess_column_map(result, spec)
    else:
        unknown = set(column_map) - set(spec.names)
        if unknown:
            raise ValueError(f"column_map names unknown columns: {sorted(unknown)}")
        cmap = {c.name: column_map.get(c.name) for c in spec.columns}
        for name, j in cmap.items():
            if j is not None and (not isinstance(j, int) or j < 0):
                raise ValueError(f"column_map[{name!r}] must be a column index >= 0 or None")
        how = "caller"
    data = result.rows
    problems: list[PasteProblem] = []
    if not data:
        problems.append(PasteProblem(None, None, "ไม่มีข้อมูลที่จะวาง", "there is nothing to paste"))
    problems += _width_problems(data, spec, cmap, how)
    if how == "header":
        problems.append(_header_note(result, spec, cmap))

    out_rows: list[dict[str, object]] = []
    for r, row in enumerate(data, start=1):
        values: dict[str, object] = {}
        for col in spec.columns:
            j = cmap[col.name]
            if j is None and col.parse is not None and not col.required:
                values[col.name] = None  # not pasted: the table's default (or, in place, unchanged)
                continue
            raw = row[j] if j is not None and j < len(row) else ""
            value, probs = convert_cell(col, raw, r, normalize_code=normalize_code)
            values[col.name] = value
            problems += probs
        out_rows.append(values)

    preview = []
    for col in spec.columns:
        j = cmap[col.name]
        samples = tuple(row[j] for row in data[:3] if j is not None and j < len(row))
        errors = sum(1 for p in problems if p.column == col.name and p.is_error)
        head = result.column_header(j) if j is not None else ""
        preview.append(ColumnPreview(col, j, head, samples, errors))
    return MappedPaste(spec, cmap, out_rows, data, problems, preview, how)


def _width_problems(data, spec: PasteSpec, cmap, how: str) -> list[PasteProblem]:
    """Rows whose number of cells does not fit the columns being filled."""
    problems: list[PasteProblem] = []
    expected = len(spec)
    used = [j for j in cmap.values() if j is not None]
    need = max(used, default=-1) + 1
    too_wide: dict[int, list[int]] = {}
    too_narrow: dict[int, list[int]] = {}
    for r, row in enumerate(data, start=1):
        if how == "position":
            width = len(_trim(row))
            if width > expected:
                too_wide.setdefault(width, []).append(r)
        if len(row) < need:
            too_narrow.setdefault(len(row), []).append(r)
    labels_th = ", ".join(c.label_th for c in spec.columns)
    labels_en = ", ".join(c.label_en for c in spec.columns)
    for found, rows in sorted(too_wide.items()):
        problems.append(
            PasteProblem(
                None,
                None,
                f"{_rows_th(rows)} มี {_th(found)} คอลัมน์ แต่ตาราง{spec.label_th}มี {_th(expected)} "
                f"คอลัมน์ ({labels_th}) — เลือกว่าจะใช้คอลัมน์ใดของข้อมูลที่วาง",
                f"{_rows_en(rows)} {'has' if len(rows) == 1 else 'have'} {found} columns but the table "
                f"“{spec.label_en}” has {expected} ({labels_en}) — choose which pasted columns to use",
            )
        )
    for found, rows in sorted(too_narrow.items()):
        missing = [c for c in spec.columns if cmap[c.name] is not None and cmap[c.name] >= found]
        # taking columns in order, a short row means the columns may be shifted: refuse it;
        # with columns chosen (by header or by the user) only a missing required cell is fatal
        level = "error" if how == "position" or any(c.required for c in missing) else "warning"
        miss_th = ", ".join(c.label_th for c in missing)
        miss_en = ", ".join(c.label_en for c in missing)
        if level == "error":
            th_tail, en_tail = "ต้องมีคอลัมน์", "needs the columns"
        else:
            th_tail, en_tail = "ถือว่าว่าง:", "left empty:"
        problems.append(
            PasteProblem(
                None,
                None,
                f"{_rows_th(rows)} มีเพียง {_th(found)} คอลัมน์ ต้องการ {_th(need)} "
                f"คอลัมน์ ({labels_th}) — {th_tail} {miss_th}",
                f"{_rows_en(rows)} {'has' if len(rows) == 1 else 'have'} only {found} columns, expected "
                f"{need} ({labels_en}) — {en_tail} {miss_en}",
                level,
            )
        )
    return problems


def _header_note(result: PasteResult, spec: PasteSpec, cmap) -> PasteProblem:
    parts_th, parts_en = [], []
    for col in spec.columns:
        j = cmap[col.name]
        if j is None:
            parts_th.append(f"{col.label_th} ← (ว่าง)")
            parts_en.append(f"{col.label_en} ← (empty)")
        else:
            parts_th.append(f"{col.label_th} ← คอลัมน์ {_th(j + 1)}")
            parts_en.append(f"{col.label_en} ← column {j + 1}")
    return PasteProblem(
        None,
        None,
        "จับคู่คอลัมน์ตามหัวตารางที่วาง: " + ", ".join(parts_th),
        "columns matched by the pasted header: " + ", ".join(parts_en),
        "warning",
    )


# ---------------------------------------------------------------- one cell


def default_normalize_code(code: str) -> str:
    return code.strip().lower()


def fix_code_ocr(text: str) -> str:
    """An item code as typed or OCR'd: Thai digits to Arabic, "ข้อ o10" -> "o10", and a
    leading zero read for the letter O ("010", "๐11", "03") -> "o10", "o11", "o3"."""
    s = to_arabic_digits(clean_text(text))
    s = re.sub(r"^ข้อ\s*", "", s)
    s = re.sub(r"\s+", "", s).rstrip(".")
    if re.fullmatch(r"0\d+", s):
        s = "o" + s[1:]
    return s


def convert_cell(
    col: PasteColumn,
    raw: str,
    row: int,
    *,
    normalize_code: Callable[[str], str] | None = None,
) -> tuple[object, list[PasteProblem]]:
    """Convert one pasted cell for `col`; `row` (1-based) only names the row in messages."""
    text = clean_text(raw or "")
    empty = text in EMPTY_MARKS
    label_th, label_en = col.label_th, col.label_en
    where_th = f"แถว {_th(row)} คอลัมน์ {label_th}"
    where_en = f"row {row}, column {label_en}"
    shown = text if len(text) <= 40 else text[:39] + "…"

    def problem(th: str, en: str, level: str = "error") -> PasteProblem:
        return PasteProblem(row, col.name, f"{where_th}: {th}", f"{where_en}: {en}", level)

    def required_problem() -> list[PasteProblem]:
        return [problem("ต้องกรอกข้อมูล", "a value is required")] if col.required else []

    kind = col.kind
    if col.parse is not None:
        # the table's own parser decides (one parser for the editor and the paste preview)
        cell = "" if (kind == "money" and text in NO_BUDGET) else text
        try:
            value = col.parse(cell)
        except ValidationError as exc:
            return None, [problem(exc.reason_th, exc.reason_en)]
        probs = []
        if col.choices and value is not None and cell:
            labels = dict(col.choices)
            found = match_choice(cell, labels)
            if found is not None and not found[1]:
                label = labels.get(value, str(value))
                probs.append(problem(f"อ่าน “{shown}” เป็น “{label}”", f"read “{shown}” as “{label}”",
                                     "note"))
        return value, probs

    if kind == "choice":
        labels = dict(col.choices)
        if empty:
            return None, required_problem()
        found = match_choice(text, labels)
        if found is None:
            return None, [problem(f"“{shown}” ไม่อยู่ในรายการที่เลือกได้", f"“{shown}” is not one of the choices")]
        if not found[1]:
            label = labels[found[0]]
            return found[0], [problem(f"อ่าน “{shown}” เป็น “{label}”", f"read “{shown}” as “{label}”", "note")]
        return found[0], []

    if kind == "text":
        if empty:
            return "", required_problem()
        if len(text) > MAX_TEXT:
            return text, [
                problem(
                    f"ข้อความยาวเกิน {_th(f'{MAX_TEXT:,}')} ตัวอักษร",
                    f"the text is longer than {MAX_TEXT:,} characters",
                )
            ]
        return text, []

    if kind == "checkbox":
        low = text.lower()
        if empty or low in CHECK_FALSE:
            return False, []
        if is_checked(raw) or low in CHECK_TRUE or to_arabic_digits(low) in CHECK_TRUE:
            return True, []
        return False, [
            problem(
                f"“{shown}” ไม่ใช่เครื่องหมาย ✓ (ใส่ ✓ หรือเว้นว่าง)",
                f"“{shown}” is not a tick (use ✓ or leave it empty)",
            )
        ]

    if kind == "money" and text in NO_BUDGET:
        return None, required_problem()
    if empty:
        return None, required_problem()

    if kind in ("number", "money", "score"):
        value = parse_number(text, dot_thousands=(kind == "money"))
        if value is None or not value.is_finite():
            return None, [problem(f"“{shown}” ไม่ใช่ตัวเลข", f"“{shown}” is not a number")]
        probs: list[PasteProblem] = []
        if kind == "money":
            if value < 0:
                return None, [problem("จำนวนเงินติดลบไม่ได้", "an amount cannot be negative")]
            if value > MAX_MONEY:
                return None, [problem("จำนวนเงินสูงเกินจริง", "the amount is implausibly large")]
            value = value.quantize(Decimal("0.01"))
            plain = re.sub(r"\s|บาท", "", to_arabic_digits(text))
            if re.fullmatch(r"[1-9]\d{0,2}(\.\d{3})+", plain):
                probs.append(
                    problem(
                        f"อ่าน “{shown}” เป็น {_th(f'{value:,.2f}')} บาท (จุดคั่นหลักพัน)",
                        f"read “{shown}” as {value:,.2f} baht (dot as thousands separator)",
                        "warning",
                    )
                )
            return value, probs
        if kind == "score":
            if not 0 <= value <= 100:
                return None, [
                    problem("คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐", "the score must be between 0 and 100")
                ]
            return round(float(value), 2), []
        # number
        if col.integer and value != value.to_integral_value():
            return None, [problem(f"“{shown}” ต้องเป็นจำนวนเต็ม", f"“{shown}” must be a whole number")]
        lo, hi = col.minimum, col.maximum
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            if lo is not None and hi is not None:
                th = f"ต้องอยู่ระหว่าง {_th(lo)} ถึง {_th(hi)}"
                en = f"must be between {lo} and {hi}"
            elif lo is not None:
                th, en = f"ต้องไม่น้อยกว่า {_th(lo)}", f"must be at least {lo}"
            else:
                th, en = f"ต้องไม่เกิน {_th(hi)}", f"must be at most {hi}"
            return None, [problem(f"“{shown}” {th}", f"“{shown}” {en}")]
        return (int(value) if col.integer else value), []

    if kind == "date":
        value = parse_date(text)
        if value is None:
            return None, [
                problem(
                    f"“{shown}” ไม่ใช่วันที่ (เช่น ๘ ม.ค. ๖๗)",
                    f"“{shown}” is not a date (e.g. 8 ม.ค. 67)",
                )
            ]
        return value, []

    if kind == "code":
        code = fix_code_ocr(text)
        if not code or not re.fullmatch(r"[A-Za-z]{0,3}\d+(\.\d+)*[A-Za-z]?", code):
            return None, [
                problem(
                    f"“{shown}” ไม่ใช่รหัสข้อ (เช่น o10)", f"“{shown}” is not an item code (e.g. o10)"
                )
            ]
        norm = normalize_code or default_normalize_code
        try:
            return norm(code), []
        except ValidationError as exc:
            return None, [problem(exc.reason_th, exc.reason_en)]
        except (ValueError, KeyError):
            return None, [problem(f"ไม่รู้จักรหัส “{shown}”", f"unknown code “{shown}”")]

    raise AssertionError(kind)  # pragma: no cover - kinds are checked in PasteColumn


# ---------------------------------------------------------------- choices, matched tolerantly

# words that real documents add or leave out around the same choice
_FILLERS = ("ประเด็นที่", "ตัวชี้วัดที่", "ของทาง", "ทาง")


def _choice_key(text: str) -> str:
    s = to_arabic_digits(clean_text(str(text))).lower()
    return re.sub(r"[\s.:\-–—/]+", "", s)


def _loose_key(text: str) -> str:
    s = _choice_key(text)
    for w in _FILLERS:
        s = s.replace(w, "" if w != "ของทาง" else "ของ")
    return s


def match_choice(text: str, choices: Mapping[object, str]) -> tuple[object, bool] | None:
    """The choice `text` names, and whether it named it exactly: (value, True) for the value,
    its label, the label's first word or its Thai / English half; (value, False) for a
    tolerant match — the start of a label ("ดำเนินการแล้ว" for "ดำเนินการแล้วเสร็จ"), the
    same words without fillers ("ของทางราชการ" ≈ "ของราชการ", "ต้องพัฒนา" ≈
    "ประเด็นที่ต้องพัฒนา"), or one clearly nearest spelling; None when nothing fits or two
    choices fit equally."""
    key = _choice_key(text)
    if not key:
        return None
    for value, label in choices.items():
        label = str(label)
        names = {str(value), label, label.split(" ", 1)[0], *label.split(" / ")}
        if key in {_choice_key(n) for n in names if n}:
            return value, True

    ambiguous = False

    def unique(hits):
        nonlocal ambiguous
        hits = list(dict.fromkeys(hits))
        ambiguous = ambiguous or len(hits) > 1
        return (hits[0], False) if len(hits) == 1 else None

    found = unique(v for v, lab in choices.items() if _choice_key(lab).startswith(key))
    if found or ambiguous:
        return found
    loose = _loose_key(text)
    found = unique(v for v, lab in choices.items() if _loose_key(lab) == loose)
    if found or ambiguous:
        return found
    if len(loose) >= 4:
        found = unique(v for v, lab in choices.items()
                       if loose in _loose_key(lab) or (len(_loose_key(lab)) >= 4 and _loose_key(lab) in loose))
        if found or ambiguous:
            return found
    ratios = sorted(((difflib.SequenceMatcher(None, loose, _loose_key(lab)).ratio(), i, v)
                     for i, (v, lab) in enumerate(choices.items())), reverse=True)
    if ratios and ratios[0][0] >= 0.8 and (len(ratios) == 1 or ratios[0][0] - ratios[1][0] >= 0.05):
        return ratios[0][2], False
    return None


# ---------------------------------------------------------------- message helpers


def _th(value) -> str:
    return to_thai_digits(str(value))


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for r in sorted(rows):
        if out and r == out[-1][1] + 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


def _rows_th(rows: list[int]) -> str:
    parts = [_th(a) if a == b else f"{_th(a)}–{_th(b)}" for a, b in _ranges(rows)]
    return "แถว " + ", ".join(parts)


def _rows_en(rows: list[int]) -> str:
    parts = [str(a) if a == b else f"{a}–{b}" for a, b in _ranges(rows)]
    return ("row " if len(rows) == 1 else "rows ") + ", ".join(parts)


__all__ = [
    "KINDS",
    "PLAN_SUMMARY_PASTE_SPEC",
    "ColumnPreview",
    "MappedPaste",
    "PasteColumn",
    "PasteError",
    "PasteProblem",
    "PasteResult",
    "PasteSpec",
    "PasteTooLarge",
    "convert_cell",
    "default_normalize_code",
    "detect_header_rows",
    "fix_code_ocr",
    "guess_column_map",
    "map_paste",
    "match_choice",
    "header_match",
    "parse_html_table",
    "parse_markdown",
    "parse_paste",
    "parse_tsv",
]
