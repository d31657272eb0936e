"""The D5 wizard's e-PlanNACC button (issue 13): a real click writes the .xlsx where the save
dialog says, the round's flag shows in the summary, and the new item columns exist."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from itadesk.reports.eplan_xlsx import HEADERS
from itadesk.storage import queries
from test_ui_support import demo_window

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


def test_plan_wizard_exports_the_eplan_sheet(window, qtbot, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    session = demo_window(window, tmp_path / "demo.db")
    plan = window.open_document("plan")
    plan.sections.setCurrentRow(len(plan.section_titles()) - 1)
    assert "ตามเกณฑ์ e-PlanNACC รอบ" in plan.summary.text()
    out = tmp_path / "sheet.xlsx"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a), (str(out), ""))[1])
    qtbot.mouseClick(plan.eplan_button, Qt.LeftButton)
    assert asked and out.exists()
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert list(rows[0]) == list(HEADERS)
    assert len(rows) == len(queries.load_plan_items(session.office, session.year)) + 1
    assert str(out) in plan.eplan_status.text()
    # a wrong file name: the message under the button, nothing written
    bad = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(plan.eplan_button, Qt.LeftButton)
    assert ".xlsx" in plan.eplan_status.text() and not bad.exists()
    names = [c.key for c in plan.items_model.columns]
    assert {"quarter", "plan_years", "target_groups"} <= set(names)
    plan.close()
