"""D3 of year Y cites the ITA Y-1 result its measures answer (seed 000: "…ประจำปีงบประมาณ
พ.ศ. ๒๕๖๖ โดยภาพรวมอยู่ในระดับ ผ่านดี…") when the same file holds workspace Y-1 with scores
enough for a total; otherwise the opening names the year only, as before."""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import zipfile

import pytest
from docx import Document

from itadesk.demo import DEMO_YEAR, create_demo
from itadesk.domain.assessment import Assessment
from itadesk.domain.framework import framework_for
from itadesk.exchange.package import PDF_KINDS, build_package_bytes
from itadesk.exchange.reader import read_package
from itadesk.reports.docx import render_docx
from itadesk.reports.render import render_document
from itadesk.storage import operations
from itadesk.storage.database import open_db
from itadesk.storage.queries import load_year
from test_documents import flat, pdf_pages
from test_exchange import _pdf as small_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

PREV = DEMO_YEAR - 1  # 2566
# ITA 2566 by framework 2566 (30/30/40, total rounded down): IIT 1–5 = 89.64,
# EIT 6–8 = 87.0166…, OIT 9–10 = 89.35 → 26.892 + 26.105 + 35.74 = 88.737 → 88.73, "ผ่านดี"
# (every instrument ≥ 85, total < 95).
SCORES_2566 = {1: 92.5, 2: 88.1, 3: 90, 4: 86.4, 5: 91.2, 6: 89, 7: 84.3, 8: 87.75, 9: 93.1,
               10: 85.6}
CITED = ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งได้คะแนนภาพรวม ๘๘.๗๓ คะแนน ผลการประเมินอยู่ในระดับ "
         "“ผ่านดี” (ผ่านเกณฑ์ ๘๕ คะแนน) และกำหนดมาตรการ")
PLAIN = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ และกำหนดมาตรการ"


def demo_file(path, previous: dict | None = None, *, year_only: bool = False):
    """The demo office (workspace 2567) and, when asked, a workspace 2566: empty
    (`year_only`) or holding `previous` indicator scores."""
    with open_db(path) as office:
        create_demo(office)
        if year_only:
            operations.ensure_year(office, PREV)
        if previous is not None:
            operations.save_assessment(office, Assessment(year=PREV, indicator_scores=previous))
    return path


def load(path, year=DEMO_YEAR):
    with open_db(path, create=False, read_only=True) as office:
        return load_year(office, year)


def opening_pdf(data, tmp_path, name="results.pdf") -> str:
    res = render_document(data, "results", tmp_path / name)
    return flat(pdf_pages(res.path)[0])


def opening_docx(data, tmp_path) -> str:
    doc = Document(str(render_docx(data, "results", tmp_path / "results.docx").path))
    return next(p.text for p in doc.paragraphs if p.text.startswith("ตามที่"))


@pytest.fixture(scope="module")
def with_2566(tmp_path_factory):
    return demo_file(tmp_path_factory.mktemp("prev") / "office.db", SCORES_2566)


def test_storage_reads_the_previous_years_scores(with_2566, tmp_path):
    data = load(with_2566)
    assert data.previous_assessment is not None
    assert data.previous_assessment.year == PREV
    assert data.previous_assessment.indicator_scores == {k: float(v) for k, v in SCORES_2566.items()}
    assert load(with_2566, PREV).previous_assessment is None  # the file has no 2565
    assert load(demo_file(tmp_path / "plain.db")).previous_assessment is None


def test_pdf_opening_cites_the_previous_total_and_level(with_2566, tmp_path):
    text = opening_pdf(load(with_2566), tmp_path)
    assert flat(CITED) in text
    assert flat(PLAIN) not in text


def test_cited_result_is_what_d1_of_the_previous_year_prints(with_2566, tmp_path):
    d1 = flat(pdf_pages(render_document(load(with_2566, PREV), "analysis",
                                        tmp_path / "a.pdf").path)[0])
    result = flat("ได้คะแนนภาพรวม ๘๘.๗๓ คะแนน ผลการประเมินอยู่ในระดับ “ผ่านดี” (ผ่านเกณฑ์ ๘๕ คะแนน)")
    assert result in d1
    assert result in opening_pdf(load(with_2566), tmp_path)


def test_docx_opening_cites_it_too(with_2566, tmp_path):
    assert CITED in opening_docx(load(with_2566), tmp_path)


def test_arabic_digits_setting_applies_to_the_cited_result(with_2566, tmp_path):
    data = load(with_2566)
    data = dataclasses.replace(data, settings=dataclasses.replace(data.settings, thai_digits=False))
    text = opening_pdf(data, tmp_path)
    assert flat("พ.ศ. 2566 ซึ่งได้คะแนนภาพรวม 88.73 คะแนน") in text
    assert flat("(ผ่านเกณฑ์ 85 คะแนน)") in text


def test_a_failed_previous_year_is_cited_as_failed(tmp_path):
    low = {no: 70 for no in range(1, 11)}
    text = opening_pdf(load(demo_file(tmp_path / "low.db", low)), tmp_path)
    assert flat("ได้คะแนนภาพรวม ๗๐.๐๐ คะแนน ผลการประเมินอยู่ในระดับ “ต้องปรับปรุง” "
                "(ไม่ผ่านเกณฑ์ ๘๕ คะแนน)") in text


@pytest.mark.parametrize("case", ["no previous year", "previous year without scores",
                                  "an indicator missing"])
def test_without_a_previous_total_the_opening_stays_as_before(case, tmp_path):
    if case == "no previous year":
        path = demo_file(tmp_path / "o.db")
    elif case == "previous year without scores":
        path = demo_file(tmp_path / "o.db", year_only=True)
    else:
        path = demo_file(tmp_path / "o.db", {k: v for k, v in SCORES_2566.items() if k != 7})
    data = load(path)
    text = opening_pdf(data, tmp_path)
    assert flat(PLAIN) in text and "ซึ่งได้คะแนน" not in text
    docx = opening_docx(data, tmp_path)
    assert PLAIN in docx and "ซึ่งได้คะแนน" not in docx


def test_package_keeps_one_year_and_its_d3_data_cannot_cite(with_2566):
    """data.json holds year Y only: the format is unchanged and data read from a package
    has no previous result (D3 printed from it names the year only)."""
    data = load(with_2566)
    fw = framework_for(DEMO_YEAR)
    raw = build_package_bytes(data, fw, {k: small_pdf(k) for k in PDF_KINDS})
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        obj = json.loads(zf.read("data.json"))
    assert "previous_assessment" not in obj
    assert obj["assessment"]["year"] == DEMO_YEAR
    back = read_package(raw, framework_for)
    assert back.data.previous_assessment is None
    assert back.data == data  # the cited year is context, not part of the year's data
