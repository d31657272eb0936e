"""The main window's remaining actions, through the real windows (offscreen): export for
sending upward (warnings first, save dialog, worker thread, the ZIP), Word output from the
preview, and what happens when the file is locked, damaged, read-only or on a network share.
Questions are answered by replacing `window.ask` (it receives the real QMessageBox)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import datetime

import pytest

from itadesk.domain.office import Office
from itadesk.storage import operations as ops
from itadesk.storage import queries
from itadesk.storage.database import open_db
from itadesk.storage.lock import lock_path_for, this_host
from test_ui_support import demo_window, wait_until

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


class Answers:
    """Stands in for `MainWindow.ask`: records each box and clicks the button named."""

    def __init__(self, *labels):
        self.labels = list(labels)
        self.boxes = []  # (objectName, text, informativeText, [button texts])

    def __call__(self, box):
        buttons = {b.text(): b for b in box.buttons()}
        self.boxes.append((box.objectName(), box.text(), box.informativeText(), list(buttons)))
        label = self.labels.pop(0)
        assert label in buttons, (label, list(buttons))
        return buttons[label]


def small_office_file(path, name="ดอนสะอาด"):
    office = open_db(path)
    try:
        ops.save_office(office, Office(code="6710101", kind="อบต.", name=name))
        ops.ensure_year(office, 2567)
    finally:
        office.close()


# ------------------------------------------------------------------ export


def test_export_for_sending_upward(window, qapp, qtbot, tmp_path, monkeypatch):
    import dataclasses

    from PySide6.QtWidgets import QFileDialog

    session = demo_window(window, tmp_path / "demo.db")
    code, year = session.office_profile().code, session.year
    # a recorded total that contradicts the indicator scores: a warning to list first
    assessment = session.year_data().assessment
    ops.save_assessment(session.office, dataclasses.replace(assessment, reported_total=12.34))
    window.refresh()
    assert [p.code for p in window.problems if not p.code.startswith("incomplete:")] == ["total_mismatch"]
    file_menu = window.menuBar().actions()[0].menu()
    assert window.act_export in file_menu.actions()
    assert window.act_export.text() == "ส่งออกไฟล์ส่งอำเภอ/จังหวัด…"
    assert window.export_button.isEnabled()

    # the warnings come first; "back to fix" stops before anything is asked or written
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (asked.append(a[2]) or str(tmp_path / "send"), "")))
    window.ask = Answers("กลับไปแก้ไข")
    window.export_button.click()
    assert window.ask.boxes[0][0] == "export_warnings"
    assert "ต้องการส่งออกต่อหรือไม่" in window.ask.boxes[0][1]
    assert "⚠" in window.ask.boxes[0][2]
    assert asked == [] and window.exporter.job is None

    # "export anyway": the save dialog proposes <code>-<year>.ita.zip; a worker builds it
    window.ask = Answers("ส่งออกต่อ")
    with qtbot.waitSignal(window.exporter.finished, timeout=120_000) as done:
        window.export_button.click()
        assert window.exporter.progress is not None  # the progress bar while it works
        assert not window.export_button.isEnabled()  # one export at a time
    assert asked[0].endswith(f"{code}-{year}.ita.zip")
    out = tmp_path / "send.ita.zip"
    assert done.args == [str(out)]
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        for kind in ("analysis", "measures", "results", "oit", "plan", "memo"):
            assert zf.read(f"pdf/{kind}.pdf").startswith(b"%PDF-")
    assert {"manifest.json", "data.json"} <= names
    assert len([n for n in names if n.endswith(".pdf")]) == 6
    assert (manifest["office_code"], manifest["fiscal_year"]) == (code, year)
    assert window.exporter.progress is None and window.export_button.isEnabled()
    assert window.last_message.objectName() == "export_done"
    assert str(out) in window.last_message.text()

    # the package reads back through the district's importer checks
    from itadesk.domain.framework import framework_for
    from itadesk.exchange.reader import read_package

    package = read_package(out, framework_for)
    assert package.data.office.code == code and package.data.assessment.reported_total == 12.34


def test_export_cancel_writes_nothing(window, qapp, qtbot, tmp_path):
    demo_window(window, tmp_path / "demo.db")
    window.ask = Answers("ส่งออกต่อ")
    out = tmp_path / "cancelled.ita.zip"
    from PySide6.QtWidgets import QPushButton

    with qtbot.waitSignal(window.exporter.cancelled, timeout=30_000):
        assert window.export_package(out)
        [cancel] = window.exporter.progress.findChildren(QPushButton)
        assert cancel.text() == "ยกเลิก"
        cancel.click()
    assert not out.exists() and not list(tmp_path.glob("cancelled*"))
    assert window.exporter.job is None and window.export_button.isEnabled()


# ------------------------------------------------------------------ Word


def test_preview_saves_word(window, qapp, qtbot, tmp_path):
    import docx

    demo_window(window, tmp_path / "demo.db")
    preview = window.open_preview("measures")
    assert preview.act_docx.text() == "บันทึกเป็น Word (DOCX)…"
    toolbar_actions = [a.text() for a in preview.findChildren(type(preview.act_print))]
    assert toolbar_actions.index("บันทึกเป็น Word (DOCX)…") == toolbar_actions.index("บันทึกเป็น PDF…") + 1
    out = tmp_path / "มาตรการ"
    with qtbot.waitSignal(preview.docx_saved, timeout=60_000) as saved:
        assert preview.save_docx(out)
        assert not preview.act_docx.isEnabled()
    path = tmp_path / "มาตรการ.docx"
    assert saved.args == [str(path)] and path.exists()
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "มาตรการ" in text
    assert preview.act_docx.isEnabled()
    assert wait_until(qapp, lambda: preview.result is not None or preview.error is not None)
    preview.close()


def test_word_failure_is_explained(window, qapp, qtbot, tmp_path):
    demo_window(window, tmp_path / "demo.db")
    preview = window.open_preview("plan")
    (tmp_path / "folder.docx").mkdir()  # cannot be written as a file
    with qtbot.waitSignal(preview.docx_failed, timeout=60_000):
        preview.save_docx(tmp_path / "folder.docx")
    assert preview.last_message.objectName() == "docx_failed"
    assert preview.act_docx.isEnabled()
    assert wait_until(qapp, lambda: preview.result is not None or preview.error is not None)
    preview.close()


# ------------------------------------------------------------------ lock, damage, read-only


def test_file_held_by_another_copy(window, tmp_path):
    path = tmp_path / "office.db"
    small_office_file(path)
    holder = open_db(path)  # "another copy of itadesk" holding the file
    try:
        lock_before = lock_path_for(path).read_bytes()
        window.ask = Answers("ยกเลิก")
        assert not window.open_path(path)
        name, text, info, buttons = window.ask.boxes[0]
        assert name == "lock_held"
        assert "กำลังเปิดใช้งานอยู่โดย" in text and "ตั้งแต่" in text
        assert this_host() in info and "ตั้งแต่:" in info
        assert "เข้าใช้ไฟล์ต่อ" not in buttons  # a live holder is never taken over
        assert window.session is None

        # view and print only: read-only, editing disabled, a banner says so
        window.ask = Answers("เปิดแบบอ่านอย่างเดียว")
        assert window.open_path(path)
        assert window.read_only and window.session.office.read_only
        assert window.read_only_banner.isVisibleTo(window)
        assert "อ่านอย่างเดียว" in window.read_only_banner.text()
        assert not window.new_year_button.isEnabled()
        assert not window.edit_office_button.isEnabled()
        assert not window.docs.findChild(type(window.new_year_button), "edit_analysis").isEnabled()
        assert window.docs.findChild(type(window.new_year_button), "preview_analysis").isEnabled()
        assert window.export_button.isEnabled()
        assert window.open_document("analysis") is None
        assert window.last_message.text() == "ไฟล์นี้เปิดแบบอ่านอย่างเดียว ดูและพิมพ์เอกสารได้แต่แก้ไขไม่ได้"
        assert window.start_next_year(2568, confirm=False) is None
        assert window.session.years() == [2567]
        assert lock_path_for(path).read_bytes() == lock_before  # the holder keeps its lock
        window.set_session_closed()
        assert not window.read_only_banner.isVisibleTo(window)
    finally:
        holder.close()


def test_stale_lock_is_taken_over(window, tmp_path):
    path = tmp_path / "office.db"
    small_office_file(path)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # its pid no longer runs: a program that crashed with the file open
    lock_path_for(path).write_text(json.dumps({
        "app": "itadesk", "user": "somchai", "host": this_host(), "pid": gone.pid,
        "since": datetime(2024, 11, 22, 9, 30).isoformat(), "heartbeat": "2024-11-22T09:31:00",
        "token": "abcdef0123456789"}), encoding="utf-8")

    window.ask = Answers("ยกเลิก")
    assert not window.open_path(path)
    name, text, info, buttons = window.ask.boxes[0]
    assert name == "lock_stale" and "เข้าใช้ไฟล์ต่อ" in buttons
    assert "somchai" in text and "22 พ.ย. 2567 เวลา 09:30 น." in text
    assert "somchai" in info
    assert json.loads(lock_path_for(path).read_text())["user"] == "somchai"  # untouched

    window.ask = Answers("เข้าใช้ไฟล์ต่อ")
    assert window.open_path(path)
    assert not window.read_only and window.new_year_button.isEnabled()
    assert window.session.office.took_over.user == "somchai"
    assert json.loads(lock_path_for(path).read_text())["pid"] == os.getpid()
    assert "somchai" in window.statusBar().currentMessage()
    assert window.session.office_profile().name == "ดอนสะอาด"


def test_damaged_file_is_restored_from_its_backup(window, tmp_path):
    from itadesk.storage.backups import list_backups

    path = tmp_path / "office.db"
    small_office_file(path, name="หนองบัว")
    assert list_backups(path)  # the close made a backup
    with open(path, "r+b") as fh:  # a power cut scribbled over the header
        fh.write(b"\x13garbage" * 12)

    window.ask = Answers("ยกเลิก")
    assert not window.open_path(path)
    assert window.ask.boxes[0][0] == "file_corrupt" and "เสียหาย" in window.ask.boxes[0][1]
    assert window.session is None

    window.ask = Answers("กู้คืนจากสำรองแล้วเปิด")
    assert window.open_path(path)
    assert window.session.office_profile().name == "หนองบัว"
    assert not window.read_only
    assert any(b.reason == "before-restore" for b in list_backups(path))  # the damaged copy kept


def test_damaged_file_without_backup_is_only_explained(window, tmp_path):
    path = tmp_path / "office.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    window.ask = Answers()  # no question may be asked
    assert not window.open_path(path)
    assert window.last_message.objectName() == "error_box"
    assert window.session is None


def test_read_only_file_opens_for_viewing(window, tmp_path, monkeypatch):
    from itadesk.storage import fsinfo

    path = tmp_path / "office.db"
    small_office_file(path)
    monkeypatch.setattr(fsinfo, "folder_writable", lambda p: False)  # e.g. a CD or a locked folder
    window.ask = Answers("ยกเลิก")
    assert not window.open_path(path)
    assert window.ask.boxes[0][0] == "file_read_only"
    assert "อ่านอย่างเดียว" in window.ask.boxes[0][1]

    window.ask = Answers("เปิดแบบอ่านอย่างเดียว")
    assert window.open_path(path)
    assert window.read_only and window.read_only_banner.isVisibleTo(window)
    assert not window.act_restore.isEnabled()
    assert not lock_path_for(path).exists()  # viewing takes no lock
    assert queries.load_office(window.session.office).name == "ดอนสะอาด"


def test_network_share_warning_is_shown_once(window, tmp_path, monkeypatch):
    from itadesk.storage import fsinfo

    path = tmp_path / "office.db"
    small_office_file(path)
    monkeypatch.setattr(fsinfo, "network_share",
                        lambda p, **k: fsinfo.NetworkShare("cifs", "//server/itadesk (/mnt/share)"))
    assert window.open_path(path)
    box = window.last_message
    assert box.objectName() == "open_warnings" and box.isVisible()
    assert "เครือข่าย" in box.text() and "//server/itadesk" in box.text()
    box.close()
    window.set_session_closed()
    assert window.open_path(path)
    assert window.last_message is box  # not shown again for the same file
