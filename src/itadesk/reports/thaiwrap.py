"""Where a line of Thai text may break: between words only (pythainlp `newmm`).

Thai has no spaces between words, and ReportLab breaks lines only at spaces, so a Thai
sentence is one "word" to it and gets cut at an arbitrary character. This module computes
the allowed break positions inside a run of text without spaces; `rlhooks` cuts ReportLab's
words at those positions. Pure Python, no ReportLab, so it is easy to test.

Rules (each is a printed-page complaint from Thai users):
- break only at a newmm word boundary, and only where at least one side is a Thai letter
  (a URL or a number is never split at its own token boundaries);
- never before a combining mark, ๆ or ฯ (a line must not start with them), never before
  closing punctuation nor after opening punctuation;
- a word too long for the line is broken into syllables, then into Thai character
  clusters (TCC) -- never between a base consonant and its marks.
Tokenisation is cached per string: documents repeat the same cell texts a lot.
"""

from __future__ import annotations

import builtins
import importlib.machinery
import importlib.util
import os
import re
import tempfile
import types
import unicodedata
from functools import lru_cache
from pathlib import Path


def _ensure_pythainlp_env() -> None:
    # pythainlp creates ~/pythainlp-data on import and fails where HOME is not writable
    # (locked-down office PCs, CI): read-only mode uses only the bundled dictionaries.
    if "PYTHAINLP_READ_ONLY" in os.environ:
        return
    home = os.path.expanduser("~")
    if not (os.path.isdir(home) and os.access(home, os.W_OK)):
        os.environ["PYTHAINLP_READ_ONLY"] = "1"
        os.environ.setdefault("PYTHAINLP_DATA_DIR", tempfile.gettempdir())


_ensure_pythainlp_env()

# Characters that must never start a line.
NO_LINE_START = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"  # upper/lower vowels, phinthu
    "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"  # maitaikhu, tone marks, thanthakhat...
    "\u0e33\u0e45"  # sara am (has a nikhahit part), lakkhangyao
    "\u0e46\u0e2f"  # ๆ ฯ
    ")]}>,.:;!?%\"'\u201d\u2019\u00bb\u2026/-\u2013\u2014"
)
# Characters after which a line must not end.
NO_LINE_END = frozenset("([{<\"'\u201c\u2018\u00ab/")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def is_thai_letter(ch: str) -> bool:
    """A Thai consonant or vowel (not a digit, ฯ, ๆ or a symbol)."""
    return "\u0e01" <= ch <= "\u0e4e" and ch not in "\u0e2f\u0e3f\u0e46\u0e4f"


def has_thai(text: str) -> bool:
    for ch in text:
        if "\u0e01" <= ch <= "\u0e5b":
            return True
    return False


def strip_zero_width(text: str) -> str:
    """U+200B & co are not break points for ReportLab, print as a gap, and survive into
    copied text: drop them (our own breaking replaces them)."""
    return text.translate(ZERO_WIDTH)


_tokenizer = None


