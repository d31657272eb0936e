"""A clerk's day, walked through the real windows (offscreen): a new office typed in Thai,
the 10 scores with their total and level, a measure, seed 004's summary table pasted,
the paste undone and redone, the file reopened with every edit in it, D5 previewed and
printed to a PDF file."""

from __future__ import annotations

from decimal import Decimal

import pytest

from itadesk.storage import queries
from test_ui_support import demo_window, enter, fill, read_fixture, type_text, wait_until

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui

SEED001 = {1: 91.78, 2: 94.44, 3: 98.00, 4: 82.00, 5: 92.00, 6: 87.03, 7: 86.45, 8: 72.94, 9: 100.00, 10: 100.00}


def test_clerk_path(window, qtbot, qapp, tmp_path):
    from itadesk.ui.main_window import MainWindow

    path = tmp_path / "office.itadesk.db"
    assert window.new_file(str(path))
    wizard = window.wizards["office"]
    assert wizard.isVisible()
    form = wizard.profile_form

    # the office, typed in Thai key by key
    fill(form.field("name").widget, "ดอนสะอาด")
    assert not form.note.isHidden()  # code still missing: nothing saved yet, and it says so
    assert "รหัส" in form.note.text()
    assert window.session.office_profile() is None
    fill(form.field("code").widget, "6710101")
    fill(form.field("province").widget, "ขอนแก่น")
    fill(form.field("district").widget, "โนนสวรรค์")
    office = window.session.office_profile()
    assert (office.name, office.code, office.province, office.district) == (
        "ดอนสะอาด", "6710101", "ขอนแก่น", "โนนสวรรค์")
    assert office.full_name == "องค์การบริหารส่วนตำบลดอนสะอาด"

    # a signer on the third page (side list jump), typed into the table's new-row line
    wizard.sections.setCurrentRow(2)
    assert wizard.currentPage().title() == "ผู้ลงนาม"
    people = wizard.people_table.model
    people.setData(people.index(0, 0), "นายสมชาย ใจดี")
    people.setData(people.index(0, 2), "executive")
    assert [(p.name, p.role) for p in window.session.office_profile().people] == [("นายสมชาย ใจดี", "executive")]
    wizard.close()

    window.start_next_year(2567)
    assert window.session.year == 2567

    # D1: the 10 indicator scores, typed; total and level appear when the last one is in
    analysis = window.open_document("analysis")
    scores = analysis.scores
    for no, value in SEED001.items():
        assert "92.13" not in scores.result.text()
        fill(scores.edits[no], f"{value:.2f}")
    assert queries.load_assessment(window.session.office, 2567).indicator_scores == SEED001
    assert "คะแนนรวม 92.13" in scores.result.text()
    assert "ระดับผลการประเมิน: ผ่าน" in scores.result.text()
    analysis.close()

    # D2: a measure for next year, typed into the new-row line of the table
    measures = window.open_document("measures")
    model = measures.table.model
    title_col = [c.key for c in model.columns].index("title")
    new_row = model.index(model.rowCount() - 1, title_col)
    measures.table.view.setCurrentIndex(new_row)
    measures.table.view.edit(new_row)
    from PySide6.QtWidgets import QPlainTextEdit

    editor = measures.table.view.viewport().findChild(QPlainTextEdit)
    assert editor is not None  # a multi-line editor opened on the cell
    type_text(editor, "ประชุมชี้แจงเจ้าหน้าที่เรื่องการเปิดเผยข้อมูล")
    enter(editor)
    saved = queries.load_measures(window.session.office, 2568)
    assert [m.title for m in saved] == ["ประชุมชี้แจงเจ้าหน้าที่เรื่องการเปิดเผยข้อมูล"]
    units_col = [c.key for c in model.columns].index("units")
    assert model.setData(model.index(0, units_col), "สำนักปลัด\nกองคลัง")  # a multi-line cell
    assert queries.load_measures(window.session.office, 2568)[0].units == "สำนักปลัด\nกองคลัง"
    measures.close()

    # D5: paste seed 004's summary table (Excel's tab-separated text) into the items table
    plan = window.open_document("plan")
    plan.goto(1)
    dialog = plan.items_table.paste(text=read_fixture("seed004_summary_paste.txt"), show=False)
    assert dialog.target.spec.name == "plan_summary"
    assert dialog.error_messages == [] or all("คอลัมน์" in m for m in dialog.error_messages)
    assert len(dialog.built) == 9
    assert dialog.preview.rowCount() == 9
    dialog.accept()
    items = queries.load_plan_items(window.session.office, 2567)
    assert len(items) == 9
    assert items[1].name == "โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต"
    assert items[1].budget == Decimal("50000.00") and items[0].budget is None
    assert [i.dimension for i in items] == [1, 1, 1, 1, 1, 1, 2, 2, 2]
    results = queries.load_round_results(window.session.office, 2567)[plan.round]
    assert [results[i.id].status for i in items] == ["done", "cannot", "cannot"] + ["done"] * 6
    assert plan.items_model.rowCount() == 9 + 1  # + the new-row line

    stack = window.session.undo_stack
    assert stack.undoText() == "วาง 9 แถวจาก Word/Excel"
    stack.undo()
    assert queries.load_plan_items(window.session.office, 2567) == []
    assert queries.load_round_results(window.session.office, 2567)[plan.round] == {}
    assert plan.items_model.rowCount() == 1
    stack.redo()
    assert len(queries.load_plan_items(window.session.office, 2567)) == 9
    plan.close()

    # reopen the file in a fresh window: every edit is there
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.open_path(str(path))
    data = again.session.year_data(2567)
    assert data.office.name == "ดอนสะอาด" and data.office.province == "ขอนแก่น"
    assert data.office.people[0].name == "นายสมชาย ใจดี"
    assert data.assessment.indicator_scores == SEED001
    assert [m.title for m in data.next_measures] == ["ประชุมชี้แจงเจ้าหน้าที่เรื่องการเปิดเผยข้อมูล"]
    assert len(data.plan_items) == 9
    assert "ดอนสะอาด" in again.office_label.text()

    # preview D5 (rendered in a worker thread) and print it to a PDF file
    preview = again.open_preview("plan")
    assert wait_until(qapp, lambda: preview.result is not None or preview.error is not None)
    assert preview.error is None, preview.error
    assert preview.result.pages >= 3
    assert preview.document.pageCount() == preview.result.pages
    out = tmp_path / "printed.pdf"
    assert preview.print_to_pdf(out) == preview.result.pages
    from PySide6.QtPdf import QPdfDocument

    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == preview.result.pages
    printed.close()
    preview.close()
    again.close()


