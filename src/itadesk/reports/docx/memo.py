"""D6 บันทึกข้อความ in Word, laid out as the official form (memo-format standard, the same
constants as reports/memo.py and the page figures of the house style sheet, as the PDF): A4,
margins left 3 cm / right 2 cm, top 1.5 cm on the first page (the Garuda 1.5 cm tall at the
top-left); continuation pages get "- ๒ -" centred 1.5 cm from the top and their text from the
standard 2.5 cm, and each memo counts its own pages; "บันทึกข้อความ" 29 pt bold centred,
labels ส่วนราชการ / ที่ / วันที่ / เรื่อง 20 pt bold with 16 pt values running into dotted
tab leaders like the printed form (วันที่ from mid-line), body 16 pt with a 2.5 cm first-line
indent, the proposer's signature block, then the comment chain — heading, ☐ choices, dotted
lines for the handwritten comment and a signature block per level, each kept on one page.
"""

from __future__ import annotations

from pathlib import Path

from itadesk.domain.memo import Memo
from itadesk.domain.office import Office
from itadesk.reports.docx.writer import DocxWriter, Run
from itadesk.reports.memo import (
    BODY_PT,
    DATE_COLUMN,
    GARUDA_CM,
    INDENT_CM,
    LABEL_PT,
    TITLE_PT,
    _agency,
    _proposer,
    _ref_no,
)

MEMO_MARGINS = {"left": 3.0, "right": 2.0, "top": 1.5, "bottom": 2.0}
TEXT_W = 21.0 - 3.0 - 2.0


def continuation_figures() -> tuple[float, float]:
    """(cm from the top edge to the centre of "- ๒ -", cm to the text) of a memo's
    continuation pages: the PDF's (house style sheet: page_number_top_cm, margins_cm.top)."""
    from itadesk.reports.styles import load_sheet

    page = load_sheet().get("page", {})
    top = float(page.get("margins_cm", {}).get("top", 2.5))
    return float(page.get("page_number_top_cm", 1.5)), top


def _label_line(w: DocxWriter, segments: list[tuple[str, str, float]]) -> None:
    """Label (20 pt bold) + two spaces + value (16 pt) + a dotted tab leader to `end` cm,
    for each (label, value, end) on one line."""
    content: list[Run] = []
    tabs = []
    for k, (label, value, end) in enumerate(segments):
        if k:
            content.append(Run("\t"))
        content += [Run(label, bold=True, size=LABEL_PT), Run("  " + value, size=BODY_PT),
                    Run("\t")]
        tabs.append((end, "right" if end >= TEXT_W - 0.01 else "left", "dot"))
        if k + 1 < len(segments):  # where the next label starts
            tabs.append((end + 0.01, "left", None))
    w.para(content, tabs=tabs)


def _signature(w: DocxWriter, name: str, position: str, space_pt: float = 30,
               center: float = 0.6, keep: bool = False) -> None:
    """Dotted signature line, (name), position, centred at `center` of the text width."""
    left = max(0.0, 2 * center * TEXT_W - TEXT_W)
    w.spacer(space_pt)
    lines = ["." * 45, f"({name})" if name else "(" + "\u00a0" * 40 + ")"]
    if position:
        lines.append(position)
    for k, line in enumerate(lines):
        w.para(line, align="center", left_indent_cm=left,
               keep_with_next=keep or k < len(lines) - 1)


def write_memo(w: DocxWriter, memo: Memo, office: Office, garuda: str | Path | None = None,
               first_section: bool = True) -> None:
    """The memo, from a new page on its own margins (first_section: as the document's first
    page; else a new section)."""
    if first_section:
        w.set_margins(MEMO_MARGINS)
    else:
        w.new_section(False, MEMO_MARGINS)
    number_top, body_top = continuation_figures()
    w.continuation_pages(number_top, body_top)
    t = w.thai_digits
    from itadesk.reports.docx.text import DocxText

    tx = DocxText(t)
    # head: Garuda at the left margin, the title centred on the text width
    g = Path(garuda) if garuda else None
    if g is not None and g.is_file():
        from docx.shared import Cm

        p = w.para("", tabs=[(TEXT_W / 2, "center", None)])
        try:
            p.add_run().add_picture(str(g), height=Cm(GARUDA_CM))
        except Exception:  # a broken image leaves the slot empty, as in the PDF
            pass
        w.runs(p, [Run("\t"), Run("บันทึกข้อความ", bold=True, size=TITLE_PT)])
    else:
        w.para(Run("บันทึกข้อความ", bold=True, size=TITLE_PT), align="center",
               space_before=12)
    w.spacer(12)
    date_text = tx.date_full(memo.date) if memo.date else ""
    _label_line(w, [("ส่วนราชการ", tx.digits(_agency(memo, office)), TEXT_W)])
    _label_line(w, [("ที่", tx.digits(_ref_no(memo, office)), DATE_COLUMN * TEXT_W - 0.2),
                    ("วันที่", date_text, TEXT_W)])
    _label_line(w, [("เรื่อง", memo.subject, TEXT_W)])
    w.spacer(8)
    w.para(f"เรียน  {memo.to}" if memo.to else "เรียน")
    if memo.enclosures:
        label = "สิ่งที่ส่งมาด้วย  "
        hang = 3.0
        if len(memo.enclosures) == 1:
            p = w.para(label + memo.enclosures[0], left_indent_cm=hang, space_before=8)
            p.paragraph_format.first_line_indent = -_cm(hang)
        else:
            for i, e in enumerate(memo.enclosures, 1):
                head = label if i == 1 else ""
                p = w.para(f"{head}{tx.digits(str(i))}. {e}", left_indent_cm=hang,
                           space_before=8 if i == 1 else 0)
                if head:
                    p.paragraph_format.first_line_indent = -_cm(hang)
    w.spacer(8)
    for para in memo.body:
        w.para(para, first_indent_cm=INDENT_CM, align="thai", space_after=6)
    if memo.closing:
        w.para(memo.closing, first_indent_cm=INDENT_CM, space_before=4)
    proposer = _proposer(memo, office)
    _signature(w, proposer.name, proposer.position, space_pt=36)
    for block in memo.chain:
        w.para(block.heading, space_before=10, keep_with_next=True)
        if block.options:
            w.para(("\u00a0" * 6).join(f"☐ {o}" for o in block.options),
                   left_indent_cm=INDENT_CM, keep_with_next=True)
        for _ in range(max(0, int(block.lines))):
            w.para("\t", tabs=[(TEXT_W, "right", "dot")], keep_with_next=True)
        _signature(w, block.signer.name, block.signer.position, space_pt=26)


def _cm(v: float):
    from docx.shared import Cm

    return Cm(v)
