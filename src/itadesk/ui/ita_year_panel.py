"""The ITA year on the main window (issue 13): the "due now / next" line of the year's ITA
calendar (usual dates, or the clerk's own for the year) and ITAS's minimum sample sizes from
the staff and service-user counts. Nothing leaves the PC."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import ItadeskError
from ..domain.ita_year import due_line, sample_size
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
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.due = QLabel()
        self.due.setObjectName("ita_due")
        self.due.setWordWrap(True)
        self.due.setStyleSheet("padding: 4px; background: #eef2fa;")
        lay.addWidget(self.due)
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
