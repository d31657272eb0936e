"""D1's "หลักการและเหตุผล" (Assessment.rationale): domain, storage (migration 2 from a v1
file), the new year, the framework's stock text, the consistency check, export/import,
PDF and Word output."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from itadesk.domain.assessment import Assessment
from itadesk.domain.errors import ValidationError
from itadesk.domain.office import Office
from itadesk.storage import backups
from itadesk.storage import database as dbmod
from itadesk.storage import operations as ops
from itadesk.storage import queries as q
from itadesk.storage.database import open_db
from itadesk.storage.schema import SCHEMA_VERSION

TEXT = ("สำนักงาน ป.ป.ช. ได้พัฒนาเครื่องมือการประเมินเชิงบวกเพื่อเป็นมาตรฐานการป้องกันการทุจริต\n\n"
        "องค์การบริหารส่วนตำบลทดสอบจึงวิเคราะห์ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ "
        "(แผนปฏิบัติการ พ.ศ. ๒๕๖๖–๒๕๗๐)")


def _office():
    return Office(code="6710101", kind="อบต.", name="ทดสอบ", district="เมือง", province="ขอนแก่น")


# ------------------------------------------------------------------ domain


def test_rationale_is_cleaned_and_limited():
    a = Assessment(year=2567, rationale="ย่อหน้าแรก\r\nย่อ\u200bหน้าที่สอง")
    assert a.rationale == "ย่อหน้าแรก\nย่อหน้าที่สอง"
    assert Assessment(year=2567).rationale == ""
    with pytest.raises(ValidationError) as err:
        Assessment(year=2567, rationale="ก" * 20_001)
    assert err.value.field == "หลักการและเหตุผล"


# ------------------------------------------------------------------ storage


def test_rationale_round_trip_in_one_save(office_db):
    ops.save_office(office_db, _office())
    ops.save_assessment(office_db, Assessment(year=2567, indicator_scores={1: 90}, rationale=TEXT))
    a = q.load_assessment(office_db, 2567)
    assert a.rationale == TEXT and a.indicator_scores == {1: 90.0}
    # a score typed cell by cell keeps the rationale
    ops.set_indicator_score(office_db, 2567, 2, "88.5")
    assert q.load_assessment(office_db, 2567).rationale == TEXT
    # only a rationale: the year's assessment exists, without scores
    ops.save_assessment(office_db, Assessment(year=2566, rationale="ข้อความ"))
    assert q.load_assessment(office_db, 2566) == Assessment(year=2566, rationale="ข้อความ")


def test_v1_file_is_backed_up_and_migrated(tmp_path, monkeypatch):
    path = tmp_path / "v1.db"
    monkeypatch.setattr(dbmod, "MIGRATIONS", dbmod.MIGRATIONS[:1])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 1)
    with open_db(path) as office:  # written by the version-1 schema
        ops.save_office(office, _office())
        office.db["assessments"].insert({"year": 2567, "national_rank": 12, "reported_total": 90.5})
        office.db["years"].insert({"year": 2567, "created_at": "2024-10-01T00:00:00"})
        office.conn.commit()
        assert "rationale" not in office.db["assessments"].columns_dict
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    monkeypatch.undo()

    assert SCHEMA_VERSION >= 2
    with open_db(path) as office:
        assert office.schema_version() == SCHEMA_VERSION
        a = q.load_assessment(office, 2567)
        assert (a.national_rank, a.reported_total, a.rationale) == (12, 90.5, "")
        ops.save_assessment(office, dataclasses.replace(a, rationale=TEXT))
    [pre] = [b for b in backups.list_backups(path) if b.reason.startswith("before-migration")]
    assert pre.reason == "before-migration-v1"
    conn = sqlite3.connect(pre.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "rationale" not in [r[1] for r in conn.execute("PRAGMA table_info(assessments)")]
    conn.close()
    with open_db(path) as office:
        assert q.load_assessment(office, 2567).rationale == TEXT


# ------------------------------------------------------------------ the new year


def test_new_year_carries_the_rationale_with_the_fiscal_year_moved(office_db):
    ops.save_office(office_db, _office())
    ops.save_assessment(office_db, Assessment(year=2567, indicator_scores={1: 90}, rationale=TEXT))
    counts = ops.start_new_year(office_db, 2568)
    assert counts["rationale"] is True
    a = q.load_assessment(office_db, 2568)
    assert a.indicator_scores == {} and a.question_scores == {}
    # the document's own year moves (Thai digits stay Thai); other years stay as written
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" in a.rationale
    assert "พ.ศ. ๒๕๖๖–๒๕๗๐" in a.rationale
    assert a.rationale.startswith("สำนักงาน ป.ป.ช.")
    # last year's text is untouched
    assert q.load_assessment(office_db, 2567).rationale == TEXT


def test_new_year_keeps_a_rationale_it_already_has(office_db):
    ops.save_office(office_db, _office())
    ops.save_assessment(office_db, Assessment(year=2567, rationale=TEXT))
    ops.save_assessment(office_db, Assessment(year=2568, indicator_scores={2: 80}, rationale="ของปีใหม่"))
    ops.start_new_year(office_db, 2568)
    a = q.load_assessment(office_db, 2568)
    assert a.rationale == "ของปีใหม่" and a.indicator_scores == {2: 80.0}


def test_new_year_without_a_rationale_adds_no_assessment(office_db):
    ops.save_office(office_db, _office())
    ops.save_assessment(office_db, Assessment(year=2567, indicator_scores={1: 90}))
    counts = ops.start_new_year(office_db, 2568)
    assert counts["rationale"] is False
    assert q.load_assessment(office_db, 2568) is None


def test_move_fiscal_year_only_moves_the_phrase():
    assert ops.move_fiscal_year("ประจำปีงบประมาณ พ.ศ. 2567 และ พ.ศ. 2567", 2567) == \
        "ประจำปีงบประมาณ พ.ศ. 2568 และ พ.ศ. 2567"
    assert ops.move_fiscal_year("ประจำปีงบประมาณ๒๕๖๖", 2567) == "ประจำปีงบประมาณ๒๕๖๖"
    assert ops.move_fiscal_year("ประจำปีงบประมาณ ๒๕๖๗", 2567) == "ประจำปีงบประมาณ ๒๕๖๘"
    # "the measures for next year" moves too, once; a plan's range and other years stay
    text = ("วิเคราะห์ผลประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เพื่อกำหนดมาตรการในปีงบประมาณ พ.ศ. ๒๕๖๘ "
            "ตามแผนปฏิบัติการ พ.ศ. ๒๕๖๖–๒๕๗๐ และในปีงบประมาณ พ.ศ. ๒๕๖๕")
    assert ops.move_fiscal_year(text, 2567) == (
        "วิเคราะห์ผลประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เพื่อกำหนดมาตรการในปีงบประมาณ พ.ศ. ๒๕๖๙ "
        "ตามแผนปฏิบัติการ พ.ศ. ๒๕๖๖–๒๕๗๐ และในปีงบประมาณ พ.ศ. ๒๕๖๕")


# ------------------------------------------------------------------ framework files


def _fw_text(rationale) -> str:
    import yaml

    from itadesk.domain.framework import framework_for

    data = framework_for(2567).to_dict()
    data.pop("rationale", None)
    if rationale is not ...:
        data["rationale"] = rationale
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def test_bundled_frameworks_offer_a_stock_rationale_naming_their_year():
    from itadesk.domain.framework import framework_for
    from itadesk.domain.thaitext import to_thai_digits

    for year in (2565, 2566, 2567, 2568, 2569):
        fw = framework_for(year)
        paras = fw.rationale.split("\n")
        assert len(paras) == 3 and all(p.strip() == p and p for p in paras)
        assert "(Integrity and Transparency Assessment: ITA)" in paras[0]
        assert f"ประจำปีงบประมาณ พ.ศ. {to_thai_digits(str(year))}" in paras[2]
        assert "#" not in fw.rationale  # YAML comments stay outside the block


def test_framework_rationale_is_optional_and_checked():
    from itadesk.domain.framework import FrameworkError, load_framework_text

    assert load_framework_text(_fw_text(...), "ita-2567.yaml").rationale == ""
    fw = load_framework_text(_fw_text("  ย่อหน้า ๑  \n\n  ย่อหน้า ๒\n"), "ita-2567.yaml")
    assert fw.rationale == "ย่อหน้า ๑\nย่อหน้า ๒"
    again = load_framework_text(_fw_text(fw.to_dict()["rationale"]), "ita-2567.yaml")
    assert again.rationale == fw.rationale
    for bad in ("", ["ก"], {"th": "ก"}, "ก" * 20_001):
        with pytest.raises(FrameworkError) as err:
            load_framework_text(_fw_text(bad), "ita-2567.yaml")
        assert "rationale" in str(err.value)


def test_framework_hash_ignores_the_stock_rationale():
    from itadesk.domain.framework import load_framework_text
    from itadesk.exchange.datajson import framework_hash

    without = load_framework_text(_fw_text(...), "ita-2567.yaml")
    with_text = load_framework_text(_fw_text("ข้อความมาตรฐาน"), "ita-2567.yaml")
    assert framework_hash(without) == framework_hash(with_text)


# ------------------------------------------------------------------ PDF and Word


@pytest.fixture(scope="module")
def demo_year(tmp_path_factory):
    from itadesk.demo import DEMO_YEAR, create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_db(path) as office:
        create_demo(office)
        return q.load_year(office, DEMO_YEAR)


def _headings(lines: list[str]) -> list[str]:
    import re

    return [ln.strip() for ln in lines if re.match(r"^[๑-๙]\. \S", ln.strip())]


def _pdf_text(data, tmp_path, name) -> str:
    import subprocess

    from itadesk.reports.render import render_document

    res = render_document(data, "analysis", tmp_path / f"{name}.pdf")
    return subprocess.run(["pdftotext", "-layout", str(res.path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")


def test_pdf_prints_the_rationale_first_and_shifts_the_numbers(demo_year, tmp_path):
    from itadesk.demo import RATIONALE

    assert demo_year.assessment.rationale == RATIONALE
    text = _pdf_text(demo_year, tmp_path, "with")
    lines = text.splitlines()
    assert _headings(lines) == [
        "๑. หลักการและเหตุผล", "๒. ผลการประเมินภาพรวม", "๓. การวิเคราะห์ผลการประเมินรายประเด็น",
        "๔. ข้อบกพร่องที่ต้องแก้ไขอย่างเร่งด่วน", "๕. ประเด็นที่ต้องพัฒนา"]
    flat = "".join(text.split())
    for para in RATIONALE.split("\n"):
        assert "".join(para.split()) in flat
    # each paragraph starts a line of its own, indented like the body text under ๒.
    starts = [ln for ln in lines if ln.strip().startswith(("สำนักงานคณะกรรมการ", "การประเมิน ITA",
                                                           "องค์การบริหารส่วนตำบลหนองบัวทองจึง"))]
    overall = next(ln for ln in lines if ln.strip().startswith("ผลการประเมินคุณธรรม"))
    assert len(starts) == 3
    assert all(len(s) - len(s.lstrip()) >= len(overall) - len(overall.lstrip()) - 2 > 4
               for s in starts)
    # the urgent/develop items are numbered under their shifted section
    assert "๔.๑ " in text and "๓.๑ " not in text
    # the rationale comes before the overall section
    assert text.index("๑. หลักการและเหตุผล") < text.index("สำนักงานคณะกรรมการ") < text.index(
        "๒. ผลการประเมินภาพรวม")


def test_pdf_without_a_rationale_keeps_todays_numbers(demo_year, tmp_path):
    data = dataclasses.replace(
        demo_year, assessment=dataclasses.replace(demo_year.assessment, rationale=" \n \n"))
    text = _pdf_text(data, tmp_path, "without")
    assert "หลักการและเหตุผล" not in text
    assert _headings(text.splitlines()) == [
        "๑. ผลการประเมินภาพรวม", "๒. การวิเคราะห์ผลการประเมินรายประเด็น",
        "๓. ข้อบกพร่องที่ต้องแก้ไขอย่างเร่งด่วน", "๔. ประเด็นที่ต้องพัฒนา"]
    assert "๓.๑ " in text


def _docx_paragraphs(data, tmp_path):
    from docx import Document

    from itadesk.reports.docx import render_docx

    path = render_docx(data, "analysis", tmp_path / "analysis.docx").path
    return [p for p in Document(str(path)).paragraphs if p.text.strip()]


def test_docx_prints_the_rationale_and_shifts_the_numbers(demo_year, tmp_path):
    import re

    from itadesk.demo import RATIONALE

    paras = _docx_paragraphs(demo_year, tmp_path)
    texts = [p.text for p in paras]
    heads = [t for t in texts if re.match(r"^[๑-๙]\. ", t)]
    assert heads == ["๑. หลักการและเหตุผล", "๒. ผลการประเมินภาพรวม",
                     "๓. การวิเคราะห์ผลการประเมินรายประเด็น",
                     "๔. ข้อบกพร่องที่ต้องแก้ไขอย่างเร่งด่วน", "๕. ประเด็นที่ต้องพัฒนา"]
    k = texts.index("๑. หลักการและเหตุผล")
    assert texts[k + 1:k + 4] == RATIONALE.split("\n")
    assert all(abs(p.paragraph_format.first_line_indent.cm - 2.5) < 0.01 for p in paras[k + 1:k + 4])
    assert texts[k + 4] == "๒. ผลการประเมินภาพรวม"

    data = dataclasses.replace(demo_year,
                               assessment=dataclasses.replace(demo_year.assessment, rationale=""))
    texts = [p.text for p in _docx_paragraphs(data, tmp_path)]
    assert "๑. หลักการและเหตุผล" not in texts
    assert [t for t in texts if re.match(r"^[๑-๙]\. ", t)][0] == "๑. ผลการประเมินภาพรวม"


# ------------------------------------------------------------------ consistency check


def test_consistency_warns_of_another_year_or_office_in_the_rationale(demo_year):
    from itadesk.domain.consistency import check_year

    def problems(text):
        data = dataclasses.replace(
            demo_year, assessment=dataclasses.replace(demo_year.assessment, rationale=text))
        return [p for p in check_year(data) if "หลักการและเหตุผล" in p.where]

    assert problems(demo_year.assessment.rationale) == []
    # other years elsewhere in the text (a plan's period, history) are not the document's year
    assert problems("แผนปฏิบัติการ พ.ศ. ๒๕๖๖–๒๕๗๐ ตั้งแต่ปีงบประมาณ ๒๕๖๐") == []
    [p] = problems("วิเคราะห์ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nและ ประจำปีงบประมาณ 2565")
    assert p.code == "year_mismatch" and "2566" in p.th and "2567" in p.en
    [p] = problems("องค์การบริหารส่วนตำบลดอนสะอาด จึงได้วิเคราะห์ผลการประเมิน")
    assert p.code == "other_office" and "ดอนสะอาด" in p.th


# ------------------------------------------------------------------ export and import


def _rezip(pkg: bytes, edit) -> bytes:
    """The package with data.json edited by `edit(obj)` and the manifest's hashes made right
    again (as an older itadesk would have written it)."""
    import hashlib
    import io
    import json
    import zipfile

    with zipfile.ZipFile(io.BytesIO(pkg)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    obj = json.loads(members["data.json"])
    edit(obj)
    members["data.json"] = json.dumps(obj, ensure_ascii=False).encode()
    man = json.loads(members.pop("manifest.json"))
    man["members"] = [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                      for n, b in members.items()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(man))
        for n, b in members.items():
            zf.writestr(n, b)
    return buf.getvalue()


def _data_json(pkg: bytes) -> dict:
    import io
    import json
    import zipfile

    return json.loads(zipfile.ZipFile(io.BytesIO(pkg)).read("data.json"))


@pytest.fixture(scope="module")
def small_pdfs():
    from itadesk.exchange.package import PDF_KINDS

    return {k: b"%PDF-1.4\n%%EOF\n" for k in PDF_KINDS}


def test_export_import_round_trip_carries_the_rationale(demo_year, small_pdfs, tmp_path):
    from itadesk.domain.framework import framework_for
    from itadesk.exchange.aggregate import load_office_year
    from itadesk.exchange.importer import import_files
    from itadesk.exchange.package import build_package_bytes
    from itadesk.exchange.reader import read_package
    from itadesk.storage.aggregation import open_aggregation_db

    fw = framework_for(2567)
    pkg = build_package_bytes(demo_year, fw, small_pdfs)
    assert _data_json(pkg)["assessment"]["rationale"] == demo_year.assessment.rationale
    f = tmp_path / "new.ita.zip"
    f.write_bytes(pkg)
    back = read_package(f, framework_for)
    assert back.data.assessment.rationale == demo_year.assessment.rationale
    assert back.framework_match and back.warnings == []
    with open_aggregation_db(tmp_path / "agg.db") as agg:
        assert import_files(agg, [f]).imported == 1
        again = load_office_year(agg, demo_year.office.code, 2567, framework_for)
    assert again.assessment.rationale == demo_year.assessment.rationale


def test_package_from_before_the_field_still_imports(demo_year, small_pdfs, tmp_path):
    from itadesk.domain.framework import framework_for
    from itadesk.exchange.importer import import_files
    from itadesk.exchange.package import build_package_bytes
    from itadesk.exchange.reader import read_package
    from itadesk.storage.aggregation import open_aggregation_db

    pkg = build_package_bytes(demo_year, framework_for(2567), small_pdfs)
    old = _rezip(pkg, lambda obj: obj["assessment"].pop("rationale"))
    assert "rationale" not in _data_json(old)["assessment"]
    f = tmp_path / "old.ita.zip"
    f.write_bytes(old)
    back = read_package(f, framework_for)
    assert back.data.assessment.rationale == ""
    assert back.data.assessment.indicator_scores == demo_year.assessment.indicator_scores
    with open_aggregation_db(tmp_path / "agg.db") as agg:
        assert import_files(agg, [f]).imported == 1


def test_package_without_a_rationale_leaves_the_key_out(demo_year, small_pdfs):
    from itadesk.domain.framework import framework_for
    from itadesk.exchange.package import build_package_bytes

    # without the demo's typed components (a version-2 field) the package is version 1
    data = dataclasses.replace(
        demo_year, assessment=dataclasses.replace(demo_year.assessment, rationale=""),
        item_components={})
    obj = _data_json(build_package_bytes(data, framework_for(2567), small_pdfs))
    assert "rationale" not in obj["assessment"]  # readable by an itadesk from before the field
    assert obj["format_version"] == 1


def test_package_with_a_bad_rationale_is_refused(demo_year, small_pdfs, tmp_path):
    from itadesk.domain.framework import framework_for
    from itadesk.exchange.errors import PackageError
    from itadesk.exchange.package import build_package_bytes
    from itadesk.exchange.reader import read_package

    pkg = build_package_bytes(demo_year, framework_for(2567), small_pdfs)
    for value, reason in ((["ก"], "invalid_value"), ("ก" * 20_001, "too_long")):
        f = tmp_path / "bad.ita.zip"
        f.write_bytes(_rezip(pkg, lambda obj, v=value: obj["assessment"].update(rationale=v)))
        with pytest.raises(PackageError) as err:
            read_package(f, framework_for)
        assert err.value.reason == reason and "rationale" in str(err.value)
