"""Page layout for official documents: A4 portrait with the สารบรรณ margins, A4 landscape
for wide tables (mixable in one document), "- ๒ -" page numbers, cover page, table of
contents, and `build_pdf`.

    story = [*cover_page(ts, "รายงาน..."), *toc(ts), ts.para("...", "heading1"), ...,
             *landscape(), wide_table, *portrait(), ...]
    build_pdf("out.pdf", story, ts, title="รายงาน...", author="อบต. ...")

Page numbers follow the typing guide: none on the first page, then "- ๒ -" centred at the
top of each continuation page (Thai digits per the user's setting), drawn as a shaped
Paragraph like every other Thai string.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import IO

from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from itadesk.reports.typesetter import Typesetter

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
COVER = "cover"
MEMO_FIRST = "memo_first"


class StartWith(Flowable):
    """Zero-size marker at the head of a story: the page template for page 1."""

    def __init__(self, template: str):
        super().__init__()
        self.template = template
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


def _margins(ts: Typesetter, key: str, default: dict) -> dict[str, float]:
    m = dict(default)
    m.update(ts.page.get(key) or {})
    return {k: float(v) * cm for k, v in m.items()}


class OfficialDocTemplate(BaseDocTemplate):
    """BaseDocTemplate with portrait/landscape/cover/memo templates, page numbers and TOC
    notifications for headings (styles with a `toc_level`)."""

    def __init__(self, out, ts: Typesetter, *, title: str = "", author: str = "",
                 subject: str = "", first_template: str = PORTRAIT,
                 page_numbers: bool = True, **kw):
        self.ts = ts
        self.page_numbers = page_numbers
        self._toc_seq = 0
        portrait_m = _margins(ts, "margins_cm",
                              {"left": 3.0, "right": 2.0, "top": 2.5, "bottom": 2.0})
        land_m = _margins(ts, "landscape_margins_cm",
                          {"left": 2.5, "right": 2.0, "top": 2.5, "bottom": 2.0})
        # initialFontName: without it ReportLab references Helvetica (unembedded) at the
        # start of every page, which pdffonts flags and some printers substitute.
        super().__init__(
            out, pagesize=A4, title=title, author=author, subject=subject,
            creator="itadesk", lang="th-TH", displayDocTitle=1,
            initialFontName=ts.font_name, initialFontSize=ts.size(16),
            initialLeading=ts.size(24),
            leftMargin=portrait_m["left"], rightMargin=portrait_m["right"],
            topMargin=portrait_m["top"], bottomMargin=portrait_m["bottom"], **kw)
        pw, ph = A4
        lw, lh = _landscape(A4)
        memo_top = float(ts.page.get("memo_first_top_cm", 1.5)) * cm

        def frame(name, w, h, m, top=None):
            top = m["top"] if top is None else top
            return Frame(m["left"], m["bottom"], w - m["left"] - m["right"],
                         h - top - m["bottom"], id=name, leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)

        templates = {
            PORTRAIT: PageTemplate(PORTRAIT, [frame(PORTRAIT, pw, ph, portrait_m)],
                                   onPage=self._on_page, pagesize=A4),
            LANDSCAPE: PageTemplate(LANDSCAPE, [frame(LANDSCAPE, lw, lh, land_m)],
                                    onPage=self._on_page, pagesize=(lw, lh)),
            COVER: PageTemplate(COVER, [frame(COVER, pw, ph, portrait_m)], pagesize=A4,
                                autoNextPageTemplate=PORTRAIT),
            MEMO_FIRST: PageTemplate(MEMO_FIRST, [frame(MEMO_FIRST, pw, ph, portrait_m,
                                                        top=memo_top)],
                                     onPage=self._on_page, pagesize=A4,
                                     autoNextPageTemplate=PORTRAIT),
        }
        order = [first_template] + [k for k in templates if k != first_template]
        self.addPageTemplates([templates[k] for k in order])

    # page numbers -----------------------------------------------------------

    def _on_page(self, canv, doc):
        if not self.page_numbers or doc.page <= 1:
            return
        ts = self.ts
        w, h = canv._pagesize
        p = ts.para(f"- {ts.digits(doc.page)} -", ts.page.get("page_number_style",
                                                             "page_number"))
        pw, ph = p.wrapOn(canv, w, h)
        top = float(ts.page.get("page_number_top_cm", 1.5)) * cm
        p.drawOn(canv, 0, h - top - ph * 0.5)

    # table of contents --------------------------------------------------------

    def afterFlowable(self, flowable):
        if not isinstance(flowable, Paragraph):
            return
        level = getattr(flowable.style, "toc_level", None)
        if level is None or getattr(flowable, "_splitpara", 0):
            return
        from xml.sax.saxutils import escape

        text = plain_text(flowable)
        self._toc_seq += 1
        key = f"h{self._toc_seq}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=int(level), closed=level > 0)
        self.notify("TOCEntry", (int(level), escape(text), self.page, key))

    def handle_documentBegin(self):
        self._toc_seq = 0
        super().handle_documentBegin()


def plain_text(p: Paragraph) -> str:
    """The source text of a paragraph. After wrapping, `getPlainText()` returns shaped
    glyph strings (private-use variants), which must not be copied into a TOC entry."""
    if getattr(p, "text", None):
        return Paragraph(p.text, p.style).getPlainText()
    return p.getPlainText()


def landscape() -> list[Flowable]:
    """Flowables that continue the document on a new landscape page."""
    return [NextPageTemplate(LANDSCAPE), PageBreak()]


def portrait() -> list[Flowable]:
    """Flowables that continue the document on a new portrait page."""
    return [NextPageTemplate(PORTRAIT), PageBreak()]


def cover_page(ts: Typesetter, title: str, subtitle: str | Sequence[str] = (),
               lines: Sequence[str] = (), logo: str | Path | None = None,
               footer: Sequence[str] = ()) -> list[Flowable]:
    """A cover page (no page number): optional logo, title, subtitle lines, body lines
    (office, fiscal year...) and footer lines, then a page break to portrait."""
    out: list[Flowable] = [StartWith(COVER), Spacer(1, 3 * cm)]
    if logo and Path(logo).is_file():
        img = Image(str(logo), width=3 * cm, height=3 * cm, kind="proportional")
        img.hAlign = "CENTER"
        out += [img, Spacer(1, 1 * cm)]
    out.append(ts.para(title, "cover_title"))
    subs = [subtitle] if isinstance(subtitle, str) else list(subtitle)
    out += [ts.para(s, "cover_subtitle") for s in subs if s]
    if lines:
        out.append(Spacer(1, 1.5 * cm))
        out += [ts.para(s, "cover_text") for s in lines]
    if footer:
        out.append(Spacer(1, 3 * cm))
        out += [ts.para(s, "cover_text") for s in footer]
    out += [NextPageTemplate(PORTRAIT), PageBreak()]
    return out


def toc(ts: Typesetter, title: str = "สารบัญ") -> list[Flowable]:
    """A table of contents listing heading1/heading2 paragraphs with their real page
    numbers (needs the two passes `build_pdf` runs when it sees one)."""
    t = TableOfContents(
        levelStyles=[ts.style("toc1"), ts.style("toc2")],
        dotsMinLevel=0,
        formatter=ts.digits,  # page numbers in Thai digits when the setting says so
    )
    return [ts.para(title, "toc_title"), t, PageBreak()]


def build_pdf(out: str | Path | IO[bytes], story: list[Flowable], ts: Typesetter, *,
              title: str = "", author: str = "", subject: str = "",
              page_numbers: bool = True, first_template: str | None = None) -> None:
    """Lay out `story` into a PDF at `out` (path or binary buffer).

    Runs two passes when the story has a table of contents (real page numbers)."""
    story = list(story)
    if first_template is None:
        first_template = story[0].template if story and isinstance(story[0], StartWith) \
            else PORTRAIT
    target = str(out) if isinstance(out, Path) else out
    doc = OfficialDocTemplate(target, ts, title=title, author=author, subject=subject,
                              first_template=first_template, page_numbers=page_numbers)
    if any(isinstance(f, TableOfContents) for f in story):
        doc.multiBuild(story)
    else:
        doc.build(story)


def build_pdf_bytes(story: list[Flowable], ts: Typesetter, **kw) -> bytes:
    buf = BytesIO()
    build_pdf(buf, story, ts, **kw)
    return buf.getvalue()
