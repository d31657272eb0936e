"""Forms bound to a saved record: each field saves itself when the clerk leaves it.

A field's text is converted and validated by the domain (dataclasses re-run their checks in
`dataclasses.replace`); a refused value is shown in red next to the field and nothing is
written. An accepted value is saved at once as an undoable command.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import validate
from ..domain.errors import ItadeskError, ValidationError
from ..domain.thaitext import date_full, parse_date, parse_number
from .commands import ValueCommand
from .i18n import lang, shown_date, tr
from .signals import emit

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555555;"


@dataclass
class FieldSpec:
    key: str
    label: str
    kind: str = "line"  # line | text | score | money | int | date | choice | check | lines | paragraphs
    required: bool = False
    choices: dict | None = None  # value -> label, for "choice"
    get: Callable[[Any], Any] | None = None
    set: Callable[[Any, Any], Any] | None = None
    hint: str = ""
    domain_field: str = ""  # the field name the domain uses in its messages

    def read(self, record) -> Any:
        if record is None:
            return None
        if self.get is not None:
            return self.get(record)
        return getattr(record, self.key)

    def write(self, record, value):
        if self.set is not None:
            return self.set(record, value)
        return dataclasses.replace(record, **{self.key: value})


def error_text(exc: ItadeskError) -> str:
    """The reason alone (the field is already named beside it)."""
    if isinstance(exc, ValidationError):
        return exc.reason_en if lang() == "en" else exc.reason_th
    return exc.message(lang())


def convert(spec: FieldSpec, raw):
    """Widget value -> domain value; raises ValidationError in the domain's words."""
    kind = spec.kind
    if kind in ("line", "text"):
        return raw
    if kind == "score":
        return validate.score(spec.domain_field or spec.label, raw, optional=not spec.required)
    if kind == "money":
        return validate.money(spec.domain_field or spec.label, raw, optional=not spec.required)
    if kind == "int":
        if not str(raw).strip():
            if spec.required:
                raise ValidationError(spec.label, "ต้องกรอกข้อมูล", "this field is required")
            return None
        number = parse_number(raw)
        if number is None or number != int(number):
            raise ValidationError(spec.label, f"“{raw}” ไม่ใช่จำนวนเต็ม", f"“{raw}” is not a whole number")
        return int(number)
    if kind == "date":
        if not str(raw).strip():
            return None
        value = parse_date(raw)
        if value is None:
            raise ValidationError(
                spec.label,
                f"อ่านวันที่ “{raw}” ไม่ได้ (เช่น ๑๕ ม.ค. ๒๕๖๗ หรือ 15/1/2567)",
                f"cannot read the date “{raw}” (e.g. 15/1/2567)",
            )
        return value
    if kind == "lines":
        return [line.strip() for line in str(raw).splitlines() if line.strip()]
    if kind == "paragraphs":
        paras = [p.strip() for p in str(raw).replace("\r\n", "\n").split("\n\n")]
        return [p for p in paras if p]
    return raw  # choice, check


def shown(spec: FieldSpec, value) -> str:
    """Domain value -> widget text."""
    if value is None:
        return ""
    if spec.kind == "score":
        return f"{float(value):.2f}"
    if spec.kind == "money":
        return f"{value:,.2f}"
    if spec.kind == "date":
        return date_full(value, thai_digits=False)
    if spec.kind == "lines":
        return "\n".join(value)
    if spec.kind == "paragraphs":
        return "\n\n".join(value)
    return str(value)


class _FocusOut(QObject):
    def __init__(self, callback, parent):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, obj, event):
        if event.type() == QEvent.FocusOut:
            self.callback()
        return False


