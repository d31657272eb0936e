"""Thai text helpers: digits, Buddhist-era dates, fiscal years, money, and cleaning pasted text.

Pure Python (pythainlp only for its month tables is not needed: the names are fixed), so it
is fast to import and to test.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
MONTHS_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
BE_OFFSET = 543


def to_thai_digits(text: str) -> str:
    return text.translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


def digits(text: str, thai: bool) -> str:
    """Digits as the user's setting asks: Thai when `thai`, else Arabic."""
    return to_thai_digits(text) if thai else to_arabic_digits(text)


def be_year(d: date) -> int:
    return d.year + BE_OFFSET


def date_full(d: date, thai_digits: bool = True) -> str:
    """'๘ มกราคม ๒๕๖๔' — the form used in memos and body text."""
    return digits(f"{d.day} {MONTHS_FULL[d.month - 1]} {be_year(d)}", thai_digits)


def date_short(d: date, thai_digits: bool = True) -> str:
    """'๘ ต.ค. ๖๖' — the form used in tables."""
    return digits(f"{d.day} {MONTHS_SHORT[d.month - 1]} {be_year(d) % 100:02d}", thai_digits)


def month_short(d: date, thai_digits: bool = True) -> str:
    """'ต.ค. ๖๖' — month and two-digit BE year, as in seed 004's period column."""
    return digits(f"{MONTHS_SHORT[d.month - 1]} {be_year(d) % 100:02d}", thai_digits)


def fiscal_year_of(d: date) -> int:
    """The BE fiscal year a date falls in: 1 Oct (N-1) – 30 Sep N is year N."""
    return be_year(d) + (1 if d.month >= 10 else 0)


def fiscal_year_range(year_be: int) -> tuple[date, date]:
    ce = year_be - BE_OFFSET
    return date(ce - 1, 10, 1), date(ce, 9, 30)


def round_range(year_be: int, months: int) -> tuple[date, date]:
    """The reporting window of an action-plan round: 6 months ends 31 Mar, 12 months 30 Sep."""
    start, end = fiscal_year_range(year_be)
    if months == 6:
        return start, date(end.year, 3, 31)
    if months == 12:
        return start, end
    raise ValueError(f"round must be 6 or 12 months, not {months}")


def date_range_text(start: date, end: date, thai_digits: bool = True) -> str:
    """'๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗'."""
    return f"{date_full(start, thai_digits)} – {date_full(end, thai_digits)}"


def money(amount, thai_digits: bool = False, blank: str = "-") -> str:
    """'50,000.00' with thousands separators and two decimals (Thai digits when asked)."""
    if amount is None:
        return blank
    value = Decimal(str(amount)).quantize(Decimal("0.01"))
    return digits(f"{value:,.2f}", thai_digits)


def number(value, decimals: int = 2, thai_digits: bool = False) -> str:
    if value is None:
        return "-"
    return digits(f"{float(value):,.{decimals}f}", thai_digits)


# ---------------------------------------------------------------- text on entry

# Line separators Word and web pages put on the clipboard: a manual line break (U+000B),
# CR/CRLF, and Unicode's line and paragraph separators all become "\n".
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# What no document can hold: C0/C1 control characters except tab and line feed (U+0007 is
# Word's table-cell mark; none of them is allowed in XML, so one in a field makes every DOCX
# fail), lone surrogates (not encodable as UTF-8), the noncharacters U+FFFE/U+FFFF, and the
# zero-width space Word inserts for line-break opportunities.
_UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u200b]")


def normalize_text(text: str) -> str:
    """Text as every field stores it (the one place it is done: validate.text).

    Line breaks of every kind become "\n", control characters, lone surrogates and
    noncharacters are dropped, a sara am typed as nikhahit + sara aa becomes ำ, and the
    result is in Unicode NFC (so equal-looking text compares equal, and prints the same)."""
    # the common case, checked in C: printable apart from tabs and line feeds (no control
    # character, surrogate or noncharacter), already NFC, no nikhahit + sara aa
    if ((text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable())
            and "\u0e4d\u0e32" not in text and unicodedata.is_normalized("NFC", text)):
        return text
    text = _LINE_BREAKS.sub("\n", text)
    text = _UNPRINTABLE.sub("", text)
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------- pasted text

