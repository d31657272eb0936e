"""The command line refuses paths that cannot be what a command needs — a folder where a file
is expected, an empty --out, `render all --out` naming an existing file — with a clear
Thai/English message and exit code 2, before doing any work (issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from itadesk.cli import main
from itadesk.demo import DEMO_YEAR, create_demo
from itadesk.storage.database import open_db

SRC = Path(__file__).resolve().parents[1] / "src"
Y = str(DEMO_YEAR)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("paths") / "office.itadesk"
    with open_db(path) as office:
        create_demo(office)
    return path


def run(argv, capsys, lang="th", monkeypatch=None):
    if monkeypatch is not None:
        monkeypatch.setenv("ITADESK_LANG", lang)
    code = main(argv)
    out = capsys.readouterr()
    return code, out.err


@pytest.mark.parametrize("argv", [
    ["render", "plan", "--db", "{dir}", "--out", "{tmp}/x.pdf"],
    ["check", "--db", "{dir}"],
    ["demo", "--db", "{dir}"],
    ["export", "--db", "{dir}", "--year", Y, "--out", "{tmp}/p.ita.zip"],
    ["backup", "list", "--db", "{dir}"],
    ["delete-year", "--db", "{dir}", "--year", Y],
    ["--db", "{dir}"],   # the GUI: refused before any window opens
])
def test_db_is_a_folder(argv, tmp_path, capsys):
    folder = tmp_path / "ข้อมูล"
    folder.mkdir()
    argv = [a.format(dir=folder, tmp=tmp_path) for a in argv]
    code, err = run(argv, capsys)
    assert code == 2
    assert f"{folder} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ข้อมูล" in err
    assert list(folder.iterdir()) == []


def test_into_is_a_folder(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "agg"
    folder.mkdir()
    pkg = tmp_path / "x.ita.zip"
    pkg.write_bytes(b"PK")
    code, err = run(["import", "--into", str(folder), str(pkg)], capsys, "en", monkeypatch)
    assert code == 2 and f"{folder} is a folder, not a data file" in err


@pytest.mark.parametrize("argv,example", [
    (["render", "plan", "--db", "{db}", "--year", Y, "--out", "{dir}"], "plan.pdf"),
    (["render", "memo", "--db", "{db}", "--year", Y, "--format", "docx", "--out", "{dir}"],
     "memo.docx"),
    (["aggregate", "--db", "{db}", "--out", "{dir}"], "summary.pdf"),
    (["typeset", "--text", "{db}", "--out", "{dir}"], "proof.pdf"),
])
def test_out_is_a_folder_for_a_single_file(argv, example, demo, tmp_path, capsys):
    argv = [a.format(db=demo, dir=tmp_path) for a in argv]
    code, err = run(argv, capsys)
    assert code == 2
    assert f"{tmp_path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์" in err and str(tmp_path / example) in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", [
    ["render", "plan", "--db", "{db}", "--year", Y, "--out", ""],
    ["render", "all", "--db", "{db}", "--year", Y, "--out", " "],
    ["export", "--db", "{db}", "--year", Y, "--out", ""],
    ["aggregate", "--db", "{db}", "--out", ""],
])
def test_empty_out(argv, demo, capsys, monkeypatch):
    argv = [a.format(db=demo) for a in argv]
    code, err = run(argv, capsys)
    assert code == 2 and "--out ว่างอยู่" in err
    code, err = run(argv, capsys, "en", monkeypatch)
    assert code == 2 and "--out is empty" in err


def test_render_all_out_names_an_existing_file(demo, tmp_path, capsys):
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"keep me")
    code, err = run(["render", "all", "--db", str(demo), "--year", Y, "--out", str(existing)],
                    capsys)
    assert code == 2 and f"{existing} เป็นไฟล์ที่มีอยู่แล้ว" in err
    assert existing.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_export_out_folder_still_allowed(demo, tmp_path, capsys):
    assert main(["export", "--db", str(demo), "--year", Y, "--out", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("*.ita.zip"))) == 1


def test_no_traceback_in_a_real_process(tmp_path):
    """The console program itself: exit 2, the message, no traceback."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "ITADESK_LANG": "en"}
    proc = subprocess.run([sys.executable, "-m", "itadesk", "render", "plan", "--db",
                           str(tmp_path), "--out", str(tmp_path / "x.pdf")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert "is a folder, not a data file" in proc.stderr and "Traceback" not in proc.stderr
