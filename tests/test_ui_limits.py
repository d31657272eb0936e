"""The limits of domain/limits.py reach the clerk through the forms' usual path: a message
next to the field, nothing saved (issue 17: refused at entry, not at the district)."""

from __future__ import annotations

import pytest

from itadesk.domain import limits
from itadesk.storage import queries
from test_ui_support import fill, make_office

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


@pytest.fixture
def office(window, tmp_path):
    return make_office(window, tmp_path / "office.db")


def test_memo_fields_beyond_the_limits_are_refused_next_to_the_field(window, office):
    wizard = window.open_document("memo")
    head = wizard.head_form
    fill(head.field("subject").widget, "รายงานผล")
    fill(head.field("to").widget, "นายก")
    assert queries.load_memos(office.office, 2567)["analysis"].subject == "รายงานผล"

    fill(head.field("date").widget, "8/1/2553")  # years before the fiscal year 2567
    assert "เกินจริง" in head.field("date").message.text()
    fill(head.field("ref_no").widget, "1" * (limits.REF_NO + 1))
    assert "ยาวเกิน" in head.field("ref_no").message.text()
    signers = wizard.signers_form
    fill(signers.field("proposer_name").widget, "n" * (limits.NAME + 1))
    assert "ยาวเกิน" in signers.field("proposer_name").message.text()
    memo = queries.load_memos(office.office, 2567)["analysis"]
    assert memo.date is None and memo.ref_no == "" and memo.proposer.name != "n" * (limits.NAME + 1)

    fill(head.field("date").widget, "8/1/2567")  # fixed: saved, the message goes
    assert not head.field("date").message.isVisibleTo(head)
    assert queries.load_memos(office.office, 2567)["analysis"].date.isoformat() == "2024-01-08"


def test_export_refuses_up_front_a_year_the_district_would_refuse(window, tmp_path, monkeypatch):
    """More rows than the limit (written outside itadesk): the clerk is told before being
    asked where to save, and no worker starts."""
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    from test_ui_support import demo_window

    session = demo_window(window, tmp_path / "demo.db")
    conn = sqlite3.connect(tmp_path / "demo.db")
    conn.executemany("INSERT INTO measures (year, target, title, status, position) VALUES (?,?,?,?,?)",
                     [(2567, "general", f"ม {i}", "not_started", 100 + i)
                      for i in range(limits.ROWS + 1)])
    conn.commit()
    conn.close()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (asked.append(a) or str(tmp_path / "x"), "")))
    assert not window.exporter.start()
    assert asked == [] and window.exporter.job is None
    box = window.last_message
    assert box.objectName() == "error_box" and "2,000" in box.text() and "มาตรการ" in box.text()
    assert session.year == 2567
