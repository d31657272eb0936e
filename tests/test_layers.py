"""The layers stay honest: Qt only under ui/, SQL only under storage/, no Qt in reports/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "itadesk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules():
    return [p for p in SRC.rglob("*.py")]


def test_pyside_only_under_ui():
    offenders = [str(p.relative_to(SRC)) for p in _modules()
                 if "ui" not in p.relative_to(SRC).parts[:1]
                 and any(n.split(".")[0] in ("PySide6", "shiboken6") for n in _imports(p))]
    assert offenders == []


def test_domain_imports_nothing_of_ours_but_domain():
    for p in (SRC / "domain").rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        assert not re.search(r"from \.\.(storage|reports|exchange|ui)\b", text), p
        assert "sqlite" not in text, p


_SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b",
                  re.I | re.S)


def test_sql_only_under_storage():
    # The aggregation database of the exchange layer keeps its SQL in storage/ too.
    offenders = []
    for p in _modules():
        rel = p.relative_to(SRC)
        if rel.parts[0] == "storage":
            continue
        if _SQL.search(p.read_text(encoding="utf-8")):
            offenders.append(str(rel))
    assert offenders == []
