"""Paste rows copied from Word or Excel: preview how the pasted columns map onto the table.

The clipboard is read by domain/paste.py (HTML tables, tab-separated text, markdown rows;
Thai digits, ✓ marks and <p> fragments cleaned). The dialog shows every destination column
with the pasted column that feeds it (changeable), the rows as they will be added, and every
problem in the user's language, each on its cell (red: refused, yellow: read loosely, e.g.
"ต้องพัฒนา" read as "ประเด็นที่ต้องพัฒนา"). Header texts of real tables are matched loosely and
columns without a header stay empty when optional. A cell of the preview can be corrected in
place (double-click or type); the paste is read again at once. The dialog names where the rows
go (the table, and the round when the table has rounds). The rows are added all together, or
not at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..domain.errors import ItadeskError
from ..domain.paste import MappedPaste, PasteSpec, map_paste, parse_paste
from ..domain.thaitext import money
from .i18n import lang, tr


@dataclass
class PasteTarget:
    """One way to read the paste: a column layout and how mapped rows become domain rows."""

    spec: PasteSpec
    build: Callable[[MappedPaste], list]  # raises ItadeskError naming the row
    title: str
    # rows -> what each row carries into the same transaction as the row (round results)
    extras: Callable[[list], list] | None = None
    # instead of adding the built rows: write them into existing rows (one undo step)
    apply: Callable[[list], object] | None = None


class PasteDialog(QDialog):
    def __init__(self, targets: list[PasteTarget], text: str | None, html: str | None, parent=None,
                 writes_into: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("วางข้อมูลจาก Word/Excel"))
        self.targets = targets
        self.text, self.html = text, html
        self.built: list = []
        self.mapped: MappedPaste | None = None
        self.base = parse_paste(text=text, html=html,
                                header_words=set().union(*(t.spec.header_words() for t in targets)))
        self.edits: dict[tuple[int, int], str] = {}  # (data row, pasted column) -> corrected text
        self._combos: dict[str, QComboBox] = {}
        self._updating = False

        lay = QVBoxLayout(self)
        self.destination_label = QLabel()
        self.destination_label.setObjectName("paste_destination")
        self.destination_label.setWordWrap(True)
        self.destination_label.setStyleSheet("font-weight: bold;")
        self.writes_into = writes_into
        lay.addWidget(self.destination_label)
        self.source_label = QLabel()
        lay.addWidget(self.source_label)
        top = QHBoxLayout()
        self.target_combo = QComboBox()
        self.target_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.target_combo.setMinimumContentsLength(30)
        for t in targets:
            self.target_combo.addItem(t.title)
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        if len(targets) > 1:
            top.addWidget(QLabel(tr("รูปแบบตาราง")))
            top.addWidget(self.target_combo, 1)
        top.addWidget(QLabel(tr("จำนวนแถวหัวตาราง")))
        self.header_spin = QSpinBox()
        self.header_spin.setRange(0, 3)
        self.header_spin.setValue(self.base.header_count)
        self.header_spin.valueChanged.connect(lambda _v: self._remap(guess=True))
        top.addWidget(self.header_spin)
        top.addStretch(1)
        lay.addLayout(top)

        self.map_box = QGroupBox(tr("คอลัมน์ที่วาง → คอลัมน์ของตาราง"))
        self.map_grid = QGridLayout(self.map_box)
        lay.addWidget(self.map_box)

        self.preview = QTableWidget()
        self.preview.setObjectName("paste_preview")
        self.preview.setEditTriggers(QTableWidget.DoubleClicked | QTableWidget.EditKeyPressed
                                     | QTableWidget.AnyKeyPressed)
        self.preview.setWordWrap(True)
        self.preview.itemChanged.connect(self._cell_edited)
        lay.addWidget(self.preview, 1)

        self.problems = QListWidget()
        self.problems.setObjectName("paste_problems")
        self.problems.setMaximumHeight(120)
        # a click on a problem selects its cell in the preview (to correct it there)
        self.problems.itemClicked.connect(self._go_to_problem)
        lay.addWidget(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("ยกเลิก"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(min(1000, room.width() - 40) if room else 1000, min(640, room.height() - 60) if room else 640)
        self._build_map()
        self._remap(guess=True)

    # ------------------------------------------------------------------

    @property
    def target(self) -> PasteTarget:
        return self.targets[max(0, self.target_combo.currentIndex())]

    def _result(self):
        result = self.base.with_header_rows(self.header_spin.value())
        if not self.edits:
            return result
        rows = [list(r) for r in result.all_rows]
        for (r, j), text in self.edits.items():
            k = result.header_count + r
            if k < len(rows):
                rows[k] += [""] * (j + 1 - len(rows[k]))
                rows[k][j] = text
        return dataclasses.replace(result, all_rows=tuple(tuple(r) for r in rows))

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        """A corrected cell of the preview: written into the pasted data, read again."""
        if self._updating or self.mapped is None:
            return
        name = self.mapped.spec.columns[item.column()].name
        j = self.mapped.column_map.get(name)
        if j is None:
            return
        self.edits[(item.row(), j)] = item.text()
        QTimer.singleShot(0, self, lambda: self._remap(guess=False))

    def set_cell(self, row: int, column: str, text: str) -> None:
        """Correct one preview cell (0-based data row, destination column name) as typing would."""
        c = self.mapped.spec.names.index(column)
        self.preview.item(row, c).setText(text)

    def _target_changed(self, _i):
        self.edits.clear()
        self._build_map()
        self._remap(guess=True)

    def _build_map(self):
        while self.map_grid.count():
            item = self.map_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._combos.clear()
        for i, col in enumerate(self.target.spec.columns):
            label = col.label_en if lang() == "en" else col.label_th
            text = label + (' <span style="color:#b00020">*</span>' if col.required else "")
            lab = QLabel(text)
            lab.setTextFormat(Qt.RichText)
            combo = QComboBox()
            combo.setObjectName(f"map_{col.name}")
            # long pasted headers ("สรุปผลการดำเนินการตามมาตรการ…") must not widen the dialog
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(lambda _i: self._remap(guess=False))
            self._combos[col.name] = combo
            r, c = divmod(i, 3)
            self.map_grid.addWidget(lab, r, 2 * c)
            self.map_grid.addWidget(combo, r, 2 * c + 1)

    def _fill_combos(self, cmap):
        titles = self._result().column_titles(lang())
        self._updating = True
        try:
            for name, combo in self._combos.items():
                combo.clear()
                # writing into existing rows, a column not chosen keeps what the rows hold
                combo.addItem(tr("(ไม่เปลี่ยน)") if self.target.apply is not None else tr("(เว้นว่าง)"), None)
                for j, title in enumerate(titles):
                    combo.addItem(title, j)
                j = cmap.get(name)
                combo.setCurrentIndex(0 if j is None or j >= len(titles) else j + 1)
        finally:
            self._updating = False

    def _remap(self, guess: bool):
        if self._updating:
            return
        result = self._result()
        spec = self.target.spec
        if guess:
            mapped = map_paste(result, spec)
            self._fill_combos(mapped.column_map)
        else:
            cmap = {name: combo.currentData() for name, combo in self._combos.items()}
            mapped = map_paste(result, spec, cmap)
        self.mapped = mapped
        self.built = []
        problems = [p.message(lang()) for p in mapped.errors]
        if mapped.valid:
            try:
                self.built = self.target.build(mapped)
            except ItadeskError as exc:
                problems.append(exc.message(lang()))
                self.built = []
        self._show(mapped, problems)

    def _show(self, mapped: MappedPaste, problems: list[str]):
        source = {"html": tr("ตารางจาก Word/Excel (HTML)"), "tsv": tr("ข้อความคั่นด้วยแท็บ (Excel)"),
                  "markdown": tr("แถวแบบ markdown"), "empty": tr("ไม่มีข้อมูล")}[self._result().source]
        self.source_label.setText(tr("ข้อมูลที่วาง: {0} — {1} แถว").format(source, len(mapped.rows)))
        where = tr("วางลงใน: {0}").format(mapped.spec.label_en if lang() == "en" else mapped.spec.label_th)
        if self.writes_into:
            where += " — " + self.writes_into
        self.destination_label.setText(where)
        spec = mapped.spec
        self._updating = True
        self.preview.clear()
        self.preview.setColumnCount(len(spec.columns))
        self.preview.setRowCount(len(mapped.rows))
        self.preview.setHorizontalHeaderLabels(
            [c.label_en if lang() == "en" else c.label_th for c in spec.columns])
        for r, row in enumerate(mapped.rows):
            for c, col in enumerate(spec.columns):
                value = row.get(col.name)
                if value is None:
                    text = ""
                elif isinstance(value, bool):
                    text = "✓" if value else ""
                elif col.kind == "money":
                    text = money(value)
                elif col.kind == "choice":
                    text = str(dict(col.choices).get(value, value))
                else:
                    text = str(value)
                item = QTableWidgetItem(text)
                here = mapped.problems_at(r + 1, col.name)
                if mapped.column_map.get(col.name) is None:
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                if any(p.is_error for p in here):
                    item.setBackground(QColor("#ffb3b3"))
                    # a refused cell shows what was pasted, so it can be corrected in place
                    j = mapped.column_map.get(col.name)
                    raw = mapped.raw_rows[r][j] if j is not None and j < len(mapped.raw_rows[r]) else ""
                    item.setText(raw)
                elif here:
                    item.setBackground(QColor("#fff3b0"))
                if here:
                    item.setToolTip("\n".join(p.message(lang()) for p in here))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 320))
        self._updating = False
        self.problems.clear()
        names = [c.name for c in spec.columns]
        listed = [(p.message(lang()), p) for p in mapped.errors]
        listed += [(text, None) for text in problems[len(mapped.errors):]]  # the rows refused when built
        listed += [(p.message(lang()), p) for p in mapped.warnings]
        for text, p in listed:
            item = QListWidgetItem(text)
            item.setForeground(QColor("#b00020") if p is None or p.is_error else QColor("#6b5200"))
            if p is not None and p.row is not None and p.column in names:
                item.setData(Qt.UserRole, (p.row - 1, names.index(p.column)))
            self.problems.addItem(item)
        self.problems.setVisible(bool(listed))
        ok = self.buttons.button(QDialogButtonBox.Ok)
        ok.setEnabled(bool(self.built) and not problems)
        ok.setText(tr("วาง {0} แถว").format(len(self.built)) if self.built else tr("วาง"))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.UserRole)
        if where:
            self.preview.setCurrentCell(*where)
            self.preview.setFocus()

    @property
    def error_messages(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]
