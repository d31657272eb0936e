"""One set of limits (domain/limits.py) and one normalisation of text (thaitext.normalize_text):
what the office program accepts, the district's importer accepts; what it refuses, it refuses
at entry with a message naming the field, and an export refuses up front (issue 17,
"Accepted, then fails later")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3

import pytest

from itadesk.demo import create_demo
from itadesk.domain import limits
from itadesk.domain.errors import ValidationError
from itadesk.domain.framework import framework_for
from itadesk.domain.measures import Measure
from itadesk.domain.memo import CommentBlock, Memo, Signer
from itadesk.domain.office import Office, Person
from itadesk.domain.thaitext import normalize_text
from itadesk.exchange import datajson
from itadesk.exchange.errors import PackageError
from itadesk.storage import operations as ops
from itadesk.storage.database import open_db
from itadesk.storage.queries import load_year

FW = framework_for(2567)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("limits") / "office.db"
    with open_db(path, backups=False) as office:
        create_demo(office)
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "office.db"
    path.write_bytes(demo_file.read_bytes())
    return path


def _roundtrip(data):
    """data.json as the district's importer reads it."""
    obj = json.loads(datajson.dumps(datajson.encode(data, FW)))
    return datajson.decode(obj, lambda y: FW)[0]


# ------------------------------------------------------------------ normalisation

@pytest.mark.parametrize("raw, stored", [
    ("ดอน\x0bสะอาด", "ดอน\nสะอาด"),          # Word's manual line break
    ("ดอน\x07สะอาด\x07", "ดอนสะอาด"),         # Word's table-cell mark
    ("a\r\nb\rc\u2028d", "a\nb\nc\nd"),
    ("x\x00\x1b\x7f\x85y\x9f", "x\ny"),          # C0 / DEL / C1 (NEL is a line break)
    ("ab\ud800c\udfff", "abc"),                   # lone surrogates
    ("e\u0301", "\u00e9"),                        # NFC
    ("น\u0e4d\u0e32", "น\u0e33"),                 # nikhahit + sara aa typed for sara am
    ("\ufffeok\uffff", "ok"),
    ("ทาง\u200bการ", "ทางการ"),
    ("tab\tstays", "tab\tstays"),
])
def test_text_is_normalised_once_on_entry(raw, stored):
    assert normalize_text(raw) == stored
    assert Office(code="6409901", kind="อบต.", name="ทดสอบ", address=raw).address == stored.strip()
    assert Memo(year=2567, body=[raw]).body == [stored]
    one_line = " ".join(stored.split()) if ("\n" in stored or "\t" in stored) else stored
    assert Signer(name=raw).name == one_line
    assert CommentBlock(heading=raw, options=[raw]).options == [one_line]


