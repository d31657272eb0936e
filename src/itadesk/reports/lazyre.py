"""Regular expressions of ReportLab and PyYAML compiled when first used, not at import.

Python compiles every module-level `re.compile` at import, and three patterns of the pinned
ReportLab/PyYAML releases cost ~55 ms of every print's start-up (huge Unicode classes, one
of them case-insensitive) although a print never uses them. `install()` (run by the
`itadesk.reports` package before anything imports ReportLab) puts a `LazyPattern` for
exactly those (pattern, flags) in the `re` module's cache, so their `re.compile` returns it;
it compiles the real pattern on its first attribute use. Nothing is read from or written to
disk. With other releases the patterns do not match and everything compiles as before.
"""

from __future__ import annotations

import re

PATTERNS: tuple[tuple[str, int], ...] = (
    # reportlab.platypus.paragraph.uri_pat (used only with uriWasteReduce, off here): ~40 ms
    ('(^(?:[a-z0-9\\.\\-\\+]*)://)(?:\\S+(?::\\S*)?@)?(?:(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}|\\[[0-9a-f:\\.]+\\]|([a-z¡-\uffff0-9](?:[a-z¡-\uffff0-9-]{0,61}[a-z¡-\uffff0-9])?(?:\\.(?!-)[a-z¡-\uffff0-9-]{1,63}(?<!-))*\\.(?!-)(?:[a-z¡-\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?|localhost))(?::\\d{2,5})?(?:[/?#][^\\s]*)?\\Z',
     2),
    # reportlab.lib.textsplit.rx (CJK word splitting): ~6 ms
    ('([⺀-\uffff])',
     32),
    # yaml.reader.Reader.NON_PRINTABLE (pure-Python reader; libyaml's is used): ~7 ms
    ('[^\t\n\r -~\x85\xa0-\ud7ff\ue000-�𐀀-\U0010ffff]',
     0),
)


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`; compiles it on first attribute use."""

    __slots__ = ("_pattern", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int):
        self._pattern = pattern
        self._flags = flags
        self._compiled = None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re._compiler.compile(self._pattern, self._flags)
        return self._compiled

    def __getattr__(self, name):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._pattern!r}, {self._flags})"


def install() -> None:
    """Seed `re`'s cache with the lazy patterns (idempotent; a no-op where `re` differs)."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict) or not hasattr(re, "_compiler"):
        return
    for pattern, flags in PATTERNS:
        cache.setdefault((str, pattern, flags), LazyPattern(pattern, flags))
