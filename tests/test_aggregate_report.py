"""The district/province summary PDF and `itadesk aggregate`."""

from __future__ import annotations

import random
import re
import shutil
import subprocess

import pytest

from itadesk.cli import main
from itadesk.domain.framework import framework_for
from itadesk.exchange import synthetic
from itadesk.exchange.aggregate import summarize
from itadesk.exchange.importer import import_files
from itadesk.reports import aggregate_report
from itadesk.storage.aggregation import open_aggregation_db

FW = framework_for(2567)
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def agg_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("agg")
    rng = random.Random(11)
    files = []
    for code, prov, dist, tam in synthetic.country(24, provinces=2):
        f = folder / f"{code}.ita.zip"
        f.write_bytes(synthetic.synthetic_package(FW, rng, code, prov, dist, tam))
        files.append(f)
    path = folder / "agg.db"
    with open_aggregation_db(path) as db:
        assert import_files(db, files).imported == 24
    return path


def _text(pdf_path) -> str:
    """The PDF's text in drawing order with whitespace removed (cells and lines wrap)."""
    out = subprocess.run(["pdftotext", "-raw", str(pdf_path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def test_summary_pdf_holds_the_figures(agg_file, tmp_path):
    with open_aggregation_db(agg_file) as db:
        s = summarize(db, framework_for, province="ทดสอบ01")
    out = aggregate_report.render_summary(s, tmp_path / "sum.pdf", thai_digits=False)
    text = _text(out)
    assert "สรุปผลการประเมินคุณธรรมและความโปร่งใส" in text
    assert "จังหวัดทดสอบ01" in text
    assert f"{s.pass_rate:.2f}" in text and f"{s.mean_total:.2f}" in text
    for th, _, _ in s.level_counts:
        assert th.replace(" ", "") in text
    assert f"{s.indicators[0].mean:.2f}" in text
    assert s.oit_weak[0].code in text
    assert "แผนปฏิบัติการป้องกันการทุจริต" in text
    assert s.offices[0]["office_code"] in text  # the office table
    assert not list(tmp_path.glob("*.part"))


def test_large_areas_are_tabled_by_province(agg_file, tmp_path, monkeypatch):
    monkeypatch.setattr(aggregate_report, "MAX_OFFICE_ROWS", 5)
    with open_aggregation_db(agg_file) as db:
        s = summarize(db, framework_for)
    text = _text(aggregate_report.render_summary(s, tmp_path / "all.pdf", thai_digits=False))
    assert "ผลการประเมินรายจังหวัด" in text
    assert "ทดสอบ01" in text and "ทดสอบ02" in text
    assert s.offices[0]["office_code"] not in text


def test_cli_aggregate(agg_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ITADESK_LANG", "en")
    out = tmp_path / "district.pdf"
    rc = main(["aggregate", "--db", str(agg_file), "--province", "ทดสอบ02",
               "--district", "อำเภอที่01", "--year", "2567", "--out", str(out)])
    assert rc == 0
    assert "9 offices" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF-")
    assert main(["aggregate", "--db", str(agg_file), "--province", "ไม่มี", "--out", str(out)]) == 2
    assert "no data" in capsys.readouterr().err
