"""Text the chosen print font cannot draw (e.g. Chinese pasted into a project's name):
found before printing so the clerk hears of it, instead of finding □ on the paper.

A character prints when the chosen family's regular face has it, or else the bundled
fallback (DejaVu Sans) has it (reports/fonts.py: the typesetter draws those from the
fallback); anything else is printed as □. Coverage is read from the fonts' own character
maps (ReportLab's TTFont face), not guessed from Unicode blocks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from itadesk.domain.errors import ItadeskError

from . import fonts

MAX_SHOWN = 8  # characters named per place


@dataclass(frozen=True)
class Unprintable:
    where: str  # the place in the documents (Thai, as the consistency check names it)
    chars: str  # the characters, each once, in order of appearance

    def message(self, lang: str = "th") -> str:
        # the code point too: the screen's font may lack the character as well
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in self.chars[:MAX_SHOWN]) + (
            " …" if len(self.chars) > MAX_SHOWN else "")
        if lang == "en":
            from itadesk.domain.consistency import where_en

            return (f"{where_en(self.where)}: the print font has no letters for {shown} "
                    "(they would print as □): retype them or choose another font")
        return (f"{self.where}: ฟอนต์ที่ใช้พิมพ์ไม่มีตัวอักษร {shown} (จะพิมพ์ออกมาเป็น □) "
                "พิมพ์ข้อความนั้นใหม่หรือเลือกฟอนต์อื่น")


def _ignorable(ch: str) -> bool:
    # spaces, line breaks, joiners and other format characters draw nothing anyway
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp")


def printable_chars(font: str = fonts.BUNDLED_FAMILY) -> frozenset[str]:
    """The characters the family (with the fallback) can print."""
    try:
        family = fonts.get_family(font)
    except ItadeskError:
        family = fonts.get_family(fonts.BUNDLED_FAMILY)
    return family.cmap | fonts.register_fallback().cmap


def unprintable(texts: Iterable[tuple[str, str]], font: str = fonts.BUNDLED_FAMILY) -> list[Unprintable]:
    """The places whose text has characters neither the font nor the fallback can draw."""
    ok = printable_chars(font)
    out = []
    for where, text in texts:
        bad = []
        for ch in text or "":
            if ch not in ok and not _ignorable(ch) and ch not in bad:
                bad.append(ch)
        if bad:
            out.append(Unprintable(where, "".join(bad)))
    return out


def year_unprintable(data, kind: str | None = None) -> list[Unprintable]:
    """The year's typed and pasted text (optionally one document's) checked against the
    font in the year's print settings."""
    from itadesk.domain.consistency import document_texts

    font = getattr(getattr(data, "settings", None), "font", None) or fonts.BUNDLED_FAMILY
    return unprintable(document_texts(data, kind), font)
