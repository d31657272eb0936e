"""Progress on each OIT item (D4): what the office has published and where."""

from __future__ import annotations

from dataclasses import dataclass

from . import validate

OIT_STATUSES = {
    "not_started": ("ยังไม่ได้ดำเนินการ", "not started"),
    "in_progress": ("อยู่ระหว่างดำเนินการ", "in progress"),
    "done": ("ดำเนินการแล้ว", "done"),
}


@dataclass
class OitProgress:
    year: int
    code: str  # canonical item code of the year's framework (checked against it by storage)
    status: str = "not_started"
    progress: str = ""  # ความก้าวหน้า
    evidence_url: str = ""
    unit: str = ""  # หน่วยงานรับผิดชอบ
    title_override: str = ""  # the clerk's title for an item whose framework title is unknown
    id: int | None = None

    def __post_init__(self):
        self.year = validate.year_be("ปีงบประมาณ", self.year)
        self.code = validate.text("รหัสข้อ", self.code, required=True, max_len=20).strip()
        validate.choice("สถานะ", self.status, OIT_STATUSES)
        self.progress = validate.text("ความก้าวหน้า", self.progress)
        self.evidence_url = validate.text("ลิงก์หลักฐาน", self.evidence_url, max_len=2000).strip()
        self.unit = validate.text("หน่วยงานรับผิดชอบ", self.unit, max_len=500)
        self.title_override = validate.text("ชื่อข้อ", self.title_override, max_len=1000)
