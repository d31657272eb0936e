"""Hostile and unlucky imports (issue 17, "Packages and the aggregation file"): one bad file
never stops a batch, a full disk reports only what was committed, two import runs at once,
--replace with an older copy, look-alike office codes and names, ZIPs of very many entries,
the aggregation file on a network share."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import time
import tracemalloc
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from itadesk.domain.framework import framework_for
from itadesk.exchange import synthetic
from itadesk.exchange.importer import import_files
from itadesk.storage import aggregation as store
from itadesk.storage.aggregation import count_packages, open_aggregation_db

FW = framework_for(2567)
SRC = Path(__file__).resolve().parent.parent / "src"
CP874_NAME = "ปราณี".encode("cp874")  # a Thai file name as a Windows PC or a FAT stick keeps it


def _pkg(code: str, *, district="เมือง", province="ทดสอบ", created=None, seed=0) -> bytes:
    pkg = synthetic.synthetic_package(FW, random.Random(f"{code}{seed}"), code, province,
                                      district, "ตำบล")
    if created is None:
        return pkg
    from itadesk.exchange.package import DATA, PDF_KINDS, assemble_package, pdf_member

    with zipfile.ZipFile(io.BytesIO(pkg)) as zf:  # the same package exported at `created`
        man = json.loads(zf.read("manifest.json"))
        data = zf.read(DATA)
        pdfs = {k: zf.read(pdf_member(k)) for k in PDF_KINDS}
    return assemble_package(data, man["office_code"], man["office_name"], man["fiscal_year"],
                            pdfs, created_at=created)


def _members(pkg: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(pkg)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def _rezip(members: list[tuple[str, bytes]], *, raw_names: dict[str, bytes] | None = None) -> bytes:
    """A package with its manifest's hashes recomputed; `raw_names` gives members a name of
    raw bytes without the UTF-8 flag (what Windows' "Send to compressed folder" writes)."""
    body = dict(members)
    man = json.loads(body.pop("manifest.json"))
    man["members"] = [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                      for n, b in body.items()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in [("manifest.json", json.dumps(man).encode()), *body.items()]:
            zf.writestr(zipfile.ZipInfo(name, (2024, 10, 1, 0, 0, 0)), data)
    out = buf.getvalue()
    for name, raw in (raw_names or {}).items():
        # same length, so every offset stays right; the cp437 reading is what zipfile sees
        assert len(raw) == len(name.encode())
        out = out.replace(name.encode(), raw)
    return out


def _with_data(pkg: bytes, edit) -> bytes:
    members = _members(pkg)
    out = []
    for name, body in members:
        if name == "data.json":
            obj = json.loads(body)
            edit(obj)
            body = json.dumps(obj).encode()  # ensure_ascii: a lone surrogate as \\udxxx
        out.append((name, body))
    return _rezip(out)


def _run(args, env_extra=None, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SRC), "ITADESK_LANG": "en", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "itadesk", *args], capture_output=True,
                          env=env, timeout=300, **kw)


# ------------------------------------------------------------------ one bad file, a whole batch


