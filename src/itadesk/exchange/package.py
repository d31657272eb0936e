"""The package an office sends upward: `<office code>-<BE year>.ita.zip`.

    manifest.json   format version, program version, office, fiscal year, creation time,
                    and the size and SHA-256 of every other member
    data.json       everything the documents were built from (docs/data-format.md)
    pdf/<kind>.pdf  the six documents, readable by anyone without itadesk

Building takes the PDFs as input (bytes or paths), so it does not care how they were made;
exchange.cli composes reports.render.render_all with build_package.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from ..domain.framework import Framework
from ..domain.memo import DOCUMENT_KINDS
from ..domain.thainames import dla_code
from ..domain.yeardata import YearData
from . import datajson
from .errors import PackageError

PACKAGE_FORMAT = "itadesk-package"
FORMAT_VERSION = 1
SUFFIX = ".ita.zip"
PDF_KINDS = tuple(DOCUMENT_KINDS)  # analysis, measures, results, oit, plan, memo
MANIFEST = "manifest.json"
DATA = "data.json"


def pdf_member(kind: str) -> str:
    return f"pdf/{kind}.pdf"


def package_name(office_code: str, year: int) -> str:
    return f"{office_code}-{year}{SUFFIX}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _pdf_bytes(kind: str, value) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        data = bytes(value)
    else:
        data = Path(value).read_bytes()
    if not data.startswith(b"%PDF-"):
        raise PackageError(f"{kind}.pdf", "bad_pdf", f"เอกสาร {kind} ไม่ใช่ PDF",
                           f"the {kind} document is not a PDF")
    from .reader import MAX_PDF

    if len(data) > MAX_PDF:  # the importer would refuse it: say so before writing anything
        mb, most = len(data) / 2**20, MAX_PDF / 2**20
        raise PackageError(f"{kind}.pdf", "too_large",
                           f"เอกสาร {kind} ยาว {mb:,.1f} MB เกินกว่าที่ส่งได้ ({most:,.0f} MB) "
                           f"กรุณาย่อข้อความที่ยาวมากให้สั้นลง",
                           f"the {kind} document is {mb:,.1f} MB, more than a package may carry "
                           f"({most:,.0f} MB); shorten the longest texts")
    return data


def check_office_code(data: YearData) -> None:
    """Refuse up front what every district's importer would refuse: an office code that is
    not a DLA code of seven digits (the office program accepts other codes)."""
    if dla_code(data.office.code) != data.office.code:
        code = data.office.code[:40]
        raise PackageError(
            package_name(code, data.year), "invalid_value",
            f"รหัสหน่วยงาน “{code}” ไม่ใช่รหัส อปท. 7 หลัก อำเภอ/จังหวัดจะนำเข้าแพ็กเกจนี้ไม่ได้ "
            "กรุณาแก้รหัสในข้อมูลหน่วยงานก่อนส่งออก",
            f"the office code “{code}” is not a 7-digit DLA code; the district could not import "
            "this package: correct the code in the office details before exporting")


def check_exportable(data: YearData, framework: Framework) -> None:
    """Up front, before anything is rendered: refuse a year the district's importer would
    refuse — a value beyond the limits of domain/limits.py (ValidationError naming it), or
    more text in all than one data.json may carry."""
    from ..domain.limits import check_year
    from .reader import MAX_SIZES

    check_office_code(data)
    check_year(data)
    size = len(datajson.dumps(datajson.encode(data, framework)))
    if size > MAX_SIZES[DATA]:
        mb, most = size / 2**20, MAX_SIZES[DATA] / 2**20
        raise PackageError(package_name(data.office.code, data.year), "too_large",
                           f"ข้อมูลของปีนี้รวม {mb:,.1f} MB เกินกว่าที่ส่งได้ ({most:,.0f} MB) "
                           f"กรุณาย่อข้อความที่ยาวมากให้สั้นลง",
                           f"this year's data is {mb:,.1f} MB in all, more than a package may "
                           f"carry ({most:,.0f} MB); shorten the longest texts")


def _compress_type(body: bytes) -> int:
    """Deflate, except a member so repetitive that its ratio would look like a ZIP bomb to
    the importer (a long run of one character typed in a field): stored as it is."""
    from .reader import MAX_RATIO, RATIO_FLOOR

    if len(body) > RATIO_FLOOR and len(body) > (MAX_RATIO // 2) * len(zlib.compress(body, 6)):
        return zipfile.ZIP_STORED
    return zipfile.ZIP_DEFLATED


def build_package_bytes(data: YearData, framework: Framework, pdfs: dict[str, bytes | Path],
                        *, created_at: datetime | None = None) -> bytes:
    """The package as bytes. `pdfs` must hold all six document kinds."""
    check_office_code(data)
    missing = [k for k in PDF_KINDS if k not in pdfs]
    if missing:
        raise PackageError(package_name(data.office.code, data.year), "missing_member",
                           "ไม่มีเอกสาร " + ", ".join(missing), "no document " + ", ".join(missing))
    return assemble_package(datajson.dumps(datajson.encode(data, framework)), data.office.code,
                            data.office.full_name, data.year, pdfs, created_at=created_at)


def assemble_package(data_json: bytes, office_code: str, office_name: str, year: int,
                     pdfs: dict[str, bytes | Path], *, created_at: datetime | None = None) -> bytes:
    """The ZIP around an already encoded data.json (also used by the synthetic bench data)."""
    created = (created_at or datetime.now(UTC)).astimezone(UTC)
    members: list[tuple[str, bytes]] = [(DATA, data_json)]
    members += [(pdf_member(k), _pdf_bytes(k, pdfs[k])) for k in PDF_KINDS]
    manifest = {
        "format": PACKAGE_FORMAT,
        "format_version": FORMAT_VERSION,
        "program": "itadesk",
        "program_version": __version__,
        "office_code": office_code,
        "office_name": office_name,
        "fiscal_year": year,
        "created_at": created.isoformat(timespec="seconds"),
        "members": [{"name": name, "size": len(body), "sha256": sha256(body)}
                    for name, body in members],
    }
    buf = io.BytesIO()
    stamp = created.timetuple()[:6]
    with zipfile.ZipFile(buf, "w") as zf:
        for name, body in [(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode()),
                           *members]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = _compress_type(body)
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            zf.writestr(info, body)
    return buf.getvalue()


def build_package(data: YearData, framework: Framework, pdfs: dict[str, bytes | Path],
                  out: str | Path, **kw) -> Path:
    """Write the package to `out` (a file, or a folder that gets the standard name).
    Written through storage.outfile (an exclusive temporary file, then renamed), so a
    failure leaves no half file and a planted link is never followed."""
    from ..storage.outfile import write_bytes

    out = Path(out)
    if out.is_dir():
        out = out / package_name(data.office.code, data.year)
    body = build_package_bytes(data, framework, pdfs, **kw)
    return write_bytes(out, body)
