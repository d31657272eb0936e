"""Tables that work like a spreadsheet (#12), driven with real keys and clicks: the new-row
line, a block pasted into cells, fill down, find and replace, sort and filter, the frozen
name column, compact rows, one undo step per paste; and the paste preview parsing cells with
the editor's own parser (#18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from itadesk.storage import queries
from test_ui_support import demo_window, make_office, read_fixture

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


def keys(qapp, text: str) -> None:
    """Type as a clerk does: every key goes to whatever widget has the focus now."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, QApplication.focusWidget(), Qt.Key_unknown, ch,
                           Qt.NoModifier)
        qapp.processEvents()


def press(qapp, key, mods=Qt.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, mods)
    qapp.processEvents()


def _view_index(table, index):
    mapper = getattr(table, "view_index", None)  # (a table without a sort/filter view: the same)
    return mapper(index) if mapper else index


def _current(table) -> tuple[int, int]:
    """The current cell as (row, column) of the table's rows."""
    index = table.view.currentIndex()
    mapper = getattr(table, "source_index", None)
    index = mapper(index) if mapper else index
    return index.row(), index.column()


def click_cell(qapp, table, row: int, col: int, mods=Qt.NoModifier) -> None:
    index = _view_index(table, table.model.index(row, col))
    table.view.scrollTo(index)
    qapp.processEvents()
    rect = table.view.visualRect(index)
    QTest.mouseClick(table.view.viewport(), Qt.LeftButton, mods, rect.center())
    qapp.processEvents()
    if QApplication.focusWidget() is None:  # offscreen, a click does not activate the window
        table.view.activateWindow()
        table.view.setFocus()
        qapp.processEvents()


def set_clipboard(text: str | None = None, html: str | None = None) -> None:
    mime = QMimeData()
    if text is not None:
        mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)


@pytest.fixture
def clipboard_released():
    yield
    QApplication.clipboard().setText("")  # a Python QMimeData left on the clipboard crashes Qt at exit


