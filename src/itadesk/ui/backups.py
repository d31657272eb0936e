"""Restore a backup of the open file (the storage layer keeps rolling dated backups)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ..domain.errors import ItadeskError
from .i18n import lang, tr, void
from .screen import fit_to_screen


class RestoreDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        from ..storage.backups import list_backups

        self.window_ = window
        self.setWindowTitle(tr("กู้คืนจากไฟล์สำรอง"))
        lay = QVBoxLayout(self)
        path = window.session.path
        lay.addWidget(QLabel(tr("ไฟล์สำรองของ {0} (ใหม่สุดอยู่บน) ไฟล์ปัจจุบันจะถูกเก็บสำรองไว้ก่อนกู้คืน").format(path)))
        self.list = QListWidget()
        self.list.setObjectName("backups")
        for info in list_backups(path):
            item = QListWidgetItem(info.label(lang()))
            item.setData(Qt.UserRole, info)
            self.list.addItem(item)
        lay.addWidget(self.list, 1)
        now = QPushButton(tr("สำรองข้อมูลตอนนี้"))
        now.clicked.connect(self.backup_now)
        lay.addWidget(now)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(tr("กู้คืนไฟล์ที่เลือก"), QDialogButtonBox.AcceptRole)
        buttons.addButton(tr("ปิด"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(lambda: void(self.restore_selected))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        fit_to_screen(self, 560, 420)

    def backup_now(self):
        from ..storage.backups import create_backup

        try:
            create_backup(self.window_.session.office)
        except ItadeskError as exc:
            QMessageBox.warning(self, tr("สำรองข้อมูลไม่สำเร็จ"), exc.message(lang()))
            return
        self.close()
        restore_backup_dialog(self.window_)

    def restore_selected(self, info=None) -> bool:
        item = self.list.currentItem()
        info = info or (item.data(Qt.UserRole) if item is not None else None)
        if info is None:
            return False
        return restore_into(self.window_, info, self)


def restore_into(window, info, parent=None) -> bool:
    """Close the file, restore `info` over it, open it again (undo history starts afresh)."""
    from ..storage.backups import restore

    path = window.session.path
    window.set_session_closed()
    try:
        restore(path, info)
    except ItadeskError as exc:
        QMessageBox.warning(parent or window, tr("กู้คืนไม่สำเร็จ"), exc.message(lang()))
        window.open_path(path)
        return False
    ok = window.open_path(path)
    if ok and parent is not None:
        parent.accept()
    return ok


def restore_backup_dialog(window):
    if window.session is None or window.session.path is None:
        return None
    dialog = RestoreDialog(window)
    dialog.open()
    return dialog
