"""A large office's year for print tests and docs/print-samples: the demo office's year made
as big as the seeds and larger offices are -- 60 plan items, cells of about 1,000 characters
(seeds 000 and 002 have cells of 800-1,000), budgets over 1,000,000 baht and links of 300
characters. Built in memory from the demo year (no database file is kept).
"""

from __future__ import annotations

import dataclasses
import tempfile
from decimal import Decimal
from pathlib import Path

# administrative Thai of the seeds' kind, repeated to the length wanted
_SENTENCE = ("องค์การบริหารส่วนตำบลได้ดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตโดยจัดประชุมชี้แจง"
             "แนวทางการปฏิบัติงานให้แก่บุคลากรทุกระดับ และเผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์ของหน่วยงาน "
             "เพื่อให้ประชาชนสามารถเข้าถึงข้อมูลได้อย่างสะดวก รวดเร็ว และโปร่งใส ตรวจสอบได้ ")


def long_text(n: int = 1000, lead: str = "") -> str:
    """About `n` characters of Thai administrative text (with a few list lines)."""
    out = lead
    k = 1
    while len(out) < n:
        out += f"\n{k}. " + _SENTENCE if k % 3 == 0 else _SENTENCE
        k += 1
    return out[:n].rstrip()


def long_link(n: int = 300, code: str = "o1") -> str:
    """A link of `n` characters, as a document-management system makes them."""
    base = f"https://www.example-tambon.go.th/itas/{code}/documents/view.php?"
    q = "section=publication&year=2567&doc=" + "ประกาศ".encode().hex() + "&page="
    s = base + q
    k = 0
    while len(s) < n:
        s += f"&part{k}=attachment-{k:04d}"
        k += 1
    return s[:n]


def large_year(data, n_items: int = 60, cell: int = 1000, link: int = 300):
    """The year `data` enlarged: `n_items` plan items with long cells and budgets over a
    million, long findings, measures and results, 300-character evidence links."""
    from itadesk.domain.plan import PlanItem, RoundResult

    items = []
    base = data.plan_items or [PlanItem(name="โครงการตัวอย่าง", dimension=1)]
    for k in range(n_items):
        b = base[k % len(base)]
        items.append(dataclasses.replace(
            b, id=10_000 + k, position=k,
            name=f"{b.name} ({k + 1})",
            method=long_text(cell // 2), kpi=long_text(cell // 4),
            budget=Decimal("1234567.89") * (k % 7 + 1) if k % 5 else None,
            unit="สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม"))
    results = {}
    for rnd in (data.round_results or {6: {}}):
        results[rnd] = {}
        for k, it in enumerate(items):
            status = ("done", "in_progress", "done", "cannot", "done")[k % 5]
            results[rnd][it.id] = RoundResult(
                item_id=it.id, year=data.year, round=rnd, status=status,
                reason="ไม่ได้รับจัดสรรงบประมาณ" if status == "cannot" else "",
                result=long_text(cell // 2),
                disbursed=(it.budget * Decimal("0.9")).quantize(Decimal("0.01"))
                if it.budget is not None and status == "done" else None)
    findings = [dataclasses.replace(f, weaknesses=long_text(cell), fixes=long_text(cell),
                                    keep=long_text(cell // 2)) for f in data.findings]
    next_measures = [dataclasses.replace(m, steps=long_text(cell), follow_up=long_text(cell // 2),
                                         units=long_text(200)) for m in data.next_measures]
    measures = [dataclasses.replace(m, steps=long_text(cell), summary=long_text(cell),
                                    outcome=long_text(cell // 2),
                                    evidence=long_link(link, f"m{i}"))
                for i, m in enumerate(data.measures)]
    oit = [dataclasses.replace(p, progress=long_text(cell // 2),
                               evidence_url=long_link(link, p.code)) for p in data.oit]
    return dataclasses.replace(data, plan_items=items, round_results=results, findings=findings,
                               next_measures=next_measures, measures=measures, oit=oit)


def demo_year():
    """The demo office's year (as `itadesk demo` writes it), loaded from a temporary file."""
    from itadesk.demo import DEMO_YEAR, create_demo
    from itadesk.storage.database import open_db
    from itadesk.storage.queries import load_year

    with tempfile.TemporaryDirectory() as d:
        with open_db(Path(d) / "demo.db") as office:
            create_demo(office)
            return load_year(office, DEMO_YEAR)
