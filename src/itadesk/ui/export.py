"""Export for sending upward: the year's package `<office code>-<year>.ita.zip`.

The program holds the office file open (and locked), so the package is built from the
session's data — `load_year` on the open file — rather than by opening the file again as
`itadesk export` does: the six documents are rendered into a temporary folder
(reports.render.render_all) and packed with exchange.package.build_package, in a worker
thread with a progress dialog (Cancel leaves no file: the package is written to a temporary
name and renamed at the end). The consistency check's warnings are listed first and the
clerk may go on; the last message names the file to send.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from ..domain.errors import ItadeskError
from .i18n import lang, tr, void
from .jobs import BackgroundJob
from .signals import emit

SUFFIX = ".ita.zip"


def build_export(data, framework, out: Path, progress) -> Path:
    """Render the six documents of `data` and write the package to `out` (worker thread)."""
    from ..exchange.package import build_package, check_exportable
    from ..reports.render import render_all, resolve_framework

    fw = resolve_framework(data, framework)
    check_exportable(data, fw)  # up front: never a package the district's importer would refuse
    with tempfile.TemporaryDirectory(prefix="itadesk-export-") as tmp:
        pdfs = render_all(data, tmp, framework=fw, progress=lambda v: progress(0.95 * v))
        progress(0.96)
        return build_package(data, fw, {k: Path(p).read_bytes() for k, p in pdfs.items()}, out)


def package_path(name: str) -> Path:
    """The chosen file name with the package suffix (a clerk may type just "6710101-2567")."""
    path = Path(name)
    if path.name.lower().endswith(SUFFIX):
        return path
    stem = path.name[:-4] if path.name.lower().endswith(".zip") else path.name
    return path.with_name(stem + SUFFIX)


def grouped_messages(problems) -> list[str]:
    """One line per consistency problem, and one per document for what it still lacks (an
    empty year would otherwise fill the box with one document's gaps)."""
    out, gaps = [], {}
    for p in problems:
        if p.code.startswith("incomplete:"):
            gaps.setdefault(p.where, []).append(p.en if lang() == "en" else p.th)
        else:
            out.append(p.message(lang()))
    for where, items in gaps.items():
        out.append(f"{where}: " + "; ".join(items))
    return out


class Exporter(QObject):
    """The export action of the main window (one export at a time)."""

    finished = Signal(str)  # the package written
    failed = Signal(str)    # why not (also shown to the user)
    cancelled = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.job: BackgroundJob | None = None
        self.progress: QProgressDialog | None = None
        self.out: Path | None = None
        self.last_path: Path | None = None
        self.pool = QThreadPool.globalInstance()

    @property
    def running(self) -> bool:
        return self.job is not None

    def confirm_warnings(self, problems) -> bool:
        """List the consistency warnings; True when the clerk chooses to export anyway."""
        if not problems:
            return True
        texts = grouped_messages(problems)
        box = QMessageBox(QMessageBox.Warning, tr("ตรวจพบข้อควรแก้ไขก่อนส่งออก"),
                          tr("พบ {0} รายการที่อาจไม่ถูกต้อง อำเภอและจังหวัดจะเห็นข้อมูลตามที่ส่งไป "
                             "ต้องการส่งออกต่อหรือไม่?").format(len(texts)), parent=self.window)
        box.setObjectName("export_warnings")
        box.setInformativeText("\n".join("⚠ " + t for t in texts[:8])
                               + ("\n…" if len(texts) > 8 else ""))
        box.setDetailedText("\n".join(texts))
        go = box.addButton(tr("ส่งออกต่อ"), QMessageBox.AcceptRole)
        back = box.addButton(tr("กลับไปแก้ไข"), QMessageBox.RejectRole)
        box.setDefaultButton(back)
        return self.window.ask(box) is go

    def choose_path(self, data) -> Path | None:
        from ..exchange.package import package_name
        from .main_window import machine_settings

        folder = machine_settings().value("export/folder") or QStandardPaths.writableLocation(
            QStandardPaths.DocumentsLocation) or str(Path.home())
        default = Path(str(folder)) / package_name(data.office.code, data.year)
        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("ส่งออกไฟล์ส่งอำเภอ/จังหวัด"), str(default),
            tr("แพ็กเกจ itadesk (*.ita.zip)"))
        return package_path(name) if name else None

    def start(self, path: str | Path | None = None) -> bool:
        """Check, ask where, and start building the package; False when nothing was started."""
        window = self.window
        if self.job is not None:
            window.statusBar().showMessage(tr("กำลังส่งออกอยู่ กรุณารอสักครู่"), 5000)
            return False
        if not window._need_year():
            return False
        session = window.session
        try:
            data = session.year_data()
            framework = session.framework()
            if framework is None:  # the package needs D1–D4 and the framework: say what to do
                from ..domain.framework_derive import missing_framework

                raise missing_framework(session.registry, data.year)
            from ..exchange.package import check_exportable

            check_exportable(data, framework)  # before asking where: what the district refuses
        except ItadeskError as exc:
            window.show_error(tr("ส่งออกไม่สำเร็จ"), exc.message(lang()))
            return False
        if not self.confirm_warnings(window.check(data, framework)):
            return False
        out = package_path(str(path)) if path is not None else self.choose_path(data)
        if out is None:
            return False
        if out.is_dir():
            from ..exchange.package import package_name

            out = out / package_name(data.office.code, data.year)
        self.out = out
        self.job = BackgroundJob(lambda progress: build_export(data, framework, out, progress))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.done.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._cancelled)
        self.progress = QProgressDialog(tr("กำลังสร้างเอกสารทั้ง 6 ฉบับและแพ็กเกจ…"), tr("ยกเลิก"), 0, 100, window)
        self.progress.setObjectName("export_progress")
        self.progress.setWindowTitle(tr("ส่งออกไฟล์ส่งอำเภอ/จังหวัด"))
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.cancel)
        window.enable_actions()
        self.pool.start(self.job)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self.progress is not None:
                self.progress.setLabelText(tr("กำลังยกเลิก…"))

    def _progress(self, value: float) -> None:
        if self.progress is not None:
            self.progress.setValue(int(value * 100))

    def _finish(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.window.enable_actions()

    def _done(self, path) -> None:
        self._finish()
        from .main_window import machine_settings

        path = Path(path)
        self.last_path = path
        machine_settings().setValue("export/folder", str(path.parent))
        box = QMessageBox(QMessageBox.Information, tr("ส่งออกแล้ว"),
                          tr("เขียนไฟล์สำหรับส่งอำเภอ/จังหวัดแล้ว:\n{0}\n\n"
                             "ส่งไฟล์นี้ทั้งไฟล์ (ไม่ต้องแตกไฟล์) ทางอีเมลหรือแฟลชไดรฟ์").format(path),
                          QMessageBox.Ok, self.window)
        box.setObjectName("export_done")
        folder = box.addButton(tr("เปิดโฟลเดอร์"), QMessageBox.ActionRole)
        folder.clicked.connect(lambda _c=False: void(QDesktopServices.openUrl,
                                                     QUrl.fromLocalFile(str(path.parent))))
        box.open()
        self.window.last_message = box
        self.window.statusBar().showMessage(tr("ส่งออก {0} แล้ว").format(path), 10000)
        emit(self.finished, str(path))

    def _failed(self, text: str) -> None:
        self._finish()
        self.window.show_error(tr("ส่งออกไม่สำเร็จ"), text)
        emit(self.failed, text)

    def _cancelled(self) -> None:
        self._finish()
        self.window.statusBar().showMessage(tr("ยกเลิกการส่งออกแล้ว ไม่ได้เขียนไฟล์"), 8000)
        emit(self.cancelled)
