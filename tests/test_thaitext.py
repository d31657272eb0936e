"""Thai text helpers: digits, Buddhist-era dates, fiscal years, numbers and cleaning pasted text.

Strings marked "seed NNN" are copied from the real offices' documents (see tests/fixtures)."""

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from itadesk.domain.thaitext import (
    clean_text,
    date_full,
    date_range_text,
    date_short,
    digits,
    fiscal_year_of,
    fiscal_year_range,
    is_checked,
    money,
    month_short,
    parse_date,
    parse_number,
    round_range,
    to_arabic_digits,
    to_thai_digits,
)

FIXTURES = Path(__file__).parent / "fixtures"


# ---------------------------------------------------------------- digits


def test_digits_round_trip():
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"
    for text in ["พ.ศ. 2567", "50,000.00 บาท", "ข้อ o10", "", "abc"]:
        assert to_arabic_digits(to_thai_digits(text)) == text
    assert digits("ปี 2567", thai=True) == "ปี ๒๕๖๗"
    assert digits("ปี ๒๕๖๗", thai=False) == "ปี 2567"


# ---------------------------------------------------------------- BE dates


def test_date_forms():
    d = date(2021, 1, 8)
    assert date_full(d) == "๘ มกราคม ๒๕๖๔"
    assert date_full(d, thai_digits=False) == "8 มกราคม 2564"
    assert date_short(date(2023, 10, 1)) == "๑ ต.ค. ๖๖"
    assert month_short(date(2023, 10, 1)) == "ต.ค. ๖๖"  # seed 004's period column
    assert month_short(date(2024, 9, 30)) == "ก.ย. ๖๗"
    assert month_short(date(2043, 1, 1), thai_digits=False) == "ม.ค. 86"
    assert date_range_text(date(2023, 10, 1), date(2024, 3, 31)) == ("๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗")


@pytest.mark.parametrize(
    "d",
    [date(2021, 1, 8), date(2023, 10, 1), date(2024, 2, 29), date(2024, 9, 30), date(2000, 12, 31)],
)
def test_date_round_trips_through_parse_date(d):
    assert parse_date(date_full(d)) == d
    assert parse_date(date_full(d, thai_digits=False)) == d
    assert parse_date(date_short(d)) == d


def test_parse_date_forms():
    assert parse_date("วันที่ ๘ มกราคม พ.ศ. ๒๕๖๔") == date(2021, 1, 8)
    assert parse_date("8 ม.ค. 64") == date(2021, 1, 8)
    assert parse_date("๑ ต.ค.๖๖") == date(2023, 10, 1)
    assert parse_date("1 มค 66") == date(2023, 1, 1)  # dots left out
    assert parse_date("30/9/2567") == date(2024, 9, 30)  # day/month/BE year
    assert parse_date("2024-09-30") == date(2024, 9, 30)
    assert parse_date("30/9/2024") == date(2024, 9, 30)  # a CE year stays CE
    for bad in ["", "-", "abc", "31 ก.พ. 67", "ต.ค. ๖๖ - ก.ย. ๖๗", None]:
        assert parse_date(bad) is None


# ---------------------------------------------------------------- fiscal years


def test_fiscal_year_edge_30_sep_1_oct():
    assert fiscal_year_of(date(2023, 9, 30)) == 2566
    assert fiscal_year_of(date(2023, 10, 1)) == 2567
    assert fiscal_year_of(date(2024, 9, 30)) == 2567
    assert fiscal_year_of(date(2024, 10, 1)) == 2568
    assert fiscal_year_of(date(2024, 1, 1)) == 2567


def test_fiscal_year_range_round_trip():
    start, end = fiscal_year_range(2567)
    assert (start, end) == (date(2023, 10, 1), date(2024, 9, 30))
    for year in range(2560, 2575):
        start, end = fiscal_year_range(year)
        assert fiscal_year_of(start) == fiscal_year_of(end) == year
        assert fiscal_year_of(start - timedelta(days=1)) == year - 1
        assert fiscal_year_of(end + timedelta(days=1)) == year + 1


