"""Proof sheet: a plain Thai text file set in the house style, to check fonts and breaking.

`itadesk typeset FILE OUT.pdf` (wired by the CLI) calls `typeset_text_file`.
"""

from __future__ import annotations

import re
from pathlib import Path

from itadesk.domain.errors import ItadeskError
from itadesk.reports.layout import build_pdf
from itadesk.reports.typesetter import Typesetter


def read_paragraphs(text: str) -> list[str]:
    """Blank line = new paragraph; single newlines inside a paragraph are kept as breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def typeset_text_file(text_path: str | Path, out_pdf: str | Path, width_cm: float = 16.0,
                      font: str = "Sarabun", thai_digits: bool = False) -> int:
    """Set the paragraphs of UTF-8 text file `text_path` as body text (2.5 cm first-line
    indent) `width_cm` wide, into `out_pdf`. Returns the number of paragraphs set.

    Digits are printed as typed unless `thai_digits`. Raises ItadeskError for an unreadable
    file and FontError for a missing font."""
    path = Path(text_path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ItadeskError(f"อ่านไฟล์ข้อความไม่ได้: {path}",
                           f"cannot read text file {path}: {exc}") from exc
    ts = Typesetter(font=font, thai_digits=thai_digits)
    if not 2.0 <= width_cm <= 40.0:
        raise ItadeskError("ความกว้างข้อความต้องอยู่ระหว่าง ๒ ถึง ๔๐ ซม.",
                           "text width must be between 2 and 40 cm")
    # keep the left margin at 3 cm and let the right margin give the asked width
    right = 21.0 - 3.0 - width_cm
    if right < 0.5:
        raise ItadeskError("ข้อความกว้างเกินหน้ากระดาษ A4", "text width does not fit on A4")
    ts.page["margins_cm"] = {**ts.page.get("margins_cm", {}), "left": 3.0, "right": right}
    paras = read_paragraphs(text)
    story = [ts.para(p, "body_indent", digits=thai_digits) for p in paras]
    if not story:
        story = [ts.para("(ไม่มีข้อความ)", "body")]
    build_pdf(out_pdf, story, ts, title=path.stem, subject=f"proof {width_cm:g} cm")
    return len(paras)


__all__ = ["typeset_text_file", "read_paragraphs"]
