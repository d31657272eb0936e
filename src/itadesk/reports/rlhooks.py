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

import re

import reportlab
from reportlab.lib.rl_accel import fp_str as _fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as _ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapeData, ShapedFragWord, ShapedStr, makeShapedFragWord
from reportlab.pdfbase.ttfonts import shapeFragWord as _rl_shapeFragWord
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as _para
from reportlab.platypus.paragraph import Paragraph

from itadesk.reports import fonts, thaiwrap

SUPPORTED_REPORTLAB = "5.1.0"

_HSFrag = _para._HSFrag
_InjectedFrag = _para._InjectedFrag
_SHYWord = _para._SHYWord
_getFragWords = _para._getFragWords
_processed_frags = _para._processed_frags
_FK_BREAK = _para._FK_BREAK
_FK_IMG = _para._FK_IMG

_orig_breakLines = Paragraph.breakLines
_orig_formatText = PDFTextObject._formatText
_orig_makeToUnicodeCMap = _ttfonts.makeToUnicodeCMap
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
    """ShapeData of the first glyph of a cluster whose copy-out text needs an /ActualText
    span: `src` is the source text, `n` the number of glyphs it covers."""

    def __new__(cls, sd, src: str, n: int):
        self = super().__new__(cls, *sd)
        self.src = src
        self.n = n
        return self


# ------------------------------------------------------------------ shaping (cached)

_shape_cache: dict[tuple[str, str, float], tuple[float, str | None]] = {}
stats = {"shaped": 0, "cache_hits": 0}


def _face_key(font_name: str) -> str:
    face = pdfmetrics.getFont(font_name).face
    return (face.name + getattr(face, "subfontNameX", b"")).decode("latin-1")


_HB_FEATURES = fonts.SHAPING_FEATURES  # no Latin ligatures: copy-out stays as typed


def _shape_run(f, s: str):
    """ReportLab 5.1's `shapeFragWord([w, (f, s)])` for one run of text in one font, as
    (width, ShapedStr) or None when shaping changes nothing — the same glyphs, widths and
    shape data (tests/test_typeset_formattext.py compares the two), without a glyph-name
    lookup per glyph and the per-frag bookkeeping of multi-run words."""
    import uharfbuzz

    ttf = pdfmetrics.getFont(f.fontName)
    try:
        hbf = ttf.hbFont(f.fontSize)
    except AttributeError:
        return None
    ttfs = f.fontSize / 1000
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(s)
    buf.guess_segment_properties()
    uharfbuzz.shape(hbf, buf, _HB_FEATURES)
    face = ttf.face
    g2c = face.glyphToChar
    widths = face.charWidths
    scale = face._pdfScale
    ntext = len(s)
    chars = []
    sd = []
    newlen = 0
    changed = shaped = False
    for i, (info, pos) in enumerate(zip(buf.glyph_infos, buf.glyph_positions, strict=False)):
        gid = info.codepoint
        x_advance = pos.x_advance
        try:
            uchar = g2c[gid][0]
        except KeyError:
            uchar = ttf.hbAddPrivate(hbf.glyph_to_string(gid), gid, x_advance)
        uwidth = widths[uchar]
        uchar = chr(uchar)
        chars.append(uchar)
        x_advance = scale(x_advance)
        x_offset = scale(pos.x_offset)
        y_advance = scale(pos.y_advance)
        y_offset = scale(pos.y_offset)
        if x_advance:
            newlen += x_advance * ttfs
        if not shaped:
            shaped = (x_offset != 0 or y_offset != 0 or i >= ntext
                      or (s[i] == uchar and x_advance != uwidth))
        if not changed:
            changed = shaped or i >= ntext or s[i] != uchar
        sd.append(ShapeData(info.cluster, x_advance, y_advance, x_offset, y_offset, uwidth))
    if not changed:
        return None
    return newlen, ShapedStr("".join(chars), shapeData=sd)


