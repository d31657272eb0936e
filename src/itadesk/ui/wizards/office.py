"""The office profile and its signers: kept once, used by every document of every year."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TR_NOOP

from ...domain.office import OFFICE_KINDS, ROLES, Office, Person, Unit
from ...storage import operations as ops
from ..commands import ValueCommand
from ..forms import FieldSpec, RecordForm
from ..i18n import lang, tr
from ..models.rows import Column, RowsModel
from ..table import RowsTable
from .base import DocumentWizard, SectionPage


def office_fields() -> list[FieldSpec]:
    kinds = {k: f"{k} ({full})" for k, (full, _en) in OFFICE_KINDS.items()}
    return [
        FieldSpec("kind", tr("ประเภท อปท."), "choice", required=True, choices=kinds,
                  domain_field="ประเภท อปท."),
        FieldSpec("name", tr("ชื่อหน่วยงาน (ไม่ต้องใส่ประเภท)"), required=True,
                  hint=tr("เช่น ดอนสะอาด"), domain_field="ชื่อหน่วยงาน"),
        FieldSpec("code", tr("รหัส อปท."), required=True, hint=tr("รหัสหน่วยงานของกรมส่งเสริมการปกครองท้องถิ่น"),
                  domain_field="รหัสหน่วยงาน"),
        FieldSpec("tambon", tr("ตำบล"), domain_field="ตำบล"),
        FieldSpec("district", tr("อำเภอ"), domain_field="อำเภอ"),
        FieldSpec("province", tr("จังหวัด"), domain_field="จังหวัด"),
        FieldSpec("address", tr("ที่อยู่"), domain_field="ที่อยู่"),
        FieldSpec("phone", tr("โทรศัพท์"), domain_field="โทรศัพท์"),
        FieldSpec("website", tr("เว็บไซต์"), domain_field="เว็บไซต์"),
        FieldSpec("doc_prefix", tr("เลขที่หนังสือ (อักษรย่อ)"), hint=tr("เช่น กส ๗๑๙๐๑"),
                  domain_field="เลขที่หนังสือ"),
    ]


def _create_office(values: dict) -> Office:
    values = {k: v for k, v in values.items() if v is not None}
    values.setdefault("kind", "อบต.")
    values.setdefault("code", "")
    values.setdefault("name", "")
    return Office(**values)


def _profile_table(session, attr: str, columns: list[Column], make, noun: str) -> RowsTable:
    """A table over office.units or office.people; every edit is one undoable profile save."""

    def load():
        office = session.office_profile()
        return list(getattr(office, attr)) if office else []

    def save_list(label: str, new_list: list):
        office = session.office_profile()
        if office is None:
            from ...domain.errors import ItadeskError

            raise ItadeskError("กรุณากรอกข้อมูลหน่วยงานในหน้าแรกก่อน",
                               "please fill in the office on the first page first")
        after = dataclasses.replace(office, **{attr: new_list})
        session.apply(ValueCommand(session, label, lambda o: ops.save_office(session.office, o),
                                   office, after))

    class ProfileRows(RowsModel):
        @property
        def can_add(self):
            return True

        def _update(self, before, after, what):
            rows = [after if r is before else r for r in self.rows]
            save_list(tr("แก้ไข “{0}” ของ{1}").format(what, noun), rows)
            self.rows = rows

        def add_rows(self, rows, label, extras=None):
            save_list(label, list(self.rows) + list(rows))
            self.reload()

        def delete_rows(self, indices):
            keep = [r for i, r in enumerate(self.rows) if i not in set(indices)]
            save_list(tr("ลบ{0} {1} แถว").format(noun, len(self.rows) - len(keep)), keep)
            self.reload()

        def move_row(self, r, delta):
            target = r + delta
            if not (0 <= r < len(self.rows) and 0 <= target < len(self.rows)):
                return r
            rows = list(self.rows)
            rows.insert(target, rows.pop(r))
            save_list(tr("ย้าย{0}").format(noun), rows)
            self.reload()
            return target

    model = ProfileRows(session, columns, load, topics=("office",), make=make, noun=noun)
    return RowsTable(model)


class OfficeWizard(DocumentWizard):
    def __init__(self, session, parent=None):
        super().__init__(session, tr("ข้อมูลหน่วยงานและผู้ลงนาม"), parent)
        office = session.office

        page = SectionPage(tr("ข้อมูลหน่วยงาน"), tr("ชื่อ ที่ตั้ง และเลขที่หนังสือ ใช้ในเอกสารทุกฉบับทุกปี"))
        self.profile_form = RecordForm(
            session, office_fields(), load=session.office_profile,
            save=lambda o: ops.save_office(office, o), topics=("office",), create=_create_office)
        page.add(self.profile_form)
        self.add_section(page)

        page = SectionPage(tr("กอง/สำนัก"), tr("หน่วยงานภายในที่รับผิดชอบงานตามเอกสาร"), scroll=False)
        self.units_table = _profile_table(
            session, "units",
            [Column("name", QT_TR_NOOP("ชื่อกอง/สำนัก"), required=True, width=360), Column("phone", QT_TR_NOOP("โทรศัพท์"))],
            lambda v: Unit(name=v.get("name") or "", phone=v.get("phone") or ""), tr("กอง/สำนัก"))
        page.add(self.units_table, 1)
        self.add_section(page)

        page = SectionPage(tr("ผู้ลงนาม"), tr("ชื่อและตำแหน่งที่พิมพ์ใต้ลายมือชื่อในเอกสารทุกฉบับ"),
                           scroll=False)
        roles = {k: (en if lang() == "en" else th) for k, (th, en) in ROLES.items()}
        self.people_table = _profile_table(
            session, "people",
            [Column("name", QT_TR_NOOP("ชื่อ-สกุล"), required=True, width=240),
             Column("position", QT_TR_NOOP("ตำแหน่ง"), width=300),
             Column("role", QT_TR_NOOP("บทบาทในการลงนาม"), "choice", choices=roles)],
            lambda v: Person(name=v.get("name") or "", position=v.get("position") or "",
                             role=v.get("role") or ""), tr("ผู้ลงนาม"))
        page.add(self.people_table, 1)
        self.add_section(page)
