"""The D4 wizard's ITAS columns and the year's page panel (issue 13/16), driven through the
real widgets: links typed in a cell (6 refused with a message naming the field, nothing
written), components typed for an item the framework lacks them for, the answer; the
calendar's due line and the sample sizes from counts typed and a click."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from itadesk.storage import queries
from test_ui_support import demo_window

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


def _cell(model, code: str, key: str):
    r = next(i for i, row in enumerate(model.rows) if row.code == code)
    c = next(i for i, col in enumerate(model.columns) if col.key == key)
    return model.index(r, c)


def test_d4_links_components_answer(window, qtbot, tmp_path):
    session = demo_window(window, tmp_path / "demo.db")
    wizard = window.open_document("oit")
    model = wizard.tables[0].model
    errors = []
    model.error.connect(errors.append)
    text = "https://www.example.go.th/o1 แผนผังโครงสร้าง\nhttps://www.example.go.th/o1b คำสั่ง"
    assert model.setData(_cell(model, "o1", "links"), text)
    links = queries.load_oit_links(session.office, session.year)["o1"]
    assert [x.description for x in links] == ["แผนผังโครงสร้าง", "คำสั่ง"]
    six = "\n".join(f"https://x.go.th/{i} ลิงก์" for i in range(6))
    assert not model.setData(_cell(model, "o1", "links"), six)
    assert "“ลิงก์" in errors[-1] and "มีลิงก์ 6 รายการ ใส่ได้ไม่เกิน 5" in errors[-1]
    assert len(queries.load_oit_links(session.office, session.year)["o1"]) == 2
    assert not model.setData(_cell(model, "o1", "links"), "ftp://x.go.th/a")
    assert "http" in errors[-1]
    # o5 has no components in the 2567 framework: the clerk types them for the year
    assert model.setData(_cell(model, "o5", "components"), "แสดงข่าวประชาสัมพันธ์")
    assert queries.load_oit_components(session.office, session.year)["o5"] == ("แสดงข่าวประชาสัมพันธ์",)
    session.undo()  # back to what the demo's clerk had typed
    from itadesk.demo import OIT_COMPONENTS

    assert queries.load_oit_components(session.office, session.year)["o5"] == OIT_COMPONENTS["o5"]
    # o1's components come from the framework: typing over them is refused
    assert not model.setData(_cell(model, "o1", "components"), "อื่น")
    assert model.setData(_cell(model, "o2", "answer"), "ไม่มี")
    p = next(x for x in queries.load_oit(session.office, session.year) if x.code == "o2")
    assert p.answer == "ไม่มี"
    wizard.close()


def test_year_page_due_line_and_sample_sizes(window, qtbot, tmp_path):
    session = demo_window(window, tmp_path / "demo.db")
    panel = window.ita_year
    panel.today = date(2024, 3, 10)  # fiscal 2567's OIT answering period
    window.refresh()
    assert "ตอนนี้: ตอบแบบวัด OIT" in panel.due.text() and "ถัดไป:" in panel.due.text()
    panel.staff.clear()
    qtbot.keyClicks(panel.staff, "45")
    qtbot.keyClicks(panel.users, "1200")
    qtbot.mouseClick(panel.save, Qt.LeftButton)
    assert "IIT ต้องตอบอย่างน้อย 30 คน" in panel.samples.text()  # 10 % of 45 < 30
    assert "EIT ต้องตอบอย่างน้อย 120 คน" in panel.samples.text()
    assert queries.load_population(session.office, session.year) == (45, 1200)
    panel.users.clear()
    qtbot.keyClicks(panel.users, "abc")
    qtbot.mouseClick(panel.save, Qt.LeftButton)
    assert "จำนวนผู้รับบริการ" in panel.samples.text()
    assert queries.load_population(session.office, session.year) == (45, 1200)


def test_d1_options_order_and_image(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from test_itas import png

    session = demo_window(window, tmp_path / "demo.db")
    wizard = window.open_document("analysis")
    box = wizard.d1_options
    qtbot.mouseClick(box.by_score, Qt.LeftButton)
    assert queries.load_assessment(session.office, session.year).order_by_score is True
    session.undo()
    assert queries.load_assessment(session.office, session.year).order_by_score is False
    assert not box.by_score.isChecked()
    gif = tmp_path / "graph.gif"
    gif.write_bytes(b"GIF89a" + b"\0" * 40)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(gif), ""))
    qtbot.mouseClick(box.pick, Qt.LeftButton)
    assert "PNG หรือ JPEG" in box.status.text()
    assert queries.load_d1_image(session.office, session.year) is None
    good = tmp_path / "graph.png"
    good.write_bytes(png(200, 100))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(box.pick, Qt.LeftButton)
    assert queries.load_d1_image(session.office, session.year) == ("image/png", png(200, 100))
    assert box.remove.isEnabled()
    qtbot.mouseClick(box.remove, Qt.LeftButton)
    assert queries.load_d1_image(session.office, session.year) is None
    wizard.close()


def _type_cell(qtbot, table, row: int, col: int, text: str) -> None:
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key_F2)
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)


def test_calendar_dates_edited_on_the_year_page(window, qtbot, tmp_path):
    session = demo_window(window, tmp_path / "demo.db")
    window.show()
    panel = window.ita_year
    panel.today = date(2024, 5, 5)
    window.refresh()
    assert "ผู้ตรวจประเมินให้คะแนน" in panel.due.text()
    qtbot.mouseClick(panel.edit_calendar, Qt.LeftButton)
    assert panel.calendar.isVisible() and panel.calendar.rowCount() == 7
    oit_row = next(r for r, p in enumerate(panel.phases) if p.key == "oit")
    _type_cell(qtbot, panel.calendar, oit_row, 2, "15/5/2567")
    qtbot.mouseClick(panel.save_calendar, Qt.LeftButton)
    oit = next(p for p in queries.load_calendar(session.office, session.year) if p.key == "oit")
    assert oit.end == date(2024, 5, 15)
    assert "ตอบแบบวัด OIT" in panel.due.text()  # extended: still running on 5 May
    _type_cell(qtbot, panel.calendar, oit_row, 1, "31/2/2567")
    qtbot.mouseClick(panel.save_calendar, Qt.LeftButton)
    assert "31/2/2567" in panel.calendar_status.text() and "วันเริ่มของ" in panel.calendar_status.text()
    oit = next(p for p in queries.load_calendar(session.office, session.year) if p.key == "oit")
    assert oit.start == date(2024, 3, 1)  # nothing written
    qtbot.mouseClick(panel.reset_calendar, Qt.LeftButton)
    oit = next(p for p in queries.load_calendar(session.office, session.year) if p.key == "oit")
    assert oit.end == date(2024, 4, 30)