def _shape_single(f, s: str) -> tuple[float, str | None]:
    """(width, ShapedStr or None when shaping changes nothing) for text `s` in frag `f`."""
    key = (s, f.fontName, f.fontSize)
    hit = _shape_cache.get(key)
    if hit is not None:
        stats["cache_hits"] += 1
        return hit
    stats["shaped"] += 1
    res = _shape_run(f, s) if s else None
    if res is None:
        out = (stringWidth(s, f.fontName, f.fontSize), None)
    else:
        out = (res[0], _annotate(res[1], s, _face_key(f.fontName)))
    if len(_shape_cache) > 200_000:  # a long-running GUI session: keep memory bounded
        _shape_cache.clear()
    _shape_cache[key] = out
    return out


# face name -> {private-use char ReportLab gave a glyph variant: the source char it shows}
_pua_source: dict[str, dict[str, str]] = {}


def _annotate(glyphs: ShapedStr, text: str, face: str, end: int | None = None) -> ShapedStr:
    """Make the copy-out text of `glyphs` equal its source `text`.

    Per harfbuzz cluster: a glyph variant that stands 1:1 for a source char (ReportLab gives
    it a private-use code) is recorded so the font's ToUnicode map names the source char;
    a cluster whose glyphs still do not spell the source (ำ drawn as ํ + า, reordered
    marks, ligatures) gets an /ActualText span. Spans are kept per cluster (not per word):
    pdftotext takes a span's extent from its last glyph, and a Thai cluster that needs a
    span always ends with a spacing glyph (า), so no phantom spaces appear."""
    g = str(glyphs)
    sd = glyphs.__shapeData__
    n = len(g)
    if not n:
        return glyphs
    groups = []
    i = 0
    while i < n:
        c = sd[i].cluster
        j = i + 1
        while j < n and sd[j].cluster == c:
            j += 1
        groups.append((i, j, c))
        i = j
    pua = _pua_source.setdefault(face, {})
    new_sd = None
    stop = len(text) if end is None else end
    for k, (i, j, c) in enumerate(groups):
        c_end = groups[k + 1][2] if k + 1 < len(groups) else stop
        if not 0 <= c < c_end <= len(text):
            continue
        src = text[c:c_end]
        gl = g[i:j]
        if gl == src:
            continue
        if len(gl) == len(src):
            mapped = []
            for x, y in zip(gl, src, strict=False):
                if x != y and "\ue000" <= x <= "\uf8ff":
                    mapped.append(pua.setdefault(x, y))
                else:
                    mapped.append(x)
            if "".join(mapped) == src:
                continue
        if new_sd is None:
            new_sd = list(sd)
        new_sd[i] = SrcShapeData(sd[i], src, j - i)
    return glyphs if new_sd is None else ShapedStr(g, shapeData=new_sd)


