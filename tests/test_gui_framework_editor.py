"""Tools ▸ แก้ไขกรอบการประเมิน… on the demo year 2567 (offscreen): an added item is installed as
one undoable command in an isolated user frameworks folder, counted by D4's completeness and
shown by the D4 wizard; cancel changes nothing; removing an item the file has progress for
asks first and deletes the rows with it (undoable); "save as" writes a file another office can import."""

from __future__ import annotations

import hashlib
import os

import pytest

from itadesk.domain.completeness import completeness
from itadesk.domain.errors import ItadeskError
from itadesk.domain.framework import load_framework_text, set_default_registry
from itadesk.paths import frameworks_dir
from itadesk.storage import queries
from test_gui_actions import Answers
from test_ui_support import demo_window

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("ITADESK_SHOTS")
TITLE = "การเปิดเผยข้อมูลการลดใช้พลังงาน"
PARTS = "แสดงแผนการลดใช้พลังงานของหน่วยงาน\nแสดงผลการลดใช้พลังงานรายไตรมาส"


@pytest.fixture
def demo(window, tmp_path, monkeypatch):
    monkeypatch.setenv("ITADESK_DATA", str(tmp_path / "data"))
    session = demo_window(window, tmp_path / "demo.db")
    assert session.registry.user_directory == tmp_path / "data" / "frameworks"
    yield session
    set_default_registry(None)  # later tests use the bundled frameworks again


def bundled_hash() -> str:
    return hashlib.sha256((frameworks_dir() / "ita-2567.yaml").read_bytes()).hexdigest()


def add_item(editor, code="o36", indicator=10):
    editor.start_new_item()
    editor.code.setText(code)
    editor.indicator.setCurrentIndex(editor.indicator.findData(indicator))
    editor._fill_sub_indicators("")
    editor.title.setText(TITLE)
    editor.components.setPlainText(PARTS)
    return editor.apply_item()


def test_add_an_item_save_and_undo(window, demo, tmp_path):
    before = bundled_hash()
    total_before = completeness(demo.year_data(), demo.framework())["oit"].total
    assert window.act_edit_framework in window.menuBar().actions()[3].menu().actions()
    assert window.act_edit_framework.text() == "แก้ไขกรอบการประเมิน…"
    editor = window.edit_framework()
    assert editor.windowTitle() == "แก้ไขกรอบการประเมิน ITA ปี 2567"
    assert editor.codes_shown()[:3] == ["o1", "o2", "o3"]
    wizard = window.open_document("oit")
    assert len(wizard.tables) == 2
    assert add_item(editor)
    assert editor.codes_shown()[-1] == "o36" and editor.selected_code() == "o36"
    assert 2567 in demo.registry and not demo.framework().has_code("o36")  # nothing saved yet
    if SHOTS:
        editor.grab().save(os.path.join(SHOTS, "framework-editor.png"))
    assert editor.save()
    fw = demo.framework()
    item = fw.item("o36")
    assert (item.title_th, item.indicator) == (TITLE, 10)
    assert item.components_th == tuple(PARTS.splitlines())
    user_file = tmp_path / "data" / "frameworks" / "ita-2567.yaml"
    assert user_file.exists() and bundled_hash() == before
    assert "o36" in user_file.read_text(encoding="utf-8")
    assert demo.undo_stack.undoText() == "แก้ไขกรอบการประเมินปี 2567"
    assert completeness(demo.year_data(), demo.framework())["oit"].total == total_before + 1
    # the open D4 wizard was built again with the new item
    wizard = window.wizards["oit:2567"]
    model = wizard.tables[1].model
    codes = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert codes[-1] == "o36"

    demo.undo_stack.undo()
    assert not user_file.exists() and not demo.framework().has_code("o36")
    assert completeness(demo.year_data(), demo.framework())["oit"].total == total_before
    demo.undo_stack.redo()
    assert demo.framework().item("o36").title_th == TITLE


def test_refused_input_shows_next_to_the_field(window, demo):
    editor = window.edit_framework()
    editor.start_new_item()
    editor.code.setText("O5")
    editor.title.setText(TITLE)
    assert not editor.apply_item()
    assert editor.messages["code"].text() == "ปี 2567 มีข้อ o5 อยู่แล้ว"
    editor.code.setText("o36")
    editor.title.setText("")
    assert not editor.apply_item()
    assert editor.messages["title"].text() == "ต้องไม่ว่าง" and not editor.messages["code"].text()
    editor.threshold.setText("120")
    assert not editor.set_threshold(editor.threshold.text())
    assert editor.threshold_message.text() == "ต้องอยู่ระหว่าง 0 ถึง 100 ไม่ใช่ 120"
    assert not editor.save()  # the threshold field still holds a refused value
    assert editor.isVisible() and "0 ถึง 100" in editor.threshold_message.text()
    assert not (editor.session.registry.user_directory / "ita-2567.yaml").exists()
    editor.threshold.setText("๙๐")
    assert editor.set_threshold(editor.threshold.text()) and editor.threshold_message.text() == ""
    assert not editor.set_name("indicator", 9, "")
    assert "ต้องไม่ว่าง" in editor.names_message.text()
    assert editor.set_name("indicator", 9, "การเปิดเผยข้อมูลสาธารณะ")
    editor.start_new_item()  # the unfinished new item is dropped
    editor.title.setText("")
    assert editor.save()
    fw = demo.framework()
    assert fw.passed(90) and not fw.passed(89.99)
    assert fw.indicator(9).name_th == "การเปิดเผยข้อมูลสาธารณะ"
    assert fw.provisional is False and any("edited by the clerk" in n for n in fw.notes)