class _WordSet:
    """pythainlp's word list as a set, with the one method newmm calls (`prefixes`).

    Building pythainlp's Trie of its 62,000 words takes ~0.7 s at every program start (the
    largest part of `itadesk render`'s start-up); this set segments the same words (newmm
    only asks which dictionary words start at a position). Words of 3+ characters are kept
    in groups by their first three characters, each group one newline-joined string that
    becomes a set (with, per 6-character prefix, the length of the longest word) only when a
    text first asks for it: a document touches a few hundred of the ~9,000 groups, and the
    cached index (see `_word_set`) is read in a few ms instead of ~35 ms for 62,000 strings.
    """

    def __init__(self, words):
        words = frozenset(words)
        short = [w for w in words if len(w) < 3]
        groups: dict[str, list[str]] = {}
        for w in sorted(words):
            if len(w) >= 3:
                groups.setdefault(w[:3], []).append(w)
        self._init({w for w in short if w}, {k: "\n".join(v) for k, v in groups.items()})

    def _init(self, short, groups: dict[str, str]) -> None:
        self._short = frozenset(short)
        self._groups = groups
        self._open: dict[str, tuple[frozenset[str], dict[str, int], int]] = {}
        self._len: int | None = None

    @classmethod
    def from_index(cls, short, groups: dict[str, str]) -> _WordSet:
        self = cls.__new__(cls)
        self._init(short, groups)
        return self

    def _group(self, key: str):
        hit = self._open.get(key)
        if hit is None:
            text = self._groups.get(key)
            if text is None:
                return None
            members = text.split("\n")
            max6: dict[str, int] = {}
            for w in members:
                if len(w) >= 6 and len(w) > max6.get(w[:6], 0):
                    max6[w[:6]] = len(w)
            hit = (frozenset(members), max6, max(map(len, members)))
            self._open[key] = hit
        return hit

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        short = self._short
        n = len(text)
        res = []
        for i in range(start + 1, min(n, start + 2) + 1):
            s = text[start:i]
            if s in short:
                res.append(s)
        if n - start < 3:
            return res
        group = self._group(text[start:start + 3])
        if group is None:
            return res
        words, max6, longest = group
        stop = min(n, start + longest)
        i = start + 3
        while i <= stop:
            s = text[start:i]
            if s in words:
                res.append(s)
            if i == start + 6:
                m6 = max6.get(s)
                if m6 is None:
                    break
                stop = min(stop, start + m6)
            i += 1
        return res

    @property
    def words(self) -> frozenset[str]:
        """All the words (builds every group: for tests and tools, not for segmenting)."""
        out = set(self._short)
        for text in self._groups.values():
            out.update(text.split("\n"))
        return frozenset(out)

    @property
    def _max3(self) -> dict[str, int]:
        return {k: max(map(len, v.split("\n"))) for k, v in self._groups.items()}

    def __contains__(self, word) -> bool:
        if not isinstance(word, str):
            return False
        if len(word) < 3:
            return word in self._short
        group = self._group(word[:3])
        return group is not None and word in group[0]

    def __iter__(self):
        return iter(self.words)

    def __bool__(self) -> bool:  # newmm asks `if not custom_dict` at every call
        return bool(self._short or self._groups)

    def __len__(self) -> int:
        if self._len is None:
            self._len = len(self._short) + sum(v.count("\n") + 1 for v in self._groups.values())
        return self._len


def _pythainlp_dir() -> Path | None:
    """pythainlp's package folder, found without importing the package."""
    try:
        spec = importlib.util.find_spec("pythainlp")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _word_list() -> frozenset[str]:
    """pythainlp's Thai word list (corpus/words_th.txt), read as `pythainlp.corpus.thai_words`
    reads it, but without importing pythainlp's package (its __init__ imports soundex,
    transliteration, spelling and more: ~0.1 s of every print's start-up)."""
    base = _pythainlp_dir()
    path = base / "corpus" / "words_th.txt" if base else None
    if path is not None and path.is_file():
        text = path.read_text(encoding="utf-8-sig")
        return frozenset(filter(None, text.splitlines()))
    from pythainlp.corpus import thai_words  # pragma: no cover - another layout of pythainlp

    return thai_words()


