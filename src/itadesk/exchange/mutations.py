"""Damaged and hostile variants of a valid package, for fuzzing the importer
(tests/test_import_fuzz.py with hypothesis, bench/fuzz_import.py with any number of cases).

Each mutator takes a valid package and a random.Random and returns new bytes. `check_case`
imports one candidate into an aggregation database and reports whether the importer crashed
(raised anything but a refusal) or wrote partially (a refusal that changed the database, or an
import whose rows do not match the package).
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile
from datetime import date
from decimal import Decimal

from ..domain.assessment import Assessment, Finding
from ..domain.framework import Framework
from ..domain.measures import Measure
from ..domain.memo import CommentBlock, Memo, Signer
from ..domain.office import Office, Person, Unit
from ..domain.oit import OitProgress
from ..domain.plan import ActionPlan, PlanItem, RoundReport, RoundResult
from ..domain.yeardata import YearData
from .package import PDF_KINDS, build_package_bytes
from .synthetic import placeholder_pdf


def small_year(fw: Framework) -> YearData:
    """A small but complete office year (a few rows of everything): quick to check."""
    y = fw.fiscal_year
    office = Office(code="9900101", kind="อบต.", name="ทดลองฟัซ", district="เมือง", province="ทดสอบ",
                    units=[Unit("สำนักปลัด", "0 4300 0000")],
                    people=[Person("นางสาวทดลอง ใจดี", "นักวิเคราะห์นโยบายและแผน", "proposer")])
    scores = {i.no: 80.0 + i.no for i in fw.indicators}
    questions = {q.code: 90.0 for q in fw.questions}
    data = YearData(office=office, year=y,
                    assessment=Assessment(year=y, indicator_scores=scores, question_scores=questions,
                                          national_rank=120))
    target = f"issue:{fw.issues[0].no}" if fw.issues else f"ind:{fw.indicators[0].no}"
    data.findings = [Finding(year=y, target=target, weaknesses="ยังเผยแพร่ข้อมูลไม่ครบ",
                             fixes="ปรับปรุงเว็บไซต์", urgency="urgent", id=1)]
    data.measures = [Measure(year=y, target="ind:9", title="เผยแพร่ข้อมูลให้ครบ", status="done",
                             summary="ดำเนินการแล้ว", id=1)]
    data.next_measures = [Measure(year=y + 1, target="ind:1", title="อบรมคุณธรรม", id=2)]
    data.oit = [OitProgress(year=y, code=item.code, status="done" if k % 3 else "in_progress",
                            progress="เผยแพร่แล้ว", evidence_url="https://example.go.th/x")
                for k, item in enumerate(fw.oit_items[:6])]
    data.plan = ActionPlan(y - 1, y + 3)
    data.plan_items = [PlanItem(name="โครงการอบรม", dimension=1, budget=Decimal("15000.00"), id=1),
                       PlanItem(name="มาตรการเปิดเผยข้อมูล", dimension=2, item_type="มาตรการ", id=2)]
    data.round_results = {6: {1: RoundResult(item_id=1, year=y, round=6, status="done",
                                             disbursed=Decimal("12000.50")),
                              2: RoundResult(item_id=2, year=y, round=6, status="in_progress")}}
    data.round_reports = {6: RoundReport(year=y, round=6, preface="คำนำ")}
    data.memos = {"analysis": Memo(year=y, document="analysis", subject="รายงานผล",
                                   date=date(y - 544, 11, 1), body=["ย่อหน้าแรก"],
                                   proposer=Signer("นางสาวทดลอง ใจดี", "นักวิเคราะห์"),
                                   chain=[CommentBlock("ความเห็นของปลัด", Signer("นายปลัด", "ปลัด"))])}
    return data


def small_package(fw: Framework) -> bytes:
    pdf = placeholder_pdf()
    return build_package_bytes(small_year(fw), fw, {k: pdf for k in PDF_KINDS})


# ------------------------------------------------------------------ helpers


def members(pkg: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(pkg)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def rezip(entries: list[tuple], *, fix_manifest: bool = True) -> bytes:
    """A ZIP of (name, bytes[, unix mode[, method]]) entries; with fix_manifest the manifest's
    member list is recomputed so the package passes the hash checks."""
    entries = list(entries)
    if fix_manifest:
        for k, e in enumerate(entries):
            if e[0] == "manifest.json":
                try:
                    man = json.loads(e[1])
                    man["members"] = [{"name": x[0], "size": len(x[1]),
                                       "sha256": hashlib.sha256(x[1]).hexdigest()}
                                      for x in entries if x[0] != "manifest.json"]
                    entries[k] = ("manifest.json", json.dumps(man, ensure_ascii=False).encode(), *e[2:])
                except (ValueError, TypeError, AttributeError):
                    pass
    buf = io.BytesIO()
    import warnings

    with zipfile.ZipFile(buf, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for e in entries:
            info = zipfile.ZipInfo(e[0], date_time=(2024, 10, 1, 0, 0, 0))
            info.compress_type = e[3] if len(e) > 3 else zipfile.ZIP_DEFLATED
            info.external_attr = (e[2] if len(e) > 2 else 0o100644) << 16
            zf.writestr(info, e[1])
    return buf.getvalue()


WEIRD_VALUES = [None, True, False, 0, -1, 1, 2**31, -(2**63), 10**30, 0.5, -0.0, 1e308, 101, 100.001,
                "", " ", "x" * 30_000, "ก" * 200, "\u0000", "\ud7ff", "../../etc", "o99", "ind:0",
                "issue:99", "2024-02-30", "9999999999999.99", "-1.00", "1e3", "NaN", [], {}, [1, 2],
                {"a": 1}, "2567", 2567, 2499, 2701, "done", "cannot", "<script>"]


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, (*prefix, i))


def set_path(obj, path, value):
    if not path:
        return value
    target = obj
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return obj


def pick_path(obj, rng: random.Random):
    paths = list(_paths(obj))
    return paths[rng.randrange(len(paths))]


# ------------------------------------------------------------------ mutators


def flip_bytes(pkg: bytes, rng: random.Random) -> bytes:
    body = bytearray(pkg)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(body))
        body[i] = rng.randrange(256)
    return bytes(body)


def cut_or_splice(pkg: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(pkg))
    choice = rng.randrange(3)
    if choice == 0:
        return pkg[:i]
    if choice == 1:
        return pkg[:i] + rng.randbytes(rng.randint(1, 64)) + pkg[i:]
    j = min(len(pkg), i + rng.randint(1, 256))
    return pkg[:i] + pkg[j:]


def json_value(pkg: bytes, rng: random.Random, member: str = "data.json", value=None,
               fix: bool = True) -> bytes:
    """Replace one value anywhere in data.json (or the manifest) with a weird one."""
    entries = members(pkg)
    for k, (name, body) in enumerate(entries):
        if name == member:
            obj = json.loads(body)
            path = pick_path(obj, rng)
            new = value if value is not None else rng.choice(WEIRD_VALUES)
            obj = set_path(obj, path, new)
            entries[k] = (name, json.dumps(obj, ensure_ascii=False).encode())
    return rezip(entries, fix_manifest=fix and member != "manifest.json")


def drop_key(pkg: bytes, rng: random.Random) -> bytes:
    entries = members(pkg)
    for k, (name, body) in enumerate(entries):
        if name == "data.json":
            obj = json.loads(body)
            dicts = [p for p in _paths(obj) if isinstance(_get(obj, p), dict) and _get(obj, p)]
            p = rng.choice(dicts)
            d = _get(obj, p)
            d.pop(rng.choice(list(d)))
            entries[k] = (name, json.dumps(obj, ensure_ascii=False).encode())
    return rezip(entries)


def _get(obj, path):
    for key in path:
        obj = obj[key]
    return obj


NAMES = ["/abs.pdf", "../up.pdf", "pdf/../../x", "C:/x.pdf", "a\\b.pdf", "pdf/x.pdf", "DATA.JSON",
         "data.json", "manifest.json", "pdf/", ".", "", "x" * 300, "pdf/analysis.pdf", "ก.pdf"]


def member_names(pkg: bytes, rng: random.Random, name: str | None = None) -> bytes:
    """Rename, duplicate, add or re-mode a member (links, folders, stored/deflated)."""
    entries = [list(e) for e in members(pkg)]
    k = rng.randrange(len(entries))
    new = name if name is not None else rng.choice(NAMES)
    op = rng.randrange(4)
    if op == 0:
        entries[k][0] = new
    elif op == 1:
        entries.append([new, entries[k][1]])
    elif op == 2:
        entries[k] = [entries[k][0], entries[k][1], rng.choice([0o120777, 0o040755, 0o100755])]
    else:
        entries.append([new, rng.randbytes(rng.randint(0, 100))])
    return rezip([tuple(e) for e in entries], fix_manifest=rng.random() < 0.7)


def _strings(obj, prefix=()):
    return [p for p in _paths(obj) if isinstance(_get(obj, p), str)]


def lone_surrogate(pkg: bytes, rng: random.Random) -> bytes:
    """One string of data.json (or the manifest) given half a UTF-16 pair, written as the JSON
    escape \\udxxx (what a program that pastes Windows text into JSON can produce)."""
    member = rng.choice(["data.json", "data.json", "manifest.json"])
    entries = members(pkg)
    for k, (name, body) in enumerate(entries):
        if name == member:
            obj = json.loads(body)
            path = rng.choice(_strings(obj))
            half = chr(rng.choice([0xD800, 0xDBFF, 0xDC00, 0xDFFF, rng.randrange(0xD800, 0xE000)]))
            old = _get(obj, path)
            cut = rng.randint(0, len(old))
            set_path(obj, path, old[:cut] + half + old[cut:])
            entries[k] = (name, json.dumps(obj).encode())  # ensure_ascii: the escape
    return rezip(entries, fix_manifest=member != "manifest.json")


def cp874_member_name(pkg: bytes, rng: random.Random) -> bytes:
    """A member's name as bytes in cp874 without the UTF-8 flag: the package re-zipped on a
    Thai Windows PC (a folder around it, or a member renamed in Thai)."""
    thai = rng.choice(["เอกสาร", "แผน", "ข้อมูล", "ไอทีเอ", "ปี๒๕๖๗"]).encode("cp874")
    entries = members(pkg)
    k = rng.randrange(len(entries))
    placeholder = ("Q" * len(thai))
    name = entries[k][0]
    entries[k] = (rng.choice([f"{placeholder}/{name}", placeholder + ".pdf", name.replace(".", f"{placeholder}.", 1)]),
                  entries[k][1])
    body = rezip(entries, fix_manifest=rng.random() < 0.5)
    return body.replace(placeholder.encode(), thai)  # same length: offsets stay right


LOOK_ALIKE_CODES = ["64O99O1", "06409901", "6409901-", "640990l", "6409901 1", "๖๔O๙๙๐๑",
                    "6409901\u200b", "640-9901", "64099Ol", "ABCDEFG", "640990", "64099010",
                    "６４０９９０１"]


def look_alike_code(pkg: bytes, rng: random.Random) -> bytes:
    """The office code replaced by a look-alike of a real one, in data.json and the manifest
    alike (so only the code itself is wrong)."""
    code = rng.choice(LOOK_ALIKE_CODES)
    entries = members(pkg)
    for k, (name, body) in enumerate(entries):
        if name in ("data.json", "manifest.json"):
            obj = json.loads(body)
            if name == "data.json":
                obj["office"]["code"] = code
            else:
                obj["office_code"] = code
            entries[k] = (name, json.dumps(obj, ensure_ascii=False).encode())
    return rezip(entries)


def many_entries(pkg: bytes, rng: random.Random, n: int | None = None) -> bytes:
    """The package's members followed by very many empty ones (or a ZIP of nothing else)."""
    n = n if n is not None else rng.choice([33, 100, 1000, rng.randint(33, 20_000)])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        if rng.random() < 0.5:
            for name, body in members(pkg):
                zf.writestr(zipfile.ZipInfo(name, (2024, 10, 1, 0, 0, 0)), body)
        for i in range(n):
            zf.writestr(zipfile.ZipInfo(f"pdf/{i:07d}.pdf", (2024, 10, 1, 0, 0, 0)), b"")
    return buf.getvalue()


