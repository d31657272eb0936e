"""The log file (issue 18): unexpected exceptions of the command line and of the GUI's crash
box, failed background jobs and silent fallbacks land in a rotating file in the user log
folder; Help ▸ shows where it is."""

from __future__ import annotations

import logging
import os
import sys

import pytest

from itadesk import cli, logs

pytest_plugins = ("test_ui_support",)


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("ITADESK_DATA", str(tmp_path / "data"))
    yield tmp_path / "data"
    for h in logging.getLogger("itadesk").handlers:
        h.flush()


def read_log(data) -> str:
    for h in logging.getLogger("itadesk").handlers:
        h.flush()
    return (data / "logs" / "itadesk.log").read_text(encoding="utf-8")


def test_log_folder_follows_platformdirs_and_itadesk_data(monkeypatch, tmp_path):
    monkeypatch.setenv("ITADESK_DATA", str(tmp_path))
    assert logs.log_file() == tmp_path / "logs" / "itadesk.log"
    monkeypatch.delenv("ITADESK_DATA")
    import platformdirs

    assert logs.log_dir() == platformdirs.user_log_path("itadesk", appauthor=False)


def test_cli_unexpected_error_is_logged_with_its_traceback(data, monkeypatch, capsys):
    def broken(args):
        raise RuntimeError("a bug deep inside")

    monkeypatch.setitem(cli.COMMANDS, "check", broken)
    code = cli.main(["check", "--db", "x.db"])
    err = capsys.readouterr().err
    assert code == 1
    assert "เกิดข้อผิดพลาดที่ไม่คาดคิด" in err and str(data / "logs" / "itadesk.log") in err
    assert "Traceback" not in err
    text = read_log(data)
    assert "unexpected error in ['check', '--db', 'x.db'] (itadesk " in text
    assert "Traceback" in text and "RuntimeError: a bug deep inside" in text


def test_cli_refusal_is_logged_in_one_line(data, capsys, tmp_path):
    assert cli.main(["check", "--db", str(tmp_path)]) == 2
    text = read_log(data)
    assert "refused:" in text and "is a folder, not a data file" in text
    assert "Traceback" not in text


def test_log_rotates_and_survives_a_refused_rename(data, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    for h in list(logging.getLogger("itadesk").handlers):  # a fresh handler with the small size
        if isinstance(h, logs._LazyFile):
            logging.getLogger("itadesk").removeHandler(h)
            h.close()
    logs.setup("test")
    log = logging.getLogger("itadesk.test")
    for i in range(40):
        log.info("line %d %s", i, "ก" * 40)
    folder = data / "logs"
    assert (folder / "itadesk.log.1").exists()
    assert len(list(folder.glob("itadesk.log*"))) <= 1 + logs.BACKUPS
    # Windows: another itadesk has the file open, the rename is refused — logging goes on
    monkeypatch.setattr(os, "rename", lambda *a: (_ for _ in ()).throw(PermissionError(13, "in use")))
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(PermissionError(13, "in use")))
    for i in range(40):
        log.info("after %d %s", i, "ข" * 40)
    assert "after 39" in read_log(data)


def test_background_job_failure_is_logged(data, qapp):
    from itadesk.ui.jobs import BackgroundJob

    logs.setup("test")
    failed = []

    def work(progress):
        raise ValueError("the renderer broke")

    job = BackgroundJob(work)
    job.signals.failed.connect(failed.append)
    job.run()
    qapp.processEvents()
    assert failed and "ValueError" in failed[0]
    text = read_log(data)
    assert "background job failed" in text and "ValueError: the renderer broke" in text


def test_translation_fallback_is_logged(data, monkeypatch, tmp_path):
    import shutil
    import subprocess

    from itadesk.ui import i18n

    logs.setup("test")
    ts = tmp_path / "itadesk_en.ts"
    ts.write_text("<TS/>", encoding="utf-8")

    def refuse(*a, **k):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(subprocess, "run", refuse)
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/pyside6-lrelease")
    assert i18n._compile(ts) is None
    assert "translation" in read_log(data) and "not compiled" in read_log(data)


def test_gui_crash_box_logs_and_names_the_log(data, qapp):
    from itadesk.ui import app

    logs.setup("test")
    old = sys.excepthook
    app.install_excepthook()
    try:
        try:
            raise KeyError("no such row")
        except KeyError:
            sys.excepthook(*sys.exc_info())
        boxes = app.shown_errors()
        assert boxes and boxes[-1].objectName() == "unexpected_error"
        assert str(logs.log_file()) in boxes[-1].informativeText()
        boxes[-1].close()
    finally:
        sys.excepthook = old
    text = read_log(data)
    assert "unexpected error" in text and "KeyError: 'no such row'" in text


@pytest.mark.gui
def test_help_menu_shows_the_log_folder(data, window, monkeypatch):
    from itadesk.ui import main_window

    help_menu = window.menuBar().actions()[-1].menu()
    action = next(a for a in help_menu.actions() if a.objectName() == "show_log")
    assert action.text() == "ไฟล์บันทึกการทำงานของโปรแกรม (log)…"
    opened, boxes = [], []

    def answer(box):
        boxes.append(box.text())
        return next(b for b in box.buttons() if b.text() == "เปิดโฟลเดอร์")

    window.ask = answer
    monkeypatch.setattr(main_window, "open_in_file_manager", opened.append)
    action.trigger()
    assert str(data / "logs" / "itadesk.log") in boxes[0]
    assert opened == [data / "logs"] and opened[0].is_dir()


@pytest.mark.gui
def test_help_about_shows_the_version_from_the_metadata(window):
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    version = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    shown = []
    window.ask = lambda box: shown.append((box.objectName(), box.text())) or box.buttons()[0]
    help_menu = window.menuBar().actions()[-1].menu()
    next(a for a in help_menu.actions() if a.text() == "เกี่ยวกับ itadesk").trigger()
    assert shown[0][0] == "about" and shown[0][1].startswith(f"itadesk {version}\n")
