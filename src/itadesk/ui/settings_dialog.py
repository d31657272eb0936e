"""Settings: print font, Thai digits, the Garuda image for memos, default signers, language.

Print settings are saved in the office file (storage.operations.save_settings, undoable);
the language is also kept per machine (QSettings) so the program starts in it.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..storage import operations as ops
from .commands import ValueCommand
from .forms import ERROR_STYLE
from .i18n import LANGUAGES, tr

THAI_FONTS = ("Sarabun", "TH Sarabun New", "TH SarabunIT๙", "TH Sarabun PSK")


def available_fonts() -> list[str]:
    """The bundled Sarabun, and the TH Sarabun families installed on this computer."""
    fonts = ["Sarabun"]
    try:
        from ..reports.fonts import installed_families

        fonts += [f for f in installed_families() if f not in fonts]
    except (ImportError, OSError):
        pass
    return fonts


class SettingsDialog(QDialog):
    def __init__(self, session, window=None):
        super().__init__(window)
        self.session, self.window_ = session, window
        self.setWindowTitle(tr("ตั้งค่าการพิมพ์และภาษา"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        current = session.settings()

        self.font_combo = QComboBox()
        self.font_combo.setObjectName("font")
        fonts = available_fonts()
        if current.font not in fonts:
            fonts.append(current.font)
        for f in fonts:
            self.font_combo.addItem(f + ("" if f == "Sarabun" else tr(" (ติดตั้งในเครื่อง)")), f)
        self.font_combo.setCurrentIndex(self.font_combo.findData(current.font))
        self.font_combo.activated.connect(lambda _i: self.set("font", self.font_combo.currentData()))
        form.addRow(tr("แบบอักษรในเอกสาร"), self.font_combo)

        self.digits = QCheckBox(tr("ใช้เลขไทยในเนื้อความ วันที่ และเลขหน้า"))
        self.digits.setObjectName("thai_digits")
        self.digits.setChecked(current.thai_digits)
        self.digits.toggled.connect(lambda b: self.set("thai_digits", bool(b)))
        form.addRow(tr("ตัวเลข"), self.digits)

        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        self.garuda = QLineEdit(current.garuda_path)
        self.garuda.setObjectName("garuda")
        self.garuda.editingFinished.connect(lambda: self.set_garuda(self.garuda.text()))
        browse = QPushButton(tr("เลือกไฟล์…"))
        browse.clicked.connect(self.browse_garuda)
        rl.addWidget(self.garuda, 1)
        rl.addWidget(browse)
        form.addRow(tr("ตราครุฑ (บันทึกข้อความ)"), row)
        self.garuda_message = QLabel()
        self.garuda_message.setStyleSheet(ERROR_STYLE)
        self.garuda_message.hide()
        form.addRow("", self.garuda_message)
        # the memo's head as it prints with the font and Garuda chosen (reports.memo)
        self.head_preview = QLabel()
        self.head_preview.setObjectName("memo_head_preview")
        form.addRow(tr("หัวบันทึกข้อความ (ตัวอย่าง)"), self.head_preview)
        self.refresh_head_preview()

        signers = QPushButton(tr("แก้ไขผู้ลงนาม…"))
        signers.clicked.connect(self.edit_signers)
        form.addRow(tr("ผู้ลงนามที่ใช้เป็นค่าเริ่มต้น"), signers)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current.language if current.language in LANGUAGES else "th"))
        self.language.activated.connect(lambda _i: self.set_language(self.language.currentData()))
        form.addRow(tr("ภาษาของโปรแกรม"), self.language)
        lay.addLayout(form)
        lay.addWidget(QLabel(tr("การเปลี่ยนแปลงบันทึกทันที และยกเลิกได้ด้วย “เลิกทำ”")))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(tr("ปิด"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def set(self, name: str, value) -> None:
        before = self.session.settings()
        if getattr(before, name) == value:
            return
        after = dataclasses.replace(before, **{name: value})
        office = self.session.office
        self.session.apply(ValueCommand(self.session, tr("เปลี่ยนการตั้งค่า"),
                                        lambda s: ops.save_settings(office, s), before, after))
        self.refresh_head_preview()

    def refresh_head_preview(self) -> None:
        """Draw the memo head (Garuda, "บันทึกข้อความ", first fields) for the settings now."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtGui import QPixmap
        from PySide6.QtPdf import QPdfDocument

        from ..reports.memo import HEAD_PREVIEW_CM, memo_head_pdf

        try:
            pdf = memo_head_pdf(self.session.settings())
        except Exception:  # noqa: BLE001 - a preview must never stop the settings
            self.head_preview.setText(tr("แสดงตัวอย่างไม่ได้"))
            return
        self._head_buf = QBuffer(self)
        self._head_buf.setData(QByteArray(pdf))
        self._head_buf.open(QIODevice.ReadOnly)
        self._head_doc = QPdfDocument(self)
        self._head_doc.load(self._head_buf)
        width = 420
        image = self._head_doc.render(0, QSize(width, round(width * HEAD_PREVIEW_CM / 21.0)))
        self.head_preview.setPixmap(QPixmap.fromImage(image))

    def set_garuda(self, path: str) -> None:
        from pathlib import Path

        path = path.strip()
        if path and not Path(path).is_file():
            self.garuda_message.setText(tr("ไม่พบไฟล์ {0}").format(path))
            self.garuda_message.show()
            return
        if path and Path(path).suffix.lower() not in (".png", ".jpg", ".jpeg"):
            self.garuda_message.setText(tr("ตราครุฑต้องเป็นไฟล์ภาพ PNG หรือ JPG"))
            self.garuda_message.show()
            return
        self.garuda_message.hide()
        self.set("garuda_path", path)

    def browse_garuda(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("เลือกภาพตราครุฑ"), "", tr("ภาพ (*.png *.jpg *.jpeg)"))
        if path:
            self.garuda.setText(path)
            self.set_garuda(path)

    def edit_signers(self):
        if self.window_ is not None:
            wizard = self.window_.open_office_wizard()
            if wizard is not None:
                wizard.goto(2)

    def set_language(self, code: str) -> None:
        self.set("language", code)
        if self.window_ is not None:
            self.window_.set_language(code)
