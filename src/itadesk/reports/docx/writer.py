"""A thin layer over python-docx that writes Thai the way Word needs it.

Word picks the font and size of a Thai character from the *complex-script* slots of a run
(w:rFonts/@w:cs, w:szCs, w:bCs), not from the Latin ones, so every run here sets all of them:
rFonts ascii/hAnsi/eastAsia/cs, sz and szCs, b and bCs, and w:lang bidi="th-TH". Styles
(Normal, Heading 1–3, Title) carry the same, so text a clerk types later looks the same.

    w = DocxWriter(font="TH Sarabun New", thai_digits=True)
    w.para("ข้อความ", size=16, first_indent_cm=2.5)
    w.table([["ลำดับ", "รายการ"]], [["๑", "โครงการ…"]], widths_cm=[1.5, 14.5])
    w.landscape()                      # the following content on landscape A4 pages
    w.save("out.docx")

Tables are real Word tables: fixed column widths, the header rows marked w:tblHeader (Word
and LibreOffice repeat them on every page), group rows as one merged shaded cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import IO, Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_BREAK,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
    WD_TAB_LEADER,
)
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt

DEFAULT_FONT = "TH Sarabun New"
FALLBACK_FONT = "Sarabun"  # fontTable altName: what Word/LibreOffice use when it is missing
SYMBOL_FONT = "Segoe UI Symbol"  # ☐ ☑ ✓ are not in the Thai fonts
SYMBOLS = "☐☑✓✗"

PORTRAIT_MARGINS = {"left": 3.0, "right": 2.0, "top": 2.5, "bottom": 2.0}
LANDSCAPE_MARGINS = {"left": 2.5, "right": 2.0, "top": 2.5, "bottom": 2.0}
A4 = (21.0, 29.7)
NUMBER_LINE_PT = 18  # exact line height of a memo's "- ๒ -" header (16 pt digits, no marks)

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "thai": WD_ALIGN_PARAGRAPH.THAI_JUSTIFY,  # Word's "Thai distributed" (กระจายแบบไทย)
}

# Characters that cannot go into XML or that must not reach the document: C0/C1 controls
# (but \n, \t), zero-width and bidi format characters, BOM, surrogates, variation selectors.
_DROP = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\ufeff\ufe00-\ufe0f\ud800-\udfff\ufffe\uffff\U000e0000-\U000e01ef]"
)
_SYMBOL_SPLIT = re.compile(f"([{SYMBOLS}]+)")


def clean(text: Any) -> str:
    """User text made writable: line breaks unified, controls and zero-width removed."""
    if text is None:
        return ""
    s = str(text).replace("\r\n", "\n").replace("\r", "\n")
    s = s.replace("\u2028", "\n").replace("\u2029", "\n")
    return _DROP.sub("", s)


@dataclass
class Run:
    """A piece of a paragraph with its own weight/size (official points)."""

    text: str
    bold: bool = False
    size: float | None = None
    underline: str | None = None  # e.g. "dotted"


@dataclass
class Cell:
    """A table cell: paragraphs (each a str or a list of Runs), alignment, shading."""

    paras: list = field(default_factory=list)
    align: str = "left"
    bold: bool = False
    shade: str | None = None


@dataclass
class Hanging:
    """A list line of a cell ("๑. …", "- …"): the marker, a tab, the text; wrapped lines
    start under the text (a hanging indent of `hang_cm`), as the PDF's list paragraphs."""

    marker: str
    text: str
    hang_cm: float


CellValue = str | Cell | list

CELL_MARGIN_DXA = 100  # twentieths of a point: 5 pt left and right of a table cell
# a figure of a numeric column (money, score): what must never wrap
_FIGURE = re.compile(r"[-+(]?[0-9๐-๙][0-9๐-๙,.]*[)%]?")


def _clear_paragraph(p) -> None:
    """Remove a paragraph's runs and fields, keeping its properties."""
    for child in list(p._p):
        if child.tag != qn("w:pPr"):
            p._p.remove(child)


def _plain(value) -> str:
    """The text of a one-line cell value (a str, or a Cell of one str), else ""."""
    if isinstance(value, Cell) and len(value.paras) == 1:
        value = value.paras[0]
    return value.strip() if isinstance(value, str) else ""


def _el(tag: str, **attrs) -> Any:
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


