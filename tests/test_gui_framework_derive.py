"""The main window for a fiscal year without a framework (2570): starting the year offers a
provisional framework copied from 2569 (undoable), the year's page says what is missing or
provisional, D1/D4 offer to make the framework instead of opening a wizard without one."""

from __future__ import annotations

import pytest

from itadesk.demo import create_demo
from itadesk.storage import operations as ops
from itadesk.storage.database import open_db

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


class Answers:
    """Stands in for `MainWindow.ask`: records each box (and its check box) and clicks the
    button named; `untick` clears the box's check box first."""

    def __init__(self, *labels, untick=False):
        self.labels = list(labels)
        self.untick = untick
        self.boxes = []

    def __call__(self, box):
        buttons = {b.text(): b for b in box.buttons()}
        check = box.checkBox()
        self.boxes.append({"name": box.objectName(), "text": box.text(),
                           "info": box.informativeText(), "buttons": list(buttons),
                           "check": (check.text(), check.isChecked()) if check else None})
        if check is not None and self.untick:
            check.setChecked(False)
        label = self.labels.pop(0)
        assert label in buttons, (label, list(buttons))
        return buttons[label]


@pytest.fixture
def user_frameworks(tmp_path, monkeypatch):
    """An empty user frameworks folder for this test (the session's registry uses it)."""
    from itadesk.domain.framework import set_default_registry

    monkeypatch.setenv("ITADESK_DATA", str(tmp_path / "data"))
    yield tmp_path / "data" / "frameworks"
    set_default_registry(None)


def open_2569(window, path):
    """The demo office with 2568 and 2569 started (2570 is the next year), opened."""
    with open_db(path) as office:
        create_demo(office)
        ops.start_new_year(office, 2568)
        ops.start_new_year(office, 2569)
    assert window.open_path(str(path))
    return window.session


def test_starting_2570_offers_and_makes_a_provisional_framework(window, tmp_path, user_frameworks):
    session = open_2569(window, tmp_path / "d.db")
    assert session.year == 2569 and 2570 not in session.registry
    window.ask = answers = Answers("เริ่มปีงบประมาณ 2570")
    counts = window.start_next_year()
    assert counts is not None and session.year == 2570
    [box] = answers.boxes
    assert box["name"] == "start_year"
    assert box["check"] == ("สร้างกรอบการประเมินปี 2570 ฉบับชั่วคราวจากกรอบปี 2569", True)
    assert "ยังไม่มีกรอบการประเมินปี 2570" in box["info"]
    # installed in the user folder, provisional, undoable
    assert (user_frameworks / "ita-2570.yaml").exists()
    fw = session.framework(2570)
    assert fw.provisional and fw.title_th.endswith("๒๕๗๐")
    assert counts["oit_items"] == len(fw.oit_items)
    assert session.undo_stack.undoText() == "สร้างกรอบการประเมินปี 2570 ฉบับชั่วคราวจากกรอบปี 2569"
    notice = window.framework_notice.text()
    assert window.framework_bar.isVisible() and not window.derive_button.isVisible()
    assert notice.startswith("กรอบการประเมินปี 2570 เป็นฉบับชั่วคราว (คัดลอกจากปี 2569)")
    assert "ป.ป.ช." in notice and "นำเข้าไฟล์ฉบับจริง" in notice
    assert not window.act_derive_framework.isEnabled()
    window.grab().save(str(tmp_path / "provisional.png"))

    session.undo_stack.undo()
    window.refresh()
    assert 2570 not in session.registry and not (user_frameworks / "ita-2570.yaml").exists()
    assert session.years()[-1] == 2570  # the year stays; only the framework went
    assert window.framework_notice.text().startswith(
        "⚠ ยังไม่มีกรอบการประเมินปี 2570: พิมพ์ได้เฉพาะ D5 และ D6")
    assert window.derive_button.isVisible() and window.derive_button.text() == "สร้างกรอบชั่วคราวจากปี 2569"
    assert window.act_derive_framework.isEnabled()
    session.undo_stack.redo()
    window.refresh()
    assert 2570 in session.registry


def test_unticked_box_starts_the_year_without_a_framework(window, tmp_path, user_frameworks):
    session = open_2569(window, tmp_path / "d.db")
    window.ask = Answers("เริ่มปีงบประมาณ 2570", untick=True)
    assert window.start_next_year() is not None and session.year == 2570
    assert 2570 not in session.registry and not user_frameworks.exists()
    assert session.undo_stack.count() == 0
    # cancelling starts nothing
    window.ask = Answers("ยกเลิก")
    assert window.start_next_year() is None and session.years()[-1] == 2570


