"""D1's two options (issue 13), on the wizard's scores page: print the indicator table ordered
by score (seed 003), and an image the clerk supplies (the ITAS graph seed 001 pastes) printed
after the program's own chart. Errors show under the buttons; nothing is written then."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessment import Assessment
from ..domain.errors import ItadeskError
from ..storage import operations as ops
from ..storage import queries
from .commands import ValueCommand
from .i18n import lang, tr, void


class D1Options(QWidget):
    def __init__(self, session, year: int, parent=None):
        super().__init__(parent)
        self.session, self.year = session, year
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.by_score = QCheckBox(tr("พิมพ์ตารางคะแนนตัวชี้วัดเรียงจากคะแนนมากไปน้อย"))
        self.by_score.setObjectName("order_by_score")
        self.by_score.toggled.connect(lambda on: void(self.set_order, on))
        lay.addWidget(self.by_score)
        row = QHBoxLayout()
        self.pick = QPushButton(tr("เพิ่มรูปกราฟจาก ITAS…"))
        self.pick.setObjectName("d1_image")
        self.pick.clicked.connect(lambda _c=False: void(self.choose_image))
        self.remove = QPushButton(tr("นำรูปออก"))
        self.remove.setObjectName("d1_image_remove")
        self.remove.clicked.connect(lambda _c=False: void(self.set_image, None))
        row.addWidget(self.pick)
        row.addWidget(self.remove)
        self.status = QLabel()
        self.status.setObjectName("d1_image_status")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        lay.addLayout(row)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, topic: str) -> None:
        if topic == "assessment":
            self.refresh()

    def refresh(self) -> None:
        office = self.session.office
        a = queries.load_assessment(office, self.year)
        self.by_score.blockSignals(True)
        self.by_score.setChecked(bool(a and a.order_by_score))
        self.by_score.blockSignals(False)
        has = queries.load_d1_image(office, self.year) is not None
        self.remove.setEnabled(has)
        if not self.status.property("error"):
            self.status.setText(tr("มีรูปกราฟแล้ว (พิมพ์ต่อจากกราฟของโปรแกรม)") if has else "")

    def set_order(self, on: bool) -> None:
        office = self.session.office

        def save(value: bool):
            a = queries.load_assessment(office, self.year) or Assessment(year=self.year)
            ops.save_assessment(office, dataclasses.replace(a, order_by_score=value))

        self.session.apply(ValueCommand(self.session, tr("เรียงตารางตัวชี้วัดตามคะแนน"), save,
                                        not on, on))

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("เลือกรูปกราฟ"), "",
                                              tr("รูปภาพ (*.png *.jpg *.jpeg)"))
        if path:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                self._error(str(exc))
                return
            self.set_image(data)

    def set_image(self, data: bytes | None) -> None:
        try:
            ops.save_d1_image(self.session.office, self.year, data)
        except ItadeskError as exc:
            self._error(exc.message(lang()))
            return
        self.status.setProperty("error", False)
        self.status.setStyleSheet("")
        self.refresh()

    def _error(self, text: str) -> None:
        self.status.setProperty("error", True)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)