def test_tab_and_enter_on_the_new_row_line_keep_typing_in_that_row(window, qapp, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    wizard = window.open_document("measures")
    table = wizard.table
    qapp.processEvents()
    click_cell(qapp, table, 0, 1)  # the new-row line, column มาตรการ
    keys(qapp, "กขค")
    press(qapp, Qt.Key_Tab)
    assert _current(table) == (0, 2), "the cursor goes on to the next cell of the added row"
    keys(qapp, "งจ")
    press(qapp, Qt.Key_Return)
    rows = queries.load_measures(session.office, 2568)
    assert [(m.title, m.steps) for m in rows] == [("กขค", "งจ")]

    # Enter on the new-row line: the row is added and the cursor is in its next cell
    click_cell(qapp, table, 1, 1)
    keys(qapp, "ฉช")
    press(qapp, Qt.Key_Return)
    assert _current(table) == (1, 2)
    assert table.view.visualRect(table.view.currentIndex()).intersects(table.view.viewport().rect())
    keys(qapp, "ซ")
    press(qapp, Qt.Key_Return)
    rows = queries.load_measures(session.office, 2568)
    assert [(m.title, m.steps) for m in rows] == [("กขค", "งจ"), ("ฉช", "ซ")]


def test_a_row_added_far_down_stays_in_view(window, qapp, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    wizard = window.open_document("measures")
    wizard.resize(900, 500)
    table = wizard.table
    dialog = table.paste(text="ลำดับ\tมาตรการ/กิจกรรม\n" + "\n".join(f"{i}\tมาตรการ {i}" for i in range(1, 41)), show=False)
    assert len(dialog.built) == 40
    dialog.accept()
    assert len(queries.load_measures(session.office, 2568)) == 40
    qapp.processEvents()
    click_cell(qapp, table, 40, 1)
    scroll = table.view.verticalScrollBar().value()
    assert scroll > 0
    keys(qapp, "ใหม่")
    press(qapp, Qt.Key_Tab)
    assert table.view.verticalScrollBar().value() >= scroll, "the view does not jump to the top"
    assert _current(table) == (40, 2)
    assert table.view.visualRect(table.view.currentIndex()).intersects(table.view.viewport().rect())


def _oit_table(window, tmp_path):
    session = demo_window(window, tmp_path / "demo.db")
    wizard = window.open_document("oit")
    table = wizard.tables[0]
    wizard.goto(0)
    return session, table


def _oit_saved(session, table):
    saved = {p.code: p for p in queries.load_oit(session.office, session.year)}
    return [(saved[row.code].status, saved[row.code].unit, saved[row.code].evidence_url)
            if row.code in saved else None for row in table.model.rows]


def test_a_block_pasted_into_cells_is_one_undo_step(window, qapp, tmp_path, clipboard_released):
    session, table = _oit_table(window, tmp_path)
    before = _oit_saved(session, table)
    qapp.processEvents()
    # D4: the status of three items, then their unit and link, copied from a spreadsheet
    click_cell(qapp, table, 0, 2)
    set_clipboard("ดำเนินการแล้ว\r\nอยู่ระหว่าง\r\nยังไม่ได้ดำเนินการ\r\n")
    press(qapp, Qt.Key_V, Qt.ControlModifier)
    click_cell(qapp, table, 0, 4)
    set_clipboard("สำนักปลัด\thttps://a.example/1\r\nกองคลัง\thttps://a.example/2\r\n"
                  "กองช่าง\thttps://a.example/3\r\n")
    press(qapp, Qt.Key_V, Qt.ControlModifier)
    after = _oit_saved(session, table)
    assert after[:3] == [("done", "สำนักปลัด", "https://a.example/1"),
                         ("in_progress", "กองคลัง", "https://a.example/2"),
                         ("not_started", "กองช่าง", "https://a.example/3")]
    assert after[3:] == before[3:]
    assert window.session.undo_stack.undoText().startswith("วาง 6 ช่อง")
    window.session.undo()  # the unit and link paste, as one step
    mid = _oit_saved(session, table)[:3]
    assert [m[0] for m in mid] == ["done", "in_progress", "not_started"]
    assert [m[1:] for m in mid] == [b[1:] if b else ("", "") for b in before[:3]]
    window.session.undo()
    assert _oit_saved(session, table) == before


def test_one_value_pasted_into_every_selected_cell(window, qapp, tmp_path, clipboard_released):
    session, table = _oit_table(window, tmp_path)
    click_cell(qapp, table, 0, 4)
    click_cell(qapp, table, 3, 4, Qt.ShiftModifier)
    set_clipboard("งานนิติการ")
    press(qapp, Qt.Key_V, Qt.ControlModifier)
    assert [s[1] for s in _oit_saved(session, table)[:4]] == ["งานนิติการ"] * 4


def test_a_block_that_cannot_be_mapped_writes_nothing_and_lists_every_problem(
        window, qapp, tmp_path, clipboard_released):
    session, table = _oit_table(window, tmp_path)
    before = _oit_saved(session, table)
    depth = window.session.undo_stack.count()
    click_cell(qapp, table, 0, 2)
    set_clipboard("ดำเนินการแล้ว\r\nกำลังทำ\r\nยังไม่ได้ดำเนินการ\r\nเสร็จเรียบร้อย?\r\n")
    press(qapp, Qt.Key_V, Qt.ControlModifier)
    assert _oit_saved(session, table) == before
    assert window.session.undo_stack.count() == depth
    text = table.message.text()
    assert "แถว 2 “สถานะ”" in text and "“กำลังทำ” ไม่อยู่ในรายการ" in text
    assert "แถว 4 “สถานะ”" in text and "เสร็จเรียบร้อย?" in text
    assert table.model.marked == {(1, 2), (3, 2)}
    assert table.model.index(1, 2).data(Qt.BackgroundRole) is not None
    # too many rows for the rows below: said, nothing written
    click_cell(qapp, table, table.model.rowCount() - 1, 4)
    set_clipboard("ก\r\nข\r\n")
    press(qapp, Qt.Key_V, Qt.ControlModifier)
    assert "แต่ตั้งแต่แถวที่เลือกลงไปมี 1 แถว" in table.message.text()
    assert _oit_saved(session, table) == before


def test_fill_down_with_ctrl_d_and_undo(window, qapp, tmp_path):
    session, table = _oit_table(window, tmp_path)
    before = _oit_saved(session, table)
    click_cell(qapp, table, 0, 4)
    keys(qapp, "กองคลัง")
    press(qapp, Qt.Key_Return)
    click_cell(qapp, table, 2, 4, Qt.ShiftModifier)
    press(qapp, Qt.Key_D, Qt.ControlModifier)
    assert [s[1] for s in _oit_saved(session, table)[:3]] == ["กองคลัง"] * 3
    assert window.session.undo_stack.undoText() == "เติมลง 2 ช่อง"
    window.session.undo()
    assert [s[1] for s in _oit_saved(session, table)[1:3]] == [b[1] if b else "" for b in before[1:3]]
    # one cell selected: the cell above is copied into it
    click_cell(qapp, table, 1, 4)
    press(qapp, Qt.Key_D, Qt.ControlModifier)
    assert _oit_saved(session, table)[1][1] == "กองคลัง"


def test_seed000_tables_map_by_their_loose_headers(window, qapp, tmp_path):
    """Seed 000's six measure tables copied at once (headings between them, the header row
    repeated): "มาตรการ/กิจกรรม", "สรุปผล…", "ผลลัพธ์…" find their columns."""
    session = make_office(window, tmp_path / "office.db")
    seed = read_fixture("seed000_measures.html")
    results = window.open_document("results")
    dialog = results.table.paste(html=seed, show=False)
    assert dialog.mapped.mapped_by == "header"
    cmap = dialog.mapped.column_map
    assert (cmap["title"], cmap["summary"], cmap["outcome"]) == (1, 5, 6)
    assert cmap["status"] is None and cmap["evidence"] is None  # optional columns stay empty
    assert len(dialog.built) == 6
    dialog.accept()
    rows = queries.load_measures(session.office, 2567)
    assert rows[0].title.startswith("การเผยแพร่แผนการใช้จ่ายงบประมาณ")
    assert rows[0].summary.startswith("๑. มีการเผยแพร่แผนการใช้จ่ายงบประมาณ")
    assert rows[3].outcome.startswith("ประชาชนสามารถเข้าถึงช่องทางรับฟังความคิดเห็น")
    results.close()

    measures = window.open_document("measures")
    dialog = measures.table.paste(html=seed, show=False)
    cmap = dialog.mapped.column_map
    assert (cmap["title"], cmap["steps"], cmap["period"], cmap["units"]) == (1, 2, 3, 4)
    assert cmap["target"] is None and cmap["follow_up"] is None
    dialog.accept()
    rows = queries.load_measures(session.office, 2568)
    assert len(rows) == 6 and rows[1].units == "สำนักปลัด"
    assert rows[0].period == "ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖"


def test_seed004_detail_pasted_onto_the_items_by_header(window, qapp, tmp_path, clipboard_released):
    session = make_office(window, tmp_path / "office.db")
    plan = window.open_document("plan")
    plan.goto(1)
    table = plan.items_table
    dialog = table.paste(html=read_fixture("seed004_summary.html"), show=False)
    assert "รอบ 12 เดือน" in dialog.destination_label.text() or "รอบ 6 เดือน" in dialog.destination_label.text()
    dialog.accept()
    items = queries.load_plan_items(session.office, 2567)
    assert len(items) == 20
    summary_only = items
    qapp.processEvents()
    click_cell(qapp, table, 0, 3)
    set_clipboard(html=read_fixture("seed004_detail.html"))
    press(qapp, Qt.Key_V, Qt.ControlModifier)
    dialog = table.last_paste_dialog
    assert dialog.isVisible() and dialog.mapped.mapped_by == "header"
    cmap = dialog.mapped.column_map
    assert "name" not in cmap  # the rows' own names stay
    assert (cmap["method"], cmap["kpi"], cmap["budget"], cmap["period"], cmap["unit"]) == (2, 3, 4, 5, 8)
    dialog.accept()
    items = queries.load_plan_items(session.office, 2567)
    assert items[0].name.startswith("โครงการเชิดชูเกียรติ")
    assert items[0].method.startswith("แต่งตั้งคณะกรรมการเชิดชูเกียรติ")
    assert items[14].budget == 30000 and items[19].unit == "สำนักงานปลัด อบต."
    assert {i.period for i in items} == {"ต.ค. ๖๖ - ก.ย. ๖๗"}
    assert window.session.undo_stack.undoText() == "วาง 20 แถวลงในแถวที่มีอยู่"
    window.session.undo()  # one step puts every cell back exactly
    assert queries.load_plan_items(session.office, 2567) == summary_only
    window.session.redo()
    assert queries.load_plan_items(session.office, 2567) == items

    # the results page takes the same table: ผลการดำเนินงาน goes into the round's results
    plan.goto(2)
    rtable = plan.results_table
    qapp.processEvents()
    click_cell(qapp, rtable, 0, 2)
    press(qapp, Qt.Key_V, Qt.ControlModifier)
    dialog = rtable.last_paste_dialog
    assert "รอบ" in dialog.destination_label.text()
    dialog.accept()
    res = queries.load_round_results(session.office, 2567)[plan.round]
    first = res[items[0].id]
    assert first.result.startswith("คณะกรรมการพิจารณาคัดเลือกบุคลากร") and first.status == "done"
    assert res[items[1].id].status == "cannot"


def _plan_with_items(window, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    plan = window.open_document("plan")
    qapp = QApplication.instance()
    qapp.processEvents()  # the wizard's focus-on-open runs before a clerk's first key
    plan.goto(1)
    plan.items_table.paste(html=read_fixture("seed004_summary.html"), show=False).accept()
    return session, plan


def test_find_and_replace_in_a_column_is_one_undo_step(window, qapp, tmp_path):
    session, plan = _plan_with_items(window, tmp_path)
    table = plan.items_table
    period = [c.key for c in table.model.columns].index("period")
    click_cell(qapp, table, 0, period)
    keys(qapp, "ต.ค. ๖๖ - ก.ย. ๖๗")
    press(qapp, Qt.Key_Return)
    click_cell(qapp, table, 19, period, Qt.ShiftModifier)
    press(qapp, Qt.Key_D, Qt.ControlModifier)
    assert {i.period for i in queries.load_plan_items(session.office, 2567)} == {"ต.ค. ๖๖ - ก.ย. ๖๗"}
    # a new year: ๖๗ → ๖๘ first, then ๖๖ → ๖๗ (typed in Arabic digits: the text keeps its Thai ones)
    click_cell(qapp, table, 0, period)
    press(qapp, Qt.Key_H, Qt.ControlModifier)
    dialog = table.last_replace_dialog
    assert dialog.isVisible() and dialog.column.currentData() == period
    for find, rep in (("๖๗", "๖๘"), ("66", "67")):
        dialog.find.setFocus()
        dialog.find.clear()
        keys(qapp, find)
        dialog.replace.setFocus()
        dialog.replace.clear()
        keys(qapp, rep)
        QTest.mouseClick(dialog.replace_all, Qt.LeftButton)
        qapp.processEvents()
        assert dialog.result.text() == "แทนที่แล้ว 20 ช่อง"
    assert {i.period for i in queries.load_plan_items(session.office, 2567)} == {"ต.ค. ๖๗ - ก.ย. ๖๘"}
    dialog.close()
    window.session.undo()
    assert {i.period for i in queries.load_plan_items(session.office, 2567)} == {"ต.ค. ๖๖ - ก.ย. ๖๘"}


def test_sort_and_filter_a_view_and_edits_still_go_to_the_right_row(window, qapp, tmp_path):
    session, plan = _plan_with_items(window, tmp_path)
    table = plan.items_table
    view = table.view
    # filter: only the rows whose text holds "ประชาคม" (and the new-row line)
    table.filter_edit.setFocus()
    keys(qapp, "ประชาคม")
    assert table.proxy.rowCount() == 2
    unit = [c.key for c in table.model.columns].index("unit")
    click_cell(qapp, table, 14, unit)  # row ๑๕ โครงการจัดเวทีประชาคม, the first row shown
    assert view.currentIndex().row() == 0
    keys(qapp, "กองช่าง")
    press(qapp, Qt.Key_Return)
    items = queries.load_plan_items(session.office, 2567)
    assert [i.name for i in items if i.unit == "กองช่าง"] == ["โครงการจัดเวทีประชาคม"]
    table.filter_edit.clear()
    assert table.proxy.rowCount() == 21
    # sort by budget, largest first: a click on the header, twice
    budget = [c.key for c in table.model.columns].index("budget")
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(budget) + header.sectionSize(budget) // 2
    for _ in range(2):
        QTest.mouseClick(header.viewport(), Qt.LeftButton, Qt.NoModifier, header.rect().center().__class__(x, 5))
        qapp.processEvents()
    shown = [view.model().index(r, 0).data() for r in range(3)]
    assert shown[0].startswith("โครงการพัฒนาความรู้ด้านกฎหมาย")  # 100,000 baht
    assert table.model.is_new_row(table.source_index(view.model().index(20, 0)).row())  # still last
    # an edit in the sorted view goes to the row shown
    click_cell(qapp, table, 2, unit)  # model row 2 (100,000) is view row 0
    assert view.currentIndex().row() == 0
    keys(qapp, "กองคลัง")
    press(qapp, Qt.Key_Return)
    items = queries.load_plan_items(session.office, 2567)
    assert items[2].unit == "กองคลัง" and items[0].unit == ""


def test_the_name_column_stays_in_place_while_scrolling_right(window, qapp, tmp_path):
    session, plan = _plan_with_items(window, tmp_path)
    table = plan.items_table
    plan.resize(900, 600)
    qapp.processEvents()
    frozen = table.frozen
    assert frozen is not None and frozen.isVisible() and frozen.count == 1
    assert frozen.width() == table.view.columnWidth(0)
    assert frozen.model().index(0, 0).data().startswith("โครงการเชิดชูเกียรติ")
    x = frozen.x()
    table.view.horizontalScrollBar().setValue(table.view.horizontalScrollBar().maximum())
    qapp.processEvents()
    assert table.view.horizontalScrollBar().value() > 0
    assert frozen.x() == x and frozen.isVisible()
    table.view.verticalScrollBar().setValue(5)
    qapp.processEvents()
    assert frozen.verticalScrollBar().value() == 5
    shot = tmp_path / "frozen.png"
    assert plan.grab().save(str(shot))


def test_compact_rows_toggle(window, qapp, tmp_path):
    session, plan = _plan_with_items(window, tmp_path)
    table = plan.items_table
    qapp.processEvents()
    compact = table.view.rowHeight(0)
    assert compact <= table.view.fontMetrics().lineSpacing() * 2 + 12
    assert table.model.index(0, 0).data(Qt.ToolTipRole).startswith("โครงการเชิดชูเกียรติ")
    QTest.mouseClick(table.compact_box, Qt.LeftButton)
    qapp.processEvents()
    assert not table.compact_box.isChecked()
    assert table.view.rowHeight(2) > compact  # the long name wraps onto more lines
    QTest.mouseClick(table.compact_box, Qt.LeftButton)
    qapp.processEvents()
    assert table.view.rowHeight(2) == compact


STATUS_TEXTS = ["ดำเนินการแล้ว", "done", "อยู่ระหว่าง", "กำลังทำ", "เสร็จ?", "ยังไม่ได้ดำเนินการ", "๓"]


def test_the_paste_preview_refuses_exactly_what_the_cell_editor_refuses(window, qapp, tmp_path):
    """#18 "Cell parsing twice": the preview and the editor share one parser."""
    session = make_office(window, tmp_path / "office.db")
    results = window.open_document("results")
    table = results.table
    text = "มาตรการ/โครงการ/กิจกรรม\tสถานะ\r\n" + "".join(
        f"มาตรการ {n}\t{s}\r\n" for n, s in enumerate(STATUS_TEXTS, start=1))
    dialog = table.paste(text=text, show=False)
    assert dialog.mapped.column_map["status"] == 1
    preview_ok = [not [p for p in dialog.mapped.problems_at(r, "status") if p.is_error]
                  for r in range(1, len(STATUS_TEXTS) + 1)]
    assert preview_ok[3] is False, "a status the editor refuses is refused before anything is written"
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    assert queries.load_measures(session.office, 2567) == []
    # the same texts typed into the status cell of an existing row
    table.paste(text="มาตรการ/โครงการ/กิจกรรม\r\nมาตรการ ก\r\n", show=False).accept()
    status = [c.key for c in table.model.columns].index("status")
    editor_ok = []
    for s in STATUS_TEXTS:
        editor_ok.append(bool(table.model.setData(table.model.index(0, status), s)))
    assert preview_ok == editor_ok
    # the loose match is shown in the preview: "อยู่ระหว่าง" read as "อยู่ระหว่างดำเนินการ"
    notes = [p.message("th") for p in dialog.mapped.problems_at(3, "status")]
    assert notes == ["แถว ๓ คอลัมน์ สถานะ: อ่าน “อยู่ระหว่าง” เป็น “อยู่ระหว่างดำเนินการ”"]
    assert dialog.preview.item(2, 1).text() == "อยู่ระหว่างดำเนินการ"


def test_the_paste_preview_can_be_corrected_in_place(window, qapp, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    results = window.open_document("results")
    text = "มาตรการ/โครงการ/กิจกรรม\tสถานะ\r\nมาตรการ ก\tดำเนินการแล้ว\r\nมาตรการ ข\tกำลังทำ\r\n"
    dialog = results.table.paste(text=text, show=False)
    bad = dialog.preview.item(1, 1)
    assert bad.text() == "กำลังทำ" and bad.background().color().name() == "#ffb3b3"
    assert any("แถว ๒ คอลัมน์ สถานะ" in m for m in dialog.error_messages)
    dialog.show()
    qapp.processEvents()
    # a click on the problem selects its cell
    first = dialog.problems.item(0)
    assert first.text().startswith("แถว ๒ คอลัมน์ สถานะ")
    QTest.mouseClick(dialog.problems.viewport(), Qt.LeftButton, Qt.NoModifier,
                     dialog.problems.visualItemRect(first).center())
    qapp.processEvents()
    assert (dialog.preview.currentRow(), dialog.preview.currentColumn()) == (1, 1)
    QTest.keyClick(dialog.preview, Qt.Key_F2)
    qapp.processEvents()
    editor = dialog.preview.viewport().findChild(QLineEdit) or dialog.preview.findChild(QLineEdit)
    editor.setFocus()
    editor.selectAll()
    keys(qapp, "อยู่ระหว่างดำเนินการ")
    press(qapp, Qt.Key_Return)
    qapp.processEvents()
    assert dialog.error_messages == [m for m in dialog.error_messages if "แถว ๒ คอลัมน์ สถานะ" not in m]
    assert dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    dialog.accept()
    rows = queries.load_measures(session.office, 2567)
    assert [(m.title, m.status) for m in rows] == [("มาตรการ ก", "done"), ("มาตรการ ข", "in_progress")]
    window.session.undo()
    assert queries.load_measures(session.office, 2567) == []


def test_an_exploding_html_clipboard_is_refused_with_a_message(window, qapp, tmp_path, clipboard_released):
    session, table = _oit_table(window, tmp_path)
    before = _oit_saved(session, table)
    bomb = "<table><tr>" + "<td rowspan=1000 colspan=1000>x</td>" * 400 + "</tr></table>"
    assert len(bomb) < 20_000
    click_cell(qapp, table, 0, 4)
    set_clipboard(text="x", html=bomb)
    press(qapp, Qt.Key_V, Qt.ControlModifier)  # (bench/entry.py times the refusal)
    assert "ข้อมูลที่วาง: มีเกิน ๒๐๐,๐๐๐ ช่อง" in table.message.text()
    assert _oit_saved(session, table) == before


def test_question_scores_take_a_pasted_column(window, qapp, tmp_path, clipboard_released):
    session = demo_window(window, tmp_path / "demo.db")
    wizard = window.open_document("analysis")
    wizard.goto(wizard.section_titles().index("คะแนนรายข้อ"))
    table = wizard.questions_table
    qapp.processEvents()
    before = dict(queries.load_assessment(session.office, session.year).question_scores)
    codes = [row.code for row in table.model.rows[:3]]
    click_cell(qapp, table, 0, 3)
    set_clipboard("85\r\n๙๐.๕\r\n77.25\r\n")
    press(qapp, Qt.Key_V, Qt.ControlModifier)
    after = queries.load_assessment(session.office, session.year).question_scores
    assert [after[c] for c in codes] == [85.0, 90.5, 77.25]
    window.session.undo()
    assert dict(queries.load_assessment(session.office, session.year).question_scores) == before


def test_the_new_row_line_of_the_plan_items_moves_on_too(window, qapp, tmp_path):
    session, plan = _plan_with_items(window, tmp_path)
    table = plan.items_table
    qapp.processEvents()
    click_cell(qapp, table, 20, 0)
    keys(qapp, "โครงการใหม่")
    press(qapp, Qt.Key_Tab)
    assert _current(table) == (20, 1)
    assert table.view.visualRect(table.view.currentIndex()).intersects(table.view.viewport().rect())
    assert queries.load_plan_items(session.office, 2567)[20].name == "โครงการใหม่"


def test_paragraphs_pasted_into_one_text_cell_stay_in_that_cell(window, qapp, tmp_path, clipboard_released):
    session, plan = _plan_with_items(window, tmp_path)
    plan.goto(2)
    table = plan.results_table
    qapp.processEvents()
    result = [c.key for c in table.model.columns].index("result")
    click_cell(qapp, table, 1, result)
    set_clipboard("บุคลากรมีความรับรู้ความเข้าใจ\r\nและมีส่วนร่วม ร้อยละ ๑๐๐\r\n",
                  "<p>บุคลากรมีความรับรู้ความเข้าใจ</p><p>และมีส่วนร่วม ร้อยละ ๑๐๐</p>")
    press(qapp, Qt.Key_V, Qt.ControlModifier)
    saved = queries.load_round_results(session.office, 2567)[plan.round]
    items = queries.load_plan_items(session.office, 2567)
    assert saved[items[1].id].result == "บุคลากรมีความรับรู้ความเข้าใจ\nและมีส่วนร่วม ร้อยละ ๑๐๐"
    assert not saved.get(items[2].id) or not saved[items[2].id].result


def test_delete_empties_cells_and_removes_rows_selected_by_number(window, qapp, tmp_path):
    session, plan = _plan_with_items(window, tmp_path)
    table = plan.items_table
    qapp.processEvents()
    remark_free = [c.key for c in table.model.columns].index("period")
    click_cell(qapp, table, 0, remark_free)
    keys(qapp, "ต.ค. ๖๖")
    press(qapp, Qt.Key_Return)
    click_cell(qapp, table, 0, remark_free)
    press(qapp, Qt.Key_Delete)
    items = queries.load_plan_items(session.office, 2567)
    assert len(items) == 20 and items[0].period == ""
    # a required cell refuses to be emptied, nothing changes
    click_cell(qapp, table, 0, 0)
    press(qapp, Qt.Key_Delete)
    assert queries.load_plan_items(session.office, 2567)[0].name.startswith("โครงการเชิดชูเกียรติ")
    assert "ต้องกรอกข้อมูล" in table.message.text()
    # a row selected by its number is removed
    header = table.view.verticalHeader()
    QTest.mouseClick(header.viewport(), Qt.LeftButton, Qt.NoModifier,
                     header.rect().center().__class__(5, header.sectionViewportPosition(1) + 5))
    qapp.processEvents()
    table.view.setFocus()
    press(qapp, Qt.Key_Delete)
    items = queries.load_plan_items(session.office, 2567)
    assert len(items) == 19 and items[1].name.startswith("โครงการพัฒนาความรู้")
