"""Preview and print: the real PDF of a document in an in-app viewer.

Rendering runs in a worker thread (QThreadPool) with a progress bar, so the window stays
responsive; the preview renders again shortly after an edit. Print sends the pages to a
QPrinter (the system dialog, or a PDF file); before printing, the consistency check's
warnings are listed and the user may print anyway.
"""

from __future__ import annotations

import shutil
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolBar,
)

from ..domain.errors import ItadeskError
from .files import document_file_name, start_folder
from .i18n import lang, tr, void
from .main_window import document_titles
from .screen import fit_to_screen
from .signals import emit

PRINT_DPI = 200  # pages are drawn as images at this resolution (enough for 16 pt Thai text)


class RenderSignals(QObject):
    progress = Signal(float)
    done = Signal(object)  # RenderResult
    failed = Signal(str)


class RenderJob(QRunnable):
    """Render one document to a PDF file in a worker thread."""

    def __init__(self, data, kind: str, out: Path, round_: int | None, with_memo: bool, framework):
        super().__init__()
        self.setAutoDelete(False)
        self.data, self.kind, self.out = data, kind, out
        self.round, self.with_memo, self.framework = round_, with_memo, framework
        self.signals = RenderSignals()

    def run(self):
        try:
            from ..reports.render import render_document

            result = render_document(self.data, self.kind, self.out, framework=self.framework,
                                     round=self.round, with_memo=self.with_memo,
                                     progress=lambda v: emit(self.signals.progress, v))
        except ItadeskError as exc:
            emit(self.signals.failed, exc.message(lang()))
        except Exception:  # noqa: BLE001 - shown to the user, the program goes on
            emit(self.signals.failed, tr("สร้างเอกสารไม่สำเร็จ:\n{0}").format(traceback.format_exc(limit=4)))
        else:
            emit(self.signals.done, result)


