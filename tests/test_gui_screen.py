"""Every window fits the screen a clerk has: 1366×768 with a 40 px taskbar (1366×728
available) and a title bar. The screen's available size is set to that; each window is
opened as the program opens it, and its size and its minimum size must fit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from test_ui_support import demo_window

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui

ROOM = QSize(1366, 728)


@pytest.fixture
def clerk_screen(monkeypatch):
    from itadesk.ui import screen

    monkeypatch.setattr(screen, "available", lambda widget=None: QSize(ROOM))
    return screen


def _fits(w, screen) -> list[str]:
    """What does not fit: the window with its frame, and the smallest it can be made."""
    bad = []
    frame_w, frame_h = 2 * screen.FRAME, screen.TITLE_BAR + screen.FRAME
    name = type(w).__name__ + (f"({w.windowTitle()})" if w.windowTitle() else "")
    if w.width() + frame_w > ROOM.width() or w.height() + frame_h > ROOM.height():
        bad.append(f"{name} size {w.width()}×{w.height()}")
    least = w.minimumSizeHint().expandedTo(w.minimumSize())
    if least.width() + frame_w > ROOM.width() or least.height() + frame_h > ROOM.height():
        bad.append(f"{name} minimum {least.width()}×{least.height()}")
    return bad


def test_every_window_fits_1366x728(window, qapp, tmp_path, clerk_screen):
    from itadesk.ui.main_window import MainWindow

    session = demo_window(window, tmp_path / "demo.itadesk")
    fresh = MainWindow()
    fresh.show()
    windows = [fresh]
    for kind in ("analysis", "measures", "results", "oit", "plan", "memo"):
        windows.append(window.open_document(kind))
    windows.append(window.open_office_wizard())
    windows.append(window.open_preview("plan"))
    windows.append(window.edit_framework())
    windows.append(window.open_aggregation())
    windows.append(window.open_settings())
    from itadesk.ui.backups import RestoreDialog

    backups = RestoreDialog(window)
    backups.show()
    windows.append(backups)
    qapp.processEvents()
    bad = []
    for w in windows:
        assert w is not None
        bad += _fits(w, clerk_screen)
        # every wizard page too: the side list, the header and the page's least size
        if hasattr(w, "goto"):
            for n in range(len(w.section_titles())):
                w.goto(n)
                qapp.processEvents()
                bad += [f"{b} on page {n}" for b in _fits(w, clerk_screen)]
    assert bad == []
    fresh.close()
    for w in windows:
        w.close()
    assert session is not None
    QApplication.processEvents()


def test_geometry_saved_on_a_larger_screen_is_fitted(gui, qtbot, clerk_screen):
    from itadesk.ui.main_window import MainWindow, machine_settings

    big = MainWindow()
    qtbot.addWidget(big)
    big.resize(1900, 1050)  # as saved on a 1920×1080 monitor
    machine_settings().setValue("window/geometry", big.saveGeometry())
    big.deleteLater()
    try:
        again = MainWindow()
        qtbot.addWidget(again)
        assert _fits(again, clerk_screen) == []
        again.close()
    finally:
        machine_settings().remove("window/geometry")
