"""Thai line breaking, cached shaping and copy-out text, hooked into ReportLab 5.1 internals.

ReportLab only breaks lines at spaces, shapes each "word" it finds, and when it later cuts
and re-wraps a shaped word (tables always wrap twice, a paragraph split over pages wraps
again) it shapes the already-shaped glyph string a second time and prints .notdef boxes.
This module replaces `Paragraph.breakLines` for paragraphs whose style has `shaping=1`:

1. ReportLab's own `_getFragWords` turns the parsed fragments into words (space-separated);
2. each word is cut at Thai word boundaries (`thaiwrap`) into pieces that join back without
   a space -- ReportLab's line breaker already knows such pieces (a fragword that is not a
   `_HSFrag` has no space after it);
3. each piece is shaped once with uharfbuzz (cached per text/font/size) and keeps a link to
   its unshaped source, so any re-wrap starts again from the source and nothing is ever
   shaped twice; a piece wider than the line is cut into syllables/clusters by us, so
   ReportLab's own long-word splitting (which cuts shaped strings) is switched off;
4. ReportLab's original line breaker then runs on the ready pieces (with shaping off, since
   it is done), and its result is cached per width (tables ask twice for the same width).

Copy-out text: with shaping on, a PDF viewer copies glyph variants as private-use characters
and ำ as ํ + า. Each shaped piece whose glyphs do not spell its source text carries the
source on its first glyph's ShapeData; the patched `PDFTextObject._formatText` wraps that
piece in a marked-content span `/Span <</ActualText (source)>> BDC ... EMC`, which
pdftotext and Acrobat use instead of the glyphs.

These are private internals: `install()` refuses any ReportLab other than the pinned one,
and tests/test_typeset_hooks.py pins the behaviour.
"""

from __future__ import annotations

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapeData, ShapedFragWord, ShapedStr, makeShapedFragWord
from reportlab.pdfbase.ttfonts import shapeFragWord as _rl_shapeFragWord
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as _para
from reportlab.platypus.paragraph import Paragraph

from itadesk.reports import thaiwrap

SUPPORTED_REPORTLAB = "5.1.0"

_HSFrag = _para._HSFrag
_InjectedFrag = _para._InjectedFrag
_SHYWord = _para._SHYWord
_getFragWords = _para._getFragWords
_processed_frags = _para._processed_frags
_FK_BREAK = _para._FK_BREAK

_orig_breakLines = Paragraph.breakLines
_orig_formatText = PDFTextObject._formatText
_installed = False


def check_version() -> None:
    """The hooks below rely on ReportLab internals; refuse any other version loudly."""
    assert reportlab.Version == SUPPORTED_REPORTLAB, (
        f"itadesk's Thai typesetting hooks ReportLab {SUPPORTED_REPORTLAB} internals, "
        f"found {reportlab.Version}: re-run tests/test_typeset_hooks.py and update rlhooks.py"
    )
    for name in ("_HSFrag", "_InjectedFrag", "_SHYWord", "_getFragWords", "_processed_frags",
                 "_FK_BREAK", "_split_blParaProcessed"):
        assert hasattr(_para, name) or hasattr(Paragraph, name), name


class SrcShapeData(ShapeData):
    """ShapeData of the first glyph of a shaped piece, carrying the piece's source text.

    `n` is the number of glyphs the source text covers."""

    def __new__(cls, sd, src: str, n: int):
        self = super().__new__(cls, *sd)
        self.src = src
        self.n = n
        return self


# ------------------------------------------------------------------ shaping (cached)

_shape_cache: dict[tuple[str, str, float], tuple[float, str | None]] = {}
stats = {"shaped": 0, "cache_hits": 0}


def _shape_single(f, s: str) -> tuple[float, str | None]:
    """(width, ShapedStr or None when shaping changes nothing) for text `s` in frag `f`."""
    key = (s, f.fontName, f.fontSize)
    hit = _shape_cache.get(key)
    if hit is not None:
        stats["cache_hits"] += 1
        return hit
    stats["shaped"] += 1
    width = stringWidth(s, f.fontName, f.fontSize)
    res = _rl_shapeFragWord([width, (f, s)])
    if not isinstance(res, ShapedFragWord) or len(res) != 2:
        out = (width, None)
    else:
        glyphs = res[1][1]
        out = (res[0], _with_source(glyphs, s) if isinstance(glyphs, ShapedStr) else None)
    if len(_shape_cache) > 200_000:  # a long-running GUI session: keep memory bounded
        _shape_cache.clear()
    _shape_cache[key] = out
    return out


