"""ITAS parity (issue 13) and D4's per-year components (issue 16): per OIT item the มี/ไม่มี
answer, up to 5 links with descriptions, the consultant's verdict and the office's
explanation, an image (PNG/JPEG ≤ 5 MB) printed in D4; components typed once a year, carried
forward and printed; bad input refused naming the field with nothing written; the package
carries links and components; ITAS's sample sizes and the ITA calendar on the year's page."""

from __future__ import annotations

import dataclasses
import json
import shutil
import struct
import subprocess
import zlib
from datetime import date

import pytest

from itadesk.demo import DEMO_YEAR, create_demo
from itadesk.domain.errors import ValidationError
from itadesk.domain.framework import framework_for
from itadesk.domain.ita_year import default_phases, due_line, sample_size
from itadesk.domain.oit import OitLink, OitProgress
from itadesk.storage import operations as ops
from itadesk.storage import queries as q
from itadesk.storage.database import open_db

NEEDS_POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def png(w=40, h=40) -> bytes:
    """A small valid PNG (grey square), made here: no file needed."""
    raw = b"".join(b"\x00" + b"\x80" * w for _ in range(h))

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.db"
    office = open_db(path)
    create_demo(office)
    yield office
    office.close()


@pytest.fixture
def untyped(demo):
    """The demo without the components its clerk typed for 2567 (demo.OIT_COMPONENTS)."""
    from itadesk.demo import OIT_COMPONENTS

    for code in OIT_COMPONENTS:
        ops.save_oit_components(demo, DEMO_YEAR, code, "")
    return demo


LINKS = [("https://www.example.go.th/ita/o1", "แผนผังโครงสร้าง"),
         ("http://www.example.go.th/ita/o1-2.pdf", "คำสั่งแบ่งงาน")]


# ------------------------------------------------------------------ storage and bad input


def test_links_answer_verdict_explanation_round_trip(demo):
    ops.save_oit_links(demo, DEMO_YEAR, "O1", LINKS)
    p = next(x for x in q.load_oit(demo, DEMO_YEAR) if x.code == "o1")
    ops.save_oit_progress(demo, dataclasses.replace(p, answer="มี", verdict="ไม่ครบองค์ประกอบ",
                                                    explanation="เพิ่มคำสั่งแล้ว"))
    data = q.load_year(demo, DEMO_YEAR)
    assert data.oit_links["o1"] == [OitLink(*LINKS[0]), OitLink(*LINKS[1])]
    p = next(x for x in data.oit if x.code == "o1")
    assert (p.answer, p.verdict, p.explanation) == ("มี", "ไม่ครบองค์ประกอบ", "เพิ่มคำสั่งแล้ว")
    with pytest.raises(ValidationError) as err:
        OitProgress(year=DEMO_YEAR, code="o1", answer="อาจจะ")
    assert err.value.field == "คำตอบ (มี/ไม่มี)"


@pytest.mark.parametrize("links,field,words", [
    ([(f"https://x.go.th/{i}", f"ลิงก์ {i}") for i in range(6)], "ลิงก์ของข้อ o2", "ไม่เกิน 5"),
    ([("ftp://x.go.th/a", "")], "ลิงก์ที่ 1 ของข้อ o2", "http"),
    ([("https://x.go.th/a", "ก"), ("javascript:alert(1)", "")], "ลิงก์ที่ 2 ของข้อ o2", "http"),
    ([("www.x.go.th/a", "")], "ลิงก์ที่ 1 ของข้อ o2", "http"),
    ([("", "คำอธิบายอย่างเดียว")], "ลิงก์ที่ 1 ของข้อ o2", "ไม่มีลิงก์"),
])
def test_bad_links_are_refused_naming_the_field_and_nothing_is_written(demo, links, field, words):
    ops.save_oit_links(demo, DEMO_YEAR, "o2", LINKS[:1])
    with pytest.raises(ValidationError) as err:
        ops.save_oit_links(demo, DEMO_YEAR, "o2", links)
    assert err.value.field == field and words in err.value.th
    assert q.load_oit_links(demo, DEMO_YEAR)["o2"] == [OitLink(*LINKS[0])]


def test_five_links_are_fine(demo):
    links = [(f"https://x.go.th/{i}", f"ลิงก์ {i}") for i in range(5)]
    assert len(ops.save_oit_links(demo, DEMO_YEAR, "o3", links)) == 5


