"""Evidence links (D3, D4) as a clerk wants them on paper and on screen: clickable in the PDF
(a link annotation on every printed line of it), printed whole where they fit, and otherwise
broken only after / . ? & = -- never inside a word of the path, so a link read off the page
can be typed again. Only a piece longer than the whole line is cut where the line ends.

    Link("https://example.go.th/o1", label="หลักฐาน:")   # plain content (common.pdf_cell)
    LinkParagraph(ts, link, "table_cell")                  # the PDF cell: lines laid per width

The line breaks are computed here for the width the table gives the cell (at wrap time) and
put in as <br/>: ReportLab by itself breaks only at spaces, and a link has none, so it was cut
at whatever character met the cell's edge.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

BREAK_AFTER = "/.?&="
_PIECES = re.compile(r"[^/.?&=]*[/.?&=]+|[^/.?&=]+")


class Link(str):
    """A link (with an optional label before it, e.g. 'หลักฐาน:'); as a str it is the text
    printed ('หลักฐาน: https://…'), so writers that know nothing of links print it as text."""

    url: str
    label: str

    def __new__(cls, url: str, label: str = ""):
        url = (url or "").strip()
        obj = super().__new__(cls, f"{label} {url}" if label else url)
        obj.url, obj.label = url, label
        return obj


def pieces(url: str) -> list[str]:
    """The link cut after each run of / . ? & = (the only places it may break)."""
    return _PIECES.findall(url)


def link_lines(url: str, font: str, size: float, width: float, first_width: float | None = None
               ) -> list[str]:
    """The lines a link prints on in `width` points (the first line `first_width`, after a
    label): whole when it fits, else broken after / . ? & = only; a piece wider than a whole
    line is cut at the line's end (nothing else can be done)."""
    def w(s: str) -> float:
        return stringWidth(s, font, size)

    lines: list[str] = []
    cur = ""
    avail = width if first_width is None else first_width
    for piece in pieces(url):
        if w(cur + piece) <= avail:
            cur += piece
            continue
        if cur:
            lines.append(cur)
            cur, avail = "", width
        while w(piece) > avail and len(piece) > 1:  # longer than a line: cut at its end,
            k = len(piece) - 1                         # after a - or _ when one fits
            while k > 1 and w(piece[:k]) > avail:
                k -= 1
            soft = max(piece.rfind("-", 0, k), piece.rfind("_", 0, k))
            if soft > 0:
                k = soft + 1
            lines.append(piece[:k])
            piece, avail = piece[k:], width
        cur = piece
    if cur or not lines:
        lines.append(cur)
    return lines


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class LinkParagraph(Paragraph):
    """A paragraph holding one link (and its label): laid out again for each width it is
    wrapped at, with breaks only after / . ? & =, the link clickable on every line."""

    def __init__(self, text, style=None, bulletText=None, frags=None, caseSensitive=1,
                 encoding="utf8", link: Link | None = None):
        # (ReportLab calls the class again with frags= for the parts of a split paragraph:
        # those are plain, laid-out lines)
        self._link = link
        self._laid_width: float | None = None
        if link is not None:
            text = self._markup([link.url])
        super().__init__(text, style, bulletText=bulletText, frags=frags,
                         caseSensitive=caseSensitive, encoding=encoding)

    def _markup(self, lines: list[str], label_alone: bool = False) -> str:
        link = self._link
        href = _esc(link.url)
        body = "<br/>".join(f'<a href="{href}">{_esc(line)}</a>' for line in lines)
        if link.label:
            return f"{_esc(link.label)}{'<br/>' if label_alone else ' '}{body}"
        return body

    def wrap(self, availWidth, availHeight):
        if self._link is not None and self._laid_width != availWidth:
            st = self.style
            width = availWidth - st.leftIndent - st.rightIndent
            first = width - st.firstLineIndent
            if self._link.label:
                first -= stringWidth(self._link.label + " ", st.fontName, st.fontSize)
            alone = first < width * 0.4  # a long label: the link starts on the next line
            lines = link_lines(self._link.url, st.fontName, st.fontSize, width,
                               None if alone else first)
            Paragraph.__init__(self, self._markup(lines, alone), st)
            self._laid_width = availWidth
        return super().wrap(availWidth, availHeight)