def test_year_page_without_a_framework(window, tmp_path, user_frameworks):
    session = open_2569(window, tmp_path / "d.db")
    assert window.start_next_year(confirm=False, make_framework=False) is not None
    assert session.year == 2570 and session.framework() is None
    window.refresh()
    notice = window.framework_notice.text()
    assert window.framework_bar.isVisible()
    assert "ยังไม่มีกรอบการประเมินปี 2570: พิมพ์ได้เฉพาะ D5 และ D6" in notice and "2569" in notice
    window.grab().save(str(tmp_path / "none.png"))
    # printing: D5/D6 yes, D1–D4 say why
    from PySide6.QtWidgets import QPushButton

    for kind in ("analysis", "measures", "results", "oit"):
        button = window.docs.findChild(QPushButton, f"preview_{kind}")
        assert not button.isEnabled() and "ยังไม่มีกรอบการประเมินปี 2570" in button.toolTip()
    for kind in ("plan", "memo"):
        assert window.docs.findChild(QPushButton, f"preview_{kind}").isEnabled()
    edit = window.docs.findChild(QPushButton, "edit_analysis")
    assert edit.isEnabled() and "สร้างกรอบฉบับชั่วคราว" in edit.toolTip()

    # the Tools menu item makes it (undoable) and the notice changes
    assert window.act_derive_framework.isEnabled()
    window.act_derive_framework.trigger()
    assert 2570 in session.registry
    assert window.framework_notice.text().startswith("กรอบการประเมินปี 2570 เป็นฉบับชั่วคราว")
    assert window.docs.findChild(QPushButton, "preview_analysis").isEnabled()
    # a second time is refused with a message (nothing replaced)
    assert window.derive_framework() is None
    assert "มีกรอบการประเมินอยู่แล้ว" in window.last_message.text()


def test_d1_for_a_year_without_a_framework_offers_to_make_it(window, tmp_path, user_frameworks):
    session = open_2569(window, tmp_path / "d.db")
    window.start_next_year(confirm=False, make_framework=False)
    window.ask = answers = Answers("ยกเลิก", "สร้างกรอบชั่วคราวแล้วเปิด")
    assert window.open_document("analysis") is None and "analysis:2570" not in window.wizards
    assert answers.boxes[0]["name"] == "need_framework"
    assert "ต้องใช้กรอบการประเมินปี 2570" in answers.boxes[0]["text"]
    assert 2570 not in session.registry
    wizard = window.open_document("analysis")
    assert wizard is not None and 2570 in session.registry
    assert wizard.isVisible()
    # D2/D3 open without asking (they use the year before's framework); D5/D6 too
    session.undo_stack.undo()
    window.ask = Answers()  # no question may be asked
    for kind in ("measures", "results", "plan", "memo"):
        assert window.open_document(kind) is not None, kind


def test_d1_and_d4_wizards_do_not_crash_without_a_framework(window, tmp_path, user_frameworks):
    """The wizards themselves (opened directly, as before this change) still build."""
    from itadesk.ui.wizards import documents

    session = open_2569(window, tmp_path / "d.db")
    window.start_next_year(confirm=False, make_framework=False)
    assert session.framework() is None
    for kind in ("analysis", "oit"):
        wizard = documents.make_wizard(kind, session, window)
        wizard.show()
        wizard.grab()
        wizard.close()


def test_notice_for_bundled_years(window, tmp_path, user_frameworks):
    session = open_2569(window, tmp_path / "d.db")
    window.refresh()
    text = window.framework_notice.text()  # 2569 is bundled but provisional
    assert window.framework_bar.isVisible()
    assert text.startswith("กรอบการประเมินปี 2569 เป็นฉบับชั่วคราว ตรวจสอบ") and "คัดลอก" not in text
    session.set_year(2567)
    window.refresh()
    assert not window.framework_bar.isVisible()


def test_export_of_a_year_without_a_framework_says_what_to_do(window, tmp_path, user_frameworks):
    session = open_2569(window, tmp_path / "d.db")
    window.start_next_year(confirm=False, make_framework=False)
    out = tmp_path / "pkg.ita.zip"
    assert window.export_package(out) is False
    assert not window.exporter.running and not out.exists()
    text = window.last_message.text()
    assert "ไม่มีกรอบการประเมิน ITA ของปี 2570" in text
    assert "สร้างกรอบการประเมินชั่วคราวจากปีก่อน" in text
    assert session.year == 2570
