"""The open office file: its data, the undo stack, and change notifications for views.

Every edit is a command (ui/commands.py) applied through `Session.apply`: the command runs its
storage operation at once (one transaction, saved on disk when it returns), then goes on the
QUndoStack so it can be undone and redone for the rest of the session. Views listen to
`changed(table)` and reload from the file, so what the screen shows is what is saved.

An edit refused in `apply` never reaches the undo stack. An undo or redo that fails changed
nothing in the file, but QUndoStack has already moved its index, so the stack no longer
matches the file: the history is cleared and `history_dropped(message)` says why.
When another computer has taken the file over (storage raises LockLostError), `lock_lost`
is emitted once; the main window switches to read-only mode.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..domain.errors import ItadeskError
from ..storage import queries
from ..storage.database import OfficeDB, open_db
from ..storage.errors import LockLostError
from .i18n import lang, tr
from .signals import emit


class Session(QObject):
    changed = Signal(str)  # a storage table/topic after its transaction committed
    year_changed = Signal(int)
    error = Signal(str)  # a message for the status bar (e.g. an undo that could not run)
    titles_changed = Signal()
    history_dropped = Signal(str)  # an undo/redo failed (why): the undo history was cleared
    lock_lost = Signal(object)  # LockLostError: another computer took the file over

    def __init__(self, office: OfficeDB, registry=None, parent=None):
        super().__init__(parent)
        self.office = office
        self.undo_stack = QUndoStack(self)
        self._registry = registry
        self._aliases: dict[tuple[str, int], int] = {}
        self._commands: list = []  # keep Python wrappers of pushed commands alive
        self._year: int | None = None
        self._failure: Exception | None = None  # an undo/redo that failed, history not yet cleared
        self.lost: Exception | None = None  # the LockLostError, once another computer took the file
        self.lost_during_edit = False  # noticed when an edit was refused (not by the periodic look)
        office.on_change.append(self._on_change)
        years = queries.list_years(office)
        if years:
            self._year = years[-1]

    # ------------------------------------------------------------------ file

    @classmethod
    def open(cls, path: str | Path, registry=None, parent=None) -> Session:
        """Open a file through storage (StorageError explains a refusal)."""
        return cls(open_db(path), registry, parent)

    @property
    def path(self) -> Path | None:
        return self.office.path

    def close(self) -> None:
        try:
            self.office.on_change.remove(self._on_change)
        except ValueError:
            pass
        self.undo_stack.clear()
        self._commands.clear()
        self.office.close()

    def _on_change(self, what: str) -> None:
        emit(self.changed, what)

    # ------------------------------------------------------------------ year and frameworks

    @property
    def year(self) -> int | None:
        return self._year

    def set_year(self, year: int | None) -> None:
        if year != self._year:
            self._year = year
            emit(self.year_changed, year or 0)

    def years(self) -> list[int]:
        return queries.list_years(self.office)

    @property
    def registry(self):
        if self._registry is None:
            from ..domain.framework import FrameworkRegistry, set_default_registry
            from ..paths import user_frameworks_dir

            self._registry = FrameworkRegistry(user_directory=user_frameworks_dir())
            set_default_registry(self._registry)
        return self._registry

    def framework(self, year: int | None = None):
        """The year's framework, or None when there is none (the screen shows codes)."""
        year = self._year if year is None else year
        if year is None:
            return None
        return self.registry.frameworks.get(int(year))

    def item_title(self, year: int, code: str) -> str:
        """The clerk's title for an item, else the framework's, else the code itself."""
        overrides = queries.load_title_overrides(self.office, year)
        if overrides.get(code):
            return overrides[code]
        fw = self.framework(year)
        return fw.display_title(code) if fw is not None else code

    # ------------------------------------------------------------------ reading

    def office_profile(self):
        return queries.load_office(self.office)

    def year_data(self, year: int | None = None):
        return queries.load_year(self.office, self._year if year is None else year)

    def settings(self):
        return queries.load_settings(self.office)

    # ------------------------------------------------------------------ editing

    def apply(self, command) -> None:
        """Run `command` now (raises ItadeskError and changes nothing when refused: then it is
        not put on the undo stack), then put it on the undo stack."""
        try:
            command.do()
        except LockLostError as exc:
            self.notice_lock_lost(exc, during_edit=True)
            raise
        command.skip_first_redo = True
        self._commands.append(command)
        self.undo_stack.push(command)

    def clear_history(self) -> None:
        """Forget every undo/redo step (after a change the steps cannot follow, such as
        removing a fiscal year their rows belonged to)."""
        self.undo_stack.clear()
        self._commands.clear()

    def undo(self) -> None:
        self.undo_stack.undo()
        self._drop_history_after_failure()

    def redo(self) -> None:
        self.undo_stack.redo()
        self._drop_history_after_failure()

    def command_failed(self, command, exc: Exception) -> None:
        """An undo or redo could not run (called by the command; nothing was changed): say
        why, and clear the history as soon as the undo stack has finished its step."""
        if isinstance(exc, LockLostError):
            self.notice_lock_lost(exc, during_edit=True)
        self.report(exc)
        if self._failure is None:
            self._failure = exc
            QTimer.singleShot(0, self, self._drop_history_after_failure)  # undo_stack.undo() called directly

    def _drop_history_after_failure(self) -> None:
        exc, self._failure = self._failure, None
        if exc is None:
            return
        self.undo_stack.clear()
        self._commands.clear()
        text = exc.message(lang()) if isinstance(exc, ItadeskError) else str(exc)
        emit(self.history_dropped, text)

    def notice_lock_lost(self, exc: Exception, during_edit: bool = False) -> None:
        """Another computer took the file over: nothing more can be saved (said once)."""
        if self.lost is None:
            self.lost = exc
            self.lost_during_edit = during_edit
            emit(self.lock_lost, exc)

    def check_lock(self) -> None:
        """Look whether another computer has taken the file over (the main window asks every
        few seconds, so the clerk hears of it before typing more)."""
        lock = getattr(self.office, "lock", None)
        if lock is None or self.lost is not None or getattr(self.office, "read_only", False):
            return
        try:
            lock.verify()
        except LockLostError as exc:
            self.notice_lock_lost(exc)

    def resolve(self, table: str, row_id: int | None) -> int | None:
        """The current id of a row that undo may have re-created under a new id."""
        seen = 0
        while row_id is not None and (table, row_id) in self._aliases and seen < 10_000:
            row_id = self._aliases[(table, row_id)]
            seen += 1
        return row_id

    def remap(self, table: str, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._aliases[(table, old_id)] = new_id

    def report(self, exc: Exception) -> None:
        if isinstance(exc, ItadeskError):
            emit(self.error, exc.message(lang()))
        else:
            emit(self.error, tr("ทำรายการไม่สำเร็จ: {0}").format(exc))
