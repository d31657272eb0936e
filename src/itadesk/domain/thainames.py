"""Place names and office codes as the district compares them.

The same district typed on two PCs is not always the same string: text copied from a PDF
often carries สระอำ as nikhahit + sara aa (U+0E4D U+0E32, with a tone mark before or between
them) instead of U+0E33, which NFC leaves alone (U+0E33 has only a compatibility
decomposition). `fold_name` makes such names one string, so the summary counts them together.

A DLA office code (รหัส อปท.) is exactly seven digits; Thai digits count as digits. Look-alikes
(a letter O for zero, a leading zero, a trailing dash) are other strings and would count as
other offices, so `dla_code` refuses them instead of guessing.
"""

from __future__ import annotations

import re
import unicodedata

_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# nikhahit, an optional tone mark, sara aa  ->  the tone mark, sara am
_SPLIT_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_SPACES = re.compile(r"\s+")
_DLA = re.compile(r"^[0-9]{7}$")  # limits.OFFICE_CODE_DIGITS


def fold_name(text: str) -> str:
    """NFC, สระอำ in one code point, runs of white space as one space, no space at the ends."""
    if not text:
        return text
    text = unicodedata.normalize("NFC", text)
    if "\u0e4d" in text:
        text = _SPLIT_AM.sub("\\1\u0e33", text)
    return _SPACES.sub(" ", text).strip()


def dla_code(text) -> str | None:
    """The seven-digit code (Thai digits converted), or None when `text` is not one."""
    if not isinstance(text, str):
        return None
    code = text.strip().translate(_TO_ARABIC)
    return code if _DLA.match(code) else None
