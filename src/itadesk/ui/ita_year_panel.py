"""The ITA year on the main window (issue 13): the "due now / next" line of the year's ITA
calendar (usual dates, or the clerk's own for the year) and ITAS's minimum sample sizes from
the staff and service-user counts. Nothing leaves the PC."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ItadeskError
from ..domain.ita_year import Phase, due_line, format_date, parse_date, sample_size
from ..storage import operations as ops
from ..storage import queries
from .i18n import lang, tr, void


class ItaYearPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ita_year_panel")
        self.session = None
        self.year = None
        self.today = None  # tests pin the date; None = today
        self.phases: list[Phase] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.due = QLabel()
        self.due.setObjectName("ita_due")
        self.due.setWordWrap(True)
        self.due.setStyleSheet("padding: 4px; background: #eef2fa;")
        top = QHBoxLayout()
        top.addWidget(self.due, 1)
        self.edit_calendar = QPushButton(tr("ปฏิทิน ITA…"))
        self.edit_calendar.setObjectName("edit_calendar")
        self.edit_calendar.setCheckable(True)
        self.edit_calendar.toggled.connect(lambda on: void(self._show_calendar, on))
        top.addWidget(self.edit_calendar)
        lay.addLayout(top)
        # the year's phases, dates editable (d/m/BE year); hidden until asked for
        self.calendar = QTableWidget(0, 3)
        self.calendar.setObjectName("calendar")
        self.calendar.setHorizontalHeaderLabels([tr("ขั้นตอน"), tr("เริ่ม"), tr("สิ้นสุด")])
        self.calendar.horizontalHeader().setStretchLastSection(False)
        self.calendar.setColumnWidth(0, 420)
        self.calendar.hide()
        lay.addWidget(self.calendar)
        crow = QHBoxLayout()
        self.save_calendar = QPushButton(tr("บันทึกปฏิทิน"))
        self.save_calendar.setObjectName("save_calendar")
        self.save_calendar.clicked.connect(lambda _c=False: void(self.store_calendar))
        self.reset_calendar = QPushButton(tr("ใช้วันที่ตามปกติ"))
        self.reset_calendar.setObjectName("reset_calendar")
        self.reset_calendar.clicked.connect(lambda _c=False: void(self.store_calendar, True))
        self.calendar_status = QLabel()
        self.calendar_status.setObjectName("calendar_status")
        self.calendar_status.setWordWrap(True)
        for w in (self.save_calendar, self.reset_calendar):
            crow.addWidget(w)
            w.hide()
        crow.addWidget(self.calendar_status, 1)
        lay.addLayout(crow)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("บุคลากร (IIT)")))
        self.staff = QLineEdit()
        self.staff.setObjectName("staff_count")
        self.staff.setMaximumWidth(90)
        row.addWidget(self.staff)
        row.addWidget(QLabel(tr("ผู้รับบริการ (EIT)")))
        self.users = QLineEdit()
        self.users.setObjectName("service_users")
        self.users.setMaximumWidth(90)
        row.addWidget(self.users)
        self.save = QPushButton(tr("คำนวณกลุ่มตัวอย่าง"))
        self.save.setObjectName("sample_size")
        self.save.clicked.connect(lambda _c=False: void(self.save_counts))
        row.addWidget(self.save)
        self.samples = QLabel()
        self.samples.setObjectName("sample_text")
        self.samples.setWordWrap(True)
        row.addWidget(self.samples, 1)
        lay.addLayout(row)

    def show_year(self, session, year) -> None:
        self.session, self.year = session, year
        if session is None or year is None:
            self.hide()
            return
        self.show()
        phases = queries.load_calendar(session.office, year)
        th, en = due_line(phases, self.today or date.today())
        self.due.setText(en if lang() == "en" else th)
        staff, users = queries.load_population(session.office, year)
        self.staff.setText("" if staff is None else str(staff))
        self.users.setText("" if users is None else str(users))
        self._show_samples(staff, users)

    def _show_calendar(self, on: bool) -> None:
        for w in (self.calendar, self.save_calendar, self.reset_calendar):
            w.setVisible(on)
        if on:
            self._fill_calendar()

    def _fill_calendar(self) -> None:
        if self.session is None or self.year is None:
            return
        self.phases = queries.load_calendar(self.session.office, self.year)
        self.calendar.setRowCount(len(self.phases))
        for r, p in enumerate(self.phases):
            name = QTableWidgetItem(p.name_th)
            self.calendar.setItem(r, 0, name)
            self.calendar.setItem(r, 1, QTableWidgetItem(format_date(p.start)))
            self.calendar.setItem(r, 2, QTableWidgetItem(format_date(p.end)))

    def store_calendar(self, reset: bool = False) -> None:
        """Save the dates typed in the table (or go back to the usual ones); a bad date is
        named under the table and nothing is written."""
        try:
            phases = [] if reset else [
                Phase(p.key, self.calendar.item(r, 0).text(),
                      parse_date(self.calendar.item(r, 1).text(), tr("วันเริ่มของ “{0}”").format(p.name_th)),
                      parse_date(self.calendar.item(r, 2).text(), tr("วันสิ้นสุดของ “{0}”").format(p.name_th)))
                for r, p in enumerate(self.phases)]
            ops.save_calendar(self.session.office, self.year, phases)
        except ItadeskError as exc:
            self.calendar_status.setStyleSheet("color: #b00020;")
            self.calendar_status.setText(exc.message(lang()))
            return
        self.calendar_status.setStyleSheet("")
        self.calendar_status.setText(tr("บันทึกปฏิทินของปี {0} แล้ว").format(self.year))
        self._fill_calendar()
        self.show_year(self.session, self.year)

    def _show_samples(self, staff, users) -> None:
        parts = []
        if staff is not None:
            parts.append(tr("IIT ต้องตอบอย่างน้อย {0} คน").format(sample_size(staff)))
        if users is not None:
            parts.append(tr("EIT ต้องตอบอย่างน้อย {0} คน").format(sample_size(users)))
        self.samples.setStyleSheet("")
        self.samples.setText(" • ".join(parts) or tr("กรอกจำนวนเพื่อดูขนาดกลุ่มตัวอย่างขั้นต่ำ (ร้อยละ 10 ไม่น้อยกว่า 30 ไม่เกิน 400)"))

    def save_counts(self) -> None:
        if self.session is None or self.year is None:
            return
        try:
            ops.save_population(self.session.office, self.year, self.staff.text(), self.users.text())
        except ItadeskError as exc:
            self.samples.setStyleSheet("color: #b00020;")
            self.samples.setText(exc.message(lang()))
            return
        self._show_samples(*queries.load_population(self.session.office, self.year))
