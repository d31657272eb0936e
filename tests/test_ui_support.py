"""Helpers shared by the GUI tests (no tests here): the app set up as `itadesk` sets it up,
typing Thai into widgets, a main window on a fresh file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


def read_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def type_text(widget, text: str) -> None:
    """Type any text (Thai too) key by key; qtbot.keyClicks aborts on non-ASCII."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)


def enter(widget) -> None:
    QTest.keyClick(widget, Qt.Key_Return)


def fill(widget, text: str) -> None:
    """Clear a line edit, type `text`, press Enter (the field saves itself)."""
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key_Delete)
    type_text(widget, text)
    enter(widget)


@pytest.fixture
def gui(qapp):
    from itadesk.ui.app import setup_application
    from itadesk.ui.i18n import install_language

    setup_application(qapp, language="th")
    yield qapp
    install_language("th")


@pytest.fixture
def window(gui, qtbot, tmp_path):
    from itadesk.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def make_office(window, path: Path, year: int = 2567):
    """A new file with a minimal office and one fiscal year, as the wizard would make it."""
    assert window.new_file(str(path))
    form = window.wizards["office"].profile_form
    form.field("name").widget.setText("ดอนสะอาด")
    form.field("name").commit()
    form.field("code").widget.setText("6710101")
    form.field("code").commit()
    assert window.session.office_profile() is not None
    window.start_next_year(year)
    return window.session


def demo_window(window, path: Path):
    from itadesk.demo import create_demo
    from itadesk.storage.database import open_db

    office = open_db(path)
    try:
        create_demo(office)
    finally:
        office.close()
    assert window.open_path(str(path))
    return window.session


def wait_until(qapp, predicate, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        qapp.processEvents()
        if predicate():
            return True
        time.sleep(0.01)
    return False