def test_cancel_changes_nothing(window, demo):
    editor = window.edit_framework()
    assert add_item(editor)
    assert editor.set_threshold("70")
    editor.cancel_button.click()
    assert not editor.isVisible()
    assert not (demo.registry.user_directory / "ita-2567.yaml").exists()
    assert not demo.framework().has_code("o36") and demo.framework().pass_threshold == 85
    assert demo.undo_stack.count() == 0


def test_removing_an_item_with_progress_asks_and_deletes_its_rows_undoably(window, demo):
    # o36 is added and given progress first (the demo's o1–o35 have scores: those are refused)
    editor = window.edit_framework()
    assert add_item(editor)
    assert editor.save()
    from itadesk.domain.oit import OitProgress
    from itadesk.storage import operations as ops

    ops.save_oit_progress(demo.office, OitProgress(year=2567, code="o36", status="done",
                                                   progress="เผยแพร่แล้ว"), demo.framework())
    ops.set_title_override(demo.office, 2567, "o36", "ชื่อที่พิมพ์เอง")

    editor = window.edit_framework()
    editor.select("o12")
    window.ask = Answers()  # nothing is asked: refused at once
    assert not editor.remove_selected()
    assert "คะแนน" in editor.message.text() and "o12" in editor.codes_shown()

    editor.select("o36")
    window.ask = Answers("ยกเลิก")
    assert not editor.remove_selected() and "o36" in editor.codes_shown()
    [(name, text, info, buttons)] = window.ask.boxes
    assert name == "remove_item_question" and "ความก้าวหน้าการเปิดเผยข้อมูล 1 แถว" in text
    assert "ชื่อข้อที่พิมพ์เอง 1 ข้อ" in text and "ถูกลบ" in info and "เลิกทำ" in info
    assert buttons == ["ลบข้อ o36", "ยกเลิก"]

    window.ask = Answers("ลบข้อ o36")
    assert editor.remove_selected() and "o36" not in editor.codes_shown()
    assert editor.save()
    assert not demo.framework().has_code("o36")
    assert [p.code for p in queries.load_oit(demo.office, 2567) if p.code == "o36"] == []
    assert "o36" not in queries.load_title_overrides(demo.office, 2567)
    window.refresh()
    assert not any("o36" in p.where for p in window.problems)

    # one undo puts back the framework with o36 and its rows
    demo.undo()
    assert demo.framework().has_code("o36")
    assert {p.code: p for p in demo.year_data().oit}["o36"].progress == "เผยแพร่แล้ว"
    assert queries.load_title_overrides(demo.office, 2567)["o36"] == "ชื่อที่พิมพ์เอง"
    demo.redo()
    assert not demo.framework().has_code("o36")
    assert [p.code for p in queries.load_oit(demo.office, 2567) if p.code == "o36"] == []


def test_rows_of_codes_the_framework_lacks_can_be_deleted_in_the_editor(window, demo):
    """A framework imported over another leaves rows D4 stops on: the editor offers to delete
    them (one undoable step), and D4 prints again."""
    from itadesk.domain.oit import OitProgress
    from itadesk.reports.render import render_document
    from itadesk.storage import operations as ops

    any_code = type("AnyCode", (), {"normalize_code": staticmethod(lambda code: code)})()
    ops.save_oit_progress(demo.office, OitProgress(year=2567, code="o99", status="done",
                                                   progress="แถวเก่า"), framework=any_code)
    with pytest.raises(ItadeskError):
        render_document(demo.year_data(), "oit", demo_tmp(demo) / "x.pdf",
                        framework=demo.framework())
    editor = window.edit_framework()
    assert editor.orphan_bar.isVisibleTo(editor) and "o99" in editor.orphan_notice.text()
    assert editor.drop_orphans() and not editor.orphan_button.isEnabled()
    assert editor.save()
    assert [p.code for p in queries.load_oit(demo.office, 2567) if p.code == "o99"] == []
    assert not (demo.registry.user_directory / "ita-2567.yaml").exists()  # framework untouched
    render_document(demo.year_data(), "oit", demo_tmp(demo) / "ok.pdf",
                    framework=demo.framework())
    demo.undo()
    assert [p.code for p in queries.load_oit(demo.office, 2567) if p.code == "o99"] == ["o99"]


def demo_tmp(session):
    return session.office.path.parent


def test_save_as_writes_a_file_another_office_imports(window, demo, tmp_path):
    editor = window.edit_framework()
    assert add_item(editor)
    path = editor.save_as(tmp_path / "out" / "ita-2567-แก้ไข.yaml") if (tmp_path / "out").mkdir() is None else None
    assert path is not None and path.exists()
    fw = load_framework_text(path.read_text(encoding="utf-8"), path.name)
    assert fw.item("o36").title_th == TITLE
    assert not (demo.registry.user_directory / "ita-2567.yaml").exists()  # not installed
    editor.reject()
    assert window.import_framework(str(path)).item("o36").title_th == TITLE
