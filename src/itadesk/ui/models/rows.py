"""One table model for every list of domain rows (findings, measures, OIT items, plan items).

The model reads its rows from the file and writes every edit through an undoable command
(ui/commands.py). A cell edit is validated by the domain: a refused value leaves the cell
and the file as they were and the message is emitted on `error` (shown under the table).
The last line of the table is a "new row" line: typing its required cell adds a row.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain import validate
from ...domain.errors import ItadeskError, ValidationError
from ...domain.paste import NO_BUDGET, PasteColumn, PasteSpec, match_choice
from ...domain.thaitext import clean_text, money, parse_number
from ..commands import AddRowsCommand, DeleteRowsCommand, MoveRowCommand, RowKind, UpdateRowCommand
from ..forms import error_text
from ..i18n import lang, tr
from ..signals import emit

_ROOT = QModelIndex()


@dataclass
class Column:
    key: str
    source: str  # the Thai header as written in the source (translated by header())
    kind: str = "text"  # text | multiline | choice | money | int | score
    choices: dict | None = None  # value -> label
    get: Callable[[Any], Any] | None = None
    set: Callable[[Any, Any], Any] | None = None
    apply: Callable[[Any, Any], None] | None = None  # own command instead of a row update
    editable: bool = True
    required: bool = False
    width: int = 0
    blank: str = ""  # what an empty value shows, e.g. "-"
    short: dict | None = None  # value -> the shorter text shown in the cell (choices in the editor)
    aliases: tuple[str, ...] = ()  # other headers real documents give this column (paste mapping)

    def header(self) -> str:
        return tr(self.source)

    def read(self, row):
        if self.get is not None:
            return self.get(row)
        return getattr(row, self.key)

    def write(self, row, value):
        if self.set is not None:
            return self.set(row, value)
        return dataclasses.replace(row, **{self.key: value})

    def display(self, value) -> str:
        if value is None or value == "":
            return self.blank
        if self.kind == "choice":
            if self.short and value in self.short:
                return self.short[value]
            return (self.choices or {}).get(value, str(value))
        if self.kind == "money":
            return money(value)
        if self.kind == "score":
            return f"{float(value):.2f}"
        return str(value)

    def parse(self, raw):
        """Text typed or pasted into the cell -> the domain value (ValidationError if not)."""
        label = self.source
        if self.kind == "money":
            if isinstance(raw, str) and clean_text(raw) in NO_BUDGET:
                raw = None  # "ไม่ใช้งบประมาณ", as the documents write an empty budget
            return validate.money(label, raw, optional=not self.required)
        if self.kind == "score":
            return validate.score(label, raw, optional=not self.required)
        if isinstance(raw, bool):
            raw = "1" if raw else ""
        text = "" if raw is None else str(raw)
        if self.kind == "int":
            if not text.strip():
                if self.required:
                    raise ValidationError(label, "ต้องกรอกข้อมูล", "this field is required")
                return None
            number = parse_number(text)
            if number is None or number != int(number):
                raise ValidationError(label, f"“{text}” ไม่ใช่จำนวนเต็ม", f"“{text}” is not a whole number")
            return int(number)
        if self.kind == "choice":
            # the same tolerant matching as the paste preview (domain/paste.match_choice)
            choices = self.choices or {}
            if raw in choices:
                return raw
            found = match_choice(text, choices)
            if found is not None:
                return found[0]
            if not text.strip() and not self.required:
                return None
            if not text.strip():
                raise ValidationError(label, "ต้องเลือกรายการ", "a choice is required")
            raise ValidationError(label, f"“{text}” ไม่อยู่ในรายการที่เลือกได้",
                                  f"“{text}” is not one of the choices")
        if self.required and not text.strip():
            raise ValidationError(label, "ต้องกรอกข้อมูล", "this field is required")
        return text

    def edit_text(self, value) -> str:
        if value is None:
            return ""
        if self.kind == "money":
            return f"{value:,.2f}"
        if self.kind == "score":
            return f"{float(value):.2f}"
        return str(value)


class RowsModel(QAbstractTableModel):
    error = Signal(str)  # a refused edit, in the user's language
    message = Signal(str)  # a neutral note (e.g. "fill the required cell first")
    row_added = Signal(int)  # the new-row line became this row (the view moves on in it)

    def __init__(self, session, columns: list[Column], load: Callable[[], list], *,
                 topics: tuple[str, ...], kind: RowKind | None = None,
                 make: Callable[[dict], Any] | None = None, year: Callable[[], int] | None = None,
                 unwrap: Callable[[Any], Any] | None = None,
                 update: Callable[[Any, Any, str], None] | None = None,
                 noun: str = "", parent=None):
        super().__init__(parent)
        self.session = session
        self.columns = columns
        self.load = load
        self.topics = topics
        self.kind = kind
        self.make = make  # values (column key -> domain value) -> a new domain row
        self.year = year
        self.unwrap = unwrap or (lambda row: row)
        self.update_fn = update
        self.noun = noun  # e.g. tr("มาตรการ"), used in undo labels
        self.rows: list = []
        self.draft: dict[str, Any] = {}
        self._own_edit = False
        self._from_draft = False
        self.marked: set[tuple[int, int]] = set()  # cells of a refused paste, shown in red
        self._stale = False
        self.is_shown: Callable[[], bool] = lambda: True  # set by the view: hidden tables reload later
        session.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------ reading

    @property
    def can_add(self) -> bool:
        return self.make is not None and self.kind is not None

    def reload(self):
        self._stale = False
        self.beginResetModel()
        try:
            self.rows = list(self.load())
        except ItadeskError:
            self.rows = []
        self.endResetModel()

    def _on_changed(self, topic):
        if topic in self.topics and not self._own_edit:
            if self.is_shown():
                self.sync()
            else:
                self._stale = True

    def reload_if_stale(self):
        if self._stale:
            self.sync()

    def _key(self, row, position: int):
        """What identifies a row between two reads: its id, else its code (OIT items,
        questions), else its place (a fixed list)."""
        ident = getattr(self.unwrap(row), "id", None)
        if ident is None:
            ident = getattr(row, "code", None)
        return ident if ident is not None else ("at", position)

    def sync(self):
        """Re-read the rows and tell the view only what changed (rows inserted or removed in
        one place, cells changed) — never a model reset, so the current cell, the selection,
        the scroll position and an open editor stay where they are."""
        self._stale = False
        try:
            new = list(self.load())
        except ItadeskError:
            new = []
        old = self.rows
        ok = [self._key(r, i) for i, r in enumerate(old)]
        nk = [self._key(r, i) for i, r in enumerate(new)]
        if len(set(nk)) != len(nk):
            self.beginResetModel()  # rows without identity: nothing to follow
            self.rows = new
            self.endResetModel()
            return
        head = 0
        while head < min(len(ok), len(nk)) and ok[head] == nk[head]:
            head += 1
        tail = 0
        while tail < min(len(ok), len(nk)) - head and ok[-1 - tail] == nk[-1 - tail]:
            tail += 1
        gone = len(ok) - head - tail
        came = len(nk) - head - tail
        if gone:
            self.beginRemoveRows(_ROOT, head, head + gone - 1)
            self.rows = old[:head] + old[head + gone:]
            self.endRemoveRows()
        if came:
            first = head
            if self._from_draft and came == 1 and tail == 0 and head == len(old):
                # the new-row line itself became the row: insert the fresh new-row line after it
                first = head + 1
            self.beginInsertRows(_ROOT, first, first + came - 1)
            self.rows = self.rows[:head] + new[head:head + came] + self.rows[head:]
            self.endInsertRows()
        self.rows = new
        if new:
            emit(self.dataChanged, self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))

    def rowCount(self, parent=_ROOT):
        if parent.isValid():
            return 0
        return len(self.rows) + (1 if self.can_add else 0)

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self.columns)

    def is_new_row(self, r: int) -> bool:
        return self.can_add and r == len(self.rows)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            if orientation == Qt.Horizontal:
                col = self.columns[section]
                return col.header() + (" *" if col.required else "")
            if self.is_new_row(section):
                return "*"
            return str(section + 1)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r, col = index.row(), self.columns[index.column()]
        if self.is_new_row(r):
            value = self.draft.get(col.key)
            if role == Qt.DisplayRole:
                if value is None and index.column() == self._first_required():
                    return tr("(พิมพ์ที่นี่เพื่อเพิ่มแถวใหม่)")
                return col.display(value) if value is not None else ""
            if role == Qt.EditRole:
                return col.edit_text(value) if col.kind != "choice" else value
            if role == Qt.ForegroundRole:
                return QBrush(QColor("#777777"))
            if role == Qt.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        row = self.rows[r]
        value = col.read(row)
        if role == Qt.DisplayRole:
            return col.display(value)
        if role == Qt.EditRole:
            return value if col.kind == "choice" else col.edit_text(value)
        if role == Qt.BackgroundRole and (r, index.column()) in self.marked:
            return QBrush(QColor("#ffd6d6"))
        if role == Qt.ToolTipRole and col.kind in ("multiline", "text"):
            return col.display(value) or None
        if role == Qt.ToolTipRole and col.kind == "choice" and col.short:
            return (col.choices or {}).get(value)
        if role == Qt.TextAlignmentRole and col.kind in ("money", "int", "score"):
            return int(Qt.AlignRight | Qt.AlignTop)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignLeft | Qt.AlignTop)
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            return base | Qt.ItemIsEditable
        return base

    def _first_required(self) -> int:
        for i, col in enumerate(self.columns):
            if col.required and col.editable:
                return i
        return 0

    # ------------------------------------------------------------------ editing

    def setData(self, index, value, role=Qt.EditRole):
        if not index.isValid() or role != Qt.EditRole:
            return False
        r, col = index.row(), self.columns[index.column()]
        try:
            parsed = col.parse(value)
        except ValidationError as exc:
            emit(self.error, self._cell_message(r, col, exc))
            return False
        if self.is_new_row(r):
            return self._set_draft(col, parsed)
        row = self.rows[r]
        if col.read(row) == parsed:
            return True
        try:
            if col.apply is not None:
                self._own(lambda: col.apply(row, parsed))
                new = None
            else:
                new = col.write(row, parsed)
                self._own(lambda: self._update(row, new, col.header()))
        except ItadeskError as exc:
            emit(self.error, self._cell_message(r, col, exc))
            return False
        if new is not None:
            self.rows[r] = new
            emit(self.dataChanged, self.index(r, 0), self.index(r, len(self.columns) - 1))
        else:
            self.refresh_in_place()
        self.marked.discard((r, index.column()))  # a refused cell of a paste, now corrected
        emit(self.error, "")
        return True

    def _cell_message(self, r: int, col: Column, exc: ItadeskError) -> str:
        return tr("แถว {0} “{1}”: {2}").format(r + 1, col.header(), error_text(exc))

    def _own(self, fn):
        self._own_edit = True
        try:
            fn()
        finally:
            self._own_edit = False

    def refresh_in_place(self):
        """Re-read the rows without a model reset (an editor may still be open)."""
        try:
            rows = list(self.load())
        except ItadeskError:
            rows = []
        if len(rows) != len(self.rows):
            self.reload_soon()
            return
        self.rows = rows
        if rows:
            emit(self.dataChanged, self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))

    def reload_soon(self):
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.reload)

    def _update(self, before, after, what: str):
        if self.update_fn is not None:
            self.update_fn(before, after, what)
            return
        label = tr("แก้ไข “{0}” ของ{1}").format(what, self.noun)
        self.session.apply(UpdateRowCommand(self.session, label, self.kind,
                                            self.unwrap(before), self.unwrap(after)))

    def _set_draft(self, col: Column, value) -> bool:
        self.draft[col.key] = value
        r = len(self.rows)
        try:
            row = self.make(dict(self.draft))
        except ItadeskError as exc:
            missing = [c.header() for c in self.columns if c.required and self.draft.get(c.key) in (None, "")]
            if missing:
                emit(self.message, tr("แถวใหม่ยังไม่ได้บันทึก: กรุณากรอก {0}").format(", ".join(missing)))
                emit(self.dataChanged, self.index(r, 0), self.index(r, len(self.columns) - 1))
                return True
            self.draft.pop(col.key, None)
            emit(self.error, self._cell_message(r, col, exc))
            return False
        self.draft.clear()
        self._from_draft = True
        try:
            self.add_rows([row], tr("เพิ่ม{0}").format(self.noun))
        finally:
            self._from_draft = False
        emit(self.message, "")
        emit(self.row_added, r)
        return True

    def row_from_values(self, values: dict) -> Any:
        """A new domain row from values keyed by column, already parsed by the columns' own
        parsers (a pasted row: the paste preview ran `Column.parse` on every cell)."""
        return self.make({k: v for k, v in values.items() if any(c.key == k for c in self.columns)})

    def add_rows(self, rows: list, label: str, extras: list | None = None) -> None:
        """Add rows (with `extras[i]` saved alongside row i: round results) in one transaction."""
        cmd = AddRowsCommand(self.session, label, self.kind, [self.unwrap(r) for r in rows],
                             self.year(), extras)
        self._own(lambda: self.session.apply(cmd))
        self.sync()

    def delete_rows(self, indices: list[int]) -> None:
        indices = sorted({i for i in indices if 0 <= i < len(self.rows)})
        if not indices or self.kind is None:
            return
        ids = [self.unwrap(self.rows[i]).id for i in indices]
        label = tr("ลบ{0} {1} แถว").format(self.noun, len(ids))
        self._own(lambda: self.session.apply(DeleteRowsCommand(self.session, label, self.kind, ids)))
        self.sync()

    def move_row(self, r: int, delta: int) -> int:
        target = r + delta
        if self.kind is None or not (0 <= r < len(self.rows)) or not (0 <= target < len(self.rows)):
            return r
        row = self.unwrap(self.rows[r])
        label = tr("ย้าย{0}").format(self.noun)
        self._own(lambda: self.session.apply(MoveRowCommand(self.session, label, self.kind.table, row.id, r, target)))
        self.sync()
        return target

    # ------------------------------------------------------------------ many cells at once

    def set_cells(self, cells: list[tuple[int, int, Any]], label: str) -> list[str]:
        """Write many cells (row, column, text or value) as ONE undo step: a block paste, a
        fill-down, a replace. Every cell is parsed and every row checked first; when any is
        refused nothing is written, the refused cells are marked and every problem is
        returned (and shown). The rows of the new-row line and read-only columns are skipped."""
        self.marked = set()
        problems: list[str] = []
        bad: set[tuple[int, int]] = set()
        after: dict[int, Any] = {}
        applied: list[tuple[int, Column, Any]] = []
        for r, c, raw in cells:
            if not (0 <= r < len(self.rows)) or not (0 <= c < len(self.columns)):
                continue
            col = self.columns[c]
            if not col.editable:
                continue
            try:
                value = col.parse(raw)
                if col.apply is not None:
                    if col.read(self.rows[r]) != value:
                        applied.append((r, col, value))
                    continue
                after[r] = col.write(after.get(r, self.rows[r]), value)
            except ItadeskError as exc:
                problems.append(self._cell_message(r, col, exc))
                bad.add((r, c))
        if problems:
            self.marked = bad
            emit(self.dataChanged, self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))
            emit(self.error, "\n".join(problems[:12] + ([tr("… และอีก {0} ข้อ").format(len(problems) - 12)]
                                                      if len(problems) > 12 else [])))
            return problems
        changed = [(r, row) for r, row in sorted(after.items()) if row != self.rows[r]]
        if not changed and not applied:
            emit(self.error, "")
            return []
        stack = self.session.undo_stack
        stack.beginMacro(label)
        done = 0
        try:
            for r, row in changed:
                self._own(lambda r=r, row=row: self._update(self.rows[r], row, label))
                done += 1
            for r, col, value in applied:
                self._own(lambda r=r, col=col, value=value: col.apply(self.rows[r], value))
                done += 1
        except ItadeskError as exc:
            stack.endMacro()
            if done:
                self._own(stack.undo)  # put back what was written: all or nothing
            self.sync()
            emit(self.error, error_text(exc))
            return [error_text(exc)]
        stack.endMacro()
        self.sync()
        emit(self.error, "")
        return []

    # ------------------------------------------------------------------ paste and copy

    def paste_spec(self, exclude: set[str] = frozenset(), optional: bool = False) -> PasteSpec:
        """The editable columns as a paste destination, each parsed by its own `Column.parse`
        (`optional`: writing into existing rows, where a column not pasted stays as it is)."""
        kinds = {"money": "money", "int": "number", "score": "score", "choice": "choice"}
        cols = tuple(
            PasteColumn(c.key, c.source, tr(c.source), kinds.get(c.kind, "text"),
                        required=c.required and not optional,
                        aliases=c.aliases + ((c.key,) if lang() == "en" else ()), integer=c.kind == "int",
                        parse=c.parse, choices=tuple((c.choices or {}).items()))
            for c in self.columns if c.editable and c.key not in exclude
        )
        return PasteSpec("table", tr("ตาราง{0}").format(self.noun), self.noun, cols)

    def cell_text(self, r: int, c: int) -> str:
        if self.is_new_row(r):
            return ""
        return self.columns[c].display(self.columns[c].read(self.rows[r]))
