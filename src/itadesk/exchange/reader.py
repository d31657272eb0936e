"""Reading a package safely: everything is checked in memory, nothing is extracted to disk,
nothing in it is executed or trusted.

Checks, in order (each refusal is a PackageError naming the file and the reason):
the file size; that it is a ZIP and is complete; the member table (count, safe relative
names without `..`, backslashes, drive letters or NUL, no links or folders, no duplicates even
by case, no encryption, only stored/deflated members, declared sizes and compression ratios
within limits, no overlapping members); the manifest (strict JSON, known format, not newer
than this program, every member listed with its size and SHA-256, no unlisted member, all six
PDFs and data.json present); each member read with a byte cap and its SHA-256 compared; the
PDFs start with %PDF-; data.json as strict UTF-8 JSON through datajson.decode (domain
dataclasses + the year's framework); the manifest agrees with data.json; the scores the
office stated agree with ours when both used the same framework.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain import scoring
from ..domain.errors import ItadeskError
from ..domain.framework import Framework
from ..domain.thainames import dla_code
from ..domain.yeardata import YearData
from . import datajson
from .errors import PackageError
from .package import DATA, FORMAT_VERSION, MANIFEST, PACKAGE_FORMAT, PDF_KINDS, pdf_member

MAX_PACKAGE = 200 * 2**20  # the whole .ita.zip
MAX_MEMBERS = 32
MAX_TOTAL = 256 * 2**20  # all members uncompressed
MAX_SIZES = {MANIFEST: 256 * 2**10, DATA: 16 * 2**20}
MAX_PDF = 64 * 2**20
MAX_RATIO = 200  # uncompressed ÷ compressed, for members bigger than RATIO_FLOOR
RATIO_FLOOR = 256 * 2**10
MAX_CENTRAL_DIR = 256 * 2**10  # 32 members' directory entries with generous extra fields
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
# a JSON escape of a UTF-16 surrogate; only then can a parsed string hold a lone one
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9._\-/]{1,100}$")


@dataclass
class ReadPackage:
    file: str  # name shown in messages
    package_sha256: str
    size: int
    manifest: dict
    data: YearData
    framework: Framework
    score: scoring.ScoreResult
    framework_match: bool  # the office scored with the same framework as this PC
    data_json: bytes
    data_json_deflate: bytes  # data.json as a raw DEFLATE stream (the ZIP's own, when it was one)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (th, en)


def _strict_json(file: str, member: str, raw: bytes):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackageError(file, "bad_utf8", f"{member} ไบต์ที่ {exc.start}", f"{member} at byte {exc.start}") from None

    def pairs(items):
        out = dict(items)
        if len(out) != len(items):
            seen = set()
            dup = next(k for k, _ in items if k in seen or seen.add(k))
            raise ValueError(f"duplicate key {dup[:40]!r}")
        return out

    def bad_constant(name):
        raise ValueError(f"{name} is not allowed")

    def finite(s):
        v = float(s)
        if not math.isfinite(v):
            raise ValueError(f"number {s[:20]} is out of range")
        return v

    try:
        obj = json.loads(text, object_pairs_hook=pairs, parse_constant=bad_constant,
                         parse_float=finite)
    except (ValueError, RecursionError) as exc:
        msg = str(exc)[:200]
        raise PackageError(file, "bad_json", f"{member}: {msg}", f"{member}: {msg}") from None
    if _SURROGATE_ESCAPE.search(text):
        _refuse_lone_surrogates(file, member, obj)
    return obj


def _refuse_lone_surrogates(file: str, member: str, obj) -> None:
    """JSON may spell a character as an escaped UTF-16 pair ("\\ud83d\\ude00", which json
    joins), but a lone half is no character: SQLite, PDF and DOCX writers all fail on it
    later. Only run when the text has such an escape (then every string is checked)."""
    stack = [obj]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise PackageError(
                    file, "bad_utf8",
                    f"{member} มีอักขระครึ่งคู่ (surrogate) ที่ไม่ใช่ตัวอักษรจริง",
                    f"{member} holds a lone surrogate, which is not a character") from None


def _shown_member(info: zipfile.ZipInfo) -> str:
    """A member name as the user would recognise it: without the UTF-8 flag zipfile reads the
    bytes as cp437, but a Thai Windows PC wrote them in its ANSI code page, cp874."""
    name = info.orig_filename
    if not info.flag_bits & 0x800 and not name.isascii():
        try:
            name = name.encode("cp437").decode("cp874")
        except UnicodeError:
            pass
    return name.replace("\x00", "\\0")[:120]


def _check_name(file: str, info: zipfile.ZipInfo) -> str:
    name = info.orig_filename
    bad = (
        "\x00" in name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name)
        or any(part in ("", ".", "..") for part in name.split("/"))
    )
    shown = _shown_member(info)
    if bad:
        raise PackageError(file, "unsafe_path", f"“{shown}”", f"“{shown}”")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise PackageError(file, "link", f"“{shown}”", f"“{shown}”")
    if not _SAFE_NAME.match(name) or name.endswith("/") or stat.S_ISDIR(mode) or info.is_dir():
        if not name.isascii():
            raise PackageError(
                file, "unexpected_member",
                f"“{shown}” (ชื่อภาษาไทยภายใน ZIP: ไฟล์นี้ถูกบีบอัดใหม่นอก itadesk "
                "กรุณาขอไฟล์ .ita.zip ต้นฉบับจากหน่วยงาน)",
                f"“{shown}” (a Thai name inside the ZIP: the file was re-zipped outside "
                "itadesk; ask the office for the original .ita.zip)")
        raise PackageError(file, "unexpected_member", f"“{shown}”", f"“{shown}”")
    return name


def _read_member(file: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """The member's bytes, never more than `cap`: a member that inflates past its declared
    size (a lying header) is refused as soon as it does."""
    chunks = []
    got = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(min(65536, cap + 1 - got))
                if not chunk:
                    break
                got += len(chunk)
                if got > cap:
                    raise PackageError(file, "zip_bomb", f"{info.filename} ขยายเกินขนาดที่ระบุ",
                                       f"{info.filename} inflates past its declared size")
                chunks.append(chunk)
    except PackageError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError,
            NotImplementedError, OverflowError, MemoryError) as exc:
        raise PackageError(file, "damaged_zip", f"{info.filename}: {str(exc)[:120]}",
                           f"{info.filename}: {str(exc)[:120]}") from None
    except Exception as exc:  # zlib.error and friends: damaged data, never a crash
        raise PackageError(file, "damaged_zip", f"{info.filename}: {type(exc).__name__}",
                           f"{info.filename}: {type(exc).__name__}") from None
    return b"".join(chunks)


def _inflate_member(raw: bytes, info: zipfile.ZipInfo, cap: int) -> bytes | None:
    """The member's bytes straight from the package bytes (one zlib call, no file objects),
    or None when anything is unusual; then _read_member reads it through zipfile and reports
    the fault. Accepts only what zipfile would return unchanged: the local header's signature
    and name match the directory, no patch/strong-encryption flags, a complete stream with
    nothing after it that inflates to exactly the declared size with the declared CRC-32."""
    off = info.header_offset
    if raw[off:off + 4] != b"PK\x03\x04" or info.flag_bits & 0x61:
        return None
    name_len, extra_len = struct.unpack_from("<HH", raw, off + 26)
    if raw[off + 30:off + 30 + name_len] != info.orig_filename.encode("ascii"):
        return None
    start = off + 30 + name_len + extra_len
    stream = raw[start:start + info.compress_size]
    if len(stream) != info.compress_size or info.file_size > cap:
        return None
    if info.compress_type == zipfile.ZIP_STORED:
        body = stream
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        d = zlib.decompressobj(-15)
        try:
            body = d.decompress(stream, info.file_size + 1)
        except zlib.error:
            return None
        if not d.eof or d.unused_data or d.unconsumed_tail:
            return None
    else:
        return None
    if len(body) != info.file_size or zlib.crc32(body) != info.CRC:
        return None
    return body


def _member_limit(name: str) -> int:
    return MAX_SIZES.get(name, MAX_PDF)


def _check_manifest(file: str, m) -> dict:
    def bad(th, en):
        raise PackageError(file, "bad_manifest", th, en)

    if not isinstance(m, dict):
        bad("ต้องเป็นออบเจกต์", "must be an object")
    if m.get("format") != PACKAGE_FORMAT:
        bad("ไม่ใช่แพ็กเกจของ itadesk", "not an itadesk package")
    version = m.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        bad("รุ่นรูปแบบไม่ถูกต้อง", "invalid format version")
    if version > FORMAT_VERSION:
        raise PackageError(
            file, "newer_format",
            f"แพ็กเกจรุ่น {version} ใหม่กว่าที่โปรแกรมนี้รู้จัก (รุ่น {FORMAT_VERSION}) กรุณาปรับปรุง itadesk",
            f"package format {version} is newer than this program knows ({FORMAT_VERSION}); "
            "please update itadesk")
    allowed = {"format", "format_version", "program", "program_version", "office_code",
               "office_name", "fiscal_year", "created_at", "members"}
    for key in m:
        if key not in allowed:
            bad(f"ไม่รู้จักช่อง “{str(key)[:40]}”", f"unknown field “{str(key)[:40]}”")
    for key in ("program", "program_version", "office_code", "office_name", "created_at"):
        v = m.get(key)
        if not isinstance(v, str) or not v or len(v) > 300:
            bad(f"ช่อง {key} ไม่ถูกต้อง", f"invalid {key}")
    year = m.get("fiscal_year")
    if not isinstance(year, int) or isinstance(year, bool) or not 2500 <= year <= 2700:
        bad("ปีงบประมาณไม่ถูกต้อง", "invalid fiscal year")
    try:
        created = datetime.fromisoformat(m["created_at"])
    except ValueError:
        bad("เวลาที่สร้างไม่ถูกต้อง", "invalid creation time")
    if not 2000 <= created.year <= 2200:
        bad("เวลาที่สร้างอยู่นอกช่วงที่เป็นไปได้", "the creation time is out of range")
    members = m.get("members")
    if not isinstance(members, list) or not 1 <= len(members) <= MAX_MEMBERS:
        bad("รายการไฟล์ภายในไม่ถูกต้อง", "invalid member list")
    seen = set()
    for entry in members:
        if not isinstance(entry, dict) or set(entry) != {"name", "size", "sha256"}:
            bad("รายการไฟล์ภายในไม่ถูกต้อง", "invalid member entry")
        name, size, digest = entry["name"], entry["size"], entry["sha256"]
        if not isinstance(name, str) or not _SAFE_NAME.match(name) or name == MANIFEST:
            bad("ชื่อไฟล์ภายในไม่ถูกต้อง", "invalid member name")
        if name in seen:
            raise PackageError(file, "duplicate", f"manifest: “{name}”", f"manifest: “{name}”")
        seen.add(name)
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= _member_limit(name):
            raise PackageError(file, "too_large", f"{name} ขนาด {size}", f"{name} size {size}")
        if not isinstance(digest, str) or not _HEX64.match(digest):
            bad(f"ค่า SHA-256 ของ {name} ไม่ถูกต้อง", f"invalid SHA-256 for {name}")
    for required in (DATA, *(pdf_member(k) for k in PDF_KINDS)):
        if required not in seen:
            raise PackageError(file, "missing_member", f"manifest ไม่มี {required}",
                               f"the manifest lacks {required}")
    return m


def read_package(source: str | Path | bytes, fw_for, name: str | None = None) -> ReadPackage:
    """Check and read one package. `fw_for(year) -> Framework` (ItadeskError when unknown)."""
    if isinstance(source, (bytes, bytearray)):
        raw = bytes(source)
        file = name or "package"
    else:
        path = Path(source)
        file = name or path.name
        try:
            size = path.stat().st_size
            if size > MAX_PACKAGE:
                raise PackageError(file, "too_large", f"{size:,} ไบต์", f"{size:,} bytes")
            with open(path, "rb") as fh:
                # read(n) allocates n bytes up front: ask for the file's size, not the limit
                raw = fh.read(size + 1)
            if len(raw) != size:
                raise PackageError(file, "cannot_read", "ไฟล์เปลี่ยนระหว่างอ่าน",
                                   "the file changed while it was read")
        except PackageError:
            raise
        except OSError as exc:
            raise PackageError(file, "cannot_read", str(exc)[:200], str(exc)[:200]) from None
    if len(raw) > MAX_PACKAGE:
        raise PackageError(file, "too_large", f"{len(raw):,} ไบต์", f"{len(raw):,} bytes")
    if raw.startswith(b"SQLite format 3\x00"):
        raise PackageError(file, "not_zip", "เป็นไฟล์ฐานข้อมูล ไม่ใช่แพ็กเกจ",
                           "a database file, not a package")
    if not raw.startswith(b"PK"):
        raise PackageError(file, "not_zip")
    _check_central_directory(file, raw)
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except Exception as exc:  # BadZipFile, struct/Value/Overflow errors of a broken table
        raise PackageError(file, "damaged_zip", str(exc)[:200], str(exc)[:200]) from None
    with zf:
        return _read_zip(file, raw, zf, infos, fw_for)


def _check_central_directory(file: str, raw: bytes) -> None:
    """Refuse a ZIP whose directory lists more members, or is bigger, than a package can be,
    before zipfile reads it: zipfile makes a ZipInfo object (about half a kilobyte) for each
    entry of the directory, so a 200 MB file of empty entries would take gigabytes of memory.
    zipfile parses exactly the `size` bytes the end record (or its ZIP64 form) states, so
    bounding that size bounds its work. A ZIP without a readable end record is left to
    zipfile to refuse as damaged."""
    # found as zipfile finds it: a comment-less end record at the very end, else the last
    # signature within the 64 KB a comment can take
    if raw[-22:-18] == b"PK\x05\x06" and raw[-2:] == b"\x00\x00":
        at = len(raw) - 22
    else:
        at = raw.rfind(b"PK\x05\x06", max(0, len(raw) - (22 + 65535)))
    if at < 0 or at + 22 > len(raw):
        return
    _sig, _disk, _cd_disk, _here, entries, size, _offset, _comment = struct.unpack_from(
        "<4s4H2LH", raw, at)
    # ZIP64: the locator sits just before the end record, the ZIP64 end record before it
    loc = at - 20
    if loc >= 0 and raw[loc:loc + 4] == b"PK\x06\x07":
        rec = loc - 56
        if rec >= 0 and raw[rec:rec + 4] == b"PK\x06\x06":
            _rsig, _rsize, _made, _need, _d, _cd, _here64, entries64, size64, _off64 = \
                struct.unpack_from("<4sQ2H2L4Q", raw, rec)
            entries, size = max(entries, entries64), max(size, size64)
    if entries > MAX_MEMBERS:
        raise PackageError(file, "too_large", f"มี {entries:,} ไฟล์ภายใน", f"{entries:,} members")
    if size > MAX_CENTRAL_DIR:
        raise PackageError(file, "too_large", f"สารบัญของ ZIP ยาว {size:,} ไบต์",
                           f"the ZIP's central directory is {size:,} bytes")


def _read_zip(file, raw, zf, infos, fw_for) -> ReadPackage:
    if len(infos) > MAX_MEMBERS:
        raise PackageError(file, "too_large", f"มี {len(infos):,} ไฟล์ภายใน",
                           f"{len(infos):,} members")
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded = set()
    total = 0
    offsets = set()
    for info in infos:
        name = _check_name(file, info)
        if name in by_name or name.casefold() in folded:
            raise PackageError(file, "duplicate", f"“{name}”", f"“{name}”")
        by_name[name] = info
        folded.add(name.casefold())
        if info.flag_bits & 0x1:
            raise PackageError(file, "encrypted", name, name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(file, "unsupported", f"{name} (วิธี {info.compress_type})",
                               f"{name} (method {info.compress_type})")
        if info.file_size > _member_limit(name):
            raise PackageError(file, "too_large", f"{name} ขนาด {info.file_size:,} ไบต์",
                               f"{name} is {info.file_size:,} bytes")
        total += info.file_size
        if total > MAX_TOTAL:
            raise PackageError(file, "too_large", "ขนาดรวมเมื่อขยาย", "total uncompressed size")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(file, "zip_bomb", f"{name} {info.file_size:,}/{info.compress_size:,}",
                               f"{name} {info.file_size:,}/{info.compress_size:,}")
        if info.header_offset in offsets or info.header_offset + info.compress_size > len(raw):
            raise PackageError(file, "damaged_zip", f"{name} ซ้อนทับหรือเกินขอบไฟล์",
                               f"{name} overlaps or runs past the end")
        offsets.add(info.header_offset)

    if MANIFEST not in by_name:
        raise PackageError(file, "missing_member", MANIFEST, MANIFEST)
    manifest = _check_manifest(
        file, _strict_json(file, MANIFEST, _read_member(file, zf, by_name[MANIFEST],
                                                        MAX_SIZES[MANIFEST])))
    listed = {e["name"]: e for e in manifest["members"]}
    for name in by_name:
        if name != MANIFEST and name not in listed:
            raise PackageError(file, "unexpected_member", f"“{name}” ไม่อยู่ใน manifest",
                               f"“{name}” is not in the manifest")
    for name in listed:
        if name not in by_name:
            raise PackageError(file, "missing_member", name, name)

    bodies: dict[str, bytes] = {}
    for name, entry in listed.items():
        info = by_name[name]
        if info.file_size != entry["size"]:
            raise PackageError(file, "hash_mismatch", f"{name}: ขนาดไม่ตรงกับ manifest",
                               f"{name}: size differs from the manifest")
        body = _inflate_member(raw, info, entry["size"])
        if body is None:
            body = _read_member(file, zf, info, entry["size"])
        if len(body) != entry["size"]:
            raise PackageError(file, "damaged_zip", f"{name} สั้นกว่าที่ระบุ", f"{name} is short")
        if hashlib.sha256(body).hexdigest() != entry["sha256"]:
            raise PackageError(file, "hash_mismatch", name, name)
        bodies[name] = body
    for kind in PDF_KINDS:
        if not bodies[pdf_member(kind)].startswith(b"%PDF-"):
            raise PackageError(file, "bad_pdf", pdf_member(kind), pdf_member(kind))

    def framework(year):
        try:
            return fw_for(year)
        except PackageError:
            raise
        except ItadeskError as exc:
            raise PackageError(file, "no_framework", exc.th, exc.en) from None

    data, info = datajson.decode(_strict_json(file, DATA, bodies[DATA]), framework, file)
    if data.office.code != dla_code(manifest["office_code"]) or data.year != manifest["fiscal_year"]:
        raise PackageError(file, "mismatch", "รหัสหน่วยงานหรือปีใน manifest ไม่ตรงกับ data.json",
                           "the office code or year in the manifest differs from data.json")
    fw = info["framework_obj"]
    result = datajson.compute_scores(data, fw)
    match = info["framework"]["sha256"] == datajson.framework_hash(fw)
    warnings = []
    if match:
        stated = info["scores"].get("total")
        if (stated is None) != (result.total is None) or (
                stated is not None and abs(stated - result.total) > 0.005):
            raise PackageError(
                file, "mismatch",
                f"คะแนนรวมที่ระบุ ({stated}) ไม่ตรงกับที่คำนวณได้ ({result.total})",
                f"the stated total ({stated}) differs from the computed one ({result.total})")
    else:
        warnings.append((
            f"กรอบการประเมินปี {data.year} ของหน่วยงานต่างจากของเครื่องนี้: ใช้คะแนนที่คำนวณด้วยกรอบของเครื่องนี้",
            f"the office used a different {data.year} framework; scores are recomputed with this PC's",
        ))
    return ReadPackage(
        file=file, package_sha256=hashlib.sha256(raw).hexdigest(), size=len(raw),
        manifest=manifest, data=data, framework=fw, score=result, framework_match=match,
        data_json=bodies[DATA], data_json_deflate=_deflated(raw, by_name[DATA], bodies[DATA]),
        warnings=warnings,
    )


def _deflated(raw: bytes, info: zipfile.ZipInfo, body: bytes) -> bytes:
    """data.json as raw DEFLATE for storage: the ZIP member's compressed bytes as they are
    (they inflated to `body`, whose SHA-256 was checked), else compressed here."""
    off = info.header_offset
    if info.compress_type == zipfile.ZIP_DEFLATED and raw[off:off + 4] == b"PK\x03\x04":
        name_len, extra_len = struct.unpack_from("<HH", raw, off + 26)
        start = off + 30 + name_len + extra_len
        stream = raw[start:start + info.compress_size]
        if len(stream) == info.compress_size:
            return stream
    c = zlib.compressobj(1, zlib.DEFLATED, -15)
    return c.compress(body) + c.flush()