def test_a_batch_goes_on_past_surrogates_and_names_that_are_not_utf8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good1 = folder / "1001001-2567.ita.zip"
    good1.write_bytes(_pkg("1001001"))
    surrogate = folder / "1001002-2567.ita.zip"  # a lone surrogate in a stored name
    surrogate.write_bytes(_with_data(_pkg("1001002"),
                                     lambda o: o["office"].update(name="ทดสอบ\ud800")))
    hidden = folder / "1001003-2567.ita.zip"  # ... and in a field only kept in data.json
    hidden.write_bytes(_with_data(_pkg("1001003"),
                                  lambda o: o["office"].update(address="หมู่ ๑ \udfff")))
    # re-zipped on a Thai Windows PC: a folder name in cp874 without the UTF-8 flag
    rezipped = folder / "1001004-2567.ita.zip"
    members = [(("ITA-1/" if n == "pdf/plan.pdf" else "") + n, b) for n, b in _members(_pkg("1001004"))]
    rezipped.write_bytes(_rezip(members, raw_names={"ITA-1": "ไอทีเอ".encode("cp874")[:5]}))
    # a valid package whose name on disk is cp874 bytes (a FAT stick, a Windows share)
    odd = Path(os.fsdecode(bytes(folder) + b"/" + CP874_NAME + b".ita.zip"))
    odd.write_bytes(_pkg("1001005"))
    good2 = folder / "1001006-2567.ita.zip"
    good2.write_bytes(_pkg("1001006"))
    agg = tmp_path / "agg.db"
    files = [good1, surrogate, hidden, rezipped, odd, good2]

    r = _run(["import", "--into", str(agg), *map(os.fsencode, files)],
             env_extra={"LC_ALL": "C", "PYTHONIOENCODING": ""})
    out, err = r.stdout.decode("utf-8"), r.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    assert r.returncode == 1, (out, err)
    lines = [ln for ln in (out + err).splitlines() if ln.startswith("[")]
    assert len(lines) == 6  # one line per file
    assert "1001001-2567.ita.zip: imported" in out and "1001006-2567.ita.zip: imported" in out
    assert "1001002-2567.ita.zip refused: invalid UTF-8" in err and "surrogate" in err
    assert "1001003-2567.ita.zip refused: invalid UTF-8" in err
    assert "1001004-2567.ita.zip refused: an unlisted member" in err and "re-zipped" in err
    assert "ไอทีเ" in err  # the Thai folder name shown as the PC wrote it, not as cp437 noise
    assert "ปราณี.ita.zip: imported" in out
    assert "3 imported, 3 refused" in out
    with open_aggregation_db(agg) as db:
        rows = {r["office_code"]: r["source_name"] for r in store.office_rows(db, 2567)}
    assert rows == {"1001001": "1001001-2567.ita.zip", "1001005": "ปราณี.ita.zip",
                    "1001006": "1001006-2567.ita.zip"}


def test_a_program_error_on_one_file_is_that_files_refusal(tmp_path, monkeypatch):
    from itadesk.exchange import importer

    real = importer.record_from
    files = []
    for code in ("1002001", "1002002", "1002003"):
        f = tmp_path / f"{code}-2567.ita.zip"
        f.write_bytes(_pkg(code))
        files.append(f)

    def record_from(pkg):
        if pkg.data.office.code == "1002002":
            raise ZeroDivisionError("a defect")
        return real(pkg)

    monkeypatch.setattr(importer, "record_from", record_from)
    with open_aggregation_db(tmp_path / "agg.db") as db:
        report = import_files(db, files, workers=1)
        assert count_packages(db) == 2
    assert [o.status for o in report.outcomes] == ["imported", "refused", "imported"]
    assert report.outcomes[1].reason == "internal" and "ZeroDivisionError" in report.outcomes[1].en


# ------------------------------------------------------------------ a full disk


