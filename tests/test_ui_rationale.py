"""The D1 wizard's "หลักการและเหตุผล" page: typing, the framework's standard text (asking
before it replaces text), undo and redo — through the real windows (offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from itadesk.storage import queries
from test_ui_support import demo_window

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


class Answers:
    """Stands in for `MainWindow.ask`: records each box and clicks the button named."""

    def __init__(self, *labels):
        self.labels = list(labels)
        self.boxes = []

    def __call__(self, box):
        buttons = {b.text(): b for b in box.buttons()}
        self.boxes.append((box.objectName(), box.text()))
        label = self.labels.pop(0)
        assert label in buttons, (label, list(buttons))
        return buttons[label]


def test_rationale_page_typing_standard_text_and_undo(window, qapp, tmp_path):
    from itadesk.demo import RATIONALE

    session = demo_window(window, tmp_path / "demo.db")
    office, year = session.office, session.year
    fw = session.framework(year)
    assert fw.rationale and fw.rationale != RATIONALE

    def saved() -> str:
        return queries.load_assessment(office, year).rationale

    wizard = window.open_document("analysis")
    assert wizard.section_titles()[0] == "หลักการและเหตุผล"
    wizard.sections.setCurrentRow(0)
    qapp.processEvents()
    assert wizard.currentPage().title() == "หลักการและเหตุผล"
    row = wizard.rationale_form.field("rationale")
    assert row.widget.toPlainText() == RATIONALE
    shots = Path(os.environ.get("ITADESK_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    assert wizard.grab().save(str(shots / "wizard-analysis-rationale.png"))

    # typing (Thai set directly; keyClicks with Thai aborts) saves, and undoes
    row.widget.setPlainText("ย่อหน้าที่หนึ่ง\nย่อหน้าที่สอง ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    row.commit()
    assert saved() == "ย่อหน้าที่หนึ่ง\nย่อหน้าที่สอง ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"
    session.undo()
    assert saved() == RATIONALE and row.widget.toPlainText() == RATIONALE

    # the standard text over existing text: asked first; "ยกเลิก" changes nothing
    window.ask = Answers("ยกเลิก")
    assert wizard.use_standard_rationale() is False
    assert window.ask.boxes[0][0] == "replace_rationale"
    assert "แทนที่ข้อความหลักการและเหตุผล" in window.ask.boxes[0][1]
    assert saved() == RATIONALE
    window.ask = Answers("แทนที่")
    wizard.standard_rationale.click()
    assert saved() == fw.rationale and row.widget.toPlainText() == fw.rationale
    assert session.undo_stack.undoText() == "ใช้ข้อความมาตรฐานของหลักการและเหตุผล"
    session.undo()
    assert saved() == RATIONALE and row.widget.toPlainText() == RATIONALE
    session.redo()
    assert saved() == fw.rationale

    # the clerk edits the standard text; an empty field is filled without a question
    row.widget.setPlainText(fw.rationale + "\nย่อหน้าที่เพิ่มเอง")
    row.commit()
    assert saved().endswith("\nย่อหน้าที่เพิ่มเอง")
    row.widget.setPlainText("")
    row.commit()
    assert saved() == ""

    def no_question(box):
        raise AssertionError(f"asked: {box.text()}")

    window.ask = no_question
    assert wizard.use_standard_rationale() is True
    assert saved() == fw.rationale
    session.undo()
    assert saved() == "" and row.widget.toPlainText() == ""
    wizard.close()


def test_standard_text_button_is_off_without_a_framework_text(window, qapp, tmp_path, monkeypatch):
    import dataclasses

    session = demo_window(window, tmp_path / "demo.db")
    bare = dataclasses.replace(session.framework(session.year), rationale="")
    monkeypatch.setattr(session, "framework", lambda year: bare)
    wizard = window.open_document("analysis")
    assert not wizard.standard_rationale.isEnabled()
    assert wizard.use_standard_rationale() is False
    wizard.close()
