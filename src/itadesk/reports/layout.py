"""Page layout for official documents: A4 portrait with the สารบรรณ margins, A4 landscape
for wide tables (mixable in one document), "- ๒ -" page numbers, cover page, table of
contents, and `build_pdf`.

    story = [*cover_page(ts, "รายงาน..."), *toc(ts), ts.para("...", "heading1"), ...,
             *landscape(), wide_table, *portrait(), ...]
    build_pdf("out.pdf", story, ts, title="รายงาน...", author="อบต. ...")

Page numbers follow the typing guide: none on the first page, then "- ๒ -" centred at the
top of each continuation page (Thai digits per the user's setting), drawn as a shaped
Paragraph like every other Thai string. `restart_page_numbers()` starts the numbering again
(a document printed behind its memo counts its own pages from 1).

The table of contents is laid out in ONE pass: its entries (the headings of the story) are
known before the build, and each entry's dot leader and page number are a PDF form XObject
that the contents page references at once and that is filled in at the end of the build,
when every heading's page is known (the "page X of Y" technique). A second layout pass, as
ReportLab's multiBuild runs it, would cost almost as much as the first. When a heading shows
up that the story scan did not see (a heading inside a table cell...), `build_pdf` falls back
to ReportLab's two-pass build.
"""

from __future__ import annotations

import gc
import html
import itertools
from collections.abc import Sequence
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import IO

from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
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


class RestartPageNumbers(ActionFlowable):
    """The page this marker lands on is numbered `start` (default 1); later pages follow.

    Put it right after the page break that starts a new document in a combined PDF (a
    memo in front of its report): the report's pages then read 1, 2, 3... as when it is
    printed alone, and its table of contents shows those numbers."""

    def __init__(self, start: int = 1):
        super().__init__()
        self.start = int(start)

    def apply(self, doc):
        restart = getattr(doc, "restart_page_numbers", None)
        if restart is not None:
            restart(self.start)

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


class PageNumbers(ActionFlowable):
    """Page numbers off (front matter: คำนำ, สารบัญ as seed 004 prints them) or on again from
    here. Put `PageNumbers(False)` at the top of the first unnumbered page and
    `PageNumbers(True)` (with `RestartPageNumbers`) after the page break before the body."""

    def __init__(self, on: bool):
        super().__init__()
        self.on = bool(on)

    def apply(self, doc):
        doc.numbers_suspended = not self.on

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


class PageFill(Flowable):
    """Its flowables centred top to bottom in the room left on the page (a balanced cover).
    Put it at the top of a page, with a page break after it."""

    def __init__(self, content: list[Flowable]):
        super().__init__()
        self.content = list(content)

    def _heights(self, aw, ah):
        return [(f.wrap(aw, ah)[1], f.getSpaceBefore(), f.getSpaceAfter()) for f in self.content]

    def wrap(self, aw, ah):
        self.width = aw
        self._need = sum(h + b + a for h, b, a in self._heights(aw, ah))
        self.height = max(ah - 1, self._need)  # the rest of the page
        return aw, self.height

    def split(self, aw, ah):
        if self.wrap(aw, ah)[1] <= ah:
            return [self]
        return list(self.content)  # taller than the page: it flows as usual

    def draw(self):
        # centred, a little above the middle (the eye's centre of a page)
        free = max(self.height - self._need, 0.0)
        y = self.height - free * 0.45
        for f in self.content:
            _w, h = f.wrap(self.width, self.height)
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, getattr(f, "_x_off", 0.0) + _h_offset(f, self.width), y)
            y -= f.getSpaceAfter()


