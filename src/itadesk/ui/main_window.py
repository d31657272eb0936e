"""The main window: the office, its fiscal years, and each year's six documents with how
complete they are and what the consistency check says about them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.completeness import DOCUMENTS, INCOMPLETE, completeness, incomplete_problems
from ..domain.errors import ItadeskError
from ..storage import operations as ops
from .files import office_file_name, start_folder
from .i18n import lang, tr, void
from .session import Session
from .signals import emit

MAX_RECENT = 8
LOCK_CHECK_MS = 5_000
# wizards built on the year's own framework (its indicators, its OIT items): opened for a
# year without one only after offering to make a provisional framework (D2/D3 use the year
# before's and open as usual)
FRAMEWORK_WIZARDS = ("analysis", "oit")
NOTICE_STYLE = "background: #fff3cd; color: #664d03; border: 1px solid #e0c36a; padding: 6px 8px;"


def document_titles() -> dict[str, str]:
    return {
        "analysis": tr("D1 รายงานการวิเคราะห์ผลการประเมิน ITA"),
        "measures": tr("D2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส"),
        "results": tr("D3 รายงานผลการดำเนินการตามมาตรการ"),
        "oit": tr("D4 ความก้าวหน้าการเปิดเผยข้อมูล (OIT)"),
        "plan": tr("D5 รายงานผลแผนปฏิบัติการป้องกันการทุจริต"),
        "memo": tr("D6 บันทึกข้อความ"),
    }


def machine_settings() -> QSettings:
    """Per-machine settings (recent files, language, window geometry) in the user data folder."""
    from ..paths import user_data_dir

    return QSettings(str(user_data_dir() / "itadesk.ini"), QSettings.IniFormat)


def recent_files(settings: QSettings | None = None) -> list[str]:
    """The recent-file list as a list of paths: QSettings (INI) reads a list of one back as a
    plain string, which iterated gives one-character "paths"."""
    value = (settings or machine_settings()).value("recent")
    if not value:
        return []
    if isinstance(value, str):
        value = [value]
    return [str(p) for p in value if p and len(str(p)) > 1]


def is_demo_office(office) -> bool:
    """The fictional office of demo.py (made on first start): marked so no one prints it
    believing it is theirs."""
    try:
        from ..demo import OFFICE
    except ImportError:
        return False
    return office.code == OFFICE["code"] and office.name == OFFICE["name"]


class _EnterOpens(QObject):
    """Enter (or Return) on the documents table opens the current document's wizard."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event):
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            row = obj.currentIndex().row()
            if 0 <= row < len(DOCUMENTS):
                self.window.open_document(DOCUMENTS[row])
                return True
        return False


def current_fiscal_year() -> int:
    from datetime import date

    from ..domain.thaitext import fiscal_year_of

    return fiscal_year_of(date.today())


