"""The office profile: who the office is and who signs its documents.

Kept in one place because the same people sign every document of every year.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from . import limits, validate
from .errors import ValidationError
from .thainames import dla_code

OFFICE_KINDS = {
    "อบต.": ("องค์การบริหารส่วนตำบล", "Subdistrict Administrative Organisation"),
    "ทต.": ("เทศบาลตำบล", "Subdistrict Municipality"),
    "ทม.": ("เทศบาลเมือง", "Town Municipality"),
    "ทน.": ("เทศบาลนคร", "City Municipality"),
    "อบจ.": ("องค์การบริหารส่วนจังหวัด", "Provincial Administrative Organisation"),
}

# Roles used in signature blocks and the memo's comment chain, in approval order.
ROLES = {
    "proposer": ("ผู้เสนอ", "Proposer"),
    "head_office": ("หัวหน้าสำนักปลัด", "Head of the Clerk's Office"),
    "deputy_chief": ("รองปลัด", "Deputy Chief Administrator"),
    "chief_admin": ("ปลัด", "Chief Administrator"),
    "executive": ("นายก", "Chief Executive"),
    "plan_unit": ("ผู้จัดทำรายงาน", "Report preparer"),
}


@dataclass
class Person:
    name: str
    position: str = ""
    role: str = ""  # one of ROLES, or "" for other staff
    id: int | None = None

    def __post_init__(self):
        self.name = validate.text("ชื่อ-สกุล", self.name, required=True, max_len=limits.NAME,
                                  one_line=True)
        self.position = validate.text("ตำแหน่ง", self.position, max_len=limits.AGENCY, one_line=True)
        if self.role and self.role not in ROLES:
            raise ValidationError("role", f"ไม่รู้จักบทบาท “{self.role}”", f"unknown role “{self.role}”")


@dataclass
class Unit:
    """A กอง/สำนัก/ส่วน of the office."""

    name: str
    phone: str = ""
    id: int | None = None

    def __post_init__(self):
        self.name = validate.text("ชื่อหน่วยงาน", self.name, required=True, max_len=300, one_line=True)
        self.phone = validate.text("โทรศัพท์", self.phone, max_len=100, one_line=True)


def office_code(value) -> str:
    """A DLA office code (รหัส อปท.): 7 digits, Thai digits read as Arabic. Look-alikes
    ("64O99O1", "06409901", "6409901-") are refused, so one office is never counted as two at
    the district (its importer builds the same Office)."""
    text = dla_code(validate.text("รหัสหน่วยงาน", value, required=True, max_len=limits.CODE))
    if text is None:  # one rule with the district's importer (domain/thainames.py)
        raise ValidationError(
            "รหัสหน่วยงาน",
            f"รหัสหน่วยงาน (รหัส อปท.) ต้องเป็นตัวเลข {limits.OFFICE_CODE_DIGITS} หลัก เช่น 6409901",
            f"the office code (DLA code) must be {limits.OFFICE_CODE_DIGITS} digits, e.g. 6409901",
        )
    return text


def _again(obj, cls, field: str):
    if not isinstance(obj, cls):
        raise ValidationError(field, "ข้อมูลไม่ถูกต้อง", "invalid entry")
    return dataclasses.replace(obj)


@dataclass
class Office:
    code: str  # DLA office code (รหัส อปท.), e.g. "6710101"
    kind: str  # a key of OFFICE_KINDS
    name: str  # the name without the kind, e.g. "ดอนสะอาด"
    tambon: str = ""
    district: str = ""
    province: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    doc_prefix: str = ""  # document-number prefix, e.g. "กส ๗๑๙๐๑"
    units: list[Unit] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)

    def __post_init__(self):
        self.code = office_code(self.code)
        validate.choice("ประเภท อปท.", self.kind, OFFICE_KINDS)
        self.name = validate.text("ชื่อหน่วยงาน", self.name, required=True, max_len=limits.NAME,
                                  one_line=True).strip()
        for attr, label in (
            ("tambon", "ตำบล"), ("district", "อำเภอ"), ("province", "จังหวัด"),
            ("address", "ที่อยู่"), ("phone", "โทรศัพท์"), ("website", "เว็บไซต์"),
            ("doc_prefix", "เลขที่หนังสือ"),
        ):
            setattr(self, attr, validate.text(label, getattr(self, attr), max_len=limits.PLACE,
                                              one_line=attr != "address").strip())
        # validated again as a whole: the GUI edits units and people in place
        self.units = [_again(u, Unit, "หน่วยงานย่อย")
                      for u in limits.count("หน่วยงานย่อย", self.units, limits.UNITS)]
        self.people = [_again(p, Person, "บุคลากร")
                       for p in limits.count("บุคลากร", self.people, limits.PEOPLE)]

    @property
    def kind_full(self) -> str:
        return OFFICE_KINDS[self.kind][0]

    @property
    def full_name(self) -> str:
        """'องค์การบริหารส่วนตำบลดอนสะอาด'."""
        return f"{self.kind_full}{self.name}"

    @property
    def short_name(self) -> str:
        return f"{self.kind}{self.name}"

    @property
    def location(self) -> str:
        """'อำเภอ… จังหวัด…' as printed under the office name."""
        parts = []
        if self.district:
            parts.append(f"อำเภอ{self.district}")
        if self.province:
            parts.append(f"จังหวัด{self.province}")
        return " ".join(parts)

    def person_with_role(self, role: str) -> Person | None:
        return next((p for p in self.people if p.role == role), None)
