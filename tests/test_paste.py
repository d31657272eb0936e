"""Paste from Word/Excel: parsing the clipboard, header rows, column mapping, conversion.

Fixtures (copied from the seeds, never read from ../shared at test time):
- seed004_summary_paste.txt: seed 004's action-plan summary table, its two header rows and
  data rows ๑–๙, as the tab-separated text Excel puts on the clipboard (CRLF, trailing tab
  for the empty หมายเหตุ cell, merged header cells as empty cells).
- seed004_summary_paste.html: the same rows as Word copies them (CF_HTML header, <o:p>,
  &nbsp; in empty cells, rowspan/colspan header, ticks as "✓" or as Wingdings 2 "P",
  the supportMisalignedColumns row of empty cells).
- seed002_markdown_rows.txt: seed 002's markdown pipe rows with <p>/<ul> inside cells.
- seed000_oit_codes.txt: seed 000's OIT item table (codes "05" … "010" with OCR zeros for
  the letter o, and a header row repeated after a page break).
"""

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itadesk.domain.errors import ValidationError
from itadesk.domain.paste import (
    PLAN_SUMMARY_PASTE_SPEC,
    PasteColumn,
    PasteError,
    PasteSpec,
    convert_cell,
    fix_code_ocr,
    guess_column_map,
    map_paste,
    parse_html_table,
    parse_markdown,
    parse_paste,
    parse_tsv,
)

FIXTURES = Path(__file__).parent / "fixtures"
D = Decimal


def read(name: str) -> str:
    with open(FIXTURES / name, encoding="utf-8", newline="") as f:  # keep Excel's CRLF
        return f.read()


# The nine rows of seed 004's summary table (ลำดับ ๑–๙), as map_paste must return them with
# PLAN_SUMMARY_PASTE_SPEC: (position, name, dimension, done, cannot, budget, non_budget,
# disbursed, remaining, remark).
Z = D("0.00")
SEED004_EXPECTED = [
    (1, "โครงการเชิดชูเกียรติบุคลากรที่ปฏิบัติงานเป็นไปตามมาตรฐาน ด้วยความวิริยะอุตสาหะ และซื่อสัตย์สุจริต",
     1, True, False, Z, Z, Z, Z, ""),
    (2, "โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต",
     1, False, True, D("50000.00"), Z, Z, D("50000.00"), ""),
    (3, "โครงการพัฒนาความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงาน สำหรับบุคลากรองค์กรปกครองส่วนท้องถิ่น ผู้บริหารและสมาชิกสภาท้องถิ่น",
     1, False, True, D("100000.00"), Z, Z, D("100000.00"), ""),
    (4, "โครงการป้องกันผลประโยชน์ทับซ้อนขององค์การบริหารส่วนตำบลบางเตย",
     1, True, False, Z, Z, Z, Z, ""),
    (5, "โครงการฝึกอบรมการส่งเสริมคุณธรรมจริยธรรมบุคลากรองค์กรปกครองส่วนท้องถิ่นเพื่อเสริมสร้างวัฒนธรรมองค์กรสุจริต",
     1, True, False, Z, Z, Z, Z, ""),
    (6, 'มาตรการ "ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมขององค์การบริหารส่วนตำบลบางเตย"',
     1, True, False, Z, Z, Z, Z, ""),
    (7, "มาตรการ NO Gift Policy",
     2, True, False, Z, Z, Z, Z, ""),
    (8, "กิจกรรม “การจัดทำข้อตกลงการปฏิบัติราชการขององค์การบริหารส่วนตำบลบางเตย”",
     2, True, False, Z, Z, Z, Z, ""),
    (9, "มาตรการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส",
     2, True, False, Z, Z, Z, Z, ""),
]  # fmt: skip


def as_tuples(mapped):
    names = PLAN_SUMMARY_PASTE_SPEC.names
    return [tuple(row[n] for n in names) for row in mapped.rows]


