"""The registry parses only the file of the year asked for, and picks the same file as
`load_all` (user folder first, first good file by name, broken files skipped)."""

from __future__ import annotations

from pathlib import Path

import pytest

from itadesk.domain import framework as fwmod
from itadesk.domain.errors import ItadeskError
from itadesk.domain.framework import FrameworkRegistry, load_all, scan_fiscal_year
from itadesk.paths import frameworks_dir

FIXTURES = Path(__file__).parent / "fixtures" / "frameworks"
MINI = (FIXTURES / "mini-2570.yaml").read_text(encoding="utf-8")


def _year(text: str, year: int) -> str:
    assert "fiscal_year: 2570" in text
    return text.replace("fiscal_year: 2570", f"fiscal_year: {year}")


@pytest.fixture
def parsed(monkeypatch):
    """Names of the files the framework module parses."""
    names: list[str] = []
    real = fwmod.load_framework_text

    def spy(text, name="framework.yaml", source=None):
        names.append(name)
        return real(text, name, source)

    monkeypatch.setattr(fwmod, "load_framework_text", spy)
    return names


def test_scan_reads_the_year_line(tmp_path):
    p = tmp_path / "a.yaml"
    p.write_text("# fiscal_year: 2500\nformat: x\nfiscal_year: 2571  # note\r\n", "utf-8")
    assert scan_fiscal_year(p) == 2571
    p.write_text('{"fiscal_year": 2571}\n', "utf-8")
    assert scan_fiscal_year(p) is None
    p.write_text("fiscal_year: 2571\nfiscal_year: 2572\n", "utf-8")
    assert scan_fiscal_year(p) is None
    assert scan_fiscal_year(tmp_path / "missing.yaml") is None


def test_get_parses_only_that_years_file(tmp_path, parsed):
    (tmp_path / "a-2570.yaml").write_text(MINI, "utf-8")
    (tmp_path / "b-2571.yaml").write_text(_year(MINI, 2571), "utf-8")
    (tmp_path / "c-broken.yaml").write_text("fiscal_year: 2572\nformat: [", "utf-8")
    reg = FrameworkRegistry(tmp_path)
    assert reg.get(2571).fiscal_year == 2571 and 2570 in reg
    assert parsed == ["b-2571.yaml", "a-2570.yaml"]
    assert reg.get(2571) is reg.get(2571) and len(parsed) == 2  # kept
    # everything else still loads everything and reports the broken file
    assert reg.years() == [2570, 2571]
    assert [e.file for e in reg.errors] == ["c-broken.yaml"]


def test_same_choice_as_load_all(tmp_path, parsed):
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    bundled.mkdir()
    user.mkdir()
    (bundled / "ita-2570.yaml").write_text(MINI, "utf-8")
    (bundled / "ita-2571.yaml").write_text(_year(MINI, 2571), "utf-8")
    # user folder: a broken 2570 (skipped: the bundled one is used), two good 2571 files
    # (the first by name wins), and a file only a full parse can place (quoted key)
    (user / "a-2570.yaml").write_text(_year(MINI, 2570) + "\n  - [", "utf-8")
    (user / "b-2571.yaml").write_text(_year(MINI, 2571), "utf-8")
    (user / "c-2571.yaml").write_text(_year(MINI, 2571), "utf-8")
    frameworks, _errors = load_all(bundled, user)
    parsed.clear()
    for year in (2570, 2571):
        assert FrameworkRegistry(bundled, user).get(year).source == frameworks[year].source
    assert Path(frameworks[2570].source).parent == bundled
    assert Path(frameworks[2571].source).name == "b-2571.yaml"
    assert "c-2571.yaml" not in parsed  # never needed
    (user / "d.yaml").write_text(_year(MINI, 2572).replace("fiscal_year:", '"fiscal_year":'),
                                 "utf-8")
    reg = FrameworkRegistry(bundled, user)
    assert reg.get(2572).fiscal_year == 2572  # found by loading everything


def test_a_broken_file_is_refused_when_it_is_the_one(tmp_path):
    (tmp_path / "ita-2570.yaml").write_text(MINI, "utf-8")
    (tmp_path / "ita-2571.yaml").write_text(_year(MINI, 2571) + "\n  - [", "utf-8")
    reg = FrameworkRegistry(tmp_path)
    with pytest.raises(ItadeskError) as info:
        reg.get(2571)
    assert "2571" in info.value.message("th") and "2570" in info.value.message("en")
    assert 2571 not in reg


def test_bundled_years_match_load_all():
    frameworks, errors = load_all(frameworks_dir())
    assert errors == []
    for year, fw in frameworks.items():
        assert scan_fiscal_year(Path(fw.source)) == year
        assert FrameworkRegistry().get(year).source == fw.source
