"""The memo (D6) as a clerk sends it (issue 16): a usual memo (seed 003's body) and its
three-level comment chain on one A4 page with about 2 cm to sign above each name; a longer
body flowing to a second page without a lone block there; เรื่อง's second line under the
subject's first letter; any accepted value printing (no LayoutError); the Garuda 1.5 cm tall,
and a warning with the way to add one when there is none."""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import cm

from itadesk.domain import limits
from itadesk.domain.memo import CommentBlock, Memo, Signer
from itadesk.domain.settings import PrintSettings
from itadesk.reports.memo import garuda_check, render_memo
from itadesk.reports.render import render_document
from test_documents_sample import office, sample_year

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

FIXTURE = Path(__file__).parent / "fixtures" / "seed003_memo_body.txt"
CHAIN = [CommentBlock("ความเห็นของหัวหน้าสำนักปลัด",
                      Signer("นายหัวหน้า สำนักงาน", "หัวหน้าสำนักปลัดองค์การบริหารส่วนตำบลทุ่งทดสอบ")),
         CommentBlock("ความเห็นของปลัดองค์การบริหารส่วนตำบล",
                      Signer("นายปลัด ทดลอง", "ปลัดองค์การบริหารส่วนตำบลทุ่งทดสอบ")),
         CommentBlock("ความเห็น/คำสั่งของนายกองค์การบริหารส่วนตำบล",
                      Signer("นายนายก สมมุติ", "นายกองค์การบริหารส่วนตำบลทุ่งทดสอบ"),
                      options=["ทราบ", "อนุมัติ", "ไม่อนุมัติ"])]


def seed_body() -> list[str]:
    text = FIXTURE.read_text(encoding="utf-8").split("\n", 1)[1]
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def usual_memo(**changes) -> Memo:
    import datetime as dt

    memo = Memo(year=2567, document="analysis",
                agency="สำนักปลัด องค์การบริหารส่วนตำบลทุ่งทดสอบ", phone="๐ ๗๔๐๐ ๐๐๐๐",
                ref_no="สส ๗๑๙๐๑/๑๒๓", date=dt.date(2024, 1, 8),
                subject="รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
                        "ของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
                to="นายกองค์การบริหารส่วนตำบลทุ่งทดสอบ",
                enclosures=["รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสฯ จำนวน ๑ ชุด"],
                body=seed_body(),
                proposer=Signer("นางสาวผู้เสนอ ตัวอย่าง", "นักจัดการงานทั่วไปชำนาญการ"),
                chain=list(CHAIN))
    return dataclasses.replace(memo, **changes)


def words(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page: (x0, top, x1, bottom, text) of each run pdftotext reads (a shaped run is
    one 'word': the source text of a line piece)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), html.unescape(t))
                      for a, b, c, d, t in re.findall(
                          r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                          r'yMax="([\d.]+)">(.*?)</word>', page)])
    return pages


def render(memo: Memo, path: Path, garuda: str = "") -> list:
    render_memo(memo, office(), path, PrintSettings(garuda_path=garuda))
    return words(path)


def test_usual_memo_and_three_level_chain_fit_one_page(tmp_path):
    pages = render(usual_memo(), tmp_path / "m.pdf")
    assert len(pages) == 1
    text = " ".join(w[4] for w in pages[0])
    for block in CHAIN:
        assert f"({block.signer.name})" in text


def test_room_to_sign_above_each_name(tmp_path):
    page = render(usual_memo(), tmp_path / "m.pdf")[0]
    names = ["นางสาวผู้เสนอ", *(b.signer.name.split()[0] for b in CHAIN)]
    for name in names:
        w = next(w for w in page if w[4].startswith(f"({name}"))
        # the nearest text above the name, in the name's columns
        above = [v for v in page if v[3] <= w[1] + 0.5 and v[0] < w[2] and v[2] > w[0]]
        gap = w[1] - max(v[3] for v in above)
        assert gap >= 1.7 * cm, (name, gap / cm)


def test_longer_body_flows_without_a_lone_block(tmp_path):
    pages = render(usual_memo(body=seed_body() * 2), tmp_path / "m.pdf")
    assert len(pages) == 2
    last = " ".join(w[4] for w in pages[1])
    # page 2 does not hold a single comment block alone
    blocks_there = sum(b.heading in last for b in CHAIN)
    others = [w for w in pages[1] if not re.fullmatch(r"-\s*[๐-๙0-9]+\s*-", w[4])]
    assert blocks_there != 1 or len(others) > 8, last


