"""Print settings the user chooses (font, digits, Garuda image), passed to every report."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PrintSettings:
    font: str = "Sarabun"  # or an installed "TH Sarabun New" / "TH SarabunIT๙" / "TH Sarabun PSK"
    thai_digits: bool = True  # Thai digits in body text, dates and page numbers
    garuda_path: str = ""  # the office's emblem image for memos; empty leaves the slot blank
    language: str = "th"  # user-interface language: "th" or "en"