MUTATORS = (flip_bytes, cut_or_splice, json_value, drop_key, member_names)
# the package cases of issue 17 (bench/fuzz_import.py mixes them in)
PACKAGE_MUTATORS = (lone_surrogate, cp874_member_name, look_alike_code, many_entries)


def mutate(pkg: bytes, rng: random.Random) -> bytes:
    return rng.choice(MUTATORS)(pkg, rng)


# ------------------------------------------------------------------ one fuzz case


def db_state(agg) -> tuple:
    from ..storage import aggregation as store

    return store.table_counts(agg)


def check_case(agg, fw_for, body: bytes, name: str = "fuzz.ita.zip") -> str:
    """Import `body`; returns "refused", "imported", "crash: …" or "partial: …". An imported
    package is removed again so every case starts from the same database."""
    from ..storage import aggregation as store
    from .errors import PackageError
    from .importer import _write, record_from
    from .reader import read_package

    before = db_state(agg)
    try:
        pkg = read_package(body, fw_for, name)
    except PackageError:
        after = db_state(agg)
        return "refused" if after == before else f"partial: {before} -> {after}"
    except Exception as exc:  # the whole point: anything else is a crash
        return f"crash: {type(exc).__name__}: {exc}"[:300]
    try:
        rec = record_from(pkg)
        outcome = _write(agg, name, rec, [], True, None)
    except Exception as exc:
        return f"crash: {type(exc).__name__}: {exc}"[:300]
    if not outcome.ok:
        after = db_state(agg)
        return "refused" if after == before else f"partial: {before} -> {after}"
    expected = (before[0] + (0 if outcome.status == "replaced" else 1),)
    after = db_state(agg)
    if after[0] != expected[0] or not store.package_complete(agg, rec):
        return f"partial: {before} -> {after}"
    store.delete_package(agg, rec.office_code, rec.year)
    return "imported"
