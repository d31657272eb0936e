"""D1–D5 printed from the data: every entered value appears in the PDF's text, totals and
rates equal the domain's, empty sections say "ไม่มีข้อมูล", bad input stops with a message."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from io import BytesIO

import pytest

from itadesk.domain.errors import ItadeskError
from itadesk.domain.measures import Measure
from itadesk.domain.oit import OitProgress
from itadesk.domain.plan import RoundResult, summarize
from itadesk.domain.thaitext import money, to_thai_digits
from itadesk.domain.yeardata import YearData
from itadesk.reports.render import KINDS, RenderResult, render_document
from test_documents_sample import INDICATORS_2567, QUESTIONS_2567, sample_year

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdf_pages(path, mode: str = "-layout") -> list[str]:
    """The text of each page (pages split at form feeds). "-layout" keeps lines as on paper;
    "-raw" keeps the drawing order, so a wrapped table cell reads as one run of text."""
    out = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def flat(text: str) -> str:
    """Text without any whitespace: cells wrap, so compare values with spaces removed."""
    return re.sub(r"\s+", "", text)


def render(data, kind, tmp_path, **kw) -> tuple[RenderResult, list[str]]:
    res = render_document(data, kind, tmp_path / f"{kind}.pdf", **kw)
    pages = pdf_pages(res.path)
    assert res.pages == len(pages)
    return res, pages


def assert_all_in(values, text):
    if isinstance(text, RenderResult):
        text = "".join(pdf_pages(text.path, "-raw"))
    body = flat(text)
    missing = [v for v in values if flat(v) not in body]
    assert not missing, f"not printed: {missing}"


@pytest.fixture(scope="module")
def year2567():
    return sample_year(2567)


# ------------------------------------------------------------------ D1


def test_analysis_prints_scores_level_findings_and_chart(year2567, tmp_path):
    res, pages = render(year2567, "analysis", tmp_path)
    text = "\n".join(pages)
    d = year2567
    assert_all_in([d.office.full_name, "อำเภอเมืองตัวอย่าง", "จังหวัดสมมุติ",
                   "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"], pages[0])
    # total 92.13 by the 2567 rule (weighted means, cut to 2 decimals), level by the bands
    assert "๙๒.๑๓" in pages[0]
    assert "“ผ่าน”" in pages[0]  # EIT 82.14 < 85: a pass, but not ผ่านดี
    assert "๑,๕๑๙" in pages[0]
    scores = [to_thai_digits(f"{v:.2f}") for v in INDICATORS_2567.values()]
    assert_all_in(scores, pages[0])
    # question-level rows, grouped into the 7 issues
    assert_all_in([to_thai_digits(f"{v:.2f}") for v in QUESTIONS_2567.values()], res)
    assert_all_in([f"ข้อ {c}" for c in QUESTIONS_2567], res)
    for n in range(1, 8):
        assert f"ประเด็นที่ {to_thai_digits(str(n))}" in text
    assert "ข้อบกพร่อง/ข้อแก้ไข/ปรับปรุง/รักษาระดับ" in text
    for f in d.findings:
        assert_all_in([f.weaknesses, f.fixes] + ([f.keep] if f.keep else []), res)
    # chart: labels printed as shaped text
    assert "เกณฑ์ผ่าน ๘๕ คะแนน" in text
    # the two lists: urgent and to develop
    urgent = text.index("ข้อบกพร่องที่ต้องแก้ไขอย่างเร่งด่วน")
    develop = text.index("ประเด็นที่ต้องพัฒนา", urgent)
    assert flat(d.findings[0].weaknesses) in flat(text[urgent:develop])
    assert flat(d.findings[1].weaknesses) in flat(text[develop:])
    assert flat(d.findings[1].weaknesses) not in flat(text[urgent:develop])


def test_analysis_by_indicator_up_to_2566(tmp_path):
    data = sample_year(2566)
    res, pages = render(data, "analysis", tmp_path)
    text = "\n".join(pages)
    assert "การวิเคราะห์ผลการประเมินรายตัวชี้วัด" in text
    assert "ประเด็นที่ ๑ " not in text
    assert "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ" in text
    assert_all_in([data.findings[1].weaknesses], res)


def test_arabic_digits_setting(tmp_path):
    data = sample_year(2567, thai_digits=False)
    res, pages = render(data, "analysis", tmp_path)
    assert "92.13" in pages[0] and "๙๒.๑๓" not in pages[0]
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pages[0]


# ------------------------------------------------------------------ D2, D3


def test_measures_for_next_year(year2567, tmp_path):
    res, pages = render(year2567, "measures", tmp_path)
    text = "\n".join(pages)
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" in pages[0]  # D2 of workspace 2567 is for 2568
    for m in year2567.next_measures:
        assert_all_in([m.title, m.steps, m.period, m.units, m.follow_up], res)
    assert "ประเด็นที่ ๑ กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ" in text
    assert_all_in(["มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีปฏิบัติ", "ระยะเวลาดำเนินการ",
                   "ผู้รับผิดชอบ", "การติดตามผล"], pages[0])


def test_results_status_boxes_and_grouping(year2567, tmp_path):
    res, pages = render(year2567, "results", tmp_path)
    text = "\n".join(pages)
    for m in year2567.measures:
        assert_all_in([m.title] + [v for v in (m.steps, m.summary, m.outcome, m.evidence) if v],
                      res)
    assert "☑ ดำเนินการแล้ว" in text and "☐ ยังไม่ได้ดำเนินการ" in text
    assert "☑ อยู่ระหว่างดำเนินการ" in text
    # by indicator (2566's names: the measures answer ITA 2566)
    assert "ตัวชี้วัดที่ ๒ การใช้งบประมาณ" in text
    assert "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน" not in text
    assert "ทั้งหมด ๓ รายการ ดำเนินการแล้ว ๑ รายการ" in text

    res = render_document(year2567, "results", tmp_path / "by_ins.pdf", group_by="instrument")
    text2 = "\n".join(pdf_pages(res.path))
    iit = text2.index("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน")
    eit = text2.index("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก")
    oit = text2.index("(Open Data Integrity and Transparency Assessment: OIT)")
    assert iit < text2.index("ตัวชี้วัดที่ ๒") < eit < text2.index("ตัวชี้วัดที่ ๖") < oit \
        < text2.index("ตัวชี้วัดที่ ๙")
    with pytest.raises(ItadeskError, match="group_by|จัดกลุ่ม"):
        render_document(year2567, "results", BytesIO(), group_by="colour")


# ------------------------------------------------------------------ D4


def test_oit_checklist_every_item_of_the_framework(year2567, tmp_path):
    from itadesk.domain.framework import framework_for

    fw = framework_for(2567)
    res, pages = render(year2567, "oit", tmp_path)
    text = "\n".join(pages)
    for item in fw.oit_items:
        assert re.search(rf"\b{item.code}\b", text), item.code
    assert "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน" in text
    assert "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต" in text  # items without a sub-indicator
    assert_all_in([c for item in fw.oit_items for c in item.components_th], res)  # components
    p1, p5 = year2567.oit
    assert_all_in([p1.progress, p1.evidence_url, p5.progress, "ข้อมูลการติดต่อหน่วยงาน"], res)
    assert "ทั้งหมด ๓๕ ข้อ ดำเนินการแล้ว ๑ ข้อ อยู่ระหว่างดำเนินการ ๑ ข้อ ยังไม่ได้ดำเนินการ ๓๓ ข้อ" \
        in text


def test_unknown_item_code_stops_naming_it(tmp_path):
    data = sample_year(2567)
    data.oit.append(OitProgress(year=2567, code="o99", status="done"))
    with pytest.raises(ItadeskError) as exc:
        render_document(data, "oit", tmp_path / "x.pdf")
    assert "o99" in exc.value.message("th") and "o99" in exc.value.message("en")
    assert "แก้ไขกรอบการประเมิน" in exc.value.message("th")  # says how to go on
    assert not (tmp_path / "x.pdf").exists()


def test_year_without_framework_stops_naming_it(tmp_path):
    data = sample_year(2567)
    data.year = 2559
    with pytest.raises(ItadeskError) as exc:
        render_document(data, "analysis", tmp_path / "x.pdf")
    assert "2559" in exc.value.message("th")
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_kind(year2567):
    with pytest.raises(ItadeskError, match="budget"):
        render_document(year2567, "budget", BytesIO())


# ------------------------------------------------------------------ D5


def test_plan_report_totals_rate_and_period(year2567, tmp_path):
    res, pages = render(year2567, "plan", tmp_path, round=6)
    text = "\n".join(pages)
    d = year2567
    rs = summarize(d.plan_items, d.round_results[6], 2567, 6)
    assert "๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗" in text
    assert "จัดทำโดย" in pages[0] and "งานนิติการ สำนักปลัด" in pages[0]
    assert "ร้อยละ " + to_thai_digits(f"{rs.rate:.2f}") in text and rs.level in text
    assert f"ดำเนินการแล้วเสร็จ {to_thai_digits(str(rs.done))} โครงการ" in text
    assert f"ไม่สามารถดำเนินการได้ {to_thai_digits(str(rs.cannot))} โครงการ" in text
    assert f"อยู่ระหว่างดำเนินการ {to_thai_digits(str(rs.in_progress))} โครงการ" in text
    tm = lambda v: money(v, thai_digits=True)  # noqa: E731
    assert_all_in([tm(rs.budget), tm(rs.disbursed), tm(rs.remaining)], res)
    # the totals row of the summary table: done, cannot, budget, non-budget, disbursed, remaining
    total_row = next(line for line in text.splitlines() if line.strip().startswith("รวม"))
    assert total_row.split()[1:] == [to_thai_digits(str(rs.done)), to_thai_digits(str(rs.cannot)),
                                     tm(rs.budget), to_thai_digits(str(rs.non_budget_items)),
                                     tm(rs.disbursed), tm(rs.remaining)]
    for item in d.plan_items:
        assert_all_in([item.name, item.method, item.kpi, item.period], res)
        if item.uses_budget:
            assert tm(item.budget) in text
    rep = d.round_reports[6]
    assert_all_in([rep.preface, rep.background, rep.context, rep.input, rep.process, rep.product,
                   rep.achievements, rep.benefits, rep.problems, rep.suggestions, rep.next_steps],
                  res)
    assert text.count("✓") >= rs.done + rs.cannot + rs.non_budget_items


def test_plan_contents_page_numbers_match_the_pages(year2567, tmp_path):
    """Seed 004's numbering: cover, คำนำ and สารบัญ unnumbered, the body from ๑; the contents
    has a "หน้า" column and gives each section's page range."""
    res, pages = render(year2567, "plan", tmp_path)
    toc_page = next(i for i, p in enumerate(pages) if "สารบัญ" in p)
    assert "หน้า" in pages[toc_page]
    entries = re.findall(r"^\s*([๑-๙]\.\s.+?)\s*(?:\.\s*){3,}([๐-๙]+)(?:\s*-\s*([๐-๙]+))?\s*$",
                         pages[toc_page], re.M)
    assert len(entries) == 3
    num = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
    for p in pages[:toc_page + 1]:  # the front matter carries no page number
        assert not re.search(r"^\s*-\s*[๐-๙]+\s*-\s*$", p, re.M), p[:200]
    body = pages[toc_page + 1:]
    expected_start = 1
    for title, first, last in entries:
        a = int(first.translate(num))
        b = int(last.translate(num)) if last else a
        assert a == expected_start, (title, a)  # ranges follow each other from ๑
        head = title.split()[0] + " " + title.split()[1]
        assert head in body[a - 1], (title, a)
        if a > 1:  # the page shows its own number "- n -" at the top (not the body's first)
            assert f"-{first}-" in flat(body[a - 1])
        expected_start = b + 1
    assert expected_start - 1 == len(body)  # the last range ends on the last page


