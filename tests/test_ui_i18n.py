"""Thai first, English second: every interface string goes through tr() and has an English
translation; the wizard's own buttons are Thai too (Qt ships no Thai of its own)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from test_ui_support import make_office

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "itadesk" / "ui"


def _ts(lang: str) -> dict[str, ET.Element]:
    tree = ET.parse(ROOT / "translations" / f"itadesk_{lang}.ts")
    return {m.findtext("source"): m.find("translation") for m in tree.iter("message")}


def _source_strings() -> set[str]:
    """Every literal passed to tr() / QT_TR_NOOP() under src/itadesk/ui."""
    found = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("tr", "QT_TR_NOOP") and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


def test_every_string_has_an_english_translation():
    sources = _source_strings()
    assert len(sources) > 250
    english = _ts("en")
    missing = sorted(s for s in sources if s not in english)
    assert missing == [], "run pyside6-lupdate (see README) and translate"
    unfinished = sorted(s for s, t in english.items() if s in sources and (t.get("type") == "unfinished" or not t.text))
    assert unfinished == []
    thai = _ts("th")
    assert all(s in thai for s in sources)


def test_no_thai_text_outside_tr_in_window_labels():
    """Labels set with a bare Thai literal would stay Thai in English mode."""
    offenders = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("setWindowTitle", "setText", "setTitle", "setSubTitle", "addItem",
                                           "setPlaceholderText", "setToolTip")
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and any("\u0e00" <= ch <= "\u0e7f" for ch in node.args[0].value)):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_thai_by_default_and_english_on_request(window, tmp_path, qapp):
    from PySide6.QtWidgets import QWizard

    session = make_office(window, tmp_path / "office.db")
    assert window.menuBar().actions()[0].text() == "&ไฟล์"
    wizard = window.open_document("analysis")
    assert wizard.buttonText(QWizard.NextButton) == "ถัดไป >"
    assert wizard.buttonText(QWizard.BackButton) == "< ย้อนกลับ"
    assert wizard.buttonText(QWizard.FinishButton) == "เสร็จสิ้น"
    assert wizard.buttonText(QWizard.CancelButton) == "ปิด"

    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.set_language("en")
    dialog.close()
    assert session.settings().language == "en"
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.docs.item(0, 0).text() == "D1 ITA analysis"
    wizard = window.open_document("analysis")
    assert wizard.buttonText(QWizard.NextButton) == "Next >"
    assert wizard.currentPage().title() == "Rationale"  # the first page
    assert wizard.section_titles()[1] == "Indicator scores"
    assert session.undo_stack.undoText() == "Change a setting" or session.undo_stack.undoText() == "เปลี่ยนการตั้งค่า"
    window.set_language("th")
    assert window.menuBar().actions()[0].text() == "&ไฟล์"
