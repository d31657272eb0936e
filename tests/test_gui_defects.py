"""Issue 12's "defects seen" and "keyboard-only use", each driven through the real widgets
(offscreen): the recent-files list, the wizards' own undo/redo buttons, the D5 plan form of a
new office, the office wizard before its code is typed, an empty year, D4's completeness and
the demo office's mark; Enter/Tab/Ctrl+Y and the first field's focus."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from itadesk.domain.oit import OitProgress
from itadesk.storage import operations as ops
from itadesk.storage import queries
from test_gui_actions import Answers, small_office_file
from test_ui_support import demo_window, fill, make_office, type_text, wait_until

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


@pytest.fixture
def clean_recent():
    from itadesk.ui.main_window import machine_settings

    s = machine_settings()
    s.remove("recent")
    s.remove("last")
    s.sync()
    yield
    s.remove("recent")
    s.remove("last")


def _as_after_a_restart() -> None:
    """A new program reads the settings file again (in one process Qt keeps the values it
    wrote, a list of one included): touch the file so the next QSettings re-reads it."""
    import os
    import time

    from itadesk.ui.main_window import machine_settings

    s = machine_settings()
    s.sync()
    later = time.time() + 5
    os.utime(s.fileName(), (later, later))
    machine_settings().sync()


def _recent_texts(window) -> list[str]:
    return [a.text() for a in window.recent_menu.actions()]


# ------------------------------------------------------------------ recent files


def test_recent_list_of_one_file_survives_a_restart(gui, qtbot, tmp_path, clean_recent):
    from itadesk.ui.main_window import MainWindow

    path = tmp_path / "office.itadesk"
    small_office_file(path)
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.open_path(str(path))
    first.close()
    # the second start reads the settings file back: a list of one comes back as a str
    _as_after_a_restart()
    second = MainWindow()
    qtbot.addWidget(second)
    assert _recent_texts(second) == [str(path)]
    assert second.open_path(str(path))  # remembered again: still one whole path
    second.close()
    _as_after_a_restart()
    third = MainWindow()
    qtbot.addWidget(third)
    assert _recent_texts(third) == [str(path)]
    third.close()


def test_missing_recent_file_is_explained_and_never_created(window, tmp_path, clean_recent, monkeypatch):
    gone = tmp_path / "moved.itadesk"
    small_office_file(gone)
    assert window.open_path(str(gone))
    window.set_session_closed()
    gone.unlink()
    action = next(a for a in window.recent_menu.actions() if a.text() == str(gone))
    monkeypatch.chdir(tmp_path)
    action.trigger()
    assert not gone.exists()
    assert window.last_message.objectName() == "recent_missing"
    assert "ไม่พบไฟล์" in window.last_message.text()
    assert str(gone) not in _recent_texts(window)
    assert window.session is None


# ------------------------------------------------------------------ the wizards' undo/redo buttons


def test_wizard_undo_and_redo_buttons_work(window, tmp_path):
    session = make_office(window, tmp_path / "office.itadesk")
    wizard = window.open_office_wizard()
    fill(wizard.profile_form.field("district").widget, "โนนสวรรค์")
    assert session.office_profile().district == "โนนสวรรค์"
    undo, redo = wizard.button(QWizard.CustomButton1), wizard.button(QWizard.CustomButton2)
    assert undo.isEnabled()
    QTest.mouseClick(undo, Qt.LeftButton)
    assert session.office_profile().district == ""
    assert redo.isEnabled()
    QTest.mouseClick(redo, Qt.LeftButton)
    assert session.office_profile().district == "โนนสวรรค์"


def test_ctrl_y_redoes_everywhere(window, tmp_path):
    session = make_office(window, tmp_path / "office.itadesk")
    wizard = window.open_office_wizard()
    fill(wizard.profile_form.field("district").widget, "โนนสวรรค์")
    session.undo()
    assert session.office_profile().district == ""
    from PySide6.QtGui import QKeySequence

    assert QKeySequence("Ctrl+Y") in window.act_redo.shortcuts()
    wizard.activateWindow()
    QTest.keyClick(wizard, Qt.Key_Y, Qt.ControlModifier)
    assert session.office_profile().district == "โนนสวรรค์"


# ------------------------------------------------------------------ D5 plan form, new office


@pytest.mark.parametrize("typed", ["start_year", "end_year", "title"])
def test_d5_plan_form_half_filled_gets_a_note_not_a_crash(window, qapp, tmp_path, typed):
    from itadesk.ui.app import shown_errors

    session = make_office(window, tmp_path / "office.itadesk")
    window.open_document("plan")
    wizard = window.wizards[f"plan:{session.year}"]
    form = wizard.plan_form
    field = form.field(typed).widget
    values = {"title": "แผนปฏิบัติการป้องกันการทุจริต", "start_year": "2566", "end_year": "2570"}
    fill(field, values[typed])
    qapp.processEvents()
    assert shown_errors() == []
    assert queries.load_plan(session.office) is None  # nothing half-made was written
    assert form.note.isVisible() and "ยังไม่ได้บันทึก" in form.note.text()
    other = "ปีสิ้นสุดแผน" if typed != "end_year" else "ปีเริ่มต้นแผน"
    assert other in form.note.text()
    # what was typed is kept: completing it saves the plan
    for key, text in (("start_year", "2566"), ("end_year", "2570")):
        if key != typed:
            fill(form.field(key).widget, text)
    plan = queries.load_plan(session.office)
    assert plan is not None and (plan.start_year, plan.end_year) == (2566, 2570)


# ------------------------------------------------------------------ office wizard before its code


def test_office_wizard_asks_before_losing_what_was_typed(window, tmp_path):
    assert window.new_file(str(tmp_path / "new.itadesk"))
    wizard = window.wizards["office"]
    form = wizard.profile_form
    fill(form.field("name").widget, "ดอนสะอาด")
    fill(form.field("district").widget, "ภูเวียง")
    assert window.session.office_profile() is None  # no code yet: nothing saved
    window.ask = Answers("กลับไปกรอกต่อ")
    QTest.mouseClick(wizard.button(QWizard.FinishButton), Qt.LeftButton)
    name, text, _info, _buttons = window.ask.boxes[0]
    assert name == "unsaved_draft" and "รหัส อปท." in text and "ดอนสะอาด" not in text
    assert wizard.isVisible()
    assert form.field("district").widget.text() == "ภูเวียง"
    # the code typed with Thai digits is the same code
    fill(form.field("code").widget, "๖๗๑๐๑๐๑")
    office = window.session.office_profile()
    assert office is not None and office.code == "6710101"
    assert (office.name, office.district) == ("ดอนสะอาด", "ภูเวียง")
    window.ask = Answers()  # nothing left to lose: no question
    QTest.mouseClick(wizard.button(QWizard.FinishButton), Qt.LeftButton)
    assert not wizard.isVisible()


def test_office_wizard_closed_without_code_after_answering(window, tmp_path):
    assert window.new_file(str(tmp_path / "new.itadesk"))
    wizard = window.wizards["office"]
    fill(wizard.profile_form.field("name").widget, "ดอนสะอาด")
    window.ask = Answers("ปิดโดยไม่บันทึก")
    QTest.mouseClick(wizard.button(QWizard.FinishButton), Qt.LeftButton)
    assert not wizard.isVisible() and window.ask.boxes


# ------------------------------------------------------------------ an empty year


def test_empty_year_says_what_is_incomplete_per_document(window, tmp_path, monkeypatch):
    make_office(window, tmp_path / "office.itadesk")
    texts = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert "ไม่พบปัญหา" not in texts
    for doc in ("D1", "D2", "D3", "D4", "D5", "D6"):
        assert any(t.startswith(f"⚠ {doc}: ยังไม่ครบ") for t in texts), doc
    # every completeness cell says what is missing
    for r in range(6):
        assert window.docs.item(r, 1).toolTip().startswith("ยังขาด:")
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (asked.append(1), ("", ""))[1]))
    window.ask = Answers("กลับไปแก้ไข")
    window.export_button.click()
    name, _text, info, _buttons = window.ask.boxes[0]
    assert name == "export_warnings" and "D1: ยังไม่ครบ" in info and "D5: ยังไม่ครบ" in info
    assert asked == []


# ------------------------------------------------------------------ D4 completeness


def test_d4_untitled_items_are_a_gap_and_honest_not_started_counts(window, tmp_path):
    session = demo_window(window, tmp_path / "demo.itadesk")
    row = 3  # D4
    assert window.docs.item(row, 1).text() == "35/35 ส่วน ✓"
    # o5 has no title in the 2567 framework: without the clerk's title it is a gap
    ops.set_title_override(session.office, session.year, "o5", "")
    o5 = next(p for p in queries.load_oit(session.office, session.year) if p.code == "o5")
    ops.save_oit_progress(session.office, dataclasses.replace(o5, title_override=""))
    window.refresh()
    cell = window.docs.item(row, 1)
    assert cell.text() == "34/35 ส่วน" and "o5" in cell.toolTip() and "ชื่อ" in cell.toolTip()
    ops.set_title_override(session.office, session.year, "o5", "แผนพัฒนาท้องถิ่น")
    # an honest "not started" with a word on why is an answer
    p = next(p for p in queries.load_oit(session.office, session.year) if p.code == "o1")
    ops.save_oit_progress(session.office, dataclasses.replace(p, status="not_started", progress=""))
    window.refresh()
    assert window.docs.item(row, 1).text() == "34/35 ส่วน" and "o1" in window.docs.item(row, 1).toolTip()
    ops.save_oit_progress(session.office, dataclasses.replace(
        p, status="not_started", progress="ยังไม่ได้ดำเนินการ เนื่องจากรอคำสั่งแต่งตั้ง"))
    window.refresh()
    assert window.docs.item(row, 1).text() == "35/35 ส่วน ✓"
    assert isinstance(p, OitProgress)


# ------------------------------------------------------------------ the demo office


def test_demo_office_is_marked_on_first_start(gui, qtbot, tmp_path, monkeypatch, clean_recent):
    from itadesk.ui import app as app_module
    from itadesk.ui.main_window import MainWindow

    path = tmp_path / "first.itadesk"
    monkeypatch.setattr(app_module, "choose_file", lambda _db: (path, True))
    shown = []
    monkeypatch.setattr(QApplication, "exec", lambda *_a: shown.append(QApplication.topLevelWidgets()) or 0)
    app_module.run_gui()
    window = next(w for w in shown[0] if isinstance(w, MainWindow) and w.isVisible())
    qtbot.addWidget(window)
    assert "[ตัวอย่าง]" in window.windowTitle()
    assert window.demo_banner.isVisible() and "หน่วยงานสมมติ" in window.demo_banner.text()
    window.close()


def test_a_real_office_is_not_marked(window, tmp_path):
    make_office(window, tmp_path / "office.itadesk")
    assert "[ตัวอย่าง]" not in window.windowTitle() and not window.demo_banner.isVisible()


# ------------------------------------------------------------------ keyboard only


def test_documents_table_enter_opens_and_tab_leaves(window, tmp_path):
    session = demo_window(window, tmp_path / "demo.itadesk")
    window.docs.setFocus()
    window.docs.setCurrentCell(4, 0)
    QTest.keyClick(window.docs, Qt.Key_Return)
    assert f"plan:{session.year}" in window.wizards
    window.wizards[f"plan:{session.year}"].close()
    window.activateWindow()
    window.docs.setFocus()
    assert window.docs.hasFocus()
    QTest.keyClick(window.docs, Qt.Key_Tab)
    assert not window.docs.hasFocus()


def test_preview_is_in_a_menu(window, tmp_path):
    demo_window(window, tmp_path / "demo.itadesk")
    docs_menu = window.menuBar().actions()[2].menu()
    assert window.preview_menu.menuAction() in docs_menu.actions()
    assert len(window.preview_menu.actions()) == 6
    assert all(a.isEnabled() for a in window.preview_menu.actions())


def test_wizard_opens_with_focus_on_first_field_and_tab_leaves_tables(window, qapp, tmp_path):
    session = make_office(window, tmp_path / "office.itadesk")
    wizard = window.open_office_wizard()
    wizard.activateWindow()
    assert wait_until(qapp, lambda: QApplication.focusWidget() is not None, 5)
    assert QApplication.focusWidget() is wizard.profile_form.field("kind").widget
    wizard.goto(1)  # กอง/สำนัก: a table
    view = wizard.units_table.view
    assert not view.tabKeyNavigation()
    plan = window.open_document("plan")
    plan.activateWindow()
    assert wait_until(qapp, lambda: QApplication.focusWidget() is plan.plan_form.field("title").widget, 5)
    type_text(plan.plan_form.field("title").widget, "แผน")
    assert session is not None


def test_tab_leaves_the_framework_editor_tables(window, tmp_path):
    demo_window(window, tmp_path / "demo.itadesk")
    editor = window.edit_framework()
    # (Tab leaving a table with this setting is driven on the documents table above)
    assert not editor.items.tabKeyNavigation() and not editor.names.tabKeyNavigation()
    editor.close()