def _load_private(name: str, path: Path, imports: dict[str, object]):
    """Run one of pythainlp's module files as a private module; `from X import ...` of a
    module named in `imports` gets that object instead of importing pythainlp's packages."""
    real_import = builtins.__import__

    def _import(mod, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and mod in imports:
            return imports[mod]
        if level == 0 and mod.split(".", 1)[0] == "pythainlp":
            raise ImportError(f"{name}: unexpected import of {mod}")
        return real_import(mod, globals, locals, fromlist, level)

    module = types.ModuleType(name)
    module.__file__ = str(path)
    module.__dict__["__builtins__"] = {**builtins.__dict__, "__import__": _import}
    # the loader reads pythainlp's own cached bytecode (__pycache__) when it is up to date
    code = importlib.machinery.SourceFileLoader(name, str(path)).get_code(name)
    exec(code, module.__dict__)
    return module


def _segmenter():
    """pythainlp's own newmm `segment` function, loaded from its module file with only the
    two modules it needs (tcc_p, and a word-dictionary placeholder: we always pass ours)."""
    base = _pythainlp_dir()
    try:
        if base is None:
            raise ImportError("pythainlp not found")
        tok = base / "tokenize"
        tcc = _load_private("itadesk._pythainlp_tcc_p", tok / "tcc_p.py", {})
        newmm = _load_private("itadesk._pythainlp_newmm", tok / "newmm.py", {
            "pythainlp.tokenize": types.SimpleNamespace(word_dict_trie=None),
            "pythainlp.tokenize.tcc_p": tcc,
        })
        return newmm.segment
    except Exception:  # another pythainlp release: the ordinary (slower) import
        from pythainlp.tokenize.newmm import segment

        return segment


_INDEX_FORMAT = 2  # 2: (key, short words, {3-char prefix: joined words})


def _index_cache_path() -> Path | None:
    """Where the word-set index is cached: the user's cache folder (under ITADESK_DATA when
    that is set, as in tests and benchmarks)."""
    try:
        data = os.environ.get("ITADESK_DATA")
        if data:
            return Path(data) / "cache" / "thai-words.idx"
        import platformdirs

        return Path(platformdirs.user_cache_dir("itadesk", appauthor=False)) / "thai-words.idx"
    except Exception:
        return None


def _index_key() -> tuple | None:
    """What the cached index was built from: pythainlp's word file (size, time) and the
    index format. A new pythainlp release or an edited word list rebuilds it."""
    base = _pythainlp_dir()
    path = base / "corpus" / "words_th.txt" if base else None
    try:
        st = path.stat() if path else None
    except OSError:
        return None
    return None if st is None else (_INDEX_FORMAT, str(path), st.st_size, st.st_mtime_ns)


def _word_set() -> _WordSet:
    """The dictionary for newmm. Reading pythainlp's 62,000 words and indexing them costs
    ~0.1 s; the index is kept in the user's cache folder (like Python's own .pyc files) and
    read back in a few ms (grouped by 3-character prefix, see `_WordSet`). Any problem
    with the cache (missing, stale, unreadable, not writable) just means building it again
    from the word list."""
    import marshal

    key = _index_key()
    cache = _index_cache_path() if key else None
    if cache is not None:
        try:
            k, short, groups = marshal.loads(cache.read_bytes())
            if k == key and isinstance(short, tuple) and isinstance(groups, dict):
                return _WordSet.from_index(short, groups)
        except (OSError, ValueError, EOFError, TypeError):
            pass
    ws = _WordSet(_word_list())
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps((key, tuple(sorted(ws._short)), ws._groups)))
            tmp.replace(cache)
        except (OSError, ValueError) as exc:  # slower starts, nothing worse: note it
            import logging

            logging.getLogger(__name__).warning("word index cache %s not written: %s", cache, exc)
    return ws


def _newmm():
    global _tokenizer
    if _tokenizer is None:
        from functools import partial

        _tokenizer = partial(_segmenter(), custom_dict=_word_set())
    return _tokenizer


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """newmm words of `text` (cached per string)."""
    if not text:
        return ()
    return tuple(_newmm()(text))


def _allowed(text: str, i: int) -> bool:
    """May a line break fall between text[i-1] and text[i]?"""
    a, b = text[i - 1], text[i]
    if b in NO_LINE_START or a in NO_LINE_END:
        return False
    if a == " " or b == " ":  # a space inside a run was glued there on purpose (rlhooks)
        return False
    if unicodedata.category(b) in ("Mn", "Mc", "Me"):
        return False
    return is_thai_letter(a) or is_thai_letter(b)