def _makeToUnicodeCMap(fontname, subset):
    """ReportLab's ToUnicode map, with glyph variants mapped to the chars they show."""
    m = _pua_source.get(fontname.split("+", 1)[-1])
    if m:
        subset = [ord(m.get(chr(v), chr(v))) if 0xE000 <= v <= 0xF8FF else v for v in subset]
    return _orig_makeToUnicodeCMap(fontname, subset)


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
        # zero-width specials (<onDraw>, <a name>) are kept out of harfbuzz and put back
        # at the start/end of the piece: ReportLab's own re-insertion mixes lists and tuples
        head, body, tail = [], [], []
        for seg in segs:
            if hasattr(seg[0], "cbDefn"):
                (tail if body else head).append(seg)
            else:
                body.append(seg)
        if not body:
            return w
        if len(body) == 1:
            f, s = body[0]
            width, glyphs = _shape_single(f, s)
            shaped = [(f, glyphs if glyphs is not None else s)]
        elif len({f.fontName for f, _s in body}) > 1:
            # runs in different fonts (a ✓ from the symbol fallback inside "abc✓def"):
            # harfbuzz cannot shape across fonts, and ReportLab's multi-run shaping draws
            # the second font's glyph ids in the first font. Shape each run on its own.
            width = 0.0
            shaped = []
            for f, s in body:
                if not s:
                    shaped.append((f, s))
                    continue
                wd, glyphs = _shape_single(f, s)
                width += wd
                shaped.append((f, glyphs if glyphs is not None else s))
        else:
            res = _rl_shapeFragWord([w[0], *body], features=_HB_FEATURES)
            if not isinstance(res, ShapedFragWord):
                return w
            width = res[0]
            shaped = list(res[1:])
            # multi-style piece (e.g. <b> inside a word): one ActualText per style run
            text = "".join(s for _f, s in body)
            runs = [i for i, t in enumerate(shaped) if isinstance(t[1], ShapedStr) and t[1]]
            for k, i in enumerate(runs):
                f, glyphs = shaped[i]
                c0 = glyphs.__shapeData__[0].cluster
                c1 = (shaped[runs[k + 1]][1].__shapeData__[0].cluster
                      if k + 1 < len(runs) else len(text))
                if 0 <= c0 < c1 <= len(text):
                    shaped[i] = (f, _annotate(glyphs, text, _face_key(f.fontName), end=c1))
        new = makeShapedFragWord(w)([width, *head, *shaped, *tail])
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
    """A word made of text runs (zero-width specials allowed), not an image or a <br/>."""
    if isinstance(w, (_SHYWord, _InjectedFrag)) or len(w) < 2:
        return False
    text = False
    for f, s in w[1:]:
        kind = getattr(f, "_fkind", 0)
        if kind == _FK_BREAK or kind == _FK_IMG:
            return False
        if s:
            text = True
    return text


def _glue(prev, w):
    """One fragword of `prev`, the space after it and `w` (a line may not break there).
    The space stays a real space in the text, so copy-out is exact."""
    f, s = prev[-1]
    segs = [*prev[1:-1], (f, s + " "), *w[1:]]
    return type(w)([prev[0] + stringWidth(" ", f.fontName, f.fontSize) + w[0], *segs])


def _protected_joins(words: list) -> tuple[set[int], dict[int, list[tuple[int, int]]]]:
    """Which spaces between words are inside a run kept on one line (a date, a period, a
    phone number, money: `thaiwrap.protected_spans`), as indexes k (the space after
    words[k]); and per word index, the protected spans inside that word's own text."""
    pieces = []
    starts = []
    pos = 0
    for w in words:
        plain = _is_plain_text_word(w)
        t = _text_of(w) if plain else "\n"
        starts.append(pos if plain else -1)
        pieces.append(t)
        pos += len(t)
        sep = " " if plain and isinstance(w, _HSFrag) else "\n" if plain else ""
        pieces.append(sep)
        pos += len(sep)
    joined = "".join(pieces)
    spans = thaiwrap.protected_spans(joined)
    joins: set[int] = set()
    inner: dict[int, list[tuple[int, int]]] = {}
    if not spans:
        return joins, inner
    for k, w in enumerate(words):
        st = starts[k]
        if st < 0:
            continue
        end = st + len(_text_of(w))
        for a, b in spans:
            if a <= end < b and joined[end:end + 1] == " ":
                joins.add(k)
            lo, hi = max(a, st), min(b, end)
            if lo < hi:
                inner.setdefault(k, []).append((lo - st, hi - st))
    return joins, inner