def _files(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(exist_ok=True)
    out = []
    for i in range(start, start + n):
        f = folder / f"{3000000 + i}-2567.ita.zip"
        f.write_bytes(_pkg(str(3000000 + i)))
        out.append(f)
    return out


def test_a_full_disk_reports_only_what_was_committed(tmp_path, monkeypatch):
    from itadesk.exchange import importer

    monkeypatch.setattr(importer, "COMMIT_EVERY", 4)
    files = _files(tmp_path / "in", 14)
    path = tmp_path / "agg.db"
    with open_aggregation_db(path) as db:
        import_files(db, files[:2], workers=1)
        pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's own "database or disk is full" once the file would grow by ~6 packages
        db.conn.execute(f"PRAGMA max_page_count={pages + 40}")
        seen = []
        report = import_files(db, files[2:], workers=1,
                              progress=lambda i, n, o: seen.append((i, o.status, o.reason)))
        assert not db.conn.in_transaction
    assert [i for i, _s, _r in seen] == list(range(1, 13))  # every file has its line, in order
    imported = [o.file for o in report.outcomes if o.ok]
    not_stored = [o for o in report.outcomes if not o.ok]
    assert imported and not_stored
    assert all(o.reason == "not_stored" and "disk is full" in o.en for o in not_stored)
    assert "disk is full" in report.stopped.en and "พื้นที่ดิสก์เต็ม" in report.stopped.th
    with open_aggregation_db(path) as db:  # exactly what was reported, complete
        stored = {r["source_name"] for r in store.office_rows(db, 2567)}
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stored == {f.name for f in files[:2]} | set(imported)


def _can_mount_tmpfs(tmp_path) -> bool:
    if not shutil.which("unshare") or sys.platform != "linux":
        return False
    probe = tmp_path / "probe"
    probe.mkdir()
    r = subprocess.run(["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs {probe}"],
                       capture_output=True, timeout=30)
    return r.returncode == 0


def test_the_cli_on_a_really_full_disk(tmp_path):
    """A real full file system (a small tmpfs in a private mount namespace): five packages
    are imported, then the disk is filled, then 35 more are tried."""
    if not _can_mount_tmpfs(tmp_path):
        pytest.skip("cannot mount a small file system here")
    files = _files(tmp_path / "in", 40)
    disk = tmp_path / "disk"
    disk.mkdir()
    env = {**os.environ, "PYTHONPATH": str(SRC), "ITADESK_LANG": "en"}
    py = sys.executable
    script = (f"mount -t tmpfs -o size=2m tmpfs {disk} && "
              f"{py} -m itadesk import --into {disk}/agg.db " + " ".join(map(str, files[:5]))
              + f" && echo FIRST-OK && (dd if=/dev/zero of={disk}/filler bs=4k 2>/dev/null; true)"
              + f" && truncate -s -160k {disk}/filler"  # room for opening and a few packages
              + f" && {py} -m itadesk import --into {disk}/agg.db " + " ".join(map(str, files[5:]))
              + f"; rc=$?; rm {disk}/filler; {py} -c \"import sqlite3; c=sqlite3.connect('{disk}/agg.db');"
              "print('STORED', sorted(r[0] for r in c.execute('select source_name from packages')));"
              "print('CHECK', c.execute('pragma integrity_check').fetchone()[0])\"; exit $rc")
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, env=env,
                       timeout=300)
    out, err = r.stdout.decode(), r.stderr.decode()
    assert "Traceback" not in err, err
    assert "FIRST-OK" in out and r.returncode == 2, (out, err)
    assert "import stopped: The disk is full" in err
    second = [ln for ln in (out + err).splitlines() if ln.startswith("[") and "/35]" in ln]
    assert len(second) == 35  # a line for every file
    assert any("was not stored: The disk is full" in ln for ln in second), second
    assert all(": imported" in ln or "The disk is full" in ln for ln in second), second
    imported = [ln.split("] ")[1].split(":")[0] for ln in second if ": imported" in ln]
    stored = eval(next(ln for ln in out.splitlines() if ln.startswith("STORED"))[7:])  # noqa: S307
    # exactly what was reported imported, plus what was committed before, intact
    assert stored == sorted([f.name for f in files[:5]] + imported)
    assert "CHECK ok" in out


# ------------------------------------------------------------------ two runs at once