def test_word_clipboard_controls_in_the_office_name_still_make_a_docx(demo, tmp_path):
    """Issue 17: U+000B / U+0007 in the office name printed as PDF but made every DOCX fail
    (not XML-compatible). Normalised on entry, the DOCX is written and opens."""
    from docx import Document

    from itadesk.reports.docx import render_docx

    with open_db(demo, backups=False) as office:
        data = load_year(office, 2567)
        profile = dataclasses.replace(data.office, name="ดอน\x0bสะ\x07อาด\ud800")
        ops.save_office(office, profile)
        memo = load_year(office, 2567).memos["analysis"]
        memo.agency = "สำนักปลัด\x07ทดสอบ\x0bสอง"
        memo.body = ["ย่อหน้า\x0bต่อ\x07ท้าย\x01"]
        ops.save_memo(office, memo)
        data = load_year(office, 2567)
    assert data.office.name == "ดอน สะอาด"  # a name is one line
    out = tmp_path / "memo.docx"
    render_docx(data, "memo", out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "สำนักปลัดทดสอบ" in text and "ต่อท้าย" in text


# ------------------------------------------------------------------ limits at entry

def _too_many(field):
    return pytest.raises(ValidationError, match=field)


def test_memo_limits_are_refused_at_entry_with_the_field_named():
    with _too_many("ข้อความ"):
        Memo(year=2567, body=["ย่อหน้า"] * (limits.MEMO_PARAGRAPHS + 1))
    with _too_many("สิ่งที่ส่งมาด้วย"):
        Memo(year=2567, enclosures=["ชุด"] * (limits.MEMO_ENCLOSURES + 1))
    with _too_many("ความเห็นตามลำดับชั้น"):
        Memo(year=2567, chain=[CommentBlock("ความเห็น")] * (limits.MEMO_CHAIN + 1))
    with _too_many("ตัวเลือกความเห็น"):
        CommentBlock("ความเห็น", options=["ทราบ"] * (limits.CHAIN_OPTIONS + 1))
    with _too_many("ชื่อผู้ลงนาม"):
        Signer(name="ก" * (limits.NAME + 1))
    with _too_many("ที่"):
        Memo(year=2567, ref_no="๑" * (limits.REF_NO + 1))
    with _too_many("จำนวนบรรทัด"):
        CommentBlock("ความเห็น", lines=500)
    with _too_many("วันที่"):
        Memo(year=2567, date=dt.date(2010, 1, 8))  # years outside the fiscal year
    with _too_many("ชื่อ-สกุล"):
        Person(name="ก" * (limits.NAME + 1))


def test_a_memo_edited_in_place_is_refused_by_storage_and_the_file_is_unchanged(demo):
    """The GUI edits the dataclasses in place; saving validates them again, nested blocks too."""
    with open_db(demo, backups=False) as office:
        memo = load_year(office, 2567).memos["analysis"]
        memo.chain[0].signer.name = "ก" * 600
        with _too_many("ชื่อผู้ลงนาม"):
            ops.save_memo(office, memo)
        memo = load_year(office, 2567).memos["analysis"]
        memo.chain[0].options.extend(["ทราบ"] * 11)
        with _too_many("ตัวเลือกความเห็น"):
            ops.save_memo(office, memo)
        memo = load_year(office, 2567).memos["analysis"]
        memo.date = dt.date(2001, 1, 1)
        with _too_many("วันที่"):
            ops.save_memo(office, memo)
        stored = load_year(office, 2567).memos["analysis"]
    assert len(stored.chain[0].signer.name) < 100 and stored.date.year in (2023, 2024, 2025)


def test_storage_refuses_rows_beyond_the_year_limit(demo):
    with open_db(demo, backups=False) as office:
        have = len(load_year(office, 2567).measures)
        rows = [Measure(year=2567, target="general", title=f"มาตรการ {i}")
                for i in range(limits.ROWS - have)]
        ops.add_measures(office, rows)
        with pytest.raises(ValidationError, match="2,000"):
            ops.add_measure(office, Measure(year=2567, target="general", title="อีกหนึ่ง"))
        with pytest.raises(ValidationError, match="2,000"):
            ops.add_measures(office, [Measure(year=2567, target="general", title="อีก")])
        assert len(load_year(office, 2567).measures) == limits.ROWS
        data = load_year(office, 2567)
    # at the limit: the district reads it
    assert len(_roundtrip(data).measures) == limits.ROWS


def test_what_the_domain_accepts_at_its_limits_the_importer_accepts(demo):
    """Every limit at its maximum, through the district's strict reading of data.json."""
    with open_db(demo, backups=False) as office:
        data = load_year(office, 2567)
    first, last = limits.memo_date_range(2567)
    signer = Signer("ช" * limits.NAME, "ต" * limits.AGENCY)
    block = CommentBlock("ห" * limits.HEADING, signer, lines=limits.CHAIN_LINES[1],
                         options=["ท" * limits.OPTION] * limits.CHAIN_OPTIONS)
    for date in (first, last):
        data.memos["analysis"] = Memo(
            year=2567, document="analysis", agency="ส" * limits.AGENCY, phone="๐" * limits.PHONE,
            ref_no="๑" * limits.REF_NO, date=date, subject="เ" * limits.LINE, to="น" * limits.AGENCY,
            closing="จ" * limits.LINE, enclosures=["ส" * limits.LINE] * limits.MEMO_ENCLOSURES,
            body=["ข" * 100] * limits.MEMO_PARAGRAPHS, proposer=signer,
            chain=[block] * limits.MEMO_CHAIN)
        limits.check_year(data)
        assert _roundtrip(data).memos["analysis"] == data.memos["analysis"]


def test_export_refuses_up_front_what_the_importer_would_refuse(demo, tmp_path, capsys):
    """A file holding more rows than the limit (written by an older itadesk, or edited outside
    it) is refused by `itadesk export` before anything is rendered, naming what is too much."""
    from itadesk.cli import main

    conn = sqlite3.connect(demo)
    conn.executemany("INSERT INTO measures (year, target, title, status, position) VALUES (?,?,?,?,?)",
                     [(2567, "general", f"ม {i}", "not_started", 100 + i) for i in range(limits.ROWS + 1)])
    conn.commit()
    conn.close()
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "--db", str(demo), "--year", "2567", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "มาตรการ" in err and "2,000" in err
    assert list(out.iterdir()) == []


def test_the_importer_uses_the_same_limits():
    """A memo one step beyond a limit is refused by the district's importer too (the limit
    lives in one place: datajson reads domain/limits.py)."""
    data_ok = Memo(year=2567, document="analysis", body=["ก"] * limits.MEMO_PARAGRAPHS)
    obj = datajson.encode(_minimal_year(data_ok), FW)
    obj["memos"][0]["body"].append("เกิน")
    with pytest.raises(PackageError, match="200"):
        datajson.decode(json.loads(json.dumps(obj)), lambda y: FW)
    obj = datajson.encode(_minimal_year(data_ok), FW)
    obj["memos"][0]["proposer"]["name"] = "ก" * (limits.NAME + 1)
    with pytest.raises(PackageError):
        datajson.decode(json.loads(json.dumps(obj)), lambda y: FW)
    obj = datajson.encode(_minimal_year(data_ok), FW)
    obj["memos"][0]["date"] = "2019-12-31"  # ce 2024 - 3 = 2021 is the first year allowed
    with pytest.raises(PackageError, match="date"):
        datajson.decode(json.loads(json.dumps(obj)), lambda y: FW)


def _minimal_year(memo):
    from itadesk.domain.yeardata import YearData

    office = Office(code="6409901", kind="อบต.", name="ทดสอบ")
    return YearData(office=office, year=2567, memos={memo.document: memo})


@pytest.mark.parametrize("typed, stored", [("6409901", "6409901"), ("๖๔๐๙๙๐๑", "6409901"),
                                           (" 6409901 ", "6409901")])
def test_an_office_code_is_seven_digits_thai_digits_read(typed, stored):
    assert Office(code=typed, kind="อบต.", name="ทดสอบ").code == stored


@pytest.mark.parametrize("look_alike", ["64O99O1", "06409901", "6409901-", "640990", "abcdefg"])
def test_look_alike_office_codes_are_refused_at_entry_and_by_the_importer(look_alike):
    with pytest.raises(ValidationError, match="7"):
        Office(code=look_alike, kind="อบต.", name="ทดสอบ")
    obj = datajson.encode(_minimal_year(Memo(year=2567)), FW)
    obj["office"]["code"] = look_alike
    with pytest.raises(PackageError):
        datajson.decode(json.loads(json.dumps(obj)), lambda y: FW)


def _small_pdfs():
    import io

    from reportlab.pdfgen import canvas

    from itadesk.exchange.package import PDF_KINDS

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "pdf")
    c.save()
    return {k: buf.getvalue() for k in PDF_KINDS}


