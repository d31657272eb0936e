"""`itadesk export`, `itadesk import` and `itadesk aggregate` (argparse options in itadesk.cli)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _lang() -> str:
    lang = os.environ.get("ITADESK_LANG") or os.environ.get("LANG", "")
    return "en" if lang.startswith("en") else "th"


def _say(th: str, en: str, file=None) -> None:
    print(en if _lang() == "en" else th, file=file or sys.stdout)


def export_package(db_path: str | Path, year: int, out: str | Path, *, progress=None) -> Path:
    """Render the six documents of `year` and write `<code>-<year>.ita.zip` (to `out`, a file
    or a folder)."""
    from ..domain.framework import framework_for
    from ..reports.render import render_all
    from ..storage.database import open_db
    from ..storage.queries import load_year
    from .package import build_package, check_exportable, package_name

    # read-only: exporting must work while the program has the file open, and never migrates
    with open_db(db_path, create=False, read_only=True) as office:
        data = load_year(office, year)
    fw = framework_for(data.year)
    check_exportable(data, fw)  # up front: never a package the district's importer would refuse
    out = Path(out)
    if out.is_dir():
        out = out / package_name(data.office.code, data.year)
    with tempfile.TemporaryDirectory(prefix="itadesk-export-") as tmp:
        pdfs = render_all(data, tmp, framework=fw, progress=progress)
        return build_package(data, fw, {k: Path(p).read_bytes() for k, p in pdfs.items()}, out)


def export_cli(args) -> int:
    path = export_package(args.db, args.year, args.out)
    _say(f"เขียนแพ็กเกจ {path} แล้ว", f"wrote the package {path}")
    return 0


def import_cli(args) -> int:
    from ..storage.aggregation import open_aggregation_db
    from .importer import import_files

    lang = _lang()
    # a message may quote a file's own (odd) name: never let printing it end the run
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    with open_aggregation_db(args.into) as agg:
        for w in agg.warnings:
            print(f"! {w.message(lang)}", file=sys.stderr)

        def progress(i, n, outcome):
            stream = sys.stdout if outcome.ok or outcome.status == "unchanged" else sys.stderr
            print(f"[{i}/{n}] {outcome.message(lang)}", file=stream, flush=True)
            for th, en in outcome.warnings:
                print(f"    ! {en if lang == 'en' else th}", file=stream)

        report = import_files(agg, args.files, replace=bool(args.replace), progress=progress,
                              wait_s=getattr(args, "wait", 120.0),
                              on_wait=lambda th, en: _say(th, en, sys.stderr))
    unchanged_th = f" ไม่เปลี่ยนแปลง {report.unchanged} ไฟล์" if report.unchanged else ""
    unchanged_en = f", {report.unchanged} unchanged" if report.unchanged else ""
    _say(f"นำเข้า {report.imported} ไฟล์ ปฏิเสธ {report.refused} ไฟล์{unchanged_th}",
         f"{report.imported} imported, {report.refused} refused{unchanged_en}")
    if report.stopped is not None:
        _say(f"หยุดนำเข้า: {report.stopped.th}", f"import stopped: {report.stopped.en}", sys.stderr)
        return 2
    return 1 if report.refused or report.cancelled else 0


def aggregate_cli(args) -> int:
    from ..domain.framework import framework_for
    from ..reports.aggregate_report import render_summary
    from ..storage.aggregation import open_aggregation_db
    from .aggregate import summarize

    with open_aggregation_db(args.db, create=False) as agg:
        summary = summarize(agg, framework_for, year=args.year, district=args.district,
                            province=args.province)
    path = render_summary(summary, args.out)
    _say(f"เขียนสรุปผล {path} แล้ว ({summary.n} หน่วยงาน ผ่านเกณฑ์ {summary.passed})",
         f"wrote the summary {path} ({summary.n} offices, {summary.passed} passed)")
    return 0
