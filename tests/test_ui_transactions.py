"""Every edit, its undo and its redo is one storage transaction; an edit that fails is not
left on the undo stack as if done; an undo that fails clears the history (it would be out of
step with the file); the action-plan memo is written per round; and a file taken over by
another computer switches the window to read-only mode with a dialog saying who and when."""

from __future__ import annotations

import contextlib
import json
from datetime import datetime

import pytest

from itadesk.domain.errors import ItadeskError
from itadesk.storage import operations as ops
from itadesk.storage import queries
from itadesk.storage.errors import LockLostError, StorageError
from itadesk.storage.lock import lock_path_for
from test_ui_support import demo_window, fill, make_office, read_fixture, wait_until

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


class Transactions:
    """Counts the storage transactions opened on `office` (outermost ones)."""

    def __init__(self, office, monkeypatch):
        self.count = 0
        real = office.transaction

        @contextlib.contextmanager
        def counted():
            if not office.conn.in_transaction:
                self.count += 1
            with real() as db:
                yield db

        monkeypatch.setattr(office, "transaction", counted)

    def take(self) -> int:
        n, self.count = self.count, 0
        return n


def plan_with_seed004(window, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    plan = window.open_document("plan")
    plan.goto(1)
    plan.items_table.paste(text=read_fixture("seed004_summary_paste.txt"), show=False).accept()
    return session, plan


def places(session):
    return [(i.id, i.position, i.name) for i in queries.load_plan_items(session.office, 2567)]


# ------------------------------------------------------------------ 1. one transaction each


def test_seed004_paste_is_one_add_plan_items_call(window, tmp_path, monkeypatch):
    session = make_office(window, tmp_path / "office.db")
    plan = window.open_document("plan")
    plan.goto(1)
    calls, saved_apart = [], []
    real_add = ops.add_plan_items

    def spy(office, items, year, results=None):
        calls.append((len(items), [len(r) for r in results or []]))
        return real_add(office, items, year, results=results)

    monkeypatch.setattr(ops, "add_plan_items", spy)
    monkeypatch.setattr(ops, "save_round_results", lambda *a, **k: saved_apart.append(a))
    count = Transactions(session.office, monkeypatch)
    plan.items_table.paste(text=read_fixture("seed004_summary_paste.txt"), show=False).accept()

    assert calls == [(9, [1] * 9)]  # the 9 items with their round results, in one call
    assert saved_apart == []
    assert count.take() == 1
    items = queries.load_plan_items(session.office, 2567)
    results = queries.load_round_results(session.office, 2567)[plan.round]
    assert [results[i.id].status for i in items] == ["done", "cannot", "cannot"] + ["done"] * 6

    # undo and redo of the paste: one transaction each, the same ids back with their results
    before = places(session)
    session.undo()
    assert count.take() == 1 and queries.load_plan_items(session.office, 2567) == []
    assert queries.load_round_results(session.office, 2567)[plan.round] == {}
    session.redo()
    assert count.take() == 1 and places(session) == before
    assert queries.load_round_results(session.office, 2567)[plan.round] == results


def test_delete_three_rows_and_undo_one_transaction_each(window, tmp_path, monkeypatch):
    session, plan = plan_with_seed004(window, tmp_path)
    before = places(session)
    results = queries.load_round_results(session.office, 2567)[plan.round]
    gone = [before[r][0] for r in (1, 4, 8)]
    count = Transactions(session.office, monkeypatch)

    plan.items_model.delete_rows([1, 4, 8])
    assert count.take() == 1
    assert [p[0] for p in places(session)] == [p[0] for p in before if p[0] not in gone]
    assert not set(gone) & set(queries.load_round_results(session.office, 2567)[plan.round])
    assert session.undo_stack.undoText() == "ลบโครงการ 3 แถว"

    session.undo()
    assert count.take() == 1
    assert places(session) == before  # the same ids in the same places
    assert queries.load_round_results(session.office, 2567)[plan.round] == results
    assert plan.items_model.rowCount() == 9 + 1

    session.redo()
    assert count.take() == 1 and len(places(session)) == 6
    session.undo()
    assert count.take() == 1 and places(session) == before


def test_a_failed_delete_leaves_nothing_on_the_undo_stack(window, tmp_path, monkeypatch):
    session, plan = plan_with_seed004(window, tmp_path)
    before = places(session)
    stack = session.undo_stack
    depth, label = stack.count(), stack.undoText()

    def broken(office, table, ids):  # the disk fails half-way: the transaction rolls back
        with office.transaction() as db:
            db.execute("UPDATE plan_items SET name='?' WHERE id=?", [ids[0]])
            raise StorageError("อ่านหรือเขียนไฟล์ไม่ได้", "could not write the file")

    monkeypatch.setattr(ops, "delete_rows", broken)
    view = plan.items_table
    view.view.selectRow(1)
    view.delete_selected()
    assert "อ่านหรือเขียนไฟล์ไม่ได้" in view.message.text()  # said next to the table
    assert places(session) == before
    assert (stack.count(), stack.undoText()) == (depth, label)  # not on the stack as if done
    with pytest.raises(ItadeskError):
        plan.items_model.delete_rows([2, 3])
    assert (stack.count(), stack.undoText()) == (depth, label)


def test_a_failed_undo_clears_the_history(window, qapp, tmp_path, monkeypatch):
    session, plan = plan_with_seed004(window, tmp_path)
    plan.items_model.delete_rows([0, 1, 2])
    after_delete = places(session)

    def broken(office, snapshot):
        raise StorageError("อ่านหรือเขียนไฟล์ไม่ได้", "could not write the file")

    monkeypatch.setattr(ops, "restore_rows", broken)
    window._undo()  # Edit ▸ Undo
    assert places(session) == after_delete  # nothing changed in the file...
    stack = session.undo_stack
    assert stack.count() == 0 and not stack.canRedo()  # ...and no redo that would delete again
    assert not window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    box = window.last_message
    assert box.objectName() == "history_dropped" and "ไม่ได้เปลี่ยนแปลง" in box.text()
    assert "อ่านหรือเขียนไฟล์ไม่ได้" in box.informativeText()
    box.close()

    # undo_stack.undo() called directly (a shortcut): the history goes once the step is over
    monkeypatch.undo()
    plan.items_model.delete_rows([0])
    monkeypatch.setattr(ops, "restore_rows", broken)
    stack.undo()
    qapp.processEvents()
    assert stack.count() == 0


# ------------------------------------------------------------------ 2. memo per plan round


def _pdf_text(path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages[:3])


def _render(window, qapp, round_):
    from itadesk.ui.preview import PreviewWindow

    preview = PreviewWindow(window.session, "plan", window.session.year, round_=round_, parent=window)
    preview.memo_check.blockSignals(True)
    preview.memo_check.setChecked(True)  # "มีบันทึกข้อความนำ"
    preview.memo_check.blockSignals(False)
    preview.start()
    assert wait_until(qapp, lambda: preview.result is not None or preview.error is not None)
    assert preview.error is None, preview.error
    text = _pdf_text(preview.pdf_path)
    preview.close()
    return text


def test_plan_memo_per_round_through_the_wizard(window, qapp, tmp_path):
    from PySide6.QtWidgets import QComboBox

    from itadesk.ui.signals import emit

    session = demo_window(window, tmp_path / "demo.db")
    wizard = window.open_document("memo")
    combo = wizard.findChild(QComboBox, "memo_document")
    labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert list(labels) == ["analysis", "measures", "results", "oit", "plan6", "plan"]
    assert labels["plan6"].endswith("รอบ ๖ เดือน") and labels["plan"].endswith("รอบ ๑๒ เดือน")
    i = combo.findData("plan6")
    combo.setCurrentIndex(i)
    emit(combo.activated, i)
    assert wizard.state.value == "plan6"
    fill(wizard.head_form.field("subject").widget, "รายงานผลแผนปฏิบัติการ รอบหกเดือน R6X")
    memos = queries.load_memos(session.office, session.year)
    assert memos["plan6"].subject == "รายงานผลแผนปฏิบัติการ รอบหกเดือน R6X"
    assert "R6X" not in memos["plan"].subject
    wizard.close()

    assert "R6X" in _render(window, qapp, 6)
    assert "R6X" not in _render(window, qapp, 12)


def test_new_plan_memos_name_their_round(window, tmp_path):
    from itadesk.ui.wizards.memo import default_memo

    session = make_office(window, tmp_path / "office.db")
    office = session.office_profile()
    assert default_memo(office, 2567, "plan6").subject.endswith("พ.ศ. 2567 รอบ ๖ เดือน")
    assert default_memo(office, 2567, "plan").subject.endswith("พ.ศ. 2567 รอบ ๑๒ เดือน")
    assert default_memo(office, 2567, "oit").subject.endswith("พ.ศ. 2567")


def test_d6_completeness_counts_both_plan_memos(window, tmp_path):
    session = demo_window(window, tmp_path / "demo.db")
    assert window.docs.item(5, 1).text() == "6/6 ฉบับ ✓"
    memo = queries.load_memos(session.office, session.year)["plan6"]
    import dataclasses

    ops.save_memo(session.office, dataclasses.replace(memo, body=[]))  # the 6-month memo unfinished
    window.refresh()
    assert window.docs.item(5, 1).text() == "5/6 ฉบับ"


# ------------------------------------------------------------------ 3. lock taken over


def test_lock_lost_during_an_edit_switches_to_read_only(window, qapp, tmp_path, monkeypatch):
    session = make_office(window, tmp_path / "office.db")
    wizard = window.open_office_wizard()
    form = wizard.profile_form
    fill(form.field("district").widget, "โนนสวรรค์")
    assert session.undo_stack.count() > 0

    def taken(office, o):
        raise LockLostError(office.path, "somsri", "PC-PLAN")

    monkeypatch.setattr(ops, "save_office", taken)
    fill(form.field("province").widget, "ขอนแก่น")

    box = window.last_message
    assert box.objectName() == "lock_lost" and box.isVisible()
    assert "somsri" in box.text() and "ไม่ได้บันทึก" in box.text()
    assert "ผู้ใช้: somsri" in box.informativeText() and "เครื่อง: PC-PLAN" in box.informativeText()
    assert "อ่านอย่างเดียว" in box.informativeText()
    assert window.read_only and session.office.read_only
    assert window.read_only_banner.isVisibleTo(window)
    assert "somsri" in window.read_only_banner.text() and "PC-PLAN" in window.read_only_banner.text()
    assert not window.new_year_button.isEnabled() and not window.edit_office_button.isEnabled()
    assert window.export_button.isEnabled()  # view, print and export still work
    qapp.processEvents()
    assert not wizard.isVisible() and "office" not in window.wizards  # editing windows closed
    assert session.undo_stack.count() == 0 and not window.act_undo.isEnabled()
    assert window.open_document("analysis") is None
    assert queries.load_office(session.office).province == ""
    box.close()


def test_lock_taken_by_another_computer_is_noticed_and_said(window, tmp_path):
    session = make_office(window, tmp_path / "office.db")
    path = session.path
    theirs = {"app": "itadesk", "user": "somsri", "host": "PC-PLAN", "pid": 4242,
              "since": datetime(2024, 11, 22, 10, 5).isoformat(), "heartbeat": "2024-11-22T10:05:30",
              "token": "f" * 32}
    lock_path_for(path).write_text(json.dumps(theirs), encoding="utf-8")  # they took it over
    session.office.lock._verified_at = 0.0  # as if the last look was long ago
    window.check_lock()  # the main window looks every few seconds

    box = window.last_message
    assert box.objectName() == "lock_lost"
    assert "เครื่องอื่นได้เข้าใช้ไฟล์" in box.text()
    assert "เข้าใช้ตั้งแต่: 22 พ.ย. 2567 เวลา 10:05 น." in box.informativeText()
    assert "somsri" in window.read_only_banner.text() and "22 พ.ย. 2567" in window.read_only_banner.text()
    assert window.read_only
    assert window.start_next_year(2568, confirm=False) is None
    box.close()
    window.set_session_closed()
    assert json.loads(lock_path_for(path).read_text())["user"] == "somsri"  # their lock stays


def test_lock_lost_in_english(window, tmp_path, monkeypatch):
    from itadesk.ui.i18n import install_language

    session = make_office(window, tmp_path / "office.db")
    assert install_language("en")
    session.notice_lock_lost(LockLostError(session.path, "somsri", "PC-PLAN"), during_edit=True)
    box = window.last_message
    assert "somsri on PC-PLAN" in box.text()
    assert "User: somsri" in box.informativeText() and "read-only" in box.informativeText()
    assert window.read_only_banner.text().startswith("Read-only: somsri on computer PC-PLAN has taken")
