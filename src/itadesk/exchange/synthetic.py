"""Synthetic packages for benchmarks, fuzzing and tests: the demo office's year with a new
identity and random scores, OIT progress and plan results, in valid packages.

The PDFs are tiny placeholders (a valid one-page PDF of a few hundred bytes) so that a whole
country of packages is quick to make; the data.json is demo-sized (about 120 KB), like a
real office's.
"""

from __future__ import annotations

import copy
import random
from datetime import UTC, datetime
from decimal import Decimal

from ..domain.framework import Framework
from ..domain.office import OFFICE_KINDS
from . import datajson
from .package import PDF_KINDS, assemble_package

PROVINCES = 77
OFFICES = 7_850


def placeholder_pdf(text: str = "itadesk placeholder") -> bytes:
    """A minimal valid one-page PDF (correct xref offsets), made without ReportLab."""
    safe = "".join(c for c in text if c.isascii() and c.isprintable() and c not in "()\\")
    stream = f"BT /F1 12 Tf 72 720 Td ({safe}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


_BASE: dict | None = None


def demo_dict(fw: Framework) -> dict:
    """The demo office's year as a data.json object (built once, in memory)."""
    global _BASE
    if _BASE is None or _BASE["year"] != fw.fiscal_year:
        from ..demo import create_demo
        from ..storage.database import open_db
        from ..storage.queries import load_year

        with open_db(None) as office:
            create_demo(office)
            data = load_year(office)
        data.year = fw.fiscal_year
        _BASE = datajson.encode(data, fw)
    return _BASE


def country(n: int = OFFICES, provinces: int = PROVINCES):
    """(code, province, district, tambon) for n offices spread over the provinces, about
    nine offices to a district, as in Thailand."""
    per_province = -(-n // provinces)
    for i in range(n):
        p, k = divmod(i, per_province)
        d, t = divmod(k, 9)
        yield (f"{p + 10:02d}{d + 1:02d}{t + 1:03d}", f"ทดสอบ{p + 1:02d}",
               f"อำเภอที่{d + 1:02d}", f"ตำบลที่{t + 1}")


def synthetic_dict(fw: Framework, rng: random.Random, code: str, province: str, district: str,
                   tambon: str) -> dict:
    """A valid data.json object for one fictional office (scores consistent with `fw`)."""
    from ..domain import scoring

    obj = copy.deepcopy(demo_dict(fw))
    year = fw.fiscal_year
    kind = rng.choice(list(OFFICE_KINDS)[:3])
    office = obj["office"]
    office.update(code=code, kind=kind, name=f"{tambon}{code[-3:]}", tambon=tambon,
                  district=district, province=province)
    skill = rng.uniform(55, 99)  # how good this office is, so indicators correlate

    def score(spread=12.0):
        return round(min(100.0, max(0.0, rng.gauss(skill, spread))), 2)

    questions = {}
    for q in fw.questions:
        questions[q.code] = score()
    done = {}
    for item in fw.oit_items:
        done[item.code] = rng.random() < skill / 100.0
        questions[item.code] = 100.0 if done[item.code] else 0.0
    indicators = {}
    for ind in fw.indicators:
        indicators[ind.no] = score()
    if obj["assessment"] is not None:
        obj["assessment"].update(year=year, indicator_scores={str(k): v for k, v in indicators.items()},
                                 question_scores=questions, reported_total=None,
                                 national_rank=rng.randint(1, OFFICES))
    for row in obj["oit"]:
        row["status"] = "done" if done.get(row["code"], False) else rng.choice(
            ["not_started", "in_progress"])
    budgets = {i["id"]: i["budget"] for i in obj["plan_items"]}
    for res in obj["round_results"]:
        res["status"] = rng.choices(["done", "in_progress", "cannot", "pending"], [6, 2, 1, 1])[0]
        b = budgets.get(res["item_id"])
        if b is not None and res["disbursed"] is not None:
            res["disbursed"] = f"{Decimal(b) * Decimal(rng.randint(0, 100)) / 100:.2f}"
    result = scoring.compute(fw, indicators, questions)
    obj["scores"] = datajson.scores_dict(result)
    obj["framework"] = datajson.framework_identity(fw)
    return obj


def synthetic_package(fw: Framework, rng: random.Random, code: str, province: str,
                      district: str, tambon: str, pdf: bytes | None = None,
                      created_at: datetime | None = None) -> bytes:
    obj = synthetic_dict(fw, rng, code, province, district, tambon)
    pdf = pdf or placeholder_pdf()
    full = OFFICE_KINDS[obj["office"]["kind"]][0] + obj["office"]["name"]
    return assemble_package(datajson.dumps(obj), code, full, fw.fiscal_year,
                            {k: pdf for k in PDF_KINDS},
                            created_at=created_at or datetime(2024, 10, 15, tzinfo=UTC))
