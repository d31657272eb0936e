"""A table of domain rows with its buttons: add, delete, move, paste from Word/Excel, copy.

Keyboard: type or F2 to edit a cell; Enter saves it (Alt+Enter or Shift+Enter starts a new
line in a multi-line cell); Delete removes the selected rows; Ctrl+V pastes rows copied from
Word or Excel (with a preview); Ctrl+C copies the selected cells as a table.
"""

from __future__ import annotations

import html as html_lib

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ItadeskError
from .forms import ERROR_STYLE, HINT_STYLE
from .i18n import lang, tr, void
from .models.rows import RowsModel
from .paste_dialog import PasteDialog, PasteTarget
from .signals import emit


class CellDelegate(QStyledItemDelegate):
    """Multi-line editor for text cells, a list for choices, a line for numbers."""

    def __init__(self, model: RowsModel, parent=None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):
        col = self.model.columns[index.column()]
        if col.kind == "choice":
            combo = QComboBox(parent)
            if not col.required:
                combo.addItem("", None)
            for value, label in (col.choices or {}).items():
                combo.addItem(label, value)
            return combo
        if col.kind in ("multiline", "text"):
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            editor.installEventFilter(self)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.EditRole)
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, 0, max(0, 90 - rect.height()))
        editor.setGeometry(rect)

    def eventFilter(self, editor, event):
        if isinstance(editor, QPlainTextEdit) and event.type() == QEvent.KeyPress:
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                if event.modifiers() & (Qt.AltModifier | Qt.ShiftModifier):
                    editor.insertPlainText("\n")
                    return True
                emit(self.commitData, editor)
                emit(self.closeEditor, editor, QStyledItemDelegate.EndEditHint.NoHint)
                return True
            if event.key() == Qt.Key_Escape:
                emit(self.closeEditor, editor, QStyledItemDelegate.EndEditHint.RevertModelCache)
                return True
        return super().eventFilter(editor, event)


class RowsView(QTableView):
    def __init__(self, owner: RowsTable):
        super().__init__()
        self.owner = owner

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.Paste):
            self.owner.paste()
            return
        if event.matches(QKeySequence.Copy):
            self.owner.copy()
            return
        if event.key() == Qt.Key_Delete and self.state() != QAbstractItemView.EditingState:
            self.owner.delete_selected()
            return
        super().keyPressEvent(event)


