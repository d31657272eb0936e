"""Numbers, dates and digits for Word documents: the text half of the PDF Typesetter.

The PDF documents' data helpers (target names, grouping, round summaries) take a
Typesetter only for `digits()`/`money()`/`thai_digits`; `DocxText` offers the same methods
without fonts or ReportLab, so those helpers are reused unchanged for Word.
"""

from __future__ import annotations

from itadesk.reports.formats import NumberFormats


class DocxText(NumberFormats):
    def __init__(self, thai_digits: bool = True):
        self.thai_digits = bool(thai_digits)

    def score(self, value) -> str:
        """'92.13'; '-' for no score (as reports.common.fmt_score)."""
        return "-" if value is None else self.digits(f"{float(value):.2f}")

    def count(self, value: int) -> str:
        return self.digits(f"{int(value):,}")
