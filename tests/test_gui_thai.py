"""Thai throughout in Thai mode (Qt's own buttons and file dialog too: translations/qt_th.ts),
no Thai labels of our own in English mode, and messages without internal keys or ISO dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWizard,
)

from itadesk.storage import operations as ops
from itadesk.storage import queries
from test_ui_support import demo_window

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui

THAI = re.compile("[\u0e01-\u0e5b]")


def _button_texts(box) -> set[str]:
    return {b.text().replace("&", "") for b in box.findChildren(QAbstractButton) if b.text()}


def test_qt_standard_buttons_are_thai_in_thai_mode(gui):
    box = QMessageBox(QMessageBox.Warning, "t", "x", QMessageBox.Ok | QMessageBox.Cancel)
    box.setDetailedText("details")
    texts = _button_texts(box)
    assert {"ตกลง", "ยกเลิก"} <= texts
    assert any(t.startswith("แสดงรายละเอียด") for t in texts)
    buttons = QDialogButtonBox(QDialogButtonBox.Yes | QDialogButtonBox.No | QDialogButtonBox.Save
                               | QDialogButtonBox.Discard | QDialogButtonBox.Apply | QDialogButtonBox.Close)
    assert {"ใช่", "ไม่", "บันทึก", "ทิ้ง", "ใช้", "ปิด"} <= _button_texts(buttons)
    wizard = QWizard()
    assert wizard.buttonText(QWizard.NextButton).replace("&", "").startswith("ถัดไป")


def test_file_dialog_is_thai_in_thai_mode(gui, tmp_path):
    dialog = QFileDialog(None, "เปิด", str(tmp_path))
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    labels = {w.text().replace("&", "") for w in dialog.findChildren(QLabel) if w.text()}
    assert "ชื่อไฟล์:" in labels and "ค้นหาใน:" in labels
    assert "ยกเลิก" in _button_texts(dialog)


def _menu_actions(menu):
    for a in menu.actions():
        yield a
        if a.menu() is not None:
            yield from _menu_actions(a.menu())


def test_english_mode_has_no_thai_of_its_own(window, qapp, tmp_path):
    session = demo_window(window, tmp_path / "demo.itadesk")
    window.set_language("en")
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # the Thai widgets replaced
    try:
        box = QMessageBox(QMessageBox.Warning, "t", "x", QMessageBox.Ok | QMessageBox.Cancel)
        assert {"OK", "Cancel"} <= _button_texts(box)
        office = session.office_profile()
        data = {office.full_name, office.short_name, office.name, office.kind}
        fw = session.framework()  # the framework's own names (data, Thai only in the file)
        data |= {i.name_th for i in fw.indicators}
        data |= {getattr(x, "name_th", "") for x in getattr(fw, "instruments", ())} - {""}
        windows = [window] + [window.open_document(k) for k in
                              ("analysis", "measures", "results", "oit", "plan", "memo")]
        windows.append(window.open_office_wizard())
        qapp.processEvents()
        found = []
        for w in windows:
            texts = [w.windowTitle()]
            texts += [b.text() for b in w.findChildren(QAbstractButton)]
            texts += [g.title() for g in w.findChildren(QGroupBox)]
            if w is window:
                texts += [a.text() for a in _menu_actions(window.menuBar())
                          if a not in window.recent_menu.actions()]
            if isinstance(w, QWizard):
                texts += w.section_titles()
                for pid in w.pageIds():
                    texts += [w.page(pid).title(), w.page(pid).subTitle()]
            for t in texts:
                for d in sorted(data, key=len, reverse=True):
                    t = t.replace(d, "")
                if THAI.search(t):
                    found.append((type(w).__name__, t))
        assert found == [], "\n".join(f"{a}: {b}" for a, b in found)
    finally:
        window.set_language("th")


def test_messages_name_documents_not_internal_keys_and_dates_in_be(window, tmp_path):
    from itadesk.domain.consistency import check_year

    session = demo_window(window, tmp_path / "demo.itadesk")
    memo = queries.load_memos(session.office, session.year)["analysis"]
    ops.save_memo(session.office, dataclasses.replace(memo, date=dt.date(2022, 3, 5)))
    problems = check_year(session.year_data(), session.framework())
    th = [p.message("th") for p in problems]
    en = [p.message("en") for p in problems]
    dated = next(t for t in th if "อยู่นอกปีงบประมาณ" in t)
    assert "(analysis)" not in dated and "2022-03-05" not in dated
    assert "บันทึกข้อความนำส่ง D1" in dated and "5 มีนาคม 2565" in dated
    dated_en = next(t for t in en if "outside" in t)
    assert dated_en.startswith("memo submitting D1:") and "5 Mar B.E. 2565" in dated_en
    assert not any(re.search(r"\((analysis|measures|results|oit|plan6?|memo|ind:\d+|issue:\d+|general)\)", t)
                   for t in th + en)