def _with_source(glyphs: ShapedStr, src: str) -> ShapedStr:
    """Attach `src` for /ActualText when the glyphs do not spell the source text."""
    if str(glyphs) == src or not glyphs:
        return glyphs
    sd = list(glyphs.__shapeData__)
    sd[0] = SrcShapeData(sd[0], src, len(glyphs))
    return ShapedStr(str(glyphs), shapeData=sd)


def _shape_piece(w):
    """Shaped version of an unshaped piece (fragword), linked back to it via `_thai_src`."""
    segs = w[1:]
    if len(segs) == 1:
        f, s = segs[0]
        if not s or hasattr(f, "cbDefn"):
            return w
        width, glyphs = _shape_single(f, s)
        if glyphs is None:
            return w
        new = makeShapedFragWord(w)([width, (f, glyphs)])
    else:
        new = _rl_shapeFragWord(w)
        if not isinstance(new, ShapedFragWord):
            return w
        # multi-style piece (e.g. <b> inside a word): one ActualText per style run
        text = "".join(s for _f, s in segs)
        runs = [(i, t) for i, t in enumerate(new[1:], 1) if isinstance(t[1], ShapedStr) and t[1]]
        for k, (i, (f, glyphs)) in enumerate(runs):
            c0 = glyphs.__shapeData__[0].cluster
            c1 = runs[k + 1][1][1].__shapeData__[0].cluster if k + 1 < len(runs) else len(text)
            if 0 <= c0 < c1 <= len(text):
                new[i] = (f, _with_source(glyphs, text[c0:c1]))
    new._thai_src = w
    return new


# ------------------------------------------------------------------ cutting words


def _piece(cls, segs):
    return cls([sum(stringWidth(s, f.fontName, f.fontSize) for f, s in segs if s), *segs])


def _cut(w, cuts: tuple[int, ...]) -> list:
    """Cut fragword `w` at character offsets `cuts` of its joined text.

    All pieces but the last are plain lists (no space follows them); the last keeps `w`'s
    class (a _HSFrag keeps its following space). Zero-width specials (anchors) stay with the
    piece they precede."""
    cls = type(w)
    pieces = []
    segs: list = []
    pos = 0
    ci = 0
    cut = cuts[0]
    for f, s in w[1:]:
        if not s:
            segs.append((f, s))
            continue
        start = 0
        while ci < len(cuts) and cut < pos + len(s):
            k = cut - pos
            if k > start:
                segs.append((f, s[start:k]))
            if segs:
                pieces.append(_piece(list, segs))
            segs = []
            start = k
            ci += 1
            cut = cuts[ci] if ci < len(cuts) else 1 << 60
        if start < len(s):
            segs.append((f, s[start:]))
        pos += len(s)
    pieces.append(_piece(cls, segs))
    return pieces


def _text_of(w) -> str:
    return "".join(s for _f, s in w[1:])


def _is_plain_text_word(w) -> bool:
    if isinstance(w, (_SHYWord, _InjectedFrag)) or len(w) < 2:
        return False
    for f, _s in w[1:]:
        if hasattr(f, "cbDefn") or getattr(f, "_fkind", 0) == _FK_BREAK:
            return False
    return True


def thai_words(words: list) -> list:
    """ReportLab fragwords cut at Thai word boundaries (unshaped)."""
    out: list = []
    for w in words:
        if not _is_plain_text_word(w):
            out.append(w)
            continue
        text = _text_of(w)
        if text and text[0] in "\u0e46\u0e2f" and out and isinstance(out[-1], _HSFrag) \
                and _is_plain_text_word(out[-1]):
            # "ดี ๆ": a line must not start with ๆ/ฯ, so glue it (with its space) to the
            # word before. The space stays a real space in the text (copy-out is exact).
            prev = out.pop()
            f, s = prev[-1]
            segs = [*prev[1:-1], (f, s + " "), *w[1:]]
            w = type(w)([prev[0] + stringWidth(" ", f.fontName, f.fontSize) + w[0], *segs])
            text = _text_of(w)
        cuts = thaiwrap.break_positions(text)
        out.extend(_cut(w, cuts) if cuts else [w])
    return out


