"""The paste parser on hostile and real clipboards (#17 "Paste"), and tolerant matching of
choices and headers (#12)."""

from __future__ import annotations

import tracemalloc

import pytest

from itadesk.domain.paste import (
    PasteColumn,
    PasteTooLarge,
    header_match,
    match_choice,
    parse_paste,
)

BOMBS = {
    # a few KB: every cell spans 1000 × 1000 positions
    "spans": "<table><tr>" + "<td rowspan=1000 colspan=1000>x</td>" * 400 + "</tr>"
             + "<tr><td colspan=1000>y</td></tr>" * 300 + "</table>",
    # nested spans, never a cell boundary
    "nested": "<table><tr><td>" + "<span>" * 50_000 + "x" + "</span>" * 50_000 + "</td></tr></table>",
    # tables in tables
    "tables": "<table><tr><td>" * 3000 + "x" + "</td></tr></table>" * 3000,
    # very many tiny rows
    "rows": "<table>" + "<tr><td>a</td></tr>" * 20_000 + "</table>",
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_an_html_bomb_is_refused_quickly_in_little_memory(name):
    html = BOMBS[name]
    # (the time it takes is measured by bench/entry.py: speed goals live in bench/)
    tracemalloc.start()
    try:
        with pytest.raises(PasteTooLarge) as info:
            parse_paste(text="x", html=html)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024
    th, en = info.value.message("th"), info.value.message("en")
    assert th.startswith("ข้อมูลที่วาง: ") and "จึงไม่วาง" in th
    assert "nothing was pasted" in en


def test_a_real_word_table_is_not_refused():
    from test_ui_support import read_fixture

    result = parse_paste(html=read_fixture("seed004_detail.html"))
    assert len(result.rows) == 20 and result.header_count == 1


STATUSES = {"not_started": "ยังไม่ได้ดำเนินการ", "in_progress": "อยู่ระหว่างดำเนินการ", "done": "ดำเนินการแล้ว"}
URGENCY = {"urgent": "ข้อบกพร่องที่ต้องแก้ไขอย่างเร่งด่วน", "develop": "ประเด็นที่ต้องพัฒนา", "keep": "รักษาระดับ"}
TARGETS = {"ind:3": "ตัวชี้วัดที่ 3 การใช้อำนาจ", "ind:4": "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ",
           "ind:5": "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต"}


@pytest.mark.parametrize("text,choices,expected", [
    ("ดำเนินการแล้ว", STATUSES, ("done", True)),
    ("done", STATUSES, ("done", True)),
    (" ดำเนินการ แล้ว ", STATUSES, ("done", True)),
    ("อยู่ระหว่าง", STATUSES, ("in_progress", False)),
    ("ต้องพัฒนา", URGENCY, ("develop", False)),
    ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ", TARGETS, ("ind:4", False)),
    ("การใช้ทรัพย์สินของทางราชการ", TARGETS, ("ind:4", False)),
    ("กำลังทำ", STATUSES, None),
    ("ดำเนินการ", {"a": "ดำเนินการแล้ว", "b": "ดำเนินการแล้วเสร็จ"}, None),  # two fit: refused
    ("", STATUSES, None),
])
def test_choices_match_tolerantly_but_never_guess(text, choices, expected):
    assert match_choice(text, choices) == expected


@pytest.mark.parametrize("header,label,score", [
    ("มาตรการ/กิจกรรม", "มาตรการ/โครงการ/กิจกรรม", 2),
    ("สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม", "ผลการดำเนินการ", 1),
    ("ผลลัพธ์หรือความสำเร็จในการดำเนินการ", "ผลลัพธ์", 1),
    ("หน่วยงาน รับผิดชอบ", "หน่วยงานรับผิดชอบ", 3),
    ("ลำดับ", "ผลลัพธ์", 0),
])
def test_headers_match_loosely(header, label, score):
    assert header_match(header, PasteColumn("c", label, "C")) == score