# ------------------------------------------------------------------ compounds kept whole


def _compounds_path() -> Path:
    from itadesk.paths import resources_dir

    return resources_dir() / "thai" / "compounds.txt"


@lru_cache(maxsize=1)
def compounds() -> frozenset[str]:
    """The curated compounds (resources/thai/compounds.txt): words of the offices' register
    a line must not split. A missing or unreadable file means no curated words (the
    dictionary rules still apply): printing must not stop over it."""
    try:
        text = _compounds_path().read_text(encoding="utf-8-sig")
    except OSError:
        return frozenset()
    return frozenset(w for w in (ln.split("#", 1)[0].strip() for ln in text.splitlines())
                     if len(w) >= 2 and " " not in w)


@lru_cache(maxsize=1)
def _compound_index() -> dict[str, tuple[str, ...]]:
    """Curated compounds by their first two characters, longest first."""
    idx: dict[str, list[str]] = {}
    for w in compounds():
        idx.setdefault(w[:2], []).append(w)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in idx.items()}


class _WithCompounds(_WordSet):
    """The dictionary newmm segments with for line breaking: pythainlp's words plus the
    curated compounds (a loanword like ออฟฟิเชียล becomes one word instead of syllables),
    merged into a copy of the word set's groups. Answers to `prefixes` are kept for the
    text being segmented: `_recut` asks newmm's questions again."""

    def __init__(self, base: _WordSet):
        groups = dict(base._groups)
        short = set(base._short)
        for w in compounds():
            if len(w) < 3:
                short.add(w)
            elif w not in base:
                g = groups.get(w[:3])
                groups[w[:3]] = w if g is None else g + "\n" + w
        self._init(short, groups)
        self._memo_text: str | None = None
        self._memo: dict[int, list[str]] = {}

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        if text is not self._memo_text:
            self._memo_text = text
            self._memo = {}
        else:
            hit = self._memo.get(start)
            if hit is not None:
                return hit
        res = _WordSet.prefixes(self, text, start)
        self._memo[start] = res
        return res


_break_tokenizer = None


def _break_segment(text: str) -> list[str]:
    global _break_tokenizer
    if _break_tokenizer is None:
        from functools import partial

        _break_tokenizer = partial(_newmm().func, custom_dict=_dictionary())
    return _break_tokenizer(text)


def _word_set_obj():
    return _tokenizer.keywords["custom_dict"]


_break_dict: _WithCompounds | None = None


def _dictionary() -> _WithCompounds:
    """pythainlp's words and the curated compounds (built once)."""
    global _break_dict
    if _break_dict is None:
        _newmm()
        _break_dict = _WithCompounds(_word_set_obj())
    return _break_dict


def in_dictionary(word: str) -> bool:
    """A pythainlp dictionary word or a curated compound."""
    return word in _dictionary()


# ------------------------------------------------------------------ word frequencies

_FREQ_FORMAT = 2  # 2: dictionary words only
_freq: dict[str, int] | None = None


def _freq_source() -> Path | None:
    base = _pythainlp_dir()
    path = base / "corpus" / "tnc_freq.txt" if base else None
    return path if path is not None and path.is_file() else None


