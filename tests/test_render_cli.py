"""`itadesk render …` on a real office file: the demo office prints all six documents, every
value entered reaches the PDF, warnings are listed before printing, DOCX is refused clearly."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal

import pytest

from itadesk.cli import main
from itadesk.demo import DEMO_YEAR, create_demo
from itadesk.domain.framework import framework_for
from itadesk.domain.plan import summarize
from itadesk.domain.thaitext import money, to_thai_digits
from itadesk.reports.render import KINDS
from itadesk.storage import operations as ops
from itadesk.storage.database import open_db
from itadesk.storage.queries import load_year

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdf_text(path, mode="-raw") -> str:
    return subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def printed(value: str, body: str) -> bool:
    """`value` is in the flattened text; a cell cut by a page break (other cells and the
    repeated header come between its parts) must have every word of it in the text (lines
    and pages break only between words)."""
    from itadesk.reports.thaiwrap import split_words

    v = flat(value)
    return v in body or all(flat(w) in body for w in split_words(value) if w.strip())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    d = tmp_path_factory.mktemp("demo")
    path = d / "demo.db"
    with open_db(path) as office:
        create_demo(office)
        data = load_year(office, DEMO_YEAR)
    return path, data, d


@pytest.fixture(scope="module")
def rendered(demo):
    path, data, d = demo
    out = d / "all"
    assert main(["render", "all", "--db", str(path), "--year", str(DEMO_YEAR),
                 "--out", str(out)]) == 0
    return {k: pdf_text(out / f"{k}.pdf") for k in KINDS}


def test_render_all_writes_six_pdfs_from_the_demo(demo, rendered):
    _, data, d = demo
    for kind in KINDS:
        assert (d / "all" / f"{kind}.pdf").read_bytes().startswith(b"%PDF")
        assert data.office.full_name in flat(rendered[kind]) or kind == "memo"


def test_demo_values_reach_the_pdfs(demo, rendered):
    _, data, _ = demo
    body = {k: flat(v) for k, v in rendered.items()}
    for f in data.findings:
        for text in (f.weaknesses, f.fixes, f.keep):
            assert printed(text, body["analysis"]), text[:40]
    for m in data.next_measures:
        for text in (m.title, m.steps, m.units, m.follow_up):
            assert printed(text, body["measures"]), text[:40]
    for m in data.measures:
        for text in (m.title, m.summary, m.outcome):
            assert printed(text, body["results"]), text[:40]
    fw = framework_for(DEMO_YEAR)
    for p in data.oit:
        assert printed(p.progress, body["oit"]), p.code
        assert printed(p.evidence_url, body["oit"]), p.code
    for item in fw.oit_items:
        assert item.code in rendered["oit"]
    rnd = data.latest_round()
    rs = summarize(sorted(data.plan_items, key=lambda i: i.position), data.round_results[rnd],
                   DEMO_YEAR, rnd)
    for item in data.plan_items:
        assert printed(item.name, body["plan"]), item.name
    for amount in (rs.budget, rs.disbursed, rs.remaining):
        assert flat(money(amount, thai_digits=data.settings.thai_digits)) in body["plan"]
    rate = f"{rs.rate:.2f}"
    assert (to_thai_digits(rate) if data.settings.thai_digits else rate) in rendered["plan"]
    for memo in data.memos.values():
        assert printed(memo.subject, body["memo"])


def test_render_one_with_memo_and_round(demo, tmp_path, capsys):
    path, data, _ = demo
    out = tmp_path / "plan.pdf"
    assert main(["render", "plan", "--db", str(path), "--round", "6", "--with-memo",
                 "--out", str(out)]) == 0
    text = pdf_text(out, "-layout")
    assert text.index("บันทึกข้อความ") < text.index("จัดทำโดย")
    assert "๓๑ มีนาคม" in text or "31 มีนาคม" in text
    assert str(out) in capsys.readouterr().out


def test_each_round_prints_its_own_memo(demo, tmp_path):
    """--round 6 --with-memo puts the 6-month memo in front, never the 12-month one."""
    path, data, _ = demo
    six, twelve = data.memos["plan6"], data.memos["plan"]
    assert flat(six.subject) != flat(twelve.subject)
    for rnd, own, other in ((6, six, twelve), (12, twelve, six)):
        out = tmp_path / f"plan{rnd}.pdf"
        assert main(["render", "plan", "--db", str(path), "--round", str(rnd), "--with-memo",
                     "--out", str(out)]) == 0
        memo_page = flat(pdf_text(out).split("\f")[0])
        assert flat(own.subject) in memo_page and flat(own.ref_no) in memo_page
        assert flat(other.subject) not in flat(pdf_text(out))


def test_missing_six_month_memo_is_refused(demo, tmp_path, capsys):
    path, _, _ = demo
    copy = tmp_path / "no6.db"
    shutil.copy(path, copy)
    with open_db(copy) as office:
        office.db.execute("DELETE FROM memos WHERE document='plan6'")
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"plan6.{fmt}"
        code = main(["render", "plan", "--db", str(copy), "--round", "6", "--with-memo",
                     "--format", fmt, "--out", str(out)])
        err = capsys.readouterr().err
        assert code != 0 and not out.exists()
        assert "ยังไม่มีบันทึกข้อความ" in err and "รอบ ๖ เดือน" in err, err
    # the 12-month round still has its memo
    assert main(["render", "plan", "--db", str(copy), "--round", "12", "--with-memo",
                 "--out", str(tmp_path / "plan12.pdf")]) == 0


def test_warnings_listed_then_printed_anyway(demo, tmp_path, capsys):
    path, _, _ = demo
    copy = tmp_path / "warn.db"
    shutil.copy(path, copy)
    with open_db(copy) as office:
        data = load_year(office, DEMO_YEAR)
        item = next(i for i in data.plan_items if i.uses_budget)
        res = data.round_results[data.latest_round()][item.id]
        res.disbursed = item.budget + Decimal("1000")
        ops.save_round_result(office, res)
    out = tmp_path / "p.pdf"
    assert main(["render", "plan", "--db", str(copy), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "เกินงบประมาณ" in err and out.exists()


def test_docx_refused_until_the_docx_module_exists(demo, tmp_path, capsys, monkeypatch):
    import importlib.util

    path, _, _ = demo
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "itadesk.reports.docx" else real(name, *a))
    out = tmp_path / "a.docx"
    assert main(["render", "analysis", "--db", str(path), "--format", "docx",
                 "--out", str(out)]) == 2
    assert "DOCX" in capsys.readouterr().err and not out.exists()


def test_missing_file_and_year_give_messages(demo, tmp_path, capsys):
    path, _, _ = demo
    assert main(["render", "plan", "--db", str(tmp_path / "none.db"),
                 "--out", str(tmp_path / "x.pdf")]) == 2
    assert main(["render", "plan", "--db", str(path), "--year", "2550",
                 "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "2550" in err and not (tmp_path / "x.pdf").exists()


def test_results_grouped_by_instrument_from_the_command_line(demo, tmp_path):
    path, _, _ = demo
    out = tmp_path / "r.pdf"
    assert main(["render", "results", "--db", str(path), "--group-by", "instrument",
                 "--out", str(out)]) == 0
    text = pdf_text(out, "-layout")
    assert "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน" in text
