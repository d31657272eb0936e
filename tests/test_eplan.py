"""e-PlanNACC parity of D5 (issue 13): the implementation rate as e-PlanNACC computes it (seed
004's 85 % both ways, and with items in progress), the round flags, the new item and round
fields (bad input refused naming the field, nothing written), migration 3 with its backup,
the export package read by an older district, D5 printing the fields, and `itadesk eplan`'s
.xlsx in e-PlanNACC's field order (opened by LibreOffice)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import shutil
import sqlite3
import subprocess
import time
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from itadesk.cli import main
from itadesk.demo import DEMO_YEAR, create_demo
from itadesk.domain.errors import ValidationError
from itadesk.domain.plan import (
    PlanItem,
    RoundResult,
    implementation_rate,
    rate_levels_from_text,
    round_flag,
    summarize,
)
from itadesk.domain.thaitext import to_arabic_digits
from itadesk.reports.eplan_xlsx import HEADERS
from itadesk.storage import backups
from itadesk.storage import database as dbmod
from itadesk.storage import operations as ops
from itadesk.storage import queries as q
from itadesk.storage.database import open_db
from itadesk.storage.schema import SCHEMA_VERSION

FIX = Path(__file__).parent / "fixtures"
# LibreOffice Calc (libreoffice-calc-nogui) reads .xlsx; Writer alone cannot
NEEDS_SOFFICE = pytest.mark.skipif(
    shutil.which("soffice") is None
    or not list(Path("/usr/lib/libreoffice/program").glob("libsclo.so")),
    reason="needs LibreOffice Calc")
NEEDS_PDFTOTEXT = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def seed004_statuses() -> list[str]:
    """Seed 004's summary table: ✓ under แล้วเสร็จ or ไม่สามารถดำเนินการได้ (fixture columns 2, 3)."""
    out = []
    for line in (FIX / "seed004_status_rows.txt").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or cells[0] == "RATE":
            continue
        out.append("done" if cells[2].strip() == "✓" else "cannot" if cells[3].strip() == "✓"
                   else "in_progress")
    return out


def seed004_rate_line() -> str:
    lines = (FIX / "seed004_status_rows.txt").read_text(encoding="utf-8").splitlines()
    return to_arabic_digits(next(ln for ln in lines if ln.startswith("RATE")))


# ------------------------------------------------------------------ the rate


def test_seed004_rate_both_ways():
    statuses = seed004_statuses()
    assert len(statuses) == 20
    assert statuses.count("done") == 17 and statuses.count("cannot") == 3
    # seed 004 prints "ระดับ มาก ร้อยละ ๘๕": done ÷ all and e-PlanNACC's formula agree
    assert seed004_rate_line().endswith("ระดับ มาก ร้อยละ 85")
    assert 100 * statuses.count("done") / len(statuses) == 85.0
    assert implementation_rate(statuses) == 85.0
    items = [PlanItem(name=f"รายการ {k}", dimension=1, id=k) for k in range(20)]
    results = {k: RoundResult(k, 2567, 12, s) for k, s in enumerate(statuses)}
    s = summarize(items, results, 2567, 12)
    assert (s.rate, s.level, s.flag) == (85.0, "มาก", "green")


def test_rate_with_items_in_progress_counts_them_half():
    statuses = ["done"] * 10 + ["in_progress"] * 6 + ["cannot"] * 2 + ["pending"] * 2
    # e-PlanNACC: (10 + 0.5 × 6) ÷ 20 = 65 %; done ÷ all would say 50 %
    assert implementation_rate(statuses) == 65.0
    items = [PlanItem(name=f"รายการ {k}", dimension=2, id=k) for k in range(20)]
    results = {k: RoundResult(k, 2567, 12, st) for k, st in enumerate(statuses)}
    s12 = summarize(items, results, 2567, 12)
    assert s12.rate == 65.0 and s12.flag == "orange"  # 12 months: 50–79
    results6 = {k: RoundResult(k, 2567, 6, st) for k, st in enumerate(statuses)}
    assert summarize(items, results6, 2567, 6).flag == "green"  # 6 months: >= 50
    assert implementation_rate([]) == 0.0


@pytest.mark.parametrize("rate,rnd,flag", [
    (50, 6, "green"), (49.99, 6, "orange"), (20, 6, "orange"), (19.99, 6, "red"),
    (80, 12, "green"), (79.99, 12, "orange"), (50, 12, "orange"), (49.99, 12, "red"),
])
def test_round_flags(rate, rnd, flag):
    assert round_flag(rate, rnd) == flag


