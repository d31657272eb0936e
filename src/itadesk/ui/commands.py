"""Undoable edits. Each command calls named storage operations and carries a Thai
(translated) label shown in the Edit menu ("เลิกทำ แก้ไขชื่อหน่วยงาน").

Every step of a command — the edit, its undo, its redo — is ONE storage operation, hence one
transaction: all of it is saved or none of it. `do()` applies the edit and may raise
ItadeskError (then nothing was changed and the command is never put on the undo stack, see
`Session.apply`); `undo_()` puts the previous state back. A deletion keeps the snapshot that
`operations.delete_rows` returns, and its undo (`restore_rows`) brings the rows back with the
same ids in the same places (plan items with their round results). When an undo or redo
fails, nothing was changed, but the undo stack would now be out of step with the file: the
command tells the session (`Session.command_failed`), which shows why and clears the history.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..storage import operations as ops
from .i18n import tr


class Command(QUndoCommand):
    def __init__(self, session, label: str):
        super().__init__(label)
        self.session = session
        self.skip_first_redo = False
        self.failed: Exception | None = None  # why the last undo/redo could not run

    # subclasses implement these
    def do(self) -> None:
        raise NotImplementedError

    def undo_(self) -> None:
        raise NotImplementedError

    def redo(self):
        if self.skip_first_redo:
            self.skip_first_redo = False
            return
        self._run(self.do)

    def undo(self):
        self._run(self.undo_)

    def _run(self, step) -> None:
        # QUndoStack moves its index whatever happens here, so a failure is reported to the
        # session, which clears the history (it no longer matches the file)
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - an undo stack must not crash the program
            self.failed = exc
            self.session.command_failed(self, exc)


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
    """How one kind of table row is stored: the storage operations behind a table view.
    Deleting and restoring go through `operations.delete_rows` / `restore_rows` (`table`)."""

    table: str  # storage table, also the `changed` topic
    # (office, rows, year, extras) -> ids; `extras[i]` is saved with rows[i] in the same
    # transaction (the round results of pasted plan items); None when there is nothing more
    add: Callable
    update: Callable  # (office, row)


def _no_extras(add_many):
    def add(office, rows, year, extras=None):
        if extras:
            raise ValueError("this kind of row carries nothing more")
        return add_many(office, rows)
    return add


FINDINGS = RowKind("findings", add=_no_extras(ops.add_findings), update=ops.update_finding)
MEASURES = RowKind("measures", add=_no_extras(ops.add_measures), update=ops.update_measure)
PLAN_ITEMS = RowKind(
    "plan_items",
    add=lambda office, rows, year, extras=None: ops.add_plan_items(office, rows, year, results=extras),
    update=ops.update_plan_item,
)


def _fresh(row):
    """A copy of a domain row without its id (to be inserted again)."""
    return dataclasses.replace(row, id=None)


class AddRowsCommand(Command):
    """Add rows (one typed row or a whole paste) in one transaction; undo removes them all
    in one transaction and redo puts them back (same ids, same places) in one transaction.

    `extras[i]` is what row i carries into the same transaction (the round results of a
    pasted plan item), so a paste is all or nothing."""

    def __init__(self, session, label: str, kind: RowKind, rows: list, year: int,
                 extras: list | None = None):
        super().__init__(session, label)
        self.kind, self.rows, self.year, self.extras = kind, rows, year, extras
        self.ids: list[int] | None = None
        self.snapshot: dict | None = None  # what undo deleted, for redo

    def do(self):
        office = self.session.office
        if self.ids is None:
            self.ids = list(self.kind.add(office, [_fresh(r) for r in self.rows], self.year, self.extras))
            return
        mapping = ops.restore_rows(office, self.snapshot)
        for old, new in mapping.items():
            self.session.remap(self.kind.table, old, new)

    def undo_(self):
        ids = [self.session.resolve(self.kind.table, rid) for rid in self.ids or []]
        self.snapshot = ops.delete_rows(self.session.office, self.kind.table, ids)


class DeleteRowsCommand(Command):
    """Delete rows in one transaction; undo puts them back (same ids, same places, plan items
    with their round results) in one transaction."""

    def __init__(self, session, label: str, kind: RowKind, ids: list[int]):
        super().__init__(session, label)
        self.kind, self.ids = kind, list(ids)
        self.snapshot: dict | None = None

    def do(self):
        ids = [self.session.resolve(self.kind.table, rid) for rid in self.ids]
        self.snapshot = ops.delete_rows(self.session.office, self.kind.table, ids)

    def undo_(self):
        mapping = ops.restore_rows(self.session.office, self.snapshot)
        for old, new in mapping.items():
            self.session.remap(self.kind.table, old, new)


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