class FieldRow:
    """One field: editor, the message under it, and how to read/write it."""

    def __init__(self, spec: FieldSpec, on_commit):
        self.spec = spec
        self.on_commit = on_commit
        kind = spec.kind
        if kind in ("text", "lines", "paragraphs"):
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setMinimumHeight(70 if kind == "lines" else 90)
            self._timer = QTimer(w)
            self._timer.setSingleShot(True)
            self._timer.setInterval(800)
            self._timer.timeout.connect(self.commit)
            w.textChanged.connect(self._typed)
            self._filter = _FocusOut(self.commit, w)
            w.installEventFilter(self._filter)
        elif kind == "choice":
            w = QComboBox()
            for value, label in (spec.choices or {}).items():
                w.addItem(label, value)
            w.activated.connect(lambda _i: self.commit())
        elif kind == "check":
            w = QCheckBox()
            w.toggled.connect(lambda _b: self.commit())
        else:
            w = QLineEdit()
            w.editingFinished.connect(self.commit)
            if kind in ("score", "money", "int"):
                w.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
                w.setMaximumWidth(180)
        w.setObjectName(f"field_{spec.key}")
        w.setAccessibleName(spec.label)
        if spec.hint:
            w.setToolTip(spec.hint)
        self.widget = w
        self.message = QLabel()
        self.message.setObjectName(f"message_{spec.key}")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.note = QLabel()  # e.g. how a typed date was read
        self.note.setStyleSheet(HINT_STYLE)
        self.note.hide()
        self._loading = False

    def _typed(self):
        if not self._loading:
            self._timer.start()

    def raw(self):
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        return w.text()

    def set_value(self, value) -> None:
        self._loading = True
        try:
            w = self.widget
            if isinstance(w, QPlainTextEdit):
                text = shown(self.spec, value)
                if w.toPlainText() != text:
                    w.setPlainText(text)
                self._timer.stop()
            elif isinstance(w, QComboBox):
                i = w.findData(value)
                w.setCurrentIndex(max(i, 0))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            else:
                text = shown(self.spec, value)
                if w.text() != text:
                    w.setText(text)
            if self.spec.kind == "date" and value is not None:
                # Thai: as the documents print it (Thai digits throughout the note)
                self.note.setText(tr("วันที่ {0}").format(date_full(value) if lang() != "en" else shown_date(value)))
                self.note.show()
            elif self.spec.kind == "date":
                self.note.hide()
        finally:
            self._loading = False

    def show_error(self, text: str | None) -> None:
        if text:
            self.message.setText(text)
            self.message.show()
        else:
            self.message.clear()
            self.message.hide()

    def commit(self):
        if not self._loading:
            if hasattr(self, "_timer"):
                self._timer.stop()
            self.on_commit(self)


