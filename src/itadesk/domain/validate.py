"""Small checks shared by the domain dataclasses. Each raises ValidationError naming the field."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal, InvalidOperation

from . import limits
from .errors import ValidationError
from .thaitext import normalize_text, parse_number

MAX_TEXT = limits.TEXT  # one cell of a real report is at most a few thousand characters


def score(field: str, value, *, optional: bool = False) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise ValidationError(field, "ต้องกรอกคะแนน", "a score is required")
    if isinstance(value, bool):
        raise ValidationError(field, "คะแนนต้องเป็นตัวเลข", "the score must be a number")
    if isinstance(value, str):
        parsed = parse_number(value)
        if parsed is None:
            raise ValidationError(
                field, f"คะแนน “{value}” ไม่ใช่ตัวเลข", f"the score “{value}” is not a number"
            )
        value = parsed
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(field, "คะแนนต้องเป็นตัวเลข", "the score must be a number") from None
    if math.isnan(number) or not 0 <= number <= 100:
        raise ValidationError(
            field, "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐", "the score must be between 0 and 100"
        )
    return round(number, 2)


def money(field: str, value, *, optional: bool = True) -> Decimal | None:
    """A baht amount >= 0 with two decimals; None means "not given" (e.g. ไม่ใช้งบประมาณ)."""
    if value is None or (isinstance(value, str) and value.strip() in ("", "-")):
        if optional:
            return None
        raise ValidationError(field, "ต้องกรอกจำนวนเงิน", "an amount is required")
    if isinstance(value, bool):
        raise ValidationError(field, "จำนวนเงินต้องเป็นตัวเลข", "the amount must be a number")
    if isinstance(value, str):
        parsed = parse_number(value, dot_thousands=True)
        if parsed is None:
            raise ValidationError(
                field, f"จำนวนเงิน “{value}” ไม่ใช่ตัวเลข", f"the amount “{value}” is not a number"
            )
        value = parsed
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError, OverflowError):
        raise ValidationError(field, "จำนวนเงินต้องเป็นตัวเลข", "the amount must be a number") from None
    if not amount.is_finite():
        raise ValidationError(field, "จำนวนเงินต้องเป็นตัวเลข", "the amount must be a number")
    if amount < 0:
        raise ValidationError(field, "จำนวนเงินติดลบไม่ได้", "the amount cannot be negative")
    if amount > Decimal("1e12"):
        raise ValidationError(field, "จำนวนเงินสูงเกินจริง", "the amount is implausibly large")
    return amount.quantize(Decimal("0.01"))


def text(field: str, value, *, required: bool = False, max_len: int = MAX_TEXT,
         one_line: bool = False) -> str:
    """Normalised text (see thaitext.normalize_text) of at most `max_len` characters.
    `one_line`: a name, a position, a reference number… is one line of a printed block, so
    line breaks and tabs in it become spaces (a signer's "name" of 50 lines made a signature
    block taller than a page)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        value = str(value)
    value = normalize_text(value)  # the one place text is normalised (see thaitext)
    if one_line and ("\n" in value or "\t" in value):
        value = " ".join(value.split())
    if required and not value.strip():
        raise ValidationError(field, "ต้องกรอกข้อมูล", "this field is required")
    if len(value) > max_len:
        raise ValidationError(
            field,
            f"ข้อความยาวเกิน {max_len:,} ตัวอักษร",
            f"the text is longer than {max_len:,} characters",
        )
    return value


def year_be(field: str, value) -> int:
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, "ปีงบประมาณต้องเป็นตัวเลข", "the fiscal year must be a number") from None
    if not 2500 <= year <= 2700:
        raise ValidationError(
            field,
            "ปีงบประมาณต้องเป็นปีพุทธศักราช เช่น ๒๕๖๗",
            "the fiscal year must be a Buddhist-era year such as 2567",
        )
    return year


def choice(field: str, value, allowed) -> str:
    if value not in allowed:
        raise ValidationError(
            field,
            f"ค่า “{value}” ไม่อยู่ในรายการที่กำหนด",
            f"“{value}” is not one of the allowed values",
        )
    return value


def period(field: str, start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise ValidationError(
            field, "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น", "the end date cannot be before the start date"
        )


def texts(field: str, values, *, limit: int, max_len: int = MAX_TEXT,
          one_line: bool = False) -> list[str]:
    """A list of texts (memo paragraphs, enclosures, options): at most `limit` of them."""
    if isinstance(values, str):
        raise ValidationError(field, "ต้องเป็นรายการข้อความ", "must be a list of texts")
    return [text(field, v, max_len=max_len, one_line=one_line)
            for v in limits.count(field, values, limit)]


def integer(field: str, value, lo: int, hi: int) -> int:
    if isinstance(value, bool):
        raise ValidationError(field, "ต้องเป็นจำนวนเต็ม", "must be a whole number")
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(field, "ต้องเป็นจำนวนเต็ม", "must be a whole number") from None
    if number != value and not isinstance(value, str):
        raise ValidationError(field, "ต้องเป็นจำนวนเต็ม", "must be a whole number")
    if not lo <= number <= hi:
        raise ValidationError(field, f"ต้องอยู่ระหว่าง {lo} ถึง {hi}", f"must be between {lo} and {hi}")
    return number