_TAG = re.compile(r"<[^>]{0,500}>")
_CHECKED_INPUT = re.compile(r"<input\b[^>]*\bchecked\b[^>]*>", re.I)
_UNCHECKED_INPUT = re.compile(r"<input\b[^>]*type\s*=\s*[\"']?checkbox[^>]*>", re.I)
_BREAK_TAG = re.compile(r"<\s*(br|/p|p|/div|div|/li)\b[^>]*>", re.I)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def clean_text(text: str) -> str:
    """Normalise text pasted from Word, Excel or a web page.

    Strips HTML fragments (keeping a checked checkbox as ✓), zero-width characters and
    control characters, unescapes entities, folds runs of spaces, and applies Unicode NFC
    with the Thai fix-ups pythainlp would do for the common mistakes (ํ + า → ำ).
    """
    if not text:
        return ""
    text = _CHECKED_INPUT.sub("✓", text)
    text = _UNCHECKED_INPUT.sub("", text)
    text = _BREAK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = text.translate(_ZERO_WIDTH)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = text.replace("\u0e4d\u0e32", "\u0e33")  # nikhahit + sara aa typed for sara am
    text = unicodedata.normalize("NFC", text)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n").strip()


_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def parse_number(text, *, dot_thousands: bool = False) -> Decimal | None:
    """A number typed or pasted the way offices write them, or None if it is not one.

    Accepts Thai or Arabic digits, thousands separators ("๕๐,๐๐๐.๐๐"), a trailing "บาท",
    surrounding spaces and "%", a closing ".-" ("50,000.-") or a lone trailing dot ("1.");
    "-" and "" mean no value. With `dot_thousands` (money only: baht have two decimals, so
    three digits after a dot cannot be satang) a dot used as the thousands separator
    ("๓๐.๐๐๐", seen in seed 004) is read as thousands; scores never are.
    """
    if text is None:
        return None
    if isinstance(text, (int, float, Decimal)) and not isinstance(text, bool):
        return Decimal(str(text))
    s = to_arabic_digits(clean_text(str(text)))
    s = s.replace("บาท", "").replace("%", "").replace(" ", "").replace("\u2212", "-")
    if s in ("", "-", "–", "—"):
        return None
    if s.endswith(".-"):  # "50,000.-": the way amounts are closed off in Thai documents
        s = s[:-2]
    elif re.fullmatch(r"\d+\.", s):  # "1." as in a numbered column
        s = s[:-1]
    if dot_thousands and re.fullmatch(r"[1-9]\d{0,2}(\.\d{3})+", s):  # "30.000" = 30,000
        s = s.replace(".", "")
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", s):
        s = s.replace(",", "")
    if not _NUMBER.match(s):
        return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def is_checked(text) -> bool:
    """A cell that says "done": ✓ ✔ ☑, a checked HTML checkbox, or 'x'/'/' alone."""
    if text is None:
        return False
    raw = str(text)
    if _CHECKED_INPUT.search(raw):
        return True
    s = clean_text(raw).strip()
    return s in {"✓", "✔", "☑", "x", "X", "/", "√"}


# ---------------------------------------------------------------- reading dates

_MONTH_NAMES = {name: i + 1 for i, name in enumerate(MONTHS_FULL)}
_MONTH_NAMES.update({name: i + 1 for i, name in enumerate(MONTHS_SHORT)})
_MONTH_NAMES.update({name.replace(".", ""): i + 1 for i, name in enumerate(MONTHS_SHORT)})
_DATE_WORDS = re.compile(r"^(?:วันที่\s*)?(\d{1,2})\s*([^\d\s]+?)\s*(?:พ\.\s?ศ\.\s*)?(\d{2}|\d{4})$")
_DATE_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _year_from(text: str) -> int:
    """A written year as a CE year: 2-digit years are BE (๖๖ = 2566), 4-digit > 2400 are BE."""
    year = int(text)
    if len(text) == 2:
        year += 2500
    return year - BE_OFFSET if year > 2400 else year


def parse_date(text) -> date | None:
    """A date written the way offices write it, or None if it is not one.

    Accepts Thai or Arabic digits and Buddhist-era years: "๘ มกราคม ๒๕๖๔", "๘ ม.ค. ๖๔",
    "8 ม.ค. 2564", "วันที่ ๘ มกราคม พ.ศ. ๒๕๖๔", "8/1/2564" (day/month/year) and ISO
    "2021-01-08". A 2-digit year is BE (๖๔ = 2564); a 4-digit year above 2400 is BE.
    """
    if text is None:
        return None
    if isinstance(text, date):
        return text
    s = to_arabic_digits(clean_text(str(text)))
    s = re.sub(r"\s+", " ", s).strip()
    if not s:
        return None
    try:
        if m := _DATE_ISO.match(s):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DATE_NUMERIC.match(s):
            return date(_year_from(m[3]), int(m[2]), int(m[1]))
        if m := _DATE_WORDS.match(s):
            month = _MONTH_NAMES.get(m[2]) or _MONTH_NAMES.get(m[2].replace(" ", ""))
            if month:
                return date(_year_from(m[3]), month, int(m[1]))
    except ValueError:  # 31 ก.พ. and the like
        return None
    return None