class DocxWriter:
    """One Word document being written. Sizes are official (TH Sarabun) points, multiplied
    by `scale` for another font (the bundled Sarabun draws Thai larger: scale ≈ 0.68)."""

    def __init__(self, font: str = DEFAULT_FONT, scale: float = 1.0, thai_digits: bool = True,
                 body_size: float = 16, table_size: float = 14):
        self.doc = Document()
        self.font = font
        self.scale = float(scale)
        self.thai_digits = thai_digits
        self.body_size = body_size
        self.table_size = table_size
        self.landscape_now = False
        self._setup_styles()
        self._setup_font_table()
        sec = self.doc.sections[0]
        self._page(sec, landscape=False, margins=PORTRAIT_MARGINS)

    # ------------------------------------------------------------------ styles and fonts

    def half_points(self, official: float) -> int:
        return max(2, round(official * self.scale * 2))

    def rpr(self, size: float | None = None, bold: bool = False, font: str | None = None,
            underline: str | None = None, color: str | None = None):
        """A complete w:rPr in schema order: rFonts, b, bCs, color, sz, szCs, u, lang."""
        rpr = OxmlElement("w:rPr")
        name = font or self.font
        rpr.append(_el("w:rFonts", ascii=name, hAnsi=name, eastAsia=name, cs=name))
        if bold:
            rpr.append(_el("w:b"))
            rpr.append(_el("w:bCs"))
        if color:
            rpr.append(_el("w:color", val=color))
        hp = self.half_points(self.body_size if size is None else size)
        rpr.append(_el("w:sz", val=hp))
        rpr.append(_el("w:szCs", val=hp))
        if underline:
            rpr.append(_el("w:u", val=underline))
        # w:val is the language of Latin text (LibreOffice breaks a Latin word tagged th-TH
        # with the Thai dictionary: "Assess|ment"); Thai is complex script: w:bidi
        rpr.append(_el("w:lang", val="en-US", eastAsia="th-TH", bidi="th-TH"))
        return rpr

    def _setup_styles(self) -> None:
        styles = self.doc.styles
        root = styles.element
        # document defaults: Thai font and size, single spacing, no space after
        defaults = root.find(qn("w:docDefaults"))
        rpr_default = defaults.find(qn("w:rPrDefault"))
        for old in list(rpr_default):
            rpr_default.remove(old)
        rpr_default.append(self.rpr(self.body_size))
        ppr_default = defaults.find(qn("w:pPrDefault"))
        if ppr_default is not None:
            for old in list(ppr_default):
                ppr_default.remove(old)
            ppr = OxmlElement("w:pPr")
            ppr.append(_el("w:spacing", after=0, line=240, lineRule="auto"))
            ppr_default.append(ppr)
        spec = {
            "Normal": (self.body_size, False),
            "Title": (29, True),
            "Heading 1": (20, True),
            "Heading 2": (18, True),
            "Heading 3": (self.body_size, True),
            "TOC Heading": (20, True),
        }
        for name, (size, bold) in spec.items():
            try:
                st = styles[name]
            except KeyError:
                continue
            el = st.element
            old = el.find(qn("w:rPr"))
            if old is not None:
                el.remove(old)
            el.append(self.rpr(size, bold=bold))
            pf = st.paragraph_format
            pf.space_after = Pt(0) if name == "Normal" else Pt(3 * self.scale)
            if name.startswith("Heading"):
                pf.space_before = Pt(6 * self.scale)
                pf.keep_with_next = True
            if name == "Title":
                pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
                ppr = el.find(qn("w:pPr"))
                if ppr is not None:  # the template's Title has a blue bottom border
                    for b in ppr.findall(qn("w:pBdr")):
                        ppr.remove(b)
        for name in ("toc 1", "toc 2"):
            try:
                st = styles[name]
            except KeyError:
                from docx.enum.style import WD_STYLE_TYPE

                st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                st.base_style = styles["Normal"]
            el = st.element
            old = el.find(qn("w:rPr"))
            if old is not None:
                el.remove(old)
            el.append(self.rpr(self.body_size))
            if name == "toc 2":
                st.paragraph_format.left_indent = Cm(1.0)

    def _setup_font_table(self) -> None:
        """Declare the Thai font (charset DE = Thai) with Sarabun as its alternative name,
        the name Word and LibreOffice try when the PC lacks TH Sarabun New."""
        for rel in self.doc.part.rels.values():
            if rel.reltype != RT.FONT_TABLE:
                continue
            part = rel.target_part
            from lxml import etree

            tree = etree.fromstring(part.blob)
            w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            for f in tree.findall(f"{{{w}}}font"):
                if f.get(f"{{{w}}}name") == self.font:
                    tree.remove(f)
            font = etree.SubElement(tree, f"{{{w}}}font")
            font.set(f"{{{w}}}name", self.font)
            if self.font != FALLBACK_FONT:
                etree.SubElement(font, f"{{{w}}}altName").set(f"{{{w}}}val", FALLBACK_FONT)
            etree.SubElement(font, f"{{{w}}}charset").set(f"{{{w}}}val", "DE")
            etree.SubElement(font, f"{{{w}}}family").set(f"{{{w}}}val", "swiss")
            etree.SubElement(font, f"{{{w}}}pitch").set(f"{{{w}}}val", "variable")
            part._blob = etree.tostring(tree, xml_declaration=True, encoding="UTF-8",
                                        standalone=True)

    # ------------------------------------------------------------------ pages

    def _page(self, sec, landscape: bool, margins: dict) -> None:
        short, long_ = Cm(A4[0]), Cm(A4[1])
        sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = (long_, short) if landscape else (short, long_)
        sec.left_margin = Cm(margins["left"])
        sec.right_margin = Cm(margins["right"])
        sec.top_margin = Cm(margins["top"])
        sec.bottom_margin = Cm(margins["bottom"])
        sec.header_distance = Cm(min(1.25, margins["top"] - 0.5))
        sec.footer_distance = Cm(1.0)
        self.landscape_now = landscape

    @property
    def text_width_cm(self) -> float:
        sec = self.doc.sections[-1]
        return Emu(sec.page_width - sec.left_margin - sec.right_margin).cm

    def new_section(self, landscape: bool, margins: dict | None = None) -> None:
        """Continue on a new page, portrait or landscape (headers and the page count go on
        from the previous section unless a page-number method says otherwise)."""
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        pg = sec._sectPr.find(qn("w:pgNumType"))
        if pg is not None and pg.get(qn("w:start")) is not None:  # cloned from the last
            del pg.attrib[qn("w:start")]
        # a section that goes on counting numbers its first page too (a landscape table's
        # first page was left without its number: the first-page flag was cloned)
        sec.different_first_page_header_footer = False
        self._page(sec, landscape, margins or (LANDSCAPE_MARGINS if landscape
                                               else PORTRAIT_MARGINS))

    def landscape(self) -> None:
        self.new_section(True)

    def portrait(self) -> None:
        self.new_section(False)

    def set_margins(self, margins: dict) -> None:
        self._page(self.doc.sections[-1], self.landscape_now, margins)

    def page_break(self) -> None:
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def page_numbers(self, first_page: bool = False) -> None:
        """'- ๒ -' centred at the top of every page of the document but the first (the
        typing guide's rule); sections added later inherit the header."""
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = not first_page
        self._page_number_format(sec)
        self._number_paragraph(sec.header.paragraphs[0])

    def restart_page_numbers(self) -> None:
        """The last section counts its pages from 1 again with the standard '- ๒ -' header
        (a report printed behind its memo, as the PDF's RestartPageNumbers)."""
        sec = self.doc.sections[-1]
        self._page_number_format(sec, restart=True)
        sec.different_first_page_header_footer = True  # its page 1 unnumbered, as the PDF
        sec.header.is_linked_to_previous = False
        self._number_paragraph(sec.header.paragraphs[0])

    def no_page_numbers(self, index: int = 0) -> None:
        """Section `index` prints no page numbers (D5's cover and front matter)."""
        sec = self.doc.sections[index]
        for p in sec.header.paragraphs:
            _clear_paragraph(p)

    def continuation_pages(self, number_top_cm: float, body_top_cm: float,
                           restart: bool = True) -> None:
        """The last section's first page keeps its own top margin and no page number; its
        following pages get '- ๒ -' centred `number_top_cm` from the top edge and their
        text from `body_top_cm` (the memo: the Garuda 1.5 cm from the top on page 1, the
        standard 2.5 cm margin after). A Word section has one top margin, so the
        continuation pages' header is made tall enough to reach `body_top_cm`: Word and
        LibreOffice start the text below a header that overruns the margin. Its line has an
        exact height, so where it ends does not depend on the font's metrics; the first
        page's header is one empty 1 pt line that stays inside the margin."""
        sec = self.doc.sections[-1]
        sec.different_first_page_header_footer = True
        self._page_number_format(sec, restart=restart)
        line = Pt(NUMBER_LINE_PT)
        distance = Emu(Cm(number_top_cm) - line // 2)
        sec.header_distance = distance
        sec.header.is_linked_to_previous = False
        p = sec.header.paragraphs[0]
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
        pf.space_before = Pt(0)
        pf.space_after = Emu(max(0, Cm(body_top_cm) - distance - line))
        self._number_paragraph(p)
        first = sec.first_page_header
        first.is_linked_to_previous = False
        fp = first.paragraphs[0]
        _clear_paragraph(fp)
        fpf = fp.paragraph_format
        fpf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fpf.line_spacing = Pt(1)
        fpf.space_before = fpf.space_after = Pt(0)

    def _page_number_format(self, sec, restart: bool = False) -> None:
        """Thai-digit PAGE fields (w:pgNumType fmt="thaiNumbers") when the setting says so;
        `restart`: the section counts from 1."""
        if not (self.thai_digits or restart):
            return
        sectpr = sec._sectPr
        pg = sectpr.find(qn("w:pgNumType"))
        if pg is None:
            pg = _el("w:pgNumType")
            # schema order: ... pgSz, pgMar, paperSrc, pgBorders, lnNumType, pgNumType, cols
            cols = sectpr.find(qn("w:cols"))
            if cols is not None:
                cols.addprevious(pg)
            else:
                sectpr.append(pg)
        if self.thai_digits:
            pg.set(qn("w:fmt"), "thaiNumbers")
        if restart:
            pg.set(qn("w:start"), "1")

    def _number_paragraph(self, p) -> None:
        """'- PAGE -' centred in `p` (what it held before is replaced)."""
        _clear_paragraph(p)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._run(p, Run("- "))
        self.field(p, "PAGE", "๒" if self.thai_digits else "2")
        self._run(p, Run(" -"))

    def field(self, p, instr: str, cached: str = "") -> None:
        """A complex field (PAGE, TOC …) with its cached result."""

        def fld(kind):
            r = OxmlElement("w:r")
            r.append(self.rpr())
            r.append(_el("w:fldChar", fldCharType=kind))
            return r

        p._p.append(fld("begin"))
        r = OxmlElement("w:r")
        r.append(self.rpr())
        t = OxmlElement("w:instrText")
        t.set(qn("xml:space"), "preserve")
        t.text = f" {instr} "
        r.append(t)
        p._p.append(r)
        p._p.append(fld("separate"))
        if cached:
            self._run(p, Run(cached))
        p._p.append(fld("end"))

    def update_fields_on_open(self) -> None:
        """Ask Word to refresh fields (the table of contents' page numbers) on opening."""
        settings = self.doc.settings.element
        if settings.find(qn("w:updateFields")) is None:
            settings.append(_el("w:updateFields", val="true"))

    # ------------------------------------------------------------------ text

    def _run(self, p, run: Run, default_size: float | None = None, default_bold=False):
        text = clean(run.text)
        size = run.size if run.size is not None else default_size
        bold = run.bold or default_bold
        for k, piece in enumerate(_SYMBOL_SPLIT.split(text)):
            if not piece:
                continue
            r = p.add_run(piece)
            font = SYMBOL_FONT if k % 2 else None
            r._r.insert(0, self.rpr(size, bold=bold, font=font, underline=run.underline))
        return p

    def runs(self, p, content, size: float | None = None, bold: bool = False):
        """Add `content` (str, Run or list of them) to paragraph `p`."""
        if isinstance(content, (str, Run)):
            content = [content]
        for piece in content:
            run = piece if isinstance(piece, Run) else Run(str(piece))
            self._run(p, run, size, bold)
        return p

    def para(self, content="", *, size: float | None = None, bold: bool = False,
             align: str = "left", first_indent_cm: float = 0, left_indent_cm: float = 0,
             space_before: float = 0, space_after: float = 0, keep_with_next: bool = False,
             style: str | None = None, container=None, tabs: Sequence[tuple] = ()):
        """A paragraph of `content`; `tabs`: (position cm, "left"|"center"|"right",
        leader "dot"|None)."""
        target = container if container is not None else self.doc
        p = target.add_paragraph(style=style) if style else target.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = ALIGN[align]
        if first_indent_cm:
            pf.first_line_indent = Cm(first_indent_cm)
        if left_indent_cm:
            pf.left_indent = Cm(left_indent_cm)
        if space_before:
            pf.space_before = Pt(space_before * self.scale)
        if space_after:
            pf.space_after = Pt(space_after * self.scale)
        if keep_with_next:
            pf.keep_with_next = True
        for pos, kind, leader in tabs:
            pf.tab_stops.add_tab_stop(
                Cm(pos), {"left": WD_TAB_ALIGNMENT.LEFT, "center": WD_TAB_ALIGNMENT.CENTER,
                          "right": WD_TAB_ALIGNMENT.RIGHT}[kind],
                WD_TAB_LEADER.DOTS if leader == "dot" else WD_TAB_LEADER.SPACES)
        if style and (style.startswith("Heading") or style == "Title"):
            bold = True
        self.runs(p, content, size=size, bold=bold)
        return p

    def paras(self, text: str, **kw) -> list:
        """The clerk's text: blank lines separate paragraphs, single newlines break lines."""
        out = []
        for block in [b.strip() for b in clean(text).split("\n\n") if b.strip()]:
            out.append(self.para(block, **kw))
        return out

    def heading(self, text: str, level: int = 1, align: str = "left"):
        size = {1: 20, 2: 18}.get(level, self.body_size)
        p = self.para(text, size=size, bold=True, style=f"Heading {level}", align=align,
                      keep_with_next=True, space_before=6 if level < 3 else 4,
                      space_after=3 if level < 3 else 1)
        return p

    def spacer(self, pt: float = 8) -> None:
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        fmt = p.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(max(1.0, pt * self.scale))

    def picture(self, data: bytes, width_cm: float, align: str = "center") -> None:
        p = self.doc.add_paragraph()
        p.paragraph_format.alignment = ALIGN[align]
        p.add_run().add_picture(BytesIO(data), width=Cm(width_cm))

    # ------------------------------------------------------------------ tables

    def table(self, header_rows: Sequence[Sequence[CellValue]], rows: Iterable[Sequence[CellValue]],
              widths_cm: Sequence[float], *, numeric_cols: Iterable[int] = (),
              center_cols: Iterable[int] = (), spans: Sequence[tuple] = (),
              group_shade: str = "F2F2F2", header_shade: str = "E6E6E6"):
        """A Word table. A row with a single value is a group row: one merged shaded cell
        across the table. `spans`: ((col0, row0), (col1, row1)) merges, rows counted from
        the first header row as in ReportLab. Header rows repeat on every page."""
        ncols = len(widths_cm)
        numeric, center = set(numeric_cols), set(center_cols)
        rows = [list(r) for r in rows]
        widths_cm = self.fit_figures(rows, widths_cm, numeric, center)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        tblpr = t._tbl.tblPr
        layout = _el("w:tblLayout", type="fixed")
        # cell margins as the PDF's (about 5 pt left and right, as the seeds' tables)
        mar = _el("w:tblCellMar")
        for side in ("top", "left", "bottom", "right"):
            mar.append(_el(f"w:{side}", w=0 if side in ("top", "bottom") else CELL_MARGIN_DXA,
                           type="dxa"))
        look = tblpr.find(qn("w:tblLook"))
        if look is not None:
            look.addprevious(layout)
            look.addprevious(mar)
        else:
            tblpr.append(layout)
            tblpr.append(mar)
        for i, w in enumerate(widths_cm):
            t.columns[i].width = Cm(w)
        for hr in header_rows:
            row = t.add_row()
            self._row_props(row, header=True)
            for c in range(ncols):
                value = hr[c] if c < len(hr) else ""
                self._fill(row.cells[c], value, Cm(widths_cm[c]), align="center", bold=True,
                           shade=header_shade)
        for values in rows:
            values = list(values)
            row = t.add_row()
            self._row_props(row, header=False)
            if len(values) == 1 and ncols > 1:  # group row
                for c in range(ncols):
                    row.cells[c].width = Cm(widths_cm[c])
                cell = row.cells[0].merge(row.cells[ncols - 1])
                self._fill(cell, values[0], Cm(sum(widths_cm)), align="left", bold=True,
                           shade=group_shade)
                continue
            for c in range(ncols):
                value = values[c] if c < len(values) else ""
                align = "right" if c in numeric else "center" if c in center else "left"
                self._fill(row.cells[c], value, Cm(widths_cm[c]), align=align)
        for (c0, r0), (c1, r1) in spans:
            if c0 < 0:
                c0 += ncols
            if c1 < 0:
                c1 += ncols
            a, b = t.cell(r0, c0), t.cell(r1, c1)
            if a._tc is b._tc:
                continue
            keep = [p for p in a.paragraphs]
            merged = a.merge(b)
            # python-docx appends the other cells' empty paragraphs: keep only real ones
            for p in list(merged.paragraphs):
                if p not in keep and not p.text and len(merged.paragraphs) > 1:
                    p._p.getparent().remove(p._p)
            if r1 > r0:
                merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        # Word needs a paragraph between two tables: a thin one (2 pt), so that a table
        # ending at the foot of a page does not push an empty line onto the next page
        gap = self.doc.add_paragraph().paragraph_format
        gap.space_after = Pt(0)
        gap.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        gap.line_spacing = Pt(2)
        return t

    def fit_figures(self, rows: list[list], widths_cm: Sequence[float], numeric: set[int],
                    keep: set[int]) -> list[float]:
        """Column widths with which the widest figure of each numeric column fits on one
        line (as the PDF's Typesetter.fit_figures): the width is taken from the text
        columns, at most a fifth of each, widest first. Figures are measured in the bundled
        Sarabun at this document's equivalent size (the official-point scale)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from itadesk.reports import fonts

        widths = [float(w) for w in widths_cm]
        family = fonts.get_family("Sarabun")
        size = self.table_size * family.scale  # (bold totals: a little air below)
        pad_cm = (2 * CELL_MARGIN_DXA / 20 + 3) / 72 * 2.54
        need: dict[int, float] = {}
        for j in numeric:
            texts = [t for r in rows if j < len(r) and (t := _plain(r[j]))
                     and _FIGURE.fullmatch(t)]
            if not texts:
                continue
            w = max(stringWidth(t, family.bold, size) for t in texts) / 72 * 2.54
            if w + pad_cm > widths[j]:
                need[j] = w + pad_cm
        donors = sorted((j for j in range(len(widths)) if j not in numeric and j not in keep),
                        key=lambda j: -widths[j])
        spare = {j: widths[j] * 0.2 for j in donors}
        for j, w in need.items():
            missing = w - widths[j]
            for d in donors:
                take = min(spare[d], missing)
                if take > 0:
                    spare[d] -= take
                    widths[d] -= take
                    widths[j] += take
                    missing -= take
        return widths

    def _row_props(self, row, header: bool) -> None:
        trpr = row._tr.get_or_add_trPr()
        if header:
            trpr.append(_el("w:cantSplit"))
            trpr.append(_el("w:tblHeader"))

    def _fill(self, cell, value: CellValue, width, align: str = "left", bold: bool = False,
              shade: str | None = None) -> None:
        cell.width = width
        if isinstance(value, Cell):
            paras, align, bold = value.paras, value.align or align, value.bold or bold
            shade = value.shade or shade
        elif isinstance(value, list):
            paras = value
        else:
            paras = [value]
        first = cell.paragraphs[0]
        for k, content in enumerate(paras or [""]):
            p = first if k == 0 else cell.add_paragraph()
            p.paragraph_format.alignment = ALIGN[align]
            p.paragraph_format.space_after = Pt(0)
            if isinstance(content, Hanging):
                pf = p.paragraph_format
                pf.left_indent = Cm(content.hang_cm)
                pf.first_line_indent = Cm(-content.hang_cm)
                pf.tab_stops.add_tab_stop(Cm(content.hang_cm))
                content = f"{content.marker}\t{content.text}"
            self.runs(p, content if content is not None else "", size=self.table_size,
                      bold=bold)
        if shade:
            tcpr = cell._tc.get_or_add_tcPr()
            shd = _el("w:shd", val="clear", color="auto", fill=shade)
            # schema order: tcW, gridSpan, vMerge/hMerge, tcBorders, shd, noWrap, tcMar, …
            anchor = None
            for tag in ("w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders"):
                found = tcpr.find(qn(tag))
                if found is not None:
                    anchor = found
            if anchor is not None:
                anchor.addnext(shd)
            else:
                tcpr.insert(0, shd)

    # ------------------------------------------------------------------ output

    def core(self, title: str, author: str, subject: str = "") -> None:
        cp = self.doc.core_properties
        cp.title, cp.author, cp.subject = title[:250], author[:250], subject[:250]
        cp.language = "th-TH"
        cp.comments = "itadesk"

    def to_bytes(self) -> bytes:
        buf = BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

    def save(self, out: str | Path | IO[bytes]) -> Path | None:
        """Write the document whole or not at all (see reports.render.write_output)."""
        from itadesk.reports.render import write_output

        return write_output(self.to_bytes(), out)