def test_a_long_run_of_one_character_still_makes_a_package_the_district_imports():
    """Text the domain accepts (a field of 20,000 ก) used to compress so well that the
    importer took data.json for a ZIP bomb: such a member is stored, not deflated."""
    from itadesk.exchange.package import build_package_bytes
    from itadesk.exchange.reader import read_package

    data = _minimal_year(Memo(year=2567, body=["ก" * limits.TEXT] * 5))
    data.measures = [Measure(year=2567, target="general", title="ม", steps="ก" * limits.TEXT)
                     for _ in range(20)]
    body = build_package_bytes(data, FW, _small_pdfs())
    assert read_package(body, framework_for).data == data


def test_export_refuses_up_front_more_text_than_a_package_may_carry():
    from itadesk.exchange.package import check_exportable

    data = _minimal_year(Memo(year=2567))
    data.measures = [Measure(year=2567, target="general", title=f"ม {i}", steps="การ" * 6000)
                     for i in range(400)]
    limits.check_year(data)  # every value within its own limit…
    with pytest.raises(PackageError, match="MB"):  # …but 16 MB of data.json in all
        check_exportable(data, FW)


def test_a_memos_text_in_all_is_bounded():
    Memo(year=2567, body=["ก" * 1000] * 100)
    with _too_many("ข้อความ"):
        Memo(year=2567, body=["ก" * limits.TEXT] * 6)


def test_names_and_positions_are_one_line_so_a_signature_block_fits_a_page(demo, tmp_path):
    """Found by the property test: a preparer's name of 48 line breaks made the plan report's
    signature block taller than a page (LayoutError). A name is one line of a block."""
    from itadesk.reports.render import render_document

    with open_db(demo, backups=False) as office:
        data = load_year(office, 2567)
    people = [dataclasses.replace(p, name="\né" * 48, position="(\n" * 100)
              if p.role == "plan_unit" else p for p in data.office.people]
    data.office = dataclasses.replace(data.office, people=people)
    preparer = data.office.person_with_role("plan_unit")
    assert "\n" not in preparer.name and "\n" not in preparer.position
    assert Signer(name="ก\nข\tค").name == "ก ข ค"
    assert Memo(year=2567, body=["ก\nข"]).body == ["ก\nข"]  # paragraphs keep their breaks
    render_document(data, "plan", tmp_path / "plan.pdf")
