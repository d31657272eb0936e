"""The memo (บันทึกข้อความ) against memo-format.yaml: sizes in official points, margins,
indent, Garuda slot, ที่/วันที่ on one line, the comment chain flowing to page 2."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak

from itadesk.domain.memo import CommentBlock, Memo, Signer
from itadesk.domain.office import Office, Person
from itadesk.domain.settings import PrintSettings
from itadesk.reports.layout import build_pdf
from itadesk.reports.memo import memo_flowables, render_memo
from itadesk.reports.typesetter import Typesetter

pdfplumber = pytest.importorskip("pdfplumber")
MM = cm / 10
BODY = ("ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) "
        "ได้พัฒนาเครื่องมือการประเมินเชิงบวกเพื่อเป็นมาตรฐานการป้องกันการทุจริต "
        "และเป็นกลไกในการสร้างความตระหนักให้หน่วยงานภาครัฐมีการดำเนินงานอย่างโปร่งใส")


def office() -> Office:
    return Office(code="6710101", kind="อบต.", name="บ่อแก้ว", phone="0834406722",
                  doc_prefix="กส ๗๑๙๐๑",
                  people=[Person("นางสาวทดสอบ ใจดี", "นักจัดการงานทั่วไป", "proposer")])


def memo(paragraphs: int = 2) -> Memo:
    return Memo(
        year=2567, agency="สำนักงานปลัด องค์การบริหารส่วนตำบลบ่อแก้ว", ref_no="กส ๗๑๙๐๑/123",
        date=dt.date(2021, 1, 8), subject="รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส",
        to="นายกองค์การบริหารส่วนตำบลบ่อแก้ว", enclosures=["รายงานการวิเคราะห์ฯ จำนวน ๑ ชุด"],
        body=[BODY] * paragraphs,
        chain=[CommentBlock("ความเห็นของหัวหน้าสำนักปลัด", Signer("นายหนึ่ง สองสาม", "หัวหน้าสำนักปลัด")),
               CommentBlock("ความเห็นของปลัดองค์การบริหารส่วนตำบล", Signer("นายสี่ ห้าหก", "ปลัด")),
               CommentBlock("ความเห็น/คำสั่งของนายกองค์การบริหารส่วนตำบล",
                            Signer("นายเจ็ด แปดเก้า", "นายกองค์การบริหารส่วนตำบลบ่อแก้ว"),
                            options=["ทราบ", "อนุมัติ", "ไม่อนุมัติ"])],
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    from PIL import Image

    d = tmp_path_factory.mktemp("memo")
    garuda = d / "garuda.png"
    Image.new("RGB", (120, 150), "black").save(garuda)
    out = d / "memo.pdf"
    render_memo(memo(), office(), out, PrintSettings(garuda_path=str(garuda)))
    return out


def lines_of(chars):
    rows: dict[int, list] = {}
    for c in chars:
        rows.setdefault(round(c["bottom"]), []).append(c)
    return [sorted(v, key=lambda c: c["x0"]) for _k, v in sorted(rows.items())]


def test_sizes_in_official_points(rendered):
    scale = Typesetter().family.scale
    with pdfplumber.open(rendered) as pdf:
        chars = pdf.pages[0].chars
    sizes = sorted({round(c["size"] / scale, 1) for c in chars})
    assert max(sizes) == pytest.approx(29, abs=0.5)  # บันทึกข้อความ
    title = [c for c in chars if abs(c["size"] / scale - 29) < 0.5]
    assert all("Bold" in c["fontname"] for c in title)
    label_chars = [c for c in chars if abs(c["size"] / scale - 20) < 0.5]
    assert label_chars and all("Bold" in c["fontname"] for c in label_chars)
    body = [c for c in chars if abs(c["size"] / scale - 16) < 0.5]
    assert len(body) > 300
    # title centred on the 16 cm text area (3 cm .. 19 cm)
    mid = (min(c["x0"] for c in title) + max(c["x1"] for c in title)) / 2
    assert mid == pytest.approx(11 * cm, abs=1 * MM)


def test_margins_and_indent(rendered):
    with pdfplumber.open(rendered) as pdf:
        page = pdf.pages[0]
        chars, lines, images = page.chars, page.lines, page.images
    assert min(c["x0"] for c in chars) == pytest.approx(3 * cm, abs=1 * MM)
    assert max(c["x1"] for c in chars) <= 19 * cm + 1 * MM
    # dotted lines of the head run exactly to the 2 cm right margin
    assert max(ln["x1"] for ln in lines) == pytest.approx(19 * cm, abs=1 * MM)
    assert min(ln["x0"] for ln in lines) >= 3 * cm - 1 * MM
    # first body line: 2.5 cm first-line indent
    text_lines = lines_of(chars)
    first_body = next(ln for ln in text_lines if "".join(c["text"] for c in ln).startswith("ตาม"))
    assert first_body[0]["x0"] == pytest.approx(5.5 * cm, abs=1 * MM)
    # Garuda: 1.5 cm tall, top-left of the text area, 1.5 cm from the top edge
    img = images[0]
    assert img["x0"] == pytest.approx(3 * cm, abs=1 * MM)
    assert img["top"] == pytest.approx(1.5 * cm, abs=1 * MM)
    assert img["bottom"] - img["top"] == pytest.approx(1.5 * cm, abs=1 * MM)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_head_fields_and_chain_text(rendered):
    out = subprocess.run(["pdftotext", "-layout", str(rendered), "-"], capture_output=True,
                         text=True, check=True).stdout
    lines = [ln.strip() for ln in out.splitlines() if ln.strip()]
    assert lines[0] == "บันทึกข้อความ"
    assert lines[1].startswith("ส่วนราชการ") and "โทร. ๐๘๓๔๔๐๖๗๒๒" in lines[1]
    assert lines[2].startswith("ที่") and "วันที่" in lines[2] and "๘ มกราคม ๒๕๖๔" in lines[2]
    assert "/๑๒๓" in lines[2]  # Thai digits setting applies to the head fields
    assert lines[3].startswith("เรื่อง")
    assert any(ln.startswith("เรียน") for ln in lines)
    for heading in ("ความเห็นของหัวหน้าสำนักปลัด", "(นายเจ็ด แปดเก้า)", "☐ ทราบ",
                    "(นางสาวทดสอบ ใจดี)", "จึงเรียนมาเพื่อโปรดพิจารณา"):
        assert heading in out
    assert "\ufffd" not in out


def test_long_memo_flows_onto_numbered_pages_and_composes(tmp_path):
    ts = Typesetter(thai_digits=True)
    story = memo_flowables(memo(paragraphs=8), office(), ts)
    story += [PageBreak(), ts.para("เอกสารแนบ", "heading1")]
    path = tmp_path / "long.pdf"
    build_pdf(path, story, ts, title="บันทึก")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) >= 3
        p2 = pdf.pages[1]
        top = [c for c in p2.chars if c["top"] < 2.2 * cm]
        assert top, "page 2 has a page number at the top"
        # continuation pages use the normal 2.5 cm top margin
        body = [c for c in p2.chars if c["top"] >= 2.2 * cm]
        assert min(c["top"] for c in body) >= 2.5 * cm - 1 * MM


def test_minimal_memo_without_date_garuda_or_names(tmp_path):
    m = Memo(year=2567, subject="เรื่องทดสอบ", body=["ข้อความ <สั้น> & ทดสอบ"],
             chain=[CommentBlock("ความเห็นของปลัด")])
    out = tmp_path / "min.pdf"
    render_memo(m, office(), out, PrintSettings(garuda_path="/no/such/file.png",
                                                thai_digits=False))
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
        assert not pdf.pages[0].images
