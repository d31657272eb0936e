"""Tools ▸ แก้ไขกรอบการประเมิน… — the clerk corrects and extends the current year's framework
without editing YAML: OIT items (add, edit, remove, move), the names of the indicators,
sub-indicators and issues, and the pass threshold.

Edits are made on a working copy (domain/framework_edit.py: every edit is validated at once
and its message shows next to the field). "บันทึก" installs the whole framework in the user's
frameworks folder as ONE undoable command (undo puts back the earlier user file of that year,
or none: then the bundled file is used again); the bundled files are never written.
"ยกเลิก" changes nothing. "บันทึกเป็นไฟล์…" writes the same text to a file to send to the
district and to other offices, who import it with Tools ▸ นำเข้ากรอบการประเมิน ITA (YAML)….

Removing an item the office file has data for (progress, a typed title) asks first: that data
is deleted with the item when the framework is saved, in the same undoable step (D4 stops on
rows whose code the framework lacks, and the district would refuse them). Rows the file already
holds for codes the framework lacks (a framework imported over another) are offered for the
same deletion. An item with a score in the year's ITA results cannot be removed.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import framework_edit as fe
from ..domain.errors import ItadeskError, ValidationError
from .files import start_folder
from .forms import ERROR_STYLE
from .i18n import lang, tr, void
from .screen import fit_to_screen

_CODE_RE = re.compile(r"^([A-Za-z]+)(\d+)$")


def next_free_code(fw) -> str:
    """A code for a new item: the OIT items' letter with the next number ("o36")."""
    best: tuple[str, int] | None = None
    for item in fw.oit_items:
        m = _CODE_RE.match(item.code)
        if m and (best is None or int(m.group(2)) > best[1]):
            best = (m.group(1), int(m.group(2)))
    letter, number = best or ("o", 0)
    number += 1
    while fw.has_code(f"{letter}{number}"):
        number += 1
    return f"{letter}{number}"


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FrameworkEditor(QDialog):
    COLUMNS = ("code", "indicator", "sub_indicator", "title", "components")

    def __init__(self, session, window=None, year: int | None = None):
        super().__init__(window)
        self.session, self.window_ = session, window
        self.year = int(year if year is not None else session.year)
        self.original = session.framework(self.year)
        if self.original is None:
            raise ItadeskError(f"ยังไม่มีกรอบการประเมินของปี {self.year}",
                               f"there is no framework for {self.year}")
        self.fw = self.original
        # titles the clerk typed in this file for items without one (shown as a hint)
        self.overrides = dict(session.year_data(self.year).title_overrides)
        self.new_mode = False
        self._filling = False
        # OIT codes whose rows (progress, typed titles) are deleted on save unless the
        # framework has the code again by then
        self.drop_codes: set[str] = set()
        self.setObjectName("framework_editor")
        self.setWindowTitle(tr("แก้ไขกรอบการประเมิน ITA ปี {0}").format(self.year))
        fit_to_screen(self, 1200, 760)
        self._build()
        self.fill()
        if self.items.rowCount():
            self.items.selectRow(0)

    # ------------------------------------------------------------------ layout

    def _build(self):
        lay = QVBoxLayout(self)
        source = Path(self.original.source).name if self.original.source else ""
        user_dir = self.session.registry.user_directory
        imported = bool(user_dir and self.original.source
                        and Path(self.original.source).parent == Path(user_dir))
        where = tr("แก้ไขหรือนำเข้าไว้ในเครื่องนี้") if imported else tr("มากับโปรแกรม")
        head = QLabel(tr("กรอบการประเมิน ITA ปีงบประมาณ {0} — ไฟล์ {1} ({2})").format(
            self.year, source, where)
            + ("\n" + tr("โครงสร้างยังไม่ยืนยัน (provisional)") if self.original.provisional else ""))
        head.setObjectName("editor_head")
        head.setWordWrap(True)
        lay.addWidget(head)

        orphans = self.orphan_codes()
        self.orphan_bar = QWidget()
        olay = QHBoxLayout(self.orphan_bar)
        olay.setContentsMargins(0, 0, 0, 0)
        self.orphan_notice = QLabel(
            tr("ไฟล์นี้มีข้อมูลของรหัสที่ไม่มีในกรอบปี {0}: {1} (รายงาน D4 จะพิมพ์ไม่ได้จนกว่าจะเพิ่มข้อเหล่านี้ "
               "หรือลบข้อมูลนี้)").format(self.year, ", ".join(orphans)))
        self.orphan_notice.setObjectName("orphan_notice")
        self.orphan_notice.setWordWrap(True)
        self.orphan_notice.setStyleSheet(ERROR_STYLE)
        olay.addWidget(self.orphan_notice, 1)
        self.orphan_button = QPushButton(tr("ลบข้อมูลเหล่านี้เมื่อบันทึก"))
        self.orphan_button.setObjectName("drop_orphans")
        self.orphan_button.clicked.connect(lambda: void(self.drop_orphans))
        olay.addWidget(self.orphan_button)
        self.orphan_bar.setVisible(bool(orphans))
        lay.addWidget(self.orphan_bar)

        row = QHBoxLayout()
        row.addWidget(QLabel(tr("เกณฑ์ผ่าน (คะแนนรวมตั้งแต่)")))
        self.threshold = QLineEdit()
        self.threshold.setObjectName("pass_threshold")
        self.threshold.setMaximumWidth(90)
        self.threshold.editingFinished.connect(lambda: void(self.set_threshold, self.threshold.text()))
        row.addWidget(self.threshold)
        self.threshold_message = _message_label("threshold_message")
        row.addWidget(self.threshold_message, 1)
        row.addStretch()
        lay.addLayout(row)

        splitter = QSplitter()
        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        llay.addWidget(QLabel(tr("ข้อการประเมิน OIT (เรียงตามตัวชี้วัด)")))
        self.items = QTableWidget(0, len(self.COLUMNS))
        self.items.setTabKeyNavigation(False)  # Tab goes on to the item's fields
        self.items.setObjectName("oit_items")
        self.items.setHorizontalHeaderLabels(
            [tr("รหัสข้อ"), tr("ตัวชี้วัด"), tr("ตัวชี้วัดย่อย"), tr("ชื่อข้อ"), tr("องค์ประกอบ")])
        self.items.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items.setWordWrap(True)
        self.items.verticalHeader().hide()
        header = self.items.horizontalHeader()
        for col, width in enumerate((55, 60, 80, 220)):
            self.items.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.items.itemSelectionChanged.connect(lambda: void(self._selection_changed))
        llay.addWidget(self.items, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("เพิ่มข้อใหม่"))
        self.add_button.clicked.connect(lambda _c=False: void(self.start_new_item))
        self.remove_button = QPushButton(tr("ลบข้อ…"))
        self.remove_button.clicked.connect(lambda _c=False: void(self.remove_selected))
        self.up_button = QPushButton(tr("เลื่อนขึ้น"))
        self.up_button.clicked.connect(lambda _c=False: void(self.move_selected, -1))
        self.down_button = QPushButton(tr("เลื่อนลง"))
        self.down_button.clicked.connect(lambda _c=False: void(self.move_selected, 1))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch()
        llay.addLayout(buttons)
        splitter.addWidget(left)

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        self.detail = QGroupBox(tr("ข้อที่เลือก"))
        form = QFormLayout(self.detail)
        self.code = QLineEdit()
        self.code.setObjectName("item_code")
        self.indicator = QComboBox()
        self.indicator.setObjectName("item_indicator")
        self.indicator.activated.connect(lambda _i: void(self._fill_sub_indicators))
        self.sub_indicator = QComboBox()
        self.sub_indicator.setObjectName("item_sub_indicator")
        self.title = QLineEdit()
        self.title.setObjectName("item_title")
        self.components = QPlainTextEdit()
        self.components.setObjectName("item_components")
        self.components.setPlaceholderText(tr("องค์ประกอบละหนึ่งบรรทัด"))
        self.messages: dict[str, QLabel] = {}
        for key, label, widget in (("code", tr("รหัสข้อ"), self.code),
                                   ("indicator", tr("ตัวชี้วัด"), self.indicator),
                                   ("sub_indicator", tr("ตัวชี้วัดย่อย"), self.sub_indicator),
                                   ("title", tr("ชื่อข้อ"), self.title),
                                   ("components", tr("องค์ประกอบ\n(บรรทัดละข้อ)"), self.components)):
            box = QWidget()
            blay = QVBoxLayout(box)
            blay.setContentsMargins(0, 0, 0, 0)
            blay.addWidget(widget)
            self.messages[key] = _message_label(f"{key}_message")
            blay.addWidget(self.messages[key])
            form.addRow(label, box)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("apply_item")
        self.apply_button.clicked.connect(lambda _c=False: void(self.apply_item))
        form.addRow("", self.apply_button)
        rlay.addWidget(self.detail, 3)

        names = QGroupBox(tr("ชื่อตัวชี้วัด ตัวชี้วัดย่อย และประเด็น (ดับเบิลคลิกเพื่อแก้ไข)"))
        nlay = QVBoxLayout(names)
        self.names = QTableWidget(0, 2)
        self.names.setTabKeyNavigation(False)
        self.names.setObjectName("names")
        self.names.setHorizontalHeaderLabels([tr("ที่"), tr("ชื่อ")])
        self.names.verticalHeader().hide()
        self.names.setColumnWidth(0, 140)
        self.names.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.names.itemChanged.connect(lambda item: void(self._name_edited, item))
        nlay.addWidget(self.names)
        self.names_message = _message_label("names_message")
        nlay.addWidget(self.names_message)
        rlay.addWidget(names, 2)
        splitter.addWidget(right)
        splitter.setSizes([680, 520])
        lay.addWidget(splitter, 1)

        self.message = _message_label("editor_message")
        lay.addWidget(self.message)
        bottom = QHBoxLayout()
        self.save_as_button = QPushButton(tr("บันทึกเป็นไฟล์…"))
        self.save_as_button.clicked.connect(lambda _c=False: void(self.save_as))
        bottom.addWidget(self.save_as_button)
        bottom.addStretch()
        self.save_button = QPushButton(tr("บันทึก"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda _c=False: void(self.save))
        self.cancel_button = QPushButton(tr("ยกเลิก"))
        self.cancel_button.clicked.connect(lambda _c=False: void(self.reject))
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        lay.addLayout(bottom)

    # ------------------------------------------------------------------ showing the copy

    def ordered_items(self):
        """The OIT items grouped by indicator (in the framework's indicator order), each
        indicator's items in file order."""
        order = {ind.no: n for n, ind in enumerate(self.fw.indicators)}
        return sorted(self.fw.oit_items, key=lambda i: order.get(i.indicator, 99))

    def fill(self, chosen: str | None = None):
        self._filling = True
        try:
            self.threshold.setText(_num(self.fw.pass_threshold))
            items = self.ordered_items()
            self.items.setRowCount(len(items))
            for r, item in enumerate(items):
                title = item.title_th or (tr("{0} (ชื่อที่พิมพ์ไว้ในไฟล์นี้)").format(self.overrides[item.code])
                                          if self.overrides.get(item.code) else tr("(ยังไม่มีชื่อ)"))
                values = (item.code, str(item.indicator), item.sub_indicator or "-",
                          title, "\n".join(item.components_th))
                for c, value in enumerate(values):
                    cell = QTableWidgetItem(value)
                    cell.setData(Qt.UserRole, item.code)
                    self.items.setItem(r, c, cell)
            self.items.resizeRowsToContents()
            self._fill_names()
            self.indicator.clear()
            for no in fe.oit_indicators(self.fw):
                self.indicator.addItem(tr("{0} {1}").format(no, self.fw.indicator(no).name_th), no)
        finally:
            self._filling = False
        if chosen is not None:
            self.select(chosen)

    def _fill_names(self):
        rows = []
        for no in fe.oit_indicators(self.fw):
            rows.append(("indicator", no, tr("ตัวชี้วัดที่ {0}").format(no), self.fw.indicator(no).name_th))
        for sub in self.fw.sub_indicators:
            rows.append(("sub", sub.code, tr("ตัวชี้วัดย่อย {0}").format(sub.code), sub.name_th or ""))
        for iss in self.fw.issues:
            rows.append(("issue", iss.no, tr("ประเด็นที่ {0}").format(iss.no), iss.name_th))
        self.names.setRowCount(len(rows))
        for r, (kind, key, shown, name) in enumerate(rows):
            head = QTableWidgetItem(shown)
            head.setFlags(head.flags() & ~Qt.ItemIsEditable)
            self.names.setItem(r, 0, head)
            cell = QTableWidgetItem(name)
            cell.setData(Qt.UserRole, (kind, key))
            self.names.setItem(r, 1, cell)

    def codes_shown(self) -> list[str]:
        return [self.items.item(r, 0).text() for r in range(self.items.rowCount())]

    def select(self, code: str):
        codes = self.codes_shown()
        if code in codes:
            self.items.selectRow(codes.index(code))

    def selected_code(self) -> str | None:
        rows = self.items.selectionModel().selectedRows()
        return self.items.item(rows[0].row(), 0).text() if rows else None

    def _selection_changed(self):
        code = self.selected_code()
        if code is None or self._filling:
            return
        item = self.fw.item(code)
        self.new_mode = False
        self._clear_messages()
        self.detail.setTitle(tr("ข้อ {0}").format(code))
        self.code.setText(item.code)
        self.code.setReadOnly(True)
        self.indicator.setCurrentIndex(self.indicator.findData(item.indicator))
        self._fill_sub_indicators(item.sub_indicator)
        self.title.setText(item.title_th or "")
        self.title.setPlaceholderText(self.overrides.get(item.code, ""))
        self.components.setPlainText("\n".join(item.components_th))
        self.apply_button.setText(tr("ใช้การแก้ไขข้อนี้"))

    def _fill_sub_indicators(self, current: str | None = None):
        if current is None:
            current = self.sub_indicator.currentData()
        no = self.indicator.currentData()
        self.sub_indicator.clear()
        self.sub_indicator.addItem(tr("(ไม่ระบุ)"), "")
        for sub in self.fw.sub_indicators:
            if sub.indicator == no:
                self.sub_indicator.addItem(f"{sub.code} {sub.name_th or ''}".strip(), sub.code)
        at = self.sub_indicator.findData(current or "")
        self.sub_indicator.setCurrentIndex(max(at, 0))

    # ------------------------------------------------------------------ messages

    def _clear_messages(self):
        for label in (*self.messages.values(), self.message, self.threshold_message, self.names_message):
            label.clear()
            label.hide()

    def _say(self, label: QLabel, text: str):
        label.setText(text)
        label.setVisible(bool(text))

    def _show_error(self, exc: ItadeskError, default: QLabel | None = None):
        """The message next to the field it names (else in `default` or at the bottom)."""
        field = exc.field or ""
        target = default or self.message
        for key, prefix in (("code", "รหัสข้อ"), ("indicator", "ตัวชี้วัด"), ("sub_indicator", "ตัวชี้วัดย่อย"),
                            ("title", "ชื่อข้อ"), ("components", "องค์ประกอบ")):
            if field == prefix or (key == "components" and field.startswith(prefix)):
                target = self.messages[key]
        text = exc.message(lang())
        if isinstance(exc, ValidationError):
            reason = exc.reason_en if lang() == "en" else exc.reason_th
            if target in self.messages.values() or target is self.threshold_message:
                text = reason
        self._say(target, text)

    # ------------------------------------------------------------------ editing the copy

    def start_new_item(self):
        """The form empty for a new item (a free code suggested), in the selected item's
        indicator."""
        no = self.indicator.currentData() or fe.oit_indicators(self.fw)[-1]
        self.items.clearSelection()
        self.new_mode = True
        self._clear_messages()
        self.detail.setTitle(tr("ข้อใหม่"))
        self.code.setReadOnly(False)
        self.code.setText(next_free_code(self.fw))
        self.indicator.setCurrentIndex(self.indicator.findData(no))
        self._fill_sub_indicators("")
        self.title.clear()
        self.title.setPlaceholderText("")
        self.components.clear()
        self.apply_button.setText(tr("เพิ่มข้อนี้"))
        self.title.setFocus()

    def form_values(self) -> dict:
        return dict(indicator=self.indicator.currentData(), sub_indicator=self.sub_indicator.currentData() or None,
                    title=self.title.text(), components=self.components.toPlainText())

    def form_changed(self) -> bool:
        """Whether the form holds something not yet applied to the working copy."""
        values = self.form_values()
        if self.new_mode:
            return bool(values["title"].strip() or values["components"].strip())
        code = self.selected_code()
        if code is None:
            return False
        item = self.fw.item(code)
        return (values["indicator"] != item.indicator
                or (values["sub_indicator"] or None) != item.sub_indicator
                or values["title"].strip() != (item.title_th or "")
                or fe.components_from_text(values["components"]) != item.components_th)

    def apply_item(self) -> bool:
        """Add the new item, or apply the form to the selected one; False (the message next
        to the field) when refused."""
        self._clear_messages()
        v = self.form_values()
        try:
            if self.new_mode:
                code = self.code.text().strip()
                fw = fe.add_oit_item(self.fw, code, v["indicator"], v["title"], v["components"],
                                     v["sub_indicator"])
                code = fw.normalize_code(code)
            else:
                code = self.selected_code()
                if code is None:
                    return False
                fw = fe.edit_oit_item(self.fw, code, title=v["title"], components=v["components"],
                                      indicator=v["indicator"], sub_indicator=v["sub_indicator"])
        except ItadeskError as exc:
            self._show_error(exc)
            return False
        self.fw = fw
        self.fill(chosen=code)
        return True

    def remove_selected(self) -> bool:
        code = self.selected_code()
        if code is None:
            return False
        self._clear_messages()
        rows = fe.rows_of_item(self.session.year_data(self.year), code)
        if "scores" in rows:
            self._say(self.message, tr("ลบข้อ {0} ไม่ได้: ผลการประเมินปี {1} มีคะแนนของข้อนี้ "
                                       "(ข้อนี้อยู่ในกรอบการประเมินของปีนั้น) ลบคะแนนรายข้อนี้ในหน้ากรอกข้อมูล D1 ก่อน")
                      .format(code, self.year))
            return False
        if rows:
            parts = []
            if "progress" in rows:
                parts.append(tr("ความก้าวหน้าการเปิดเผยข้อมูล {0} แถว").format(rows["progress"]))
            if "title_overrides" in rows:
                parts.append(tr("ชื่อข้อที่พิมพ์เอง {0} ข้อ").format(rows["title_overrides"]))
            box = QMessageBox(QMessageBox.Question, tr("ลบข้อ {0}").format(code),
                              tr("ไฟล์นี้มีข้อมูลของข้อ {0} ปี {1}: {2}").format(code, self.year, ", ".join(parts)),
                              QMessageBox.NoButton, self)
            box.setObjectName("remove_item_question")
            box.setInformativeText(tr("ข้อมูลนี้จะถูกลบพร้อมกับข้อ {0} เมื่อกด “บันทึก” "
                                      "(“เลิกทำ” นำทั้งกรอบเดิมและข้อมูลกลับมาได้)").format(code))
            yes = box.addButton(tr("ลบข้อ {0}").format(code), QMessageBox.AcceptRole)
            box.addButton(tr("ยกเลิก"), QMessageBox.RejectRole)
            ask = getattr(self.window_, "ask", None)
            answer = ask(box) if ask is not None else (box.exec(), box.clickedButton())[1]
            if answer is not yes:
                return False
        try:
            self.fw = fe.remove_oit_item(self.fw, code)
            if rows:
                self.drop_codes.add(code.casefold())
        except ItadeskError as exc:
            self._show_error(exc)
            return False
        row = max(0, min(self.items.currentRow(), self.items.rowCount() - 2))
        self.fill()
        if self.items.rowCount():
            self.items.selectRow(row)
        return True

    def move_selected(self, step: int) -> bool:
        code = self.selected_code()
        if code is None:
            return False
        try:
            self.fw = fe.move_oit_item(self.fw, code, step)
        except ItadeskError as exc:
            self._show_error(exc)
            return False
        self.fill(chosen=code)
        return True

    def set_threshold(self, text: str) -> bool:
        self._say(self.threshold_message, "")
        try:
            self.fw = fe.set_pass_threshold(self.fw, text)
        except ItadeskError as exc:
            self._show_error(exc, self.threshold_message)
            return False
        return True

    def _name_edited(self, cell: QTableWidgetItem):
        if self._filling or cell.column() != 1:
            return
        kind, key = cell.data(Qt.UserRole)
        self._say(self.names_message, "")
        try:
            if kind == "indicator":
                self.fw = fe.rename_indicator(self.fw, key, cell.text())
            elif kind == "sub":
                self.fw = fe.rename_sub_indicator(self.fw, key, cell.text())
            else:
                self.fw = fe.rename_issue(self.fw, key, cell.text())
        except ItadeskError as exc:
            self._show_error(exc, self.names_message)
        code = self.selected_code()
        self.fill(chosen=code)
        if code is not None:
            self._selection_changed()

    def set_name(self, kind: str, key, text: str) -> bool:
        """Rename as if typed in the names table (kind: indicator | sub | issue)."""
        for r in range(self.names.rowCount()):
            cell = self.names.item(r, 1)
            if cell.data(Qt.UserRole) == (kind, key):
                cell.setText(text)
                return not self.names_message.text()
        return False

    # ------------------------------------------------------------------ saving

    def _ready(self) -> bool:
        """Apply what the form and the threshold field hold; False when either is refused."""
        if self.threshold.text().strip() != _num(self.fw.pass_threshold):
            if not self.set_threshold(self.threshold.text()):
                return False
        return not self.form_changed() or self.apply_item()

    def changed(self) -> bool:
        return self.fw != self.original

    def orphan_codes(self) -> list[str]:
        """Codes the year's rows (progress, typed titles) use that the framework lacks."""
        data = self.session.year_data(self.year)
        codes = [p.code for p in data.oit] + list(data.title_overrides)
        seen: dict[str, str] = {}
        for code in codes:
            if not self.original.has_code(code):
                seen.setdefault(code.casefold(), code)
        return sorted(seen.values(), key=str.casefold)

    def drop_orphans(self) -> bool:
        """Mark the rows of codes the framework lacks for deletion on save."""
        orphans = self.orphan_codes()
        if not orphans:
            return False
        self.drop_codes.update(c.casefold() for c in orphans)
        self.orphan_notice.setText(tr("ข้อมูลของ {0} จะถูกลบเมื่อกด “บันทึก” (เลิกทำได้)").format(
            ", ".join(orphans)))
        self.orphan_button.setEnabled(False)
        return True

    def codes_to_drop(self) -> list[str]:
        """What saving deletes: marked codes the edited framework does not have (again)."""
        return sorted(c for c in self.drop_codes if not self.fw.has_code(c))

    def save(self) -> bool:
        """Install the edited framework as one undoable command and close."""
        if not self._ready():
            return False
        drop = self.codes_to_drop()
        if not self.changed() and not drop:
            self.accept()
            return True
        from .frameworks import drop_item_rows, import_framework_text

        follow_framework_changes(self.window_)  # an open D4 wizard is rebuilt on "frameworks"
        try:
            if self.changed():
                text = fe.edited_text(self.fw)
                import_framework_text(self.session, text, f"ita-{self.year}.yaml",
                                      label=tr("แก้ไขกรอบการประเมินปี {0}").format(self.year),
                                      drop_codes=drop)
            else:
                drop_item_rows(self.session, self.year, drop,
                               tr("ลบข้อมูลของรหัสที่ไม่มีในกรอบปี {0}").format(self.year))
        except ItadeskError as exc:
            self._show_error(exc)
            return False
        self.accept()
        if self.window_ is not None and hasattr(self.window_, "refresh"):
            self.window_.refresh()
            self.window_.statusBar().showMessage(
                tr("บันทึกกรอบการประเมินปี {0} แล้ว").format(self.year), 8000)
        return True

    def save_as(self, path: str | Path | None = None) -> Path | None:
        """Write the edited framework to a file (to send to the district or other offices)."""
        if not self._ready():
            return None
        try:
            text = fe.edited_text(self.fw)
        except ItadeskError as exc:
            self._show_error(exc)
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("บันทึกกรอบการประเมินเป็นไฟล์"), str(start_folder() / f"ita-{self.year}.yaml"),
                tr("ไฟล์กรอบการประเมิน (*.yaml *.yml)"))
            if not path:
                return None
        path = Path(path)
        from ..storage.outfile import OutputError, write_text

        try:
            write_text(path, text)
        except OutputError as exc:
            self._say(self.message, tr("บันทึกไฟล์ {0} ไม่ได้ ({1})").format(path.name, exc.message(lang())))
            return None
        self._say(self.message, "")
        self.setWindowTitle(tr("แก้ไขกรอบการประเมิน ITA ปี {0}").format(self.year)
                            + " — " + tr("บันทึกเป็น {0} แล้ว").format(path.name))
        return path


def _num(value) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def reopen_oit_wizard(window, year: int) -> None:
    """An open D4 wizard of `year` is built from the framework's items: build it again."""
    wizards = getattr(window, "wizards", None)
    if not wizards:
        return
    key = f"oit:{year}"
    wizard = wizards.get(key)
    if wizard is None:
        return
    visible = wizard.isVisible()
    wizards.pop(key, None)
    wizard.close()
    wizard.deleteLater()
    if visible and getattr(window, "session", None) is not None and window.session.year == year:
        window.open_document("oit")


def follow_framework_changes(window) -> None:
    """After an undo/redo of a framework change, rebuild an open D4 wizard too (once per
    session: connected the first time a framework is saved from the editor)."""
    session = getattr(window, "session", None)
    if session is None or getattr(session, "_editor_follows", False):
        return
    session._editor_follows = True

    def changed(topic: str):
        if topic == "frameworks" and window.session is session and session.year is not None:
            reopen_oit_wizard(window, session.year)

    session.changed.connect(changed)
