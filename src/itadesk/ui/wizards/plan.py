"""D5 — the anti-corruption action plan report of a round (6 or 12 months).

The plan's items carry over from year to year; only their round results change. The items
table accepts the summary table of last year's report pasted from Word/Excel (seed 004's
ลำดับ | รายการ | มิติ | แล้วเสร็จ | ไม่สามารถฯ | งบประมาณ | … | หมายเหตุ).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.errors import ItadeskError
from ...domain.paste import PLAN_SUMMARY_PASTE_SPEC
from ...domain.plan import (
    CANNOT_REASONS,
    DIMENSIONS,
    FLAG_WORDS,
    ITEM_TYPES,
    ROUND_STATUSES,
    TARGET_GROUPS,
    ActionPlan,
    PlanItem,
    RoundReport,
    RoundResult,
    summarize,
)
from ...domain.thaitext import money, round_range
from ...storage import operations as ops
from ...storage import queries
from ..commands import PLAN_ITEMS, UpdateRowCommand, ValueCommand
from ..forms import FieldSpec, RecordForm
from ..i18n import lang, shown_date, tr
from ..models.rows import Column, RowsModel
from ..paste_dialog import PasteTarget
from ..signals import emit
from ..table import RowsTable
from .base import DocumentWizard, SectionPage
from .common import both


@dataclass
class PlanRow:
    item: PlanItem
    result: RoundResult


class RoundState(QObject):
    changed = Signal(int)

    def __init__(self, value: int):
        super().__init__()
        self.value = value

    def set(self, value: int):
        if value != self.value:
            self.value = value
            emit(self.changed, value)


class RoundChooser(QWidget):
    def __init__(self, state: RoundState, year: int):
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(tr("รอบรายงาน")))
        self.combo = QComboBox()
        self.combo.setObjectName("round")
        for rnd in (6, 12):
            start, end = round_range(year, rnd)
            self.combo.addItem(tr("{0} เดือน ({1})").format(rnd, f"{shown_date(start)} – {shown_date(end)}"), rnd)
        self.combo.setCurrentIndex(0 if state.value == 6 else 1)
        self.combo.activated.connect(lambda i: state.set(self.combo.itemData(i)))
        state.changed.connect(lambda v: self.combo.setCurrentIndex(0 if v == 6 else 1))
        lay.addWidget(self.combo)
        lay.addStretch(1)


def _item_type(name: str) -> str:
    for t in ITEM_TYPES:
        if name.strip().startswith(t):
            return t
    return "โครงการ"


def plan_model(session, year: int, state: RoundState, *, results: bool) -> RowsModel:
    office = session.office

    def load():
        items = queries.load_plan_items(office, year)
        saved = queries.load_round_results(office, year).get(state.value, {})
        return [PlanRow(i, saved.get(i.id) or RoundResult(item_id=i.id, year=year, round=state.value))
                for i in items]

    def on_item(name):
        return dict(get=lambda r: getattr(r.item, name),
                    set=lambda r, v: dataclasses.replace(r, item=dataclasses.replace(r.item, **{name: v})))

    def on_result(name):
        return dict(get=lambda r: getattr(r.result, name),
                    set=lambda r, v: dataclasses.replace(r, result=dataclasses.replace(r.result, **{name: v})))

    def update(before: PlanRow, after: PlanRow, what: str):
        if before.item != after.item:
            session.apply(UpdateRowCommand(session, tr("แก้ไข “{0}” ของโครงการ").format(what),
                                           PLAN_ITEMS, before.item, after.item))
        if before.result != after.result:
            label = tr("แก้ไข “{0}” รอบ {1} เดือน").format(what, after.result.round)
            session.apply(ValueCommand(session, label, lambda r: ops.save_round_result(office, r),
                                       before.result, after.result))

    def make(v: dict) -> PlanRow:
        name = v.get("name") or ""
        item = PlanItem(name=name, dimension=v.get("dimension") or 1,
                        item_type=v.get("item_type") or _item_type(name), method=v.get("method") or "",
                        kpi=v.get("kpi") or "", budget=v.get("budget"), period=v.get("period") or "",
                        unit=v.get("unit") or "")
        return PlanRow(item, RoundResult(item_id=0, year=year, round=state.value))

    dims = {no: tr("มิติที่ {0}").format(no) + f" {name}" for no, name in DIMENSIONS.items()}
    if results:
        columns = [
            Column("name", QT_TR_NOOP("โครงการ/กิจกรรม"), "multiline", editable=False, width=280, **on_item("name")),
            Column("status", QT_TR_NOOP("สถานะ"), "choice", choices={k: both(v) for k, v in ROUND_STATUSES.items()},
                   required=True, width=170, **on_result("status")),
            Column("result", QT_TR_NOOP("ผลการดำเนินงาน"), "multiline", width=280, **on_result("result")),
            Column("disbursed", QT_TR_NOOP("เบิกจ่าย (บาท)"), "money", width=120, blank="-",
                   aliases=("การใช้จ่ายงบประมาณ", "เบิกจ่าย"), **on_result("disbursed")),
            Column("reason_code", QT_TR_NOOP("เหตุ (e-PlanNACC)"), "choice",
                   choices={"": "-", **{r: r for r in CANNOT_REASONS}}, width=170,
                   **on_result("reason_code")),
            Column("reason", QT_TR_NOOP("เหตุที่ดำเนินการไม่ได้"), "multiline", width=180, **on_result("reason")),
            Column("remark", QT_TR_NOOP("หมายเหตุ"), width=140, **on_result("remark")),
            # e-PlanNACC's round report fields (issue 13)
            Column("budget_plan", QT_TR_NOOP("งบตามแผนพัฒนาท้องถิ่น (บาท)"), "money", width=130,
                   blank="-", **on_result("budget_plan")),
            Column("budget_ordinance", QT_TR_NOOP("งบตามข้อบัญญัติ (บาท)"), "money", width=130,
                   blank="-", **on_result("budget_ordinance")),
            Column("in_ordinance", QT_TR_NOOP("บรรจุไว้ในข้อบัญญัติ"), "choice",
                   choices={"no": tr("ไม่ได้บรรจุ"), "yes": tr("บรรจุแล้ว")}, width=120,
                   get=lambda r: "yes" if r.result.in_ordinance else "no",
                   set=lambda r, v: dataclasses.replace(
                       r, result=dataclasses.replace(r.result, in_ordinance=v == "yes"))),
        ]
    else:
        columns = [
            Column("name", QT_TR_NOOP("โครงการ/กิจกรรม"), "multiline", required=True, width=280, **on_item("name")),
            Column("dimension", QT_TR_NOOP("มิติ"), "choice", choices=dims, required=True, width=80,
                   short={no: tr("มิติที่ {0}").format(no) for no in DIMENSIONS}, **on_item("dimension")),
            Column("item_type", QT_TR_NOOP("ประเภท"), "choice", choices={t: t for t in ITEM_TYPES}, width=100,
                   **on_item("item_type")),
            Column("budget", QT_TR_NOOP("งบประมาณ (บาท)"), "money", width=120, blank=tr("ไม่ใช้งบประมาณ"), **on_item("budget")),
            Column("period", QT_TR_NOOP("ระยะเวลา"), width=120, **on_item("period")),
            Column("unit", QT_TR_NOOP("หน่วยงานรับผิดชอบ"), width=150, **on_item("unit")),
            Column("method", QT_TR_NOOP("วิธีการดำเนินงาน"), "multiline", width=220, **on_item("method")),
            Column("kpi", QT_TR_NOOP("ตัวชี้วัด"), "multiline", width=180, **on_item("kpi")),
            # e-PlanNACC's item fields (issue 13)
            Column("quarter", QT_TR_NOOP("ไตรมาส"), "int", width=70, **on_item("quarter")),
            Column("plan_years", QT_TR_NOOP("ปีที่ดำเนินการ"), width=130, **on_item("plan_years")),
            Column("target_groups", QT_TR_NOOP("กลุ่มเป้าหมาย (บรรทัดละกลุ่ม)"), "multiline", width=220,
                   **on_item("target_groups")),
        ]
    model = RowsModel(session, columns, load, topics=("plan_items", "round_results"),
                      kind=None if results else PLAN_ITEMS, make=None if results else make,
                      year=lambda: year, unwrap=lambda r: r.item, update=update,
                      noun=tr("โครงการ"))
    state.changed.connect(lambda _v: model.reload())
    return model


def summary_target(session, year: int, state: RoundState) -> PasteTarget:
    """Seed 004's summary table: items with their round's status, spending and remark."""

    def build(mapped) -> list[PlanRow]:
        rows = []
        for n, v in enumerate(mapped.rows, start=1):
            try:
                name = v["name"]
                budget = v.get("budget")
                item = PlanItem(name=name, dimension=v["dimension"], item_type=_item_type(name),
                                budget=budget if budget else None)
                status = "done" if v.get("done") else "cannot" if v.get("cannot") else "in_progress"
                res = RoundResult(item_id=0, year=year, round=state.value, status=status,
                                  disbursed=v.get("disbursed") or None, remark=v.get("remark") or "")
            except ItadeskError as exc:
                raise ItadeskError(f"แถว {n}: {exc.message('th')}", f"row {n}: {exc.message('en')}") from exc
            rows.append(PlanRow(item, res))
        return rows

    def results(rows: list[PlanRow]) -> list[list[RoundResult]]:
        # saved with the items by one add_plan_items (one transaction)
        return [[r.result] for r in rows]

    return PasteTarget(PLAN_SUMMARY_PASTE_SPEC, build,
                       tr("ตารางสรุปผลแผนปฏิบัติการ (ลำดับ/รายการ/มิติ/แล้วเสร็จ/…/หมายเหตุ)"), results)


class SummaryView(QLabel):
    def __init__(self, session, year: int, state: RoundState):
        super().__init__()
        self.session, self.year, self.state = session, year, state
        self.setObjectName("plan_summary")
        self.setWordWrap(True)
        self.setStyleSheet("font-size: 12pt; padding: 8px; background: #eef4ee;")
        session.changed.connect(self._on_changed)
        state.changed.connect(lambda _v: self.refresh())
        self.refresh()

    def _on_changed(self, topic: str) -> None:
        if topic in ("plan_items", "round_results"):
            self.refresh()

    def refresh(self):
        office = self.session.office
        items = queries.load_plan_items(office, self.year)
        results = queries.load_round_results(office, self.year).get(self.state.value, {})
        s = summarize(items, results, self.year, self.state.value)
        lines = [
            tr("รอบ {0} เดือน ปีงบประมาณ {1}").format(self.state.value, self.year),
            tr("โครงการ/กิจกรรมทั้งหมด {0} รายการ (มิติ 1: {1}, มิติ 2: {2}, มิติ 3: {3}, มิติ 4: {4})").format(
                s.total, *(s.by_dimension[d] for d in (1, 2, 3, 4))),
            tr("ดำเนินการแล้วเสร็จ {0} • อยู่ระหว่างดำเนินการ {1} • ไม่สามารถดำเนินการได้ {2} • รอรายงานผล {3}").format(
                s.done, s.in_progress, s.cannot, s.pending),
            tr("งบประมาณ {0} บาท • เบิกจ่าย {1} บาท • คงเหลือ {2} บาท • ไม่ใช้งบประมาณ {3} รายการ").format(
                money(s.budget), money(s.disbursed), money(s.remaining), s.non_budget_items),
            tr("อัตราการดำเนินการ {0:.2f}% — ระดับ{1}").format(s.rate, s.level),
            tr("ตามเกณฑ์ e-PlanNACC รอบ {0} เดือน (แล้วเสร็จนับ 1 ระหว่างดำเนินการนับ 0.5): {1}").format(
                self.state.value, FLAG_WORDS[s.flag][1 if lang() == "en" else 0]),
        ]
        self.setText("\n".join(lines))


class PlanWizard(DocumentWizard):
    def __init__(self, session, parent=None):
        year = session.year
        super().__init__(session, tr("D5 รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ปี {0}").format(year),
                         parent)
        office = session.office
        data = session.year_data(year)
        self.state = RoundState(data.latest_round())

        page = SectionPage(tr("แผนปฏิบัติการ"), tr("แผนหลายปี เช่น พ.ศ. ๒๕๖๖–๒๕๗๐"))
        self.plan_form = RecordForm(
            session,
            [FieldSpec("title", tr("ชื่อแผน"), domain_field="ชื่อแผน"),
             FieldSpec("start_year", tr("ปีเริ่มต้นแผน (พ.ศ.)"), "int", required=True, domain_field="ปีเริ่มแผน"),
             FieldSpec("end_year", tr("ปีสิ้นสุดแผน (พ.ศ.)"), "int", required=True, domain_field="ระยะเวลาแผน")],
            load=lambda: queries.load_plan(office), save=lambda p: ops.save_plan(office, p),
            topics=("plan",), create=lambda v: ActionPlan(**{k: x for k, x in v.items() if x is not None}))
        page.add(self.plan_form)
        page.add(RoundChooser(self.state, year))
        self.add_section(page)

        page = SectionPage(tr("โครงการ/กิจกรรม"),
                           tr("รายการในแผนของปีนี้ วางตารางสรุปจากรายงานฉบับก่อนได้ด้วยปุ่ม “วางจาก Word/Excel”"),
                           scroll=False)
        self.items_model = plan_model(session, year, self.state, results=False)
        self.items_table = RowsTable(self.items_model, paste_targets=lambda: [
            summary_target(session, year, self.state), self.items_table_default_target()],
            paste_into=self.round_text)
        page.add(RoundChooser(self.state, year))
        page.add(self.items_table, 1)
        # e-PlanNACC's fixed target groups; anything else is kept as "อื่นๆ: …"
        page.note(tr("กลุ่มเป้าหมายตาม e-PlanNACC (บรรทัดละกลุ่ม): {0} — กลุ่มอื่นพิมพ์ได้ จะบันทึกเป็น “อื่นๆ: …”")
                  .format(", ".join(TARGET_GROUPS)))
        self.add_section(page)

        page = SectionPage(tr("ผลการดำเนินงานรายโครงการ"), tr("สถานะ ผล และการเบิกจ่ายของรอบที่เลือก"),
                           scroll=False)
        page.add(RoundChooser(self.state, year))
        self.results_table = RowsTable(plan_model(session, year, self.state, results=True),
                                       paste_into=self.round_text)
        page.add(self.results_table, 1)
        self.add_section(page)

        def report_load():
            reports = queries.load_round_reports(office, year)
            return reports.get(self.state.value) or RoundReport(year=year, round=self.state.value)

        def report_page(title: str, subtitle: str, fields: list[tuple[str, str]]):
            page = SectionPage(title, subtitle)
            page.add(RoundChooser(self.state, year))
            form = RecordForm(session, [FieldSpec(k, label, "text") for k, label in fields],
                              load=report_load, save=lambda r: ops.save_round_report(office, r),
                              topics=("round_reports",))
            self.state.changed.connect(lambda _v: form.refresh())
            page.add(form)
            self.add_section(page)
            return form

        self.intro_form = report_page(tr("คำนำและที่มา"), tr("ส่วนที่ ๑ ของรายงาน"), [
            ("prepared_by", tr("จัดทำโดย (หน่วยงาน)")), ("preface", tr("คำนำ")),
            ("background", tr("ที่มาและความสำคัญ"))])
        self.context_form = report_page(tr("บริบทและกระบวนการ"), tr("การประเมินแบบ CIPP"), [
            ("context", tr("บริบท (Context)")), ("input", tr("ปัจจัยนำเข้า (Input)")),
            ("process", tr("กระบวนการ (Process)")), ("product", tr("ผลผลิต (Product)"))])
        self.outcome_form = report_page(tr("ผลสัมฤทธิ์"), "", [
            ("achievements", tr("ผลสัมฤทธิ์")), ("benefits", tr("ประโยชน์ที่ประชาชนได้รับ"))])
        self.problems_form = report_page(tr("ปัญหาและข้อเสนอแนะ"), "", [
            ("problems", tr("ปัญหาและอุปสรรค")), ("suggestions", tr("ข้อเสนอแนะ")),
            ("next_steps", tr("แนวทางการดำเนินงานต่อไป"))])

        page = SectionPage(tr("สรุปผล"), tr("ตัวเลขที่จะพิมพ์ในรายงาน คำนวณจากตารางโครงการ"))
        page.add(RoundChooser(self.state, year))
        self.summary = SummaryView(session, year, self.state)
        page.add(self.summary)
        self.eplan_button = QPushButton(tr("ส่งออกสำหรับ e-PlanNACC (.xlsx)…"))
        self.eplan_button.setObjectName("eplan_export")
        self.eplan_button.clicked.connect(lambda: self.export_eplan())
        self.eplan_status = QLabel()
        self.eplan_status.setObjectName("eplan_status")
        self.eplan_status.setWordWrap(True)
        page.add(self.eplan_button)
        page.add(self.eplan_status)
        self.add_section(page)

    def export_eplan(self, path: str | None = None) -> bool:
        """The round as an .xlsx in e-PlanNACC's field order (reports/eplan_xlsx.py); the
        outcome (or the error, in the user's language) is shown under the button."""
        from ...reports.eplan_xlsx import write_eplan_xlsx

        if path is None:
            default = f"e-PlanNACC-{self.session.year}-{self.state.value}.xlsx"
            path, _ = QFileDialog.getSaveFileName(self, tr("ส่งออกสำหรับ e-PlanNACC"), default,
                                                  tr("สมุดงาน Excel (*.xlsx)"))
            if not path:
                return False
        try:
            out = write_eplan_xlsx(self.session.year_data(self.session.year), self.state.value, path)
        except ItadeskError as exc:
            self.eplan_status.setStyleSheet("color: #b00020;")
            self.eplan_status.setText(exc.message(lang()))
            return False
        self.eplan_status.setStyleSheet("")
        self.eplan_status.setText(tr("บันทึก {0} แล้ว — เปิดแล้วคัดลอกไปวางใน e-PlanNACC").format(out))
        return True

    def items_table_default_target(self) -> PasteTarget:
        table = self.items_table
        saved, table.paste_targets = table.paste_targets, None
        try:
            return table.targets()[0]
        finally:
            table.paste_targets = saved

    @property
    def round(self) -> int:
        return self.state.value

    def round_text(self) -> str:
        """Where a paste writes its results (the paste dialog names it)."""
        start, end = round_range(self.session.year, self.state.value)
        return tr("ผลของรอบ {0} เดือน ({1})").format(self.state.value, f"{shown_date(start)} – {shown_date(end)}")