def _frequencies() -> dict[str, int]:
    """Word counts of the Thai National Corpus (pythainlp's tnc_freq.txt), read once and
    kept in the user's cache folder like the word index (~15 ms instead of ~150 ms). Used
    only to choose between two readings of the same letters (มาตรการ|ต่อเนื่อง or
    มาตร|การต่อเนื่อง): the reading with the commoner words wins."""
    global _freq
    if _freq is not None:
        return _freq
    import marshal

    src = _freq_source()
    cache = _index_cache_path()
    key = None
    if src is not None:
        st = src.stat()
        key = (_FREQ_FORMAT, str(src), st.st_size, st.st_mtime_ns)
    if cache is not None and key is not None:
        cache = cache.with_name("thai-freq.idx")
        try:
            k, d = marshal.loads(cache.read_bytes())
            if k == key and isinstance(d, dict):
                _freq = d
                return d
        except (OSError, ValueError, EOFError, TypeError):
            pass
    d = {}
    if src is not None:
        words = _dictionary()
        try:
            for ln in src.read_text(encoding="utf-8-sig").splitlines():
                w, _, c = ln.partition("\t")
                # only words a reading can use (half the corpus list: less memory)
                if c.strip().isdigit() and int(c) >= 2 and w in words:
                    d[w] = int(c)
        except (OSError, ValueError):
            d = {}
    if cache is not None and key is not None and d:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps((key, d)))
            tmp.replace(cache)
        except (OSError, ValueError):
            pass
    _freq = d
    return d


_CURATED_COUNT = 5000  # a curated compound counts as a common word


def _score(word: str) -> float:
    """How plausible `word` is as one word of the reading: log of its corpus count (curated
    compounds count as common words; a word outside the dictionary scores below any)."""
    import math

    if word in compounds():
        return math.log(1 + max(_CURATED_COUNT, _frequencies().get(word, 0)))
    if not in_dictionary(word):
        return -5.0
    return math.log(1 + _frequencies().get(word, 0))


def _recut(text: str, bounds: list[int]) -> list[int]:
    """Move a boundary between two neighbouring words when the same letters read better
    cut elsewhere: newmm breaks a tie between "มาตร|การต่อเนื่อง" and "มาตรการ|ต่อเนื่อง"
    (both two dictionary words) by order, not by sense. Each pair of neighbours is re-read
    as the two dictionary words whose corpus counts are highest."""
    if len(bounds) < 3:
        return bounds
    out = [bounds[0]]
    words = _dictionary()
    i = 1
    while i < len(bounds) - 1:
        s, p, e = out[-1], bounds[i], bounds[i + 1]
        a, b = text[s:p], text[p:e]
        if not (is_thai_letter(text[p - 1]) and is_thai_letter(text[p])):
            out.append(p)
            i += 1
            continue
        best, best_score = p, None
        # the other readings of the pair as two words: a dictionary word at its start
        # followed by one that ends it
        for x in words.prefixes(text, s):
            q = s + len(x)
            if q >= e:
                break  # (prefixes come shortest first)
            if q == p or not _allowed(text, q):
                continue
            y = text[q:e]
            if y in words:
                if best_score is None:
                    best_score = _score(a) + _score(b)
                sc = _score(x) + _score(y)
                if sc > best_score + 0.5:
                    best, best_score = q, sc
        out.append(best)
        i += 1
    out.append(bounds[-1])
    return out


def _compound_spans(text: str) -> list[tuple[int, int]]:
    """Occurrences of curated compounds in `text` (longest at each start), overlapping
    ones resolved to the better reading."""
    idx = _compound_index()
    if not idx:
        return []
    spans = []
    for i in range(len(text) - 1):
        cands = idx.get(text[i:i + 2])
        if cands:
            for w in cands:
                if text.startswith(w, i):
                    spans.append((i, i + len(w)))
                    break
    # drop spans inside another span
    spans.sort(key=lambda t: (t[0], -t[1]))
    kept: list[tuple[int, int]] = []
    for s, e in spans:
        if kept and kept[-1][0] <= s and e <= kept[-1][1]:
            continue
        kept.append((s, e))
    # two partly overlapping compounds ("โครงการ" and "การดำเนินงาน" in โครงการดำเนินงาน):
    # one of them is the reading, the other is cut; keep the reading that scores better
    out: list[tuple[int, int]] = []
    for s, e in kept:
        if out and s < out[-1][1]:
            ps, pe = out[-1]
            left = _score(text[ps:pe]) + _score(text[pe:e])  # the earlier one whole
            right = _score(text[ps:s]) + _score(text[s:e])  # the later one whole
            if right > left:
                out[-1] = (s, e)
            continue
        out.append((s, e))
    return out


