"""Regenerate docs/screenshots/: every window of itadesk as a clerk sees it on a 1366×768
screen with a 40 px taskbar.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python docs/screenshots/make.py [OUT_DIR]

Runs the real program on a fresh copy of the demo office (in a temporary data folder, so
the user's own settings and files are not touched). The screen's available area is taken as
1366×728 (ui/screen.py sizes every window from it); each window is grabbed offscreen and
drawn on a 1366×768 picture of the screen — a title bar above it and the taskbar below — so
the picture shows whether it fits. Prints one line per picture.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCREEN_W, SCREEN_H, TASKBAR, TITLE = 1366, 768, 40, 30


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ITADESK_DATA"] = tempfile.mkdtemp(prefix="itadesk-shots-")

    from PySide6.QtCore import QPoint, QSize, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from itadesk.ui import screen

    screen.available = lambda widget=None: QSize(SCREEN_W, SCREEN_H - TASKBAR)
    from itadesk.demo import create_demo
    from itadesk.storage.database import open_db
    from itadesk.ui.app import setup_application
    from itadesk.ui.main_window import MainWindow

    setup_application(app, language="th")
    path = Path(os.environ["ITADESK_DATA"]) / "หนองบัวทอง.itadesk.db"
    office = open_db(path)
    try:
        create_demo(office)
    finally:
        office.close()

    window = MainWindow()
    window.ask = lambda box: None  # no question is answered while taking pictures
    window.show()
    window.open_path(str(path))

    def settle(seconds: float = 0.3):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def shot(widget, name: str) -> None:
        """The window on a 1366×768 screen: title bar, the window, the taskbar."""
        settle()
        grab = widget.grab()
        canvas = QPixmap(SCREEN_W, SCREEN_H)
        canvas.fill(QColor("#3a6ea5"))
        p = QPainter(canvas)
        p.fillRect(0, 0, grab.width(), TITLE, QColor("#dde3ea"))
        p.setPen(QColor("#222222"))
        font = QFont(app.font())
        font.setPointSizeF(10)
        p.setFont(font)
        p.drawText(10, 0, grab.width() - 20, TITLE, Qt.AlignVCenter | Qt.AlignLeft, widget.windowTitle())
        p.drawPixmap(QPoint(0, TITLE), grab)
        p.fillRect(0, SCREEN_H - TASKBAR, SCREEN_W, TASKBAR, QColor("#1f1f1f"))
        p.end()
        fits = grab.width() <= SCREEN_W and grab.height() + TITLE <= SCREEN_H - TASKBAR
        canvas.save(str(out / f"{name}.png"))
        print(f"{name}.png  {grab.width()}×{grab.height()}  {'fits' if fits else 'DOES NOT FIT'}", flush=True)

    shot(window, "main-window")
    wizard = window.open_office_wizard()
    for i in range(len(wizard.section_titles())):
        wizard.goto(i)
        shot(wizard, f"wizard-office-{i + 1}")
    wizard.close()
    for kind in ("analysis", "measures", "results", "oit", "plan", "memo"):
        wizard = window.open_document(kind)
        for i in range(len(wizard.section_titles())):
            wizard.goto(i)
            shot(wizard, f"wizard-{kind}-{i + 1}")
        wizard.close()
    for kind in ("analysis", "oit", "plan", "memo"):
        preview = window.open_preview(kind)
        end = time.monotonic() + 120
        while (preview.job is not None or preview.result is None) and time.monotonic() < end:
            settle(0.1)
        shot(preview, f"preview-{kind}")
        preview.close()
    editor = window.edit_framework()
    if editor is not None:
        shot(editor, "framework-editor")
        editor.close()
    settings = window.open_settings()
    if settings is not None:
        shot(settings, "settings")
        settings.close()
    from itadesk.ui.backups import RestoreDialog

    restore = RestoreDialog(window)
    restore.show()
    shot(restore, "restore-backup")
    restore.close()
    aggregation = window.open_aggregation()
    if aggregation is not None:
        shot(aggregation, "district-summary")
        aggregation.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