def thai_words(words: list) -> list:
    """ReportLab fragwords cut at Thai word boundaries (unshaped)."""
    joins, inner = _protected_joins(words)
    out: list = []
    spans: list[tuple[int, int]] = []  # protected spans of the word being built
    glued_prev = False
    for k, w in enumerate(words):
        if not _is_plain_text_word(w):
            out.append(w)
            glued_prev = False
            continue
        text = _text_of(w)
        own = inner.get(k, [])
        if glued_prev and out:
            # a date, period, phone number or amount goes on over this space
            prev = out.pop()
            off = len(_text_of(prev)) + 1
            w = _glue(prev, w)
            spans = spans + [(a + off, b + off) for a, b in own]
        elif text and text[0] in "\u0e46\u0e2f" and out and isinstance(out[-1], _HSFrag) \
                and _is_plain_text_word(out[-1]):
            # "ดี ๆ": a line must not start with ๆ/ฯ, so glue it (with its space) to the
            # word before. The space stays a real space in the text (copy-out is exact).
            prev = out.pop()
            off = len(_text_of(prev)) + 1
            w = _glue(prev, w)
            spans = [(a + off, b + off) for a, b in own]
        else:
            spans = list(own)
        glued_prev = k in joins
        if glued_prev:
            out.append(w)  # cut when the run ends
            continue
        text = _text_of(w)
        cuts = thaiwrap.break_positions(text)
        if spans and cuts:
            cuts = tuple(c for c in cuts if not any(a < c < b for a, b in spans))
        out.extend(_cut(w, cuts) if cuts else [w])
        spans = []
    if glued_prev and out:  # the paragraph ended inside a run
        w = out.pop()
        cuts = thaiwrap.break_positions(_text_of(w))
        cuts = tuple(c for c in cuts if not any(a < c < b for a, b in spans))
        out.extend(_cut(w, cuts) if cuts else [w])
    return out


def _level_cuts(text: str, level: int) -> tuple[int, ...]:
    """Cuts for a piece wider than its line, finest last: 0 sub-words (the spaces of a
    glued run, else dictionary words), 1 syllables, 2 character clusters. Syllables and
    clusters are computed only when asked (they load pythainlp's syllable dictionary)."""
    if level == 0:
        return thaiwrap.subword_positions(text)
    return thaiwrap.fine_positions(text)[level - 1]


LEVELS = 3


def _refine(w, max_width: float, level: int = 0) -> list:
    """Shaped pieces for unshaped piece `w`, cut finer if it is wider than `max_width`:
    first into sub-words (again for a sub-word still too wide), then syllables, then
    clusters. The cut pieces never glue to the next word: only the last keeps w's class."""
    shaped = _shape_piece(w)
    if shaped[0] <= max_width or not _is_plain_text_word(w):
        return [shaped]
    text = _text_of(w)
    for lv in range(level, LEVELS):
        cuts = _level_cuts(text, lv)
        if not cuts:
            continue
        out = []
        for p in _cut(w, cuts):
            # a sub-word may itself be made of sub-words: stay at that level
            out.extend(_refine(p, max_width, lv if lv == 0 else lv + 1))
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


_NEEDS_SPAN = re.compile("[\u0e00-\u0e7f\ue000-\uf8ff]")


def source_text(text: ShapedStr, font_name: str) -> str:
    """The source text a shaped string shows (clusters marked by `_annotate` give their
    source, glyph variants their recorded char, other glyphs themselves)."""
    sd = text.__shapeData__
    g = str(text)
    pua = _pua_source.get(_face_key(font_name), {})
    out = []
    i = 0
    n = len(g)
    while i < n:
        d = sd[i]
        if d.__class__ is SrcShapeData:
            out.append(d.src)
            i += max(1, d.n)
            continue
        ch = g[i]
        out.append(pua.get(ch, ch) if "\ue000" <= ch <= "\uf8ff" else ch)
        i += 1
    return "".join(out)


