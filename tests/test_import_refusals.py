"""Every reason a package is refused: the message names the file and the reason (Thai and
English), and the aggregation database is byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import io
import json
import random
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from itadesk.domain.framework import framework_for
from itadesk.exchange import reader, synthetic
from itadesk.exchange.errors import REASONS
from itadesk.exchange.importer import import_files
from itadesk.storage.aggregation import AggregationError, count_packages, open_aggregation_db

FW = framework_for(2567)


def _valid(code="1001001") -> bytes:
    return synthetic.synthetic_package(FW, random.Random(code), code, "ทดสอบ", "เมือง", "ในเมือง")


VALID = _valid()


def _members(pkg: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(pkg)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def _zip(entries, *, attr=0o100644) -> bytes:
    """A ZIP of (name, bytes[, unix mode]) entries, duplicates allowed."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: we want them
        for entry in entries:
            name, body = entry[:2]
            info = zipfile.ZipInfo(name, date_time=(2024, 10, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (entry[2] if len(entry) > 2 else attr) << 16
            zf.writestr(info, body)
    return buf.getvalue()


def repack(pkg: bytes = VALID, *, data=None, manifest=None, replace=None, drop=(), extra=(),
           fix=True) -> bytes:
    """Rebuild a package: `data(obj)` edits data.json, `manifest(obj)` edits the manifest,
    `replace` maps member -> new bytes, `drop` removes members, `extra` adds entries; with
    `fix` the manifest's sizes and hashes are recomputed (so only the edit is wrong)."""
    members = dict(_members(pkg))
    if data is not None:
        obj = json.loads(members["data.json"])
        data(obj)
        members["data.json"] = json.dumps(obj, ensure_ascii=False).encode()
    for name, body in (replace or {}).items():
        members[name] = body
    man = json.loads(members.pop("manifest.json"))
    if fix:
        man["members"] = [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                          for n, b in members.items()]
    if manifest is not None:
        manifest(man)
    for name in drop:
        members.pop(name, None)
    entries = [("manifest.json", json.dumps(man).encode())] + list(members.items()) + list(extra)
    return _zip(entries)


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    for p in (path, Path(str(path) + "-wal")):
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture
def agg_path(tmp_path):
    """An aggregation database that already holds one office."""
    path = tmp_path / "district.db"
    good = tmp_path / "good.ita.zip"
    good.write_bytes(_valid("1001002"))
    with open_aggregation_db(path) as agg:
        assert import_files(agg, [good]).imported == 1
    return path


def refuse(tmp_path, agg_path, body: bytes, reason: str, name="bad-2567.ita.zip", **kw):
    f = tmp_path / name
    f.write_bytes(body)
    before = _digest(agg_path)
    with open_aggregation_db(agg_path) as agg:
        report = import_files(agg, [f], **kw)
        assert count_packages(agg) == 1
    assert _digest(agg_path) == before, "the aggregation database changed"
    (outcome,) = report.outcomes
    assert outcome.status == "refused"
    assert outcome.reason == reason, outcome.en
    th, en = outcome.message("th"), outcome.message("en")
    assert name in th and name in en
    assert REASONS[reason][0] in th and REASONS[reason][1] in en
    return outcome


def test_the_valid_package_imports(tmp_path, agg_path):
    f = tmp_path / "ok.ita.zip"
    f.write_bytes(VALID)
    with open_aggregation_db(agg_path) as agg:
        assert import_files(agg, [f]).outcomes[0].status == "imported"
        assert count_packages(agg) == 2


def test_repack_without_edits_is_still_valid():
    assert reader.read_package(repack(), framework_for, "x").data.office.code == "1001001"


# ------------------------------------------------------------------ not a ZIP, damaged

def test_not_a_zip(tmp_path, agg_path):
    refuse(tmp_path, agg_path, b"hello, this is a text file\n", "not_zip")


def test_an_office_database_given_as_a_package(tmp_path, agg_path):
    from itadesk.storage.database import open_db

    with open_db(tmp_path / "office.db") as office:
        office.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    o = refuse(tmp_path, agg_path, (tmp_path / "office.db").read_bytes(), "not_zip")
    assert "database" in o.en


def test_truncated_zip(tmp_path, agg_path):
    refuse(tmp_path, agg_path, VALID[: len(VALID) // 2], "damaged_zip")


def test_truncated_at_the_very_end(tmp_path, agg_path):
    refuse(tmp_path, agg_path, VALID[:-10], "damaged_zip")


def test_damaged_member_data(tmp_path, agg_path):
    info = zipfile.ZipFile(io.BytesIO(VALID)).getinfo("data.json")
    start = info.header_offset + 30 + len(info.filename) + 100
    body = bytearray(VALID)
    body[start:start + 50] = bytes(50)
    refuse(tmp_path, agg_path, bytes(body), "damaged_zip")


# ------------------------------------------------------------------ member names and kinds

@pytest.mark.parametrize("evil", ["/etc/passwd", "../evil.txt", "pdf/../../evil.txt",
                                  "C:/Windows/evil.txt", "..\\evil.txt", "./data2.json",
                                  "pdf//x.pdf"])
def test_path_that_is_absolute_or_climbs_out(tmp_path, agg_path, evil):
    o = refuse(tmp_path, agg_path, repack(extra=[(evil, b"x")]), "unsafe_path")
    assert evil[:10] in o.en


def test_symlink_member(tmp_path, agg_path):
    body = repack(extra=[("pdf/link.pdf", b"/etc/passwd", 0o120777)])
    refuse(tmp_path, agg_path, body, "link")


def test_duplicate_member_names(tmp_path, agg_path):
    members = _members(VALID)
    refuse(tmp_path, agg_path, _zip(members + [("data.json", members[1][1])]), "duplicate")


def test_duplicate_names_differing_only_in_case(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(extra=[("DATA.json", b"{}")]), "duplicate")


def test_unlisted_member(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(extra=[("notes.txt", b"hello")], fix=False),
           "unexpected_member")


def test_encrypted_member(tmp_path, agg_path):
    body = bytearray(VALID)
    with zipfile.ZipFile(io.BytesIO(VALID)) as zf:
        offsets = [i.header_offset for i in zf.infolist()]
    # set the "encrypted" flag bit in the central directory entries
    pos = body.find(b"PK\x01\x02")
    while pos >= 0:
        body[pos + 8] |= 0x01
        pos = body.find(b"PK\x01\x02", pos + 4)
    for off in offsets:
        body[off + 6] |= 0x01
    refuse(tmp_path, agg_path, bytes(body), "encrypted")


# ------------------------------------------------------------------ sizes and bombs

def test_member_over_the_size_limit(tmp_path, agg_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_PDF", 4096)
    big_pdf = b"%PDF-1.4\n" + random.Random(1).randbytes(8000)
    refuse(tmp_path, agg_path, repack(replace={"pdf/plan.pdf": big_pdf}), "too_large")


def test_total_over_the_size_limit(tmp_path, agg_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_TOTAL", 100_000)
    refuse(tmp_path, agg_path, VALID, "too_large")


def test_package_file_over_the_size_limit(tmp_path, agg_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_PACKAGE", 10_000)
    refuse(tmp_path, agg_path, VALID, "too_large")


def test_too_many_members(tmp_path, agg_path):
    extra = [(f"pdf/x{i}.pdf", b"%PDF-") for i in range(40)]
    refuse(tmp_path, agg_path, repack(extra=extra), "too_large")


def test_zip_bomb_by_compression_ratio(tmp_path, agg_path):
    bomb = b"%PDF-1.4\n" + bytes(20 * 2**20)  # 20 MB of zeros deflates to ~20 KB
    refuse(tmp_path, agg_path, repack(replace={"pdf/oit.pdf": bomb}), "zip_bomb")


def _patch_declared_size(pkg: bytes, member: str, new_size: int) -> bytes:
    """Make the central directory and local header lie about a member's uncompressed size."""
    body = bytearray(pkg)
    with zipfile.ZipFile(io.BytesIO(pkg)) as zf:
        local = zf.getinfo(member).header_offset
    struct.pack_into("<I", body, local + 22, new_size)
    pos = body.find(b"PK\x01\x02")
    while pos >= 0:
        n = struct.unpack_from("<H", body, pos + 28)[0]
        if bytes(body[pos + 46:pos + 46 + n]) == member.encode():
            struct.pack_into("<I", body, pos + 24, new_size)
        pos = body.find(b"PK\x01\x02", pos + 4)
    return bytes(body)


def test_member_inflating_past_its_declared_size_is_refused(tmp_path, agg_path):
    # the manifest and the ZIP both claim 100 bytes; the data inflates to far more: reading
    # stops at the declared size and the CRC no longer matches
    pkg = repack(manifest=lambda m: [e.update(size=100) for e in m["members"]
                                      if e["name"] == "data.json"])
    o = refuse(tmp_path, agg_path, _patch_declared_size(pkg, "data.json", 100), "damaged_zip")
    assert "CRC" in o.en


def test_member_reading_stops_at_the_byte_cap():
    with zipfile.ZipFile(io.BytesIO(VALID)) as zf:
        info = zf.getinfo("data.json")
        with pytest.raises(reader.PackageError) as exc:
            reader._read_member("x.ita.zip", zf, info, 1000)
    assert exc.value.reason == "zip_bomb"


# ------------------------------------------------------------------ manifest and members

def test_missing_pdf_member(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(drop=["pdf/oit.pdf"]), "missing_member")


def test_missing_manifest(tmp_path, agg_path):
    entries = [(n, b) for n, b in _members(VALID) if n != "manifest.json"]
    refuse(tmp_path, agg_path, _zip(entries), "missing_member")


def test_manifest_without_a_document(tmp_path, agg_path):
    body = repack(drop=["pdf/memo.pdf"], manifest=lambda m: m.update(
        members=[e for e in m["members"] if e["name"] != "pdf/memo.pdf"]))
    o = refuse(tmp_path, agg_path, body, "missing_member")
    assert "pdf/memo.pdf" in o.en


def test_newer_package_format(tmp_path, agg_path):
    o = refuse(tmp_path, agg_path, repack(manifest=lambda m: m.update(format_version=99)),
               "newer_format")
    assert "update" in o.en and "ปรับปรุง" in o.th


def test_newer_data_format(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(data=lambda d: d.update(format_version=3)), "newer_format")


def test_hash_mismatch(tmp_path, agg_path):
    members = dict(_members(VALID))
    pdf = bytearray(members["pdf/plan.pdf"])
    pdf[-20] ^= 0xFF
    refuse(tmp_path, agg_path, repack(replace={"pdf/plan.pdf": bytes(pdf)}, fix=False),
           "hash_mismatch")


def test_pdf_member_that_is_not_a_pdf(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(replace={"pdf/oit.pdf": b"MZ\x90\x00 not a pdf"}), "bad_pdf")


def test_manifest_that_is_not_json(tmp_path, agg_path):
    entries = [(n, b"{oops" if n == "manifest.json" else b) for n, b in _members(VALID)]
    refuse(tmp_path, agg_path, _zip(entries), "bad_json")


# ------------------------------------------------------------------ data.json content

def test_invalid_utf8(tmp_path, agg_path):
    raw = dict(_members(VALID))["data.json"].replace("หนองบัว".encode(), b"\xff\xfe\xfd", 1)
    refuse(tmp_path, agg_path, repack(replace={"data.json": raw}), "bad_utf8")


@pytest.mark.parametrize("raw", [b"{not json", b'{"a": NaN}', b'{"a": 1, "a": 2}',
                                 b"[" * 100_000 + b"]" * 100_000, b'{"a": 1e999}'])
def test_invalid_json(tmp_path, agg_path, raw):
    refuse(tmp_path, agg_path, repack(replace={"data.json": raw}), "bad_json")


def test_score_out_of_range(tmp_path, agg_path):
    o = refuse(tmp_path, agg_path, repack(
        data=lambda d: d["assessment"]["indicator_scores"].update({"7": 150})), "invalid_value")
    assert "0" in o.en and "100" in o.en


def test_negative_budget(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(data=lambda d: d["plan_items"][0].update(budget="-5.00")),
           "invalid_value")


def test_implausible_budget(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(
        data=lambda d: d["plan_items"][0].update(budget="9999999999999.00")), "invalid_value")


def test_date_out_of_range(tmp_path, agg_path):
    def edit(d):
        d["memos"][0]["date"] = "1999-01-01"
    o = refuse(tmp_path, agg_path, repack(data=edit), "invalid_value")
    assert "memos[0].date" in o.en


def test_impossible_date(tmp_path, agg_path):
    def edit(d):
        d["memos"][0]["date"] = "2024-02-30"
    refuse(tmp_path, agg_path, repack(data=edit), "invalid_value")


def test_fiscal_year_out_of_range(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(data=lambda d: d.update(year=3000)), "invalid_value")


def test_unknown_oit_code(tmp_path, agg_path):
    o = refuse(tmp_path, agg_path, repack(data=lambda d: d["oit"][0].update(code="o99")),
               "unknown_code")
    assert "o99" in o.en


def test_unknown_question_code(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(
        data=lambda d: d["assessment"]["question_scores"].update({"x42": 50})), "unknown_code")


def test_absurdly_long_string(tmp_path, agg_path):
    o = refuse(tmp_path, agg_path, repack(data=lambda d: d["office"].update(name="ก" * 1_000_000)),
               "too_long")
    assert "office.name" in o.en


def test_unknown_field(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(data=lambda d: d["office"].update(evil="x")), "invalid_value")


def test_wrong_type(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(data=lambda d: d["measures"][0].update(title=["x"])),
           "invalid_value")


def test_manifest_and_data_disagree(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(manifest=lambda m: m.update(office_code="9999999")),
           "mismatch")


def test_stated_total_disagrees_with_the_framework(tmp_path, agg_path):
    refuse(tmp_path, agg_path, repack(data=lambda d: d["scores"].update(total=99.99)), "mismatch")


def test_year_without_a_framework(tmp_path, agg_path):
    def edit(d):
        d["year"] = 2600
    refuse(tmp_path, agg_path, repack(data=edit, manifest=lambda m: m.update(fiscal_year=2600)),
           "no_framework")


# ------------------------------------------------------------------ the database itself

def test_office_file_is_refused_as_aggregation_database(tmp_path):
    from itadesk.storage.database import open_db

    path = tmp_path / "office.db"
    with open_db(path):
        pass
    before = _digest(path)
    with pytest.raises(AggregationError) as exc:
        open_aggregation_db(path)
    assert "office" in exc.value.message("en") and "หน่วยงาน" in exc.value.message("th")
    assert _digest(path) == before


def test_foreign_file_is_refused_as_aggregation_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database")
    with pytest.raises(AggregationError):
        open_aggregation_db(path)
    assert path.read_text() == "not a database"


def test_members_read_straight_from_the_package_equal_zipfile_reading():
    with zipfile.ZipFile(io.BytesIO(VALID)) as zf:
        for info in zf.infolist():
            assert reader._inflate_member(VALID, info, info.file_size) == zf.read(info)
    stored = _zip([(n, b) for n, b in _members(VALID)])  # (all deflated again, other offsets)
    with zipfile.ZipFile(io.BytesIO(stored)) as zf:
        info = zf.getinfo("data.json")
        assert reader._inflate_member(stored, info, info.file_size) == zf.read(info)
        # anything unusual goes back to zipfile, which names the fault
        assert reader._inflate_member(stored, info, info.file_size - 1) is None
        broken = bytearray(stored)
        broken[info.header_offset + 30] ^= 0x20  # the local header's name differs
        assert reader._inflate_member(bytes(broken), info, info.file_size) is None
