"""D4 — progress on each OIT item of the year's framework (a page per OIT indicator).

Items whose title the framework does not know show their code until the clerk types the
title (saved as a title correction for that year, undoable)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP

from ...domain.oit import OIT_STATUSES, OitProgress
from ...storage import operations as ops
from ...storage import queries
from ..commands import ValueCommand
from ..i18n import tr
from ..models.rows import Column, RowsModel
from ..table import RowsTable
from .base import DocumentWizard, SectionPage
from .common import both


@dataclass
class OitRow:
    code: str
    title: str
    components: str
    progress: OitProgress
    links: str = ""  # "URL คำอธิบาย", a link a line (issue 13: up to 5)
    has_components: bool = False  # the framework gives them (typed ones are then not used)


def links_text(links) -> str:
    return "\n".join(f"{x.url} {x.description}".strip() for x in links)


def parse_links(text: str) -> list[tuple[str, str]]:
    """A link a line: the address first, its description after a space."""
    out = []
    for line in (text or "").splitlines():
        if line.strip():
            url, _, desc = line.strip().partition(" ")
            out.append((url, desc.strip()))
    return out


def oit_model(session, year: int, indicator: int | None = None) -> RowsModel:
    office = session.office

    def load():
        fw = session.framework(year)
        saved = {p.code: p for p in queries.load_oit(office, year)}
        overrides = queries.load_title_overrides(office, year)
        links = queries.load_oit_links(office, year)
        typed = queries.load_oit_components(office, year)
        rows = []
        if fw is not None:
            for item in fw.oit_items:
                if indicator is not None and item.indicator != indicator:
                    continue
                prog = saved.get(item.code) or OitProgress(year=year, code=item.code)
                title = overrides.get(item.code) or item.title_th or item.code
                comps = item.components_th or typed.get(item.code, ())
                rows.append(OitRow(item.code, title, "\n".join(comps), prog,
                                   links_text(links.get(item.code, [])), bool(item.components_th)))
        else:
            for code, prog in sorted(saved.items()):
                rows.append(OitRow(code, overrides.get(code) or code, "", prog))
        return rows

    def field(name):
        return dict(get=lambda row: getattr(row.progress, name),
                    set=lambda row, v: dataclasses.replace(
                        row, progress=dataclasses.replace(row.progress, **{name: v})))

    def update(before: OitRow, after: OitRow, what: str):
        fw = session.framework(year)
        session.apply(ValueCommand(session, tr("แก้ไข “{0}” ของข้อ {1}").format(what, before.code),
                                   lambda p: ops.save_oit_progress(office, p, fw),
                                   before.progress, after.progress))

    def set_title(row: OitRow, value):
        before = queries.load_title_overrides(office, year).get(row.code, "")
        session.apply(ValueCommand(session, tr("แก้ไขชื่อข้อ {0}").format(row.code),
                                   lambda t: ops.set_title_override(office, year, row.code, t or ""),
                                   before, value or ""))

    def set_links(row: OitRow, value):
        before = parse_links(row.links)
        session.apply(ValueCommand(session, tr("แก้ไขลิงก์ของข้อ {0}").format(row.code),
                                   lambda v: ops.save_oit_links(office, year, row.code, v,
                                                                session.framework(year)),
                                   before, parse_links(value or "")))

    def set_components(row: OitRow, value):
        if row.has_components:
            from ...domain.errors import ItadeskError

            raise ItadeskError("กรอบการประเมินกำหนดองค์ประกอบของข้อนี้ไว้แล้ว",
                               "the framework already gives this item's components",
                               field="องค์ประกอบ")
        session.apply(ValueCommand(session, tr("แก้ไของค์ประกอบของข้อ {0}").format(row.code),
                                   lambda v: ops.save_oit_components(office, year, row.code, v,
                                                                     session.framework(year)),
                                   row.components, value or ""))

    columns = [
        Column("code", QT_TR_NOOP("ข้อ"), editable=False, width=55),
        Column("title", QT_TR_NOOP("ชื่อข้อ"), "multiline", apply=set_title, width=260),
        Column("status", QT_TR_NOOP("สถานะ"), "choice", choices={k: both(v) for k, v in OIT_STATUSES.items()},
               required=True, width=150, **field("status")),
        Column("progress", QT_TR_NOOP("ความก้าวหน้า"), "multiline", width=260, **field("progress")),
        Column("unit", QT_TR_NOOP("หน่วยงานรับผิดชอบ"), width=160, **field("unit")),
        Column("evidence_url", QT_TR_NOOP("ลิงก์หลักฐาน"), width=220, **field("evidence_url")),
        Column("components", QT_TR_NOOP("องค์ประกอบที่ต้องมี"), "multiline", apply=set_components,
               width=260),
        # ITAS's OIT form (issue 13)
        Column("answer", QT_TR_NOOP("คำตอบใน ITAS"), "choice",
               choices={"": "-", "มี": tr("มี"), "ไม่มี": tr("ไม่มี")}, width=90, **field("answer")),
        Column("links", QT_TR_NOOP("ลิงก์ (บรรทัดละลิงก์: ที่อยู่ แล้วคำอธิบาย ไม่เกิน 5)"), "multiline",
               apply=set_links, width=300),
        Column("verdict", QT_TR_NOOP("ผลการตรวจของผู้ตรวจ"), "multiline", width=200, **field("verdict")),
        Column("explanation", QT_TR_NOOP("คำชี้แจงเพิ่มเติม"), "multiline", width=200,
               **field("explanation")),
    ]
    return RowsModel(session, columns, load, topics=("oit", "titles"), update=update, noun=tr("ข้อ OIT"))


class OitWizard(DocumentWizard):
    def __init__(self, session, parent=None):
        year = session.year
        super().__init__(session, tr("D4 ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT) ปี {0}").format(year), parent)
        fw = session.framework(year)
        self.tables: list[RowsTable] = []
        if fw is None:
            page = SectionPage(tr("ข้อ OIT"), scroll=False)
            page.note(tr("ยังไม่มีกรอบการประเมินของปี {0}: นำเข้าไฟล์กรอบการประเมินจากเมนูเครื่องมือ "
                         "แล้วข้อ OIT จะแสดงที่นี่").format(year))
            table = RowsTable(oit_model(session, year))
            page.add(table, 1)
            self.tables.append(table)
            self.add_section(page)
            return
        for ind in fw.indicators:
            if not any(i.indicator == ind.no for i in fw.oit_items):
                continue
            page = SectionPage(tr("ตัวชี้วัดที่ {0} {1}").format(ind.no, ind.name_th),
                               tr("ข้อที่ยังไม่มีชื่อในกรอบการประเมินจะแสดงรหัส พิมพ์ชื่อข้อในคอลัมน์ “ชื่อข้อ” ได้"),
                               scroll=False)
            table = RowsTable(oit_model(session, year, ind.no), movable=False)
            page.add(table, 1)
            self.tables.append(table)
            self.add_section(page)