def _shaped_code(self, text: ShapedStr, font) -> str:
    """ReportLab 5.1's `PDFTextObject._formatText` for shaped text in a TrueType font, with
    the same output byte for byte (tests/test_typeset_formattext.py compares the two) in
    about half the time: each run of glyphs at one rise is folded into its TJ array directly
    instead of through a list of per-glyph bytes objects, `filter` and `groupby`."""
    canv = self._canvas
    doc = canv._doc
    esc = canv._escape
    state = (self._code, self._x, self._y)
    try:
        self._code = code = []
        R = code.append
        tmpl = None
        r0 = self._rise
        shape_data = text.__shapeData__
        fontsize = self._fontsize
        sd0 = 0
        for subset, t in font.splitString(text, doc):
            if subset != self._curSubset:
                if not tmpl:
                    tmpl = f"{_fp_str(fontsize)} Tf {_fp_str(self._leading)} TL"
                R(f"{font.getSubsetInternalName(subset, doc)} {tmpl}")
                self._curSubset = subset
            sd1 = sd0 + len(t)
            run = shape_data[sd0:sd1]
            sd0 = sd1
            n = len(run)
            i = 0
            while i < n:
                # one run of glyphs drawn at the same rise (ReportLab's "cluster")
                sd = run[i]
                if i and sd.cluster < 0:
                    break
                r = r0 + fontsize * sd.y_offset / 1000
                if r != self._rise:
                    self.setRise(r)
                parts = []   # TJ array entries
                chars = []   # pending glyph bytes
                num = None   # pending sum of adjustments (None: the last item was a glyph)
                while True:
                    for v in (-sd.x_offset, None, sd.width - sd.x_advance + sd.x_offset):
                        if v is None:
                            if num is not None:
                                f = _fp_str(num)
                                if f != "0":
                                    parts.append(f)
                                num = None
                            chars.append(t[i:i + 1])
                        elif v:
                            if chars:
                                parts.append(f"({esc(b''.join(chars))})")
                                chars = []
                            num = v if num is None else num + v
                    i += 1
                    if i >= n:
                        break
                    sd = run[i]
                    if sd.cluster < 0 or r0 + fontsize * sd.y_offset / 1000 != self._rise:
                        break
                if chars:
                    parts.append(f"({esc(b''.join(chars))})")
                elif num is not None:
                    f = _fp_str(num)
                    if f != "0":
                        parts.append(f)
                if len(parts) == 1 and parts[0].startswith("("):
                    R(f"{parts[0]} Tj")
                else:
                    R(f'[{" ".join(parts)}] TJ')
                if self._rise != r0:
                    self.setRise(r0)
        if self._rise != r0:
            self.setRise(r0)
    finally:
        self._code, self._x, self._y = state
    return " ".join(code)


def _fast_formatText(self, text):
    if text.__class__ is ShapedStr:
        font = pdfmetrics.getFont(self._fontname)
        if font._dynamicFont and font.shapable:
            return _shaped_code(self, text, font)
    return _orig_formatText(self, text)


def _formatText(self, text):
    """Shaped Thai text goes out inside one /ActualText span per drawn string (a line's run
    of one style): pdftotext then copies the source text instead of guessing from glyph
    positions (a tone mark shifted left over ป made it insert a space after ปี่)."""
    if text.__class__ is ShapedStr and _NEEDS_SPAN.search(text):
        src = source_text(text, self._fontname)
        hexsrc = src.encode("utf-16-be").hex().upper()
        return f"/Span <</ActualText <FEFF{hexsrc}>>> BDC {_fast_formatText(self, text)} EMC"
    return _fast_formatText(self, text)


def install() -> None:
    """Install the hooks (idempotent). Called by the typesetter on import."""
    global _installed
    if _installed:
        return
    check_version()
    Paragraph.breakLines = _breakLines
    PDFTextObject._formatText = _formatText
    _ttfonts.makeToUnicodeCMap = _makeToUnicodeCMap
    _installed = True


def uninstall() -> None:
    """Back to stock ReportLab (for the benchmark's "plain" run and for tests)."""
    global _installed
    Paragraph.breakLines = _orig_breakLines
    PDFTextObject._formatText = _orig_formatText
    _ttfonts.makeToUnicodeCMap = _orig_makeToUnicodeCMap
    _installed = False


def font_is_shapable(font_name: str) -> bool:
    try:
        return bool(pdfmetrics.getFont(font_name).shapable)
    except KeyError:
        return False
