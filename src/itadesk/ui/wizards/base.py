"""The common wizard: a page per section, a side list to jump to any section, Thai buttons.

Every field saves itself, so Finish only closes the wizard and every page can be reached
in any order (from the side list or with Back/Next).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..i18n import tr, void
from ..screen import fit_to_screen


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Y on every platform (as the README says; Linux's standard is only Ctrl+Shift+Z),
    plus the platform's own."""
    keys = [QKeySequence("Ctrl+Y")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.Redo) if k not in keys]
    return keys


def set_thai_buttons(wizard: QWizard) -> None:
    """Qt ships no Thai translation of its own: our strings name the wizard's buttons."""
    wizard.setButtonText(QWizard.BackButton, tr("< ย้อนกลับ"))
    wizard.setButtonText(QWizard.NextButton, tr("ถัดไป >"))
    wizard.setButtonText(QWizard.FinishButton, tr("เสร็จสิ้น"))
    wizard.setButtonText(QWizard.CancelButton, tr("ปิด"))
    wizard.setButtonText(QWizard.CommitButton, tr("ยืนยัน"))
    wizard.setButtonText(QWizard.HelpButton, tr("วิธีใช้"))
    wizard.setButtonText(QWizard.CustomButton1, tr("เลิกทำ"))
    wizard.setButtonText(QWizard.CustomButton2, tr("ทำซ้ำ"))


class SectionPage(QWizardPage):
    """A page holding one section's widget, scrollable when it is long."""

    def __init__(self, title: str, subtitle: str = "", scroll: bool = True):
        super().__init__()
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll = scroll
        if scroll:
            self.body_layout.addStretch(1)  # short sections sit at the top of the page
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.NoFrame)
            area.setWidget(self.body)
            outer.addWidget(area)
        else:
            outer.addWidget(self.body)

    def add(self, widget, stretch: int = 0):
        if self._scroll:
            self.body_layout.insertWidget(self.body_layout.count() - 1, widget, stretch)
        else:
            self.body_layout.addWidget(widget, stretch)
        return widget

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555555;")
        return self.add(label)