def test_level_words_are_editable_data():
    levels = rate_levels_from_text("80 ดีมาก\n50 พอใช้\n0 ต้องเร่งรัด")
    items = [PlanItem(name="ก", dimension=1, id=1), PlanItem(name="ข", dimension=1, id=2)]
    res = {1: RoundResult(1, 2567, 6, "done"), 2: RoundResult(2, 2567, 6, "in_progress")}
    assert summarize(items, res, 2567, 6, levels).level == "พอใช้"  # 75 %: the 50 band
    for bad in ("มาก 80", "80 มาก\n90 มากที่สุด", "80 มาก"):
        with pytest.raises(ValidationError):
            rate_levels_from_text(bad)


# ------------------------------------------------------------------ the fields


def test_item_fields_normalised():
    item = PlanItem(name="ก", dimension=1, quarter="๒", plan_years="2566 - 2568",
                    target_groups="ประชาชน/ภาคประชาสังคม\nพระสงฆ์\nอื่นๆ: ผู้นำชุมชน")
    assert item.quarter == 2 and item.plan_year_list == [2566, 2567, 2568]
    assert item.target_group_list == ["ประชาชน/ภาคประชาสังคม", "อื่นๆ: พระสงฆ์", "อื่นๆ: ผู้นำชุมชน"]


@pytest.mark.parametrize("kwargs,field", [
    ({"quarter": 5}, "ไตรมาส"), ({"quarter": 0}, "ไตรมาส"), ({"quarter": "สอง"}, "ไตรมาส"),
    ({"plan_years": "2566-2590"}, "ปีที่ดำเนินการ"), ({"target_groups": "อื่นๆ:"}, "กลุ่มเป้าหมาย"),
])
def test_bad_item_fields_are_refused_and_nothing_is_written(office_db, kwargs, field):
    with pytest.raises(ValidationError) as err:
        item = PlanItem(name="ก", dimension=1, **kwargs)
    assert err.value.field == field
    # an item changed after construction (as the GUI does) is refused by the operation too
    ops.ensure_year(office_db, 2567)
    item = PlanItem(name="ก", dimension=1)
    for key, value in kwargs.items():
        setattr(item, key, value)
    with pytest.raises(ValidationError):
        ops.add_plan_items(office_db, [PlanItem(name="ข", dimension=1), item], 2567)
    assert q.load_plan_items(office_db, 2567) == []


def test_round_fields_and_the_reason(office_db):
    ops.ensure_year(office_db, 2567)
    [iid] = ops.add_plan_items(office_db, [PlanItem(name="ก", dimension=1, budget="50,000")], 2567)
    res = RoundResult(iid, 2567, 12, "cannot", reason_code="ไม่ได้รับงบประมาณ",
                      budget_plan="50000", budget_ordinance="30,000", in_ordinance=True)
    ops.save_round_results(office_db, [res])
    back = q.load_round_results(office_db, 2567)[12][iid]
    assert back.budget_plan == Decimal("50000.00") and back.budget_ordinance == Decimal("30000.00")
    assert back.in_ordinance is True and back.reason_text == "ไม่ได้รับงบประมาณ"
    other = RoundResult(iid, 2567, 12, "cannot", reason_code="อื่นๆ", reason="น้ำท่วม")
    assert other.reason_text == "อื่นๆ (น้ำท่วม)"
    with pytest.raises(ValidationError, match="ต้องระบุเหตุผล"):
        RoundResult(iid, 2567, 12, "cannot", reason_code="อื่นๆ")
    with pytest.raises(ValidationError, match="เฉพาะรายการที่ไม่สามารถ"):
        RoundResult(iid, 2567, 12, "done", reason_code="ไม่ได้รับงบประมาณ")
    with pytest.raises(ValidationError) as err:
        RoundResult(iid, 2567, 12, "cannot", reason_code="ฝนตก")
    assert err.value.field == "เหตุที่ไม่สามารถดำเนินการได้"


# ------------------------------------------------------------------ migration and packages

V2_COLUMNS = {"plan_items": {"quarter", "target_groups", "plan_years"},
              "round_results": {"budget_plan_satang", "budget_ordinance_satang", "in_ordinance",
                                "reason_code"},
              "oit_progress": {"answer", "verdict", "explanation"}}


def _v2_file(path: Path, monkeypatch) -> None:
    """The demo office as schema version 2 (main before this change) wrote it: an empty v2
    file filled, table by table and column by column, from a demo made by today's schema."""
    full = path.with_name("full.db")
    with open_db(full) as office:
        create_demo(office)
    monkeypatch.setattr(dbmod, "MIGRATIONS", dbmod.MIGRATIONS[:2])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 2)
    with open_db(path) as office:
        conn = office.conn
        conn.execute("ATTACH DATABASE ? AS full", [str(full)])
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        for t in tables:
            cols = ",".join(f"[{r[1]}]" for r in conn.execute(f"PRAGMA main.table_info([{t}])"))
            conn.execute(f"INSERT INTO main.[{t}] ({cols}) SELECT {cols} FROM full.[{t}]")
        conn.commit()
        conn.execute("DETACH DATABASE full")
    monkeypatch.undo()