def _refine(w, max_width: float) -> list:
    """Shaped pieces for unshaped piece `w`, cut finer if it is wider than `max_width`."""
    shaped = _shape_piece(w)
    if shaped[0] <= max_width or not _is_plain_text_word(w):
        return [shaped]
    text = _text_of(w)
    syl, clusters = thaiwrap.fine_positions(text)
    for cuts in (syl, clusters):
        if not cuts:
            continue
        out = []
        for p in _cut(w, cuts):
            sp = _shape_piece(p)
            if sp[0] > max_width and cuts is syl and clusters:
                sub = _text_of(p)
                _s2, c2 = thaiwrap.fine_positions(sub)
                out.extend(_shape_piece(q) for q in (_cut(p, c2) if c2 else [p]))
            else:
                out.append(sp)
        # the cut pieces must not glue to the next word: only the last keeps w's class
        return out
    return [shaped]


# ------------------------------------------------------------------ the breakLines hook

_nosplit_styles: dict[int, tuple] = {}


def _nosplit(style):
    """A copy of `style` with ReportLab's own long-word splitting, hyphenation and shaping
    off: all three are done by us before its line breaker runs."""
    hit = _nosplit_styles.get(id(style))
    if hit is not None and hit[0] is style:
        return hit[1]
    clone = style.clone(style.name + "~thai", splitLongWords=0, shaping=0,
                        hyphenationLang="", embeddedHyphenation=0, uriWasteReduce=0)
    _nosplit_styles[id(style)] = (style, clone)
    return clone


def _breakLines(self, width):
    style = self.style
    if not getattr(style, "shaping", 0) or getattr(style, "wordWrap", None):
        return _orig_breakLines(self, width)
    widths = list(width) if isinstance(width, (list, tuple)) else [width]
    key = tuple(widths)
    cached = self.__dict__.get("_thai_bl")
    if cached is not None and cached[0] == key:
        self.frags = cached[2]
        return cached[1]
    src = self.__dict__.get("_thai_src")
    if src is None:
        frags = self.frags
        if _processed_frags(frags):
            # a paragraph made by split(): its frags are our shaped pieces -> back to source
            src = [getattr(w, "_thai_src", w) for w in frags if not isinstance(w, _InjectedFrag)]
        else:
            for f in frags:  # U+200B prints as a gap and survives copy-out: drop it
                t = getattr(f, "text", None)
                if t and "\u200b" in t:
                    f.text = thaiwrap.strip_zero_width(t)
            src = thai_words(_getFragWords(frags, widths[0]))
        self._thai_src = src
    limit = max(1.0, min(widths) - 1e-6)
    words: list = []
    for w in src:
        words.extend(_refine(w, limit) if _is_plain_text_word(w) else [w])
    self.frags = words
    self.style = _nosplit(style)
    try:
        result = _orig_breakLines(self, width)
    finally:
        self.style = style
    self._thai_bl = (key, result, self.frags)
    return result


def _formatText(self, text):
    if text.__class__ is ShapedStr:
        sd = text.__shapeData__
        marks = [i for i, d in enumerate(sd) if d.__class__ is SrcShapeData]
        if marks:
            parts = []
            prev = 0
            n = len(text)
            for i in marks:
                if i < prev:
                    continue
                end = min(n, i + sd[i].n)
                if i > prev:
                    parts.append(_orig_formatText(self, text[prev:i]))
                hexsrc = sd[i].src.encode("utf-16-be").hex().upper()
                parts.append(f"/Span <</ActualText <FEFF{hexsrc}>>> BDC "
                             f"{_orig_formatText(self, text[i:end])} EMC")
                prev = end
            if prev < n:
                parts.append(_orig_formatText(self, text[prev:]))
            return " ".join(p for p in parts if p)
    return _orig_formatText(self, text)


def install() -> None:
    """Install the hooks (idempotent). Called by the typesetter on import."""
    global _installed
    if _installed:
        return
    check_version()
    Paragraph.breakLines = _breakLines
    PDFTextObject._formatText = _formatText
    _installed = True


def uninstall() -> None:
    """Back to stock ReportLab (for the benchmark's "plain" run and for tests)."""
    global _installed
    Paragraph.breakLines = _orig_breakLines
    PDFTextObject._formatText = _orig_formatText
    _installed = False


def font_is_shapable(font_name: str) -> bool:
    try:
        return bool(pdfmetrics.getFont(font_name).shapable)
    except KeyError:
        return False
