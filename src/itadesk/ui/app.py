"""Starting the desktop program: `itadesk` or `itadesk --db PATH`.

Fast start: only Qt widgets, sqlite and our small modules are imported here; ReportLab,
pythainlp and QtPdf load when a preview is first opened, the frameworks when first needed.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ..domain.errors import ItadeskError
from ..paths import fonts_dir
from .i18n import install_language, lang, tr

UI_FONT = "Sarabun"
_shown_errors: list[QMessageBox] = []


def load_fonts() -> str | None:
    """Register the bundled Sarabun family (a fresh PC has no Thai font); return its name."""
    family = None
    for path in sorted(fonts_dir().glob("Sarabun-*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(fid)
            family = families[0] if families else None
    return family


def setup_application(app: QApplication, language: str | None = None) -> None:
    app.setApplicationName("itadesk")
    app.setOrganizationName("itadesk")
    family = load_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(10.5)
        app.setFont(font)
    if language is None:
        from .main_window import machine_settings

        language = str(machine_settings().value("language", "th"))
    install_language(language)
    install_excepthook()


def install_excepthook() -> None:
    """Show unexpected errors in a dialog instead of closing the program."""

    def hook(exc_type, exc, tb):
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        from .. import logs

        if isinstance(exc, ItadeskError):
            logs.get(__name__).warning("refused: %s", exc.en)
        else:
            logs.get(__name__).error("unexpected error (itadesk %s)", logs.version(),
                                     exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None:
            return
        if isinstance(exc, ItadeskError):
            box = QMessageBox(QMessageBox.Warning, tr("ทำรายการไม่สำเร็จ"), exc.message(lang()))
        else:
            box = QMessageBox(QMessageBox.Critical, tr("เกิดข้อผิดพลาดที่ไม่คาดคิด"),
                              tr("เกิดข้อผิดพลาดในโปรแกรม ข้อมูลที่บันทึกแล้วยังอยู่ครบ "
                                 "โปรดแจ้งรายละเอียดด้านล่างแก่ผู้ดูแล"))
            box.setInformativeText(tr("รายละเอียดบันทึกไว้ในไฟล์ {0}").format(str(logs.log_file())))
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.setObjectName("unexpected_error")
        _shown_errors.append(box)
        box.finished.connect(lambda _r, b=box: _shown_errors.remove(b) if b in _shown_errors else None)
        box.open()

    sys.excepthook = hook


def shown_errors() -> list[QMessageBox]:
    return list(_shown_errors)


def choose_file(db_path: str | None) -> tuple[Path, bool]:
    """The file to open and whether it must first be filled with the demo office."""
    from ..storage.database import default_db_path
    from .main_window import machine_settings

    if db_path:
        return Path(db_path), False
    last = machine_settings().value("last")
    if last and Path(str(last)).exists():
        return Path(str(last)), False
    path = default_db_path()
    return path, not path.exists()


def create_demo_file(path: Path) -> None:
    from ..storage.database import open_db

    office = open_db(path)
    try:
        try:
            from ..demo import create_demo
        except ImportError:
            return  # no demo in this build: the office wizard starts from an empty file
        create_demo(office)
    finally:
        office.close()


def run_gui(db_path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)
    from .main_window import MainWindow

    window = MainWindow()
    path, demo = choose_file(db_path)
    if demo:
        try:
            create_demo_file(path)
        except ItadeskError as exc:
            window.show_error(tr("สร้างไฟล์ตัวอย่างไม่ได้"), exc.message(lang()))
    window.show()
    if window.open_path(path) and window.session.office_profile() is None:
        QTimer.singleShot(0, window.open_office_wizard)
    if os.environ.get("ITADESK_STARTUP_PROBE"):
        # bench/startup.py: report once the shown window's first events are processed, then quit
        QTimer.singleShot(0, lambda: (print("itadesk-ready", flush=True), window.close(), app.quit()))
    return app.exec()