def _h_offset(f: Flowable, width: float) -> float:
    """x of a flowable narrower than the frame, by its hAlign (an image on the cover)."""
    w = getattr(f, "drawWidth", None) or getattr(f, "width", width) or width
    align = getattr(f, "hAlign", "LEFT")
    if isinstance(f, Paragraph) or w >= width:
        return 0.0
    return (width - w) / 2 if align == "CENTER" else (width - w) if align == "RIGHT" else 0.0


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
        self.numbers_suspended = False  # PageNumbers(False): front matter
        self._toc_seq = 0
        self._page_offset = 0           # printed number = self.page - offset
        self._outline_level = -1        # level of the last outline entry
        self.toc_pages: dict[str, int] = {}   # heading key -> printed page number
        self.toc_unplanned = False      # a heading the single-pass contents did not list
        self.planned_keys: set[str] = set()   # the keys build_pdf gave the listed headings
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
                                   onPageEnd=self._on_page, pagesize=A4),
            LANDSCAPE: PageTemplate(LANDSCAPE, [frame(LANDSCAPE, lw, lh, land_m)],
                                    onPageEnd=self._on_page, pagesize=(lw, lh)),
            COVER: PageTemplate(COVER, [frame(COVER, pw, ph, portrait_m)], pagesize=A4,
                                autoNextPageTemplate=PORTRAIT),
            MEMO_FIRST: PageTemplate(MEMO_FIRST, [frame(MEMO_FIRST, pw, ph, portrait_m,
                                                        top=memo_top)],
                                     onPageEnd=self._on_page, pagesize=A4,
                                     autoNextPageTemplate=PORTRAIT),
        }
        order = [first_template] + [k for k in templates if k != first_template]
        self.addPageTemplates([templates[k] for k in order])

    # page numbers -----------------------------------------------------------

    @property
    def page_label(self) -> int:
        """The number printed on the current page (restarts after `RestartPageNumbers`)."""
        return self.page - self._page_offset

    def restart_page_numbers(self, start: int = 1) -> None:
        self._page_offset = self.page - start

    def _on_page(self, canv, doc):
        # drawn when the page ends, so a restart anywhere on the page counts
        label = self.page_label
        if not self.page_numbers or label <= 1 or self.numbers_suspended:
            return
        ts = self.ts
        w, h = canv._pagesize
        p = ts.para(f"- {ts.digits(label)} -", ts.page.get("page_number_style",
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
        level = int(level)
        text = plain_text(flowable)
        key = flowable.__dict__.get("_toc_key")
        if key not in self.planned_keys:  # not listed by a single-pass contents
            key = None
        if key is None:  # (own prefix: no clash with the planned keys)
            self.toc_unplanned = True
            self._toc_seq += 1
            key = f"u{self._toc_seq}"
        self.canv.bookmarkPage(key)
        # the outline cannot skip a level (a heading2 before any heading1 made ReportLab
        # raise "bad outline level"): hang it one level below the last entry at most
        outline = min(level, self._outline_level + 1)
        self._outline_level = outline
        self.canv.addOutlineEntry(text, key, level=outline, closed=outline > 0)
        self.toc_pages[key] = self.page_label
        self.notify("TOCEntry", (level, _esc(text), self.page_label, key))

    def handle_documentBegin(self):
        self._toc_seq = 0
        self._page_offset = 0
        self.numbers_suspended = False
        self._outline_level = -1
        self.toc_pages = {}
        self.toc_unplanned = False
        super().handle_documentBegin()

    def _endBuild(self):
        # the contents' page numbers are filled in before the file is written
        save = getattr(self, "_doSave", 1)
        self._doSave = 0
        try:
            super()._endBuild()
        finally:
            self._doSave = save
        self.last_page_label = self.page_label
        if save:
            for f in getattr(self, "_contents", ()):
                f.fill_forms(self.canv, self.toc_pages, self.last_page_label)
            self.canv.save()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
    out: list[Flowable] = []
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
    # balanced on the page (it sat in the upper half with the lower half empty)
    return [StartWith(COVER), PageFill(out), NextPageTemplate(PORTRAIT), PageBreak()]


_contents_ids = itertools.count(1)


class Contents(TableOfContents):
    """The table of contents: heading1/heading2 entries (shaped Paragraphs, linked to their
    headings), a dot leader and the page number on the right.

    Single pass (`plan()` called by build_pdf with the story's headings): the entries are
    laid out at once; after each entry's text a form XObject is referenced that holds the
    dots and the number, and `fill_forms` defines those forms at the end of the build.
    Without `plan()` it is ReportLab's two-pass TableOfContents."""

    _cb_name = "itadeskContentsEnd"

    def __init__(self, ts: Typesetter, ranges: bool = False, **kw):
        super().__init__(levelStyles=[ts.style("toc1"), ts.style("toc2")], dotsMinLevel=0,
                         formatter=ts.digits, **kw)
        self.ts = ts
        # seed 004: each top-level entry shows its page range "๑ - ๔" (to the page before
        # the next top-level entry, the last one to the end)
        self.ranges = ranges
        self._planned: list[tuple[int, str, str]] | None = None
        self._slots: dict[str, tuple[float, int]] = {}  # key -> (free width, level)
        self._uid = next(_contents_ids)  # unique, and the same in every run (invariant PDFs)

    def plan(self, entries: list[tuple[int, str, str]]) -> None:
        """Single-pass mode: (level, escaped text, key) of every heading, in order."""
        self._planned = list(entries)

    def isIndexing(self):
        return 0 if self._planned is not None else 1

    def form_name(self, key: str) -> str:
        return f"itadeskToc{self._uid}_{key}"

    def wrap(self, availWidth, availHeight):
        if self._planned is None:
            return super().wrap(availWidth, availHeight)
        canv = self.canv
        slots = self._slots

        def entry_end(canvas, kind, label):
            key, level = label.split(",")
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            style = self.getLevelStyle(int(level))
            free = max(availWidth - x, 0.0)
            slots[key] = (free, int(level))
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm(self.form_name(key))
            canvas.restoreState()
            # the page-number area links to the heading like the entry text does
            nw = stringWidth("๘๘ - ๘๘" if self.ranges else "๘๘๘", style.fontName,
                             style.fontSize)
            canvas.linkRect("", key, (availWidth - nw, y, availWidth, y + style.leading),
                            relative=1)

        canv.setNamedCB(self._cb_name, entry_end)
        if not self._planned:  # a document without headings: an empty contents
            self._table = None
            self.width, self.height = availWidth, 0
            return self.width, self.height
        data = []
        for level, text, key in self._planned:
            style = self.getLevelStyle(level)
            para = Paragraph(f'<a href="#{key}">{text}</a>'
                             f'<onDraw name="{self._cb_name}" label="{key},{level}"/>', style)
            if style.spaceBefore:
                data.append([Spacer(1, style.spaceBefore)])
            data.append([para])
        self._table = Table(data, colWidths=(availWidth,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        if self._planned is not None and self._table is None:
            return []
        return super().split(availWidth, availHeight)

    def drawOn(self, canvas, x, y, _sW=0):
        if self._planned is not None and self._table is None:
            return
        super().drawOn(canvas, x, y, _sW)

    def page_texts(self, pages: dict[str, int], last: int | None) -> dict[str, str]:
        """{key: "๔"} or, with ranges, {key: "๑ - ๔"} for the planned entries."""
        out: dict[str, str] = {}
        entries = self._planned or []
        for i, (level, _text, key) in enumerate(entries):
            page = pages.get(key)
            if page is None:
                continue
            text = self.formatter(page)
            if self.ranges and level == 0:
                nxt = next((pages.get(k) for lv, _t, k in entries[i + 1:] if lv == 0), None)
                end = (nxt - 1 if nxt is not None and nxt > page else page) if nxt is not None \
                    else (last if last is not None else page)
                if end > page:
                    text = f"{self.formatter(page)} - {self.formatter(end)}"
            out[key] = text
        return out

    def fill_forms(self, canv, pages: dict[str, int], last: int | None = None) -> None:
        """Define each referenced entry's form: dots, then the page number flush right."""
        texts = self.page_texts(pages, last)
        for key, (free, level) in self._slots.items():
            style = self.getLevelStyle(level)
            pagestr = texts.get(key, "")
            size = style.fontSize
            pw = stringWidth(pagestr, style.fontName, size)
            while pw > free and size >= 1.0:
                size *= 0.9
                pw = stringWidth(pagestr, style.fontName, size)
            dot = " . "
            dw = stringWidth(dot, style.fontName, size)
            n = max(int((free - pw) / dw), 0) if dw else 0
            canv.beginForm(self.form_name(key), lowerx=0, lowery=-style.leading,
                           upperx=max(free, 1.0), uppery=style.leading)
            tx = canv.beginText(free - n * dw - pw, 0)
            tx.setFont(style.fontName, size)
            tx.setFillColor(style.textColor)
            tx.textOut(n * dot + pagestr)
            canv.drawText(tx)
            canv.endForm()


def toc(ts: Typesetter, title: str = "สารบัญ", *, ranges: bool = False,
        page_header: str | None = None) -> list[Flowable]:
    """A table of contents listing heading1/heading2 paragraphs with their real page
    numbers (laid out in one pass by `build_pdf`). `ranges`: top-level entries show their
    page range ("๑ - ๔"); `page_header`: a column head over the numbers ("หน้า")."""
    out: list[Flowable] = [ts.para(title, "toc_title")]
    if page_header:
        out.append(ts.para(page_header, "toc1", alignment=2, fontName=ts.family.bold))
    return [*out, Contents(ts, ranges=ranges), PageBreak()]


def _headings(story: list) -> list[Paragraph]:
    """The heading paragraphs (styles with a toc_level) the build will meet at the top level
    of a frame: in the story, in lists, and inside KeepTogether (which always splits)."""
    out: list[Paragraph] = []

    def walk(items):
        for f in items:
            if isinstance(f, (list, tuple)):
                walk(f)
            elif isinstance(f, KeepTogether):
                walk(f._content)
            elif isinstance(f, Paragraph) and getattr(f.style, "toc_level", None) is not None:
                out.append(f)

    walk(story)
    return out


def _plan_contents(story: list) -> list[Contents]:
    """Give every heading a key and every single-pass contents its entries."""
    contents = [f for f in story if isinstance(f, Contents)]
    if not contents:
        return []
    entries = []
    for k, p in enumerate(_headings(story), 1):
        key = f"h{k}"
        p.__dict__["_toc_key"] = key
        entries.append((int(p.style.toc_level), _esc(plain_text(p)), key))
    for c in contents:
        c.plan(entries)
    return contents


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector held off while a document is laid out.

    A print allocates hundreds of thousands of small objects (fragments, shaped words, PDF
    operators) that live until the page is drawn; each time 700 of them pile up the
    collector runs and walks every object of the program -- all the modules ReportLab and
    itadesk imported included: ~70 ms of a 20-item plan report (10% of the print), for
    nothing to free. During the build the program's objects are frozen (never walked) and
    the young generation is collected only every 50,000 allocations; afterwards everything
    is as before. (Freeing is by reference counting anyway; only cycles wait.)"""
    if not gc.isenabled() or gc.get_freeze_count():  # paused already (another build)
        yield
        return
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(old[0], 50_000), old[1], old[2])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


def build_pdf(out: str | Path | IO[bytes], story: list[Flowable], ts: Typesetter, *,
              title: str = "", author: str = "", subject: str = "",
              page_numbers: bool = True, first_template: str | None = None,
              info: dict | None = None) -> None:
    """Lay out `story` into a PDF at `out` (path or binary buffer).

    One layout pass, also with a table of contents (see `Contents`); ReportLab's two-pass
    build only for a contents that was not made by `toc()`, or when a heading appeared that
    the story scan did not find. `info` (a dict) receives "contents": [(level, heading text,
    printed page or range)] of the first contents -- what a Word copy of the document puts
    in its own contents (python-docx cannot lay pages out)."""
    with _collector_paused():
        _build_pdf(out, story, ts, title=title, author=author, subject=subject,
                   page_numbers=page_numbers, first_template=first_template, info=info)


def _report_contents(info: dict | None, doc, contents: list) -> None:
    if info is None or not contents or contents[0]._planned is None:
        return
    c = contents[0]
    texts = c.page_texts(doc.toc_pages, getattr(doc, "last_page_label", None))
    info["contents"] = [(lv, html.unescape(t), texts.get(k, "")) for lv, t, k in c._planned]


def _build_pdf(out, story, ts, *, title, author, subject, page_numbers, first_template,
               info=None):
    story = list(story)
    if first_template is None:
        first_template = story[0].template if story and isinstance(story[0], StartWith) \
            else PORTRAIT

    def make_doc(target):
        return OfficialDocTemplate(target, ts, title=title, author=author, subject=subject,
                                   first_template=first_template, page_numbers=page_numbers)

    contents = _plan_contents(story)
    if contents and not any(isinstance(f, TableOfContents) and not isinstance(f, Contents)
                            for f in story):
        buf = BytesIO()
        doc = make_doc(buf)
        doc._contents = contents
        doc.planned_keys = {k for c in contents for _l, _t, k in c._planned}
        edits: list = []  # what the build changes on the flowables (keepWithNext...)
        doc._multiBuildEdits = edits.append
        doc.build(list(story))
        if not doc.toc_unplanned and all(k in doc.toc_pages for c in contents
                                         for _l, _t, k in c._planned):
            _report_contents(info, doc, contents)
            _emit(out, buf.getvalue())
            return
        for e in edits:  # fall back to ReportLab's passes, on the story as it was
            e[0](*e[1:])
        for c in contents:
            c._planned = None
    # never let ReportLab open a path itself: it would follow a planted link and leave half
    # a file on failure; a path gets the finished bytes through storage.outfile
    target = BytesIO() if isinstance(out, (str, Path)) else out
    doc = make_doc(target)
    if any(isinstance(f, TableOfContents) for f in story):
        doc.multiBuild(story)
    else:
        doc.build(story)
    if target is not out:
        _emit(out, target.getvalue())


def _emit(out, data: bytes) -> None:
    if isinstance(out, (str, Path)):
        from itadesk.storage.outfile import write_bytes

        write_bytes(out, data)
    else:
        out.write(data)


def build_pdf_bytes(story: list[Flowable], ts: Typesetter, **kw) -> bytes:
    buf = BytesIO()
    build_pdf(buf, story, ts, **kw)
    return buf.getvalue()