def test_images_png_jpeg_only_and_at_most_5_mb(demo):
    assert ops.save_oit_image(demo, DEMO_YEAR, "o1", png()) == "image/png"
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 100
    assert ops.save_oit_image(demo, DEMO_YEAR, "o2", jpeg) == "image/jpeg"
    for data, words in ((b"GIF89a" + b"\x00" * 50, "PNG หรือ JPEG"),
                        (b"\x89PNG\r\n\x1a\n" + b"\x00" * (5 * 2**20), "เกิน 5 MB")):
        with pytest.raises(ValidationError) as err:
            ops.save_oit_image(demo, DEMO_YEAR, "o1", data)
        assert err.value.field == "รูปภาพของข้อ o1" and words in err.value.th
    assert q.load_oit_images(demo, DEMO_YEAR)["o1"] == ("image/png", png())
    ops.save_oit_image(demo, DEMO_YEAR, "o1", None)
    assert "o1" not in q.load_oit_images(demo, DEMO_YEAR)


def test_unknown_code_is_refused(demo):
    with pytest.raises(ValidationError):
        ops.save_oit_links(demo, DEMO_YEAR, "o99", LINKS)


# ------------------------------------------------------------------ components per year


def test_components_typed_once_are_kept_per_year_and_carried_forward(untyped):
    ops.save_oit_components(untyped, DEMO_YEAR, "o5", "แสดงข่าวประชาสัมพันธ์\n\n  เป็นปัจจุบัน  ")
    assert q.load_oit_components(untyped, DEMO_YEAR) == {"o5": ("แสดงข่าวประชาสัมพันธ์", "เป็นปัจจุบัน")}
    counts = ops.start_new_year(untyped, DEMO_YEAR + 1)
    assert counts["oit_components"] == 1
    assert q.load_oit_components(untyped, DEMO_YEAR + 1)["o5"][0] == "แสดงข่าวประชาสัมพันธ์"
    # changed in the new year, the old year keeps its own
    ops.save_oit_components(untyped, DEMO_YEAR + 1, "o5", "ข่าวสารรายเดือน")
    assert q.load_oit_components(untyped, DEMO_YEAR)["o5"][1] == "เป็นปัจจุบัน"
    ops.save_oit_components(untyped, DEMO_YEAR + 1, "o5", "")
    assert "o5" not in q.load_oit_components(untyped, DEMO_YEAR + 1)


def test_item_without_title_or_components_is_a_gap(untyped):
    from itadesk.domain.oit import oit_gaps

    fw = framework_for(DEMO_YEAR)
    data = q.load_year(untyped, DEMO_YEAR)
    before = oit_gaps(fw, data)
    assert "o5" in before  # 2567 o5: no title, no components in the framework
    ops.set_title_override(untyped, DEMO_YEAR, "o5", "ข่าวประชาสัมพันธ์")
    assert "o5" in oit_gaps(fw, q.load_year(untyped, DEMO_YEAR))  # components still missing
    ops.save_oit_components(untyped, DEMO_YEAR, "o5", "แสดงข่าวประชาสัมพันธ์")
    assert "o5" not in oit_gaps(fw, q.load_year(untyped, DEMO_YEAR))


# ------------------------------------------------------------------ D4 prints them


@NEEDS_POPPLER
def test_d4_prints_links_answer_verdict_components_and_the_image(demo, tmp_path):
    from itadesk.reports.render import render_document

    ops.save_oit_links(demo, DEMO_YEAR, "o1", LINKS)
    p = next(x for x in q.load_oit(demo, DEMO_YEAR) if x.code == "o1")
    ops.save_oit_progress(demo, dataclasses.replace(p, answer="มี", verdict="ครบถ้วน",
                                                    explanation="แนบคำสั่งเพิ่ม"))
    ops.save_oit_components(demo, DEMO_YEAR, "o5", "แสดงข่าวประชาสัมพันธ์ของหน่วยงาน")
    ops.save_oit_image(demo, DEMO_YEAR, "o1", png(120, 120))
    data = q.load_year(demo, DEMO_YEAR)
    res = render_document(data, "oit", tmp_path / "d4.pdf")
    # -raw: each cell's lines in drawing order (a wrapped cell is not interleaved with its row)
    text = "".join(subprocess.run(["pdftotext", "-raw", str(res.path), "-"], capture_output=True,
                                  check=True).stdout.decode().split())
    for words in ("แผนผังโครงสร้าง", "คำสั่งแบ่งงาน", "คำตอบในระบบITAS:มี", "ผลการตรวจของผู้ตรวจ:", "ครบถ้วน",
                  "คำชี้แจงเพิ่มเติม:", "แนบคำสั่งเพิ่ม", "แสดงข่าวประชาสัมพันธ์ของหน่วยงาน"):
        assert words in text, words
    images = subprocess.run(["pdfimages", "-list", str(res.path)], capture_output=True,
                            check=True).stdout.decode().splitlines()[2:]
    assert any(" 120 " in line for line in images)


