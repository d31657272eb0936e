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
    if unicodedata.category(b) in ("Mn", "Mc", "Me"):
        return False
    return is_thai_letter(a) or is_thai_letter(b)


@lru_cache(maxsize=65536)
def break_positions(text: str) -> tuple[int, ...]:
    """Offsets (0 < i < len) where a line may break inside a space-free run."""
    if len(text) < 2 or not has_thai(text):
        return ()
    out = []
    pos = 0
    for tok in tokens(text):
        pos += len(tok)
        if 0 < pos < len(text) and _allowed(text, pos):
            out.append(pos)
    return tuple(out)


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
    if not has_thai(text):
        syl = separator_positions(text)
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
    if has_thai(text):
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
