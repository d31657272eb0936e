"""Undoable edits. Each command calls named storage operations (one transaction each) and
carries a Thai (translated) label shown in the Edit menu ("เลิกทำ แก้ไขชื่อหน่วยงาน").

`do()` applies the edit and may raise ItadeskError (then nothing was changed); `undo_()`
puts the previous state back. Rows that undo re-creates get new ids; the session keeps an
alias table so older commands still find them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..storage import operations as ops
from ..storage import queries
from .i18n import tr


class Command(QUndoCommand):
    def __init__(self, session, label: str):
        super().__init__(label)
        self.session = session
        self.skip_first_redo = False

    # subclasses implement these
    def do(self) -> None:
        raise NotImplementedError

    def undo_(self) -> None:
        raise NotImplementedError

    def redo(self):
        if self.skip_first_redo:
            self.skip_first_redo = False
            return
        try:
            self.do()
        except Exception as exc:  # noqa: BLE001 - an undo stack must not crash the program
            self.session.report(exc)

    def undo(self):
        try:
            self.undo_()
        except Exception as exc:  # noqa: BLE001
            self.session.report(exc)


class ValueCommand(Command):
    """Replace one saved value (a record, a score, a title) by another: `save(value)`."""

    def __init__(self, session, label: str, save: Callable[[object], None], before, after):
        super().__init__(session, label)
        self.save, self.before, self.after = save, before, after

    def do(self):
        self.save(self.after)

    def undo_(self):
        self.save(self.before)


class FunctionCommand(Command):
    """An edit with explicit forward and backward functions."""

    def __init__(self, session, label: str, forward: Callable[[], None], backward: Callable[[], None]):
        super().__init__(session, label)
        self.forward, self.backward = forward, backward

    def do(self):
        self.forward()

    def undo_(self):
        self.backward()


# ---------------------------------------------------------------------------- row tables


@dataclasses.dataclass
class RowKind:
    """How one kind of table row is stored: the storage operations behind a table view."""

    table: str  # storage table, also the `changed` topic
    add: Callable  # (office, rows, year) -> ids
    update: Callable  # (office, row)
    delete: Callable  # (office, id)
    capture: Callable | None = None  # (office, row, year) -> extra state deleted with the row
    restore: Callable | None = None  # (office, new_id, extra)


def _capture_results(office, item, year):
    results = queries.load_round_results(office, year)
    return [results[rnd][item.id] for rnd in (6, 12) if item.id in results.get(rnd, {})]


def _restore_results(office, new_id, results):
    if results:
        ops.save_round_results(office, [dataclasses.replace(r, item_id=new_id) for r in results])


FINDINGS = RowKind(
    "findings",
    add=lambda office, rows, year: [ops.add_finding(office, r) for r in rows],
    update=ops.update_finding,
    delete=ops.delete_finding,
)
MEASURES = RowKind(
    "measures",
    add=lambda office, rows, year: ops.add_measures(office, rows),
    update=ops.update_measure,
    delete=ops.delete_measure,
)
PLAN_ITEMS = RowKind(
    "plan_items",
    add=lambda office, rows, year: ops.add_plan_items(office, rows, year),
    update=ops.update_plan_item,
    delete=ops.delete_plan_item,
    capture=_capture_results,
    restore=_restore_results,
)


def _fresh(row):
    """A copy of a domain row without its id (to be inserted again)."""
    return dataclasses.replace(row, id=None)


class AddRowsCommand(Command):
    """Add rows (one typed row or a whole paste); undo removes them all.

    `after_add(ids)` may save more for the new rows (e.g. round results of pasted plan items);
    when it fails the new rows are removed again, so a paste is all or nothing."""

    def __init__(self, session, label: str, kind: RowKind, rows: list, year: int,
                 after_add: Callable[[list[int]], None] | None = None):
        super().__init__(session, label)
        self.kind, self.rows, self.year, self.after_add = kind, rows, year, after_add
        self.ids: list[int] | None = None

    def do(self):
        office = self.session.office
        new_ids = self.kind.add(office, [_fresh(r) for r in self.rows], self.year)
        try:
            if self.after_add is not None:
                self.after_add(new_ids)
        except Exception:
            for rid in new_ids:
                self.kind.delete(office, rid)
            raise
        if self.ids is None:
            self.ids = list(new_ids)
        else:
            for old, new in zip(self.ids, new_ids, strict=True):
                self.session.remap(self.kind.table, old, new)

    def undo_(self):
        for rid in self.ids or []:
            self.kind.delete(self.session.office, self.session.resolve(self.kind.table, rid))


class DeleteRowsCommand(Command):
    """Delete rows; undo puts them back in their places (with their round results)."""

    def __init__(self, session, label: str, kind: RowKind, rows: list, year: int,
                 positions: list[int]):
        super().__init__(session, label)
        self.kind, self.rows, self.year, self.positions = kind, rows, year, positions
        self.extra: list = []

    def do(self):
        office = self.session.office
        self.extra = []
        for row in self.rows:
            current = dataclasses.replace(row, id=self.session.resolve(self.kind.table, row.id))
            self.extra.append(self.kind.capture(office, current, self.year) if self.kind.capture else None)
        for row in self.rows:
            self.kind.delete(office, self.session.resolve(self.kind.table, row.id))

    def undo_(self):
        office = self.session.office
        order = sorted(zip(self.positions, self.rows, self.extra, strict=True), key=lambda t: t[0])
        for pos, row, extra in order:
            new_id = self.kind.add(office, [_fresh(row)], self.year)[0]
            ops.move_row(office, self.kind.table, new_id, pos)
            if self.kind.restore is not None:
                self.kind.restore(office, new_id, extra)
            self.session.remap(self.kind.table, self.session.resolve(self.kind.table, row.id), new_id)


class UpdateRowCommand(Command):
    def __init__(self, session, label: str, kind: RowKind, before, after):
        super().__init__(session, label)
        self.kind, self.before, self.after = kind, before, after

    def _save(self, row):
        rid = self.session.resolve(self.kind.table, row.id)
        self.kind.update(self.session.office, dataclasses.replace(row, id=rid))

    def do(self):
        self._save(self.after)

    def undo_(self):
        self._save(self.before)


class MoveRowCommand(Command):
    def __init__(self, session, label: str, table: str, row_id: int, old: int, new: int):
        super().__init__(session, label)
        self.table, self.row_id, self.old, self.new = table, row_id, old, new

    def do(self):
        ops.move_row(self.session.office, self.table, self.session.resolve(self.table, self.row_id), self.new)

    def undo_(self):
        ops.move_row(self.session.office, self.table, self.session.resolve(self.table, self.row_id), self.old)


# ---------------------------------------------------------------------------- helpers


def edit_label(field_label: str) -> str:
    return tr("แก้ไข{0}").format(field_label)