def test_round_range():
    assert round_range(2567, 6) == (date(2023, 10, 1), date(2024, 3, 31))
    assert round_range(2567, 12) == (date(2023, 10, 1), date(2024, 9, 30))
    with pytest.raises(ValueError):
        round_range(2567, 9)


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๕๐,๐๐๐.๐๐", Decimal("50000.00")),  # seed 004 summary table
        ("๑๐๐,๐๐๐.๐๐", Decimal("100000.00")),  # seed 004 summary table
        ("๐.๐๐", Decimal("0.00")),  # seed 004 summary table
        ("๑๐๐,๐๐๐", Decimal("100000")),  # seed 004 detailed table, งบประมาณ
        ("84.67", Decimal("84.67")),  # seed 001 question score
        ("100.00", Decimal("100.00")),  # seed 001
        ("๘๕", Decimal("85")),
        ("50,000 บาท", Decimal("50000")),
        ("50,000.-", Decimal("50000")),
        ("1.", Decimal("1")),  # seed 001 numbered column "1."
        (" 95.5 % ", Decimal("95.5")),
        ("-12", Decimal("-12")),
        ("−12", Decimal("-12")),
        (7, Decimal("7")),
        ("-", None),
        ("", None),
        (None, None),
        ("ไม่ใช้งบประมาณ", None),  # seed 004 detailed table
        (". ๐๐๐.", None),  # seed 004 OCR slip "เบิกจ่ายงบประมาณ . ๐๐๐. บาท"
        ("abc", None),
        ("1,00", None),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


def test_dot_as_thousands_only_for_money():
    # seed 004's detailed table writes thirty thousand baht as "๓๐.๐๐๐"
    assert parse_number("๓๐.๐๐๐", dot_thousands=True) == Decimal("30000")
    assert parse_number("1.500.000", dot_thousands=True) == Decimal("1500000")
    # a score or any other number keeps its decimals; "0.005" is never five thousand
    assert parse_number("85.000") == Decimal("85.000")
    assert parse_number("1.500") == Decimal("1.500")
    assert parse_number("0.005", dot_thousands=True) == Decimal("0.005")


def test_validate_uses_the_money_rule_only_for_money():
    from itadesk.domain import validate

    assert validate.money("งบประมาณ", "๓๐.๐๐๐") == Decimal("30000.00")
    assert validate.score("คะแนน", "85.000") == 85.0
    with pytest.raises(Exception) as err:
        validate.score("คะแนน", 10**400)
    assert "คะแนน" in str(err.value)


def test_money_format():
    assert money(Decimal("50000")) == "50,000.00"
    assert money(Decimal("50000"), thai_digits=True) == "๕๐,๐๐๐.๐๐"
    assert money(None) == "-"
    assert parse_number(money(Decimal("1234567.5"), thai_digits=True)) == Decimal("1234567.50")


# ---------------------------------------------------------------- cleaning pasted text


def test_clean_text_checkbox_inputs_from_seed_000():
    row = (FIXTURES / "seed000_checkbox_row.txt").read_text(encoding="utf-8").rstrip("\n")
    status = row.split("\t")[4]
    assert status.startswith('<input type="checkbox"/> ยังไม่ได้ดำเนินการ <input checked=""')
    cleaned = clean_text(status)
    assert cleaned.startswith("ยังไม่ได้ดำเนินการ ✓ ดำเนินการ - เผยแพร่คู่มือ")
    assert "<" not in cleaned and "input" not in cleaned
    assert is_checked('<input checked="" type="checkbox"/>')
    assert not is_checked('<input type="checkbox"/>')


def test_clean_text_paragraphs_from_seed_002():
    line = (FIXTURES / "seed002_markdown_rows.txt").read_text(encoding="utf-8").splitlines()[-1]
    cell = line.split("|")[1]
    assert cell.strip().startswith("<p>๑. แบบวัดการรับรู้")
    cleaned = clean_text(cell)
    assert cleaned.splitlines()[0].startswith("๑. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน")
    assert (
        cleaned.splitlines()[-1]
        == "(๓) การใช้อำนาจ (๔) การใช้ทรัพย์สินของทางราชการ (๕) การแก้ไขปัญหาการทุจริต"
    )
    assert "<p>" not in cleaned and "</p>" not in cleaned


def test_clean_text_small_quirks():
    assert clean_text("a<br>b<br/>c") == "a\nb\nc"
    assert clean_text("  ๕๐,๐๐๐.๐๐\u00a0 ") == "๕๐,๐๐๐.๐๐"
    assert clean_text("สำ\u200bนัก") == "สำนัก"  # zero-width space from Word
    assert clean_text("กํา") == "กำ"  # nikhahit + sara aa typed for sara am
    assert clean_text("R&amp;D &lt;ok&gt;") == "R&D <ok>"
    assert clean_text("a\r\nb\rc") == "a\nb\nc"
    assert clean_text("a  \t  b") == "a b"
    assert clean_text("") == ""
    assert clean_text(None) == ""


@pytest.mark.parametrize("mark", ["✓", "✔", "☑", "√", "x", "X", "/", " ✓ "])
def test_is_checked(mark):
    assert is_checked(mark)


@pytest.mark.parametrize("mark", ["", "-", "☐", None, "ไม่"])
def test_is_not_checked(mark):
    assert not is_checked(mark)