def test_plan_twelve_months_period(year2567, tmp_path):
    data = sample_year(2567)
    data.round_results[12] = {i.id: RoundResult(item_id=i.id, year=2567, round=12, status="done")
                              for i in data.plan_items}
    assert data.latest_round() == 12
    res, pages = render(data, "plan", tmp_path)  # the round defaults to the latest reported
    text = "\n".join(pages)
    assert "๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗" in text
    assert "รอบ ๑๒ เดือน" in pages[0]
    assert "ร้อยละ ๑๐๐.๐๐" in text


# ------------------------------------------------------------------ memo, warnings, output


def test_with_memo_in_front_as_one_pdf(year2567, tmp_path):
    plain = render_document(year2567, "plan", tmp_path / "a.pdf")
    res, pages = render(year2567, "plan", tmp_path, with_memo=True)
    assert "บันทึกข้อความ" in pages[0] and "รายงานผลการดำเนินงานตามแผน" in pages[0]
    assert res.pages > plain.pages
    assert "จัดทำโดย" in pages[res.pages - plain.pages]  # the cover follows the memo
    with pytest.raises(ItadeskError):
        render_document(year2567, "analysis", BytesIO(), with_memo=True)  # no memo written


def test_with_memo_each_round_has_its_own(year2567, tmp_path):
    """Round 6 prints the 6-month memo ("plan6"), round 12 the 12-month one ("plan"); a
    round without its memo is refused (the other round's memo never stands in)."""
    from copy import copy

    from itadesk.domain.memo import Memo

    data = copy(year2567)
    six = year2567.memos["plan6"]
    twelve = Memo(year=2567, document="plan", ref_no="สส ๗๑๙๐๑/๙๙๙",
                  subject="รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต รอบ ๑๒ เดือน",
                  to=six.to, body=["รายงานรอบ ๑๒ เดือน"])
    data.memos = {"plan6": six, "plan": twelve}
    for rnd, own, other in ((6, six, twelve), (12, twelve, six)):
        res, pages = render(data, "plan", tmp_path, round=rnd, with_memo=True)
        assert flat(own.subject) in flat(pages[0]) and flat(own.ref_no) in flat(pages[0])
        assert flat(other.subject) not in flat("".join(pages))
    data.memos = {"plan": twelve}
    with pytest.raises(ItadeskError) as err:
        render_document(data, "plan", tmp_path / "x.pdf", round=6, with_memo=True)
    assert err.value.field == "with_memo" and "รอบ ๖ เดือน" in err.value.message("th")
    assert not (tmp_path / "x.pdf").exists()