class MainWindow(QMainWindow):
    session_changed = Signal()

    def __init__(self, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        self.wizards: dict[str, QWidget] = {}
        self.windows: list[QWidget] = []
        self.problems = []
        self.last_message = None
        self._shown_warnings: set[tuple[str, str]] = set()  # (file, message) already shown
        self.setWindowTitle("itadesk")
        from .export import Exporter

        self.exporter = Exporter(self)
        self._build()
        self._build_menus()
        from .screen import fit_to_screen

        fit_to_screen(self, 1180, 720)
        geometry = machine_settings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            if not self.isMaximized():  # saved on a larger screen: not larger than this one
                fit_to_screen(self, self.width(), self.height())
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60_000)
        self._backup_timer.timeout.connect(self.periodic_backup)
        self._backup_timer.start()
        self._lock_timer = QTimer(self)  # has another computer taken the file over?
        self._lock_timer.setInterval(LOCK_CHECK_MS)
        self._lock_timer.timeout.connect(self.check_lock)
        self._lock_timer.start()
        if session is not None:
            self.set_session(session)
        else:
            self.refresh()

    # ------------------------------------------------------------------ layout

    def _build(self):
        splitter = QSplitter()
        left = QWidget()
        llay = QVBoxLayout(left)
        box = QGroupBox(tr("หน่วยงาน"))
        blay = QVBoxLayout(box)
        self.office_label = QLabel()
        self.office_label.setObjectName("office_label")
        self.office_label.setWordWrap(True)
        self.office_label.setTextFormat(Qt.RichText)
        blay.addWidget(self.office_label)
        self.edit_office_button = QPushButton(tr("แก้ไขข้อมูลหน่วยงานและผู้ลงนาม…"))
        self.edit_office_button.clicked.connect(lambda _c=False: void(self.open_office_wizard))
        blay.addWidget(self.edit_office_button)
        llay.addWidget(box)

        box = QGroupBox(tr("ปีงบประมาณ"))
        ylay = QVBoxLayout(box)
        self.year_list = QListWidget()
        self.year_list.setObjectName("years")
        self.year_list.currentItemChanged.connect(self._year_selected)
        self.year_list.setContextMenuPolicy(Qt.CustomContextMenu)
        self.year_list.customContextMenuRequested.connect(self._year_context_menu)
        ylay.addWidget(self.year_list)
        self.new_year_button = QPushButton()
        self.new_year_button.clicked.connect(lambda _c=False: void(self.start_next_year))
        ylay.addWidget(self.new_year_button)
        llay.addWidget(box, 1)
        splitter.addWidget(left)

        right = QWidget()
        rlay = QVBoxLayout(right)
        head = QHBoxLayout()
        self.year_title = QLabel()
        self.year_title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        head.addWidget(self.year_title, 1)
        self.export_button = QPushButton(tr("ส่งออกไฟล์ส่งอำเภอ/จังหวัด…"))
        self.export_button.setObjectName("export_package")
        self.export_button.setToolTip(tr("สร้างไฟล์ .ita.zip (เอกสาร PDF ทั้ง 6 ฉบับและข้อมูล) "
                                         "สำหรับส่งอำเภอและจังหวัด"))
        self.export_button.clicked.connect(lambda _c=False: void(self.export_package))
        head.addWidget(self.export_button)
        rlay.addLayout(head)
        # the year's framework: none yet (only D5/D6 print) or provisional (check, import)
        self.framework_bar = QWidget()
        self.framework_bar.setObjectName("framework_bar")
        flay = QHBoxLayout(self.framework_bar)
        flay.setContentsMargins(0, 0, 0, 0)
        self.framework_notice = QLabel()
        self.framework_notice.setObjectName("framework_notice")
        self.framework_notice.setWordWrap(True)
        self.framework_notice.setStyleSheet(NOTICE_STYLE)
        flay.addWidget(self.framework_notice, 1)
        self.derive_button = QPushButton()
        self.derive_button.setObjectName("derive_framework")
        self.derive_button.clicked.connect(lambda _c=False: void(self.derive_framework))
        flay.addWidget(self.derive_button)
        self.framework_bar.hide()
        rlay.addWidget(self.framework_bar)
        from .ita_year_panel import ItaYearPanel  # the ITA calendar and sample sizes (issue 13)

        self.ita_year = ItaYearPanel()
        rlay.addWidget(self.ita_year)
        self.docs = QTableWidget(len(DOCUMENTS), 4)
        self.docs.setObjectName("documents")
        self.docs.setHorizontalHeaderLabels([tr("เอกสาร"), tr("ความครบถ้วน"), tr("คำเตือน"), ""])
        self.docs.verticalHeader().hide()
        self.docs.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.docs.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.docs.setSelectionMode(QAbstractItemView.SingleSelection)
        self.docs.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.docs.doubleClicked.connect(lambda index: void(self.open_document, DOCUMENTS[index.row()]))
        self.docs.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self._docs_keys = _EnterOpens(self)
        self.docs.installEventFilter(self._docs_keys)
        for r, kind in enumerate(DOCUMENTS):
            cell = QWidget()
            lay = QHBoxLayout(cell)
            lay.setContentsMargins(2, 0, 2, 0)
            edit = QPushButton(tr("กรอกข้อมูล"))
            edit.setObjectName(f"edit_{kind}")
            edit.clicked.connect(lambda _c=False, k=kind: void(self.open_document, k))
            show = QPushButton(tr("ดูตัวอย่าง/พิมพ์"))
            show.setObjectName(f"preview_{kind}")
            show.clicked.connect(lambda _c=False, k=kind: void(self.open_preview, k))
            lay.addWidget(edit)
            lay.addWidget(show)
            self.docs.setCellWidget(r, 3, cell)
        self.docs.setColumnWidth(1, 120)
        self.docs.setColumnWidth(2, 90)
        self.docs.setColumnWidth(3, 250)
        rlay.addWidget(self.docs, 2)
        rlay.addWidget(QLabel(tr("ผลการตรวจความสอดคล้อง")))
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problems")
        self.problem_list.setWordWrap(True)  # the whole message, not "…"
        self.problem_list.setToolTip(tr("ดับเบิลคลิกหรือกด Enter เพื่อไปยังส่วนที่ต้องแก้ไข"))
        self.problem_list.itemActivated.connect(lambda item: void(self.goto_problem_item, item))
        rlay.addWidget(self.problem_list, 1)
        splitter.addWidget(right)
        splitter.setSizes([300, 880])
        central = QWidget()
        clay = QVBoxLayout(central)
        clay.setContentsMargins(0, 0, 0, 0)
        clay.setSpacing(0)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; border-bottom: 1px solid #e0c36a; padding: 6px 10px;")
        self.read_only_banner.hide()
        clay.addWidget(self.read_only_banner)
        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demo_banner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet(
            "background: #dbeafe; color: #1e3a8a; border-bottom: 1px solid #93c5fd; padding: 6px 10px;")
        self.demo_banner.hide()
        clay.addWidget(self.demo_banner)
        clay.addWidget(splitter, 1)
        self.setCentralWidget(central)
        if not hasattr(self, "saved_label"):
            self.saved_label = QLabel()
            self.statusBar().addPermanentWidget(self.saved_label)

    def _build_menus(self):
        bar = self.menuBar()
        m = bar.addMenu(tr("&ไฟล์"))
        self.act_new = self._action(m, tr("สร้างไฟล์ใหม่…"), self.new_file, QKeySequence.New)
        self.act_open = self._action(m, tr("เปิดไฟล์…"), self.open_file_dialog, QKeySequence.Open)
        self.act_save_as = self._action(m, tr("บันทึกเป็นไฟล์ใหม่…"), self.save_as, QKeySequence.SaveAs)
        self.recent_menu = m.addMenu(tr("ไฟล์ที่เปิดล่าสุด"))
        m.addSeparator()
        self.act_export = self._action(m, tr("ส่งออกไฟล์ส่งอำเภอ/จังหวัด…"), self.export_package)
        m.addSeparator()
        self.act_restore = self._action(m, tr("กู้คืนจากไฟล์สำรอง…"), self.restore_backup)
        m.addSeparator()
        self.act_delete_year = self._action(m, tr("ลบปีงบประมาณ…"), self.delete_year)
        self.act_delete_year.setObjectName("delete_year")
        m.addSeparator()
        self._action(m, tr("ออกจากโปรแกรม"), self.close, QKeySequence.Quit)

        m = bar.addMenu(tr("&แก้ไข"))
        self.undo_menu = m
        self.act_undo = QAction(tr("เลิกทำ"), self)
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_undo.triggered.connect(self._undo)
        self.act_redo = QAction(tr("ทำซ้ำ"), self)
        from .wizards.base import redo_keys

        self.act_redo.setShortcuts(redo_keys())
        self.act_redo.triggered.connect(self._redo)
        m.addAction(self.act_undo)
        m.addAction(self.act_redo)

        m = bar.addMenu(tr("เ&อกสาร"))
        self.editing_actions = [self.act_restore]
        for kind, title in document_titles().items():
            self.editing_actions.append(
                self._action(m, title + "…", lambda _c=False, k=kind: self.open_document(k)))
        m.addSeparator()
        self.preview_menu = m.addMenu(tr("ดูตัวอย่าง/พิมพ์"))
        self.preview_menu.setObjectName("preview_menu")
        self.preview_actions = {}
        for kind, title in document_titles().items():
            self.preview_actions[kind] = self._action(
                self.preview_menu, title + "…", lambda _c=False, k=kind: self.open_preview(k))
        m.addSeparator()
        self.editing_actions.append(self._action(m, tr("ข้อมูลหน่วยงานและผู้ลงนาม…"), self.open_office_wizard))
        self._action(m, tr("ตรวจความสอดคล้อง"), self.refresh)

        m = bar.addMenu(tr("เ&ครื่องมือ"))
        self.editing_actions.append(self._action(m, tr("ตั้งค่าการพิมพ์และภาษา…"), self.open_settings))
        self.editing_actions.append(
            self._action(m, tr("นำเข้ากรอบการประเมิน ITA (YAML)…"), self.import_framework))
        self.act_edit_framework = self._action(m, tr("แก้ไขกรอบการประเมิน…"), self.edit_framework)
        self.editing_actions.append(self.act_edit_framework)
        self.act_derive_framework = self._action(
            m, tr("สร้างกรอบการประเมินชั่วคราวจากปีก่อน…"), self.derive_framework)
        self.act_derive_framework.setObjectName("derive_framework")
        self.act_aggregate = self._action(m, tr("รวมผลระดับอำเภอ/จังหวัด…"), self.open_aggregation)

        m = bar.addMenu(tr("&ช่วยเหลือ"))
        self.act_show_log = self._action(m, tr("ไฟล์บันทึกการทำงานของโปรแกรม (log)…"), self.show_log)
        self.act_show_log.setObjectName("show_log")
        self._action(m, tr("เกี่ยวกับ itadesk"), self.about)

    def _undo(self):
        if self.session is not None:
            self.session.undo()

    def _redo(self):
        if self.session is not None:
            self.session.redo()

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(lambda _c=False: void(slot))
        menu.addAction(act)
        return act

    # ------------------------------------------------------------------ session

    def set_session(self, session: Session) -> None:
        old = self.session
        for w in list(self.wizards.values()) + self.windows:
            w.close()
        self.wizards.clear()
        self.windows.clear()
        if old is not None:
            old.close()
        self.session = session
        session.changed.connect(self._on_changed)
        session.error.connect(self._session_error)
        session.history_dropped.connect(self._history_dropped)
        session.lock_lost.connect(self.lock_lost)
        stack = session.undo_stack
        stack.canUndoChanged.connect(self._can_undo)
        stack.canRedoChanged.connect(self._can_redo)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        if session.path is not None:
            self.remember_recent(str(session.path))
        emit(self.session_changed)
        self.refresh()

    def set_session_closed(self) -> None:
        """Close the open file (e.g. before a restore replaces it)."""
        for w in list(self.wizards.values()) + self.windows:
            w.close()
        self.wizards.clear()
        self.windows.clear()
        if self.session is not None:
            self.session.close()
            self.session = None
        self.refresh()

    def periodic_backup(self):
        """Rolling dated backups: storage decides whether one is due (something changed)."""
        if self.session is None or self.session.path is None:
            return None
        try:
            from ..storage.backups import maybe_backup

            return maybe_backup(self.session.office)
        except ItadeskError as exc:
            self.statusBar().showMessage(exc.message(lang()), 8000)
        except ImportError:
            pass
        return None

    def set_language(self, code: str) -> None:
        """Switch the interface language now (menus, labels, open windows are rebuilt)."""
        from .i18n import install_language

        install_language(code)
        machine_settings().setValue("language", code)
        self.saved_label.clear()  # its text was in the old language
        for w in list(self.wizards.values()) + self.windows:
            w.close()
        self.wizards.clear()
        self.windows.clear()
        self.menuBar().clear()
        old = self.centralWidget()
        self._build()
        if old is not None:
            old.deleteLater()
        self._build_menus()
        if self.session is not None:
            self.act_undo.setEnabled(self.session.undo_stack.canUndo())
            self.act_redo.setEnabled(self.session.undo_stack.canRedo())
        self.refresh()

    def _can_undo(self, ok: bool):
        self.act_undo.setEnabled(ok)

    def _can_redo(self, ok: bool):
        self.act_redo.setEnabled(ok)

    def _undo_text(self, text: str):
        self.act_undo.setText(tr("เลิกทำ {0}").format(text) if text else tr("เลิกทำ"))

    def _redo_text(self, text: str):
        self.act_redo.setText(tr("ทำซ้ำ {0}").format(text) if text else tr("ทำซ้ำ"))

    def _session_error(self, text: str):
        self.statusBar().showMessage(text, 8000)

    def _history_dropped(self, text: str):
        """An undo or redo could not run: nothing changed in the file, the history is gone."""
        if self.session is not None and self.session.lost is not None:
            return  # the lock-lost box already says why
        box = self.show_error(
            tr("เลิกทำหรือทำซ้ำไม่สำเร็จ"),
            tr("เลิกทำหรือทำซ้ำไม่สำเร็จ ข้อมูลในไฟล์ไม่ได้เปลี่ยนแปลง (สิ่งที่เห็นบนหน้าจอคือสิ่งที่บันทึกไว้) "
               "และประวัติการแก้ไขถูกล้างเพื่อไม่ให้ “เลิกทำ” ทำงานผิดลำดับ"))
        box.setObjectName("history_dropped")
        box.setInformativeText(text)

    # ------------------------------------------------------------------ lock taken over

    def check_lock(self):
        if self.session is not None:
            self.session.check_lock()

    def lock_lost(self, exc):
        """Another computer took the file over (storage refused with LockLostError): say who
        and when, and switch this window to read-only mode (view, print, export)."""
        s = self.session
        if s is None:
            return None
        s.office.read_only = True  # nothing more is written through this connection
        who, host, when = _taken_by(s, exc)
        name = s.path.name if s.path is not None else ""
        if s.lost_during_edit:
            text = exc.message(lang()) if isinstance(exc, ItadeskError) else str(exc)
        else:
            text = tr("เครื่องอื่นได้เข้าใช้ไฟล์ {0} แทนแล้ว เพราะโปรแกรมนี้ไม่ตอบสนองนานเกินไป "
                      "(เช่น เครื่องพักหรือปิดหน้าจอ) ข้อมูลที่บันทึกไว้แล้วไม่หาย").format(name)
        box = QMessageBox(QMessageBox.Critical, tr("เครื่องอื่นเข้าใช้ไฟล์นี้แทนแล้ว"), text, QMessageBox.Ok, self)
        box.setObjectName("lock_lost")
        box.setInformativeText(
            tr("ผู้ใช้: {0}\nเครื่อง: {1}\nเข้าใช้ตั้งแต่: {2}\n\n"
               "หน้าต่างนี้เปลี่ยนเป็นแบบอ่านอย่างเดียวแล้ว: ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ "
               "ถ้าต้องการแก้ไขต่อที่เครื่องนี้ ให้ปิดโปรแกรม itadesk ที่เครื่องนั้นก่อน แล้วเปิดไฟล์อีกครั้ง").format(
                who, host, when))
        box.open()
        self.last_message = box
        self.enable_actions()
        # editing windows close and the undo history goes, once the current event is over
        # (the refusal may come from inside a wizard's field or an undo step)
        QTimer.singleShot(0, self, self._after_lock_lost)
        return box

    def _after_lock_lost(self):
        if self.session is None or self.session.lost is None:
            return
        for key, w in list(self.wizards.items()):
            self.wizards.pop(key, None)
            w.close()
        self.session.undo_stack.clear()
        self.enable_actions()

    def _storage_failed(self, title: str, exc: ItadeskError):
        """A storage operation called directly was refused: explain it (lock lost included)."""
        from ..storage.errors import LockLostError

        if isinstance(exc, LockLostError) and self.session is not None:
            self.session.notice_lock_lost(exc, during_edit=True)
            return
        self.show_error(title, exc.message(lang()))

    def open_path(self, path: str | Path) -> bool:
        """Open a data file. A refusal is explained and, where there is one, the next step is
        offered (ui/opening.py: take over a stale lock, restore a backup, open read-only)."""
        from .opening import open_session

        session = open_session(self, path)
        if session is None:
            return False
        self.set_session(session)
        self.show_open_warnings(session)
        return True

    def show_open_warnings(self, session: Session):
        """The file's warnings (network share, a failed backup…) in one box, each shown once
        per file while the program runs."""
        key = str(session.path)
        texts = []
        for note in getattr(session.office, "warnings", []) or []:
            text = note.message(lang()) if hasattr(note, "message") else str(note)
            if (key, text) not in self._shown_warnings:
                self._shown_warnings.add((key, text))
                texts.append(text)
        if not texts:
            return None
        box = QMessageBox(QMessageBox.Warning, tr("คำเตือนเกี่ยวกับไฟล์ข้อมูล"), "\n\n".join(texts),
                          QMessageBox.Ok, self)
        box.setObjectName("open_warnings")
        box.open()
        self.last_message = box
        return box

    def ask(self, box: QMessageBox):
        """Ask a question and wait for the answer: the button clicked (None when closed)."""
        box.exec()
        return box.clickedButton()

    @property
    def read_only(self) -> bool:
        s = self.session
        return s is not None and (s.lost is not None or bool(getattr(s.office, "read_only", False)))

    def _refuse_read_only(self) -> bool:
        """True (after saying so) when the open file may not be edited."""
        if not self.read_only:
            return False
        self.show_error(tr("เปิดแบบอ่านอย่างเดียว"),
                        tr("ไฟล์นี้เปิดแบบอ่านอย่างเดียว ดูและพิมพ์เอกสารได้แต่แก้ไขไม่ได้"))
        return True

    def enable_actions(self):
        """Editing needs a writable file; export needs a year and no export running."""
        s = self.session
        editable = s is not None and not self.read_only
        has_year = s is not None and s.year is not None
        self.new_year_button.setEnabled(editable)
        self.edit_office_button.setEnabled(editable)
        for act in getattr(self, "editing_actions", []):
            act.setEnabled(editable)
        no_framework = has_year and s.framework(s.year) is None
        for kind in DOCUMENTS:
            button = self.docs.findChild(QPushButton, f"edit_{kind}")
            if button is not None:
                button.setEnabled(editable)
                button.setToolTip(
                    tr("ยังไม่มีกรอบการประเมินปี {0}: กดเพื่อสร้างกรอบฉบับชั่วคราวจากปีก่อน").format(s.year)
                    if no_framework and kind in FRAMEWORK_WIZARDS else "")
            act = getattr(self, "preview_actions", {}).get(kind)
            if act is not None:
                act.setEnabled(has_year and not (no_framework and kind not in ("plan", "memo")))
            button = self.docs.findChild(QPushButton, f"preview_{kind}")
            if button is not None:
                needs = kind not in ("plan", "memo")
                button.setEnabled(not (no_framework and needs))
                button.setToolTip(
                    tr("พิมพ์ไม่ได้: ยังไม่มีกรอบการประเมินปี {0}").format(s.year)
                    if no_framework and needs else "")
        self.act_derive_framework.setEnabled(editable and no_framework)
        self.act_delete_year.setEnabled(self.can_delete_year())
        if s is not None and s.year is not None:
            self.act_delete_year.setText(tr("ลบปีงบประมาณ {0}…").format(s.year))
        else:
            self.act_delete_year.setText(tr("ลบปีงบประมาณ…"))
        running = self.exporter.running
        self.export_button.setEnabled(has_year and not running)
        self.act_export.setEnabled(has_year and not running)
        if not editable:
            self.act_undo.setEnabled(False)
            self.act_redo.setEnabled(False)
        if self.read_only and s.lost is not None:
            who, host, when = _taken_by(s, s.lost)
            self.read_only_banner.setText(
                tr("อ่านอย่างเดียว: {0} ที่เครื่อง {1} เข้าใช้ไฟล์นี้แทนแล้วตั้งแต่ {2} — ดูตัวอย่าง พิมพ์ "
                   "และส่งออกได้ แต่แก้ไขไม่ได้ (ปิดโปรแกรมที่เครื่องนั้นก่อน แล้วเปิดไฟล์อีกครั้งเมื่อต้องการแก้ไข)").format(
                    who, host, when))
        elif self.read_only:
            self.read_only_banner.setText(
                tr("เปิดแบบอ่านอย่างเดียว: {0} — ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ "
                   "(เปิดไฟล์อีกครั้งตามปกติเมื่อต้องการแก้ไข)").format(s.path))
        self.read_only_banner.setVisible(self.read_only)

    def show_error(self, title: str, text: str):
        box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, self)
        box.setObjectName("error_box")
        box.open()
        self.last_message = box
        return box

    def remember_recent(self, path: str):
        settings = machine_settings()
        recent = [p for p in recent_files(settings) if p != path]
        recent.insert(0, path)
        settings.setValue("recent", recent[:MAX_RECENT])
        settings.setValue("last", path)
        self._fill_recent()

    def _fill_recent(self):
        self.recent_menu.clear()
        recent = recent_files()
        for p in recent:
            act = self.recent_menu.addAction(p)
            act.triggered.connect(lambda _c=False, path=p: void(self.open_recent, path))
        self.recent_menu.setEnabled(bool(recent))

    def open_recent(self, path: str) -> bool:
        """A recent file that is gone (moved, deleted, a USB stick removed) is explained and
        dropped from the list; opening it would create a new empty file of that name."""
        if not Path(path).is_file():
            settings = machine_settings()
            settings.setValue("recent", [p for p in recent_files(settings) if p != path])
            self._fill_recent()
            box = self.show_error(tr("ไม่พบไฟล์"), tr("ไม่พบไฟล์ {0} (อาจถูกย้าย ลบ หรืออยู่ในแฟลชไดรฟ์ที่ถอดออกแล้ว) "
                                                      "จึงนำออกจากรายการไฟล์ที่เปิดล่าสุด ไม่มีการสร้างไฟล์ใหม่").format(path))
            box.setObjectName("recent_missing")
            return False
        return self.open_path(path)

    # ------------------------------------------------------------------ refresh

    def _on_changed(self, topic: str):
        self.saved_label.setText(tr("บันทึกอัตโนมัติแล้ว {0}").format(QTime.currentTime().toString("HH:mm:ss")))
        if not hasattr(self, "_refresh_timer"):
            self._refresh_timer = QTimer(self)
            self._refresh_timer.setSingleShot(True)
            self._refresh_timer.setInterval(150)
            self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()

    def refresh(self):
        s = self.session
        self._fill_recent()
        titles = document_titles()
        self.enable_actions()
        if s is None:
            self.demo_banner.hide()
            self.office_label.setText(tr("ยังไม่ได้เปิดไฟล์"))
            self.framework_bar.hide()
            self.year_list.clear()
            self.docs.setEnabled(False)
            return
        self.docs.setEnabled(True)
        office = s.office_profile()
        if office is None:
            self.office_label.setText(tr("ยังไม่มีข้อมูลหน่วยงาน — กด “แก้ไขข้อมูลหน่วยงานและผู้ลงนาม”"))
            self.setWindowTitle(f"itadesk — {s.path or ''}")
        else:
            loc = " ".join(x for x in (office.location,) if x)
            self.office_label.setText(f"<b>{office.full_name}</b><br>{loc}<br>"
                                      + tr("รหัส {0}").format(office.code))
            demo = is_demo_office(office)
            mark = tr("[ตัวอย่าง] ") if demo else ""
            self.setWindowTitle(f"itadesk — {mark}{office.short_name} — {s.path or ''}")
            self.demo_banner.setText(
                tr("ไฟล์ตัวอย่าง: {0} เป็นหน่วยงานสมมติสำหรับทดลองใช้โปรแกรม ข้อมูลทั้งหมดแต่งขึ้น "
                   "เมื่อพร้อมทำงานจริง ใช้เมนู ไฟล์ ▸ สร้างไฟล์ใหม่… เพื่อสร้างไฟล์ของหน่วยงานท่าน").format(
                    office.full_name) if demo else "")
        self.demo_banner.setVisible(office is not None and is_demo_office(office))
        years = s.years()
        self.year_list.blockSignals(True)
        self.year_list.clear()
        for y in reversed(years):
            item = QListWidgetItem(tr("ปีงบประมาณ {0}").format(y))
            item.setData(Qt.UserRole, y)
            self.year_list.addItem(item)
            if y == s.year:
                self.year_list.setCurrentItem(item)
        self.year_list.blockSignals(False)
        nxt = (years[-1] + 1) if years else current_fiscal_year()
        self.new_year_button.setText(tr("เริ่มปีงบประมาณ {0}").format(nxt))
        if s.year is None or office is None:
            self.year_title.setText(tr("ยังไม่มีปีงบประมาณ") if s.year is None else "")
            for r, kind in enumerate(DOCUMENTS):
                self.docs.setItem(r, 0, QTableWidgetItem(titles[kind]))
                self.docs.setItem(r, 1, QTableWidgetItem("-"))
                self.docs.setItem(r, 2, QTableWidgetItem(""))
            self.problem_list.clear()
            self.framework_bar.hide()
            return
        self.year_title.setText(tr("ปีงบประมาณ {0}").format(s.year))
        self._show_framework_notice(s.year)
        self.ita_year.show_year(s, s.year)
        data = s.year_data()
        fw = s.framework()
        comp = completeness(data, fw)
        self.problems = self.check(data, fw)
        counts = {kind: 0 for kind in DOCUMENTS}
        for p in self.problems:
            if not p.code.startswith(INCOMPLETE):  # the completeness column says those
                counts[_document_of(p)] += 1
        for r, kind in enumerate(DOCUMENTS):
            c = comp[kind]
            self.docs.setItem(r, 0, QTableWidgetItem(titles[kind]))
            # D6 counts memos (one per document, two for the plan report's rounds)
            amount = (tr("{0}/{1} ฉบับ") if kind == "memo" else tr("{0}/{1} ส่วน")).format(c.filled, c.total)
            item = QTableWidgetItem(amount + (" ✓" if c.done else ""))
            item.setForeground(Qt.darkGreen if c.done else Qt.black)
            gaps = c.gaps(lang())
            item.setToolTip(tr("ยังขาด:") + "\n" + "\n".join("• " + g for g in gaps) if gaps
                            else tr("ครบถ้วน"))
            self.docs.setItem(r, 1, item)
            warn = QTableWidgetItem(str(counts[kind]) if counts[kind] else "")
            if counts[kind]:
                warn.setForeground(Qt.darkRed)
            self.docs.setItem(r, 2, warn)
        self.docs.resizeRowsToContents()
        self.problem_list.clear()
        if not self.problems:
            self.problem_list.addItem(tr("ไม่พบปัญหา"))
        for p in self.problems:
            item = QListWidgetItem("⚠ " + p.message(lang()))
            item.setData(Qt.UserRole, self.problem_list.count())
            self.problem_list.addItem(item)

    def goto_problem_item(self, item) -> None:
        number = item.data(Qt.UserRole)
        if number is not None and 0 <= number < len(self.problems):
            self.goto_problem(self.problems[number])

    def goto_problem(self, problem):
        """Open the wizard where `problem` is fixed, on its section, focus on its first field."""
        kind = _document_of(problem)
        wizard = self.open_document(kind)
        if wizard is None:
            return None
        wizard.goto(section_for(kind, problem))
        wizard.focus_first_field()
        return wizard

    def check(self, data, fw):
        """The consistency check, and what each document still lacks (one line per gap,
        so an empty year says what to fill rather than "no problems")."""
        from ..domain.consistency import check_year

        return check_year(data, fw) + incomplete_problems(data, fw)

    def _year_selected(self, item, _prev=None):
        if item is not None and self.session is not None:
            self.session.set_year(item.data(Qt.UserRole))
            self.refresh()

    # ------------------------------------------------------------------ file actions

    def new_file(self, path: str | None = None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("สร้างไฟล์ข้อมูลใหม่"), str(start_folder() / (office_file_name() + OFFICE_SUFFIX)),
                                                  tr("ไฟล์ข้อมูล itadesk (*.itadesk)"))
            if not path:
                return False
            path = with_office_suffix(path)
        if Path(path).exists():
            self.show_error(tr("สร้างไฟล์ไม่ได้"), tr("มีไฟล์ {0} อยู่แล้ว").format(path))
            return False
        if not self.open_path(path):
            return False
        self.open_office_wizard()
        return True

    def open_file_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("เปิดไฟล์ข้อมูล"), str(start_folder()),
                                              tr("ไฟล์ข้อมูล itadesk (*.itadesk *.itadesk.db *.db);;ทุกไฟล์ (*)"))
        if path:
            self.open_path(path)

    def save_as(self, path: str | None = None):
        if self.session is None:
            return False
        if path is None:
            name = office_file_name(self.session.office_profile()) + OFFICE_SUFFIX
            path, _ = QFileDialog.getSaveFileName(self, tr("บันทึกเป็นไฟล์ใหม่"), str(start_folder() / name),
                                                  tr("ไฟล์ข้อมูล itadesk (*.itadesk)"))
            if not path:
                return False
            path = with_office_suffix(path)
        from ..storage.database import copy_file

        try:
            copy_file(self.session.office, path)
        except (ItadeskError, OSError) as exc:
            self.show_error(tr("บันทึกไม่สำเร็จ"), exc.message(lang()) if isinstance(exc, ItadeskError) else str(exc))
            return False
        return self.open_path(path)

    def restore_backup(self):
        if self._refuse_read_only():
            return None
        from .backups import restore_backup_dialog

        restore_backup_dialog(self)

    # ------------------------------------------------------------------ years

    def start_next_year(self, year: int | None = None, confirm: bool = True,
                        make_framework: bool = True) -> dict | None:
        """Open the next fiscal year (after asking, unless `confirm` is False). When the year
        has no framework, a provisional one copied from the year before is made too (the
        question offers it ticked; `make_framework` says it without the question)."""
        s = self.session
        if s is None or self._refuse_read_only():
            return None
        years = s.years()
        if not years:
            if year is None:
                year, ok = QInputDialog.getInt(self, tr("ปีงบประมาณแรก"), tr("ปีงบประมาณ (พ.ศ.)"),
                                               current_fiscal_year(), 2500, 2700)
                if not ok:
                    return None
            try:
                ops.ensure_year(s.office, year)
            except ItadeskError as exc:
                self._storage_failed(tr("เริ่มปีงบประมาณไม่ได้"), exc)
                return None
            s.set_year(year)
            self.refresh()
            return {}
        year = year or years[-1] + 1
        base = self.framework_base(year)  # None: the year has a framework (or none to copy)
        if confirm:
            box = QMessageBox(QMessageBox.Question, tr("เริ่มปีงบประมาณใหม่"),
                              tr("เริ่มปีงบประมาณ {0} โดยยกโครงการในแผนปฏิบัติการ หน่วยงานรับผิดชอบ OIT "
                                 "หัวบันทึกข้อความ และหลักการและเหตุผลของรายงานการวิเคราะห์จากปี {1} มาด้วย?\n(ขั้นตอนนี้ยกเลิกด้วย “เลิกทำ” ไม่ได้)").format(year, year - 1),
                              parent=self)
            box.setObjectName("start_year")
            start = box.addButton(tr("เริ่มปีงบประมาณ {0}").format(year), QMessageBox.AcceptRole)
            cancel = box.addButton(tr("ยกเลิก"), QMessageBox.RejectRole)
            box.setDefaultButton(start)
            box.setEscapeButton(cancel)
            check = None
            if base is not None:
                box.setInformativeText(
                    tr("ยังไม่มีกรอบการประเมินปี {0}: ถ้าไม่มีกรอบ จะพิมพ์ได้เฉพาะ D5 และ D6 "
                       "กรอบฉบับชั่วคราวลบได้ด้วย “เลิกทำ” และแทนที่ได้ด้วยการนำเข้าไฟล์ฉบับจริง").format(year))
                check = QCheckBox(tr("สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1}").format(year, base))
                check.setObjectName("derive_framework")
                check.setChecked(True)
                box.setCheckBox(check)
            if self.ask(box) is not start:
                return None
            make_framework = check is not None and check.isChecked()
        make_framework = make_framework and base is not None
        derived = None
        if make_framework:
            from ..domain.framework_derive import derive_for

            try:
                derived, _text = derive_for(s.registry, year, base)
            except ItadeskError as exc:
                self.show_error(tr("สร้างกรอบการประเมินไม่ได้"), exc.message(lang()))
                return None
        try:
            # the OIT units carried forward are those of the codes the new framework knows
            counts = ops.start_new_year(s.office, year, framework=derived)
        except ItadeskError as exc:
            self._storage_failed(tr("เริ่มปีงบประมาณไม่ได้"), exc)
            return None
        s.set_year(year)
        if make_framework:
            self.derive_framework(year, base)
        self.refresh()
        self.statusBar().showMessage(
            tr("เริ่มปีงบประมาณ {0} แล้ว: ยกโครงการ {1} รายการ, ข้อ OIT {2} ข้อ, บันทึกข้อความ {3} ฉบับ").format(
                year, counts["plan_items"], counts["oit_items"], counts["memos"]), 10000)
        return counts

    def can_delete_year(self) -> bool:
        """A year may be removed from a writable file that has more than one."""
        s = self.session
        return s is not None and not self.read_only and len(s.years()) > 1

    def year_context_menu(self, year: int) -> QMenu:
        """The menu of one year in the list (right click)."""
        menu = QMenu(self)
        menu.setObjectName("year_menu")
        act = menu.addAction(tr("ลบปีงบประมาณ {0}…").format(year))
        act.setObjectName("delete_year")
        act.setEnabled(self.can_delete_year())
        act.triggered.connect(lambda _c=False, y=year: void(self.delete_year, y))
        return menu

    def _year_context_menu(self, pos):
        item = self.year_list.itemAt(pos)
        if item is None:
            return
        menu = self.year_context_menu(item.data(Qt.UserRole))
        menu.setAttribute(Qt.WA_DeleteOnClose)
        menu.popup(self.year_list.viewport().mapToGlobal(pos))

    def delete_year(self, year: int | None = None):
        """Remove a fiscal year (storage makes a backup first) after saying what it holds.
        Not on the undo stack: the backup is the way back (File ▸ restore a backup), and the
        undo history is cleared because its steps may belong to the removed year."""
        s = self.session
        if s is None or self._refuse_read_only():
            return None
        year = s.year if year is None else int(year)
        if year is None:
            return None
        try:
            plan = ops.year_removal(s.office, year)
        except ItadeskError as exc:
            self._storage_failed(tr("ลบปีงบประมาณไม่ได้"), exc)
            return None
        box = QMessageBox(QMessageBox.Warning, tr("ลบปีงบประมาณ"),
                          tr("ลบปีงบประมาณ {0} ออกจากไฟล์นี้หรือไม่?").format(year), parent=self)
        box.setObjectName("delete_year")
        box.setInformativeText(self._removal_text(plan))
        remove = box.addButton(tr("ลบปีงบประมาณ {0}").format(year), QMessageBox.DestructiveRole)
        cancel = box.addButton(tr("ยกเลิก"), QMessageBox.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        if self.ask(box) is not remove:
            return None
        try:
            done = ops.delete_year(s.office, year)
        except ItadeskError as exc:
            self._storage_failed(tr("ลบปีงบประมาณไม่ได้"), exc)
            return None
        for key, w in list(self.wizards.items()):  # the year's wizards and previews go too
            if key.endswith(f":{year}"):
                self.wizards.pop(key, None)
                w.close()
        for w in [w for w in self.windows if getattr(w, "year", None) == year]:
            self.windows.remove(w)
            w.close()
        s.clear_history()
        years = s.years()
        if s.year not in years:
            s.set_year(years[-1] if years else None)  # the newest left, as on opening the file
        self.refresh()
        where = done.backup.name if done.backup is not None else ""
        self.statusBar().showMessage(
            tr("ลบปีงบประมาณ {0} แล้ว — สำรองไฟล์ก่อนลบไว้แล้ว ({1})").format(year, where), 15000)
        return done

    def _restore_menu_path(self) -> str:
        file_menu = self.menuBar().actions()[0].text().replace("&", "")
        return f"{file_menu} ▸ {self.act_restore.text()}"

    def _removal_text(self, plan) -> str:
        labels = {
            "scores": tr("คะแนน ITA {0} ค่า"),
            "findings": tr("การวิเคราะห์ผล {0} รายการ"),
            "measures": tr("มาตรการ {0} รายการ"),
            "oit_progress": tr("ข้อ OIT {0} ข้อ"),
            "plan_items": tr("โครงการในแผนปฏิบัติการ {0} รายการ"),
            "round_results": tr("ผลการดำเนินงานรายรอบ {0} รายการ"),
            "round_reports": tr("รายงานผลแผนฯ {0} รอบ"),
            "memos": tr("บันทึกข้อความ {0} ฉบับ"),
            "title_overrides": tr("ชื่อข้อ OIT ที่พิมพ์เอง {0} ข้อ"),
        }
        parts = [labels[key].format(n) for key, n in plan.summary()]
        y = plan.year
        lines = [tr("ข้อมูลที่จะถูกลบ: {0}").format(", ".join(parts)) if parts
                 else tr("ปีงบประมาณ {0} ยังไม่มีข้อมูล").format(y)]
        for key, n in sorted(plan.kept_measures.items()):
            if key == y:
                lines.append(tr("มาตรการสำหรับปี {0} จำนวน {1} รายการยังอยู่ เพราะเป็นเอกสาร D2 ของปีงบประมาณ {2}")
                             .format(key, n, y - 1))
            else:
                lines.append(tr("มาตรการสำหรับปี {0} จำนวน {1} รายการยังอยู่ เพราะเป็นเอกสาร D3 ของปีงบประมาณ {0}")
                             .format(key, n))
        lines.append(tr("ก่อนลบ โปรแกรมจะสำรองไฟล์ไว้ก่อน ถ้าต้องการปีนี้คืน ใช้เมนู {0} "
                        "แล้วเลือกรายการ “ก่อนลบปีงบประมาณ {1}”").format(self._restore_menu_path(), y))
        lines.append(tr("การลบยกเลิกด้วย “เลิกทำ” ไม่ได้ และประวัติการเลิกทำจะถูกล้าง"))
        return "\n\n".join(lines)

    # ------------------------------------------------------------------ documents

    def _need_year(self) -> bool:
        s = self.session
        if s is None:
            return False
        if s.office_profile() is None:
            self.open_office_wizard()
            return False
        if s.year is None:
            self.show_error(tr("ยังไม่มีปีงบประมาณ"), tr("กด “เริ่มปีงบประมาณ” ก่อน"))
            return False
        return True

    def open_office_wizard(self):
        if self.session is None or self._refuse_read_only():
            return None
        from .wizards.office import OfficeWizard

        return self._show_wizard("office", lambda: OfficeWizard(self.session, self))

    def open_document(self, kind: str):
        if self._refuse_read_only() or not self._need_year():
            return None
        if kind in FRAMEWORK_WIZARDS and self.session.framework(self.session.year) is None:
            if not self._offer_framework(kind):
                return None
        from .wizards import documents

        return self._show_wizard(f"{kind}:{self.session.year}",
                                 lambda: documents.make_wizard(kind, self.session, self))

    def _show_wizard(self, key, factory):
        wizard = self.wizards.get(key)
        if wizard is None:
            wizard = factory()
            self.wizards[key] = wizard
            wizard.finished.connect(lambda _r, k=key: void(self.wizards.pop, k, None))
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()
        return wizard

    def open_preview(self, kind: str, round_: int | None = None):
        if not self._need_year():
            return None
        from .preview import PreviewWindow

        for window in self.windows:  # one preview per document: the open one comes forward
            if (isinstance(window, PreviewWindow) and window.kind == kind and window.year == self.session.year
                    and window.isVisible()):
                if round_ is not None and window.round != round_:
                    window.round_combo.setCurrentIndex(0 if round_ == 6 else 1)
                    window.start()
                window.raise_()
                window.activateWindow()
                return window
        self.windows = [w for w in self.windows if w.isVisible()]
        window = PreviewWindow(self.session, kind, self.session.year, round_=round_, parent=self)
        self.windows.append(window)
        window.show()
        window.start()
        return window

    def open_settings(self):
        if self.session is None or self._refuse_read_only():
            return None
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self)
        dialog.open()
        return dialog

    def import_framework(self, path: str | None = None):
        if self.session is None or self._refuse_read_only():
            return None
        from .frameworks import import_framework_file

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("นำเข้ากรอบการประเมิน"), str(start_folder()),
                                                  tr("ไฟล์กรอบการประเมิน (*.yaml *.yml)"))
            if not path:
                return None
        try:
            fw = import_framework_file(self.session, path)
        except ItadeskError as exc:
            self.show_error(tr("นำเข้าไม่สำเร็จ"), exc.message(lang()))
            return None
        self.refresh()
        self.statusBar().showMessage(tr("นำเข้ากรอบการประเมินปี {0} แล้ว").format(fw.fiscal_year), 8000)
        return fw

    def edit_framework(self):
        """Tools ▸ แก้ไขกรอบการประเมิน…: the current year's framework (ui/framework_editor.py)."""
        if self.session is None or self._refuse_read_only() or not self._need_year():
            return None
        from .framework_editor import FrameworkEditor

        try:
            dialog = FrameworkEditor(self.session, self)
        except ItadeskError as exc:
            self.show_error(tr("แก้ไขกรอบการประเมินไม่ได้"), exc.message(lang()))
            return None
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ provisional frameworks

    def framework_base(self, year: int | None) -> int | None:
        """The year a provisional framework for `year` would be copied from: the newest
        earlier year that has one; None when `year` has a framework or nothing to copy."""
        s = self.session
        if s is None or year is None or year in s.registry:
            return None
        earlier = [y for y in s.registry.years() if y < year]
        return earlier[-1] if earlier else None

    def derive_framework(self, year: int | None = None, from_year: int | None = None):
        """Tools ▸ make a provisional framework for the current year (undoable)."""
        s = self.session
        if s is None or self._refuse_read_only():
            return None
        year = s.year if year is None else int(year)
        if year is None:
            self.show_error(tr("ยังไม่มีปีงบประมาณ"), tr("กด “เริ่มปีงบประมาณ” ก่อน"))
            return None
        if year in s.registry:
            fw = s.registry.get(year)
            self.show_error(tr("มีกรอบการประเมินอยู่แล้ว"),
                            tr("ปีงบประมาณ {0} มีกรอบการประเมินอยู่แล้ว ({1}) จึงไม่สร้างฉบับชั่วคราวทับ "
                               "ถ้าได้รับไฟล์ฉบับจริง ใช้เมนู เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA (YAML)…").format(
                                year, Path(fw.source).name))
            return None
        from .frameworks import derive_framework_for_year

        try:
            fw = derive_framework_for_year(s, year, from_year)
        except ItadeskError as exc:
            self.show_error(tr("สร้างกรอบการประเมินไม่ได้"), exc.message(lang()))
            return None
        self.refresh()
        from ..domain.framework_derive import derived_from

        self.statusBar().showMessage(
            tr("สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1} แล้ว (เลิกทำได้)").format(
                year, derived_from(fw)), 10000)
        return fw

    def _offer_framework(self, kind: str) -> bool:
        """D1/D4 of a year without a framework: offer to make the provisional one first;
        True when the wizard may open."""
        s = self.session
        year = s.year
        base = self.framework_base(year)
        title = document_titles()[kind]
        if base is None:
            self.show_error(tr("ยังไม่มีกรอบการประเมิน"),
                            tr("{0} ต้องใช้กรอบการประเมินปี {1} ซึ่งยังไม่มี: นำเข้าไฟล์กรอบการประเมินที่เมนู "
                               "เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA (YAML)…").format(title, year))
            return False
        box = QMessageBox(QMessageBox.Question, tr("ยังไม่มีกรอบการประเมิน"),
                          tr("{0} ต้องใช้กรอบการประเมินปี {1} (ตัวชี้วัดและข้อ OIT ของปีนั้น) ซึ่งยังไม่มี").format(
                              title, year), parent=self)
        box.setObjectName("need_framework")
        box.setInformativeText(
            tr("สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1} แล้วเปิด? "
               "(ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ)").format(year, base))
        make = box.addButton(tr("สร้างกรอบชั่วคราวแล้วเปิด"), QMessageBox.AcceptRole)
        cancel = box.addButton(tr("ยกเลิก"), QMessageBox.RejectRole)
        box.setDefaultButton(make)
        box.setEscapeButton(cancel)
        if self.ask(box) is not make:
            return False
        return self.derive_framework(year, base) is not None

    def _show_framework_notice(self, year: int) -> None:
        """The one-line notice on the year's page: no framework yet, or a provisional one."""
        from ..domain.framework_derive import derived_from

        s = self.session
        fw = s.framework(year)
        base = self.framework_base(year)
        self.derive_button.setVisible(fw is None and base is not None)
        if fw is None:
            if base is not None:
                text = tr("ยังไม่มีกรอบการประเมินปี {0}: พิมพ์ได้เฉพาะ D5 และ D6 — สร้างกรอบฉบับชั่วคราวจากปี {1} "
                          "(ปุ่มทางขวา หรือเมนู เครื่องมือ) หรือนำเข้าไฟล์ฉบับจริง "
                          "(เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA)").format(year, base)
                self.derive_button.setText(tr("สร้างกรอบชั่วคราวจากปี {0}").format(base))
                self.derive_button.setEnabled(not self.read_only)
            else:
                text = tr("ยังไม่มีกรอบการประเมินปี {0}: พิมพ์ได้เฉพาะ D5 และ D6 — นำเข้าไฟล์กรอบการประเมิน "
                          "(เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA)").format(year)
        elif fw.provisional and derived_from(fw) is not None:
            text = tr("กรอบการประเมินปี {0} เป็นฉบับชั่วคราว (คัดลอกจากปี {1}) ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. "
                      "และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ").format(year, derived_from(fw))
        elif fw.provisional:
            text = tr("กรอบการประเมินปี {0} เป็นฉบับชั่วคราว ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. "
                      "และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ").format(year)
        else:
            self.framework_bar.hide()
            return
        self.framework_notice.setText(("⚠ " if fw is None else "") + text)
        self.framework_bar.show()

    def export_package(self, path: str | Path | None = None) -> bool:
        """Export for sending upward (ui/export.py): warnings, where to save, a worker thread."""
        return self.exporter.start(path)

    def open_aggregation(self):
        try:
            from . import aggregation_window
        except ImportError:
            self.show_error(tr("ยังไม่พร้อมใช้งาน"), tr("หน้าต่างรวมผลยังไม่มีในรุ่นนี้"))
            return None
        window = aggregation_window.AggregationWindow(parent=self)
        self.windows.append(window)
        window.show()
        return window

    def show_log(self):
        """Where the log file is (Help menu): for the support person, since offices have no
        console; "Open folder" opens it in the file manager."""
        from .. import logs

        path = logs.log_file()
        box = QMessageBox(QMessageBox.Information, tr("ไฟล์บันทึกการทำงานของโปรแกรม"),
                          tr("โปรแกรมบันทึกข้อผิดพลาดและการทำงานเบื้องหลังไว้ในไฟล์\n{0}\n"
                             "เมื่อแจ้งปัญหาแก่ผู้ดูแล กรุณาแนบไฟล์นี้ไปด้วย").format(str(path)))
        box.setObjectName("log_location")
        box.setTextInteractionFlags(Qt.TextSelectableByMouse)
        open_folder = box.addButton(tr("เปิดโฟลเดอร์"), QMessageBox.ActionRole)
        box.addButton(tr("ปิด"), QMessageBox.RejectRole)
        if self.ask(box) is open_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
            open_in_file_manager(path.parent)
        return path

    def about(self):
        from .. import __version__

        box = QMessageBox(QMessageBox.Information, tr("เกี่ยวกับ itadesk"),
                          tr("itadesk {0}\nโปรแกรมจัดทำรายงาน ITA สำหรับองค์กรปกครองส่วนท้องถิ่น "
                             "ทำงานได้โดยไม่ต้องต่ออินเทอร์เน็ต").format(__version__))
        box.setObjectName("about")
        self.ask(box)

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event):
        machine_settings().setValue("window/geometry", self.saveGeometry())
        self.exporter.cancel()
        for w in list(self.wizards.values()) + self.windows:
            w.close()
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)


