"""A fiscal year that has no framework file yet (2570 began in October 2026; the program bundles
2565–2569): a provisional framework derived from the year before, D5/D6 printed without one,
D1–D4 stopping with what to do, `render all` writing what it can, `itadesk framework`."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from itadesk.cli import main
from itadesk.demo import create_demo
from itadesk.domain.errors import ItadeskError, ValidationError
from itadesk.domain.framework import (
    FrameworkRegistry,
    load_framework_text,
    set_default_registry,
)
from itadesk.domain.framework_derive import (
    MissingFrameworkError,
    derive_for,
    derive_framework,
    derived_from,
    derived_text,
    framework_entries,
    install_derived,
)
from itadesk.exchange.datajson import framework_hash
from itadesk.reports.render import render_all, render_document
from itadesk.storage import operations as ops
from itadesk.storage.database import open_db
from itadesk.storage.queries import load_year

NEEDS_PDFTOTEXT = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs poppler-utils")


@pytest.fixture
def registry(tmp_path):
    """The registry printing uses, with its own empty user frameworks folder."""
    reg = FrameworkRegistry(user_directory=tmp_path / "user-frameworks")
    set_default_registry(reg)
    yield reg
    set_default_registry(None)


@pytest.fixture(scope="module")
def demo_2570(tmp_path_factory):
    """The demo office with fiscal years 2568, 2569 and 2570 started (2570 has no framework)."""
    path = tmp_path_factory.mktemp("d") / "d.db"
    set_default_registry(FrameworkRegistry(user_directory=path.parent / "none"))
    try:
        with open_db(path) as office:
            create_demo(office)
            for year in (2568, 2569, 2570):
                ops.start_new_year(office, year)
    finally:
        set_default_registry(None)
    return path


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")


# ------------------------------------------------------------------ deriving


def test_derived_framework_is_the_year_before_marked_provisional(registry):
    base = registry.get(2569)
    fw = derive_framework(base, 2570)
    assert fw.fiscal_year == 2570 and fw.provisional is True
    assert fw.title_th.endswith("พ.ศ. ๒๕๗๐") and "๒๕๖๙" not in fw.title_th
    assert fw.title_th == base.title_th.replace("๒๕๖๙", "๒๕๗๐")
    assert "พ.ศ. ๒๕๗๐" in fw.rationale and "๒๕๖๙" not in fw.rationale
    # same structure, statuses: confirmed -> inferred, the others kept
    assert [o.code for o in fw.oit_items] == [o.code for o in base.oit_items]
    assert fw.instruments == base.instruments and fw.levels == base.levels
    assert fw.issues == base.issues and fw.phrases == base.phrases
    for old, new in zip(base.oit_items, fw.oit_items, strict=True):
        assert new.status == ("inferred" if old.status == "confirmed" else old.status)
        assert new.title_th == old.title_th and new.components_th == old.components_th
    assert "confirmed" not in {o.status for o in fw.oit_items}
    assert {o.status for o in base.oit_items} >= {"confirmed", "unknown"}
    assert "unknown" in {o.status for o in fw.oit_items}
    # question statuses too (2566 has recalled IIT/EIT questions and confirmed OIT items)
    q = derive_framework(registry.get(2566), 2567)
    assert {x.status for x in q.questions} == {x.status for x in registry.get(2566).questions}
    assert "confirmed" not in {x.status for x in (*q.questions, *q.oit_items)}
    # notes: where it came from and what to check
    assert derived_from(fw) == 2569
    text = " ".join(fw.notes)
    assert "คัดลอกจากกรอบการประเมินปี 2569" in text and "derived from the 2569 framework" in text
    assert "ป.ป.ช." in text and "NACC 2570 manual" in text


def test_derived_text_reads_back_equal(registry):
    fw, text = derive_for(registry, 2570)
    assert text.startswith("# ITA 2570 framework for itadesk - PROVISIONAL")
    back = load_framework_text(text, "ita-2570.yaml")
    assert dataclasses.replace(back, source="") == fw
    assert framework_hash(back) == framework_hash(fw)
    # deriving from a derived year does not pile up the notes
    second = derive_framework(back, 2571)
    assert derived_from(second) == 2570 and len(second.notes) == len(fw.notes)


def test_deriving_is_deterministic_across_two_computers(tmp_path):
    """Two registries with their own user folders derive 2570 from the same 2569: the same
    file bytes, the same framework hash once installed."""
    one = FrameworkRegistry(user_directory=tmp_path / "pc1")
    two = FrameworkRegistry(user_directory=tmp_path / "pc2")
    a = install_derived(one, 2570)
    b = install_derived(two, 2570)
    file_a = (tmp_path / "pc1" / "ita-2570.yaml").read_bytes()
    file_b = (tmp_path / "pc2" / "ita-2570.yaml").read_bytes()
    assert file_a == file_b
    assert framework_hash(a) == framework_hash(b)
    assert derived_text(derive_framework(one.get(2569), 2570)).encode("utf-8") == file_a
    # a different base gives a different framework
    assert framework_hash(derive_framework(one.get(2568), 2570)) != framework_hash(a)
    # nothing was written into the bundled folder
    from itadesk.paths import frameworks_dir

    assert not (frameworks_dir() / "ita-2570.yaml").exists()


def test_install_refuses_a_year_that_has_one_and_bad_years(registry):
    with pytest.raises(ItadeskError, match="มีกรอบการประเมินปี 2569 อยู่แล้ว"):
        install_derived(registry, 2569)
    for bad in ("abc", 1999, 2800):
        with pytest.raises(ValidationError, match="ไม่ถูกต้อง"):
            install_derived(registry, bad)
    with pytest.raises(ItadeskError, match="ไม่มีกรอบการประเมินปี 2560 ให้คัดลอก"):
        install_derived(registry, 2570, 2560)
    with pytest.raises(ValidationError, match="ต้องไม่ใช่ปี 2570 เอง"):
        install_derived(registry, 2570, 2570)
    with pytest.raises(ItadeskError, match="ไม่มีกรอบการประเมินปี 2571 ให้คัดลอก"):
        install_derived(registry, 2570, 2571)
    assert not registry.user_directory.exists() or not list(registry.user_directory.iterdir())
    fw = install_derived(registry, 2570, 2567)
    assert derived_from(fw) == 2567 and len(fw.oit_items) == len(registry.get(2567).oit_items)


def test_entries_say_where_each_year_comes_from(registry):
    install_derived(registry, 2570)
    entries = {e.year: e for e in framework_entries(registry)}
    assert entries[2567].where == "bundled" and not entries[2567].provisional
    assert entries[2569].provisional and entries[2569].derived_from is None
    assert entries[2570].where == "user" and entries[2570].derived_from == 2569
    assert entries[2570].provisional and not entries[2570].overrides_bundled


# ------------------------------------------------------------------ printing without one


@NEEDS_PDFTOTEXT
def test_plan_and_memo_print_for_a_year_without_a_framework(registry, demo_2570, tmp_path):
    with open_db(demo_2570, create=False, read_only=True) as office:
        data = load_year(office, 2570)
    assert 2570 not in registry
    res = render_document(data, "plan", tmp_path / "plan.pdf")
    assert res.pages > 3
    text = pdf_text(tmp_path / "plan.pdf")
    assert "แผนปฏิบัติการป้องกันการทุจริต" in text and "พ.ศ. ๒๕๗๐" in text
    res = render_document(data, "memo", tmp_path / "memo.pdf")
    assert "บันทึกข้อความ" in pdf_text(tmp_path / "memo.pdf")
    with pytest.raises(MissingFrameworkError) as err:
        render_document(data, "analysis", tmp_path / "analysis.pdf")
    assert not (tmp_path / "analysis.pdf").exists()
    assert "ไม่มีกรอบการประเมิน ITA ของปี 2570" in err.value.th
    assert "สร้างกรอบการประเมินชั่วคราวจากปีก่อน" in err.value.th and "2569" in err.value.th
    assert "provisional framework" in err.value.en and "import the official 2570" in err.value.en


def test_render_all_strict_and_collecting(registry, demo_2570, tmp_path):
    with open_db(demo_2570, create=False, read_only=True) as office:
        data = load_year(office, 2570)
    with pytest.raises(MissingFrameworkError):
        render_all(data, tmp_path / "strict")
    assert not list((tmp_path / "strict").glob("*.pdf"))
    failed = {}
    paths = render_all(data, tmp_path / "some", failed=failed)
    assert sorted(paths) == ["memo", "plan"]
    assert sorted(failed) == ["analysis", "measures", "oit", "results"]
    assert all(isinstance(e, MissingFrameworkError) for e in failed.values())


def test_cli_render_for_a_year_without_a_framework(registry, demo_2570, tmp_path, capsys):
    db = str(demo_2570)
    assert main(["render", "plan", "--db", db, "--year", "2570", "--out",
                 str(tmp_path / "plan.pdf")]) == 0
    assert (tmp_path / "plan.pdf").exists()
    capsys.readouterr()
    assert main(["render", "analysis", "--db", db, "--year", "2570", "--out",
                 str(tmp_path / "a.pdf")]) == 2
    err = capsys.readouterr().err
    assert "ไม่มีกรอบการประเมิน ITA ของปี 2570" in err and "framework derive --year 2570" in err
    assert not (tmp_path / "a.pdf").exists()
    assert main(["render", "all", "--db", db, "--year", "2570", "--out",
                 str(tmp_path / "all")]) == 1
    out = capsys.readouterr()
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == ["memo.pdf", "plan.pdf"]
    assert "พิมพ์ไม่ได้ 4 ฉบับ" in out.err
    for kind in ("analysis", "measures", "results", "oit"):
        assert f"- {kind} (" in out.err
    assert "เขียนเอกสาร 2 ฉบับ" in out.out
    # with a derived framework every document prints
    install_derived(registry, 2570)
    assert main(["render", "all", "--db", db, "--year", "2570", "--out",
                 str(tmp_path / "all2")]) == 0
    assert len(list((tmp_path / "all2").glob("*.pdf"))) == 6


def test_export_refuses_a_year_without_one_and_works_with_a_derived_one(
        registry, demo_2570, tmp_path, capsys):
    out = tmp_path / "pkg"
    out.mkdir()
    assert main(["export", "--db", str(demo_2570), "--year", "2570", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "ไม่มีกรอบการประเมิน ITA ของปี 2570" in err and "สร้างกรอบการประเมินชั่วคราว" in err
    assert list(out.iterdir()) == []
    fw = install_derived(registry, 2570)
    assert main(["export", "--db", str(demo_2570), "--year", "2570", "--out", str(out)]) == 0
    [package] = list(out.iterdir())
    import json

    with zipfile.ZipFile(package) as z:
        data = json.loads(z.read("data.json"))
        assert len([n for n in z.namelist() if n.endswith(".pdf")]) == 6
    assert data["framework"]["fiscal_year"] == 2570 and data["framework"]["provisional"] is True
    assert data["framework"]["sha256"] == framework_hash(fw)


# ------------------------------------------------------------------ itadesk framework


def test_cli_framework_list_and_derive(registry, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ITADESK_LANG", "en")
    assert main(["framework", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split()[0] for ln in lines] == ["2563", "2564", "2565", "2566", "2567", "2568", "2569"]
    assert "final" in lines[4] and "bundled" in lines[4] and "provisional" in lines[6]

    assert main(["framework", "derive", "--year", "2570"]) == 0
    assert "copied from 2569" in capsys.readouterr().out
    target = registry.user_directory / "ita-2570.yaml"
    assert target.exists()
    assert main(["framework", "list"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("2570") and "provisional" in last and "derived from 2569" in last
    assert "user file" in last

    # refusals: nothing written, exit 2, a message in the language asked
    before = target.read_bytes()
    assert main(["framework", "derive", "--year", "2570", "--from", "2567"]) == 2
    assert "already a 2570 framework" in capsys.readouterr().err
    assert target.read_bytes() == before
    for bad in (["--year", "25x0"], ["--year", "3000"], ["--year", "2571", "--from", "2571"],
                ["--year", "2571", "--from", "2550"]):
        assert main(["framework", "derive", *bad]) == 2, bad
        assert capsys.readouterr().err.strip(), bad
    assert sorted(p.name for p in registry.user_directory.iterdir()) == ["ita-2570.yaml"]
    # --force replaces; --out writes elsewhere (and refuses an existing file)
    assert main(["framework", "derive", "--year", "2570", "--from", "2567", "--force"]) == 0
    assert derived_from(load_framework_text(target.read_text("utf-8"), "x")) == 2567
    out = tmp_path / "x" / "ita-2571.yaml"
    assert main(["framework", "derive", "--year", "2571", "--out", str(out)]) == 0
    assert load_framework_text(out.read_text("utf-8"), "x").fiscal_year == 2571
    assert not (registry.user_directory / "ita-2571.yaml").exists()
    assert main(["framework", "derive", "--year", "2571", "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err


def test_cli_framework_messages_in_thai(registry, capsys, monkeypatch):
    monkeypatch.setenv("ITADESK_LANG", "th")
    assert main(["framework", "derive", "--year", "abc"]) == 2
    assert "ไม่ถูกต้อง" in capsys.readouterr().err
    assert main(["framework", "derive", "--year", "2569"]) == 2
    assert "มีกรอบการประเมินปี 2569 อยู่แล้ว" in capsys.readouterr().err
    assert not registry.user_directory.exists()
    assert Path(registry.get(2569).source).parent.name == "frameworks"
