"""Measures to raise integrity (D2) and their results a year later (D3).

A measure is written in D1/D2's year for the next fiscal year; the same row carries its
result (status, summary, outcome) when D3 is reported. One row, two documents: never retyped.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import validate
from .assessment import parse_target

STATUSES = {
    "not_started": ("ยังไม่ได้ดำเนินการ", "not started"),
    "in_progress": ("อยู่ระหว่างดำเนินการ", "in progress"),
    "done": ("ดำเนินการแล้ว", "done"),
}


@dataclass
class Measure:
    year: int  # the fiscal year in which the measure is carried out
    target: str  # "ind:N", "issue:N" or "general"
    title: str  # มาตรการ/โครงการ/กิจกรรม
    steps: str = ""  # ขั้นตอน/วิธีการดำเนินการ
    period: str = ""  # ระยะเวลาดำเนินการ, free text such as "ต.ค. ๖๗ – ก.ย. ๖๘"
    units: str = ""  # ผู้รับผิดชอบ
    follow_up: str = ""  # การติดตามผล
    status: str = "not_started"
    summary: str = ""  # ผลการดำเนินการ (what was done)
    outcome: str = ""  # ผลลัพธ์
    evidence: str = ""  # link to the published evidence
    position: int = 0
    id: int | None = None

    def __post_init__(self):
        self.year = validate.year_be("ปีงบประมาณ", self.year)
        self.target = parse_target(self.target)
        self.title = validate.text("มาตรการ", self.title, required=True, max_len=5000)
        for attr, label in (
            ("steps", "ขั้นตอนการดำเนินการ"), ("period", "ระยะเวลา"), ("units", "ผู้รับผิดชอบ"),
            ("follow_up", "การติดตามผล"), ("summary", "ผลการดำเนินการ"), ("outcome", "ผลลัพธ์"),
            ("evidence", "หลักฐาน"),
        ):
            setattr(self, attr, validate.text(label, getattr(self, attr)))
        validate.choice("สถานะ", self.status, STATUSES)
