"""The one object document modules use to set Thai text: fonts, styles, paragraphs, tables.

    ts = Typesetter(font="Sarabun", thai_digits=True)
    story = [ts.para("ข้อความจากผู้ใช้ <ไม่ใช่แท็ก> & อื่น ๆ", "body_indent"),
             ts.table([["ลำดับ", "รายการ", "งบประมาณ"]], rows, [1.5*cm, 10*cm, 4.5*cm],
                      numeric_cols=[2])]

Every string goes into a shaped Paragraph (cells, headers, page numbers too): ReportLab only
shapes Paragraphs, and unshaped Thai prints tone marks inside upper vowels.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle

from itadesk.reports import fonts, rlhooks
from itadesk.reports.formats import NumberFormats
from itadesk.reports.styles import StyleError, build_styles, load_sheet

rlhooks.install()

NO_DATA = "ไม่มีข้อมูล"

# Removed from user text: C0/C1 controls (but \n, \t), format characters (zero-width
# space/joiners, BOM, bidi marks, soft hyphen), surrogates, variation selectors.
_DROP = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\ufeff\ufe00-\ufe0f\ud800-\udfff\U000e0000-\U000e01ef]"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
_TAG_SPLIT = re.compile(r"(<[^>]*>)")
# a figure of a numeric column (money, score, count): what must never wrap
_FIGURE = re.compile(r"[-+(]?[0-9๐-๙][0-9๐-๙,.]*[)%]?")


class OfficeTable(LongTable):
    """A LongTable whose rows split across pages only when they are tall.

    ReportLab's in-row splitting (`splitByRow=0, splitInRow=<min height>`, needed for one
    header per page and for cells longer than a page: THAI-PDF.md) cuts ANY row that meets
    the page bottom, so a three-line row ended up with one line on each page. Here a row
    lower than `keep_fraction` of the frame moves whole to the next page (the table is split
    before it); only taller rows are split inside, as before."""

    keep_fraction = 1 / 3

    def _frame_height(self) -> float | None:
        frame = self._doctemplateAttr("frame")
        return getattr(frame, "_height", None)

    def _row_at(self, avail_height: float) -> int | None:
        """Index of the first row that does not fit in `avail_height`."""
        h = 0.0
        for i, rh in enumerate(self._rowHeights):
            h += rh
            if h > avail_height:
                return i
        return None

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        n = self._row_at(availHeight)
        frame_h = self._frame_height()
        parts = None
        if n is not None and frame_h and self._rowHeights[n] < frame_h * self.keep_fraction:
            parts = self._splitRows(availHeight, doInRowSplit=0)
            if not parts and not getattr(self, "_postponed", 0):
                # the row (or the header and the first row) cannot start on this page:
                # move the table on; on the next page the usual rules apply
                return []
        if not parts:
            parts = super().split(availWidth, availHeight)
        for p in parts:
            if isinstance(p, OfficeTable):
                p.keep_fraction = self.keep_fraction
        return parts


class Typesetter(NumberFormats):
    """Fonts + house styles + helpers for one document.

    `font`: "Sarabun" (bundled) or an installed "TH Sarabun New" / "TH SarabunIT๙" /
    "TH Sarabun PSK" (FontError when missing). `thai_digits`: the user's setting, applied
    by `digits()`, dates, money, page numbers and table numbers.
    """

    def __init__(self, font: str = fonts.BUNDLED_FAMILY, thai_digits: bool = True,
                 sheet: Path | str | dict | None = None):
        self.family = fonts.get_family(font)
        self.thai_digits = bool(thai_digits)
        self.sheet = sheet if isinstance(sheet, dict) else load_sheet(sheet)
        self.styles = build_styles(self.family, self.sheet)
        self.page = dict(self.sheet.get("page") or {})
        self.table_conf = dict(self.sheet.get("table") or {})
        self._derived: dict[tuple, ParagraphStyle] = {}
        self._fb_cache: dict[str, str] = {}

    @property
    def fallback(self) -> fonts.FontFamily:
        """The whole fallback font, registered when a text first needs a character that
        neither the main font nor the symbol subset has (reading DejaVu Sans costs ~20 ms)."""
        return fonts.register_fallback()

    # ------------------------------------------------------------ sizes and styles

    @property
    def font_name(self) -> str:
        return self.family.regular

    def size(self, official_pt: float) -> float:
        """PDF points for a size in official (TH Sarabun) points."""
        return self.family.size(official_pt)

    def style(self, name: str | ParagraphStyle = "body", **overrides) -> ParagraphStyle:
        """A house style by name, optionally with ReportLab attribute overrides
        (e.g. alignment=TA_CENTER, firstLineIndent=0): derived styles are cached."""
        if isinstance(name, ParagraphStyle):
            base = name
        else:
            try:
                base = self.styles[name]
            except KeyError:
                raise StyleError(f"ไม่มีรูปแบบชื่อ {name}", f"unknown style {name!r}") from None
        if not overrides:
            return base
        key = (base.name, tuple(sorted(overrides.items())))
        st = self._derived.get(key)
        if st is None:
            st = base.clone(f"{base.name}+{len(self._derived)}", **overrides)
            for attr in ("official_size", "official_leading", "toc_level"):
                setattr(st, attr, getattr(base, attr, None))
            self._derived[key] = st
        return st

    # ------------------------------------------------------------ text

    def clean(self, text: Any) -> str:
        """User text made printable: controls/zero-width removed, tabs to spaces."""
        if text is None:
            return ""
        s = str(text)
        s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace(
            "\u2029", "\n")
        s = _DROP.sub("", s)
        return s.replace("\t", " ")

    def escape(self, text: Any) -> str:
        """Plain user text -> Paragraph markup: < & > escaped, newlines as <br/>, characters
        the font lacks set in the fallback font (□ if no font has them)."""
        s = self._fallback_runs(self.clean(text))
        return s.replace("\n", "<br/>")

    def _fallback_runs(self, s: str, escape: bool = True) -> str:
        """Text -> markup: characters missing from the main font wrapped in
        <font name=fallback>; the rest escaped (when `escape`)."""
        missing = set(s).difference(self.family.cmap)
        missing.discard("\n")
        if not escape:
            missing.difference_update("<>&;#")
        if not missing:
            return html.escape(s, quote=False) if escape else s
        out = []
        for ch in s:
            if ch in missing:
                rep = self._fb_cache.get(ch)
                if rep is None:
                    rep = self._fallback_run(ch)
                    self._fb_cache[ch] = rep
                out.append(rep)
            else:
                out.append(html.escape(ch, quote=False) if escape else ch)
        return "".join(out)

    def _fallback_run(self, ch: str) -> str:
        """Markup for one character the main font lacks: from the symbol subset when it has
        it, else from the whole fallback font, else □ (from the subset)."""
        sym = fonts.register_symbols()
        usable = unicodedata.category(ch) != "Co"
        if usable and sym.has_char(ch):
            return f'<font name="{sym.regular}">{ch}</font>'
        fb = self.fallback
        if usable and fb.has_char(ch):
            return f'<font name="{fb.regular}">{ch}</font>'
        return f'<font name="{sym.regular}">{fonts.MISSING_GLYPH}</font>'

    def para(self, text: Any, style: str | ParagraphStyle = "body", *, digits: bool = False,
             **overrides) -> Paragraph:
        """A Paragraph from PLAIN user text (never interpreted as markup, never crashes).

        `digits=True` applies the Thai-digit setting to the text first."""
        s = self.clean(text)
        if digits:
            s = self.digits(s)
        return Paragraph(self.escape(s), self.style(style, **overrides))

    def markup(self, xml: str, style: str | ParagraphStyle = "body", **overrides) -> Paragraph:
        """A Paragraph from TRUSTED ReportLab markup (<b>, <i>, <br/>, <font>...); text between
        tags still gets the symbol fallback and zero-width cleanup."""
        parts = _TAG_SPLIT.split(self.clean(xml).replace("\n", " "))
        s = "".join(p if p.startswith("<") else self._fallback_runs(p, escape=False)
                    for p in parts)
        return Paragraph(s, self.style(style, **overrides))

    def spacer(self, official_pt: float) -> Spacer:
        return Spacer(1, self.size(official_pt))

    # ------------------------------------------------------------ tables

    def cell(self, value: Any, style: str = "table_cell") -> Flowable:
        """A table cell: flowables as they are, numbers formatted (right-aligned), dates
        short, everything else a shaped Paragraph of plain text."""
        if isinstance(value, Flowable):
            return value
        if isinstance(value, list) and all(isinstance(v, Flowable) for v in value):
            return value
        if isinstance(value, bool):
            value = "✓" if value else ""
        elif isinstance(value, int):
            return self.para(self.number(value, 0), "table_cell_right")
        elif isinstance(value, (float, Decimal)):
            return self.para(self.money(value), "table_cell_right")
        elif isinstance(value, date):
            value = self.date_short(value)
        return self.para(value, style)

    def table(self, header_rows: Sequence[Sequence[Any]], rows: Iterable[Sequence[Any]],
              col_widths: Sequence[float], *, numeric_cols: Iterable[int] = (),
              center_cols: Iterable[int] = (), repeat_header: bool = True,
              empty_text: str | None = NO_DATA, spans: Iterable[tuple] = (),
              extra_style: Iterable[tuple] = (), zebra: bool = False,
              title: Flowable | None = None) -> LongTable:
        """A LongTable of shaped cells with a grid, the header rows repeated once at the top
        of every page, short rows kept whole, tall rows split across pages (`OfficeTable`).

        `numeric_cols`/`center_cols`: column indexes set right/centre aligned. `spans`:
        ReportLab SPAN commands' (start, stop) pairs. With no rows, one row saying
        "ไม่มีข้อมูล" (`empty_text`) spans the table."""
        header_rows = [list(r) for r in header_rows]
        ncols = len(col_widths)
        numeric, center = set(numeric_cols), set(center_cols)
        rows = [_pad(list(r), ncols) for r in rows]
        for r in rows:
            for j in numeric:
                if isinstance(r[j], str):
                    r[j] = self.digits(r[j])
        # figures (money, scores, the ลำดับ numbers of centred columns) never wrap
        col_widths, sizes = self.fit_figures(rows, col_widths, numeric | center, center,
                                             header_rows)
        data: list[list] = []
        if title is not None:  # a title row over the header, repeated with it on every page
            data.append([title] + [""] * (ncols - 1))
        for r in header_rows:
            data.append([self.cell(v, "table_header") for v in _pad(r, ncols)])
        nhead = len(data)
        top = 1 if title is not None else 0
        for r in rows:
            out = []
            for j, v in enumerate(r):
                st = ("table_cell_right" if j in numeric else
                      "table_cell_center" if j in center else "table_cell")
                if j in sizes and isinstance(v, str):
                    size = sizes[j]
                    st = self.style(st, fontSize=size, leading=size * 1.5)
                out.append(self.cell(v, st))
            data.append(out)
        cmds = list(self.grid_style(nhead - top, top))
        if title is not None:
            cmds += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0),
                     ("RIGHTPADDING", (0, 0), (-1, 0), 0), ("BOTTOMPADDING", (0, 0), (-1, 0),
                                                            self.size(6))]
        if len(data) == nhead and empty_text is not None:
            data.append([self.para(empty_text, "table_empty")] + [""] * (ncols - 1))
            cmds.append(("SPAN", (0, nhead), (-1, nhead)))
        if zebra:
            for i in range(nhead + 1, len(data), 2):
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f5f5f5")))
        for (c0, r0), (c1, r1) in spans:  # rows counted from the first header row
            cmds.append(("SPAN", (c0, r0 + top), (c1, r1 + top)))
        cmds.extend(extra_style)
        # splitByRow=0 + splitInRow=<min height>: one header per page and tall cells that
        # flow on (THAI-PDF.md: splitByRow=1/splitInRow=1 repeats the header mid-page).
        # Rows lower than keep_rows_fraction of the page's frame move whole to the next page.
        t = OfficeTable(data, colWidths=list(col_widths),
                        repeatRows=nhead if repeat_header else 0,
                        splitByRow=0, splitInRow=int(self.table_conf.get("split_in_row", 40)),
                        style=TableStyle(cmds), hAlign="LEFT")
        t.keep_fraction = float(self.table_conf.get("keep_rows_fraction", 1 / 3))
        return t

    def cell_padding(self) -> float:
        """Left/right cell padding in points on paper (about 5 pt, as the seeds' tables)."""
        conf = self.table_conf
        if "padding_lr_pt" in conf:
            return float(conf["padding_lr_pt"])
        return self.size(float(conf.get("padding", 3)))

    def fit_figures(self, rows: list[list], col_widths: Sequence[float], numeric: set[int],
                    keep: set[int] = frozenset(), header_rows: Sequence[Sequence] = ()
                    ) -> tuple[list[float], dict[int, float]]:
        """Column widths (and, where that is not enough, smaller font sizes) with which every
        figure of a numeric column fits on one line: money and scores never wrap.

        A numeric column narrower than its widest figure (plus padding and a little air, so
        digits stay clear of the rules) takes the width from the text columns (at most a
        fifth of each, widest first); what is still missing is made up by setting that
        column's figures smaller. Returns (widths, {column: font size})."""
        widths = [float(w) for w in col_widths]
        if not numeric or not rows:
            return widths, {}
        st = self.style("table_cell_right")
        pad = 2 * self.cell_padding() + 2.0
        need: dict[int, float] = {}
        figw: dict[int, float] = {}
        for j in numeric:
            texts = [t for r in rows if j < len(r) and isinstance(r[j], str)
                     and _FIGURE.fullmatch(t := self.clean(r[j]))]
            if texts:
                from reportlab.pdfbase.pdfmetrics import stringWidth

                figw[j] = w = max(stringWidth(t, st.fontName, st.fontSize) for t in texts)
                # a one-word header over the figures ("ลำดับ") is not cut in two either
                hs = self.style("table_header")
                for hr in header_rows:
                    h = self.clean(hr[j]) if j < len(hr) and isinstance(hr[j], str) else ""
                    if h and not any(c.isspace() for c in h) and len(h) <= 8:
                        w = max(w, stringWidth(h, hs.fontName, hs.fontSize))
                if w + pad > widths[j]:
                    need[j] = w + pad
        if not need:
            return widths, {}
        donors = sorted((j for j in range(len(widths)) if j not in numeric and j not in keep),
                        key=lambda j: -widths[j])
        spare = {j: widths[j] * 0.2 for j in donors}
        sizes: dict[int, float] = {}
        for j, w in need.items():
            missing = w - widths[j]
            for d in donors:
                take = min(spare[d], missing)
                if take <= 0:
                    continue
                spare[d] -= take
                widths[d] -= take
                widths[j] += take
                missing -= take
                if missing <= 0.01:
                    break
            if missing > 0.01 and figw[j] + pad > widths[j]:
                # not enough room: smaller figures in this column
                sizes[j] = st.fontSize * (widths[j] - pad) / figw[j]
        return widths, sizes

    def empty_table(self, header_rows: Sequence[Sequence[Any]], col_widths: Sequence[float],
                    text: str = NO_DATA) -> LongTable:
        """A table with its header and one spanning row saying there is no data."""
        return self.table(header_rows, [], col_widths, empty_text=text)

    def grid_style(self, header_rows: int = 1, top: int = 0) -> list[tuple]:
        """The grid, padding and header shading of a table whose header starts at row `top`
        (a title row above it has no rules)."""
        conf = self.table_conf
        pad = self.size(float(conf.get("padding", 3)))
        lr = self.cell_padding()
        gw = float(conf.get("grid_width", 0.5))
        gc = colors.HexColor(conf.get("grid_color", "#000000"))
        cmds = [
            ("GRID", (0, top), (-1, -1), gw, gc),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), lr),
            ("RIGHTPADDING", (0, 0), (-1, -1), lr),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]
        if header_rows:
            cmds += [
                ("VALIGN", (0, top), (-1, top + header_rows - 1), "MIDDLE"),
                ("BACKGROUND", (0, top), (-1, top + header_rows - 1),
                 colors.HexColor(conf.get("header_background", "#e6e6e6"))),
            ]
        return cmds


def _pad(row: list, n: int) -> list:
    return (row + [""] * (n - len(row)))[:n] if len(row) != n else row
