"""Bad input gets a clear Thai message next to the field (or in the paste preview), nothing
wrong reaches the file, and the program never closes."""

from __future__ import annotations

import sys

import pytest

from itadesk.storage import queries
from test_ui_support import fill, make_office, read_fixture

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


@pytest.fixture
def office(window, tmp_path):
    return make_office(window, tmp_path / "office.db")


def test_letters_and_120_in_a_score_field(window, office):
    scores = window.open_document("analysis").scores
    fill(scores.edits[1], "85.5")
    fill(scores.edits[2], "แปดสิบ")
    assert scores.messages[2].isVisibleTo(scores)
    assert scores.messages[2].text() == "คะแนน “แปดสิบ” ไม่ใช่ตัวเลข"
    fill(scores.edits[3], "120")
    assert scores.messages[3].text() == "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐"
    assert queries.load_assessment(office.office, 2567).indicator_scores == {1: 85.5}
    # Thai digits are numbers, and fixing the field clears its message
    fill(scores.edits[2], "๘๐.๒๕")
    assert not scores.messages[2].isVisibleTo(scores)
    assert queries.load_assessment(office.office, 2567).indicator_scores == {1: 85.5, 2: 80.25}


def test_negative_budget_is_refused_in_the_table(window, office):
    plan = window.open_document("plan")
    model = plan.items_model
    col = {c.key: i for i, c in enumerate(model.columns)}
    assert model.setData(model.index(0, col["name"]), "โครงการอบรมคุณธรรม")
    assert len(queries.load_plan_items(office.office, 2567)) == 1
    assert not model.setData(model.index(0, col["budget"]), "-5,000")
    message = plan.items_table.message
    assert message.isVisibleTo(plan.items_table)
    assert "จำนวนเงินติดลบไม่ได้" in message.text() and "แถว 1" in message.text()
    assert queries.load_plan_items(office.office, 2567)[0].budget is None
    assert not model.setData(model.index(0, col["budget"]), "ห้าพัน")
    assert "ไม่ใช่ตัวเลข" in message.text()
    assert model.setData(model.index(0, col["budget"]), "๕๐,๐๐๐")
    assert str(queries.load_plan_items(office.office, 2567)[0].budget) == "50000.00"
    assert message.isHidden()


def test_plan_that_ends_before_it_starts(window, office):
    plan = window.open_document("plan")
    form = plan.plan_form
    fill(form.field("start_year").widget, "2566")
    fill(form.field("end_year").widget, "2565")
    assert queries.load_plan(office.office) is None
    assert form.field("end_year").message.text() == "ปีสิ้นสุดต้องไม่ก่อนปีเริ่มต้น"
    fill(form.field("end_year").widget, "2570")
    assert (queries.load_plan(office.office).start_year, queries.load_plan(office.office).end_year) == (2566, 2570)
    fill(form.field("start_year").widget, "2571")  # an existing plan: same rule
    assert form.field("start_year").message.text() == "ปีสิ้นสุดต้องไม่ก่อนปีเริ่มต้น"
    assert queries.load_plan(office.office).start_year == 2566


def test_paste_with_the_wrong_number_of_columns(window, office):
    plan = window.open_document("plan")
    text = read_fixture("seed004_summary_paste.txt").replace("\t", "\t\t", 3)  # shifts row 1 only
    rows = [line for line in read_fixture("seed004_summary_paste.txt").splitlines() if line]
    broken = "\r\n".join(rows[:3] + [rows[3] + "\tเกิน\tเกิน"] + rows[4:]) + "\r\n"
    for bad in (broken, "โครงการหนึ่ง\n"):
        dialog = plan.items_table.paste(text=bad, show=False)
        from PySide6.QtWidgets import QDialogButtonBox

        assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
        assert dialog.error_messages, "the preview must say what is wrong"
        assert any("คอลัมน์" in m or "มิติ" in m for m in dialog.error_messages)
        dialog.accept()  # even if forced: nothing is added
        assert queries.load_plan_items(office.office, 2567) == []
    del text


def test_bad_office_code_and_date_shown_next_to_the_field(window, office):
    form = window.open_office_wizard().profile_form
    fill(form.field("code").widget, "รหัสไทย")
    assert form.field("code").message.text() == "รหัสหน่วยงาน (รหัส อปท.) ต้องเป็นตัวเลข 7 หลัก เช่น 6409901"
    assert office.office_profile().code == "6710101"
    memo_wizard = window.open_document("memo")
    memo = memo_wizard.head_form
    fill(memo.field("date").widget, "31 ก.พ. 2567")
    assert memo_wizard.currentPage().title() == "หัวบันทึก"  # Enter keeps the clerk on the page
    assert "อ่านวันที่" in memo.field("date").message.text()
    assert queries.load_memos(office.office, 2567) == {}
    fill(memo.field("date").widget, "15/1/2567")
    saved = queries.load_memos(office.office, 2567)["analysis"]
    assert saved.date.isoformat() == "2024-01-15"
    assert "๑๕ มกราคม ๒๕๖๗" in memo.field("date").note.text()


def test_unexpected_errors_are_shown_not_fatal(window, qapp):
    from itadesk.domain.errors import ItadeskError
    from itadesk.ui.app import shown_errors

    before = len(shown_errors())
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    try:
        raise ItadeskError("ข้อความไทย", "English text")
    except ItadeskError:
        sys.excepthook(*sys.exc_info())
    boxes = shown_errors()[before:]
    assert len(boxes) == 2
    assert boxes[0].windowTitle() == "เกิดข้อผิดพลาดที่ไม่คาดคิด" and "boom" in boxes[0].detailedText()
    assert boxes[1].text() == "ข้อความไทย"
    for box in boxes:
        box.close()
    assert window.isVisible()


def test_a_file_that_is_not_ours_is_explained(window, tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("just some text, not a database", encoding="utf-8")
    assert not window.open_path(str(bad))
    assert "ไม่ใช่ไฟล์ข้อมูลของ itadesk" in window.last_message.text()
    assert window.session is None