class PreviewWindow(QMainWindow):
    rendered = Signal()
    failed = Signal(str)
    docx_saved = Signal(str)
    docx_failed = Signal(str)

    def __init__(self, session, kind: str, year: int, round_: int | None = None, parent=None):
        super().__init__(parent)
        self.session, self.kind, self.year = session, kind, year
        self.setWindowTitle(tr("ตัวอย่างก่อนพิมพ์ — {0} ปี {1}").format(document_titles()[kind], year))
        self.folder = Path(tempfile.mkdtemp(prefix="itadesk-preview-"))
        self.pdf_path: Path | None = None
        self.result = None
        self.error: str | None = None
        self.job: RenderJob | None = None
        self._serial = 0
        self.pool = QThreadPool.globalInstance()

        bar = QToolBar()
        bar.setMovable(False)
        self.addToolBar(bar)
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("preview_round")
        self.round_combo.addItem(tr("รอบ 6 เดือน"), 6)
        self.round_combo.addItem(tr("รอบ 12 เดือน"), 12)
        if round_ is None:
            round_ = session.year_data(year).latest_round() if kind == "plan" else 6
        self.round_combo.setCurrentIndex(0 if round_ == 6 else 1)
        self.round_combo.activated.connect(lambda _i: self.start())
        self.memo_check = QCheckBox(tr("มีบันทึกข้อความนำ"))
        self.memo_check.toggled.connect(lambda _b: self.start())
        if kind == "plan":
            bar.addWidget(self.round_combo)
        if kind != "memo":
            bar.addWidget(self.memo_check)
        self.act_print = bar.addAction(tr("พิมพ์…"), self.print_dialog)
        self.act_save = bar.addAction(tr("บันทึกเป็น PDF…"), lambda: void(self.save_pdf))
        self.act_docx = bar.addAction(tr("บันทึกเป็น Word (DOCX)…"), lambda: void(self.save_docx))
        self.act_docx.setObjectName("save_docx")
        self.act_docx.setToolTip(tr("เอกสารเดียวกันเป็นไฟล์ Word สำหรับแก้ไขต่อ"))
        self.docx_job = None
        self.docx_path: Path | None = None
        self.act_refresh = bar.addAction(tr("แสดงใหม่"), self.start)
        self.act_print.setEnabled(False)
        self.act_save.setEnabled(False)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.warnings = QListWidget()
        self.warnings.setObjectName("preview_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setToolTip(tr("ดับเบิลคลิกหรือกด Enter เพื่อไปยังส่วนที่ต้องแก้ไข"))
        self.warnings.itemActivated.connect(lambda item: void(self._warning_activated, item))
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.warnings)
        split.setSizes([620, 110])
        self.setCentralWidget(split)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(260)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        fit_to_screen(self, 900, 860)

        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(700)
        self._again.timeout.connect(self.start)
        session.changed.connect(self._on_changed)

    # ------------------------------------------------------------------ rendering

    @property
    def round(self) -> int:
        return self.round_combo.currentData()

    def _on_changed(self, _topic):
        if self.isVisible():
            self._again.start()

    def start(self):
        """Render (again) in the background; the old pages stay until the new ones are ready."""
        if self.job is not None:
            self._again.start()  # one render at a time: try again when this one is done
            return
        try:
            data = self.session.year_data(self.year)
            framework = self.session.framework(self.year)
        except ItadeskError as exc:
            self._failed(exc.message(lang()))
            return
        self._serial += 1
        out = self.folder / f"{self.kind}-{self._serial}.pdf"
        self.job = RenderJob(data, self.kind, out, self.round if self.kind == "plan" else None,
                             self.memo_check.isChecked(), framework)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.done.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(tr("กำลังสร้างเอกสาร…"))
        self.pool.start(self.job)

    def _progress(self, value: float):
        self.progress.setValue(int(value * 100))

    def _done(self, result):
        self.job = None
        self.result = result
        self.error = None
        old = self.pdf_path
        self.pdf_path = Path(result.path)
        self.document.load(str(self.pdf_path))
        if old is not None and old != self.pdf_path:
            old.unlink(missing_ok=True)
        self.progress.setValue(100)
        self.progress.hide()
        self.status.setText(tr("{0} หน้า").format(result.pages))
        self.warnings.clear()
        self.shown_warnings = self.own_warnings(result.warnings)
        for p in self.shown_warnings:
            self.warnings.addItem("⚠ " + p.message(lang()))
        self.warnings.setVisible(bool(self.shown_warnings))
        self.act_print.setEnabled(True)
        self.act_save.setEnabled(True)
        emit(self.rendered)

    def _failed(self, text: str):
        self.job = None
        self.error = text
        self.progress.hide()
        self.status.setText(tr("สร้างเอกสารไม่สำเร็จ"))
        self.warnings.clear()
        self.warnings.addItem(text)
        self.warnings.show()
        emit(self.failed, text)

    # ------------------------------------------------------------------ printing

    def own_warnings(self, problems) -> list:
        """This document's warnings (D5's print asks about D5, not about D1's scores), and
        its text the print font cannot draw."""
        from ..domain.consistency import document_of

        own = [p for p in problems if document_of(p.where) == self.kind]
        try:
            from ..reports.glyphs import year_unprintable

            own += year_unprintable(self.session.year_data(self.year), self.kind)
        except ItadeskError:
            pass
        return own

    def check_warnings(self) -> list[str]:
        """The consistency check, run again just before printing."""
        from ..domain.consistency import check_year

        data = self.session.year_data(self.year)
        return [p.message(lang()) for p in self.own_warnings(check_year(data, self.session.framework(self.year)))]

    def _warning_activated(self, item) -> None:
        """Double-click (or Enter) on a warning: the main window opens where it is fixed."""
        row = self.warnings.row(item)
        items = getattr(self, "shown_warnings", [])
        window = self.parent()
        if 0 <= row < len(items) and hasattr(window, "goto_problem"):
            p = items[row]
            if not hasattr(p, "th"):  # a font warning: where it is, no message of its own
                from ..domain.consistency import Problem

                p = Problem("unprintable", p.where, "", "")
            window.goto_problem(p)

    def confirm_print(self) -> bool:
        warnings = self.check_warnings()
        if not warnings:
            return True
        box = QMessageBox(QMessageBox.Warning, tr("ตรวจพบข้อควรแก้ไข"),
                          tr("พบ {0} รายการที่อาจไม่ถูกต้อง ต้องการพิมพ์ต่อหรือไม่?").format(len(warnings)),
                          parent=self)
        box.setObjectName("print_warnings")
        box.setDetailedText("\n".join(warnings))
        box.setInformativeText("\n".join(warnings[:8]))
        go = box.addButton(tr("พิมพ์ต่อ"), QMessageBox.AcceptRole)
        box.addButton(tr("กลับไปแก้ไข"), QMessageBox.RejectRole)
        ask = getattr(self.parent(), "ask", None)
        if ask is not None:
            return ask(box) is go
        box.exec()
        return box.clickedButton() is go

    def print_dialog(self):
        if self.pdf_path is None or not self.confirm_print():
            return
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("พิมพ์"))
        if dialog.exec() == QPrintDialog.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page of the preview on `printer`; returns the number of pages."""
        doc = self.document
        count = doc.pageCount()
        if count <= 0:
            return 0
        first = doc.pagePointSize(0)
        printer.setPageOrientation(QPageLayout.Landscape if first.width() > first.height()
                                   else QPageLayout.Portrait)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise ItadeskError("เริ่มพิมพ์ไม่ได้", "cannot start printing")
        try:
            for i in range(count):
                size = doc.pagePointSize(i)
                if i:
                    printer.setPageOrientation(QPageLayout.Landscape if size.width() > size.height()
                                               else QPageLayout.Portrait)
                    printer.newPage()
                dpi = min(printer.resolution(), PRINT_DPI)
                image = doc.render(i, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi)))
                target = QRectF(painter.viewport())
                scale = min(target.width() / image.width(), target.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(QRectF(target.x() + (target.width() - w) / 2,
                                         target.y() + (target.height() - h) / 2, w, h), image)
        finally:
            painter.end()
        return count

    def print_to_pdf(self, path: str | Path) -> int:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(path))
        return self.print_to(printer)

    def save_pdf(self, path: str | None = None) -> bool:
        if self.pdf_path is None:
            return False
        if path is None:
            default = str(start_folder() / document_file_name(self.kind, self.year, ".pdf"))
            path, _ = QFileDialog.getSaveFileName(self, tr("บันทึกเป็น PDF"), default, "PDF (*.pdf)")
            if not path:
                return False
        from ..storage.outfile import OutputError, write_bytes

        try:  # whole or not at all, never through a planted link (storage/outfile.py)
            write_bytes(path, Path(self.pdf_path).read_bytes())
        except OutputError as exc:
            QMessageBox.warning(self, tr("บันทึกไม่สำเร็จ"), exc.message(lang()))
            return False
        except OSError as exc:
            QMessageBox.warning(self, tr("บันทึกไม่สำเร็จ"), str(exc))
            return False
        self.statusBar().showMessage(tr("บันทึก {0} แล้ว").format(path), 6000)
        return True

    # ------------------------------------------------------------------ Word

    def save_docx(self, path: str | Path | None = None) -> bool:
        """Write the document (as previewed: round, memo in front) as a .docx, in a worker
        thread; `docx_saved(path)` or `docx_failed(message)` when done. False when not started."""
        if self.docx_job is not None:
            return False
        if path is None:
            default = str(start_folder() / document_file_name(self.kind, self.year, ".docx"))
            path, _ = QFileDialog.getSaveFileName(self, tr("บันทึกเป็น Word (DOCX)"), default,
                                                  tr("เอกสาร Word (*.docx)"))
            if not path:
                return False
        path = Path(path)
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        try:
            data = self.session.year_data(self.year)
            framework = self.session.framework(self.year)
        except ItadeskError as exc:
            QMessageBox.warning(self, tr("บันทึกไม่สำเร็จ"), exc.message(lang()))
            return False
        round_ = self.round if self.kind == "plan" else None
        with_memo = self.memo_check.isChecked() and self.kind != "memo"
        kind = self.kind

        def work(progress):
            from ..reports.docx import render_docx

            return render_docx(data, kind, path, framework=framework, round=round_,
                               with_memo=with_memo, progress=progress)

        from .jobs import BackgroundJob

        self.docx_job = BackgroundJob(work)
        self.docx_job.signals.done.connect(self._docx_done)
        self.docx_job.signals.failed.connect(self._docx_failed)
        self.docx_job.signals.progress.connect(self._progress)
        self.act_docx.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(tr("กำลังบันทึกเป็น Word…"))
        self.pool.start(self.docx_job)
        return True

    def _docx_done(self, result):
        self.docx_job = None
        self.docx_path = Path(result.path)
        self.act_docx.setEnabled(True)
        self.progress.hide()
        self.status.setText(tr("บันทึก {0} แล้ว").format(result.path))
        self.statusBar().showMessage(tr("บันทึก {0} แล้ว").format(result.path), 8000)
        emit(self.docx_saved, str(result.path))

    def _docx_failed(self, text: str):
        self.docx_job = None
        self.act_docx.setEnabled(True)
        self.progress.hide()
        self.status.setText(tr("บันทึกเป็น Word ไม่สำเร็จ"))
        box = QMessageBox(QMessageBox.Warning, tr("บันทึกเป็น Word ไม่สำเร็จ"), text, QMessageBox.Ok, self)
        box.setObjectName("docx_failed")
        box.open()
        self.last_message = box
        emit(self.docx_failed, text)

    def closeEvent(self, event):
        self._again.stop()
        try:
            self.session.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        self.document.close()
        if self.job is None:
            shutil.rmtree(self.folder, ignore_errors=True)
        super().closeEvent(event)