def test_package_carries_links_and_components(untyped, tmp_path):
    from itadesk.exchange import datajson

    ops.save_oit_links(untyped, DEMO_YEAR, "o1", LINKS)
    ops.save_oit_components(untyped, DEMO_YEAR, "o5", "ก\nข")
    data = q.load_year(untyped, DEMO_YEAR)
    obj = json.loads(datajson.dumps(datajson.encode(data, framework_for(DEMO_YEAR))))
    assert obj["format_version"] == 2 and obj["item_components"] == {"o5": ["ก", "ข"]}
    back, _ = datajson.decode(obj, framework_for)
    assert back.oit_links == data.oit_links and back.item_components == data.item_components
    obj["oit_links"]["o1"].append({"url": "file:///etc/passwd", "description": ""})
    with pytest.raises(Exception, match="http"):
        datajson.decode(obj, framework_for)


# ------------------------------------------------------------------ sample size and calendar


@pytest.mark.parametrize("n,need", [(0, 0), (12, 12), (30, 30), (31, 30), (299, 30), (301, 31),
                                    (1000, 100), (4000, 400), (250_000, 400)])
def test_sample_size(n, need):
    assert sample_size(n) == need


def test_sample_size_refuses_bad_counts(demo):
    for bad in (-1, "สิบ", 2.5, True):
        with pytest.raises(ValidationError):
            sample_size(bad)
    with pytest.raises(ValidationError) as err:
        ops.save_population(demo, DEMO_YEAR, "สิบ", 200)
    assert err.value.field == "จำนวนบุคลากร"
    assert q.load_population(demo, DEMO_YEAR) == (None, None)
    ops.save_population(demo, DEMO_YEAR, "45", 1200)
    assert q.load_population(demo, DEMO_YEAR) == (45, 1200)


def test_calendar_usual_dates_and_due_line():
    phases = default_phases(2568)
    by = {p.key: p for p in phases}
    assert by["registration"].start == date(2025, 1, 1) and by["registration"].end == date(2025, 2, 28)
    assert by["explain"].start == date(2025, 6, 1) and by["confirm"].end == date(2025, 6, 30)
    assert by["plan12"].start == date(2025, 10, 1)
    assert default_phases(2567)[0].end == date(2024, 2, 29)  # a leap year
    th, en = due_line(phases, date(2025, 4, 10))
    assert "ตอบแบบวัด OIT" in th and "รอบ 6 เดือน" in th and "ถึง 30 เม.ย. 2568" in th
    assert "ถัดไป: ผู้ตรวจประเมินให้คะแนน" in th and "next: scoring from 2025-05-01" in en
    th, _ = due_line(phases, date(2025, 12, 1))
    assert "ไม่มีขั้นตอนที่ต้องทำ" in th and "ครบทุกขั้นตอน" in th


def test_calendar_dates_are_editable_per_year(demo):
    phases = default_phases(DEMO_YEAR)
    moved = [dataclasses.replace(p, end=date(2024, 5, 15)) if p.key == "oit" else p for p in phases]
    ops.save_calendar(demo, DEMO_YEAR, moved)
    assert next(p for p in q.load_calendar(demo, DEMO_YEAR) if p.key == "oit").end == date(2024, 5, 15)
    assert q.load_calendar(demo, DEMO_YEAR + 1) == default_phases(DEMO_YEAR + 1)
    with pytest.raises(ValidationError) as err:
        dataclasses.replace(phases[0], end=date(2023, 1, 1))
    assert err.value.field.startswith("วันที่ของ")
    with pytest.raises(ValidationError):  # a phase changed in place is checked again
        bad = dataclasses.replace(phases[0])
        object.__setattr__(bad, "end", date(2023, 1, 1))
        ops.save_calendar(demo, DEMO_YEAR, [bad])
    assert len(q.load_calendar(demo, DEMO_YEAR)) == len(phases)  # nothing written


def test_completeness_counts_an_item_without_components_as_a_gap(untyped):
    from itadesk.domain.completeness import oit as oit_completeness

    fw = framework_for(DEMO_YEAR)
    p = next(x for x in q.load_oit(untyped, DEMO_YEAR) if x.code == "o5")
    ops.save_oit_progress(untyped, dataclasses.replace(p, status="done", title_override="ข่าว"))
    before = oit_completeness(q.load_year(untyped, DEMO_YEAR), fw).filled
    ops.save_oit_components(untyped, DEMO_YEAR, "o5", "แสดงข่าวประชาสัมพันธ์")
    assert oit_completeness(q.load_year(untyped, DEMO_YEAR), fw).filled == before + 1
