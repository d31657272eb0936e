"""Thai typesetting: what comes out of the PDF, checked with pdftotext / pdfplumber.

Needs poppler-utils (pdftotext) on PATH; the tests skip with a message when it is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from reportlab.lib.units import cm

from itadesk.reports import layout, rlhooks, thaiwrap
from itadesk.reports.layout import build_pdf
from itadesk.reports.typesetter import Typesetter

FIXTURES = Path(__file__).parent / "fixtures"
PAGE_W = 21 * cm
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext missing: apt-get install poppler-utils")


@pytest.fixture(scope="module")
def ts():
    return Typesetter(font="Sarabun", thai_digits=True)


def corpus() -> list[str]:
    lines = (FIXTURES / "thai_corpus.txt").read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln.strip() and not ln.startswith("#")]


def render(tmp_path: Path, story, ts, name="out.pdf", **kw) -> Path:
    path = tmp_path / name
    build_pdf(path, story, ts, title="ทดสอบ", **kw)
    return path


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def assert_clean(text: str) -> None:
    assert "\ufffd" not in text
    pua = [c for c in text if 0xE000 <= ord(c) <= 0xF8FF]
    assert not pua, f"private-use characters in copied text: {pua[:5]}"


def align(paras: list[str], out: str) -> list[list[int]]:
    """Match pdftotext output to the source paragraphs exactly; a line break may stand
    for a space or for nothing. Returns, per paragraph, the source offsets where a line
    broke without a space."""
    out = out.replace("\f", "\n")
    i = 0
    result = []
    for p in paras:
        while i < len(out) and out[i] in " \n":
            i += 1
        j = 0
        breaks = []
        while j < len(p):
            assert i < len(out), f"output ended inside {p[j:j + 30]!r}"
            if out[i] == p[j]:
                i += 1
                j += 1
            elif out[i] == "\n":
                # one break, however many newlines (a table row split over two pages
                # puts the page's end and the repeated header in between)
                while i < len(out) and out[i] == "\n":
                    i += 1
                if p[j] == " ":
                    j += 1
                else:
                    breaks.append(j)
            else:
                raise AssertionError(
                    f"copy-out differs: source {p[max(0, j - 15):j + 15]!r}\n"
                    f"                      pdf    {out[max(0, i - 15):i + 15]!r}")
        result.append(breaks)
    return result


def newmm_boundaries(run: str) -> set[int]:
    from pythainlp.tokenize import word_tokenize

    pos, out = 0, set()
    for tok in word_tokenize(run, engine="newmm", keep_whitespace=True):
        pos += len(tok)
        out.add(pos)
    return out


def assert_word_breaks(p: str, breaks: list[int]) -> None:
    for j in breaks:
        start = p.rfind(" ", 0, j) + 1
        end = p.find(" ", j)
        run = p[start:end if end >= 0 else len(p)]
        assert j - start in newmm_boundaries(run), \
            f"line broke inside a word: {p[max(0, j - 12):j]!r} | {p[j:j + 12]!r}"
        assert p[j] not in "ๆฯ" and unicodedata.category(p[j]) != "Mn", \
            f"line starts with {p[j]!r}"


# ------------------------------------------------------------------ copy-out and breaking


@needs_poppler
def test_corpus_round_trip_and_word_breaks(ts, tmp_path):
    paras = corpus()
    story = [ts.para(p, "body_indent") for p in paras]
    # the same corpus again in a narrow one-column table: cells wrap twice (Table._calc then
    # draw), the case that printed .notdef boxes before
    story.append(ts.table([["หัวตาราง"]], [[p] for p in paras], [5 * cm]))
    path = render(tmp_path, story, ts, page_numbers=False)
    out = pdftotext(path)
    assert_clean(out)
    body = out.split("หัวตาราง", 1)
    breaks = align(paras, body[0])
    tbl_text = body[1].replace("หัวตาราง", "")  # repeated header on later pages
    tbl_breaks = align(paras, tbl_text)
    n = 0
    for p, b in zip(paras + paras, breaks + tbl_breaks, strict=False):
        assert_word_breaks(p, b)
        n += len(b)
    assert n > 50  # the corpus really was broken inside Thai runs


@needs_poppler
def test_sara_am_and_marks_copy_back_exactly(ts, tmp_path):
    words = ["น้ำ", "ป้ำ", "ปี่", "ที่นี่", "ญี่ปุ่น", "ฐาน", "ฎีกา", "ปฏิบัติ", "ก็", "ปั้น", "ตั๋ว",
             "กำลังทำ", "ผู้ใหญ่", "ฝั่ง"]
    story = [ts.para(w) for w in words] + [ts.para("".join(words))]
    out = pdftotext(render(tmp_path, story, ts))
    assert_clean(out)
    assert out.split("\n")[: len(words) + 1] == words + ["".join(words)]
    assert "\u0e4d\u0e32" not in out  # ำ stays one character


def test_zero_width_space_stripped(ts):
    p = ts.para("ก\u200bข\u200b")
    assert "\u200b" not in p.getPlainText()


def test_break_positions_rules():
    assert thaiwrap.split_words("ประเทศไทย") == ["ประเทศ", "ไทย"]
    # never before ๆ, ฯ or a mark; never inside Latin/number runs
    for text in ("ดีๆกัน", "ฯลฯทั้งหลาย", "https://example.com/ทดสอบ", "ปี2567"):
        for i in thaiwrap.break_positions(text):
            assert text[i] not in "ๆฯ" and unicodedata.category(text[i]) != "Mn"
    assert all(i >= 19 for i in thaiwrap.break_positions("https://example.com/ทดสอบ"))


@needs_poppler
def test_long_word_is_broken_not_overflowing(ts, tmp_path):
    import pdfplumber

    url = "https://www.example.go.th/" + "abcdefghij/" * 30
    thai = "ปฏิบัติ" * 60  # one "word" without a break point longer than the line
    story = [ts.para(url), ts.para(thai),
             ts.table([["ก", "ข"]], [[url, thai]], [4 * cm, 4 * cm])]
    path = render(tmp_path, story, ts)
    right = PAGE_W - 2 * cm + 1  # text area ends at the 2 cm right margin
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            xs = [c["x1"] for c in page.chars]
            assert max(xs) <= right, f"text overflows the right margin: {max(xs)} > {right}"
    out = pdftotext(path)
    assert_clean(out)
    joined = re.sub(r"\s+", "", out)
    assert url in joined and thai in joined


# ------------------------------------------------------------------ tables


@needs_poppler
def test_header_repeats_once_per_page_and_long_cell_splits(ts, tmp_path):
    header = [["ลำดับ", "รายการตรวจสอบ", "งบประมาณ"]]
    rows = [[i, f"กิจกรรมส่งเสริมคุณธรรมและความโปร่งใส ลำดับที่ {i}", 1000.5 * i]
            for i in range(1, 121)]
    big = ("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ " * 80)[:5000]
    rows.insert(40, ["", big, ""])
    t = ts.table(header, rows, [2 * cm, 10 * cm, 4 * cm], numeric_cols=[2])
    path = render(tmp_path, [t], ts, page_numbers=False)
    pages = pdftotext(path).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 5
    for k, page in enumerate(pages, 1):
        assert page.count("รายการตรวจสอบ") == 1, f"page {k}: header count != 1"
    # the 5,000-character cell flowed over more than one page without losing text
    joined = re.sub(r"\s+", "", "".join(pages))
    # (pdftotext may put the repeated header words anywhere around the page break)
    assert re.sub(r"\s+", "", big) in re.sub(r"ลำดับ|รายการตรวจสอบ|งบประมาณ", "", joined)
    assert_clean("".join(pages))


def test_empty_table_says_no_data(ts, tmp_path):
    t = ts.empty_table([["ก", "ข"]], [3 * cm, 3 * cm])
    assert len(t._cellvalues) == 2
    assert "ไม่มีข้อมูล" in t._cellvalues[1][0].getPlainText()


def test_numbers_are_right_aligned_and_thai_digits(ts):
    t = ts.table([["a", "b"]], [["x", 1234.5]], [3 * cm, 3 * cm])
    cell = t._cellvalues[1][1]
    assert cell.getPlainText() == "๑,๒๓๔.๕๐"
    assert cell.style.alignment == 2  # TA_RIGHT


# ------------------------------------------------------------------ fonts, markup, digits


@needs_poppler
def test_bold_markup_uses_bold_face(ts, tmp_path):
    import pdfplumber

    path = render(tmp_path, [ts.markup("ปกติ <b>ตัวหนา</b> <i>เอียง</i>")], ts)
    with pdfplumber.open(path) as pdf:
        names = {c["fontname"].split("+")[-1] for c in pdf.pages[0].chars}
    assert {"Sarabun-Regular", "Sarabun-Bold", "Sarabun-Italic"} <= names
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "Helvetica" not in out


def test_thai_digits_setting():
    on = Typesetter(thai_digits=True)
    off = Typesetter(thai_digits=False)
    assert on.digits("ปี 2567") == "ปี ๒๕๖๗"
    assert off.digits("ปี ๒๕๖๗") == "ปี 2567"
    assert on.money(50000) == "๕๐,๐๐๐.๐๐"
    assert off.money(50000) == "50,000.00"
    assert on.para("2567", digits=True).getPlainText() == "๒๕๖๗"
    assert on.para("2567").getPlainText() == "2567"  # plain text is printed as typed


@needs_poppler
@pytest.mark.parametrize("thai_digits,expected", [(True, "-๒-"), (False, "-2-")])
def test_page_numbers_from_page_two(tmp_path, thai_digits, expected):
    import pdfplumber

    ts = Typesetter(thai_digits=thai_digits)
    story = [ts.para("หน้าแรก"), *layout.portrait(), ts.para("หน้าสอง"), *layout.landscape(),
             ts.para("หน้าสาม")]
    path = render(tmp_path, story, ts)
    # -layout: plain mode joins a line ending in "-" with the next (de-hyphenation)
    pages = [re.sub(r"\s+", "", p) for p in pdftotext(path, "-layout").split("\f")]
    assert pages[0] == "หน้าแรก"
    assert pages[1].startswith(expected + "หน้าสอง")
    assert pages[2].startswith(expected.replace("๒", "๓").replace("2", "3"))
    with pdfplumber.open(path) as pdf:  # centred near the top of the page
        for page in pdf.pages[1:]:
            top = [c for c in page.chars if c["top"] < 2 * cm]
            mid = (min(c["x0"] for c in top) + max(c["x1"] for c in top)) / 2
            assert abs(mid - page.width / 2) < 3
    assert len([p for p in pages if p]) == 3


@needs_poppler
def test_symbols_are_never_boxes(ts, tmp_path):
    path = render(tmp_path, [ts.para("ผ่าน ✓ ☑ ☐ ▪ ไม่ผ่าน")], ts)
    out = pdftotext(path)
    assert "✓ ☑ ☐ ▪" in out
    fonts_used = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts_used


@needs_poppler
def test_bad_input_never_crashes(ts, tmp_path):
    nasty = [
        "", "   ", "\x00\x01\x07ข้อความ\x1b[31m", "<b>ไม่ใช่แท็ก</b> & < > &amp; &#x41;",
        "อีโมจิ 😀👍🏽❤️ 👨‍👩‍👧", "\ud800 lone surrogate", "ข้อ\tความ\r\nบรรทัด\rสาม",
        "ก" * 5000, "ข้อความ " * 700, "\u200b\u200b", "ๆๆๆ ฯฯ", "\u0e48\u0e49 mark first",
        "\ue000 private use",
    ]
    story = [ts.para(s) for s in nasty]
    story.append(ts.table([["<h>", "&"]], [[s, s] for s in nasty], [8 * cm, 8 * cm]))
    path = render(tmp_path, story, ts)
    out = pdftotext(path)
    assert_clean(out)
    assert "<b>ไม่ใช่แท็ก</b> & < > &amp; &#x41;" in out
    assert "\x00" not in out and "\x1b" not in out


def test_markup_keeps_tags(ts):
    p = ts.markup("ก <b>ข</b><br/>ค")
    assert p.getPlainText() == "ก ขค"


# ------------------------------------------------------------------ layout


@needs_poppler
def test_toc_has_real_page_numbers(ts, tmp_path):
    story = [*layout.cover_page(ts, "รายงานผลการดำเนินงาน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
                                ["องค์การบริหารส่วนตำบลทดสอบ"]),
             *layout.toc(ts),
             ts.para("บทที่ ๑ ความเป็นมา", "heading1"), ts.para("เนื้อหา " * 50, "body_indent"),
             *layout.portrait(),
             ts.para("บทที่ ๒ ผลการดำเนินงาน", "heading1"),
             ts.para("ส่วนย่อย", "heading2")]
    path = render(tmp_path, story, ts)
    pages = pdftotext(path).split("\f")
    assert "รายงานผลการดำเนินงาน" in pages[0]
    toc_page = pages[1]
    assert re.search(r"บทที่ ๑ ความเป็นมา[ .]*๓", toc_page), toc_page
    assert re.search(r"บทที่ ๒ ผลการดำเนินงาน[ .]*๔", toc_page), toc_page
    assert "บทที่ ๒" in pages[3]


def test_build_to_buffer_sets_metadata(ts):
    import io

    import pdfplumber

    buf = io.BytesIO()
    build_pdf(buf, [ts.para("ทดสอบ")], ts, title="ชื่อเอกสาร", author="อบต.")
    assert buf.getvalue().startswith(b"%PDF")
    buf.seek(0)
    with pdfplumber.open(buf) as pdf:
        assert pdf.metadata["Title"] == "ชื่อเอกสาร"
        assert pdf.metadata["Author"] == "อบต."


def test_reportlab_version_guard(monkeypatch):
    import reportlab

    rlhooks.check_version()
    monkeypatch.setattr(reportlab, "Version", "5.2.0")
    with pytest.raises(AssertionError, match="5.1.0"):
        rlhooks.check_version()


def test_rewrap_never_reshapes(ts):
    """Wrapping a shaped paragraph again (another width, or after a split) starts from the
    unshaped source, so no private-use glyph string is ever fed to harfbuzz again."""
    p = ts.para("ที่นี่ผู้ใหญ่ปี่ป้ำน้ำฝั่งญี่ปุ่นฐานฎีกาปฏิบัติ " * 10)
    p.wrap(200, 1000)
    first = [w for w in p.frags]
    p.wrap(120, 1000)
    p.wrap(200, 1000)
    parts = p.split(200, 40)
    assert len(parts) == 2
    parts[1].wrap(150, 1000)
    for w in parts[1].frags:
        src = getattr(w, "_thai_src", None)
        if src is not None:
            for _f, s in src[1:]:
                assert not any(0xE000 <= ord(c) <= 0xF8FF for c in s)
    assert first


@needs_poppler
def test_proof_sheet_width(tmp_path):
    import pdfplumber

    from itadesk.domain.errors import ItadeskError
    from itadesk.reports.proof import typeset_text_file

    src = tmp_path / "t.txt"
    paras = corpus()[:4]
    src.write_text("\ufeff" + "\n\n".join(paras) + "\n", encoding="utf-8")
    out = tmp_path / "proof.pdf"
    assert typeset_text_file(src, out, width_cm=8.0) == 4
    with pdfplumber.open(out) as pdf:
        xs = [c for p in pdf.pages for c in p.chars if c["top"] > 2 * cm]
        assert min(c["x0"] for c in xs) == pytest.approx(3 * cm, abs=1)
        assert max(c["x1"] for c in xs) <= 11 * cm + 1
    text = pdftotext(out).split("\f")[0]
    align(paras, re.sub(r"^-\S+-$", "", text, flags=re.M))
    with pytest.raises(ItadeskError):
        typeset_text_file(src, out, width_cm=30)
    with pytest.raises(ItadeskError):
        typeset_text_file(tmp_path / "missing.txt", out)


def test_symbol_inside_a_latin_or_nbsp_word_uses_the_fallback_font(ts, tmp_path):
    # "abc✓def" and "&nbsp;☐" put a fallback-font run in the same word as a Sarabun run;
    # ReportLab's multi-run shaping drew the symbol's glyph id in Sarabun (a box).
    import pdfplumber

    out = tmp_path / "mixed.pdf"
    build_pdf(out, [ts.para("abc✓def"), ts.markup("☐ ทราบ&nbsp;&nbsp;☐ อนุมัติ")], ts)
    with pdfplumber.open(out) as pdf:
        chars = pdf.pages[0].chars
    symbols = [c for c in chars if c["text"] in "✓☐"]
    assert len(symbols) == 3
    assert all("DejaVu" in c["fontname"] for c in symbols), [c["fontname"] for c in symbols]


def test_web_address_too_long_for_its_line_breaks_after_separators(ts, tmp_path):
    """A URL in a narrow cell breaks after "/" and "." (not after any letter, not after a
    hyphen, which viewers drop when copying), and copies out whole."""
    url = "https://www.nongbuathong.go.th/documents/work-assignment-2567"
    assert thaiwrap.separator_positions(url) == [8, 12, 25, 28, 31, 41]
    syl, clusters = thaiwrap.fine_positions(url)
    assert list(syl) == thaiwrap.separator_positions(url) and len(clusters) == len(url) - 1
    path = render(tmp_path, [ts.table([["หลักฐาน"]], [["หลักฐาน: " + url]], [4.2 * cm])], ts)
    out = pdftotext(path)
    lines = [ln.strip() for ln in out.splitlines() if ln.strip()][1:]  # below the header
    lines = [ln for ln in lines if not ln.startswith("-")]  # page number
    assert len(lines) >= 3, lines
    for line in lines[:-1]:
        assert line[-1] in "/.:", lines
    assert url in re.sub(r"\s+", "", out)