def test_v2_file_migrates_with_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "v2.db"
    _v2_file(path, monkeypatch)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    assert SCHEMA_VERSION == 3
    with open_db(path) as office:
        assert office.schema_version() == 3
        for table, cols in V2_COLUMNS.items():
            assert cols <= set(office.db[table].columns_dict), table
        items = q.load_plan_items(office, DEMO_YEAR)
        assert items and all(i.quarter is None and i.target_groups == "" for i in items)
    [pre] = [b for b in backups.list_backups(path) if b.reason.startswith("before-migration")]
    assert pre.reason == "before-migration-v2"
    conn = sqlite3.connect(pre.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()


# the fields an itadesk of data.json version 1 knows (it refuses any other key)
V1_FIELDS = {
    "plan_items": {"name", "dimension", "item_type", "method", "kpi", "objective", "budget",
                   "period", "unit", "position", "id"},
    "round_results": {"item_id", "year", "round", "status", "reason", "result", "disbursed",
                      "remark"},
    "oit": {"year", "code", "status", "progress", "evidence_url", "unit", "title_override", "id"},
}


def _export(db: Path, out: Path) -> dict:
    assert main(["export", "--db", str(db), "--year", str(DEMO_YEAR), "--out", f"{out}/"]) == 0
    [pkg] = list(out.iterdir())
    with zipfile.ZipFile(pkg) as z:
        return json.loads(z.read("data.json"))


def test_migrated_file_exports_a_package_an_older_district_imports(tmp_path, monkeypatch):
    path = tmp_path / "v2.db"
    _v2_file(path, monkeypatch)
    with open_db(path) as office:  # the program opens it: migrated (with a backup)
        assert office.schema_version() == 3
    data = _export(path, tmp_path / "out1")
    assert data["format_version"] == 1  # nothing new used: what an older itadesk reads
    for key, known in V1_FIELDS.items():
        for row in data[key]:
            assert set(row) <= known, (key, set(row) - known)
    # once the clerk uses the new fields the package says version 2 and carries them
    with open_db(path) as office:
        item = q.load_plan_items(office, DEMO_YEAR)[0]
        ops.update_plan_item(office, dataclasses.replace(item, quarter=3,
                                                         target_groups="เด็กและเยาวชน"))
        res = RoundResult(item.id, DEMO_YEAR, 12, "cannot", reason_code="บุคลากรไม่เพียงพอ",
                          budget_ordinance="1000")
        ops.save_round_results(office, [res])
    # a package's creation time has whole seconds and --replace takes only a later one
    time.sleep(1.05 - (time.time() % 1))
    data = _export(path, tmp_path / "out2")
    assert data["format_version"] == 2
    row = next(r for r in data["plan_items"] if r["id"] == item.id)
    assert row["quarter"] == 3 and row["target_groups"] == "เด็กและเยาวชน"
    rr = next(r for r in data["round_results"] if r["item_id"] == item.id and r["round"] == 12)
    assert rr["reason_code"] == "บุคลากรไม่เพียงพอ" and rr["budget_ordinance"] == "1000.00"
    # and this program reads both back into an aggregation file
    agg = tmp_path / "agg.db"
    pkgs = [str(next((tmp_path / d).iterdir())) for d in ("out1", "out2")]
    assert main(["import", "--into", str(agg), pkgs[0]]) == 0
    assert main(["import", "--into", str(agg), "--replace", pkgs[1]]) == 0


def test_decode_keeps_the_new_fields(tmp_path):
    from itadesk.domain.framework import framework_for
    from itadesk.exchange import datajson

    path = tmp_path / "d.db"
    with open_db(path) as office:
        create_demo(office)
        item = q.load_plan_items(office, DEMO_YEAR)[1]
        ops.update_plan_item(office, dataclasses.replace(item, quarter=1, plan_years="2567,2568"))
        data = q.load_year(office, DEMO_YEAR)
    fw = framework_for(DEMO_YEAR)
    obj = json.loads(datajson.dumps(datajson.encode(data, fw)))
    back, _info = datajson.decode(obj, framework_for)
    got = next(i for i in back.plan_items if i.id == item.id)
    assert (got.quarter, got.plan_years) == (1, "2567,2568")
    obj["format_version"] = 3
    with pytest.raises(Exception, match="newer|ใหม่กว่า"):
        datajson.decode(obj, framework_for)


# ------------------------------------------------------------------ printing and the sheet


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("eplan") / "demo.db"
    with open_db(path) as office:
        create_demo(office)
        items = q.load_plan_items(office, DEMO_YEAR)
        ops.update_plan_item(office, dataclasses.replace(
            items[0], quarter=2, plan_years="2566-2570",
            target_groups="ข้าราชการ/พนักงาน/ลูกจ้าง ส่วนท้องถิ่น\nอื่นๆ: ผู้นำชุมชน"))
        ops.save_round_results(office, [RoundResult(
            items[0].id, DEMO_YEAR, 12, "in_progress", budget_plan="20000",
            budget_ordinance="15000", in_ordinance=True)])
    return path


@NEEDS_PDFTOTEXT
def test_d5_prints_the_new_fields(demo_file, tmp_path):
    from itadesk.reports.render import render_document

    with open_db(demo_file, create=False, read_only=True) as office:
        data = q.load_year(office, DEMO_YEAR)
    res = render_document(data, "plan", tmp_path / "plan.pdf", round=12)
    # -raw: each cell's text in drawing order (the narrow money column wraps its lines)
    text = "".join(subprocess.run(["pdftotext", "-raw", str(res.path), "-"], capture_output=True,
                                  check=True).stdout.decode().split())
    assert "ไตรมาส๒" in text and "กลุ่มเป้าหมาย" in text and "ผู้นำชุมชน" in text
    assert "(บรรจุไว้ใน" in text and "ตามข้อบัญญัติ" in text and "๑๕,๐๐๐.๐๐" in text
    assert "นับรายการละครึ่งตามวิธีคำนวณของระบบe-PlanNACC" in text


def test_eplan_xlsx_fields_in_order(demo_file, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "x" / "plan.xlsx"
    assert main(["eplan", "--db", str(demo_file), "--year", str(DEMO_YEAR), "--round", "12",
                 "--out", str(out)]) == 0
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == list(HEADERS)
    assert HEADERS[1].startswith("ชื่อโครงการ") and HEADERS.index("ดำเนินการในไตรมาส") < \
        HEADERS.index("มิติ") < HEADERS.index("กลุ่มเป้าหมาย") < \
        HEADERS.index("งบประมาณ (วงเงินตามแผนพัฒนาท้องถิ่น) (บาท)") < \
        HEADERS.index("สถานะการดำเนินงาน") < HEADERS.index("เหตุที่ไม่สามารถดำเนินการได้")
    with open_db(demo_file, create=False, read_only=True) as office:
        n = len(q.load_plan_items(office, DEMO_YEAR))
    assert len(rows) == n + 1
    first = dict(zip(HEADERS, rows[1], strict=True))
    assert first["ดำเนินการในไตรมาส"] == 2
    assert first["ปีงบประมาณที่ดำเนินการ"] == "2566, 2567, 2568, 2569, 2570"
    assert first["กลุ่มเป้าหมาย (ข้อความ)"] == "ผู้นำชุมชน"
    assert first["งบประมาณ (วงเงินตามข้อบัญญัติ/เทศบัญญัติ) (บาท)"] == 15000
    assert first["บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ/แผนการดำเนินงาน"] == "✓"
    assert first["สถานะการดำเนินงาน"] == "อยู่ระหว่างดำเนินการ"
    summary = dict(wb["สรุป"].iter_rows(values_only=True))
    assert summary["รอบรายงาน (เดือน)"] == 12


def test_eplan_refuses_bad_output(demo_file, tmp_path, capsys):
    assert main(["eplan", "--db", str(demo_file), "--year", str(DEMO_YEAR), "--round", "6",
                 "--out", str(tmp_path / "plan.pdf")]) == 2
    assert ".xlsx" in capsys.readouterr().err
    assert not (tmp_path / "plan.pdf").exists()


@NEEDS_SOFFICE
def test_xlsx_opens_in_libreoffice_with_fields_in_order(demo_file, tmp_path):
    out = tmp_path / "plan.xlsx"
    assert main(["eplan", "--db", str(demo_file), "--year", str(DEMO_YEAR), "--round", "12",
                 "--out", str(out)]) == 0
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                    str(tmp_path), str(out)], capture_output=True, timeout=180, check=True)
    text = (tmp_path / "plan.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(HEADERS)
    assert rows[1][HEADERS.index("ดำเนินการในไตรมาส")] == "2"
    assert rows[1][HEADERS.index("สถานะการดำเนินงาน")] == "อยู่ระหว่างดำเนินการ"
