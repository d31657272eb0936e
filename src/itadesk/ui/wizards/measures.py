"""D2 — measures for the next fiscal year; D3 — the results of this year's measures.

One row, two documents: the measures written in year Y for Y+1 are the rows whose results
are reported in Y+1's D3, never typed twice.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from ...domain.measures import STATUSES, Measure
from ...storage import queries
from ..commands import MEASURES
from ..i18n import tr
from ..models.rows import Column, RowsModel
from ..table import RowsTable
from .base import DocumentWizard, SectionPage
from .common import both, target_choices


def _make(year: int):
    def make(v: dict) -> Measure:
        return Measure(year=year, target=v.get("target") or "general", title=v.get("title") or "",
                       steps=v.get("steps") or "", period=v.get("period") or "",
                       units=v.get("units") or "", follow_up=v.get("follow_up") or "",
                       status=v.get("status") or "not_started", summary=v.get("summary") or "",
                       outcome=v.get("outcome") or "", evidence=v.get("evidence") or "")
    return make


def measures_model(session, year: int, *, results: bool) -> RowsModel:
    """Measures carried out in `year`: planning columns (D2) or result columns (D3)."""
    fw = session.framework(year - 1) or session.framework(year)
    targets = target_choices(fw)
    if results:
        columns = [
            Column("title", QT_TR_NOOP("มาตรการ/โครงการ/กิจกรรม"), "multiline", required=True, width=280),
            Column("status", QT_TR_NOOP("สถานะ"), "choice", choices={k: both(v) for k, v in STATUSES.items()}, width=150),
            Column("summary", QT_TR_NOOP("ผลการดำเนินการ"), "multiline", width=300,
                   aliases=("สรุปผล", "สรุปผลการดำเนินการ", "ความก้าวหน้าผลการดำเนินการ")),
            Column("outcome", QT_TR_NOOP("ผลลัพธ์"), "multiline", width=200, aliases=("ผลสำเร็จ",)),
            Column("evidence", QT_TR_NOOP("ลิงก์หลักฐาน"), width=200, aliases=("หลักฐาน", "ลิงก์", "URL")),
            Column("target", QT_TR_NOOP("ตัวชี้วัด/ประเด็น"), "choice", choices=targets, width=180),
        ]
    else:
        columns = [
            Column("target", QT_TR_NOOP("ตัวชี้วัด/ประเด็น"), "choice", choices=targets, width=190),
            Column("title", QT_TR_NOOP("มาตรการ/โครงการ/กิจกรรม"), "multiline", required=True, width=260),
            # aliases: the headers of real measure tables (seed 000), for pasting them
            Column("steps", QT_TR_NOOP("ขั้นตอน/วิธีการดำเนินการ"), "multiline", width=260,
                   aliases=("วิธีดำเนินการ", "วิธีการดำเนินงาน", "แนวทางในการยกระดับการประเมิน")),
            Column("period", QT_TR_NOOP("ระยะเวลาดำเนินการ"), width=140, aliases=("ระยะเวลา",)),
            Column("units", QT_TR_NOOP("ผู้รับผิดชอบ"), "multiline", width=160, aliases=("หน่วยงานรับผิดชอบ",)),
            Column("follow_up", QT_TR_NOOP("การติดตามผล"), "multiline", width=180),
        ]
    return RowsModel(session, columns, lambda: queries.load_measures(session.office, year),
                     topics=("measures",), kind=MEASURES, make=_make(year), year=lambda: year,
                     noun=tr("มาตรการ"))


class MeasuresWizard(DocumentWizard):
    def __init__(self, session, parent=None):
        year = session.year
        super().__init__(session, tr("D2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี {0}").format(year + 1), parent)
        page = SectionPage(tr("มาตรการปีงบประมาณ {0}").format(year + 1),
                           tr("มาตรการ โครงการ หรือกิจกรรมที่จะดำเนินการในปีถัดไปเพื่อแก้ข้อบกพร่องที่วิเคราะห์ไว้ "
                              "(แต่ละแถวจะเป็นแถวของรายงานผล D3 ปีหน้าโดยไม่ต้องพิมพ์ซ้ำ)"), scroll=False)
        self.table = RowsTable(measures_model(session, year + 1, results=False))
        page.add(self.table, 1)
        self.add_section(page)


class ResultsWizard(DocumentWizard):
    def __init__(self, session, parent=None):
        year = session.year
        super().__init__(session, tr("D3 รายงานผลการดำเนินการตามมาตรการ ปี {0}").format(year), parent)
        page = SectionPage(tr("ผลการดำเนินการตามมาตรการ"),
                           tr("สถานะและผลของมาตรการที่กำหนดไว้สำหรับปี {0}").format(year), scroll=False)
        self.table = RowsTable(measures_model(session, year, results=True))
        page.add(self.table, 1)
        self.add_section(page)