class RecordForm(QWidget):
    """Fields of one saved record (the office, a memo, a round report, …).

    load() -> the record as saved, or None when there is none yet;
    create(values) -> a new record from the fields' values (for the first save);
    save(record) stores a record (a named storage operation);
    topics: the `changed` topics after which the form re-reads the record.
    """

    saved = Signal()

    def __init__(self, session, fields: list[FieldSpec], load, save, topics: tuple[str, ...],
                 create=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.fields = fields
        self.load, self.save, self.create = load, save, create
        self.topics = topics
        self.rows: dict[str, FieldRow] = {}
        self.draft: dict[str, Any] = {}
        self.typed: set[str] = set()  # draft keys the clerk typed (not a choice's default)
        outer = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for spec in fields:
            row = FieldRow(spec, self._commit)
            self.rows[spec.key] = row
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(1)
            lay.addWidget(row.widget)
            lay.addWidget(row.note)
            lay.addWidget(row.message)
            label = QLabel(spec.label + (' <span style="color:#b00020">*</span>' if spec.required else ""))
            label.setTextFormat(Qt.RichText)
            label.setBuddy(row.widget)
            form.addRow(label, box)
        outer.addLayout(form)
        outer.addWidget(self.note)
        outer.addStretch(1)
        session.changed.connect(self._on_changed)
        self.refresh()

    def field(self, key: str) -> FieldRow:
        return self.rows[key]

    def _on_changed(self, topic: str):
        if topic in self.topics:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event):
        if getattr(self, "_stale", False):
            self.refresh()
        super().showEvent(event)

    def refresh(self):
        self._stale = False
        try:
            record = self.load()
        except ItadeskError:
            record = None
        if record is None:
            for key, row in self.rows.items():
                if row.spec.kind == "choice" and row.spec.choices and key not in self.draft:
                    self.draft[key] = next(iter(row.spec.choices))
                row.set_value(self.draft.get(key))
            return
        self.draft.clear()
        self.note.hide()
        for row in self.rows.values():
            row.set_value(row.spec.read(record))

    def _commit(self, row: FieldRow):
        spec = row.spec
        try:
            value = convert(spec, row.raw())
        except ValidationError as exc:
            row.show_error(error_text(exc))
            return
        record = self.load()
        if record is None:
            self._commit_draft(row, value)
            return
        if spec.read(record) == value:
            row.show_error(None)
            row.set_value(value)
            return
        try:
            new = spec.write(record, value)
        except ItadeskError as exc:
            row.show_error(error_text(exc))
            return
        except (TypeError, ValueError):  # a value the record cannot take: a note, not a crash box
            row.show_error(tr("ค่านี้ใช้ไม่ได้ กรุณาตรวจสอบอีกครั้ง"))
            return
        try:
            self.session.apply(ValueCommand(self.session, tr("แก้ไข “{0}”").format(spec.label),
                                            self.save, record, new))
        except ItadeskError as exc:
            row.show_error(error_text(exc))
            return
        row.show_error(None)
        emit(self.saved)

    def unsaved(self) -> list[str]:
        """Labels of the fields typed into a record that does not exist yet (the required
        ones are still missing): what closing the form would lose."""
        return [self.rows[k].spec.label for k, v in self.draft.items()
                if k in self.typed and v not in (None, "", [])]

    def missing(self) -> list[str]:
        return [r.spec.label for r in self.rows.values()
                if r.spec.required and self.draft.get(r.spec.key) in (None, "")]

    def _commit_draft(self, row: FieldRow, value):
        """No record yet: keep values until the required ones make a valid record."""
        self.draft[row.spec.key] = value
        self.typed.add(row.spec.key)
        row.show_error(None)
        if self.create is None:
            return
        missing = [r.spec.label for r in self.rows.values()
                   if r.spec.required and self.draft.get(r.spec.key) in (None, "")]
        if missing:
            # the record cannot be made yet (a domain record built without a required value
            # is a TypeError, not a refusal): keep what was typed and say what is still needed
            self.note.setText(tr("ยังไม่ได้บันทึก: กรุณากรอก {0}").format(", ".join(missing)))
            self.note.show()
            return
        try:
            record = self.create(dict(self.draft))
        except ItadeskError as exc:
            culprit = self._row_for(exc)
            if culprit is not None and (culprit is row or self.draft.get(culprit.spec.key)):
                culprit.show_error(error_text(exc))
                self.note.hide()
            else:
                missing = [r.spec.label for r in self.rows.values()
                           if r.spec.required and not self.draft.get(r.spec.key)]
                self.note.setText(tr("ยังไม่ได้บันทึก: กรุณากรอก {0}").format(", ".join(missing))
                                  if missing else error_text(exc))
                self.note.show()
            return
        except (TypeError, ValueError):
            self.note.setText(tr("ยังไม่ได้บันทึก: ข้อมูลยังไม่ครบ"))
            self.note.show()
            return
        self.note.hide()
        self.save(record)  # the first save creates the record; later edits are undoable
        self.draft.clear()
        self.typed.clear()
        emit(self.saved)

    def _row_for(self, exc: ItadeskError):
        name = exc.field or ""
        for r in self.rows.values():
            if name and name in (r.spec.domain_field, r.spec.label, r.spec.key):
                return r
        return None
