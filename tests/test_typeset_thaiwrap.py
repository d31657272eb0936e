"""Thai word boundaries come from pythainlp's own newmm and word list, loaded the fast way
(no pythainlp package import, a cached word index), and equal pythainlp's own results."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from itadesk.reports import thaiwrap

FIXTURES = Path(__file__).parent / "fixtures"


def corpus_runs() -> list[str]:
    lines = (FIXTURES / "thai_corpus.txt").read_text(encoding="utf-8").splitlines()
    return [run for ln in lines if ln.strip() and not ln.startswith("#")
            for run in ln.split() if thaiwrap.has_thai(run)]


def test_segmentation_equals_pythainlp_newmm():
    from pythainlp.tokenize import word_tokenize

    runs = corpus_runs()
    assert len(runs) > 50
    for run in runs:
        assert list(thaiwrap.tokens(run)) == word_tokenize(run, engine="newmm"), run


def test_word_list_is_pythainlps():
    from pythainlp.corpus import thai_words

    assert thaiwrap._word_list() == thai_words()


def test_printing_does_not_import_the_pythainlp_package(tmp_path):
    code = ("import sys; from itadesk.reports import thaiwrap; "
            "print(thaiwrap.break_positions('การประเมินคุณธรรมและความโปร่งใส')); "
            "print('pythainlp' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"ITADESK_DATA": str(tmp_path), "PATH": "/usr/bin"})
    positions, imported = out.stdout.split("\n")[:2]
    assert positions != "()" and imported == "False"


@pytest.fixture
def fresh_index(tmp_path, monkeypatch):
    monkeypatch.setenv("ITADESK_DATA", str(tmp_path))
    return tmp_path / "cache" / "thai-words.idx"


def test_word_index_is_cached_and_read_back(fresh_index):
    built = thaiwrap._word_set()
    assert fresh_index.is_file()
    cached = thaiwrap._word_set()
    assert cached.words == built.words and cached._max3 == built._max3
    assert built.words == thaiwrap._word_list() and len(built) == len(built.words)
    assert "การ" in cached and "ประเมิน" in cached and "กx" not in cached
    for run in corpus_runs()[:40]:
        for i in range(len(run)):
            assert cached.prefixes(run, i) == built.prefixes(run, i)


@pytest.mark.parametrize("content", [b"", b"not marshal data", None])
def test_damaged_or_stale_index_is_rebuilt(fresh_index, content, monkeypatch):
    import marshal

    thaiwrap._word_set()
    if content is None:  # stale: built from another word list
        key, short, groups = marshal.loads(fresh_index.read_bytes())
        fresh_index.write_bytes(marshal.dumps((key[:-1] + (0,), ("ก",), {})))
    else:
        fresh_index.write_bytes(content)
    ws = thaiwrap._word_set()
    assert len(ws) > 60000
    assert marshal.loads(fresh_index.read_bytes())[0] == thaiwrap._index_key()


def test_unwritable_cache_still_segments(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("ITADESK_DATA", str(blocker))  # cache dir cannot be created
    ws = thaiwrap._word_set()
    assert "การ" in ws.prefixes("การประเมิน", 0)


def test_without_pythainlp_files_on_disk_the_ordinary_import_is_used(monkeypatch):
    """In a bundle whose pythainlp lives inside an archive (no .py or word-list files on
    disk), segmentation falls back to pythainlp's own import and gives the same words."""
    monkeypatch.setattr(thaiwrap, "_pythainlp_dir", lambda: None)
    assert thaiwrap._index_key() is None
    seg = thaiwrap._segmenter()
    ws = thaiwrap._word_set()
    run = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
    assert seg(run, custom_dict=ws) == list(thaiwrap.tokens(run))


def test_segmenting_opens_only_the_groups_it_needs(fresh_index):
    thaiwrap._word_set()  # writes the index
    ws = thaiwrap._word_set()  # reads it back
    run = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"
    assert thaiwrap._segmenter()(run, custom_dict=ws)[:2] == ["การประเมิน", "คุณธรรม"]
    assert 0 < len(ws._open) < 40 and ws._len is None  # never walked all 9,000 groups
