"""Numbers, dates and digits as the Thai-digit setting asks — shared by the PDF Typesetter
and the Word writer (no fonts, no ReportLab)."""

from __future__ import annotations

from datetime import date
from typing import Any

from itadesk.domain import thaitext


class NumberFormats:
    """Mixin: needs a `thai_digits` attribute."""

    thai_digits: bool = True

    def digits(self, s: Any) -> str:
        """`s` with digits as the Thai-digit setting asks."""
        return thaitext.digits(str(s), self.thai_digits)

    def money(self, amount, blank: str = "-") -> str:
        return thaitext.money(amount, thai_digits=self.thai_digits, blank=blank)

    def number(self, value, decimals: int = 0) -> str:
        return thaitext.number(value, decimals=decimals, thai_digits=self.thai_digits)

    def date_full(self, d: date) -> str:
        return thaitext.date_full(d, self.thai_digits)

    def date_short(self, d: date) -> str:
        return thaitext.date_short(d, self.thai_digits)

    def month_short(self, d: date) -> str:
        return thaitext.month_short(d, self.thai_digits)
