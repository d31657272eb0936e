"""The export package: its members, manifest and data.json, and the demo office's round trip."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime

import pdfplumber
import pytest
from reportlab.pdfgen import canvas

from itadesk import __version__
from itadesk.demo import create_demo
from itadesk.domain.framework import framework_for
from itadesk.exchange import datajson
from itadesk.exchange.aggregate import load_office_year
from itadesk.exchange.errors import PackageError
from itadesk.exchange.importer import import_files
from itadesk.exchange.package import PDF_KINDS, build_package, build_package_bytes
from itadesk.exchange.reader import read_package
from itadesk.storage.aggregation import open_aggregation_db
from itadesk.storage.database import open_db
from itadesk.storage.queries import load_year

FW = framework_for(2567)


def _pdf(text: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text)
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "office.db"
    with open_db(path) as office:
        create_demo(office)
    with open_db(path) as office:
        return load_year(office, 2567), path


@pytest.fixture(scope="module")
def small_pdfs():
    return {k: _pdf(f"document {k}") for k in PDF_KINDS}


def test_package_members_and_manifest(demo_data, small_pdfs, tmp_path):
    data, _ = demo_data
    when = datetime(2024, 11, 1, 9, 30, tzinfo=UTC)
    out = build_package(data, FW, small_pdfs, tmp_path, created_at=when)
    assert out.name == f"{data.office.code}-2567.ita.zip"
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        assert names[0] == "manifest.json"
        assert set(names) == {"manifest.json", "data.json", *(f"pdf/{k}.pdf" for k in PDF_KINDS)}
        for entry in manifest["members"]:
            body = zf.read(entry["name"])
            assert hashlib.sha256(body).hexdigest() == entry["sha256"]
            assert len(body) == entry["size"]
    assert manifest["format_version"] == 1
    assert manifest["program_version"] == __version__
    assert manifest["office_code"] == data.office.code
    assert manifest["office_name"] == data.office.full_name
    assert manifest["fiscal_year"] == 2567
    assert manifest["created_at"] == "2024-11-01T09:30:00+00:00"
    assert {e["name"] for e in manifest["members"]} == set(names) - {"manifest.json"}


def test_data_json_is_plain_documented_json(demo_data, small_pdfs):
    data, _ = demo_data
    pkg = build_package_bytes(data, FW, small_pdfs)
    obj = json.loads(zipfile.ZipFile(io.BytesIO(pkg)).read("data.json"))
    # 2: the demo carries components its clerk typed (a field older readers lack)
    assert obj["format"] == "itadesk-data" and obj["format_version"] == 2
    assert obj["framework"] == {"fiscal_year": 2567, "provisional": FW.provisional,
                                "title_th": FW.title_th, "sha256": datajson.framework_hash(FW)}
    assert obj["scores"]["total"] == datajson.compute_scores(data, FW).total
    assert obj["scores"]["level_th"]
    budgets = [i["budget"] for i in obj["plan_items"] if i["budget"] is not None]
    assert budgets and all(isinstance(b, str) and b.count(".") == 1 for b in budgets)
    dates = [m["date"] for m in obj["memos"] if m["date"]]
    assert dates and all(len(d) == 10 and d[4] == "-" for d in dates)
    assert len(obj["oit"]) == len(data.oit) and len(obj["plan_items"]) == len(data.plan_items)


def test_framework_hash_ignores_file_formatting():
    from itadesk.domain.framework import load_framework_text

    text = FW.source and open(FW.source, encoding="utf-8").read()
    again = load_framework_text("# a comment\n" + text.replace("\n", "\r\n"), "copy.yaml")
    assert datajson.framework_hash(again) == datajson.framework_hash(FW)


def test_demo_round_trip_through_package_and_aggregation_db(demo_data, small_pdfs, tmp_path):
    data, _ = demo_data
    f = tmp_path / "demo.ita.zip"
    f.write_bytes(build_package_bytes(data, FW, small_pdfs))
    back = read_package(f, framework_for)
    assert back.data == data
    assert back.framework_match and back.warnings == []
    with open_aggregation_db(tmp_path / "agg.db") as agg:
        assert import_files(agg, [f]).imported == 1
    with open_aggregation_db(tmp_path / "agg.db") as agg:
        assert load_office_year(agg, data.office.code, 2567, framework_for) == data


def test_package_needs_all_six_documents(demo_data, small_pdfs):
    data, _ = demo_data
    pdfs = dict(small_pdfs)
    del pdfs["memo"]
    with pytest.raises(PackageError) as exc:
        build_package_bytes(data, FW, pdfs)
    assert exc.value.reason == "missing_member" and "memo" in exc.value.message("en")


def test_package_refuses_a_document_that_is_not_pdf(demo_data, small_pdfs):
    data, _ = demo_data
    with pytest.raises(PackageError) as exc:
        build_package_bytes(data, FW, {**small_pdfs, "oit": b"<html>"})
    assert exc.value.reason == "bad_pdf"


@pytest.mark.slow  # renders the six real documents (several seconds)
def test_cli_export_renders_real_pdfs_that_open(demo_data, tmp_path):
    """`itadesk export` renders the six documents and packs them with the data."""
    from itadesk.cli import main

    data, path = demo_data
    assert main(["export", "--db", str(path), "--year", "2567", "--out", str(tmp_path)]) == 0
    out = tmp_path / f"{data.office.code}-2567.ita.zip"
    assert out.exists() and not list(tmp_path.glob("*.part"))
    with zipfile.ZipFile(out) as zf:
        for kind in PDF_KINDS:
            body = zf.read(f"pdf/{kind}.pdf")
            assert body.startswith(b"%PDF-")
            with pdfplumber.open(io.BytesIO(body)) as pdf:
                assert len(pdf.pages) >= 1
                assert pdf.pages[0].extract_text().strip()
    assert read_package(out, framework_for).data == data


@pytest.mark.slow  # renders the six real documents
def test_cli_export_to_a_new_folder_and_refusing_rows_the_district_would_refuse(tmp_path, capsys):
    """`--out DIR/` (a folder that does not exist yet) gets the package inside it under its
    usual name; a year holding an OIT row of a code the framework lacks is refused up front,
    naming it, instead of producing a package the district would refuse."""
    from itadesk.cli import main
    from itadesk.domain.oit import OitProgress
    from itadesk.storage import operations as ops

    path = tmp_path / "office.db"
    with open_db(path) as office:
        create_demo(office)
    folder = tmp_path / "to-district" / "2567"
    assert main(["export", "--db", str(path), "--year", "2567", "--out", f"{folder}/"]) == 0
    assert folder.is_dir() and [p.name for p in folder.iterdir()] == ["6409901-2567.ita.zip"]

    any_code = type("AnyCode", (), {"normalize_code": staticmethod(lambda code: code)})()
    with open_db(path) as office:
        ops.save_oit_progress(office, OitProgress(year=2567, code="o99", status="done"),
                              framework=any_code)
    again = tmp_path / "again"
    capsys.readouterr()
    assert main(["export", "--db", str(path), "--year", "2567", "--out", f"{again}/"]) == 2
    err = capsys.readouterr().err
    assert "o99" in err and "แก้ไขกรอบการประเมิน" in err
    assert list(again.iterdir()) == []
