"""Window sizes from the screen the clerk has.

The usual office PC is 1366×768 with a 40 px taskbar: 728 px are available, and a window's
title bar takes about 30 of them. Every window asks for its preferred size and gets at most
what the available screen holds (its contents scroll where needed).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

TITLE_BAR = 32  # the window manager's frame above the client area
FRAME = 8  # the frame at the sides and bottom
CLERK_SCREEN = QSize(1366, 728)  # 1366×768 less a 40 px taskbar


def available(widget=None) -> QSize:
    screen = None
    if widget is not None:
        screen = widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return CLERK_SCREEN
    geo = screen.availableGeometry()
    return QSize(geo.width(), geo.height())


def client_room(widget=None) -> QSize:
    """The largest client area a window can have on the screen (frame included)."""
    room = available(widget)
    return QSize(max(320, room.width() - 2 * FRAME), max(240, room.height() - TITLE_BAR - FRAME))


def fit_to_screen(widget, width: int, height: int) -> QSize:
    """Resize `widget` to width×height, or less where the screen is smaller; returns the size."""
    room = client_room(widget)
    size = QSize(min(width, room.width()), min(height, room.height()))
    widget.resize(size)
    return size