# ---------------------------------------------------------------- the seed 004 fixture


@pytest.mark.parametrize(
    ("kwargs", "source"),
    [
        (lambda: {"text": read("seed004_summary_paste.txt")}, "tsv"),
        (lambda: {"html": read("seed004_summary_paste.html")}, "html"),
        # Word and Excel put both flavours on the clipboard; the HTML wins
        (lambda: {"text": read("seed004_summary_paste.txt"),
                  "html": read("seed004_summary_paste.html")}, "html"),
    ],
)  # fmt: skip
def test_seed004_summary_gives_nine_correct_rows(kwargs, source):
    result = parse_paste(**kwargs())
    assert result.source == source
    assert result.header_count == 2
    assert result.header_rows[0][:4] == ["ลำดับ", "รายการโครงการ", "มิติ", "ผลการดำเนินการ"]
    assert result.header_rows[1][3:9] == [
        "แล้วเสร็จ", "ไม่สามารถดำเนินการได้", "งบประมาณ", "ไม่ใช้งบประมาณ", "เบิกจ่าย", "คงเหลือ",
    ]  # fmt: skip
    assert len(result.rows) == 9 and result.width == 10

    mapped = map_paste(result, PLAN_SUMMARY_PASTE_SPEC)
    assert mapped.problems == []
    assert mapped.valid
    assert as_tuples(mapped) == SEED004_EXPECTED
    assert mapped.values() is mapped.rows
    preview = {p.column.name: p for p in mapped.preview}
    assert preview["done"].source == 3
    assert preview["done"].source_header == "ผลการดำเนินการ / แล้วเสร็จ"
    assert preview["budget"].samples == ("๐.๐๐", "๕๐,๐๐๐.๐๐", "๑๐๐,๐๐๐.๐๐")
    assert preview["remark"].describe("en") == "Remark ← column 10 “หมายเหตุ”"
    assert all(p.errors == 0 for p in mapped.preview)


def test_seed004_tsv_and_html_give_the_same_rows():
    tsv = parse_paste(text=read("seed004_summary_paste.txt"))
    html = parse_paste(html=read("seed004_summary_paste.html"))
    assert tsv.all_rows == html.all_rows


def test_seed004_without_header_rows():
    text = read("seed004_summary_paste.txt").split("\r\n", 2)[2]
    result = parse_paste(text=text)
    assert result.header_count == 0 and len(result.rows) == 9
    assert as_tuples(map_paste(result, PLAN_SUMMARY_PASTE_SPEC)) == SEED004_EXPECTED


def test_seed004_first_row_is_data_override():
    result = parse_paste(text=read("seed004_summary_paste.txt"), header_rows=0)
    assert result.header_count == 0 and len(result.rows) == 11
    mapped = map_paste(result, PLAN_SUMMARY_PASTE_SPEC)
    assert not mapped.valid  # the header rows are not data: "มิติ" is not a number
    assert mapped.problems_at(1, "dimension")[0].th == "แถว ๑ คอลัมน์ มิติ: “มิติ” ไม่ใช่ตัวเลข"
    assert len(result.with_header_rows(2).rows) == 9


# ---------------------------------------------------------------- tab-separated text


