"""Tables that work like a spreadsheet (#12), driven with real keys and clicks: the new-row
line, a block pasted into cells, fill down, find and replace, sort and filter, the frozen
name column, compact rows, one undo step per paste; and the paste preview parsing cells with
the editor's own parser (#18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from itadesk.storage import queries
from test_ui_support import demo_window, make_office, read_fixture

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


def keys(qapp, text: str) -> None:
    """Type as a clerk does: every key goes to whatever widget has the focus now."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, QApplication.focusWidget(), Qt.Key_unknown, ch,
                           Qt.NoModifier)
        qapp.processEvents()


def press(qapp, key, mods=Qt.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, mods)
    qapp.processEvents()


def click_cell(qapp, table, row: int, col: int, mods=Qt.NoModifier) -> None:
    index = table.view_index(table.model.index(row, col))
    table.view.scrollTo(index)
    qapp.processEvents()
    rect = table.view.visualRect(index)
    QTest.mouseClick(table.view.viewport(), Qt.LeftButton, mods, rect.center())
    qapp.processEvents()


def set_clipboard(text: str | None = None, html: str | None = None) -> None:
    mime = QMimeData()
    if text is not None:
        mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)


@pytest.fixture
def clipboard_released():
    yield
    QApplication.clipboard().setText("")  # a Python QMimeData left on the clipboard crashes Qt at exit


def test_tab_and_enter_on_the_new_row_line_keep_typing_in_that_row(window, qapp, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    wizard = window.open_document("measures")
    table = wizard.table
    qapp.processEvents()
    click_cell(qapp, table, 0, 1)  # the new-row line, column มาตรการ
    keys(qapp, "กขค")
    press(qapp, Qt.Key_Tab)
    cur = table.source_index(table.view.currentIndex())
    assert (cur.row(), cur.column()) == (0, 2), "the cursor goes on to the next cell of the added row"
    keys(qapp, "งจ")
    press(qapp, Qt.Key_Return)
    rows = queries.load_measures(session.office, 2568)
    assert [(m.title, m.steps) for m in rows] == [("กขค", "งจ")]

    # Enter on the new-row line: the row is added and the cursor is in its next cell
    click_cell(qapp, table, 1, 1)
    keys(qapp, "ฉช")
    press(qapp, Qt.Key_Return)
    cur = table.source_index(table.view.currentIndex())
    assert (cur.row(), cur.column()) == (1, 2)
    assert table.view.visualRect(table.view.currentIndex()).intersects(table.view.viewport().rect())
    keys(qapp, "ซ")
    press(qapp, Qt.Key_Return)
    rows = queries.load_measures(session.office, 2568)
    assert [(m.title, m.steps) for m in rows] == [("กขค", "งจ"), ("ฉช", "ซ")]


def test_a_row_added_far_down_stays_in_view(window, qapp, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    wizard = window.open_document("measures")
    wizard.resize(900, 500)
    table = wizard.table
    dialog = table.paste(text="ลำดับ\tมาตรการ/กิจกรรม\n" + "\n".join(f"{i}\tมาตรการ {i}" for i in range(1, 41)), show=False)
    assert len(dialog.built) == 40
    dialog.accept()
    assert len(queries.load_measures(session.office, 2568)) == 40
    qapp.processEvents()
    click_cell(qapp, table, 40, 1)
    scroll = table.view.verticalScrollBar().value()
    assert scroll > 0
    keys(qapp, "ใหม่")
    press(qapp, Qt.Key_Tab)
    assert table.view.verticalScrollBar().value() >= scroll, "the view does not jump to the top"
    cur = table.source_index(table.view.currentIndex())
    assert (cur.row(), cur.column()) == (40, 2)
    assert table.view.visualRect(table.view.currentIndex()).intersects(table.view.viewport().rect())
