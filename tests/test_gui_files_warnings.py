"""Files and warnings a clerk meets: save dialogs start in Documents with Thai names, one
preview per document, a warning leads to where it is fixed, D5's print asks only about D5,
and text the print font cannot draw (Chinese) is warned about before printing."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from itadesk.storage import operations as ops
from itadesk.storage import queries
from test_gui_actions import Answers
from test_ui_support import demo_window, wait_until

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


def _documents():
    from pathlib import Path

    return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))


def test_save_dialogs_start_in_documents_with_thai_names(window, qapp, tmp_path, monkeypatch):
    session = demo_window(window, tmp_path / "demo.itadesk")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda _parent, _title, start, *a, **k: (asked.append(start), "")[1:] * 2))
    window.new_file()
    window.save_as()
    preview = window.open_preview("plan")
    preview.pdf_path = tmp_path / "x.pdf"
    preview.save_pdf()
    preview.save_docx()
    preview.close()
    docs = str(_documents())
    assert len(asked) == 4 and all(a.startswith(docs) for a in asked), asked
    assert asked[1].endswith(f"{session.office_profile().short_name}.itadesk")
    assert asked[2].endswith(f"D5 รายงานผลแผนปฏิบัติการป้องกันการทุจริต ปี {session.year}.pdf")
    assert asked[3].endswith(".docx") and "plan-" not in asked[3]


def test_one_preview_window_per_document(window, qapp, tmp_path):
    demo_window(window, tmp_path / "demo.itadesk")
    first = window.open_preview("measures")
    again = window.open_preview("measures")
    other = window.open_preview("plan")
    assert again is first and other is not first
    assert len([w for w in window.windows if w.isVisible()]) == 2
    for w in (first, other):
        assert wait_until(qapp, lambda w=w: w.job is None, 60)
        w.close()


def test_warning_double_click_goes_to_the_field(window, qapp, tmp_path):
    session = demo_window(window, tmp_path / "demo.itadesk")
    assessment = session.year_data().assessment
    ops.save_assessment(session.office, dataclasses.replace(assessment, reported_total=12.34))
    window.refresh()
    lst = window.problem_list
    assert lst.wordWrap()
    row = next(i for i in range(lst.count()) if "คะแนนรวม" in lst.item(i).text())
    rect = lst.visualItemRect(lst.item(row))
    QTest.mouseClick(lst.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())  # as a hand does
    QTest.mouseDClick(lst.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    wizard = window.wizards[f"analysis:{session.year}"]
    assert wizard.section_titles()[wizard._ids.index(wizard.currentId())] == "คะแนนตัวชี้วัด"
    assert wait_until(qapp, lambda: wizard.currentPage().isAncestorOf(QApplication.focusWidget() or wizard), 5)


def test_plan_print_asks_only_about_plan_warnings(window, qapp, tmp_path):
    session = demo_window(window, tmp_path / "demo.itadesk")
    assessment = session.year_data().assessment
    ops.save_assessment(session.office, dataclasses.replace(assessment, reported_total=12.34))  # a D1 warning
    preview = window.open_preview("plan")
    assert wait_until(qapp, lambda: preview.job is None and preview.result is not None, 60)
    assert preview.check_warnings() == []
    assert preview.confirm_print()  # nothing of D5's to ask about
    assert preview.warnings.count() == 0
    preview.close()


def test_text_the_font_cannot_print_is_warned_before_printing(window, qapp, tmp_path):
    session = demo_window(window, tmp_path / "demo.itadesk")
    item = queries.load_plan_items(session.office, session.year)[0]
    ops.update_plan_item(session.office, dataclasses.replace(item, name=item.name + " 反腐败项目"))
    preview = window.open_preview("plan")
    assert wait_until(qapp, lambda: preview.job is None and preview.result is not None, 60)
    texts = [preview.warnings.item(i).text() for i in range(preview.warnings.count())]
    assert any("反" in t and "□" in t for t in texts), texts
    window.ask = Answers("กลับไปแก้ไข")
    assert not preview.confirm_print()
    name, text, info, _buttons = window.ask.boxes[0]
    assert name == "print_warnings" and "反" in info and "U+53CD" in info
    # double-click on the warning: the D5 wizard on its projects page
    lst = preview.warnings
    row = next(i for i in range(lst.count()) if "反" in lst.item(i).text())
    rect = lst.visualItemRect(lst.item(row))
    QTest.mouseClick(lst.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    QTest.mouseDClick(lst.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    wizard = window.wizards[f"plan:{session.year}"]
    assert wizard.section_titles()[wizard._ids.index(wizard.currentId())] == "โครงการ/กิจกรรม"
    preview.close()
