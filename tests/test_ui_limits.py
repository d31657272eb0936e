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
