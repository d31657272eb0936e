"""Font registry: bundled Sarabun, installed TH Sarabun lookup, official points, errors."""

from __future__ import annotations

import shutil

import pytest
from reportlab.pdfbase import pdfmetrics

from itadesk.domain.errors import ItadeskError
from itadesk.paths import fonts_dir
from itadesk.reports import fonts


def test_bundled_family_registered_with_bold_mapping():
    fam = fonts.get_family("Sarabun")
    assert fam.regular == "Sarabun" and fam.bold == "Sarabun-Bold"
    from reportlab.lib.fonts import ps2tt, tt2ps

    assert tt2ps("Sarabun", 1, 0) == "Sarabun-Bold"
    assert tt2ps("Sarabun", 0, 1) == "Sarabun-Italic"
    assert ps2tt("Sarabun-BoldItalic") == ("sarabun", 1, 1)
    assert pdfmetrics.getFont("Sarabun").shapable


def test_official_points_measured_from_the_font():
    fam = fonts.get_family("Sarabun")
    # Sarabun's ก is 586/1000 em tall, TH Sarabun New's 400/1000: 16 official pt ~ 10.9 pt
    assert fam.scale == pytest.approx(400 / 586, abs=0.002)
    assert fam.size(16) == pytest.approx(10.92, abs=0.02)
    assert fam.official(fam.size(29)) == pytest.approx(29, abs=0.01)


def test_symbols_come_from_the_fallback():
    fam = fonts.get_family("Sarabun")
    fb = fonts.register_fallback()
    for ch in "✓☑☐▪":
        assert not fam.has_char(ch)
        assert fb.has_char(ch)
    assert fam.has_char("ก") and fam.has_char("๙")


def test_missing_installed_font_is_a_clear_error(tmp_path):
    with pytest.raises(fonts.FontError) as err:
        fonts.get_family("TH Sarabun New", dirs=[tmp_path])
    assert isinstance(err.value, ItadeskError)
    assert "TH Sarabun New" in err.value.th and "not installed" in err.value.en


def test_broken_font_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"\x00\x01\x00\x00garbage" * 10)
    with pytest.raises(fonts.FontError) as err:
        fonts.family_from_files("Broken Font", bad)
    assert "broken.ttf" in err.value.en
    with pytest.raises(fonts.FontError):
        fonts.family_from_files("Missing Font", tmp_path / "nope.ttf")


def test_installed_th_sarabun_found_by_file_name(tmp_path):
    # stand-in files named like the SIPA distribution (the real fonts are not redistributable
    # by us); the lookup and registration path is what is tested
    sub = tmp_path / "fonts" / "thai"
    sub.mkdir(parents=True)
    shutil.copy(fonts_dir() / "Sarabun-Regular.ttf", sub / "THSarabunNew.ttf")
    shutil.copy(fonts_dir() / "Sarabun-Bold.ttf", sub / "THSarabunNew Bold.ttf")
    paths = fonts.find_installed("TH Sarabun New", dirs=[tmp_path])
    assert paths["regular"].name == "THSarabunNew.ttf"
    assert paths["bold"].name == "THSarabunNew Bold.ttf"
    assert paths["italic"] == paths["regular"]  # missing faces fall back
    assert fonts.installed_families(dirs=[tmp_path]) == ["TH Sarabun New"]
    fam = fonts.get_family("THSarabunNew", dirs=[tmp_path])
    assert fam.name == "TH Sarabun New" and fam.bold == "THSarabunNew-Bold"
    assert fam.scale == pytest.approx(400 / 586, abs=0.002)  # measured, not assumed


def test_system_font_dirs_listed():
    dirs = fonts.system_font_dirs()
    assert dirs and all(hasattr(d, "is_dir") for d in dirs)
