"""The view side of a rows table (ui/table.py): the sort-and-filter proxy, the frozen name
column laid over the table's left edge, and the find-and-replace dialog of a column."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
)

from .i18n import tr
from .models.rows import RowsModel

if TYPE_CHECKING:  # pragma: no cover
    from .table import RowsTable, RowsView


class RowsProxy(QSortFilterProxyModel):
    """What the view shows: the rows sorted by a clicked header and filtered by a text. The
    new-row line stays last and is never filtered out; edits go through to the source row."""

    def __init__(self, model: RowsModel):
        super().__init__()
        self.rows_model = model
        self.text = ""
        self.setSourceModel(model)

    def set_text(self, text: str) -> None:
        self.beginFilterChange() if hasattr(self, "beginFilterChange") else None
        self.text = text.strip().casefold()
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt before 6.10
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, parent):
        model = self.rows_model
        if not self.text or model.is_new_row(source_row):
            return True
        if source_row >= len(model.rows):
            return True
        return any(self.text in model.cell_text(source_row, c).casefold() for c in range(len(model.columns)))

    def lessThan(self, left, right):
        model = self.rows_model
        descending = self.sortOrder() == Qt.DescendingOrder
        if model.is_new_row(left.row()):
            return descending
        if model.is_new_row(right.row()):
            return not descending
        a, b = _sort_key(model, left), _sort_key(model, right)
        if a is None or b is None:  # empty cells last, in either order (as a spreadsheet does)
            return (b is None and a is not None) != descending if a is not b else False
        return a < b


def _sort_key(model: RowsModel, index):
    col = model.columns[index.column()]
    value = col.read(model.rows[index.row()])
    if value is None or value == "":
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return (float(value), "")
    return (0.0, col.display(value).casefold())


class FrozenColumns(QTableView):
    """The first column(s) (project or item name) kept in place while the table scrolls right:
    a second view over the same rows, selection and editor, laid over the left edge (the
    "frozen column" of the Qt examples)."""

    def __init__(self, main: RowsView, count: int):
        super().__init__(main)
        self.main, self.count = main, count
        self.setObjectName("frozen_columns")
        self.setModel(main.model())
        self.setSelectionModel(main.selectionModel())
        # its own delegate: a shared one would report this view's editors to both views
        self.setItemDelegate(type(main.itemDelegate())(main.owner.model, self))
        self.setFocusPolicy(Qt.NoFocus)
        self.setEditTriggers(main.editTriggers())
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionsClickable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(main.verticalScrollMode())
        self.setStyleSheet("QTableView#frozen_columns { border: none; border-right: 2px solid #9aa; }")
        main.viewport().stackUnder(self)
        main.horizontalHeader().sectionResized.connect(self._column_resized)
        main.verticalHeader().sectionResized.connect(lambda i, _o, n: self.setRowHeight(i, n))
        self.verticalScrollBar().valueChanged.connect(main.verticalScrollBar().setValue)
        main.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        main.model().columnsInserted.connect(lambda *_: self.hide_rest())
        self.hide_rest()
        self.show()

    def hide_rest(self):
        for c in range(self.model().columnCount()):
            self.setColumnHidden(c, c >= self.count)
            if c < self.count:
                self.setColumnWidth(c, self.main.columnWidth(c))
        self.place()

    def _column_resized(self, index, _old, new):
        if index < self.count:
            self.setColumnWidth(index, new)
            self.place()

    def width_needed(self) -> int:
        return sum(self.main.columnWidth(c) for c in range(self.count))

    def place(self):
        m = self.main
        self.setGeometry(m.verticalHeader().width() + m.frameWidth(), m.frameWidth(),
                         self.width_needed(), m.viewport().height() + m.horizontalHeader().height())
        self.horizontalHeader().setFixedHeight(m.horizontalHeader().height())


class ReplaceDialog(QDialog):
    """Find and replace in one column (e.g. ๖๖ → ๖๗ in ระยะเวลา after a new year)."""

    def __init__(self, table: RowsTable, column: int):
        super().__init__(table)
        self.table = table
        self.setWindowTitle(tr("ค้นหาและแทนที่ในคอลัมน์"))
        form = QFormLayout(self)
        self.column = QComboBox()
        self.column.setObjectName("replace_column")
        for c in table.replaceable_columns():
            self.column.addItem(table.model.columns[c].header(), c)
        self.column.setCurrentIndex(max(0, self.column.findData(column)))
        self.find = QLineEdit()
        self.find.setObjectName("replace_find")
        self.replace = QLineEdit()
        self.replace.setObjectName("replace_with")
        self.result = QLabel()
        self.result.setObjectName("replace_result")
        self.result.setWordWrap(True)
        form.addRow(tr("คอลัมน์"), self.column)
        form.addRow(tr("ค้นหา"), self.find)
        form.addRow(tr("แทนที่ด้วย"), self.replace)
        form.addRow(self.result)
        buttons = QDialogButtonBox()
        self.replace_all = buttons.addButton(tr("แทนที่ทั้งหมด"), QDialogButtonBox.AcceptRole)
        self.replace_all.setObjectName("replace_all")
        close = buttons.addButton(tr("ปิด"), QDialogButtonBox.RejectRole)
        self.replace_all.clicked.connect(self.run)
        close.clicked.connect(self.reject)
        form.addRow(buttons)

    def run(self):
        if not self.find.text():
            self.result.setText(tr("พิมพ์ข้อความที่จะค้นหา"))
            return
        n = self.table.replace_in_column(self.column.currentData(), self.find.text(), self.replace.text())
        if n < 0:
            self.result.setText(tr("ไม่ได้แทนที่: มีช่องที่รับค่าใหม่ไม่ได้ (ดูข้อความใต้ตาราง)"))
        else:
            self.result.setText(tr("แทนที่แล้ว {0} ช่อง").format(n))


def frozen_count(model: RowsModel) -> int:
    """Columns kept in place: up to the project / item name (D4: code and title), else one."""
    for i, col in enumerate(model.columns[:2]):
        if col.key in ("name", "title"):
            return i + 1
    return 1