def test_subject_second_line_under_its_first_letter(tmp_path):
    page = render(usual_memo(subject="รายงานผลการดำเนินงาน " * 12), tmp_path / "m.pdf")[0]
    label = next(w for w in page if w[4] == "เรื่อง")
    lines = [w for w in page if w[4].startswith("รายงานผลการดำเนินงาน") and w[1] >= label[1] - 4]
    assert len(lines) >= 2
    first, second = lines[0], lines[1]
    assert second[0] == pytest.approx(first[0], abs=1.0)
    assert second[0] > label[2]  # not back under the label


def _at_most(text: str, n: int) -> str:
    """`text` repeated to exactly `n` characters: the longest value the domain accepts."""
    return (text * (n // len(text) + 1))[:n].rstrip() + "ก"


@pytest.mark.parametrize("changes", [
    {"ref_no": _at_most("สส ๗๑๙๐๑/๑๒๓ ", limits.REF_NO - 1)},
    {"proposer": Signer(_at_most("นางสาวผู้เสนอ ตัวอย่าง ", limits.NAME - 1), "นักจัดการงานทั่วไป")},
    {"chain": [CommentBlock("ความเห็นของปลัด",
                            Signer(_at_most("นายปลัด ทดลอง ", limits.NAME - 1), "ปลัด"))]},
    {"subject": _at_most("รายงาน ", limits.LINE - 1), "agency": _at_most("สำนักปลัด ", limits.AGENCY - 1),
     "to": _at_most("นายก ", limits.AGENCY - 1)},
])
def test_any_accepted_value_prints(tmp_path, changes):
    memo = usual_memo(**changes)  # the longest values the domain accepts (domain/limits.py)
    pages = render(memo, tmp_path / "m.pdf")
    text = re.sub(r"\s+", "", "".join(w[4] for p in pages for w in p))
    for key, value in changes.items():
        probe = value.name if isinstance(value, Signer) else \
            value[0].signer.name if isinstance(value, list) else value
        assert re.sub(r"\s+", "", probe)[-40:] in text, key


def _png(path: Path, w: int, h: int) -> str:
    from PIL import Image

    Image.new("RGB", (w, h), "white").save(path)
    return str(path)


def test_garuda_checked_and_printed_1_5_cm_tall(tmp_path):
    import pdfplumber

    assert "ตั้งค่าการพิมพ์และภาษา" in garuda_check("")[0] and "settings" in garuda_check("")[1]
    assert garuda_check(str(tmp_path / "none.png")) is not None
    bad = tmp_path / "bad.png"
    bad.write_text("not an image")
    assert "PNG" in garuda_check(str(bad))[0]
    assert "เล็กเกินไป" in garuda_check(_png(tmp_path / "tiny.png", 20, 20))[0]
    good = _png(tmp_path / "garuda.png", 300, 240)  # wider than tall: still 1.5 cm tall
    assert garuda_check(good) is None
    render(usual_memo(), tmp_path / "g.pdf", garuda=good)
    with pdfplumber.open(tmp_path / "g.pdf") as pdf:
        (img,) = pdf.pages[0].images
        assert img["height"] == pytest.approx(1.5 * cm, abs=0.5)
        assert img["top"] == pytest.approx(1.5 * cm, abs=1.0)  # 1.5 cm from the top edge


def test_memo_print_warns_without_garuda(tmp_path):
    data = sample_year()
    res = render_document(data, "memo", tmp_path / "memo.pdf")
    said = [p for p in res.warnings if p.code == "no_garuda"]
    assert said and "ตั้งค่า" in said[0].th
    res = render_document(data, "plan", tmp_path / "plan.pdf", with_memo=True)
    assert any(p.code == "no_garuda" for p in res.warnings)
    res = render_document(data, "plan", tmp_path / "plan2.pdf")
    assert not any(p.code == "no_garuda" for p in res.warnings)
    good = _png(tmp_path / "garuda.png", 240, 300)
    res = render_document(data, "memo", tmp_path / "memo2.pdf",
                          settings=PrintSettings(garuda_path=good))
    assert not any(p.code == "no_garuda" for p in res.warnings)