# Office units: "กอง" / "สำนัก" and the word after them name one unit (กองคลัง, สำนักปลัด,
# กองการศึกษาฯ) and are kept on one line.
_UNIT_HEADS = frozenset(("กอง", "สำนัก", "สำนักงาน", "ฝ่าย", "หน่วย"))
# Prefixes that make a noun of the word after them (ผู้|ร้อง, นัก|วิเคราะห์, ความ|โปร่งใส):
# left alone at a line's end they read as a broken word.
_BOUND_PREFIXES = frozenset(("ผู้", "นัก", "ความ"))


@lru_cache(maxsize=65536)
def break_positions(text: str) -> tuple[int, ...]:
    """Offsets (0 < i < len) where a line may break inside a space-free run.

    1. newmm words, with the curated compounds added to its dictionary;
    2. neighbouring words re-read where the corpus prefers another cut (`_recut`);
    3. no break between two pieces newmm could not find in the dictionary (the syllables of
       an unknown word), nor after กอง/สำนัก of a unit's name or ผู้/นัก/ความ;
    4. no break inside a curated compound; its ends become break points."""
    if len(text) < 2 or not has_thai(text):
        return ()
    toks = _break_segment(text)
    bounds = [0]
    for tok in toks:
        bounds.append(bounds[-1] + len(tok))
    bounds = _recut(text, bounds)
    n = len(text)
    cuts = set()
    for k in range(1, len(bounds) - 1):
        p = bounds[k]
        a, b = text[bounds[k - 1]:p], text[p:bounds[k + 1]]
        if not _allowed(text, p):
            continue
        if (has_thai(a) and has_thai(b) and not in_dictionary(a) and not in_dictionary(b)):
            continue  # inside an unknown word
        if (a in _UNIT_HEADS or a in _BOUND_PREFIXES) and has_thai(b):
            continue
        cuts.add(p)
    for s, e in _compound_spans(text):
        cuts.difference_update(range(s + 1, e))
        for edge in (s, e):
            if 0 < edge < n and edge not in cuts and _allowed(text, edge):
                # the token crossing the edge: split it only when the rest is a word
                t0 = max(b for b in bounds if b <= edge)
                t1 = min(b for b in bounds if b >= edge)
                rest = text[t0:edge] if edge == e else text[edge:t1]
                if t0 == edge or t1 == edge or (rest and in_dictionary(rest)
                                                and not (t0 <= s and e <= t1)):
                    cuts.add(edge)
    return tuple(sorted(cuts))


# ------------------------------------------------------------------ runs kept on one line

_D = "[0-9\u0e50-\u0e59]"
_MONTHS = ("มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|"
           "พฤศจิกายน|ธันวาคม|"
           + "|".join(m.replace(".", r"\.") for m in (
               "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
               "ต.ค.", "พ.ย.", "ธ.ค.")))
_YEAR = rf"(?:(?:พ\.ศ\.|ค\.ศ\.) ?)?{_D}{{2,4}}(?!{_D})"
_DATE = rf"(?:(?<!{_D}){_D}{{1,2}} ?)?(?:{_MONTHS}) ?{_YEAR}|(?<!{_D}){_D}{{1,2}} ?(?:{_MONTHS})"
_NUMBER = rf"(?<![\d\u0e50-\u0e59,.]){_D}{{1,3}}(?:,{_D}{{3}})*(?:\.{_D}+)?"
_PROTECTED = re.compile("|".join((
    # a period: "ต.ค. ๖๖ – ก.ย. ๖๗", "๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗"
    rf"(?:{_DATE}) ?[\u2013\u2014-] ?(?:{_DATE})",
    _DATE,
    rf"(?:พ\.ศ\.|ค\.ศ\.) ?{_D}{{4}}",
    # a phone number: "๐ ๔๔๖๕ ๑๒๓๔", "044-651234", "081 234 5678", with "โทร." before it
    rf"(?:โทร(?:ศัพท์|สาร)?\.? ?)?(?<!{_D})[0\u0e50]{_D}{{0,2}}(?:[ -]?{_D}{{3,4}}){{2}}(?!{_D})",
    # money and amounts: "1,250,000.00 บาท", "๕ ล้านบาท", "ร้อยละ ๙๐"
    rf"{_NUMBER} ?(?:ล้าน|แสน|หมื่น|พัน)?บาท(?:ถ้วน)?",
    rf"ร้อยละ ?{_NUMBER}",
)))


