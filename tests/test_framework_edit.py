"""A clerk's corrections to a year's framework (domain/framework_edit.py): each edit returns a
new framework that passes the file validation, refuses bad input naming the field in Thai and
English, round-trips through its file text, and is installed in the user folder only."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from itadesk.domain import framework_edit as fe
from itadesk.domain.errors import ValidationError
from itadesk.domain.framework import (
    FrameworkRegistry,
    framework_yaml,
    load_all,
    load_framework_text,
)
from itadesk.paths import frameworks_dir


@pytest.fixture(scope="module")
def fw67():
    frameworks, errors = load_all(frameworks_dir())
    assert errors == []
    return frameworks[2567]


def refused(call) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        call()
    err = info.value
    assert err.field and err.message("th") != err.message("en")
    return err


def roundtrip(fw):
    back = load_framework_text(framework_yaml(fw), "x.yaml", source=fw.source)
    assert back == fw
    return back


def test_add_an_item_after_its_indicator(fw67):
    fw = fe.add_oit_item(fw67, "o36", 10, "การเปิดเผยข้อมูลใหม่", "- องค์ประกอบ ก\n\nองค์ประกอบ ข\n")
    item = fw.item("O36")
    assert (item.code, item.indicator, item.sub_indicator) == ("o36", 10, None)
    assert item.title_th == "การเปิดเผยข้อมูลใหม่"
    assert item.components_th == ("องค์ประกอบ ก", "องค์ประกอบ ข")
    assert [i.code for i in fw.oit_items][-2:] == ["o35", "o36"]
    assert len(fw.oit_items) == len(fw67.oit_items) + 1
    assert not fw67.has_code("o36")  # the original is untouched
    roundtrip(fw)
    # into indicator 9 with a sub-indicator: after the last item of indicator 9
    fw9 = fe.add_oit_item(fw67, "o40", "๙", "ข้อมูลพื้นฐานเพิ่ม", ["ก"], sub_indicator="9.1")
    codes = [i.code for i in fw9.oit_items]
    last9 = max(n for n, i in enumerate(fw67.oit_items) if i.indicator == 9)
    assert codes.index("o40") == last9 + 1 and fw9.item("o40").sub_indicator == "9.1"


def test_add_refuses_duplicates_and_bad_values(fw67):
    err = refused(lambda: fe.add_oit_item(fw67, "O5", 9, "ซ้ำ"))
    assert err.field == "รหัสข้อ" and "o5" in err.message("th") and "already" in err.message("en")
    assert refused(lambda: fe.add_oit_item(fw67, "๐๐๕", 9, "ซ้ำ")).field == "รหัสข้อ"
    assert refused(lambda: fe.add_oit_item(fw67, "i1", 9, "รหัสของข้อคำถาม")).field == "รหัสข้อ"
    assert refused(lambda: fe.add_oit_item(fw67, "o 36", 9, "x")).field == "รหัสข้อ"
    assert refused(lambda: fe.add_oit_item(fw67, "", 9, "x")).field == "รหัสข้อ"
    err = refused(lambda: fe.add_oit_item(fw67, "o36", 3, "x"))
    assert err.field == "ตัวชี้วัด" and "9, 10" in err.message("th")
    assert refused(lambda: fe.add_oit_item(fw67, "o36", "ก", "x")).field == "ตัวชี้วัด"
    assert refused(lambda: fe.add_oit_item(fw67, "o36", 10, "  ")).field == "ชื่อข้อ"
    assert refused(lambda: fe.add_oit_item(fw67, "o36", 10, "x" * 301)).field == "ชื่อข้อ"
    err = refused(lambda: fe.add_oit_item(fw67, "o36", 10, "x", sub_indicator="9.1"))
    assert err.field == "ตัวชี้วัดย่อย" and "10" in err.message("en")
    assert refused(lambda: fe.add_oit_item(fw67, "o36", 9, "x", sub_indicator="9.9")).field == "ตัวชี้วัดย่อย"
    assert refused(lambda: fe.add_oit_item(fw67, "o36", 9, "x", ["ก" * 1001])).field == "องค์ประกอบ 1"


def test_edit_title_components_and_indicator(fw67):
    fw = fe.edit_oit_item(fw67, "o4", title="ข้อมูลการติดต่อ", components="ที่อยู่\nโทรศัพท์")
    assert fw.item("o4").title_th == "ข้อมูลการติดต่อ"
    assert fw.item("o4").components_th == ("ที่อยู่", "โทรศัพท์")
    assert fw.item("o4").indicator == fw67.item("o4").indicator
    roundtrip(fw)
    moved = fe.edit_oit_item(fw67, "o1", indicator=10)  # its 9.1 does not belong to 10: dropped
    assert (moved.item("o1").indicator, moved.item("o1").sub_indicator) == (10, None)
    assert moved.item("o1").title_th == "โครงสร้าง"
    assert refused(lambda: fe.edit_oit_item(fw67, "o1", title="")).field == "ชื่อข้อ"
    # an item whose title is unknown (null) may stay without one
    assert fw67.item("o30").title_th is None
    assert fe.edit_oit_item(fw67, "o30", title="").item("o30").title_th is None
    err = refused(lambda: fe.edit_oit_item(fw67, "o99", title="x"))
    assert "o99" in err.message("th") and "o99" in err.message("en")
    assert refused(lambda: fe.edit_oit_item(fw67, "i1", title="x")).field == "ข้อ i1"


def test_remove_an_item_takes_it_out_of_the_issues(fw67):
    assert "o20" in fw67.issue(6).codes
    fw = fe.remove_oit_item(fw67, "O20")
    assert not fw.has_code("o20") and "o20" not in fw.issue(6).codes
    assert len(fw.oit_items) == len(fw67.oit_items) - 1
    roundtrip(fw)
    again = fe.add_oit_item(fw, "o20", 9, "กลับมา")  # the code is free again
    assert again.item("o20").title_th == "กลับมา"
    refused(lambda: fe.remove_oit_item(fw, "o20"))


def test_move_within_the_indicator(fw67):
    fw = fe.move_oit_item(fw67, "o2", -1)
    assert [i.code for i in fw.oit_items][:3] == ["o2", "o1", "o3"]
    assert fe.move_oit_item(fw67, "o1", -1) is fw67  # already first
    last9 = [i.code for i in fw67.oit_items if i.indicator == 9][-1]
    moved = fe.move_oit_item(fw67, last9, 5)  # stays the last of indicator 9
    assert [i.code for i in moved.oit_items] == [i.code for i in fw67.oit_items]


def test_renames_and_threshold(fw67):
    fw = fe.rename_indicator(fw67, 9, "การเปิดเผยข้อมูลสาธารณะ")
    assert fw.indicator(9).name_th == "การเปิดเผยข้อมูลสาธารณะ"
    fw = fe.rename_sub_indicator(fw, "9.2", "การบริหารงบประมาณ")
    assert fw.sub_indicator("9.2").name_th == "การบริหารงบประมาณ"
    fw = fe.rename_issue(fw, 2, "การให้บริการออนไลน์")
    assert fw.issue(2).name_th == "การให้บริการออนไลน์"
    fw = fe.set_pass_threshold(fw, "๘๗.๕")
    assert fw.pass_threshold == Decimal("87.5") and fw.passed(87.5) and not fw.passed(87.49)
    roundtrip(fw)
    assert refused(lambda: fe.rename_indicator(fw67, 9, " ")).field == "ชื่อตัวชี้วัดที่ 9"
    assert refused(lambda: fe.rename_issue(fw67, 9, "x")).field == "ประเด็น"
    assert refused(lambda: fe.rename_sub_indicator(fw67, "9.9", "x")).field == "ตัวชี้วัดย่อย"
    for bad in ("101", "-1", "ห้าสิบ", "", "NaN", "85.555"):
        err = refused(lambda b=bad: fe.set_pass_threshold(fw67, b))
        assert err.field == "เกณฑ์ผ่าน", bad
    assert "0 ถึง 100" in refused(lambda: fe.set_pass_threshold(fw67, 100.5)).message("th")


def test_edited_text_notes_the_edit_and_keeps_provisional(fw67):
    fw = fe.add_oit_item(fw67, "o36", 10, "ข้อใหม่")
    text = fe.edited_text(fw)
    assert text.startswith("# ITA 2567 framework, corrected by the clerk") and "ita-2567.yaml" in text
    back = load_framework_text(text, "ita-2567.yaml")
    assert fe.EDITED_NOTE in back.notes and back.provisional is False
    assert back.item("o36").title_th == "ข้อใหม่"
    # editing again does not repeat the note
    assert load_framework_text(fe.edited_text(back), "x.yaml").notes.count(fe.EDITED_NOTE) == 1
    provisional = load_all(frameworks_dir())[0][2569]
    assert provisional.provisional
    text = fe.edited_text(fe.set_pass_threshold(provisional, 86))
    assert load_framework_text(text, "x.yaml").provisional is True


def test_install_writes_the_user_folder_never_the_bundled_file(fw67, tmp_path):
    bundled = frameworks_dir() / "ita-2567.yaml"
    before = hashlib.sha256(bundled.read_bytes()).hexdigest()
    registry = FrameworkRegistry(user_directory=tmp_path / "user")
    fw = fe.add_oit_item(registry.get(2567), "o36", 10, "ข้อใหม่", ["ก", "ข"])
    installed = registry.import_text(fe.edited_text(fw), "ita-2567.yaml")
    assert installed.item("o36").components_th == ("ก", "ข")
    assert (tmp_path / "user" / "ita-2567.yaml").exists()
    assert hashlib.sha256(bundled.read_bytes()).hexdigest() == before
    assert not FrameworkRegistry().get(2567).has_code("o36")


def test_rows_of_item_counts_what_the_year_holds():
    from itadesk.domain.assessment import Assessment
    from itadesk.domain.oit import OitProgress
    from itadesk.domain.yeardata import YearData

    data = YearData.__new__(YearData)
    data.oit = [OitProgress(year=2567, code="o20", status="done")]
    data.title_overrides = {"o20": "ชื่อ"}
    data.assessment = Assessment(year=2567, question_scores={"o21": 100.0})
    assert fe.rows_of_item(data, "o20") == {"progress": 1, "title_overrides": 1}
    assert fe.rows_of_item(data, "o21") == {"scores": 1}
    assert fe.rows_of_item(data, "o22") == {}


# ------------------------------------------------------------------ printed and checked


@pytest.fixture(scope="module")
def demo2567(tmp_path_factory):
    from itadesk.demo import create_demo
    from itadesk.storage import queries
    from itadesk.storage.database import open_db

    office = open_db(tmp_path_factory.mktemp("edit") / "demo.db")
    try:
        create_demo(office)
        return queries.load_year(office, 2567)
    finally:
        office.close()


NEW_TITLE = "การเปิดเผยข้อมูลการลดใช้พลังงาน"
NEW_PARTS = ("แสดงแผนการลดใช้พลังงานของหน่วยงาน", "แสดงผลการลดใช้พลังงานรายไตรมาส")


def test_d4_prints_added_items_and_not_removed_ones(fw67, demo2567, tmp_path):
    import dataclasses

    from itadesk.domain.errors import ItadeskError
    from itadesk.reports.render import render_document
    from test_documents import flat, pdf_pages

    removed_progress = next(p for p in demo2567.oit if p.code == "o5").progress
    fw = fe.add_oit_item(fw67, "o36", 10, NEW_TITLE, NEW_PARTS)
    fw = fe.remove_oit_item(fw, "o5")
    # the year still holds o5's progress row: D4 stops naming it and saying how to go on
    with pytest.raises(ItadeskError) as exc:
        render_document(demo2567, "oit", tmp_path / "stop.pdf", framework=fw)
    assert "o5" in exc.value.message("th") and "แก้ไขกรอบการประเมิน" in exc.value.message("th")
    assert not (tmp_path / "stop.pdf").exists()
    # with the row deleted (what the editor's save does) D4 prints the new item, not o5
    data = dataclasses.replace(demo2567, oit=[p for p in demo2567.oit if p.code != "o5"],
                               title_overrides={c: t for c, t in demo2567.title_overrides.items()
                                                if c != "o5"})
    res = render_document(data, "oit", tmp_path / "oit.pdf", framework=fw)
    text = flat("".join(pdf_pages(res.path, "-raw")))
    assert flat(NEW_TITLE) in text
    assert all(flat(f"- {part}") in text for part in NEW_PARTS)
    assert "o36" in text
    assert flat(removed_progress) not in text and "o5" not in text
    before = flat("".join(pdf_pages(render_document(demo2567, "oit", tmp_path / "before.pdf",
                                                    framework=fw67).path, "-raw")))
    assert flat(removed_progress) in before and flat(NEW_TITLE) not in before


def test_consistency_lists_scores_of_a_removed_item_without_failing(fw67, demo2567):
    from itadesk.domain.consistency import check_year

    fw = fe.remove_oit_item(fw67, "o12")  # the demo has a score and a progress row for o12
    problems = [p for p in check_year(demo2567, fw) if p.code == "unknown_code"]
    assert [p.where for p in problems] == ["OIT o12", "ผลคะแนน ITA ข้อ o12"]
