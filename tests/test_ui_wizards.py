"""Every wizard of the demo office: every page can be reached from the side list and is
drawn in Thai; tables copy out and take a paste from the clipboard by keyboard.

Set ITADESK_SCREENSHOTS=<folder> to keep the screenshots (docs/screenshots/ holds a few)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from itadesk.storage import queries
from test_ui_support import demo_window, make_office, read_fixture

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui

EXPECTED_SECTIONS = {
    "analysis": ["หลักการและเหตุผล", "คะแนนตัวชี้วัด", "คะแนนรายข้อ", "การวิเคราะห์"],
    "measures": ["มาตรการปีงบประมาณ 2568"],
    "results": ["ผลการดำเนินการตามมาตรการ"],
    "oit": ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "ตัวชี้วัดที่ 10 การป้องกันการทุจริต"],
    "plan": ["แผนปฏิบัติการ", "โครงการ/กิจกรรม", "ผลการดำเนินงานรายโครงการ", "คำนำและที่มา",
             "บริบทและกระบวนการ", "ผลสัมฤทธิ์", "ปัญหาและข้อเสนอแนะ", "สรุปผล"],
    "memo": ["หัวบันทึก", "เนื้อความ", "ผู้เสนอและลำดับความเห็น"],
}


def _shots(tmp_path) -> Path:
    folder = Path(os.environ.get("ITADESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.slow
def test_every_page_of_every_wizard(window, qapp, tmp_path):
    session = demo_window(window, tmp_path / "demo.db")
    shots = _shots(tmp_path)
    window.resize(1180, 720)
    qapp.processEvents()
    assert window.grab().save(str(shots / "main-window.png"))
    wizard = window.open_office_wizard()
    for i, title in enumerate(["ข้อมูลหน่วยงาน", "กอง/สำนัก", "ผู้ลงนาม"]):
        wizard.sections.setCurrentRow(i)
        qapp.processEvents()
        assert wizard.currentPage().title() == title
        wizard.grab().save(str(shots / f"wizard-office-{i + 1}.png"))
    assert wizard.profile_form.field("name").widget.text() == session.office_profile().name
    wizard.close()
    for kind, titles in EXPECTED_SECTIONS.items():
        wizard = window.open_document(kind)
        assert wizard.section_titles() == titles
        for i in reversed(range(len(titles))):  # jump backwards and forwards from the side list
            wizard.sections.setCurrentRow(i)
            qapp.processEvents()
            assert wizard.currentPage().title() == titles[i]
            assert wizard.sections.currentRow() == i
            path = shots / f"wizard-{kind}-{i + 1}.png"
            assert wizard.grab().save(str(path)) and path.stat().st_size > 5000
        wizard.close()


def test_plan_summary_and_memo_show_the_demo_data(window, tmp_path):
    session = demo_window(window, tmp_path / "demo.db")
    plan = window.open_document("plan")
    items = queries.load_plan_items(session.office, session.year)
    assert plan.items_model.rowCount() == len(items) + 1
    assert f"ทั้งหมด {len(items)} รายการ" in plan.summary.text()
    assert "อัตราการดำเนินการ" in plan.summary.text()
    memo = window.open_document("memo")
    saved = queries.load_memos(session.office, session.year)["analysis"]
    assert memo.head_form.field("subject").widget.text() == saved.subject


def test_copy_out_and_paste_by_keyboard(window, qapp, tmp_path):
    from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    session = make_office(window, tmp_path / "office.db")
    plan = window.open_document("plan")
    plan.goto(1)
    table = plan.items_table
    mime = QMimeData()
    mime.setHtml(read_fixture("seed004_summary_paste.html"))
    QApplication.clipboard().setMimeData(mime)
    table.view.setFocus()
    QTest.keyClick(table.view, Qt.Key_V, Qt.ControlModifier)
    dialog = table.last_paste_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.source_label.text() == "ข้อมูลที่วาง: ตารางจาก Word/Excel (HTML) — 9 แถว"
    dialog.accept()
    assert len(queries.load_plan_items(session.office, 2567)) == 9
    QApplication.clipboard().setText("")  # a Python QMimeData left on the clipboard crashes Qt at exit

    sel = table.view.selectionModel()
    model = table.model
    sel.select(model.index(0, 0), QItemSelectionModel.Select)
    sel.select(model.index(1, 0), QItemSelectionModel.Select)
    QTest.keyClick(table.view, Qt.Key_C, Qt.ControlModifier)
    copied = QApplication.clipboard().mimeData()
    lines = copied.text().splitlines()
    assert lines[0].startswith("โครงการเชิดชูเกียรติบุคลากร")
    assert lines[1] == "โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต"
    assert "<table>" in copied.html()
    from itadesk.ui.table import release_clipboard

    release_clipboard()  # what the program does when it quits
    assert QApplication.clipboard().text().splitlines() == lines


def test_slots_never_return_bools(window, qapp, tmp_path):
    """PySide6 6.12 drops a reference to True on every emit() from Python and to a True/False
    returned by a slot; after enough edits the interpreter aborts. Every wizard open, every
    topic announced many times: the counts of True and False must not fall."""
    import sys

    from itadesk.ui.signals import emit

    session = demo_window(window, tmp_path / "demo.db")
    for kind in EXPECTED_SECTIONS:
        window.open_document(kind)
    window.open_office_wizard()
    topics = ("office", "years", "assessment", "findings", "measures", "oit", "titles", "plan",
              "plan_items", "round_results", "round_reports", "memos", "settings", "frameworks")
    qapp.processEvents()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(20):
        for topic in topics:
            emit(session.changed, topic)
        emit(session.year_changed, session.year)
    qapp.processEvents()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 20 and after[1] >= before[1] - 20, (before, after)


def test_emit_keeps_the_reference_count_of_true():
    import sys

    from PySide6.QtCore import QObject, Signal

    from itadesk.ui.signals import emit

    class Source(QObject):
        changed = Signal(str)

    source = Source()
    source.changed.connect(lambda _t: None)
    before = sys.getrefcount(True)
    for _ in range(10_000):
        emit(source.changed, "x")
    assert sys.getrefcount(True) >= before - 10


def test_tools_menu_opens_the_aggregation_window(window):
    agg = window.open_aggregation()
    assert agg is not None and agg.isVisible()
    agg.close()