class DocumentWizard(QWizard):
    def __init__(self, session, title: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.NoBackButtonOnStartPage, False)
        self.setOption(QWizard.HaveCustomButton1, True)
        self.setOption(QWizard.HaveCustomButton2, True)
        set_thai_buttons(self)
        self.setButtonLayout([QWizard.CustomButton1, QWizard.CustomButton2, QWizard.Stretch,
                              QWizard.BackButton, QWizard.NextButton, QWizard.FinishButton])
        stack = session.undo_stack
        # the buttons' own clicked signals: customButtonClicked passes an int, which never
        # equals the QWizard.WizardButton enum in PySide6 6.12, so comparing it did nothing
        self.button(QWizard.CustomButton1).clicked.connect(lambda _c=False: void(session.undo))
        self.button(QWizard.CustomButton2).clicked.connect(lambda _c=False: void(session.redo))
        stack.canUndoChanged.connect(lambda ok: self.button(QWizard.CustomButton1).setEnabled(ok))
        stack.canRedoChanged.connect(lambda ok: self.button(QWizard.CustomButton2).setEnabled(ok))
        stack.undoTextChanged.connect(lambda t: self.button(QWizard.CustomButton1).setToolTip(t))
        stack.redoTextChanged.connect(lambda t: self.button(QWizard.CustomButton2).setToolTip(t))
        self.button(QWizard.CustomButton1).setEnabled(stack.canUndo())
        self.button(QWizard.CustomButton2).setEnabled(stack.canRedo())
        QShortcut(QKeySequence.Undo, self, activated=session.undo)
        for keys in redo_keys():
            QShortcut(keys, self, activated=session.redo)

        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setMinimumWidth(190)
        self.sections.setMaximumWidth(240)
        self.sections.currentRowChanged.connect(self._jump)
        self.setSideWidget(self.sections)
        self.currentIdChanged.connect(self._page_changed)
        self._ids: list[int] = []
        self._quiet_close = False
        fit_to_screen(self, 1100, 720)
        self.setAttribute(Qt.WA_DeleteOnClose, False)

    # ------------------------------------------------------------------ closing

    def unsaved_forms(self):
        from ..forms import RecordForm

        return [f for f in self.findChildren(RecordForm) if f.unsaved()]

    def may_close(self) -> bool:
        """Fields typed into a record that cannot be saved yet (e.g. the office without its
        code) would be lost: ask first. True when the wizard may close."""
        forms = self.unsaved_forms()
        if not forms:
            return True
        from PySide6.QtWidgets import QMessageBox

        missing = sorted({m for f in forms for m in f.missing()})
        typed = [label for f in forms for label in f.unsaved()]
        box = QMessageBox(QMessageBox.Warning, tr("ข้อมูลยังไม่ได้บันทึก"),
                          tr("ข้อมูลที่พิมพ์ไว้ ({0}) ยังไม่ได้บันทึก เพราะยังไม่ได้กรอก {1}").format(
                              ", ".join(typed), ", ".join(missing) or "-"), parent=self)
        box.setObjectName("unsaved_draft")
        box.setInformativeText(tr("กรอกให้ครบแล้วข้อมูลจะบันทึกเอง ถ้าปิดตอนนี้ ข้อมูลที่พิมพ์ไว้จะหายไป"))
        back = box.addButton(tr("กลับไปกรอกต่อ"), QMessageBox.RejectRole)
        drop = box.addButton(tr("ปิดโดยไม่บันทึก"), QMessageBox.DestructiveRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        ask = getattr(self.parent(), "ask", None)
        answer = ask(box) if ask is not None else (box.exec(), box.clickedButton())[1]
        if answer is not drop:
            field = next((r.widget for f in forms for r in f.rows.values()
                          if r.spec.required and f.draft.get(r.spec.key) in (None, "")), None)
            if field is not None:
                field.setFocus()
            return False
        return True

    def done(self, result):
        if not self._quiet_close and not self.may_close():
            return
        super().done(result)

    def closeEvent(self, event):
        # closed by the program (another file opened, the main window closing): no question
        self._quiet_close = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._quiet_close = False

    def showEvent(self, event):
        super().showEvent(event)
        for view in self.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)  # Tab leaves a table (arrows and Enter move in it)
        QTimer.singleShot(0, self, self._focus_on_open)

    def _focus_on_open(self) -> None:
        # only when nothing inside the wizard has been given the focus meanwhile
        from PySide6.QtWidgets import QAbstractButton, QApplication

        now = QApplication.focusWidget()
        if now is None or not self.isAncestorOf(now) or isinstance(now, QAbstractButton) or now is self.sections:
            self.focus_first_field()

    def focus_first_field(self) -> None:
        """Keyboard users start typing at once: the first field of the page, not a button."""
        page = self.currentPage()
        if page is None:
            return
        for w in page.findChildren(QWidget):
            if (isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView))
                    and w.isVisibleTo(page) and w.isEnabled() and w.focusPolicy() & Qt.TabFocus):
                w.setFocus(Qt.TabFocusReason)
                return

    def keyPressEvent(self, event):
        """Enter in a one-line field saves it and moves to the next field (not the next page)."""
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and isinstance(self.focusWidget(), QLineEdit):
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def add_section(self, page: QWizardPage) -> int:
        page.setFinalPage(True)  # Finish (close) is enabled on every page: all is saved already
        pid = self.addPage(page)
        self._ids.append(pid)
        self.sections.addItem(page.title())
        return pid

    def section_titles(self) -> list[str]:
        return [self.sections.item(i).text() for i in range(self.sections.count())]

    def goto(self, number: int) -> None:
        """Show section `number` (0-based), whatever the current one."""
        if not 0 <= number < len(self._ids):
            return
        target = self._ids[number]
        guard = 0
        while self.currentId() != target and guard < 100:
            guard += 1
            here = self._ids.index(self.currentId()) if self.currentId() in self._ids else 0
            if here < number:
                self.next()
            else:
                self.back()

    def _jump(self, row: int):
        if row >= 0 and self.currentId() in self._ids and self._ids.index(self.currentId()) != row:
            self.goto(row)

    def _page_changed(self, pid: int):
        if pid in self._ids:
            self.sections.blockSignals(True)
            self.sections.setCurrentRow(self._ids.index(pid))
            self.sections.blockSignals(False)