def protected_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs in `text` a line must not break inside: dates, periods,
    phone numbers, money and percentages (spaces inside them included). A run wider than
    its column still breaks (at its spaces first)."""
    if not any("\u0e50" <= c <= "\u0e59" or "0" <= c <= "9" for c in text):
        return []
    return [m.span() for m in _PROTECTED.finditer(text) if " " in m.group() or
            has_thai(m.group())]


_UNIT_SPLIT = re.compile(r"\s*[,;/\n]\s*|\s+(?=(?:สำนัก|กอง|ฝ่าย|หน่วย|งาน|ทุก)\S)")


def unit_lines(text: str) -> str:
    """A list of responsible units as one unit per line, as seed 002 prints them:
    "สำนักปลัด กองคลัง กองช่าง" -> "สำนักปลัด\nกองคลัง\nกองช่าง". Units are recognised by
    their heads (สำนัก, กอง, ฝ่าย, หน่วย, งาน, ทุก...) or separated by commas, semicolons,
    slashes or newlines; any other text is left as it is."""
    if not text:
        return text or ""
    parts = [p.strip() for p in _UNIT_SPLIT.split(text.strip())]
    return "\n".join(p for p in parts if p)


_MONTH_AT = re.compile(f"(?:{_MONTHS})")


def _day_before_month(text: str, i: int) -> bool:
    """Is the space at text[i] between a day (1–2 digits) and a month name?"""
    k = i
    while k > 0 and ("0" <= text[k - 1] <= "9" or "\u0e50" <= text[k - 1] <= "\u0e59"):
        k -= 1
    return 1 <= i - k <= 2 and _MONTH_AT.match(text, i + 1) is not None


def subword_positions(text: str) -> tuple[int, ...]:
    """Break positions for a piece wider than its column, before syllables: after each
    space inside it (a long date or list kept together), else between the dictionary words
    it is made of (องค์การ|บริหาร|ส่วน|ตำบล, ปฏิบัติ|การ) -- the piece itself not counted as
    a word, and curated compounds shorter than the piece kept whole."""
    # (never before a dash: "๒๕๖๖ –" ends a line, "– ๓๐" does not start one; never
    # between a day and its month: "๓๐ กันยายน")
    spaces = tuple(i + 1 for i, c in enumerate(text[:-1])
                   if c == " " and text[i + 1] not in " \u2013\u2014-"
                   and not _day_before_month(text, i))
    if spaces:
        # a period breaks after its dash first ("ต.ค. ๖๖ –" / "ก.ย. ๖๗"), then at any space
        dash = tuple(i for i in spaces if i >= 2 and text[i - 2] in "\u2013\u2014-")
        return dash or spaces
    if not has_thai(text) or len(text) < 4:
        return ()
    return _subwords(text)


@lru_cache(maxsize=8192)
def _subwords(text: str) -> tuple[int, ...]:
    """The reading of `text` as the fewest dictionary words but at least two (best corpus
    score among equals), as cut positions; () when it has no such reading."""
    n = len(text)
    ws = _dictionary()
    # best[i] = (pieces, -score, prev) for text[:i]
    inner = [(s, e) for s, e in _compound_spans(text) if e - s < n]
    ok = [0 < i < n and _allowed(text, i) and not any(s < i < e for s, e in inner)
          for i in range(n + 1)]
    ok[0] = ok[n] = True
    best: list = [None] * (n + 1)
    best[0] = (0, 0.0, -1)
    for i in range(n):
        if best[i] is None or not ok[i]:
            continue
        for w in ws.prefixes(text, i):
            j = i + len(w)
            if j - i == n or not ok[j]:
                continue
            cand = (best[i][0] + 1, best[i][1] - _score(w), i)
            if best[j] is None or cand[:2] < best[j][:2]:
                best[j] = cand
    if best[n] is None:
        return ()
    cuts = []
    j = best[n][2]
    while j > 0:
        cuts.append(j)
        j = best[j][2]
    return tuple(sorted(cuts))


def split_words(text: str) -> list[str]:
    """`text` cut at its allowed break positions (the pieces join back without spaces)."""
    cuts = break_positions(text)
    if not cuts:
        return [text]
    out = []
    prev = 0
    for c in cuts:
        out.append(text[prev:c])
        prev = c
    out.append(text[prev:])
    return out


@lru_cache(maxsize=8192)
def fine_positions(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Break positions for a word too long for its line: (syllable cuts, cluster cuts).

    Syllables (pythainlp 'dict' syllables) are tried first -- for text without Thai (a web
    address, a file name) the places after its separators instead: "https://www." /
    "example.go.th/" reads better than a cut after any letter. Clusters (TCC for Thai, single
    characters otherwise) are the last resort. Never before a mark."""
    syl: list[int] = []
    letters = any(is_thai_letter(c) for c in text)
    if not letters:
        # (Thai digits are not letters: "๗๘,๐๙๗,๘๔๕.๐๐" breaks after its commas, without
        # loading pythainlp's syllable dictionary)
        syl = separator_positions(text)
        if _NUMBER_ONLY.fullmatch(text):
            syl = [i for i in syl if text[i - 1] == ","]
    else:
        try:
            from pythainlp.tokenize import syllable_tokenize

            pos = 0
            for s in syllable_tokenize(text, engine="dict"):
                pos += len(s)
                if 0 < pos < len(text) and _safe_cluster_cut(text, pos):
                    syl.append(pos)
        except Exception:  # a missing optional corpus must not stop printing
            syl = []
    clusters = [i for i in range(1, len(text)) if _safe_cluster_cut(text, i)]
    if letters:
        try:
            from pythainlp.tokenize import subword_tokenize

            pos = 0
            tcc = set()
            for s in subword_tokenize(text, engine="tcc"):
                pos += len(s)
                tcc.add(pos)
            clusters = [i for i in clusters if i in tcc or not has_thai(text[i - 1:i + 1])]
        except Exception:
            pass
    return tuple(syl), tuple(clusters)


_NUMBER_ONLY = re.compile(r"[0-9\u0e50-\u0e59.,]+")

# Not after "-": a line ending in a hyphen reads (and copies out of many viewers) as a word
# broken by hyphenation, and the hyphen is dropped.
_SEPARATORS = frozenset("/.?&=#,;")


def separator_positions(text: str) -> list[int]:
    """Cuts after each run of separators of an address ("https://", "go.th/"), never inside
    a run ("//") and never at either end."""
    return [i for i in range(1, len(text))
            if text[i - 1] in _SEPARATORS and text[i] not in _SEPARATORS]


def _safe_cluster_cut(text: str, i: int) -> bool:
    b = text[i]
    if b in "\u0e46\u0e2f\u0e33\u0e45" or unicodedata.category(b) in ("Mn", "Mc", "Me"):
        return False
    a = text[i - 1]
    # keep a leading vowel (เ แ โ ใ ไ) with the consonant it precedes
    return a not in "\u0e40\u0e41\u0e42\u0e43\u0e44"
