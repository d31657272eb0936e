"""`itadesk demo` + `itadesk check`: clean on the demo, each hand-made break reported."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from itadesk.cli import main


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def _broken_copy(demo_file, tmp_path, name: str, *statements: str):
    """A copy of the demo file edited by hand (outside itadesk), as a clerk's file may be."""
    broken = tmp_path / name
    shutil.copy(demo_file, broken)
    conn = sqlite3.connect(broken)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()
    return broken


def test_demo_checks_clean(demo_file, capsys):
    assert main(["check", "--db", str(demo_file)]) == 0
    assert "ไม่พบปัญหา" in capsys.readouterr().out


def test_demo_refuses_to_overwrite(demo_file, capsys):
    assert main(["demo", "--db", str(demo_file)]) == 2
    assert "--force" in capsys.readouterr().err


def test_broken_copy_reports_each_problem(demo_file, tmp_path, capsys, monkeypatch):
    broken = tmp_path / "broken.db"
    shutil.copy(demo_file, broken)
    conn = sqlite3.connect(broken)
    with conn:
        # a score typed wrong: indicator 1 no longer matches the mean of i1–i3
        conn.execute("UPDATE indicator_scores SET score = score - 7 WHERE year=2567 AND indicator=1")
        # money: more disbursed than budgeted
        item_id, budget = conn.execute(
            "SELECT id, budget_satang FROM plan_items WHERE year=2567 AND budget_satang > 0 LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE round_results SET disbursed_satang=?, status='done' WHERE item_id=? AND round=12",
                     [budget + 100_000, item_id])
        # a sentence pasted from another office's report (as in seed 000)
        conn.execute("UPDATE measures SET summary = summary || ' องค์การบริหารส่วนตำบลบ้านแหลมได้ดำเนินการแล้ว'"
                     " WHERE id = (SELECT MIN(id) FROM measures WHERE year=2567)")
    conn.close()
    assert main(["check", "--db", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "ตัวชี้วัดที่ 1" in out and "ค่าเฉลี่ยของข้อคำถาม" in out
    assert "เกินงบประมาณ" in out
    assert "บ้านแหลม" in out and "หน่วยงานอื่น" in out
    monkeypatch.setenv("ITADESK_LANG", "en")
    assert main(["check", "--db", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "exceeds the budget" in out and "names another office" in out


def test_check_missing_file(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path / "nope.db")]) == 2
    assert "ไม่พบไฟล์" in capsys.readouterr().err


def test_check_runs_while_the_program_holds_the_file(demo_file, capsys):
    from itadesk.storage.database import open_db

    with open_db(demo_file):  # the GUI has the file open (and its lock)
        assert main(["check", "--db", str(demo_file)]) == 0
    assert "ไม่พบปัญหา" in capsys.readouterr().out


def test_damaged_row_in_the_file_is_a_problem_not_a_crash(demo_file, tmp_path, capsys):
    broken = _broken_copy(demo_file, tmp_path, "neg.db",
                          "UPDATE plan_items SET budget_satang=-500 WHERE id=(SELECT MIN(id) FROM plan_items)")
    assert main(["check", "--db", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "โครงการในแผนปฏิบัติการ" in out and "ติดลบ" in out


def test_out_over_the_data_file_refused(demo_file, capsys):
    before = demo_file.read_bytes()
    assert main(["render", "analysis", "--db", str(demo_file), "--out", str(demo_file)]) == 2
    assert "ไฟล์ข้อมูล" in capsys.readouterr().err
    assert demo_file.read_bytes() == before


def test_demo_force_refused_while_the_file_is_open(tmp_path, capsys):
    from itadesk.storage.database import open_db

    path = tmp_path / "held.db"
    assert main(["demo", "--db", str(path)]) == 0
    with open_db(path):
        assert main(["demo", "--db", str(path), "--force"]) == 2
        assert path.exists()
    assert main(["demo", "--db", str(path), "--force"]) == 0
    assert list((tmp_path / "backups").glob("*before-demo*"))


def test_backup_list_of_a_missing_file(tmp_path, capsys):
    assert main(["backup", "list", "--db", str(tmp_path / "nope.db")]) == 2
    assert "ไม่พบไฟล์" in capsys.readouterr().err


def test_memo_subject_from_last_year_flagged(demo_file, tmp_path, capsys):
    broken = _broken_copy(demo_file, tmp_path, "memo.db",
                          "UPDATE memos SET subject='รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๕' WHERE document='plan'")
    assert main(["check", "--db", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "บันทึกข้อความนำส่ง D5 รอบ 12 เดือน" in out and "2565" in out


@pytest.mark.slow
def test_export_while_the_program_holds_the_file(demo_file, tmp_path, capsys):
    import zipfile

    from itadesk.storage.database import open_db

    with open_db(demo_file):
        assert main(["export", "--db", str(demo_file), "--year", "2567",
                     "--out", str(tmp_path / "new" / "pkg.ita.zip")]) == 0
    with zipfile.ZipFile(tmp_path / "new" / "pkg.ita.zip") as zf:
        assert "manifest.json" in zf.namelist()


def test_render_while_the_program_holds_the_file(demo_file, tmp_path):
    from itadesk.storage.database import open_db

    with open_db(demo_file):  # printing from a script must not need the program closed
        assert main(["render", "memo", "--db", str(demo_file), "--out", str(tmp_path / "m.pdf")]) == 0
    assert (tmp_path / "m.pdf").read_bytes()[:5] == b"%PDF-"


def test_an_empty_year_is_said_incomplete_per_document(tmp_path, capsys):
    """An empty year never says only "no problems": each document says what it lacks."""
    from itadesk.domain.office import Office
    from itadesk.storage import operations as ops
    from itadesk.storage.database import open_db

    path = tmp_path / "new.itadesk"
    with open_db(path) as office:
        ops.save_office(office, Office(code="6409901", kind="อบต.", name="บ้านนา",
                                       district="เมือง", province="ขอนแก่น"))
        ops.start_new_year(office, 2567)
    assert main(["check", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "ยังกรอกไม่ครบ" in out
    for code in ("D1", "D2", "D3", "D4", "D5", "D6"):
        assert f"2567 {code}: ยังไม่ครบ" in out, code
