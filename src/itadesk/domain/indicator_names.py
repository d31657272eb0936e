"""An indicator named in pasted or imported text, matched to the framework's indicator.

Real reports spell the same indicator several ways: "การใช้ทรัพย์สินของราชการ" (the framework),
"…ของทางราชการ" (seeds 000, 002), "…ของส่วนราชการ" (seed 003); "การปรับปรุงระบบการทำงาน"
(2565/2566) and "การปรับปรุงการทำงาน" (2563, 2567 on); "การแก้ไขปัญหาการทุจริต" and
"การแก้ปัญหาการทุจริต" (seed 003); with "ตัวชี้วัดที่ 8", "(๓)" or "๓.๘" in front. A clerk who
pastes a table from last year's report should not have to retype the names.

    match_indicator(fw, "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ")  -> fw.indicator(4)

The variants are data (`VARIANTS`), applied to both sides before comparing; a name that is
still not equal to exactly one indicator is not guessed at (None). Pure Python.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError

# (pattern, replacement) applied in order to a name with its spaces removed: each folds the
# spellings seen in real reports into one key. Keep them narrow: they must not make two of a
# year's indicators equal (tests/test_indicator_names.py checks every bundled year).
VARIANTS: tuple[tuple[str, str], ...] = (
    (r"ของ(?:ทาง|ส่วน)?ราชการ", "ของราชการ"),  # ทรัพย์สินของทางราชการ / ของส่วนราชการ
    (r"ปรับปรุงระบบการ", "ปรับปรุงการ"),  # การปรับปรุงระบบการทำงาน (2565/2566)
    (r"แก้ไขปัญหา", "แก้ปัญหา"),  # การแก้ไขปัญหาการทุจริต / การแก้ปัญหาการทุจริต
    (r"ภาครัฐ$", ""),
)

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# "ตัวชี้วัดที่ 8", "ตัวชี้วัดลำดับที่ ๘", "ลำดับที่ 8", "(๓)", "๓.๘", "8." in front of the name
_LEAD = re.compile(
    r"^(?:ตัวชี้วัด(?:ย่อย)?(?:ลำดับ)?(?:ที่)?|ลำดับที่)?[(\[]?\d+(?:\.\d+)?[)\].:]?"
)


def indicator_key(name) -> str:
    """The comparison key of an indicator name: NFC, no spaces or zero-width marks, Arabic
    digits, no leading number, the VARIANTS folded, case folded (for English names)."""
    text = unicodedata.normalize("NFC", "" if name is None else str(name)).translate(_THAI_DIGITS)
    text = re.sub(r"[\s\u200b\u200c\u200d\ufeff\"'“”]+", "", text)
    text = _LEAD.sub("", text)
    for pattern, repl in VARIANTS:
        text = re.sub(pattern, repl, text)
    return text.casefold()


def match_indicator(fw, name):
    """The indicator of framework `fw` that `name` names (its Thai or English name, any
    variant in VARIANTS, with or without a leading number), or None when none or more than
    one does. Duck-typed on `fw.indicators` (no import of the framework module needed)."""
    key = indicator_key(name)
    if not key:
        return None
    hits = [
        ind
        for ind in fw.indicators
        if key in (indicator_key(ind.name_th), indicator_key(ind.name_en))
    ]
    return hits[0] if len(hits) == 1 else None


def indicator_no(fw, name) -> int:
    """The number of the indicator `name` names; ValidationError naming the text otherwise.
    A bare number ("8", "๘") is taken as the number itself when the year has it."""
    digits = unicodedata.normalize("NFC", str(name or "")).translate(_THAI_DIGITS).strip()
    if digits.isdigit() and any(i.no == int(digits) for i in fw.indicators):
        return int(digits)
    hit = match_indicator(fw, name)
    if hit is None:
        shown = str(name or "").strip() or "(ว่าง)"
        raise ValidationError(
            "ตัวชี้วัด",
            f"ไม่พบตัวชี้วัด “{shown}” ในกรอบการประเมินปี {fw.fiscal_year}",
            f"no indicator “{shown}” in the {fw.fiscal_year} framework",
        )
    return hit.no
