"""D1's options (issue 13): the indicator table ordered by score, high to low (seed 003's
"คะแนนสูงสุดรายตัวชี้วัด"), and an image the clerk supplies (the ITAS graph seed 001 pastes)
printed after the program's own chart; bad images refused naming the field."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from itadesk.domain.assessment import Assessment
from itadesk.domain.errors import ValidationError
from itadesk.domain.framework import framework_for
from itadesk.domain.indicator_names import indicator_no
from itadesk.domain.office import Office
from itadesk.domain.thaitext import to_arabic_digits
from itadesk.storage import operations as ops
from itadesk.storage import queries as q
from test_itas import png

FIX = Path(__file__).parent / "fixtures"
NEEDS_POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def seed003_table() -> dict[int, float]:
    fw = framework_for(2563)
    out = {}
    for line in (FIX / "seed_indicator_names.txt").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if cells[0] == "2563":
            out[indicator_no(fw, cells[2])] = float(to_arabic_digits(cells[3]))
    return out


@pytest.fixture
def office_2563(office_db):
    ops.save_office(office_db, Office(code="6460101", kind="อบต.", name="บ่อแก้ว",
                                      district="นาคู", province="กาฬสินธุ์"))
    ops.save_assessment(office_db, Assessment(year=2563, indicator_scores=seed003_table(),
                                              order_by_score=True))
    return office_db


def test_summary_rows_ordered_by_score(office_2563):
    from itadesk.reports.analysis import summary_rows
    from itadesk.reports.common import DocContext
    from itadesk.reports.typesetter import Typesetter

    def make_context(data, _kind):
        return DocContext(data=data, framework=framework_for(data.year), ts=Typesetter())

    data = q.load_year(office_2563, 2563)
    assert data.assessment.order_by_score is True
    ctx = make_context(data, "analysis")
    rows, spans = summary_rows(ctx)
    scores = [float(to_arabic_digits(r[3]).replace(",", "")) for r in rows[:-1]]
    assert scores == sorted(scores, reverse=True) and len(scores) == 10
    assert rows[0][2] == "การใช้อำนาจ" and rows[-2][2] == "การป้องกันการทุจริต"
    assert rows[-1][0] == "คะแนนรวม"
    # off again: framework order by instrument
    ops.save_assessment(office_2563, dataclasses.replace(data.assessment, order_by_score=False))
    rows, _ = summary_rows(make_context(q.load_year(office_2563, 2563), "analysis"))
    assert [r[1] for r in rows[:-1]] == [to_thai(n) for n in range(1, 11)]


def to_thai(n: int) -> str:
    from itadesk.domain.thaitext import to_thai_digits

    return to_thai_digits(str(n))


@NEEDS_POPPLER
def test_d1_prints_the_supplied_image(office_2563, tmp_path):
    from itadesk.reports.render import render_document

    assert ops.save_d1_image(office_2563, 2563, png(300, 150)) == "image/png"
    res = render_document(q.load_year(office_2563, 2563), "analysis", tmp_path / "d1.pdf")
    images = subprocess.run(["pdfimages", "-list", str(res.path)], capture_output=True,
                            check=True).stdout.decode().splitlines()[2:]
    assert any(" 300 " in line and " 150 " in line for line in images)
    for bad, words in ((b"GIF89a" + b"\0" * 40, "PNG หรือ JPEG"),
                       (b"\x89PNG\r\n\x1a\n" + b"\0" * (5 * 2**20 + 1), "5 MB")):
        with pytest.raises(ValidationError) as err:
            ops.save_d1_image(office_2563, 2563, bad)
        assert err.value.field == "รูปภาพกราฟของ D1" and words in err.value.th
    assert q.load_d1_image(office_2563, 2563) == ("image/png", png(300, 150))
    ops.save_d1_image(office_2563, 2563, None)
    assert q.load_d1_image(office_2563, 2563) is None


def test_order_by_score_travels_in_the_package_as_v2(office_2563):
    from itadesk.exchange import datajson

    data = q.load_year(office_2563, 2563)
    obj = json.loads(datajson.dumps(datajson.encode(data, framework_for(2563))))
    assert obj["format_version"] == 2 and obj["assessment"]["order_by_score"] is True
    back, _ = datajson.decode(obj, framework_for)
    assert back.assessment.order_by_score is True
