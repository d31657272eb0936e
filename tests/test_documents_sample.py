"""A small fictional office year used by the document tests (built in memory, no database).

Values are distinctive so a test can find each of them in the text of the printed PDF.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from itadesk.domain.assessment import Assessment, Finding
from itadesk.domain.measures import Measure
from itadesk.domain.memo import CommentBlock, Memo, Signer
from itadesk.domain.office import Office, Person, Unit
from itadesk.domain.oit import OitProgress
from itadesk.domain.plan import ActionPlan, PlanItem, RoundReport, RoundResult
from itadesk.domain.settings import PrintSettings
from itadesk.domain.yeardata import YearData

# seed 001's published scores (2567): total 92.13
INDICATORS_2567 = {1: 91.78, 2: 94.44, 3: 98.00, 4: 82.00, 5: 92.00, 6: 87.03, 7: 86.45,
                   8: 72.94, 9: 100.00, 10: 100.00}
QUESTIONS_2567 = {"i1": 84.67, "i2": 90.67, "i3": 100.00, "i10": 75.33, "i11": 97.33,
                  "i12": 73.33, "e1": 86.59, "e9": 30.49, "o7": 100.00, "o25": 100.00}


def office() -> Office:
    return Office(
        code="6710101", kind="อบต.", name="ทุ่งทดสอบ", tambon="ทุ่งทดสอบ", district="เมืองตัวอย่าง",
        province="สมมุติ", phone="0 7400 0000", doc_prefix="สส ๗๑๙๐๑",
        units=[Unit("สำนักปลัด"), Unit("กองคลัง")],
        people=[Person("นางสาวผู้เสนอ ตัวอย่าง", "นักจัดการงานทั่วไปชำนาญการ", "proposer"),
                Person("นายหัวหน้า สำนักงาน", "หัวหน้าสำนักปลัด", "head_office"),
                Person("นายปลัด ทดลอง", "ปลัดองค์การบริหารส่วนตำบล", "chief_admin"),
                Person("นายนายก สมมุติ", "นายกองค์การบริหารส่วนตำบล", "executive")],
    )


def plan_items(n: int = 6) -> list[PlanItem]:
    names = ["โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต", "มาตรการ NO Gift Policy",
             "โครงการจัดเวทีประชาคมหมู่บ้าน", "กิจกรรมติดตามประเมินผลการควบคุมภายใน",
             "โครงการอบรมคุณธรรมจริยธรรมพนักงาน", "มาตรการเปิดเผยข้อมูลสาธารณะ"]
    budgets = [Decimal("50000.00"), None, Decimal("30000.00"), None, Decimal("125500.50"), None]
    items = []
    for k in range(n):
        items.append(PlanItem(
            name=f"{names[k % len(names)]} ชุดที่ {k + 1}" if n > len(names) else names[k],
            dimension=k % 4 + 1,
            item_type="โครงการ",
            method=f"วิธีดำเนินงานของรายการที่ {k + 1} จัดประชุมชี้แจงและประชาสัมพันธ์",
            kpi=f"ตัวชี้วัดรายการที่ {k + 1} ร้อยละ ๘๐ ของผู้เข้าร่วม",
            budget=budgets[k % len(budgets)],
            period="ต.ค. ๖๖ – ก.ย. ๖๗",
            unit="สำนักปลัด",
            position=k,
            id=k + 1,
        ))
    return items


def round_results(items: list[PlanItem], year: int, rnd: int) -> dict[int, RoundResult]:
    statuses = ["done", "cannot", "done", "in_progress", "done", "done"]
    out = {}
    for k, item in enumerate(items):
        status = statuses[k % len(statuses)]
        disbursed = None
        if item.uses_budget and status == "done":
            disbursed = (item.budget / 2).quantize(Decimal("0.01"))
        out[item.id] = RoundResult(
            item_id=item.id, year=year, round=rnd, status=status,
            reason="ไม่ได้รับงบประมาณ" if status == "cannot" else "",
            result=f"ผลการดำเนินงานรายการที่ {k + 1} บุคลากรเข้าร่วมครบถ้วน",
            disbursed=disbursed,
        )
    return out


def sample_year(year: int = 2567, n_items: int = 6, thai_digits: bool = True) -> YearData:
    items = plan_items(n_items)
    findings = [
        Finding(year=year, target="issue:1" if year >= 2567 else "ind:1",
                weaknesses="เจ้าหน้าที่บางส่วนปฏิบัติงานไม่เป็นไปตามขั้นตอนและระยะเวลา",
                fixes="จัดทำคู่มือการปฏิบัติงานและเผยแพร่ให้บุคลากรทราบ",
                keep="รักษามาตรฐานการเปิดเผยข้อมูล", urgency="urgent", position=0),
        Finding(year=year, target="issue:4" if year >= 2567 else "ind:4",
                weaknesses="การยืมทรัพย์สินของราชการไม่มีแบบฟอร์มขออนุญาต",
                fixes="ออกประกาศแนวปฏิบัติการยืมพัสดุ", urgency="develop", position=1),
    ]
    measures_next = [
        Measure(year=year + 1, target="issue:1" if year >= 2567 else "ind:1",
                title="มาตรการจัดทำคู่มือขั้นตอนการให้บริการ",
                steps="๑. ทบทวนขั้นตอน ๒. จัดทำคู่มือ ๓. เผยแพร่ทางเว็บไซต์",
                period="ต.ค. ๖๗ – ก.ย. ๖๘", units="สำนักปลัด", follow_up="รายงานผลทุกไตรมาส",
                position=0),
        Measure(year=year + 1, target="issue:4" if year >= 2567 else "ind:4",
                title="มาตรการควบคุมการยืมพัสดุ", steps="ออกประกาศและแบบฟอร์มการยืม",
                period="ม.ค. ๖๘", units="กองคลัง", follow_up="ตรวจสอบทะเบียนยืมทุกเดือน",
                position=1),
    ]
    measures = [
        Measure(year=year, target="ind:2", title="การเผยแพร่แผนการใช้จ่ายงบประมาณประจำปี",
                steps="ประกาศแผนผ่านเว็บไซต์", period="ต.ค. ๖๖ – ก.ย. ๖๗", units="กองคลัง",
                status="done", summary="เผยแพร่ข้อบัญญัติงบประมาณแล้ว",
                outcome="ประชาชนเข้าถึงข้อมูลงบประมาณ", evidence="https://example.go.th/budget",
                position=0),
        Measure(year=year, target="ind:9", title="มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
                steps="ปรับปรุงเว็บไซต์", period="ต.ค. ๖๖", units="สำนักปลัด",
                status="in_progress", summary="อยู่ระหว่างจัดจ้างปรับปรุงเว็บไซต์", position=1),
        Measure(year=year, target="ind:6", title="มาตรการลดขั้นตอนการให้บริการ",
                status="not_started", position=2),
    ]
    oit = [
        OitProgress(year=year, code="o1", status="done", progress="เผยแพร่แผนผังโครงสร้างแล้ว",
                    evidence_url="https://example.go.th/o1", unit="สำนักปลัด"),
        OitProgress(year=year, code="o5", status="in_progress", progress="รอภาพผู้บริหาร",
                    unit="สำนักปลัด", title_override="ข้อมูลการติดต่อหน่วยงาน"),
    ] if year >= 2567 else []
    memos = {
        "plan6": Memo(year=year, document="plan6", agency="สำนักปลัด องค์การบริหารส่วนตำบลทุ่งทดสอบ",
                     phone="๐ ๗๔๐๐ ๐๐๐๐", ref_no="สส ๗๑๙๐๑/๑๒๓", date=dt.date(year - 543, 4, 5),
                     subject="รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต รอบ ๖ เดือน",
                     to="นายกองค์การบริหารส่วนตำบลทุ่งทดสอบ",
                     enclosures=["รายงานผลการดำเนินงาน จำนวน ๑ ฉบับ"],
                     body=["ด้วยสำนักปลัดได้จัดทำรายงานผลการดำเนินงานตามแผนฯ รอบ ๖ เดือน เสร็จแล้ว"],
                     proposer=Signer("นางสาวผู้เสนอ ตัวอย่าง", "นักจัดการงานทั่วไปชำนาญการ"),
                     chain=[CommentBlock("ความเห็นของปลัด", Signer("นายปลัด ทดลอง", "ปลัด"))]),
    }
    return YearData(
        office=office(), year=year,
        assessment=Assessment(year=year, indicator_scores=dict(INDICATORS_2567),
                              question_scores=dict(QUESTIONS_2567) if year >= 2567 else {},
                              national_rank=1519),
        findings=findings,
        next_measures=measures_next,
        measures=measures,
        oit=oit,
        plan=ActionPlan(2566, 2570),
        plan_items=items,
        round_results={6: round_results(items, year, 6)},
        round_reports={6: RoundReport(
            year=year, round=6, prepared_by="งานนิติการ สำนักปลัด",
            preface="รายงานฉบับนี้จัดทำขึ้นเพื่อรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต",
            background="การทุจริตเป็นปัญหาสำคัญต่อการพัฒนาประเทศ",
            context="แผนปฏิบัติการสอดคล้องกับยุทธศาสตร์ชาติ", input="งบประมาณรายจ่ายประจำปี",
            process="ติดตามผลการดำเนินงานทุกไตรมาส", product="บุคลากรมีความรู้ด้านจริยธรรม",
            achievements="บุคลากรร่วมกิจกรรมครบทุกคน", benefits="ประชาชนได้รับบริการที่โปร่งใส",
            problems="บุคลากรยังขาดความรู้บางเรื่อง", suggestions="ควรจัดอบรมเพิ่มเติม",
            next_steps="ประสานสำนักงาน ป.ป.ช. เพื่อบูรณาการแผนงาน")},
        memos=memos,
        settings=PrintSettings(thai_digits=thai_digits),
    )
