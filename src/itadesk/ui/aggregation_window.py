"""The district/province view: import many offices' packages into an aggregation database,
see the table of offices with the summary and charts, and print the summary PDF.

Charts are drawn with QPainter (bars of indicator means with the pass line, histogram of
totals) rather than QtCharts: the pyside6-addons wheel that holds QtCharts is about 59 MB
for two simple charts. Importing runs in a worker thread with a progress bar and Cancel;
files already imported are listed afterwards and replaced only when the user confirms.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ItadeskError
from ..domain.framework import framework_for
from ..exchange.aggregate import Summary, summarize
from ..exchange.importer import ImportReport, import_files
from ..storage import aggregation as store
from .i18n import lang, tr, void
from .screen import fit_to_screen
from .signals import emit

_ROOT = QModelIndex()
PASS = QColor("#2e6fb5")
FAIL = QColor("#e07b24")
LINE = QColor("#c62828")


# ------------------------------------------------------------------ charts


class BarChart(QWidget):
    """Vertical bars with value labels, an optional dashed reference line, axis 0..y_max.
    `bars` = [(label, value or None)]; bar i is blue when `good(i, value)` else orange."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float | None]] = []
        self.y_max = 100.0
        self.line: float | None = None
        self.line_label = ""
        self.good = lambda i, v: True
        self.decimals = 2
        self.setMinimumSize(360, 220)

    def set_data(self, bars, *, y_max: float, line: float | None = None, line_label: str = "",
                 good=None, decimals: int = 2) -> None:
        self.bars = list(bars)
        self.y_max = max(float(y_max), 1.0)
        self.line, self.line_label = line, line_label
        self.good = good or (lambda i, v: True)
        self.decimals = decimals
        self.update()

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), Qt.white)
        fm = p.fontMetrics()
        w, h = self.width(), self.height()
        left, right, top, bottom = 44, 12, fm.height() * 2 + 6, fm.height() + 10
        pw, ph = max(w - left - right, 10), max(h - top - bottom, 10)
        bold = QFont(p.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(0, 2, w, fm.height() + 2, Qt.AlignHCenter, self.title)
        p.setFont(self.font())
        for k in range(6):  # grid and axis numbers
            v = self.y_max * k / 5
            y = top + ph - ph * k / 5
            p.setPen(QPen(QColor("#dddddd"), 1))
            p.drawLine(left, int(y), left + pw, int(y))
            p.setPen(Qt.black)
            text = f"{v:.0f}" if self.y_max >= 5 else f"{v:.1f}"
            p.drawText(0, int(y - fm.height() / 2), left - 6, fm.height(), Qt.AlignRight, text)
        n = max(len(self.bars), 1)
        slot = pw / n
        for i, (label, value) in enumerate(self.bars):
            x = left + i * slot
            if value is not None:
                bh = ph * min(value, self.y_max) / self.y_max
                p.fillRect(int(x + slot * 0.15), int(top + ph - bh), int(slot * 0.7), int(bh),
                           QBrush(PASS if self.good(i, value) else FAIL))
                text = f"{value:.{self.decimals}f}" if self.decimals else f"{value:.0f}"
                p.drawText(int(x), int(top + ph - bh - fm.height() - 1), int(slot), fm.height(),
                           Qt.AlignHCenter, text)
            p.drawText(int(x), top + ph + 3, int(slot), fm.height() + 4, Qt.AlignHCenter, label)
        if self.line is not None:
            y = top + ph - ph * self.line / self.y_max
            p.setPen(QPen(LINE, 1.5, Qt.DashLine))
            p.drawLine(left, int(y), left + pw, int(y))
            p.drawText(left + pw - 220, top - fm.height() - 2, 220, fm.height(), Qt.AlignRight,
                       self.line_label)
        p.end()


# ------------------------------------------------------------------ table of offices


class OfficeTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.indicators: list[int] = []

    def set_summary(self, summary: Summary | None) -> None:
        self.beginResetModel()
        if summary is None:
            self.rows, self.indicators = [], []
        else:
            self.rows = sorted(summary.offices, key=lambda o: (-(o["total"] or -1), o["office_code"]))
            self.indicators = [i.no for i in summary.indicators]
        self.endResetModel()

    def headers(self) -> list[str]:
        return [tr("รหัส"), tr("หน่วยงาน"), tr("อำเภอ"), tr("จังหวัด"), tr("คะแนนรวม"), tr("ระดับ"),
                tr("ผ่าน"), *(str(n) for n in self.indicators)]

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else 7 + len(self.indicators)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        o, c = self.rows[index.row()], index.column()
        if role == Qt.TextAlignmentRole and (c == 4 or c >= 7):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and c == 4 and o["total"] is not None:
            return QBrush(PASS if o["passed"] else FAIL)
        if role != Qt.DisplayRole:
            return None
        if c == 0:
            return o["office_code"]
        if c == 1:
            return o["full_name"]
        if c == 2:
            return o["district"]
        if c == 3:
            return o["province"]
        if c == 4:
            return "-" if o["total"] is None else f"{o['total']:.2f}"
        if c == 5:
            return (o["level_en"] if lang() == "en" else o["level_th"]) or "-"
        if c == 6:
            return "-" if o["passed"] is None else ("✓" if o["passed"] else "✗")
        v = o["indicators"].get(self.indicators[c - 7])
        return "-" if v is None else f"{v:.2f}"


# ------------------------------------------------------------------ importing in a thread


class ImportSignals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)  # ImportReport
    failed = Signal(str)


