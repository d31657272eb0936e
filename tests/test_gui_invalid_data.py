"""A file holding a value the domain refuses (a score of 999, an unknown status, a damaged
memo row) passes SQLite's integrity check; the program used to stop at start with a
traceback — on every start, being the last file. Now the file is opened, what is wrong is
shown with where it is, and the newest backup whose data is all valid is offered (issue 17)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from itadesk.demo import create_demo
from itadesk.storage.backups import list_backups
from itadesk.storage.database import open_db
from test_gui_actions import Answers

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("valid") / "office.db"
    with open_db(path, backups=False) as office:
        create_demo(office)
    return path


def _damaged(demo_file, tmp_path, with_backup: bool):
    path = tmp_path / "office.db"
    shutil.copy(demo_file, path)
    if with_backup:
        with open_db(path) as office:  # a backup of the valid file on open
            assert office.warnings == []
        assert list_backups(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE indicator_scores SET score = 999 WHERE indicator = 3")
    conn.execute("UPDATE measures SET status = 'finished??' WHERE id = 2")
    conn.execute("UPDATE memos SET body_json = '{not json' WHERE document = 'analysis'")
    conn.commit()
    conn.close()
    return path


def test_invalid_values_are_shown_with_their_place_and_a_valid_backup_restores(window, tmp_path,
                                                                                demo_file):
    path = _damaged(demo_file, tmp_path, with_backup=True)

    window.ask = Answers("ยกเลิก")
    assert not window.open_path(path)
    [(name, text, info, buttons)] = window.ask.boxes
    assert name == "file_invalid_data" and "3 รายการ" in text
    assert "ตัวชี้วัดที่ 3" in info and "มาตรการ 2" in info and "บันทึกข้อความ analysis" in info
    assert "กู้คืนจากสำรองแล้วเปิด" in buttons
    assert window.session is None  # closed, nothing changed, the program still runs

    window.ask = Answers("กู้คืนจากสำรองแล้วเปิด")
    assert window.open_path(path)
    data = window.session.year_data(2567)
    assert data.assessment.indicator_scores[3] <= 100
    assert any(b.reason == "before-restore" for b in list_backups(path))  # the damaged copy kept


def test_without_a_valid_backup_the_problems_are_still_explained(window, tmp_path, demo_file):
    path = _damaged(demo_file, tmp_path, with_backup=False)
    window.ask = Answers("ยกเลิก")
    assert not window.open_path(path)
    [(name, _text, info, buttons)] = window.ask.boxes
    assert name == "file_invalid_data" and "กู้คืนจากสำรองแล้วเปิด" not in buttons
    assert "ไม่พบสำรองข้อมูลที่ข้อมูลถูกต้องครบ" in info


def test_the_program_starts_on_such_a_last_file_without_a_traceback(gui, tmp_path, demo_file,
                                                                   monkeypatch):
    """run_gui as at start: the question is asked, the window stays up, exec returns 0."""
    from itadesk.ui import app as app_module
    from itadesk.ui.main_window import MainWindow

    path = _damaged(demo_file, tmp_path, with_backup=True)
    answers = Answers("ยกเลิก")
    monkeypatch.setattr(MainWindow, "ask", lambda self, box: answers(box))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    before = set(QApplication.topLevelWidgets())
    errors_before = set(map(id, app_module.shown_errors()))  # boxes left by earlier tests
    try:
        assert app_module.run_gui(str(path)) == 0
        assert [b[0] for b in answers.boxes] == ["file_invalid_data"]
        assert not [b for b in app_module.shown_errors()
                    if b.objectName() == "unexpected_error" and id(b) not in errors_before]
    finally:
        for w in set(QApplication.topLevelWidgets()) - before:
            if isinstance(w, MainWindow):
                w.close()