def test_memo_document_prints_the_six_month_memo_before_the_twelve(year2567, tmp_path):
    from copy import copy

    from itadesk.domain.memo import Memo

    data = copy(year2567)
    twelve = Memo(year=2567, document="plan", subject="บันทึกรอบสิบสองเดือน", body=["ข้อความ"])
    data.memos = {"plan": twelve, "plan6": year2567.memos["plan6"]}
    text = flat("".join(render(data, "memo", tmp_path)[1]))
    assert text.index(flat(year2567.memos["plan6"].subject)) < text.index(flat(twelve.subject))


def test_with_memo_the_report_numbers_its_own_pages(year2567, tmp_path):
    """The memo in front keeps its own "- ๒ -" numbering; the report behind it counts from 1
    again, and its contents give those numbers (as when it is printed alone)."""
    plain, plain_pages = render(year2567, "plan", tmp_path)
    res, pages = render(year2567, "plan", tmp_path, with_memo=True)
    memo_n = res.pages - plain.pages
    assert memo_n >= 1

    def top_number(page: str) -> str | None:
        first = next((ln for ln in page.splitlines() if ln.strip()), "")
        m = re.fullmatch(r"\s*-\s*([๐-๙]+)\s*-\s*", first)
        return m.group(1) if m else None

    assert top_number(pages[0]) is None
    for k in range(1, memo_n):
        assert top_number(pages[k]) == to_thai_digits(str(k + 1))
    report = pages[memo_n:]
    assert top_number(report[0]) is None  # the report's cover: its page 1
    assert [top_number(p) for p in report] == [top_number(p) for p in plain_pages]
    toc = next(p for p in report if "สารบัญ" in p)
    assert toc == next(p for p in plain_pages if "สารบัญ" in p)