class ImportJob(QRunnable):
    def __init__(self, agg, files: list[Path], replace: bool):
        super().__init__()
        self.setAutoDelete(False)
        self.agg, self.files, self.replace = agg, files, replace
        self.cancelled = threading.Event()
        self.signals = ImportSignals()

    def run(self):
        try:
            report = import_files(
                self.agg, self.files, replace=self.replace, cancel=self.cancelled.is_set,
                progress=lambda i, n, o: emit(self.signals.progress, i, n, o.message(lang())),
                # another import into the same file: say so while waiting for it
                on_wait=lambda th, en: emit(self.signals.progress, 0, len(self.files),
                                            en if lang() == "en" else th))
        except ItadeskError as exc:
            emit(self.signals.failed, exc.message(lang()))
        except Exception:  # noqa: BLE001 - shown to the user, the program goes on
            emit(self.signals.failed, traceback.format_exc(limit=4))
        else:
            emit(self.signals.done, report)


# ------------------------------------------------------------------ the window


class AggregationWindow(QMainWindow):
    imported = Signal(object)  # ImportReport, after each import run (tests wait on it)

    def __init__(self, parent=None, db_path: str | Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("รวมผลระดับอำเภอ/จังหวัด"))
        self.agg = None
        self.db_path: Path | None = None
        self.summary: Summary | None = None
        self.job: ImportJob | None = None
        self.progress: QProgressDialog | None = None
        self.last_report: ImportReport | None = None
        self._replacing = False
        self._last_files: list[Path] = []
        self.pool = QThreadPool.globalInstance()

        bar = QToolBar()
        bar.setMovable(False)
        self.addToolBar(bar)
        self.act_open = bar.addAction(tr("เปิด/สร้างฐานข้อมูลรวม…"), lambda: void(self.open_dialog))
        self.act_import = bar.addAction(tr("นำเข้าแพ็กเกจ…"), lambda: void(self.import_dialog))
        self.act_print = bar.addAction(tr("พิมพ์สรุปผล (PDF)…"), lambda: void(self.print_dialog))
        bar.addSeparator()
        self.year_combo = QComboBox()
        self.province_combo = QComboBox()
        self.district_combo = QComboBox()
        for label, combo in ((tr("ปี"), self.year_combo), (tr("จังหวัด"), self.province_combo),
                             (tr("อำเภอ"), self.district_combo)):
            bar.addWidget(QLabel(f" {label} "))
            bar.addWidget(combo)
        self.year_combo.activated.connect(lambda _i: void(self._year_changed))
        self.province_combo.activated.connect(lambda _i: void(self._province_changed))
        self.district_combo.activated.connect(lambda _i: void(self.refresh_summary))

        self.headline = QLabel()
        self.headline.setObjectName("agg_headline")
        self.headline.setWordWrap(True)
        self.model = OfficeTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("agg_table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.levels = QListWidget()
        self.levels.setObjectName("agg_levels")
        self.oit = QListWidget()
        self.oit.setObjectName("agg_oit")
        self.plan = QLabel()
        self.plan.setObjectName("agg_plan")
        self.plan.setWordWrap(True)
        self.indicator_chart = BarChart(tr("คะแนนเฉลี่ยรายตัวชี้วัด"))
        self.indicator_chart.setObjectName("agg_indicator_chart")
        self.histogram = BarChart(tr("จำนวนหน่วยงานตามช่วงคะแนนรวม"))
        self.histogram.setObjectName("agg_histogram")

        charts = QWidget()
        cl = QHBoxLayout(charts)
        cl.addWidget(self.indicator_chart, 3)
        cl.addWidget(self.histogram, 2)
        side = QTabWidget()
        side.addTab(self.levels, tr("ระดับผลการประเมิน"))
        side.addTab(self.oit, tr("OIT ที่ยังไม่ดำเนินการ"))
        side.addTab(self.plan, tr("แผนป้องกันการทุจริต"))
        upper = QSplitter(Qt.Horizontal)
        upper.addWidget(self.table)
        upper.addWidget(side)
        upper.setSizes([760, 320])
        split = QSplitter(Qt.Vertical)
        split.addWidget(upper)
        split.addWidget(charts)
        split.setSizes([430, 300])
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.addWidget(self.headline)
        lay.addWidget(split, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        fit_to_screen(self, 1180, 820)
        self._enable()
        if db_path is not None:
            self.open_db(db_path)
        else:
            self.headline.setText(tr("เปิดหรือสร้างฐานข้อมูลรวม แล้วนำเข้าแพ็กเกจ (.ita.zip) ที่หน่วยงานส่งมา"))

    # ------------------------------------------------------------------ database

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("เปิดหรือสร้างฐานข้อมูลรวม"), "", tr("ฐานข้อมูลรวม (*.db *.sqlite);;ทุกไฟล์ (*)"),
            options=QFileDialog.DontConfirmOverwrite)
        if path:
            self.open_db(path)

    def open_db(self, path: str | Path) -> bool:
        try:
            agg = store.open_aggregation_db(path)
        except ItadeskError as exc:
            self._error(tr("เปิดฐานข้อมูลรวมไม่ได้"), exc.message(lang()))
            return False
        if self.agg is not None:
            self.agg.close()
        self.agg, self.db_path = agg, Path(path)
        self.setWindowTitle(tr("รวมผลระดับอำเภอ/จังหวัด — {0}").format(self.db_path.name))
        self._fill_years()
        self._enable()
        if agg.warnings:  # e.g. on a network share: no WAL there, and a word of caution
            self.status.setText(" ".join(w.message(lang()) for w in agg.warnings))
        return True

    def _enable(self) -> None:
        has_db = self.agg is not None
        busy = self.job is not None
        self.act_import.setEnabled(has_db and not busy)
        self.act_open.setEnabled(not busy)
        self.act_print.setEnabled(self.summary is not None and not busy)

    def _fill_years(self) -> None:
        years = store.years(self.agg) if self.agg else []
        current = self.year_combo.currentData()
        self.year_combo.clear()
        for y in reversed(years):
            self.year_combo.addItem(str(y), y)
        if current in years:
            self.year_combo.setCurrentIndex(self.year_combo.findData(current))
        self._year_changed()

    def _year_changed(self) -> None:
        year = self.year_combo.currentData()
        areas = store.areas(self.agg, year) if self.agg and year else []
        current = self.province_combo.currentData()
        self.province_combo.clear()
        self.province_combo.addItem(tr("ทุกจังหวัด"), None)
        for prov in sorted({p for p, _ in areas}):
            self.province_combo.addItem(prov or "-", prov)
        idx = self.province_combo.findData(current)
        self.province_combo.setCurrentIndex(max(idx, 0))
        self._province_changed()

    def _province_changed(self) -> None:
        year = self.year_combo.currentData()
        prov = self.province_combo.currentData()
        areas = store.areas(self.agg, year) if self.agg and year else []
        current = self.district_combo.currentData()
        self.district_combo.clear()
        self.district_combo.addItem(tr("ทุกอำเภอ"), None)
        for p, d in areas:
            if prov is None or p == prov:
                label = d if prov is not None else f"{d} ({p})"
                if self.district_combo.findText(label) < 0:
                    self.district_combo.addItem(label, (p, d))
        idx = self.district_combo.findData(current)
        self.district_combo.setCurrentIndex(max(idx, 0))
        self.refresh_summary()

    def set_area(self, year: int | None = None, province: str | None = None,
                 district: str | None = None) -> None:
        """Choose the year/area shown (used by the combos and by tests)."""
        if year is not None:
            self.year_combo.setCurrentIndex(self.year_combo.findData(year))
            self._year_changed()
        self.province_combo.setCurrentIndex(max(self.province_combo.findData(province), 0))
        self._province_changed()
        if district is not None:
            for i in range(self.district_combo.count()):
                data = self.district_combo.itemData(i)
                if data and data[1] == district:
                    self.district_combo.setCurrentIndex(i)
                    break
            self.refresh_summary()

    # ------------------------------------------------------------------ summary

    def refresh_summary(self) -> None:
        year = self.year_combo.currentData()
        prov = self.province_combo.currentData()
        dist = self.district_combo.currentData()
        district = dist[1] if dist else None
        if dist and prov is None:
            prov = dist[0]
        self.summary = None
        if self.agg is not None and year is not None:
            try:
                self.summary = summarize(self.agg, framework_for, year=year, district=district,
                                         province=prov)
            except ItadeskError as exc:
                self.status.setText(exc.message(lang()))
        self._show(self.summary)
        self._enable()

    def _show(self, s: Summary | None) -> None:
        self.model.set_summary(s)
        self.levels.clear()
        self.oit.clear()
        if s is None:
            self.headline.setText(tr("ยังไม่มีข้อมูล: นำเข้าแพ็กเกจ (.ita.zip) ที่หน่วยงานส่งมา"))
            self.plan.setText("")
            self.indicator_chart.set_data([], y_max=100)
            self.histogram.set_data([], y_max=1)
            return
        area = s.area_en() if lang() == "en" else s.area_th()
        rate = "-" if s.pass_rate is None else f"{s.pass_rate:.2f}"
        mean = "-" if s.mean_total is None else f"{s.mean_total:.2f}"
        self.headline.setText(
            tr("{0} ปี {1}: {2} หน่วยงาน มีคะแนนครบ {3} คะแนนเฉลี่ย {4} ผ่านเกณฑ์ ({5} ขึ้นไป) "
               "{6} แห่ง ร้อยละ {7}").format(area, s.year, s.n, s.scored, mean,
                                             f"{s.pass_threshold:g}", s.passed, rate))
        for th, en, n in s.level_counts:
            self.levels.addItem(f"{en if lang() == 'en' else th}: {n}")
        if s.unscored:
            self.levels.addItem(tr("ยังไม่มีคะแนนครบ: {0}").format(s.unscored))
        for w in s.oit_weak:
            self.oit.addItem(tr("{0} {1}: ยังไม่ดำเนินการ {2} แห่ง ({3}%)").format(
                w.code, w.title if w.title != w.code else "", w.not_done, f"{w.share:.1f}"))
        p = s.plan
        self.plan.setText(tr(
            "หน่วยงานที่รายงานผลตามแผน {0} แห่ง\nโครงการ/กิจกรรม {1} รายการ\n"
            "ดำเนินการแล้วเสร็จ {2} (ร้อยละ {3})\nอยู่ระหว่างดำเนินการ {4}\nไม่สามารถดำเนินการได้ {5}\n"
            "รอรายงานผล {6}\nงบประมาณรวม {7} บาท\nเบิกจ่ายแล้ว {8} บาท\nคงเหลือ {9} บาท").format(
            p.offices, p.items, p.done, f"{p.completion:.2f}", p.in_progress, p.cannot, p.pending,
            f"{p.budget:,.2f}", f"{p.disbursed:,.2f}", f"{p.remaining:,.2f}"))
        line = s.pass_threshold
        self.indicator_chart.set_data(
            [(str(i.no), i.mean) for i in s.indicators], y_max=100, line=line,
            line_label=tr("เกณฑ์ผ่าน {0} คะแนน").format(f"{line:g}"), good=lambda i, v: v >= line)
        bins = s.histogram
        labels = [("<" + str(bins[1][0])) if i == 0 else str(edge) for i, (edge, _) in enumerate(bins)]
        top = max([c for _, c in bins] + [1])
        self.histogram.set_data(  # an axis of whole numbers: five equal integer steps
            [(labels[i], float(c)) for i, (_, c) in enumerate(bins)], y_max=5 * -(-(top + 1) // 5),
            good=lambda i, v: bins[i][0] >= line, decimals=0)

    # ------------------------------------------------------------------ importing

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("เลือกแพ็กเกจที่จะนำเข้า"), "",
                                                tr("แพ็กเกจ itadesk (*.ita.zip *.zip);;ทุกไฟล์ (*)"))
        if paths:
            self.start_import([Path(p) for p in paths])

    def start_import(self, files: list[Path], replace: bool = False) -> None:
        """Import in a worker thread with a progress dialog and Cancel."""
        if self.agg is None or self.job is not None or not files:
            return
        self._last_files = list(files)
        self.job = ImportJob(self.agg, list(files), replace)
        self.progress = QProgressDialog(tr("กำลังนำเข้าแพ็กเกจ…"), tr("ยกเลิก"), 0, len(files), self)
        self.progress.setObjectName("agg_progress")
        self.progress.setWindowTitle(tr("นำเข้าแพ็กเกจ"))
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel_import)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.done.connect(self._import_done)
        self.job.signals.failed.connect(self._import_failed)
        self._enable()
        self.pool.start(self.job)

    def cancel_import(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()

    def _progress(self, i: int, n: int, text: str) -> None:
        self.status.setText(text)
        dialog = self.progress
        if dialog is not None:
            dialog.setMaximum(n)
            dialog.setLabelText(text)
            # last: a modal dialog's setValue processes events, which may end the job
            dialog.setValue(i)

    def _finish_job(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_import)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _import_failed(self, text: str) -> None:
        self._finish_job()
        self._error(tr("นำเข้าไม่สำเร็จ"), text)
        self._enable()

    def _import_done(self, report: ImportReport) -> None:
        replace_run, self._replacing = self._replacing, False
        self._finish_job()
        self.last_report = report
        self._fill_years()
        msg = tr("นำเข้า {0} ไฟล์ ปฏิเสธ {1} ไฟล์").format(report.imported, report.refused)
        if report.cancelled:
            msg += " " + tr("(ยกเลิกระหว่างทาง ไฟล์ที่นำเข้าแล้วยังอยู่ครบ)")
        if report.stopped is not None:  # a full disk, another import holding the file
            msg += " — " + report.stopped.message(lang())
        self.status.setText(msg)
        again = [o.path or Path(o.file) for o in report.outcomes if o.reason == "already_imported"]
        refused = [o for o in report.outcomes if o.status == "refused" and o.reason != "already_imported"]
        if refused:
            self._show_refusals(refused)
        emit(self.imported, report)
        if again and not replace_run and not report.cancelled:
            self._ask_replace(again)
        self._enable()

    def _ask_replace(self, names: list[Path]) -> None:
        files = {p.name: p for p in self._last_files}
        paths = [files.get(n.name, n) for n in names]
        box = QMessageBox(QMessageBox.Question, tr("นำเข้าไว้แล้ว"),
                          tr("{0} ไฟล์เป็นหน่วยงานและปีที่นำเข้าไว้แล้ว ต้องการแทนที่ข้อมูลเดิมหรือไม่").format(len(paths)),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.setObjectName("agg_confirm_replace")
        box.setDetailedText("\n".join(p.name for p in paths))
        if self.confirm(box) == QMessageBox.Yes:
            self._replacing = True
            self.start_import(paths, replace=True)

    def confirm(self, box: QMessageBox) -> int:
        """Shows a question (tests replace this to answer without a person)."""
        return box.exec()

    def _show_refusals(self, refused) -> None:
        box = QMessageBox(QMessageBox.Warning, tr("มีไฟล์ที่ถูกปฏิเสธ"),
                          tr("{0} ไฟล์ถูกปฏิเสธ (ไม่มีการเปลี่ยนแปลงข้อมูลจากไฟล์เหล่านี้)").format(len(refused)),
                          QMessageBox.Ok, self)
        box.setObjectName("agg_refusals")
        box.setDetailedText("\n".join(o.message(lang()) for o in refused))
        box.setModal(False)
        box.show()
        self.refusal_box = box

    # ------------------------------------------------------------------ printing

    def print_dialog(self) -> None:
        if self.summary is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("บันทึกสรุปผลเป็น PDF"),
                                              f"ita-summary-{self.summary.year}.pdf", "PDF (*.pdf)")
        if path:
            self.print_to(path)

    def print_to(self, path: str | Path) -> Path | None:
        from ..reports.aggregate_report import render_summary

        try:
            out = render_summary(self.summary, path)
        except ItadeskError as exc:
            self._error(tr("พิมพ์สรุปผลไม่สำเร็จ"), exc.message(lang()))
            return None
        self.status.setText(tr("บันทึก {0} แล้ว").format(out))
        return out

    # ------------------------------------------------------------------ misc

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, self)
        box.setObjectName("agg_error")
        box.setModal(False)
        box.show()
        self.error_box = box

    def closeEvent(self, event):
        if self.job is not None:
            self.job.cancelled.set()
            self.pool.waitForDone(10_000)
        if self.agg is not None:
            self.agg.close()
            self.agg = None
        super().closeEvent(event)

