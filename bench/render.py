"""What a clerk waits for when printing the action-plan report (D5), against LibreOffice.

Measured in one run, each as a whole process (start-up included), several runs, medians:

* `itadesk render plan` on the demo office at seed-004 size (20 items) and at 60 items;
* LibreOffice headless (`soffice --convert-to pdf`, warm profile: one run before timing,
  -env:UserInstallation=file:///tmp/lo-profile) converting a DOCX with the same text and
  tables, built here with python-docx — what an office does today with its Word file.

itadesk runs as an installed program does: with compiled bytecode (pip and the PyInstaller
bundle ship .pyc files; a development shell often sets PYTHONDONTWRITEBYTECODE, which would
make every run compile all of itadesk again). The bytecode goes to a private folder of this
run (PYTHONPYCACHEPREFIX) and is written by the untimed first run, like the OS file cache and
the word index in the user's cache folder.

The last line reads `items20_s=… items60_s=… libreoffice_over_itadesk=… peak_mb=…`
(the ratio for the 20-item case; peak_mb = the largest resident size of an itadesk run).
Target: itadesk ≥ 3× faster than LibreOffice. Without soffice the bench says so and exits 0.

    .venv/bin/python bench/render.py [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

LO_PROFILE = "file:///tmp/lo-profile"


def run(cmd: list[str], cwd: str | None = None,
        env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one child process (os.wait4's rusage)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd,
                            env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return wall, usage.ru_maxrss / 1024.0  # Linux: KB


def make_office(path: Path, n_items: int) -> None:
    """The demo office; beyond its 20 plan items, more items with results up to `n_items`."""
    from itadesk.demo import DEMO_YEAR, create_demo
    from itadesk.domain.plan import PlanItem, RoundResult
    from itadesk.storage import operations as ops
    from itadesk.storage.database import open_db
    from itadesk.storage.queries import load_year

    with open_db(path) as office:
        create_demo(office)
        data = load_year(office, DEMO_YEAR)
        have = len(data.plan_items)
        rnd = data.latest_round()
        extra = []
        for k in range(have, n_items):
            base = data.plan_items[k % have]
            extra.append(PlanItem(name=f"{base.name} (ชุดที่ {k + 1})", dimension=base.dimension,
                                  item_type=base.item_type, method=base.method, kpi=base.kpi,
                                  objective=base.objective, budget=base.budget,
                                  period=base.period, unit=base.unit))
        if extra:
            ops.add_plan_items(office, extra, DEMO_YEAR)
            results = []
            for k, item in enumerate(extra):
                src = data.round_results.get(rnd, {}).get(data.plan_items[k % have].id)
                results.append(RoundResult(
                    item_id=item.id, year=DEMO_YEAR, round=rnd,
                    status=src.status if src else "done", reason=src.reason if src else "",
                    result=src.result if src else "", disbursed=src.disbursed if src else None))
            ops.save_round_results(office, results)


def make_docx(db: Path, out: Path) -> int:
    """A Word file with the D5 report's text and tables (what offices keep today)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    from itadesk.domain import thaitext
    from itadesk.domain.plan import DIMENSIONS, ROUND_STATUSES, item_remaining, summarize
    from itadesk.storage.database import open_db
    from itadesk.storage.queries import load_year

    with open_db(db, create=False) as office:
        data = load_year(office, None)
    rnd = data.latest_round()
    items = sorted(data.plan_items, key=lambda i: i.position)
    rs = summarize(items, data.round_results.get(rnd, {}), data.year, rnd)
    rep = data.round_reports.get(rnd)
    start, end = thaitext.round_range(data.year, rnd)
    period = thaitext.date_range_text(start, end)
    o = data.office

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "TH Sarabun New"
    st.font.size = Pt(16)
    for line in ("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", o.full_name,
                 f"ประจำปีงบประมาณ พ.ศ. {data.year} รอบ {rnd} เดือน", f"({period})", "จัดทำโดย",
                 rep.prepared_by if rep else "", o.location):
        doc.add_paragraph(line)
    doc.add_page_break()
    doc.add_heading("คำนำ", 1)
    doc.add_paragraph(rep.preface if rep else "")
    doc.add_page_break()
    doc.add_heading("สารบัญ", 1)
    for line in ("๑. ความเป็นมา", "๒. สรุปผลการดำเนินงาน", "๓. รายงานผลการดำเนินงาน"):
        doc.add_paragraph(line)
    doc.add_page_break()
    doc.add_heading("๑. ความเป็นมา", 1)
    if rep:
        for head, text in (("ที่มาและความสำคัญ", rep.background), ("Context (บริบท)", rep.context),
                           ("Input (ปัจจัยนำเข้า)", rep.input), ("Process (กระบวนการ)", rep.process),
                           ("Product (ผลผลิต)", rep.product)):
            doc.add_heading(head, 3)
            doc.add_paragraph(text)
    doc.add_heading(f"ผลการดำเนินงาน ({period})", 3)
    for dim, name in DIMENSIONS.items():
        doc.add_paragraph(f"- มิติที่ {dim} {name} ประกอบด้วย {rs.by_dimension[dim]} รายการ")
    for line in (f"อยู่ระหว่างดำเนินการ {rs.in_progress} โครงการ", f"ดำเนินการแล้วเสร็จ {rs.done} โครงการ",
                 f"ไม่สามารถดำเนินการได้ {rs.cannot} โครงการ",
                 f"เบิกจ่ายงบประมาณ {thaitext.money(rs.disbursed)} บาท",
                 f"มีการนำแผนฯ ไปปฏิบัติอยู่ในระดับ {rs.level} ร้อยละ {rs.rate:.2f}"):
        doc.add_paragraph(line)
    if rep:
        for head, text in (("ผลสัมฤทธิ์", rep.achievements), ("ประโยชน์", rep.benefits),
                           ("ปัญหาและอุปสรรค", rep.problems), ("ข้อเสนอแนะ", rep.suggestions),
                           ("แผนการดำเนินงานในระยะต่อไป", rep.next_steps)):
            doc.add_heading(head, 3)
            doc.add_paragraph(text)
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    doc.add_heading("๒. สรุปผลการดำเนินงาน", 1)
    t = doc.add_table(rows=1, cols=10)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("ลำดับ", "รายการ", "มิติ", "แล้วเสร็จ", "ไม่สามารถดำเนินการได้",
                                      "งบประมาณ", "ไม่ใช้งบประมาณ", "เบิกจ่าย", "คงเหลือ", "หมายเหตุ"), strict=True):
        c.text = h
    for k, (item, res) in enumerate(rs.rows, 1):
        vals = (str(k), item.name, str(item.dimension), "✓" if res.status == "done" else "",
                "✓" if res.status == "cannot" else "",
                thaitext.money(item.budget) if item.uses_budget else "-",
                "" if item.uses_budget else "✓", thaitext.money(res.disbursed or Decimal(0)),
                thaitext.money(item_remaining(item, res)), res.remark)
        for c, v in zip(t.add_row().cells, vals, strict=True):
            c.text = v
    doc.add_page_break()
    doc.add_heading("๓. รายงานผลการดำเนินงาน", 1)
    t = doc.add_table(rows=1, cols=9)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("ลำดับ", "โครงการ/กิจกรรม", "วิธีการดำเนินงาน", "ตัวชี้วัด",
                                      "งบประมาณ", "ระยะเวลาดำเนินการ", "ผลการดำเนินงาน",
                                      "การใช้จ่ายงบประมาณ", "หน่วยงานรับผิดชอบ"), strict=True):
        c.text = h
    for k, (item, res) in enumerate(rs.rows, 1):
        vals = (str(k), item.name, item.method, item.kpi,
                thaitext.money(item.budget) if item.uses_budget else "ไม่ใช้งบประมาณ", item.period,
                f"{ROUND_STATUSES[res.status][0]} {res.result}",
                thaitext.money(res.disbursed or Decimal(0)), item.unit)
        for c, v in zip(t.add_row().cells, vals, strict=True):
            c.text = v
    doc.save(out)
    return len(rs.rows)