def test_memo_document_alone(year2567, tmp_path):
    res, pages = render(year2567, "memo", tmp_path)
    assert "บันทึกข้อความ" in pages[0]
    assert_all_in([year2567.memos["plan6"].subject], pages[0])


def test_warnings_are_returned_and_printing_goes_on(tmp_path):
    data = sample_year(2567)
    item = data.plan_items[0]
    data.round_results[6][item.id] = RoundResult(item_id=item.id, year=2567, round=6,
                                                 status="done", disbursed=item.budget + 1)
    data.assessment.reported_total = 95.0
    res = render_document(data, "plan", tmp_path / "p.pdf")
    codes = {p.code for p in res.warnings}
    assert {"disbursed_over_budget", "total_mismatch"} <= codes
    assert res.path.exists() and res.pages > 3


def test_binary_output_and_progress(year2567):
    buf = BytesIO()
    seen = []
    res = render_document(year2567, "measures", buf, progress=seen.append)
    assert res.path is None and buf.getvalue().startswith(b"%PDF")
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


# ------------------------------------------------------------------ bad input


def empty_year(year=2567) -> YearData:
    data = sample_year(year)
    return YearData(office=data.office, year=year)


@pytest.mark.parametrize("kind", KINDS)
def test_empty_year_prints_no_data_lines(kind, tmp_path):
    res, pages = render(empty_year(), kind, tmp_path)
    text = "\n".join(pages)
    if kind == "oit":  # the checklist is the framework's: every item, none started
        assert "ทั้งหมด ๓๕ ข้อ ดำเนินการแล้ว ๐ ข้อ" in text
    else:
        assert "ไม่มีข้อมูล" in text


