"""Removing a fiscal year from the main window (offscreen): the File-menu action and the year
list's context menu, enabled only for a writable file with more than one year; the question
names the year, what it holds and where the backup is restored from; "cancel" changes nothing,
"remove" removes it and the window shows the year left."""

from __future__ import annotations

import os

import pytest

from itadesk.domain.assessment import Finding
from itadesk.storage import backups
from itadesk.storage import operations as ops
from itadesk.storage import queries as q
from itadesk.storage.database import open_db
from itadesk.ui.commands import FINDINGS, DeleteRowsCommand
from test_gui_actions import Answers
from test_ui_support import demo_window

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("ITADESK_SHOTS")  # a folder to keep the screenshot in, when set


def two_years(window, path):
    session = demo_window(window, path)
    assert window.start_next_year(2568, confirm=False) is not None
    assert session.years() == [2567, 2568] and session.year == 2568
    return session


def file_menu_actions(window):
    return window.menuBar().actions()[0].menu().actions()


def test_one_year_cannot_be_removed(window, tmp_path):
    session = demo_window(window, tmp_path / "demo.db")
    assert session.years() == [2567]
    assert window.act_delete_year in file_menu_actions(window)
    assert not window.act_delete_year.isEnabled()
    [act] = window.year_context_menu(2567).actions()
    assert act.text() == "ลบปีงบประมาณ 2567…" and not act.isEnabled()
    # called anyway: storage refuses, the usual error box says why, nothing is asked
    window.ask = Answers()
    assert window.delete_year(2567) is None
    assert window.last_message.objectName() == "error_box"
    assert "ปีเดียว" in window.last_message.text()
    assert session.years() == [2567]


def test_remove_a_year_asks_first(window, qapp, tmp_path):
    path = tmp_path / "demo.db"
    session = two_years(window, path)
    assert window.act_delete_year.isEnabled()
    assert window.act_delete_year.text() == "ลบปีงบประมาณ 2568…"
    before = session.year_data(2567)
    held = {t: session.office.conn.execute(f"SELECT COUNT(*) FROM [{t}] WHERE year=2568").fetchone()[0]
            for t in ("plan_items", "memos", "oit_progress")}
    shots = []

    class Shoot(Answers):
        def __call__(self, box):
            box.show()
            qapp.processEvents()
            shots.append(box.grab())
            box.hide()
            return super().__call__(box)

    # "cancel": nothing changes
    window.ask = Shoot("ยกเลิก")
    assert window.delete_year() is None
    name, text, info, buttons = window.ask.boxes[0]
    assert name == "delete_year"
    assert text == "ลบปีงบประมาณ 2568 ออกจากไฟล์นี้หรือไม่?"
    assert f"โครงการในแผนปฏิบัติการ {held['plan_items']} รายการ" in info
    assert f"บันทึกข้อความ {held['memos']} ฉบับ" in info
    assert f"ข้อ OIT {held['oit_progress']} ข้อ" in info
    assert "ไฟล์ ▸ กู้คืนจากไฟล์สำรอง…" in info and "ก่อนลบปีงบประมาณ 2568" in info
    assert "มาตรการสำหรับปี 2568 จำนวน 11 รายการยังอยู่" in info  # 2567's D2
    assert sorted(buttons) == sorted(["ลบปีงบประมาณ 2568", "ยกเลิก"])
    assert session.years() == [2567, 2568] and session.year == 2568
    assert not any(b.reason.startswith("before-delete") for b in backups.list_backups(path))
    if SHOTS:
        shots[0].save(os.path.join(SHOTS, "delete-year-question.png"))
    assert not shots[0].isNull() and shots[0].width() > 300

    # an edit of 2568 on the undo stack: undoing it after the removal would write into a year
    # that is gone, so the removal clears the history
    window.open_document("analysis")
    assert "analysis:2568" in window.wizards
    fid = ops.add_finding(session.office, Finding(year=2568, target="issue:1", weaknesses="ปีที่เปิดผิด"))
    session.apply(DeleteRowsCommand(session, "ลบ", FINDINGS, [fid]))
    assert session.undo_stack.canUndo()

    window.ask = Answers("ลบปีงบประมาณ 2568")
    done = window.delete_year()
    assert done is not None and done.year == 2568
    assert session.years() == [2567] and session.year == 2567
    assert window.year_title.text() == "ปีงบประมาณ 2567"
    assert window.year_list.count() == 1
    assert "analysis:2568" not in window.wizards
    assert not window.act_delete_year.isEnabled()  # one year left
    assert not session.undo_stack.canUndo()
    session.undo()
    assert q.load_findings(session.office, 2568) == []
    assert session.year_data(2567) == before
    assert done.backup.exists()
    assert "ลบปีงบประมาณ 2568 แล้ว" in window.statusBar().currentMessage()
    with open_db(done.backup, read_only=True) as copy:
        assert q.list_years(copy) == [2567, 2568]


def test_right_click_on_a_year_opens_its_menu(window, qapp, tmp_path):
    from PySide6.QtWidgets import QMenu

    from itadesk.ui.signals import emit

    two_years(window, tmp_path / "demo.db")
    item = window.year_list.item(1)  # newest first: 2567
    emit(window.year_list.customContextMenuRequested, window.year_list.visualItemRect(item).center())
    qapp.processEvents()
    [menu] = [m for m in window.findChildren(QMenu, "year_menu") if m.isVisible()]
    assert [a.text() for a in menu.actions()] == ["ลบปีงบประมาณ 2567…"]
    assert menu.actions()[0].isEnabled()
    menu.close()


def test_context_menu_removes_the_year_clicked(window, tmp_path):
    session = two_years(window, tmp_path / "demo.db")
    menu = window.year_context_menu(2567)
    [act] = menu.actions()
    assert act.text() == "ลบปีงบประมาณ 2567…" and act.isEnabled()
    window.ask = Answers("ลบปีงบประมาณ 2567")
    act.trigger()
    assert window.ask.boxes[0][1] == "ลบปีงบประมาณ 2567 ออกจากไฟล์นี้หรือไม่?"
    assert session.years() == [2568] and session.year == 2568  # the year shown stays


def test_read_only_file_refuses(window, tmp_path):
    from itadesk.ui.session import Session

    path = tmp_path / "demo.db"
    two_years(window, path)
    window.set_session_closed()
    window.set_session(Session(open_db(path, read_only=True)))
    assert window.session.years() == [2567, 2568]
    assert not window.act_delete_year.isEnabled()
    assert not window.year_context_menu(2568).actions()[0].isEnabled()
    window.ask = Answers()  # nothing may be asked
    assert window.delete_year(2568) is None
    assert window.last_message.objectName() == "error_box"
    assert "อ่านอย่างเดียว" in window.last_message.text()
    assert window.session.years() == [2567, 2568]


def test_english_question(window, tmp_path):
    session = two_years(window, tmp_path / "demo.db")
    window.set_language("en")
    try:
        window.ask = Answers("Cancel")
        window.delete_year()
        name, text, info, buttons = window.ask.boxes[0]
        assert text == "Remove fiscal year 2568 from this file?"
        assert "File ▸ Restore from a backup…" in info and "before removing fiscal year 2568" in info
        assert "action-plan items" in info
        assert sorted(buttons) == ["Cancel", "Remove fiscal year 2568"]
        assert session.years() == [2567, 2568]
    finally:
        window.set_language("th")