def test_tsv_plain():
    assert parse_tsv("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]
    assert parse_tsv("a\t\tc") == [["a", "", "c"]]
    assert parse_tsv("") == []


def test_tsv_excel_quoting_with_embedded_newlines_tabs_and_quotes():
    text = '๑\t"บรรทัดแรก\r\nบรรทัดสอง"\t✓\r\n๒\t"มี ""คำพูด"" และ\tแท็บ"\t\r\n'
    assert parse_tsv(text) == [
        ["๑", "บรรทัดแรก\nบรรทัดสอง", "✓"],
        ["๒", 'มี "คำพูด" และ\tแท็บ', ""],
    ]
    result = parse_paste(text=text)
    assert result.rows[0][1] == "บรรทัดแรก\nบรรทัดสอง"
    assert result.rows[1][1] == 'มี "คำพูด" และ แท็บ'  # clean_text folds the tab


def test_tsv_quote_that_is_just_text():
    # A cell that starts with a quote but is not Excel's quoting stays as typed
    assert parse_tsv('"ส่งเสริม" การปฏิบัติงาน\t๑') == [['"ส่งเสริม" การปฏิบัติงาน', "๑"]]
    assert parse_tsv('"ไม่ปิด\t๑\n๒\t๓') == [['"ไม่ปิด', "๑"], ["๒", "๓"]]


def test_single_column_lines():
    result = parse_paste(text="แรก\nสอง\n\nสาม\n")
    assert result.rows == [["แรก"], ["สอง"], ["สาม"]]


def test_html_fragments_inside_tsv_cells_are_cleaned():
    row = (FIXTURES / "seed000_checkbox_row.txt").read_text(encoding="utf-8")
    result = parse_paste(text=row)
    assert result.source == "tsv" and len(result.rows) == 1
    assert result.rows[0][3] == "ต.ค. 65 ถึง ก.ย. 66"
    assert result.rows[0][4].startswith("ยังไม่ได้ดำเนินการ ✓ ดำเนินการ")


# ---------------------------------------------------------------- HTML tables


def test_html_rowspan_colspan_and_breaks():
    html = """
    <table><tr><td rowspan=2>ลำดับ</td><th colspan="2">ผล</th><td>หมายเหตุ</td></tr>
    <tr><td>ก</td><td>ข</td><td>ค</td></tr>
    <tr><td>๑</td><td>บรรทัด<br>สอง</td><td><p>ย่อหน้า ๑</p><p>ย่อหน้า ๒</p></td><td>&nbsp;</td></tr>
    <tr><td>๒</td><td><input type="checkbox" checked></td><td><input type=checkbox></td><td>x</td>
    </table>"""
    assert parse_html_table(html) == [
        ["ลำดับ", "ผล", "", "หมายเหตุ"],
        ["", "ก", "ข", "ค"],
        ["๑", "บรรทัด\nสอง", "ย่อหน้า ๑\nย่อหน้า ๒", ""],
        ["๒", "✓", "", "x"],
    ]


def test_html_rowspan_in_the_middle_and_at_the_end():
    html = """<table>
    <tr><td>a</td><td rowspan=3>B</td><td rowspan=2>C</td></tr>
    <tr><td>d</td></tr>
    <tr><td>e</td><td>f</td></tr></table>"""
    assert parse_html_table(html) == [["a", "B", "C"], ["d", "", ""], ["e", "", "f"]]


def test_html_hostile_spans_are_ignored():
    html = "<table><tr><td colspan=999999999>a</td><td rowspan=-3>b</td></tr></table>"
    assert parse_html_table(html) == [["a", "b"]]


def test_html_nested_table_and_symbol_fonts():
    html = """<table><tr>
      <td>๑</td>
      <td><table><tr><td>ใน</td><td>ตาราง</td></tr><tr><td>แถวสอง</td></tr></table></td>
      <td><span style='font-family:Wingdings'>ü</span></td>
      <td><font face="Wingdings 2">P</font></td>
      <td><span style="font-family:Wingdings">¨</span></td>
    </tr></table>"""
    assert parse_html_table(html) == [["๑", "ใน ตาราง\nแถวสอง", "✓", "✓", "☐"]]


def test_html_outside_tables_is_ignored_and_tables_follow_each_other():
    html = "<p>ชื่อเรื่อง</p><table><tr><td>๑</td></tr></table><p>กลาง</p><table><tr><td>๒</td></tr></table>"
    assert parse_paste(html=html).rows == [["๑"], ["๒"]]


def test_html_without_table_falls_back_to_text():
    result = parse_paste(text="a\tb", html="<p>a b</p>")
    assert result.source == "tsv" and result.rows == [["a", "b"]]


# ---------------------------------------------------------------- markdown rows


def test_markdown_rows_from_seed_002():
    text = (FIXTURES / "seed002_markdown_rows.txt").read_text(encoding="utf-8")
    rows = parse_markdown(text)
    assert all(len(r) == 5 for r in rows)
    assert not any(set("".join(r)) <= set("-: ") for r in rows)  # |--|---| skipped
    result = parse_paste(text=text)
    assert result.source == "markdown"
    assert result.header_count == 1
    assert result.header_rows[0][3] == "ผู้รับผิดชอบ"
    # the header row repeated for the second table is dropped, leaving the two data rows
    assert len(result.rows) == 2 and result.dropped_repeated_headers == 1
    assert result.rows[0][4] == "พ.ย. ๖๕ – มี.ค. ๖๖"
    assert result.rows[1][4] == "พ.ย. ๖๕ – มี.ค. ๖๖"  # was <p>พ.ย. ๖๕ – มี.ค. ๖๖</p>
    assert result.rows[1][0].splitlines()[1].startswith("(๓) การใช้อำนาจ")


def test_markdown_escaped_pipe_and_missing_closing_pipe():
    assert parse_markdown("| a \\| b | c\n|---|---|\n| d | e |") == [["a | b", "c"], ["d", "e"]]


# ---------------------------------------------------------------- mapping and problems


SIMPLE = PasteSpec(
    "simple",
    "ทดสอบ",
    "Test",
    (
        PasteColumn("name", "รายการ", "Item", "text", required=True),
        PasteColumn("budget", "งบประมาณ", "Budget", "money"),
        PasteColumn("score", "คะแนน", "Score", "score"),
        PasteColumn("done", "แล้วเสร็จ", "Done", "checkbox"),
    ),
)


def test_bad_numbers_name_row_and_column_in_thai_and_english():
    text = "ก\t๑,๐๐๐\t๙๐\t✓\nข\t๒๐๐\t๘๐\t\nค\tabc\t๑๒๐\tบางที\n"
    mapped = map_paste(parse_paste(text=text), SIMPLE)
    assert not mapped.valid
    msgs = [p.th for p in mapped.errors]
    assert msgs == [
        "แถว ๓ คอลัมน์ งบประมาณ: “abc” ไม่ใช่ตัวเลข",
        "แถว ๓ คอลัมน์ คะแนน: คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐",
        "แถว ๓ คอลัมน์ แล้วเสร็จ: “บางที” ไม่ใช่เครื่องหมาย ✓ (ใส่ ✓ หรือเว้นว่าง)",
    ]
    assert mapped.errors[0].en == "row 3, column Budget: “abc” is not a number"
    assert mapped.problems_at(3, "budget")[0].column == "budget"
    # rows 1-2 converted fine, but nothing is applied: the paste is invalid as a whole
    assert mapped.rows[0] == {"name": "ก", "budget": D("1000.00"), "score": 90.0, "done": True}
    with pytest.raises(PasteError) as info:
        mapped.values()
    assert isinstance(info.value, ValidationError)
    assert "แถว ๓ คอลัมน์ งบประมาณ" in info.value.message("th")
    assert "row 3, column Budget" in info.value.message("en")
    preview = {p.column.name: p.errors for p in mapped.preview}
    assert preview == {"name": 0, "budget": 1, "score": 1, "done": 1}


def test_money_rules():
    col = PasteColumn("budget", "งบประมาณ", "Budget", "money")
    assert convert_cell(col, "-", 1) == (None, [])
    assert convert_cell(col, "ไม่ใช้งบประมาณ", 1) == (None, [])  # seed 004 detailed table
    assert convert_cell(col, "๕๐,๐๐๐.๐๐", 1) == (D("50000.00"), [])
    value, problems = convert_cell(col, "๓๐.๐๐๐", 2)  # seed 004 detailed table, row ๑๕
    assert value == D("30000.00")
    assert [p.level for p in problems] == ["warning"]
    assert problems[0].th == "แถว ๒ คอลัมน์ งบประมาณ: อ่าน “๓๐.๐๐๐” เป็น ๓๐,๐๐๐.๐๐ บาท (จุดคั่นหลักพัน)"
    value, problems = convert_cell(col, "-500", 4)
    assert value is None and problems[0].en == "row 4, column Budget: an amount cannot be negative"


def test_number_limits_and_required():
    dim = PLAN_SUMMARY_PASTE_SPEC.column("dimension")
    assert convert_cell(dim, "๔", 1) == (4, [])
    assert convert_cell(dim, "๕", 1)[1][0].th == "แถว ๑ คอลัมน์ มิติ: “๕” ต้องอยู่ระหว่าง ๑ ถึง ๔"
    assert (
        convert_cell(dim, "1.5", 1)[1][0].en
        == "row 1, column Dimension: “1.5” must be a whole number"
    )
    assert convert_cell(dim, "-", 7)[1][0].th == "แถว ๗ คอลัมน์ มิติ: ต้องกรอกข้อมูล"
    name = PLAN_SUMMARY_PASTE_SPEC.column("name")
    assert (
        convert_cell(name, " - ", 2)[1][0].en
        == "row 2, column Project / activity: a value is required"
    )


def test_checkbox_values():
    col = PasteColumn("done", "แล้วเสร็จ", "Done", "checkbox")
    for mark in ["✓", "✔", "☑", "√", "x", "/", "ใช่", "1", "๑", '<input type="checkbox" checked>']:
        assert convert_cell(col, mark, 1) == (True, []), mark
    for mark in ["", "-", "☐", "0", "ไม่", '<input type="checkbox">']:
        assert convert_cell(col, mark, 1) == (False, []), mark


def test_date_column():
    col = PasteColumn("when", "วันที่", "Date", "date")
    from datetime import date

    assert convert_cell(col, "๑ ต.ค. ๖๖", 1) == (date(2023, 10, 1), [])
    assert convert_cell(col, "พรุ่งนี้", 1)[1][0].th.startswith("แถว ๑ คอลัมน์ วันที่: “พรุ่งนี้” ไม่ใช่วันที่")


# ---------------------------------------------------------------- column counts


def test_too_many_columns_says_which_rows_expected_and_found():
    text = "ก\t๑\t๒\t✓\tเกิน\nข\t๑\t๒\t✓\nค\t๑\t๒\t✓\tเกิน\tเกิน\n"
    mapped = map_paste(parse_paste(text=text), SIMPLE)
    assert not mapped.valid
    msgs = [p.th for p in mapped.errors]
    assert msgs[0].startswith(
        "แถว ๑ มี ๕ คอลัมน์ แต่ตารางทดสอบมี ๔ คอลัมน์ (รายการ, งบประมาณ, คะแนน, แล้วเสร็จ)"
    )
    assert msgs[1].startswith("แถว ๓ มี ๖ คอลัมน์")
    assert mapped.errors[0].en.startswith("row 1 has 5 columns but the table “Test” has 4")


def test_extra_empty_trailing_cells_are_fine():
    mapped = map_paste(parse_paste(text="ก\t๑\t๒\t✓\t\t\n"), SIMPLE)
    assert mapped.valid and mapped.problems == []


def test_too_few_columns():
    # taking columns in order, short rows are refused: the columns may be shifted
    result = parse_paste(text="ก\t๑\nข\t๒\nค\t๓\n")
    mapped = map_paste(result, SIMPLE)
    assert not mapped.valid
    assert [p.th for p in mapped.errors] == [
        "แถว ๑–๓ มีเพียง ๒ คอลัมน์ ต้องการ ๔ คอลัมน์ (รายการ, งบประมาณ, คะแนน, แล้วเสร็จ)"
        " — ต้องมีคอลัมน์ คะแนน, แล้วเสร็จ"
    ]
    assert mapped.errors[0].en == (
        "rows 1–3 have only 2 columns, expected 4 (Item, Budget, Score, Done)"
        " — needs the columns Score, Done"
    )
    # the caller says which columns the paste holds: the rest are left empty
    mapped = map_paste(result, SIMPLE, {"name": 0, "budget": 1})
    assert mapped.valid and mapped.problems == []
    assert mapped.rows[2] == {"name": "ค", "budget": D("3.00"), "score": None, "done": False}
    # with columns chosen, a row lacking an optional cell is a warning, a required one an error
    ragged = parse_paste(text="ก\t๑\t๙๐\nข\t๒\n")
    mapped = map_paste(ragged, SIMPLE, {"name": 0, "budget": 1, "score": 2})
    assert mapped.valid
    assert mapped.warnings[0].th.startswith("แถว ๒ มีเพียง ๒ คอลัมน์ ต้องการ ๓ คอลัมน์")
    mapped = map_paste(ragged, SIMPLE, {"name": 2, "budget": 1})
    assert not mapped.valid
    assert mapped.errors[0].th.endswith("— ต้องมีคอลัมน์ รายการ")


def test_caller_maps_columns_differently():
    # the clerk copied only รายการ, มิติ and งบประมาณ from a wider sheet, in another order
    text = "๕๐,๐๐๐.๐๐\tโครงการ ก\t๑\n-\tโครงการ ข\t๒\n"
    result = parse_paste(text=text)
    auto = map_paste(result, PLAN_SUMMARY_PASTE_SPEC)
    assert not auto.valid
    mapped = map_paste(result, PLAN_SUMMARY_PASTE_SPEC, {"budget": 0, "name": 1, "dimension": 2})
    assert mapped.valid and mapped.mapped_by == "caller"
    assert mapped.rows[0]["name"] == "โครงการ ก" and mapped.rows[0]["budget"] == D("50000.00")
    assert mapped.rows[1]["budget"] is None and mapped.rows[1]["done"] is False
    assert mapped.rows[1]["position"] is None
    with pytest.raises(ValueError):
        map_paste(result, PLAN_SUMMARY_PASTE_SPEC, {"nonsense": 0})
    # a mapped column that the rows do not have
    bad = map_paste(result, PLAN_SUMMARY_PASTE_SPEC, {"name": 1, "dimension": 5})
    assert not bad.valid
    assert "ต้องมีคอลัมน์ มิติ" in bad.errors[0].th


def test_header_row_decides_the_mapping():
    text = "มิติ\tรายการ\tงบประมาณ\n๒\tโครงการ ก\t๑๐๐\n"
    result = parse_paste(text=text)
    assert result.header_count == 1
    cmap, how = guess_column_map(result, PLAN_SUMMARY_PASTE_SPEC)
    assert how == "header"
    assert (cmap["dimension"], cmap["name"], cmap["budget"], cmap["position"]) == (0, 1, 2, None)
    mapped = map_paste(result, PLAN_SUMMARY_PASTE_SPEC)
    assert mapped.valid and mapped.mapped_by == "header"
    assert mapped.rows[0]["dimension"] == 2 and mapped.rows[0]["budget"] == D("100.00")
    assert mapped.warnings[0].th.startswith(
        "จับคู่คอลัมน์ตามหัวตารางที่วาง: ลำดับ ← (ว่าง), รายการ ← คอลัมน์ ๒"
    )
    assert result.column_titles() == ["คอลัมน์ ๑: มิติ", "คอลัมน์ ๒: รายการ", "คอลัมน์ ๓: งบประมาณ"]


def test_nothing_to_paste():
    mapped = map_paste(parse_paste(text="\r\n\t\t\r\n"), SIMPLE)
    assert not mapped.valid
    assert mapped.errors[0].en == "there is nothing to paste"
    assert parse_paste().source == "empty"


# ---------------------------------------------------------------- OIT codes


OIT_SPEC = PasteSpec(
    "oit",
    "ประเด็นการประเมิน OIT",
    "OIT items",
    (
        PasteColumn("code", "ข้อ", "Item", "code", required=True),
        PasteColumn("title", "ข้อมูล", "Title", "text"),
        PasteColumn("components", "องค์ประกอบด้านข้อมูล", "Components", "text"),
    ),
)


@pytest.mark.parametrize(
    ("text", "code"),
    [("010", "o10"), ("๐11", "o11"), ("O10", "O10"), ("o10", "o10"), ("03", "o3"),
     ("ข้อ o10", "o10"), ("i1", "i1"), ("o 10", "o10")],
)  # fmt: skip
def test_fix_code_ocr(text, code):
    assert fix_code_ocr(text) == code


def test_codes_from_seed_000_with_the_callers_normalizer():
    result = parse_paste(text=read("seed000_oit_codes.txt"))
    assert result.header_count == 1 and result.dropped_repeated_headers == 1
    mapped = map_paste(result, OIT_SPEC, normalize_code=lambda c: c.upper())
    assert mapped.valid, mapped.summary("en")
    assert [r["code"] for r in mapped.rows] == ["O5", "O6", "O7", "O8", "O9", "O10"]
    assert mapped.rows[3]["title"] == "Q&A"


def test_code_normalizer_errors_become_problems():
    col = OIT_SPEC.column("code")
    known = {"o10", "o11"}

    def normalize(code):
        code = code.lower()
        if code not in known:
            raise ValidationError(
                "code", f"ไม่มีข้อ {code} ในกรอบการประเมินปีนี้", f"no item {code} this year"
            )
        return code

    for text in ["010", "๐11", "O10", "o10"]:
        assert convert_cell(col, text, 1, normalize_code=normalize)[0] in known
    value, problems = convert_cell(col, "O99", 2, normalize_code=normalize)
    assert value is None
    assert problems[0].th == "แถว ๒ คอลัมน์ ข้อ: ไม่มีข้อ o99 ในกรอบการประเมินปีนี้"
    assert (
        convert_cell(col, "ข้อมูล", 3)[1][0].en
        == "row 3, column Item: “ข้อมูล” is not an item code (e.g. o10)"
    )
    assert convert_cell(col, "o1", 4, normalize_code=lambda c: {}[c])[1][0].en == (
        "row 4, column Item: unknown code “o1”"
    )


def test_spec_rejects_unknown_kind_and_repeated_names():
    with pytest.raises(ValueError):
        PasteColumn("x", "x", "x", "percent")
    with pytest.raises(ValueError):
        PasteSpec("s", "s", "s", (PasteColumn("a", "a", "a"), PasteColumn("a", "b", "b")))


# ---------------------------------------------------------------- robustness

_cell_text = st.text(alphabet=st.sampled_from(list('ab ๑๒.,"\t\n✓-ก้า<>/|')), min_size=0, max_size=8)


def _excel_cell(cell: str) -> str:
    """How Excel writes a cell into the clipboard text."""
    if any(ch in cell for ch in '\t\n"'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_cell_text, min_size=2, max_size=4), min_size=1, max_size=4))
def test_excel_quoting_round_trip(rows):
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    text = "".join("\t".join(_excel_cell(c) for c in r) + "\r\n" for r in rows)
    assert parse_tsv(text) == rows


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=200),
    st.text(alphabet=st.sampled_from(list("<>/ =\"'tablerdhspnbcoi1x")), max_size=200),
)
def test_parse_paste_never_raises(text, html):
    for result in (parse_paste(text=text), parse_paste(html="<table>" + html)):
        mapped = map_paste(result, PLAN_SUMMARY_PASTE_SPEC)
        assert mapped.valid in (True, False)