def test_demo_office_main_window_shows_completeness_and_preview(window, qapp, tmp_path):
    session = demo_window(window, tmp_path / "demo.db")
    assert session.office_profile().name
    titles = [window.docs.item(r, 0).text() for r in range(6)]
    assert titles[0].startswith("D1") and titles[5].startswith("D6")
    done = [window.docs.item(r, 1).text() for r in range(6)]
    assert all("ส่วน" in text for text in done[:5])
    assert done[5] == "6/6 ฉบับ ✓"  # D6: every memo of the demo year, both plan rounds
    assert "3/3 ส่วน ✓" in done[0]
    assert window.problem_list.count() >= 1


def test_first_start_opens_the_demo_office_then_the_last_file(tmp_path):
    """`itadesk` with no file: the demo office in the user data folder; next time, the last file."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, ITADESK_DATA=str(tmp_path / "data"), ITADESK_STARTUP_PROBE="1",
               QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-m", "itadesk"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "itadesk-ready" in run.stdout
    demo = tmp_path / "data" / "office.itadesk"  # a new user's file has the associated extension
    assert demo.exists()
    from itadesk.storage.database import open_db

    office = open_db(demo, create=False)
    try:
        assert queries.load_office(office) is not None and queries.list_years(office)
    finally:
        office.close()
    ini = (tmp_path / "data" / "itadesk.ini").read_text(encoding="utf-8")
    assert "office.itadesk" in ini and "office.itadesk.db" not in ini  # remembered as the last file