class RowsTable(QWidget):
    def __init__(self, model: RowsModel, paste_targets=None, movable: bool = True, parent=None):
        super().__init__(parent)
        self.model = model
        self.paste_targets = paste_targets  # callable -> list[PasteTarget], or None for default
        self.last_paste_dialog: PasteDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.add_button = QPushButton(tr("เพิ่มแถว"))
        self.add_button.clicked.connect(self.start_new_row)
        self.delete_button = QPushButton(tr("ลบแถว"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button = QPushButton(tr("เลื่อนขึ้น"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(tr("เลื่อนลง"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.paste_button = QPushButton(tr("วางจาก Word/Excel…"))
        self.paste_button.clicked.connect(lambda _c=False: void(self.paste))
        self.copy_button = QPushButton(tr("คัดลอก"))
        self.copy_button.clicked.connect(self.copy)
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            b.setVisible(model.can_add if b is not self.up_button and b is not self.down_button
                         else model.can_add and movable)
            bar.addWidget(b)
        self.paste_button.setVisible(model.can_add)
        bar.addWidget(self.paste_button)
        bar.addWidget(self.copy_button)
        bar.addStretch(1)
        lay.addLayout(bar)

        self.view = RowsView(self)
        self.view.setModel(model)
        self.view.setItemDelegate(CellDelegate(model, self.view))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed | QAbstractItemView.SelectedClicked)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        header = self.view.horizontalHeader()
        for i, col in enumerate(model.columns):
            header.resizeSection(i, col.width or (260 if col.kind in ("multiline", "text") else 110))
        header.setStretchLastSection(True)
        lay.addWidget(self.view, 1)

        self.message = QLabel()
        self.message.setObjectName("table_message")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)
        model.is_shown = self.isVisible
        model.error.connect(lambda text: self._say(text, ERROR_STYLE))
        model.message.connect(lambda text: self._say(text, HINT_STYLE))

    def showEvent(self, event):
        self.model.reload_if_stale()
        super().showEvent(event)

    def _say(self, text: str, style: str):
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ row actions

    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(r for r in rows if not self.model.is_new_row(r))

    def start_new_row(self):
        if not self.model.can_add:
            return
        index = self.model.index(len(self.model.rows), self.model._first_required())
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        self.view.edit(index)

    def delete_selected(self):
        rows = self.selected_rows()
        if rows:
            self._guard(lambda: self.model.delete_rows(rows))

    def move_current(self, delta: int):
        index = self.view.currentIndex()
        if not index.isValid():
            return
        target = []
        self._guard(lambda: target.append(self.model.move_row(index.row(), delta)))
        if target:
            self.view.setCurrentIndex(self.model.index(target[0], index.column()))

    def _guard(self, fn):
        try:
            fn()
        except ItadeskError as exc:
            self._say(exc.message(lang()), ERROR_STYLE)

    # ------------------------------------------------------------------ clipboard

    def copy(self):
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        grid = [[self.model.cell_text(r, c) if (r, c) in chosen else "" for c in cols] for r in rows]
        mime = QMimeData()
        mime.setText("\r\n".join("\t".join(_tsv_cell(v) for v in row) for row in grid) + "\r\n")
        body = "".join(
            "<tr>" + "".join(f"<td>{html_lib.escape(v).replace(chr(10), '<br>')}</td>" for v in row) + "</tr>"
            for row in grid)
        mime.setHtml(f"<table>{body}</table>")
        mime.setData(OUR_MIME, b"1")
        QApplication.clipboard().setMimeData(mime)
        _release_clipboard_at_exit()

    def targets(self) -> list[PasteTarget]:
        if self.paste_targets is not None:
            return self.paste_targets()
        model = self.model

        def build(mapped):
            rows = []
            for n, values in enumerate(mapped.rows, start=1):
                try:
                    rows.append(model.row_from_values(values))
                except ItadeskError as exc:
                    raise ItadeskError(f"แถว {n}: {exc.message('th')}", f"row {n}: {exc.message('en')}") from exc
            return rows

        return [PasteTarget(model.paste_spec(), build, tr("คอลัมน์ของตารางนี้"))]

    def paste(self, text: str | None = None, html: str | None = None, *, show: bool = True):
        """Open the paste preview for the clipboard (or the given text/html)."""
        if not self.model.can_add:
            return None
        if text is None and html is None:
            mime = QApplication.clipboard().mimeData()
            text = mime.text() if mime.hasText() else None
            html = mime.html() if mime.hasHtml() else None
        dialog = PasteDialog(self.targets(), text, html, self)
        self.last_paste_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_paste(dialog))
        if show:
            dialog.open()
        return dialog

    def apply_paste(self, dialog: PasteDialog):
        rows = dialog.built
        if not rows:
            return
        extras = dialog.target.extras(rows) if dialog.target.extras is not None else None
        self._guard(lambda: self.model.add_rows(
            rows, tr("วาง {0} แถวจาก Word/Excel").format(len(rows)), extras))


OUR_MIME = "application/x-itadesk-rows"
_release_registered = False


def release_clipboard() -> None:
    """Replace our rows on the clipboard by their plain text before Qt shuts down: a
    QMimeData made in Python and still on the clipboard when the application object is
    destroyed crashes PySide6 6.12 at exit."""
    app = QApplication.instance()
    if app is None:
        return
    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(OUR_MIME):
        clipboard.setText(data.text())


def _release_clipboard_at_exit() -> None:
    global _release_registered
    if _release_registered:
        return
    import atexit

    atexit.register(release_clipboard)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(release_clipboard)
    _release_registered = True


def _tsv_cell(text: str) -> str:
    if any(ch in text for ch in '\t\n"'):
        return '"' + text.replace('"', '""') + '"'
    return text
