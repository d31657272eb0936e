"""Every edit is saved at once and can be undone and redone for the rest of the session,
with readable Thai labels; rows re-created by undo keep working with older commands."""

from __future__ import annotations

import pytest

from itadesk.storage import operations as ops
from itadesk.storage import queries
from test_ui_support import fill, make_office, read_fixture

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


def test_field_edits_undo_and_redo_with_thai_labels(window, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    form = window.open_office_wizard().profile_form
    fill(form.field("province").widget, "ขอนแก่น")
    fill(form.field("province").widget, "มหาสารคาม")
    stack = session.undo_stack
    assert stack.undoText() == "แก้ไข “จังหวัด”"
    assert window.act_undo.text() == "เลิกทำ แก้ไข “จังหวัด”"
    stack.undo()
    assert session.office_profile().province == "ขอนแก่น"
    assert form.field("province").widget.text() == "ขอนแก่น"  # the field shows the file
    stack.undo()
    assert session.office_profile().province == ""
    stack.redo()
    stack.redo()
    assert session.office_profile().province == "มหาสารคาม"


def test_delete_move_and_undo_rows(window, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    wizard = window.open_document("measures")
    model = wizard.table.model
    col = {c.key: i for i, c in enumerate(model.columns)}
    for title in ("มาตรการ ก", "มาตรการ ข", "มาตรการ ค"):
        assert model.setData(model.index(model.rowCount() - 1, col["title"]), title)

    def titles():
        return [m.title for m in queries.load_measures(session.office, 2568)]

    assert titles() == ["มาตรการ ก", "มาตรการ ข", "มาตรการ ค"]
    assert model.setData(model.index(1, col["period"]), "ต.ค. ๖๗ – ก.ย. ๖๘")
    model.move_row(2, -2)
    assert titles() == ["มาตรการ ค", "มาตรการ ก", "มาตรการ ข"]
    model.delete_rows([2])  # มาตรการ ข, the row edited above
    assert titles() == ["มาตรการ ค", "มาตรการ ก"]
    stack = session.undo_stack
    assert stack.undoText() == "ลบมาตรการ 1 แถว"
    stack.undo()
    assert titles() == ["มาตรการ ค", "มาตรการ ก", "มาตรการ ข"]
    stack.undo()  # the move
    assert titles() == ["มาตรการ ก", "มาตรการ ข", "มาตรการ ค"]
    stack.undo()  # the period of the re-created row (a new id): still found
    assert queries.load_measures(session.office, 2568)[1].period == ""
    stack.redo()
    assert queries.load_measures(session.office, 2568)[1].period == "ต.ค. ๖๗ – ก.ย. ๖๘"
    stack.redo()
    stack.redo()
    assert titles() == ["มาตรการ ค", "มาตรการ ก"]
    assert model.rowCount() == 3  # two rows and the new-row line


def test_deleted_plan_item_comes_back_with_its_results(window, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    plan = window.open_document("plan")
    plan.items_table.paste(text=read_fixture("seed004_summary_paste.txt"), show=False).accept()
    items = queries.load_plan_items(session.office, 2567)
    round_ = plan.round
    plan.items_model.delete_rows([1])
    assert len(queries.load_plan_items(session.office, 2567)) == 8
    session.undo_stack.undo()
    back = queries.load_plan_items(session.office, 2567)
    assert [i.name for i in back] == [i.name for i in items]
    results = queries.load_round_results(session.office, 2567)[round_]
    assert results[back[1].id].status == "cannot"


def test_oit_progress_and_unknown_titles(window, tmp_path):
    session = make_office(window, tmp_path / "office.db", year=2569)
    wizard = window.open_document("oit")
    model = wizard.tables[0].model
    col = {c.key: i for i, c in enumerate(model.columns)}
    codes = [model.index(r, col["code"]).data() for r in range(model.rowCount())]
    r = codes.index("o6")
    assert model.index(r, col["title"]).data() == "o6"  # unknown title: the code shows
    assert model.setData(model.index(r, col["title"]), "การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง")
    assert queries.load_title_overrides(session.office, 2569) == {"o6": "การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง"}
    assert model.index(r, col["title"]).data() == "การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง"
    assert model.setData(model.index(r, col["status"]), "done")
    assert {p.code: p.status for p in queries.load_oit(session.office, 2569)} == {"o6": "done"}
    session.undo_stack.undo()
    assert {p.code: p.status for p in queries.load_oit(session.office, 2569)} == {"o6": "not_started"}
    session.undo_stack.undo()
    assert queries.load_title_overrides(session.office, 2569) == {}
    assert model.index(r, col["title"]).data() == "o6"


def test_framework_import_is_validated_and_undoable(window, tmp_path, monkeypatch):
    from pathlib import Path

    monkeypatch.setenv("ITADESK_DATA", str(tmp_path / "data"))
    session = make_office(window, tmp_path / "office.db", year=2569)
    root = Path(__file__).resolve().parents[1]
    text = (root / "resources" / "frameworks" / "ita-2569.yaml").read_text(encoding="utf-8")
    good = tmp_path / "ita-2570.yaml"
    good.write_text(text.replace("fiscal_year: 2569", "fiscal_year: 2570"), encoding="utf-8")
    bad = tmp_path / "broken.yaml"
    bad.write_text("fiscal_year: [2570\n", encoding="utf-8")

    assert window.import_framework(str(bad)) is None
    assert "YAML" in window.last_message.text() and "ไม่ถูกต้อง" in window.last_message.text()
    assert 2570 not in session.registry
    fw = window.import_framework(str(good))
    assert fw.fiscal_year == 2570 and 2570 in session.registry
    assert session.undo_stack.undoText() == "นำเข้ากรอบการประเมินปี 2570"
    session.undo_stack.undo()
    assert 2570 not in session.registry
    session.undo_stack.redo()
    assert 2570 in session.registry


def test_settings_are_saved_and_undoable(window, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    dialog = window.open_settings()
    dialog.digits.setChecked(False)
    assert session.settings().thai_digits is False
    dialog.garuda.setText(str(tmp_path / "missing.png"))
    dialog.set_garuda(dialog.garuda.text())
    assert "ไม่พบไฟล์" in dialog.garuda_message.text()
    assert session.settings().garuda_path == ""
    session.undo_stack.undo()
    assert session.settings().thai_digits is True


def test_start_next_year_carries_the_plan(window, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    ops.add_plan_items(session.office, [__import__("itadesk.domain.plan", fromlist=["PlanItem"]).PlanItem(
        name="โครงการต่อเนื่อง", dimension=2)], 2567)
    counts = window.start_next_year(confirm=False)
    assert counts["plan_items"] == 1
    assert session.year == 2568 and session.years() == [2567, 2568]
    assert [i.name for i in queries.load_plan_items(session.office, 2568)] == ["โครงการต่อเนื่อง"]
    assert window.year_list.count() == 2 and "2568" in window.year_title.text()
    assert window.new_year_button.text() == "เริ่มปีงบประมาณ 2569"


def test_a_second_copy_on_the_same_file_is_refused(window, tmp_path, qtbot):
    from itadesk.ui.main_window import MainWindow

    path = tmp_path / "office.db"
    make_office(window, path)
    other = MainWindow()
    qtbot.addWidget(other)
    asked = []

    def cancel(box):  # the lock dialog: who holds the file and since when; "cancel"
        asked.append(box.text())
        return next(b for b in box.buttons() if b.text() == "ยกเลิก")

    other.ask = cancel
    assert not other.open_path(str(path))
    assert other.session is None
    assert "กำลังเปิดใช้งานอยู่โดย" in asked[0]  # the storage layer's explanation, in Thai
    other.close()
