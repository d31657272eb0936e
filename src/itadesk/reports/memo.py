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
TITLE_PT, LABEL_PT, BODY_PT = 29, 20, 16
INDENT_CM = 2.5
DATE_COLUMN = 0.45  # วันที่ starts this far across the text width (form: mid-line)
LABEL_GAP_PT = 6  # official pt between a label and its value (typewriter: 2 spaces)
DOT_DROP_PT = 3.0  # official pt the dotted line sits below the value baseline (clear of ุ ู)


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
        h = GARUDA_CM * cm
        if self.garuda and self.garuda.is_file():
            try:
                c.drawImage(str(self.garuda), 0, 0, height=h, width=h,
                            preserveAspectRatio=True, anchor="sw", mask="auto")
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
            p = Paragraph(ts.escape(text) or "&nbsp;",
                          ts.style(self.value_style, firstLineIndent=lw + gap))
            lab = ts.para(label, "label")
            parts.append((x0, x1, lw + gap, lab, p))
        return parts

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
                _dots(c, x0 + (indent if i == 0 else 0), x1, y)


class SignatureBlock(Flowable):
    """Signature line, (name), position: centred on `center` (fraction of the width)."""

    def __init__(self, ts: Typesetter, signer: Signer, center: float = 0.5,
                 extra: list[str] | None = None, space_pt: float = 30):
        super().__init__()
        self.ts = ts
        self.center = center
        self.space = ts.size(space_pt)
        # an unnamed signer leaves room to write the name in: (                    )
        name = (ts.escape(f"({signer.name})") if signer.name
                else "(" + "&nbsp;" * 50 + ")")
        self.paras = [ts.markup(name, "signature")]
        self.paras += [ts.para(s, "signature") for s in [signer.position, *(extra or [])] if s]
        self.sig_w = 6.5 * cm

    def wrap(self, aw, ah):
        self.width = aw
        self.block_w = min(aw, 9 * cm)
        h = self.space
        for p in self.paras:
            h += p.wrap(self.block_w, ah)[1]
        self.height = h
        return aw, h

    def draw(self):
        c = self.canv
        cx = self.width * self.center
        y = self.height - self.space
        _dots(c, cx - self.sig_w / 2, cx + self.sig_w / 2, y + self.ts.size(4))
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


def comment_block(ts: Typesetter, block: CommentBlock) -> Flowable:
    """One level of the comment chain, kept on one page."""
    parts: list[Flowable] = [ts.para(block.heading, "body", spaceBefore=ts.size(10))]
    if block.options:
        boxes = "&nbsp;" * 6
        boxes = boxes.join(f"☐ {ts.escape(o)}" for o in block.options)
        parts.append(ts.markup(boxes, "body", leftIndent=INDENT_CM * cm))
    parts.append(DottedLines(ts, block.lines))
    parts.append(SignatureBlock(ts, block.signer, center=0.6, space_pt=26))
    return KeepTogether(parts)


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
        ts.para(f"เรียน  {memo.to}" if memo.to else "เรียน", "body"),
    ]
    if memo.enclosures:
        label = "สิ่งที่ส่งมาด้วย  "
        lw = ts.size(0) + _width(ts, label)
        if len(memo.enclosures) == 1:
            out.append(ts.para(label + memo.enclosures[0], "body", leftIndent=lw,
                               firstLineIndent=-lw, spaceBefore=ts.size(8)))
        else:
            for i, e in enumerate(memo.enclosures, 1):
                head = label if i == 1 else ""
                p = ts.markup(f"{ts.escape(head)}{ts.digits(str(i))}. {ts.escape(e)}", "body",
                              leftIndent=lw, firstLineIndent=-lw if head else 0,
                              spaceBefore=ts.size(8) if i == 1 else 0)
                out.append(p)
    out.append(Spacer(1, ts.size(8)))
    for para in memo.body:
        out.append(ts.para(para, "body_indent", spaceAfter=ts.size(6)))
    if memo.closing:
        out.append(ts.para(memo.closing, "body_indent", spaceBefore=ts.size(4)))
    out.append(SignatureBlock(ts, _proposer(memo, office), center=0.6, space_pt=36))
    for block in memo.chain:
        out.append(comment_block(ts, block))
    return out


def _width(ts: Typesetter, text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    st = ts.style("body")
    return stringWidth(text, st.fontName, st.fontSize)


def render_memo(memo: Memo, office: Office, out: str | Path | IO[bytes], settings) -> None:
    """Write the memo as a PDF. `settings`: domain.settings.PrintSettings (font,
    thai_digits, garuda_path)."""
    ts = Typesetter(font=getattr(settings, "font", "Sarabun"),
                    thai_digits=getattr(settings, "thai_digits", True))
    story = memo_flowables(memo, office, ts, garuda=getattr(settings, "garuda_path", "") or None)
    build_pdf(out, story, ts, title=memo.subject or "บันทึกข้อความ",
              author=office.full_name, subject="บันทึกข้อความ", first_template=MEMO_FIRST)


__all__ = ["memo_flowables", "render_memo", "PORTRAIT"]
