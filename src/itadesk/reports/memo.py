"""บันทึกข้อความ (internal memo, D6) set to the สารบรรณ standard
(shared/domain/memo-format.yaml, mirrored in the constants below):

- Garuda 1.5 cm tall at the top-left of the text area, 1.5 cm from the top edge (an empty
  slot when the office has no image); "บันทึกข้อความ" 29 pt bold centred beside it;
- labels ส่วนราชการ / ที่ / วันที่ / เรื่อง 20 pt bold with their values (16 pt) written on
  dotted lines like the printed form; ที่ and วันที่ share one line, วันที่ from mid-line;
- เรียน, สิ่งที่ส่งมาด้วย, body paragraphs 16 pt with a 2.5 cm first-line indent, the closing
  line, the proposer's signature block centred on the text area;
- the comment chain: one block per level (heading, dotted lines for a handwritten comment,
  optional ☐ choices, signature block), each kept together, flowing onto continuation pages
  (which get "- ๒ -" page numbers).
Sizes are official points (TH Sarabun): the typesetter scales them to the font in use.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from itadesk.domain.memo import CommentBlock, Memo, Signer
from itadesk.domain.office import Office
from itadesk.reports.layout import MEMO_FIRST, PORTRAIT, StartWith, build_pdf
from itadesk.reports.typesetter import Typesetter

GARUDA_CM = 1.5
GARUDA_MIN_PX = 90  # pixels tall for a sharp 1.5 cm print (about 150 dpi)
SIGN_ROOM_CM = 2.0  # room to sign above each name (the name this far under the text above)
CHAIN_GAP_CM = 0.6  # between the two columns of the comment chain
TITLE_PT, LABEL_PT, BODY_PT = 29, 20, 16
INDENT_CM = 2.5
DATE_COLUMN = 0.45  # วันที่ starts this far across the text width (form: mid-line)
LABEL_GAP_PT = 6  # official pt between a label and its value (typewriter: 2 spaces)
DOT_DROP_PT = 3.0  # official pt the dotted line sits below the value baseline (clear of ุ ู)


GARUDA_HOW = ("เพิ่มภาพตราครุฑได้ที่เมนู เครื่องมือ ▸ ตั้งค่าการพิมพ์และภาษา… ▸ "
              "ตราครุฑ (บันทึกข้อความ) เลือกไฟล์ภาพ PNG หรือ JPG (พิมพ์สูง 1.5 ซม. ที่มุมบนซ้าย)",
              "to add one: Tools ▸ Print and language settings… ▸ Garuda emblem (memos), "
              "choose a PNG or JPG image (printed 1.5 cm tall at the top left)")


def garuda_check(path: str | Path | None) -> tuple[str, str] | None:
    """(Thai, English) saying why the memo would print without its Garuda and how to add
    one -- None when the image is there and prints at its 1.5 cm. Said before a memo is
    printed (the preview's and the command line's warnings)."""
    how_th, how_en = GARUDA_HOW
    if not path:
        return (f"ยังไม่มีภาพตราครุฑ บันทึกข้อความจะพิมพ์โดยเว้นที่ว่างไว้ — {how_th}",
                f"no Garuda image: the memo prints with an empty space — {how_en}")
    path = Path(path)
    if not path.is_file():
        return (f"ไม่พบไฟล์ภาพตราครุฑ {path} — {how_th}",
                f"the Garuda image {path} is missing — {how_en}")
    try:
        from reportlab.lib.utils import ImageReader

        w, h = ImageReader(str(path)).getSize()
    except Exception:
        return (f"เปิดภาพตราครุฑ {path.name} ไม่ได้ (ต้องเป็นไฟล์ภาพ PNG หรือ JPG) — {how_th}",
                f"the Garuda image {path.name} cannot be read (PNG or JPG needed) — {how_en}")
    if not w or not h:
        return (f"ภาพตราครุฑ {path.name} ว่างเปล่า — {how_th}",
                f"the Garuda image {path.name} is empty — {how_en}")
    if h < GARUDA_MIN_PX:
        return (f"ภาพตราครุฑ {path.name} เล็กเกินไป (สูง {h} จุด พิมพ์สูง 1.5 ซม. จะไม่คม "
                f"ควรสูงอย่างน้อย {GARUDA_MIN_PX} จุด) — {how_th}",
                f"the Garuda image {path.name} is too small ({h} px tall; at 1.5 cm it prints "
                f"blurred: use at least {GARUDA_MIN_PX} px) — {how_en}")
    return None


def garuda_size_cm(path: str | Path) -> tuple[float, float]:
    """(width, height) in cm at which the image prints: 1.5 cm tall, its own proportions,
    never wider than tall by more than its own shape allows."""
    from reportlab.lib.utils import ImageReader

    w, h = ImageReader(str(path)).getSize()
    return GARUDA_CM * w / h, GARUDA_CM


def _dots(canv, x0: float, x1: float, y: float) -> None:
    if x1 - x0 < 2:
        return
    canv.saveState()
    canv.setLineWidth(0.6)
    canv.setDash(0.6, 2.2)
    canv.line(x0, y, x1, y)
    canv.restoreState()


class MemoHead(Flowable):
    """Garuda slot at the top-left and the title centred on the text width."""

    def __init__(self, ts: Typesetter, garuda: str | Path | None):
        super().__init__()
        self.ts = ts
        self.garuda = Path(garuda) if garuda else None
        self.title = ts.para("บันทึกข้อความ", "title", spaceAfter=0)

    def wrap(self, aw, ah):
        self.width = aw
        self._tw, self._th = self.title.wrap(aw, ah)
        self.height = GARUDA_CM * cm
        return aw, self.height

    def draw(self):
        c = self.canv
        if self.garuda and self.garuda.is_file():
            try:  # 1.5 cm tall whatever the image's shape (a wide image is not shrunk)
                gw, gh = garuda_size_cm(self.garuda)
                c.drawImage(str(self.garuda), 0, 0, height=gh * cm, width=gw * cm,
                            mask="auto")
            except Exception:  # a broken image must not stop the memo: leave the slot empty
                pass
        # title baseline level with the bottom of the Garuda, as on the printed form
        st = self.title.style
        self.title.drawOn(c, 0, st.fontSize - self._th)


class FieldLine(Flowable):
    """One line of the memo head: label (20 pt bold) + value (16 pt) on a dotted line.

    `segments` is a list of (label, value, x0, x1) with x0/x1 as fractions of the text
    width. A long value wraps within its segment; every line of it gets dots to x1."""

    def __init__(self, ts: Typesetter, segments, digits: bool = True):
        super().__init__()
        self.ts = ts
        self.segments = segments
        self.label_style = ts.style("label")
        self.value_style = ts.style("body", leading=ts.size(28))
        self.digits = digits

    def _parts(self, aw):
        ts = self.ts
        from reportlab.pdfbase.pdfmetrics import stringWidth

        parts = []
        for label, value, f0, f1 in self.segments:
            x0, x1 = f0 * aw, f1 * aw
            lw = stringWidth(label, self.label_style.fontName, self.label_style.fontSize)
            gap = ts.size(LABEL_GAP_PT)
            text = ts.digits(value) if self.digits else value
            # a wrapped value's next lines start under its first letter (typing guide:
            # เรื่อง's second line aligns with the subject, not with the label)
            p = Paragraph(ts.escape(text) or "&nbsp;",
                          ts.style(self.value_style, leftIndent=lw + gap))
            lab = ts.para(label, "label")
            parts.append((x0, x1, lw + gap, lab, p))
        return parts

    def split(self, aw, ah):
        """A field too long for the page (any accepted value prints): its label and value as
        plain hanging paragraphs, which flow on over pages."""
        if self.wrap(aw, ah)[1] <= ah:
            return [self]
        ts = self.ts
        out: list[Flowable] = []
        for label, value, _f0, _f1 in self.segments:
            text = ts.digits(value) if self.digits else value
            lw = _width(ts, label, "label") + ts.size(LABEL_GAP_PT)
            out.append(ts.markup(f'<font name="{self.label_style.fontName}" '
                                 f'size="{self.label_style.fontSize}">{ts.escape(label)}</font>'
                                 f"&nbsp;&nbsp;{ts.escape(text)}", self.value_style,
                                 leftIndent=lw, firstLineIndent=-lw))
        first = out[0].split(aw, ah)
        if not first:
            return []
        return [*first, *out[1:]]

    def wrap(self, aw, ah):
        self.width = aw
        self._p = self._parts(aw)
        self._pad = self.ts.size(LABEL_PT - BODY_PT)  # room for the taller label
        h = 0
        for x0, x1, _ind, lab, p in self._p:
            lab.wrap(x1 - x0, ah)
            _w, ph = p.wrap(x1 - x0, ah)
            h = max(h, ph)
        self.height = h + self._pad + self.ts.size(DOT_DROP_PT)
        return aw, self.height

    def draw(self):
        c = self.canv
        drop = self.ts.size(DOT_DROP_PT)
        for x0, x1, indent, lab, p in self._p:
            _w, ph = p.wrap(x1 - x0, self.height)
            y_para = self.height - self._pad - ph
            p.drawOn(c, x0, y_para)
            nlines = max(1, len(p.blPara.lines))
            fs, lead = p.style.fontSize, p.style.leading
            base0 = y_para + ph - fs  # ReportLab puts the first baseline one font size down
            # the label sits on the same baseline as the value's first line
            ls = lab.style
            lab.drawOn(c, x0, base0 - (lab.height - ls.fontSize))
            for i in range(nlines):
                y = base0 - i * lead - drop
                _dots(c, x0 + indent, x1, y)


class SignatureBlock(Flowable):
    """Signature line, (name), position: centred on `center` (fraction of the width)."""

    def __init__(self, ts: Typesetter, signer: Signer, center: float = 0.5,
                 extra: list[str] | None = None, space_cm: float = SIGN_ROOM_CM):
        super().__init__()
        self.ts = ts
        self.center = center
        # room for a handwritten signature: the name starts this far under what is above
        self.space = space_cm * cm
        # an unnamed signer leaves room to write the name in: (                    )
        name = (ts.escape(f"({signer.name})") if signer.name
                else "(" + "&nbsp;" * 50 + ")")
        self.paras = [ts.markup(name, "memo_signature")]
        self.paras += [ts.para(s, "memo_signature") for s in [signer.position, *(extra or [])] if s]
        self.sig_w = 6.5 * cm

    def wrap(self, aw, ah):
        self.width = aw
        self.block_w = min(aw, 9 * cm)
        self.sig_w = min(6.5 * cm, aw * 0.9)
        h = self.space
        for p in self.paras:
            h += p.wrap(self.block_w, ah)[1]
        self.height = h
        return aw, h

    def split(self, aw, ah):
        """A name or position too long for one page: the same lines as paragraphs that flow
        on (centred in the block's width)."""
        if self.wrap(aw, ah)[1] <= ah:
            return [self]
        if ah < self.space + self.paras[0].style.leading:
            return []
        side = max(aw * self.center - self.block_w / 2, 0)
        right = max(aw - side - self.block_w, 0)
        return [Spacer(1, self.space),
                *[Paragraph(p.text, self.ts.style(p.style, leftIndent=side, rightIndent=right))
                  for p in self.paras]]

    def draw(self):
        c = self.canv
        cx = self.width * self.center
        y = self.height - self.space
        _dots(c, cx - self.sig_w / 2, cx + self.sig_w / 2, y + self.ts.size(6))
        for p in self.paras:
            _w, ph = p.wrap(self.block_w, self.height)
            y -= ph
            p.drawOn(c, cx - self.block_w / 2, y)


class DottedLines(Flowable):
    """`n` full-width dotted lines for a handwritten comment."""

    def __init__(self, ts: Typesetter, n: int):
        super().__init__()
        self.ts = ts
        self.n = max(0, int(n))
        self.lead = ts.size(28)

    def wrap(self, aw, ah):
        self.width = aw
        self.height = self.n * self.lead
        return aw, self.height

    def draw(self):
        for i in range(self.n):
            _dots(self.canv, 0, self.width, self.height - (i + 1) * self.lead + 3)


def _agency(memo: Memo, office: Office) -> str:
    agency = memo.agency or office.full_name
    phone = memo.phone or office.phone
    return f"{agency}  โทร. {phone}" if phone else agency


def _ref_no(memo: Memo, office: Office) -> str:
    if memo.ref_no:
        return memo.ref_no
    return f"{office.doc_prefix}/" if office.doc_prefix else ""


def _proposer(memo: Memo, office: Office) -> Signer:
    if memo.proposer.name:
        return memo.proposer
    p = office.person_with_role("proposer")
    return Signer(p.name, p.position) if p else memo.proposer


CHAIN_SPACE_PT = 8  # official pt above each level's heading


def _block_parts(ts: Typesetter, block: CommentBlock, lines: int, center: float,
                 indent: bool = True, first: bool = False) -> list[Flowable]:
    """The flowables of one level; `first`: the chain's first row, whose space above is the
    chain's own (dropped at the top of a page, as a frame drops a paragraph's)."""
    space = 0 if first else ts.size(CHAIN_SPACE_PT)
    parts: list[Flowable] = [ts.para(block.heading, "memo_text", spaceBefore=space)]
    if block.options:
        boxes = "&nbsp;" * (6 if indent else 2)
        boxes = boxes.join(f"☐&nbsp;{ts.escape(o)}" for o in block.options)
        parts.append(ts.markup(boxes, "memo_text", leftIndent=INDENT_CM * cm if indent else 0))
    parts.append(DottedLines(ts, lines))
    parts.append(SignatureBlock(ts, block.signer, center=center))
    return parts


def comment_block(ts: Typesetter, block: CommentBlock) -> Flowable:
    """One level of the comment chain, kept on one page."""
    return KeepTogether(_block_parts(ts, block, block.lines, 0.6))


def _stack_height(parts: list[Flowable], w: float, ah: float) -> float:
    return sum(f.wrap(w, ah)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in parts)


def _draw_stack(parts: list[Flowable], canv, x: float, top: float, w: float) -> None:
    y = top
    for f in parts:
        _w, h = f.wrap(w, top)
        y -= f.getSpaceBefore() + h
        f.drawOn(canv, x, y)
        y -= f.getSpaceAfter()


class CommentChain(Flowable):
    """The comment chain (ความเห็นของ… for each level) laid out to keep the memo on one
    page: one block under the other when that fits the room left on the page; else two
    blocks side by side per row (the last one alone across the page), with fewer dotted
    lines if need be (at least one); when even that does not fit (a long body), it goes on
    block by block onto the next page, never leaving a single block there alone."""

    def __init__(self, ts: Typesetter, blocks: list[CommentBlock]):
        super().__init__()
        self.ts = ts
        self.blocks = list(blocks)
        self.mode = "stack"
        self.spaceBefore = ts.size(CHAIN_SPACE_PT)  # dropped at the top of a page

    def _layouts(self):
        yield "stack", None
        most = max((b.lines for b in self.blocks), default=0)
        for ncols in (2, 3):
            if ncols > max(len(self.blocks), 1):
                break
            for lines in range(most, 0, -1):
                yield ncols, lines

    def _rows(self, aw, ah, mode, lines):
        """[(height, [(x, width, parts)])] of the layout: "stack" or a number of columns."""
        ts = self.ts
        if mode == "stack":
            rows = []
            for k, b in enumerate(self.blocks):
                parts = _block_parts(ts, b, b.lines, 0.6, first=k == 0)
                rows.append((_stack_height(parts, aw, ah), [(0.0, aw, parts)]))
            return rows
        ncols = int(mode)
        gap = CHAIN_GAP_CM * cm
        cw = (aw - (ncols - 1) * gap) / ncols
        rows = []
        for i in range(0, len(self.blocks), ncols):
            group = self.blocks[i:i + ncols]
            if len(group) == 1:
                parts = _block_parts(ts, group[0], min(group[0].lines, lines), 0.6,
                                     first=i == 0)
                rows.append((_stack_height(parts, aw, ah), [(0.0, aw, parts)]))
                continue
            cells = [(k * (cw + gap), cw, _block_parts(ts, b, min(b.lines, lines), 0.5,
                                                        indent=False, first=i == 0))
                     for k, b in enumerate(group)]
            rows.append((max(_stack_height(p, w, ah) for _x, w, p in cells), cells))
        return rows

    def wrap(self, aw, ah):
        self.width = aw
        for mode, lines in self._layouts():
            rows = self._rows(aw, ah, mode, lines)
            if sum(h for h, _c in rows) <= ah:
                break
        else:
            mode, lines = "stack", None
            rows = self._rows(aw, ah, mode, lines)
        self.mode, self._rows_laid = mode, rows
        self.height = sum(h for h, _c in rows)
        return aw, self.height

    def split(self, aw, ah):
        if self.wrap(aw, ah)[1] <= ah:
            return [self]
        # block by block onto the next page; the part carried over holds two blocks or more
        heights = [h for h, _c in self._rows(aw, ah, "stack", None)]
        n, used = 0, 0.0
        while n < len(heights) and used + heights[n] <= ah - 1:
            used += heights[n]
            n += 1
        if len(heights) - n == 1 and n > 0:
            n -= 1
        if n == 0:
            try:
                page_h = self._doctemplateAttr("frame")._height
            except AttributeError:
                page_h = ah
            if heights[0] <= page_h:
                return []  # the next page holds it
            # a block longer than a page (a name of 2,000 characters): its parts flow on
            parts = _block_parts(self.ts, self.blocks[0], self.blocks[0].lines, 0.6)
            rest = [CommentChain(self.ts, self.blocks[1:])] if len(self.blocks) > 1 else []
            return [*parts, *rest]
        return [CommentChain(self.ts, self.blocks[:n]), CommentChain(self.ts, self.blocks[n:])]

    def draw(self):
        top = self.height
        for h, cells in self._rows_laid:
            # the comment from the top, the signatures at the foot of the row with their
            # tops level: the names of one row stand on one line
            sig_h = max(parts[-1].wrap(w, h)[1] for _x, w, parts in cells)
            for x, w, parts in cells:
                _draw_stack(parts[:-1], self.canv, x, top, w)
                sig = parts[-1]
                _w, sh = sig.wrap(w, h)
                sig.drawOn(self.canv, x, top - h + sig_h - sh)
            top -= h


def memo_flowables(memo: Memo, office: Office, ts: Typesetter,
                   garuda: str | Path | None = None) -> list[Flowable]:
    """The memo as flowables. Put first in a story (its head marks the memo first-page
    template); after it, add a PageBreak before the next document."""
    date_text = ts.date_full(memo.date) if memo.date else ""
    out: list[Flowable] = [
        StartWith(MEMO_FIRST),
        MemoHead(ts, garuda),
        Spacer(1, ts.size(12)),
        FieldLine(ts, [("ส่วนราชการ", _agency(memo, office), 0.0, 1.0)]),
        FieldLine(ts, [("ที่", _ref_no(memo, office), 0.0, DATE_COLUMN - 0.01),
                       ("วันที่", date_text, DATE_COLUMN, 1.0)]),
        FieldLine(ts, [("เรื่อง", memo.subject, 0.0, 1.0)], digits=False),
        Spacer(1, ts.size(8)),
        ts.para(f"เรียน  {memo.to}" if memo.to else "เรียน", "memo_text"),
    ]
    if memo.enclosures:
        label = "สิ่งที่ส่งมาด้วย  "
        lw = ts.size(0) + _width(ts, label)
        if len(memo.enclosures) == 1:
            out.append(ts.para(label + memo.enclosures[0], "memo_text", leftIndent=lw,
                               firstLineIndent=-lw, spaceBefore=ts.size(8)))
        else:
            for i, e in enumerate(memo.enclosures, 1):
                head = label if i == 1 else ""
                p = ts.markup(f"{ts.escape(head)}{ts.digits(str(i))}. {ts.escape(e)}", "memo_text",
                              leftIndent=lw, firstLineIndent=-lw if head else 0,
                              spaceBefore=ts.size(8) if i == 1 else 0)
                out.append(p)
    out.append(Spacer(1, ts.size(8)))
    body = [ts.para(para, "memo_body", spaceAfter=ts.size(6)) for para in memo.body]
    # the closing line and the proposer's signature never start a page alone: they go
    # with the last paragraph of the body (which itself may split over the page end)
    tail: list[Flowable] = body[-1:]
    if memo.closing:
        tail.append(ts.para(memo.closing, "memo_body", spaceBefore=ts.size(4)))
    tail.append(SignatureBlock(ts, _proposer(memo, office), center=0.6))
    out += body[:-1]
    out.append(KeepTogether(tail))
    if memo.chain:
        out.append(CommentChain(ts, memo.chain))
    return out


def _width(ts: Typesetter, text: str, style: str = "body") -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    st = ts.style(style)
    return stringWidth(text, st.fontName, st.fontSize)


HEAD_PREVIEW_CM = 5.2  # height of the strip `memo_head_pdf` draws (the top of page 1)


def memo_head_pdf(settings, agency: str = "", ref_no: str = "") -> bytes:
    """The top of a memo's first page -- Garuda, "บันทึกข้อความ", ส่วนราชการ, ที่/วันที่ --
    at its true size and place (1.5 cm from the top edge, margins 3/2 cm), as a one-page PDF
    strip: what the settings dialog shows when the font or the Garuda is chosen."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    ts = Typesetter(font=getattr(settings, "font", "Sarabun"),
                    thai_digits=getattr(settings, "thai_digits", True))
    w, h = 21.0 * cm, HEAD_PREVIEW_CM * cm
    left, right, top = 3.0 * cm, 2.0 * cm, 1.5 * cm
    aw = w - left - right
    buf = BytesIO()
    c = Canvas(buf, pagesize=(w, h))
    y = h - top
    parts: list[Flowable] = [
        MemoHead(ts, getattr(settings, "garuda_path", "") or None),
        Spacer(1, ts.size(12)),
        FieldLine(ts, [("ส่วนราชการ", agency, 0.0, 1.0)]),
        FieldLine(ts, [("ที่", ref_no, 0.0, DATE_COLUMN - 0.01), ("วันที่", "", DATE_COLUMN, 1.0)]),
    ]
    for f in parts:
        _w, fh = f.wrapOn(c, aw, y)
        y -= fh
        f.drawOn(c, left, y)
    c.showPage()
    c.save()
    return buf.getvalue()


def render_memo(memo: Memo, office: Office, out: str | Path | IO[bytes], settings) -> None:
    """Write the memo as a PDF. `settings`: domain.settings.PrintSettings (font,
    thai_digits, garuda_path)."""
    ts = Typesetter(font=getattr(settings, "font", "Sarabun"),
                    thai_digits=getattr(settings, "thai_digits", True))
    story = memo_flowables(memo, office, ts, garuda=getattr(settings, "garuda_path", "") or None)
    build_pdf(out, story, ts, title=memo.subject or "บันทึกข้อความ",
              author=office.full_name, subject="บันทึกข้อความ", first_template=MEMO_FIRST)


__all__ = ["memo_flowables", "render_memo", "PORTRAIT"]
