"""The action plan and one round's report as an .xlsx sheet in e-PlanNACC's field order, so the
clerk copies the cells into e-PlanNACC instead of retyping them (issue 13).

The field order follows e-PlanNACC's own forms (lovelak/iplan: projectcreate.php for an item,
ajax/getReportForm.php for its round report): the item's fields first, then the round's. One
row per item, in the plan's order. A second sheet holds the round's counts and the
implementation rate as e-PlanNACC computes it (done 1, in progress ½, over all items) with
its colour flag for the round.

    write_eplan_xlsx(data, 12, Path("plan-2567-12.xlsx"))

openpyxl writes the file (pure Python, no Qt); nothing is downloaded.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from itadesk.domain.errors import ItadeskError
from itadesk.domain.plan import (
    DIMENSIONS,
    FLAG_WORDS,
    OTHER,
    ROUND_STATUSES,
    TARGET_GROUPS,
    RoundResult,
    summarize,
)
from itadesk.domain.yeardata import YearData

# (key, header) in e-PlanNACC's order: projectcreate.php, then getReportForm.php
ITEM_FIELDS = (
    ("no", "ลำดับ"),
    ("name", "ชื่อโครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติงาน"),
    ("plan_years", "ปีงบประมาณที่ดำเนินการ"),
    ("item_type", "ประเภทงาน"),
    ("quarter", "ดำเนินการในไตรมาส"),
    ("dimension", "มิติ"),
    ("budget", "งบประมาณตามแผนปฏิบัติการป้องกันการทุจริต (บาท)"),
    ("target_groups", "กลุ่มเป้าหมาย"),
    ("target_text", "กลุ่มเป้าหมาย (ข้อความ)"),
    ("objective", "วัตถุประสงค์"),
)
ROUND_FIELDS = (
    ("budget_plan", "งบประมาณ (วงเงินตามแผนพัฒนาท้องถิ่น) (บาท)"),
    ("budget_ordinance", "งบประมาณ (วงเงินตามข้อบัญญัติ/เทศบัญญัติ) (บาท)"),
    ("disbursed", "การเบิกจ่ายงบประมาณ (บาท)"),
    ("non_budget", "ดำเนินการโดยไม่ใช้งบประมาณ"),
    ("in_ordinance", "บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ/แผนการดำเนินงาน"),
    ("status", "สถานะการดำเนินงาน"),
    ("reason_code", "เหตุที่ไม่สามารถดำเนินการได้"),
    ("reason_other", "เหตุอื่นๆ (ระบุ)"),
    ("result", "ผลการดำเนินงาน"),
    ("remark", "หมายเหตุ"),
)
FIELDS = ITEM_FIELDS + ROUND_FIELDS
HEADERS = tuple(h for _k, h in FIELDS)
YES = "✓"


def _money(value: Decimal | None):
    return None if value is None else float(value)


def item_row(no: int, item, res: RoundResult) -> list:
    """One item's cells in FIELDS order (numbers as numbers, so e-PlanNACC takes them)."""
    fixed = [g for g in item.target_group_list if g in TARGET_GROUPS]
    other = [g.split(":", 1)[1].strip() for g in item.target_group_list if g.startswith(OTHER)]
    cannot = res.status == "cannot"
    values = {
        "no": no,
        "name": item.name,
        "plan_years": ", ".join(str(y) for y in item.plan_year_list),
        "item_type": item.item_type,
        "quarter": item.quarter,
        "dimension": f"มิติที่ {item.dimension} {DIMENSIONS[item.dimension]}",
        "budget": _money(item.budget) if item.uses_budget else None,
        "target_groups": ", ".join(fixed),
        "target_text": ", ".join(other),
        "objective": item.objective,
        "budget_plan": _money(res.budget_plan),
        "budget_ordinance": _money(res.budget_ordinance),
        "disbursed": _money(res.disbursed),
        "non_budget": "" if item.uses_budget else YES,
        "in_ordinance": YES if res.in_ordinance else "",
        "status": ROUND_STATUSES[res.status][0],
        "reason_code": res.reason_code if cannot else "",
        "reason_other": (res.reason if res.reason_code in ("", OTHER) else "") if cannot else "",
        "result": res.result,
        "remark": res.remark,
    }
    return [values[k] for k, _h in FIELDS]


def eplan_rows(data: YearData, round_: int) -> list[list]:
    """The header row and one row per plan item of the year, in the plan's order."""
    if round_ not in (6, 12):
        raise ItadeskError("รอบรายงานต้องเป็น 6 หรือ 12 เดือน", "the round must be 6 or 12 months",
                           field="รอบรายงาน")
    results = data.round_results.get(round_, {})
    rows: list[list] = [list(HEADERS)]
    items = sorted(data.plan_items, key=lambda i: i.position)
    for no, item in enumerate(items, 1):
        res = results.get(item.id) or RoundResult(item_id=item.id or 0, year=data.year, round=round_)
        rows.append(item_row(no, item, res))
    return rows


def write_eplan_xlsx(data: YearData, round_: int, out: str | Path) -> Path:
    """Write the sheet (and the round's summary sheet) to `out`; returns the path. The file is
    written beside `out` first and moved into place, so a failure leaves no half file."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ItadeskError(f"ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .xlsx ({out.name})",
                           f"the output file must end in .xlsx ({out.name})", field="--out")
    rows = eplan_rows(data, round_)
    wb = Workbook()
    ws = wb.active
    ws.title = f"e-PlanNACC รอบ {round_} เดือน"
    for row in rows:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    money_cols = [i + 1 for i, (k, _h) in enumerate(FIELDS)
                  if k in ("budget", "budget_plan", "budget_ordinance", "disbursed")]
    for col in money_cols:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.number_format = "#,##0.00"
    for i, (key, _h) in enumerate(FIELDS, 1):
        width = 40 if key in ("name", "objective", "result", "dimension") else 16
        ws.column_dimensions[ws.cell(1, i).column_letter].width = width

    items = sorted(data.plan_items, key=lambda i: i.position)
    s = summarize(items, data.round_results.get(round_, {}), data.year, round_)
    sheet = wb.create_sheet("สรุป")
    for label, value in (
        ("ปีงบประมาณ", data.year), ("รอบรายงาน (เดือน)", round_), ("จำนวนรายการทั้งหมด", s.total),
        ("ดำเนินการแล้วเสร็จ", s.done), ("อยู่ระหว่างดำเนินการ", s.in_progress),
        ("ไม่สามารถดำเนินการได้", s.cannot), ("รอการรายงานผล", s.pending),
        ("ร้อยละการนำแผนไปปฏิบัติ (แล้วเสร็จ 1, ระหว่างดำเนินการ 0.5)", s.rate),
        ("เกณฑ์ของ e-PlanNACC", FLAG_WORDS[s.flag][0]),
        ("งบประมาณรวม (บาท)", float(s.budget)), ("เบิกจ่ายรวม (บาท)", float(s.disbursed)),
    ):
        sheet.append([label, value])
    sheet.column_dimensions["A"].width = 56

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    try:
        wb.save(tmp)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ItadeskError(f"เขียนไฟล์ {out} ไม่ได้: {exc.strerror or exc}",
                           f"cannot write {out}: {exc.strerror or exc}", field="--out") from None
    return out