def itadesk_env(work: Path) -> dict[str, str]:
    """The environment of an installed itadesk: bytecode is used (and kept, in `work`)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def median_run(cmd, runs: int, env=None) -> tuple[float, float, list[float]]:
    times, peaks = [], []
    for _ in range(runs):
        wall, peak = run(cmd, env=env)
        times.append(wall)
        peaks.append(peak)
    return statistics.median(times), max(peaks), times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="3 runs each instead of 5")
    ap.add_argument("--runs", type=int)
    args = ap.parse_args(argv)
    runs = args.runs or (3 if args.quick else 5)
    work = Path(tempfile.mkdtemp(prefix="itadesk-bench-"))
    os.environ.setdefault("ITADESK_DATA", str(work / "userdata"))
    itadesk = [sys.executable, "-m", "itadesk"]
    try:
        figures: dict[int, tuple[float, float]] = {}
        for n in (20, 60):
            db = work / f"office{n}.db"
            make_office(db, n)
            cmd = [*itadesk, "render", "plan", "--db", str(db), "--out", str(work / f"plan{n}.pdf")]
            env = itadesk_env(work)
            run(cmd, env=env)  # warm the OS file cache, as a clerk's second print would be
            med, peak, times = median_run(cmd, runs, env=env)
            figures[n] = (med, peak)
            print(f"itadesk render plan, {n} items: median {med:.2f} s "
                  f"(runs {', '.join(f'{t:.2f}' for t in times)}), peak {peak:.0f} MB")

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        ratio = None
        if soffice is None:
            print("NOTE: LibreOffice (soffice) is not installed: no comparison "
                  "(apt-get install -y libreoffice-writer)")
        else:
            lo_times = {}
            for n in (20, 60):
                docx = work / f"plan{n}.docx"
                make_docx(work / f"office{n}.db", docx)
                outdir = work / f"lo{n}"
                cmd = [soffice, f"-env:UserInstallation={LO_PROFILE}", "--headless",
                       "--convert-to", "pdf", "--outdir", str(outdir), str(docx)]
                run(cmd)  # warm profile
                med, peak, times = median_run(cmd, runs)
                lo_times[n] = med
                print(f"LibreOffice DOCX→PDF, {n} items: median {med:.2f} s "
                      f"(runs {', '.join(f'{t:.2f}' for t in times)}), peak {peak:.0f} MB")
            ratio = lo_times[20] / figures[20][0]
            print(f"LibreOffice / itadesk: 20 items {ratio:.2f}×, "
                  f"60 items {lo_times[60] / figures[60][0]:.2f}× (target ≥ 3×)")
        peak = max(p for _, p in figures.values())
        print(f"items20_s={figures[20][0]:.2f} items60_s={figures[60][0]:.2f} "
              f"libreoffice_over_itadesk={'n/a' if ratio is None else f'{ratio:.2f}'} "
              f"peak_mb={peak:.0f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