def _taken_by(session, exc) -> tuple[str, str, str]:
    """Who took the file over, on which computer, since when (texts; "ไม่ทราบ" when unknown)."""
    from ..storage.errors import when_en, when_th

    lock = getattr(session.office, "lock", None)
    info = getattr(lock, "lost", None)
    readable = info is not None and getattr(info, "readable", False)
    who = getattr(exc, "by", "") or (info.user if readable else "")
    host = getattr(exc, "host", "") or (info.host if readable else "")
    since = getattr(exc, "since", None) or (info.since if readable else None)
    unknown = tr("ไม่ทราบ")
    when = (when_en(since) if lang() == "en" else when_th(since)) if since is not None else unknown
    return (who if who and who != "?" else unknown, host if host and host != "?" else unknown, when)


def _document_of(problem) -> str:
    if problem.code.startswith(INCOMPLETE):
        return problem.code[len(INCOMPLETE):]
    from ..domain.consistency import document_of

    return document_of(problem.where)


# where a problem is fixed: (words in its Thai place or text, the wizard's section number)
SECTION_HINTS = {
    "analysis": [("หลักการและเหตุผล", 0), ("คะแนนรายข้อ", 2), ("การวิเคราะห์", 3), ("คะแนน", 1),
                 ("ตัวชี้วัด", 1)],
    "plan": [("ผลรอบ", 2), ("แผนปฏิบัติการฯ รอบ", 2), ("ยังไม่มีผล", 2), ("แผนฯ:", 1),
             ("ยังไม่มีโครงการ", 1), ("คำนำ", 3), ("รายงานแผนฯ", 3), ("ปัญหาและอุปสรรค", 6),
             ("แผนปฏิบัติการ", 0)],
}


def section_for(kind: str, problem) -> int:
    text = f"{problem.where} {problem.th}"
    for words, number in SECTION_HINTS.get(kind, []):
        if words in text:
            return number
    return 0


def open_in_file_manager(folder: Path) -> None:
    """Show `folder` in Explorer / the desktop's file manager (tests replace this)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


OFFICE_SUFFIX = ".itadesk"


def with_office_suffix(path: str) -> str:
    """A name typed without an extension gets `.itadesk` (the one Windows associates with
    the program); a name the clerk gave an extension to (`.itadesk.db`, `.db`) is kept."""
    return path if Path(path).suffix else path + OFFICE_SUFFIX
