"""Errors raised by the domain: each names the field and says what is wrong in Thai and English.

The domain has no Qt, so it cannot use `tr()`; instead every message carries both languages
and the caller picks one with `message(lang)`. The GUI shows it next to the field named.
"""

from __future__ import annotations


class ItadeskError(Exception):
    """Base class: a problem the user can understand and fix."""

    def __init__(self, th: str, en: str, field: str | None = None):
        self.th = th
        self.en = en
        self.field = field
        super().__init__(f"{th} ({en})" if th != en else th)

    def message(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th


class ValidationError(ItadeskError, ValueError):
    """A value refused by the domain; nothing is written."""

    def __init__(self, field: str, th: str, en: str):
        super().__init__(f"{field}: {th}", f"{field}: {en}", field=field)
        self.reason_th = th
        self.reason_en = en
