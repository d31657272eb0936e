"""Numbers, dates and digits for Word documents: the text half of the PDF Typesetter.

The PDF documents' data helpers (target names, grouping, round summaries) take a
Typesetter only for `digits()`/`money()`/`thai_digits`; `DocxText` offers the same methods
without fonts or ReportLab, so those helpers are reused unchanged for Word.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from itadesk.domain import thaitext


class DocxText:
    def __init__(self, thai_digits: bool = True):
        self.thai_digits = bool(thai_digits)

    def digits(self, s: Any) -> str:
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

    def score(self, value) -> str:
        """'92.13'; '-' for no score (as reports.common.fmt_score)."""
        return "-" if value is None else self.digits(f"{float(value):.2f}")

    def count(self, value: int) -> str:
        return self.digits(f"{int(value):,}")
