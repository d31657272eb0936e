"""A table of domain rows with its buttons: add, delete, move, paste from Word/Excel, copy —
and the spreadsheet habits a clerk brings: paste a block into the selected cells, fill down,
find and replace in a column, sort and filter, a frozen first column, compact rows.

Keyboard: type or F2 to edit a cell; Enter saves it (Alt+Enter or Shift+Enter starts a new
line in a multi-line cell); on the new-row line Enter or Tab adds the row and the cursor goes
on to the next cell of that row. Delete empties the selected cells, or removes the rows
selected by their numbers. Ctrl+V pastes: into the
selected cells of existing rows (a block from Excel/Word, or one value into every selected
cell), or, on the new-row line or with the paste button, as new rows with a preview.
Ctrl+D fills the selection down from its top cell (or the current cell from the cell above),
Ctrl+H finds and replaces in a column, Ctrl+F goes to the filter; Ctrl+C copies the selected
cells as a table. Every paste, fill and replace is one step of Undo.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ItadeskError
from ..domain.paste import guess_column_map, parse_paste
from ..domain.thaitext import clean_text, to_arabic_digits, to_thai_digits
from .forms import ERROR_STYLE, HINT_STYLE
from .i18n import lang, tr, void
from .models.rows import RowsModel
from .paste_dialog import PasteDialog, PasteTarget
from .signals import emit
from .table_view import FrozenColumns, ReplaceDialog, RowsProxy, frozen_count


class CellDelegate(QStyledItemDelegate):
    """Multi-line editor for text cells, a list for choices, a line for numbers."""

    def __init__(self, model: RowsModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.replace_next = False  # the editor opens for a typed key: start from empty text

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
            editor.setPlainText("" if self.replace_next else (value or ""))
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

    # accept indexes of the rows model too (callers think in rows, the view shows the proxy)
    def _v(self, index):
        if index.isValid() and index.model() is self.owner.model:
            return self.owner.proxy.mapFromSource(index)
        return index

    def setCurrentIndex(self, index):
        super().setCurrentIndex(self._v(index))

    def scrollTo(self, index, hint=QAbstractItemView.EnsureVisible):
        super().scrollTo(self._v(index), hint)

    def edit(self, index, *args):
        # typing over a cell replaces its text, as in a spreadsheet (F2 or a double-click edits it)
        delegate = self.itemDelegate()
        typed = bool(args) and args[0] == QAbstractItemView.AnyKeyPressed
        if isinstance(delegate, CellDelegate):
            delegate.replace_next = typed
        try:
            return super().edit(self._v(index), *args)
        finally:
            if isinstance(delegate, CellDelegate):
                delegate.replace_next = False

    def keyPressEvent(self, event):
        owner = self.owner
        if event.matches(QKeySequence.Paste):
            owner.paste_key()
            return
        if event.matches(QKeySequence.Copy):
            owner.copy()
            return
        if event.matches(QKeySequence.Find):
            owner.filter_edit.setFocus()
            owner.filter_edit.selectAll()
            return
        mods = event.modifiers() & ~Qt.KeypadModifier
        if mods == Qt.ControlModifier and event.key() == Qt.Key_D:
            owner.fill_down()
            return
        if mods == Qt.ControlModifier and event.key() == Qt.Key_H:
            owner.find_replace()
            return
        if event.key() == Qt.Key_Delete and self.state() != QAbstractItemView.EditingState:
            # as in a spreadsheet: whole rows selected (by their number) are removed,
            # selected cells are emptied
            sel = self.selectionModel()
            rows = {i.row() for i in sel.selectedIndexes()}
            if rows and all(sel.isRowSelected(r, QModelIndex()) for r in rows) and owner.model.can_add:
                owner.delete_selected()
            else:
                owner.clear_cells()
            return
        super().keyPressEvent(event)


class RowsTable(QWidget):
    def __init__(self, model: RowsModel, paste_targets=None, movable: bool = True, parent=None,
                 paste_into: Callable[[], str] | None = None):
        super().__init__(parent)
        self.model = model
        self.paste_targets = paste_targets  # callable -> list[PasteTarget], or None for default
        self.paste_into = paste_into  # callable -> what a paste writes into ("รอบ 12 เดือน …")
        self.last_paste_dialog: PasteDialog | None = None
        self.last_replace_dialog: ReplaceDialog | None = None
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
        self.fill_button = QPushButton(tr("เติมลง"))
        self.fill_button.setToolTip(tr("คัดลอกค่าช่องบนสุดที่เลือกลงไปยังช่องที่เลือกด้านล่าง (Ctrl+D)"))
        self.fill_button.clicked.connect(self.fill_down)
        bar.addWidget(self.fill_button)
        self.replace_button = QPushButton(tr("แทนที่…"))
        self.replace_button.setToolTip(tr("ค้นหาและแทนที่ในคอลัมน์ (Ctrl+H)"))
        self.replace_button.clicked.connect(self.find_replace)
        self.replace_button.setVisible(bool(self.replaceable_columns()))
        bar.addWidget(self.replace_button)
        bar.addStretch(1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("table_filter")
        self.filter_edit.setPlaceholderText(tr("กรองแถว… (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(220)
        bar.addWidget(self.filter_edit)
        self.compact_box = QCheckBox(tr("แถวกะทัดรัด"))
        self.compact_box.setObjectName("compact_rows")
        self.compact_box.setToolTip(tr("แถวละไม่เกินสองบรรทัด ข้อความเต็มดูได้เมื่อชี้หรือแก้ไขช่อง"))
        self.compact_box.setChecked(True)
        bar.addWidget(self.compact_box)
        lay.addLayout(bar)

        self.proxy = RowsProxy(model)
        self.view = RowsView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CellDelegate(model, self.view))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed | QAbstractItemView.SelectedClicked)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        header = self.view.horizontalHeader()
        for i, col in enumerate(model.columns):
            header.resizeSection(i, col.width or (260 if col.kind in ("multiline", "text") else 110))
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.AscendingOrder)
        header.setSortIndicatorClearable(True)  # a third click gives the table's own order back
        self.view.setSortingEnabled(True)
        lay.addWidget(self.view, 1)
        self.frozen = FrozenColumns(self.view, frozen_count(model)) if len(model.columns) > 2 else None
        self.view.installEventFilter(self)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.compact_box.toggled.connect(self.set_compact)
        self.set_compact(True)

        self.message = QLabel()
        self.message.setObjectName("table_message")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)
        model.is_shown = self.isVisible
        model.error.connect(lambda text: self._say(text, ERROR_STYLE))
        model.message.connect(lambda text: self._say(text, HINT_STYLE))
        model.row_added.connect(self._row_added)

    def eventFilter(self, obj, event):
        if obj is self.view and event.type() in (QEvent.Resize, QEvent.Show, QEvent.LayoutRequest) \
                and self.frozen is not None:
            self.frozen.place()
        return super().eventFilter(obj, event)

    def showEvent(self, event):
        self.model.reload_if_stale()
        super().showEvent(event)
        if self.frozen is not None:
            self.frozen.place()

    def _say(self, text: str, style: str):
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_compact(self, on: bool) -> None:
        """Rows of at most two lines (full text in the tooltip and the editor), or rows as
        tall as their text."""
        heads = [self.view.verticalHeader()]
        if self.frozen is not None:
            heads.append(self.frozen.verticalHeader())
        for vh in heads:
            if on:
                size = self.view.fontMetrics().lineSpacing() * 2 + 5
                vh.setDefaultSectionSize(size)
                vh.setSectionResizeMode(QHeaderView.Fixed)
                for i in range(vh.count()):  # rows sized to their text before: back to two lines
                    vh.resizeSection(i, size)
            else:
                vh.setSectionResizeMode(QHeaderView.ResizeToContents)
        if not on and self.frozen is not None:
            self.frozen.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
            for r in range(self.proxy.rowCount()):
                self.frozen.setRowHeight(r, self.view.rowHeight(r))

    # ------------------------------------------------------------------ indexes

    def source_index(self, index):
        """A view index as an index of the rows model (the row the edit goes to)."""
        if index.isValid() and index.model() is self.proxy:
            return self.proxy.mapToSource(index)
        return index

    def view_index(self, index):
        if index.isValid() and index.model() is self.model:
            return self.proxy.mapFromSource(index)
        return index

    def _selected_view_indexes(self):
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes and self.view.currentIndex().isValid():
            indexes = [self.view.currentIndex()]
        return indexes

    # ------------------------------------------------------------------ row actions

    def selected_rows(self) -> list[int]:
        rows = {self.source_index(i).row() for i in self._selected_view_indexes()}
        return sorted(r for r in rows if not self.model.is_new_row(r))

    def start_new_row(self):
        if not self.model.can_add:
            return
        index = self.view_index(self.model.index(len(self.model.rows), self.model._first_required()))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        self.view.edit(index)

    def _row_added(self, r: int) -> None:
        # the cell being edited on the new-row line now belongs to row r; once its editor has
        # closed (Enter) or moved on (Tab), the cursor is in the next cell of that row
        cur = self.source_index(self.view.currentIndex())
        start = cur.column() if cur.isValid() else self.model._first_required()
        QTimer.singleShot(0, self, lambda: self._move_on_in_row(r, start))

    def _move_on_in_row(self, r: int, start: int) -> None:
        view = self.view
        editable = [c for c in range(len(self.model.columns)) if self.model.columns[c].editable]
        after = [c for c in editable if c > start]
        index = self.view_index(self.model.index(r, after[0] if after else start))
        if not (view.state() == QAbstractItemView.EditingState and view.currentIndex() == index):
            view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus()

    def delete_selected(self):
        rows = self.selected_rows()
        if rows:
            self._guard(lambda: self.model.delete_rows(rows))

    def move_current(self, delta: int):
        index = self.source_index(self.view.currentIndex())
        if not index.isValid():
            return
        target = []
        self._guard(lambda: target.append(self.model.move_row(index.row(), delta)))
        if target:
            self.view.setCurrentIndex(self.view_index(self.model.index(target[0], index.column())))

    def _guard(self, fn):
        try:
            fn()
        except ItadeskError as exc:
            self._say(exc.message(lang()), ERROR_STYLE)

    # ------------------------------------------------------------------ many cells

    def _existing_view_rows(self) -> list[int]:
        """The view's rows that show existing rows (not the new-row line), top to bottom."""
        return [r for r in range(self.proxy.rowCount())
                if not self.model.is_new_row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())]

    def _src_row(self, view_row: int) -> int:
        return self.proxy.mapToSource(self.proxy.index(view_row, 0)).row()

    def paste_key(self):
        """Ctrl+V: into the selected cells of existing rows; as new rows (with the preview)
        on the new-row line or in an empty table."""
        cur = self.source_index(self.view.currentIndex())
        if self.model.can_add and (not cur.isValid() or self.model.is_new_row(cur.row()) or not self.model.rows):
            return self.paste()
        mime = QApplication.clipboard().mimeData()
        text = mime.text() if mime.hasText() else None
        html = mime.html() if mime.hasHtml() else None
        if not cur.isValid():
            return None
        # a table with its header row (a whole Word table): its columns are matched by their
        # headers and written into the rows from the current one on, with the preview
        target = self.update_target(self.view.currentIndex().row())
        try:
            result = parse_paste(text=text, html=html, header_words=target.spec.header_words())
        except ItadeskError as exc:
            self._say(exc.message(lang()), ERROR_STYLE)
            return None
        if result.header_count and guess_column_map(result, target.spec)[1] == "header":
            return self.paste(text, html, targets=[target])
        return self.paste_cells(text, html)

    def update_target(self, first_view_row: int) -> PasteTarget:
        """Pasted rows written into the existing rows shown from `first_view_row` down: only
        the columns the paste names change (the frozen name column is the rows' key, kept)."""
        model = self.model
        keep = {model.columns[c].key for c in range(self.frozen.count)} if self.frozen is not None else set()
        spec = model.paste_spec(exclude=keep, optional=True)
        index = {col.key: c for c, col in enumerate(model.columns)}

        def build(mapped):
            rows = [r for r in self._existing_view_rows() if r >= first_view_row]
            if len(mapped.rows) > len(rows):
                raise ItadeskError(
                    f"ข้อมูลที่วางมี {len(mapped.rows)} แถว แต่ตั้งแต่แถวที่เลือกลงไปมี {len(rows)} แถว",
                    f"the paste has {len(mapped.rows)} rows but there are {len(rows)} rows from the selected one down")
            names = [n for n, j in mapped.column_map.items() if j is not None]
            return [[(self._src_row(rows[i]), index[n], values[n]) for n in names]
                    for i, values in enumerate(mapped.rows)]

        def apply(built):
            cells = [cell for row in built for cell in row]
            return self.model.set_cells(cells, tr("วาง {0} แถวลงในแถวที่มีอยู่").format(len(built)))

        first = self.model.cell_text(self._src_row(first_view_row), 0) if self.model.rows else ""
        return PasteTarget(spec, build, tr("เขียนลงในแถวที่มีอยู่ ตั้งแต่แถว {0} ({1})").format(
            first_view_row + 1, first[:40]), apply=apply)

    def paste_cells(self, text: str | None = None, html: str | None = None) -> list[str]:
        """Paste a block into the cells from the selected one on (a single value into every
        selected cell), as one undo step; refused as a whole with every problem listed."""
        indexes = [i for i in self._selected_view_indexes()
                   if not self.model.is_new_row(self.source_index(i).row())]
        if not indexes:
            return []
        one = len(indexes) == 1 and self.model.columns[indexes[0].column()].kind == "multiline"
        if one and text and "\t" not in text and not (html and re.search(r"<table\b", html, re.I)):
            # paragraphs copied from Word (not a table) into one text cell: one value, its
            # lines kept, as typing them with Shift+Enter would
            i = indexes[0]
            return self.model.set_cells([(self.source_index(i).row(), i.column(), clean_text(text))],
                                        tr("วาง {0} ช่องจาก Word/Excel").format(1))
        try:
            result = parse_paste(text=text, html=html, header_words=self.model.paste_spec().header_words())
        except ItadeskError as exc:
            self._say(exc.message(lang()), ERROR_STYLE)
            return [exc.message(lang())]
        grid = result.rows
        if not grid:
            return []
        cells = []
        if len(grid) == 1 and len(grid[0]) == 1 and len(indexes) > 1:
            cells = [(self.source_index(i).row(), i.column(), grid[0][0]) for i in indexes]
        else:
            rows = self._existing_view_rows()
            top = min(i.row() for i in indexes)
            left = min(i.column() for i in indexes)
            cols = [c for c in range(left, len(self.model.columns))
                    if self.model.columns[c].editable and not self.view.isColumnHidden(c)]
            below = [r for r in rows if r >= top]
            width = max(len(r) for r in grid)
            problems = []
            if len(grid) > len(below):
                problems.append(tr("ข้อมูลที่วางมี {0} แถว แต่ตั้งแต่แถวที่เลือกลงไปมี {1} แถว — "
                                   "วางแถวที่เกินเป็นแถวใหม่ได้ที่บรรทัดแถวใหม่ (*)").format(len(grid), len(below)))
            if width > len(cols):
                problems.append(tr("ข้อมูลที่วางมี {0} คอลัมน์ แต่ตั้งแต่คอลัมน์ที่เลือกไปทางขวาแก้ไขได้ {1} คอลัมน์")
                                .format(width, len(cols)))
            if problems:
                self._say("\n".join(problems), ERROR_STYLE)
                return problems
            for i, values in enumerate(grid):
                for j, value in enumerate(values):
                    cells.append((self._src_row(below[i]), cols[j], value))
        label = tr("วาง {0} ช่องจาก Word/Excel").format(len(cells))
        problems = self.model.set_cells(cells, label)
        if not problems and result.header_count:
            self._say(tr("ไม่ได้วางแถวหัวตาราง {0} แถว").format(result.header_count), HINT_STYLE)
        return problems

    def clear_cells(self) -> list[str]:
        """Delete on selected cells: empty them (one undo step; a required cell refuses)."""
        cells = [(self.source_index(i).row(), i.column(), "") for i in self._selected_view_indexes()
                 if not self.model.is_new_row(self.source_index(i).row())]
        if not cells:
            return []
        return self.model.set_cells(cells, tr("ล้าง {0} ช่อง").format(len(cells)))

    def fill_down(self) -> list[str]:
        """Ctrl+D: the top selected cell of each column copied into the selected cells below
        it (one cell selected: the cell above copied into it), as one undo step."""
        by_col: dict[int, list[int]] = {}
        for i in self._selected_view_indexes():
            if not self.model.is_new_row(self.source_index(i).row()):
                by_col.setdefault(i.column(), []).append(i.row())
        cells = []
        for c, rows in by_col.items():
            rows = sorted(set(rows))
            if len(rows) == 1:
                if rows[0] == 0:
                    continue
                source, targets = rows[0] - 1, rows
            else:
                source, targets = rows[0], rows[1:]
            value = self.proxy.index(source, c).data(Qt.EditRole)
            cells += [(self._src_row(r), c, value) for r in targets]
        if not cells:
            return []
        return self.model.set_cells(cells, tr("เติมลง {0} ช่อง").format(len(cells)))

    def replaceable_columns(self) -> list[int]:
        return [c for c, col in enumerate(self.model.columns)
                if col.editable and col.kind in ("text", "multiline")]

    def find_replace(self):
        cols = self.replaceable_columns()
        if not cols:
            return None
        cur = self.view.currentIndex()
        dialog = ReplaceDialog(self, cur.column() if cur.isValid() and cur.column() in cols else cols[0])
        self.last_replace_dialog = dialog
        dialog.open()
        return dialog

    def replace_in_column(self, column: int, find: str, replace: str) -> int:
        """Replace `find` by `replace` in every shown row of `column` (Thai or Arabic digits
        alike: ๖๖ finds 66 too, and the replacement keeps the digits of the text), as one
        undo step. The number of cells changed, or -1 when refused."""
        col = self.model.columns[column]
        forms = {find: replace, to_thai_digits(find): to_thai_digits(replace),
                 to_arabic_digits(find): to_arabic_digits(replace)}
        cells = []
        for r in self._existing_view_rows():
            src = self._src_row(r)
            text = col.edit_text(col.read(self.model.rows[src]))
            new = text
            for old, rep in forms.items():
                if old:
                    new = new.replace(old, rep)
            if new != text:
                cells.append((src, column, new))
        if not cells:
            return 0
        label = tr("แทนที่ “{0}” ด้วย “{1}” ใน “{2}” {3} ช่อง").format(find, replace, col.header(), len(cells))
        return -1 if self.model.set_cells(cells, label) else len(cells)

    # ------------------------------------------------------------------ clipboard

    def copy(self):
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        grid = [[self.model.cell_text(self._src_row(r), c) if (r, c) in chosen else "" for c in cols]
                for r in rows]
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

    def paste(self, text: str | None = None, html: str | None = None, *, show: bool = True,
              targets: list[PasteTarget] | None = None):
        """Open the paste preview for the clipboard (or the given text/html)."""
        if not self.model.can_add and targets is None:
            return None
        if text is None and html is None:
            mime = QApplication.clipboard().mimeData()
            text = mime.text() if mime.hasText() else None
            html = mime.html() if mime.hasHtml() else None
        try:
            dialog = PasteDialog(targets or self.targets(), text, html, self,
                                 writes_into=self.paste_into() if self.paste_into else "")
        except ItadeskError as exc:  # e.g. a clipboard too large or nested to be a table
            self._say(exc.message(lang()), ERROR_STYLE)
            return None
        self.last_paste_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_paste(dialog))
        if show:
            dialog.open()
        return dialog

    def apply_paste(self, dialog: PasteDialog):
        rows = dialog.built
        if not rows:
            return
        if dialog.target.apply is not None:
            dialog.target.apply(rows)
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