def long_units(what: str, n: int) -> list[str]:
    return [f"{what}ลำดับ{k}ต้องอาศัยความร่วมมือของทุกฝ่ายในหน่วยงาน" for k in range(1, n + 1)]


def assert_long_cell_printed(units: list[str], res: RenderResult) -> None:
    """Every piece of a long cell is printed; a piece cut by a page break may not read back
    in one run, so at most one per page break may be missing from the text."""
    body = flat("".join(pdf_pages(res.path, "-raw")))
    missing = [u for u in units if flat(u) not in body]
    assert len(missing) <= res.pages - 1, missing
    assert flat(units[-1]) in body


def test_long_tables_repeat_their_header_and_long_cells_split(tmp_path):
    data = sample_year(2567, n_items=200)
    units = long_units("การป้องกันการทุจริต", 90)
    long_text = " ".join(units)
    assert len(long_text) > 5000
    data.plan_items[3].method = long_text
    res, pages = render(data, "plan", tmp_path)
    toc = next(i for i, p in enumerate(pages) if "สารบัญ" in p)
    detail = next(i for i, p in enumerate(pages) if "๓. รายงานผลการดำเนินงาน" in p and i > toc)
    summary = next(i for i, p in enumerate(pages) if "๒. สรุปผลการดำเนินงาน" in p and i > toc)
    assert detail - summary > 3
    for p in pages[summary:detail]:  # the summary table's 2-row header on each page
        assert "ผลการดำเนินการ" in p and "ไม่ใช้" in p and "เบิกจ่าย" in p
    # the signature block may start a page of its own after the table (rows are not cut
    # to make room for it): the table's pages are the ones before it
    end = len(pages)
    if re.sub(r"^-[๐-๙]+-", "", flat(pages[-1])).startswith("(ลงชื่อ)"):
        end -= 1
    for p in pages[detail:end]:
        assert "วิธีการดำเนินงาน" in p and "หน่วยงาน" in p
    assert_long_cell_printed(units, res)
    assert "๒๐๐" in pages[end - 1]  # the last item is printed
    # no text runs off the page: every line of every page fits the landscape width
    widths = subprocess.run(["pdftotext", "-bbox", str(res.path), "-"], capture_output=True,
                            check=True).stdout.decode()
    for page in re.findall(r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', widths, re.S):
        w = float(page[0])
        for x_max in re.findall(r'xMax="([\d.]+)"', page[1]):
            assert float(x_max) <= w


def test_five_thousand_character_cell_in_measures(tmp_path):
    data = sample_year(2567)
    units = long_units("ขั้นตอน", 100)
    text = " ".join(units)
    assert len(text) > 5000
    data.next_measures.append(Measure(year=2568, target="issue:2", title="มาตรการยาว",
                                      steps=text, position=5))
    res, pages = render(data, "measures", tmp_path)
    assert res.pages >= 2
    assert_long_cell_printed(units, res)
    assert all("ขั้นตอน/วิธีปฏิบัติ" in p for p in pdf_pages(res.path, "-raw"))


def test_money_with_decimals_and_no_budget(tmp_path):
    data = sample_year(2567)
    res, pages = render(data, "plan", tmp_path)
    text = "\n".join(pages)
    assert "๑๒๕,๕๐๐.๕๐" in text  # budget with satang
    assert_all_in(["ไม่ใช้งบประมาณ"], res)
    assert Decimal("125500.50") in {i.budget for i in data.plan_items}