def test_two_import_processes_into_one_file(tmp_path):
    many = _files(tmp_path / "a", 120)
    few = _files(tmp_path / "b", 3, start=500)
    other = _files(tmp_path / "c", 3, start=600)
    agg = tmp_path / "agg.db"
    lock = Path(str(agg) + ".import.lock")
    env = {**os.environ, "PYTHONPATH": str(SRC), "ITADESK_LANG": "en"}
    first = subprocess.Popen([sys.executable, "-m", "itadesk", "import", "--into", str(agg),
                              *map(str, many)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env)
    deadline = time.monotonic() + 60
    while not lock.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert lock.exists()
    # a run that will not wait: every file refused as busy, clearly, nothing written
    quick = _run(["import", "--into", str(agg), "--wait", "0", *map(str, other)])
    still_running = first.poll() is None
    # a run that waits for the first to finish, then imports its files
    patient = _run(["import", "--into", str(agg), *map(str, few)])
    out1, err1 = (x.decode() for x in first.communicate(timeout=300))
    q_out, q_err = quick.stdout.decode(), quick.stderr.decode()
    p_out, p_err = patient.stdout.decode(), patient.stderr.decode()
    for text in (err1, q_err, p_err):
        assert "Traceback" not in text, text
    assert first.returncode == 0 and out1.count(": imported") == 120
    if still_running:
        assert quick.returncode == 2
        assert q_err.count("was not imported:") == 3 and "is importing packages into agg.db" in q_err
        assert "0 imported, 3 refused" in q_out
    assert patient.returncode == 0, (p_out, p_err)
    assert p_out.count(": imported") == 3
    with open_aggregation_db(agg) as db:
        names = {r["source_name"] for r in store.office_rows(db, 2567)}
    assert {f.name for f in many + few} <= names
    assert not lock.exists()


def test_a_waiting_run_says_so_and_gives_up_after_its_bound(tmp_path):
    from itadesk.storage.lock import FileLock

    files = _files(tmp_path / "in", 2)
    path = tmp_path / "agg.db"
    held = FileLock(Path(str(path) + ".import")).acquire()  # another run, by another PC
    try:
        told = []
        with open_aggregation_db(path) as db:
            t0 = time.monotonic()
            report = import_files(db, files, workers=1, wait_s=0.6,
                                  on_wait=lambda th, en: told.append(en))
            waited = time.monotonic() - t0
            assert count_packages(db) == 0
    finally:
        held.release()
    assert 0.5 < waited < 5
    assert len(told) == 1 and "Waiting for that import to finish (at most 1 s)" in told[0]
    assert [o.reason for o in report.outcomes] == ["busy", "busy"]
    assert "nothing was written from these files" in report.stopped.en


# ------------------------------------------------------------------ --replace: the newer wins


def test_replace_keeps_the_newer_package_whatever_the_order(tmp_path):
    t0 = datetime(2024, 10, 20, 9, 0, tzinfo=UTC)
    newer = tmp_path / "6409901-2567.ita.zip"
    newer.write_bytes(_pkg("6409901", created=t0 + timedelta(days=2), seed=2))
    older = tmp_path / "6409901-2567 (1).ita.zip"  # the copy a browser kept beside it
    older.write_bytes(_pkg("6409901", created=t0, seed=1))
    agg = tmp_path / "agg.db"
    r = _run(["import", "--into", str(agg), str(newer)])
    assert r.returncode == 0
    r = _run(["import", "--into", str(agg), "--replace", str(older)])
    err = r.stderr.decode()
    assert r.returncode == 1
    assert ("6409901-2567 (1).ita.zip did not replace: it was created at 2024-10-20T09:00:00+00:00, "
            "earlier than the package of office 6409901 year 2567 already imported "
            "(from 6409901-2567.ita.zip, created at 2024-10-22T09:00:00+00:00)") in err
    # both on one command line, the older last: the newer still wins
    agg2 = tmp_path / "agg2.db"
    r = _run(["import", "--into", str(agg2), "--replace", str(newer), str(older)])
    assert "did not replace" in r.stderr.decode()
    # ... and the older first: the newer replaces it
    agg3 = tmp_path / "agg3.db"
    r = _run(["import", "--into", str(agg3), "--replace", str(older), str(newer)])
    assert r.returncode == 0 and "6409901-2567.ita.zip: replaced" in r.stdout.decode()
    for db_path in (agg, agg2, agg3):
        with open_aggregation_db(db_path) as db:
            (row,) = store.office_rows(db, 2567)
            assert row["source_name"] == newer.name


def test_without_replace_an_older_copy_is_not_offered_for_replacing(tmp_path):
    t0 = datetime(2024, 10, 20, tzinfo=UTC)
    newer, older = tmp_path / "n.ita.zip", tmp_path / "o.ita.zip"
    newer.write_bytes(_pkg("6409901", created=t0 + timedelta(hours=1), seed=2))
    older.write_bytes(_pkg("6409901", created=t0, seed=1))
    asked = []
    with open_aggregation_db(tmp_path / "agg.db") as db:
        import_files(db, [newer])
        report = import_files(db, [older], confirm_replace=lambda *a: asked.append(a) or True)
    assert asked == [] and report.outcomes[0].reason == "older_package"


# ------------------------------------------------------------------ look-alike codes and names


@pytest.mark.parametrize("code", ["64O99O1", "06409901", "6409901-", "640990l", "abcdefg", "640990"])
def test_look_alike_office_codes_are_refused(tmp_path, code):
    f = tmp_path / "x.ita.zip"
    f.write_bytes(_pkg(code))
    with open_aggregation_db(tmp_path / "agg.db") as db:
        (o,) = import_files(db, [f]).outcomes
        assert count_packages(db) == 0
    assert o.status == "refused" and o.reason == "invalid_value"
    assert "is not a DLA office code (7 digits)" in o.en and "ไม่ใช่รหัส อปท." in o.th


def test_thai_digits_are_the_same_office(tmp_path):
    thai, plain = tmp_path / "thai.ita.zip", tmp_path / "plain.ita.zip"
    thai.write_bytes(_pkg("๖๔๐๙๙๐๑"))
    plain.write_bytes(_pkg("6409901", seed=3, created=datetime(2024, 11, 1, tzinfo=UTC)))
    with open_aggregation_db(tmp_path / "agg.db") as db:
        report = import_files(db, [thai, plain])
        (row,) = store.office_rows(db, 2567)
    assert row["office_code"] == "6409901"
    assert [o.status for o in report.outcomes] == ["imported", "refused"]
    assert report.outcomes[1].reason == "already_imported"


def test_export_refuses_a_code_the_district_would_refuse():
    from itadesk.exchange.errors import PackageError
    from itadesk.exchange.mutations import small_year
    from itadesk.exchange.package import PDF_KINDS, build_package_bytes

    data = small_year(FW)
    data.office.code = "64O99O1"
    with pytest.raises(PackageError, match="not a 7-digit DLA code"):
        build_package_bytes(data, FW, {k: b"%PDF-1.4" for k in PDF_KINDS})


NAMPHONG = "น\u0e49\u0e33พอง"            # as typed: ้ + ำ (U+0E33)
NAMPHONG_PDF = "น\u0e4d\u0e49\u0e32พอง"  # copied from a PDF: ◌ํ + ้ + า
KAMPHAENG = "\u0e01\u0e33แพงเพชร"
KAMPHAENG_PDF = "\u0e01\u0e4d\u0e32แพงเพชร"


def test_names_that_differ_only_in_unicode_form_are_counted_together(tmp_path):
    from itadesk.exchange.aggregate import summarize

    files = []
    for code, dist, prov in (("4001001", NAMPHONG, KAMPHAENG), ("4001002", NAMPHONG_PDF, KAMPHAENG_PDF),
                             ("4001003", NAMPHONG_PDF + " ", KAMPHAENG)):
        f = tmp_path / f"{code}.ita.zip"
        f.write_bytes(_pkg(code, district=dist, province=prov))
        files.append(f)
    with open_aggregation_db(tmp_path / "agg.db") as db:
        assert all(o.ok for o in import_files(db, files).outcomes)
        assert store.areas(db, 2567) == [(KAMPHAENG, NAMPHONG)]
        # a filter typed either way finds all three
        assert summarize(db, framework_for, year=2567, district=NAMPHONG_PDF).n == 3
        assert summarize(db, framework_for, year=2567, province=KAMPHAENG_PDF).n == 3


def test_an_aggregation_file_of_an_earlier_version_is_folded_on_open(tmp_path):
    from itadesk.exchange.importer import check_file

    f = tmp_path / "x.ita.zip"
    f.write_bytes(_pkg("4002001"))
    rec, _ = check_file(f, framework_for)
    rec.district, rec.province = NAMPHONG_PDF, KAMPHAENG_PDF  # as an earlier itadesk stored it
    path = tmp_path / "agg.db"
    with open_aggregation_db(path) as db:
        store.write_package(db, rec, replace=False)
    with open_aggregation_db(path) as db:
        assert store.areas(db, 2567) == [(KAMPHAENG, NAMPHONG)]


# ------------------------------------------------------------------ very many entries


def _many_entries(n: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for i in range(n):
            zf.writestr(zipfile.ZipInfo(f"pdf/{i:07d}.pdf"), b"")
    return buf.getvalue()


def test_a_zip_of_200000_entries_is_refused_without_ballooning(tmp_path):
    from itadesk.exchange.errors import PackageError
    from itadesk.exchange.reader import read_package

    f = tmp_path / "many.ita.zip"
    f.write_bytes(_many_entries(200_000))
    tracemalloc.start()
    try:
        with pytest.raises(PackageError) as info:
            read_package(f, framework_for)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.value.reason == "too_large" and "200,000 members" in info.value.en
    # the file itself is 21 MB; zipfile's 200,000 ZipInfo objects would be several times that
    assert peak < 2 * f.stat().st_size + 8 * 2**20, peak


def test_a_lying_end_record_is_bounded_by_the_directory_size(tmp_path):
    from itadesk.exchange.errors import PackageError
    from itadesk.exchange.reader import read_package

    body = bytearray(_many_entries(20_000))
    at = body.rfind(b"PK\x05\x06")
    body[at + 8:at + 12] = (5).to_bytes(2, "little") * 2  # "5 entries", the directory is 1 MB
    with pytest.raises(PackageError) as info:
        read_package(bytes(body), framework_for, "liar.ita.zip")
    assert info.value.reason == "too_large" and "central directory" in info.value.en


def test_peak_memory_of_the_cli_stays_small_for_many_entries(tmp_path):
    f = tmp_path / "many.ita.zip"
    f.write_bytes(_many_entries(200_000))
    if not Path("/proc/self/status").exists():
        pytest.skip("no /proc here")
    # VmHWM: this process's peak (ru_maxrss would carry pytest's own over the exec)
    code = ("import re, sys; from itadesk.cli import main; rc = main(['import', '--into', "
            f"{str(tmp_path / 'agg.db')!r}, {str(f)!r}]); "
            "print('RSS', re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1]); "
            "sys.exit(rc)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(SRC), "ITADESK_LANG": "en"})
    assert r.returncode == 1 and b"200,000 members" in r.stderr
    rss_kb = int(r.stdout.decode().split("RSS")[1])
    assert rss_kb < 100 * 1024, rss_kb  # about 50 MB of it is Python and itadesk themselves


# ------------------------------------------------------------------ a network share


def test_no_wal_on_a_network_share(tmp_path, monkeypatch):
    from itadesk.storage import fsinfo

    share = tmp_path / "share"
    share.mkdir()
    local = tmp_path / "agg.db"
    with open_aggregation_db(local) as db:  # made on a local disk: WAL
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    shutil.copy(local, share / "agg.db")
    mounts = [fsinfo.Mount("/", "ext4", "/dev/sda1"),
              fsinfo.Mount(str(share.resolve()), "cifs", "//server/ita")]
    monkeypatch.setattr(fsinfo, "_system_mounts", lambda platform: mounts)
    with open_aggregation_db(share / "agg.db") as db:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        (warning,) = db.warnings
        assert "network share (//server/ita" in warning.message("en")
    with open_aggregation_db(share / "new.db") as db:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    with open_aggregation_db(local) as db:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal" and not db.warnings


def test_the_cli_warns_about_a_network_share(tmp_path, monkeypatch, capsys):
    from itadesk.cli import main
    from itadesk.storage import fsinfo

    monkeypatch.setenv("ITADESK_LANG", "en")
    monkeypatch.setattr(fsinfo, "_system_mounts",
                        lambda platform: [fsinfo.Mount(str(tmp_path.resolve()), "nfs4", "nas:/ita")])
    f = tmp_path / "1001001-2567.ita.zip"
    f.write_bytes(_pkg("1001001"))
    assert main(["import", "--into", str(tmp_path / "agg.db"), str(f)]) == 0
    err = capsys.readouterr().err
    assert "is on a network share (nas:/ita" in err
    assert not Path(str(tmp_path / "agg.db") + "-wal").exists()


def test_very_large_files_are_not_checked_four_at_a_time(tmp_path, monkeypatch):
    """Four workers each holding a 200 MB package would pass 1 GB together."""
    from itadesk.exchange import importer

    small = _files(tmp_path / "in", 2)
    big = tmp_path / "in" / "big.ita.zip"
    with open(big, "wb") as fh:  # sparse: 150 MB on paper, nothing on disk
        fh.truncate(150 * 2**20)
    assert importer._workers_for_memory(small, 4) == 4
    assert importer._workers_for_memory([*small, big], 4) == 2
    with open(big, "wb") as fh:
        fh.truncate(199 * 2**20)
    assert importer._workers_for_memory([*small, big], 4) == 1

    def no_pool(*a, **kw):
        raise AssertionError("a pool was started")

    monkeypatch.setattr(importer, "ProcessPoolExecutor", no_pool)
    with open_aggregation_db(tmp_path / "agg.db") as db:
        report = import_files(db, [*small, big], workers=4)
    assert [o.status for o in report.outcomes] == ["imported", "imported", "refused"]
