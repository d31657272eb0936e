"""The same operations as the program, without a screen: demo, check, render, export, import,
aggregate, backup, delete-year. Used by tests, benchmarks and district offices' scripts.

Imports are done inside each command so that `itadesk --version` and the GUI start fast.
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import sys
from pathlib import Path

from .domain.errors import ItadeskError

DOCUMENTS = ("analysis", "measures", "results", "oit", "plan", "memo")


def _lang() -> str:
    lang = os.environ.get("ITADESK_LANG") or os.environ.get("LANG", "")
    return "en" if lang.startswith("en") else "th"


def _say(th: str, en: str, file=None) -> None:
    print(en if _lang() == "en" else th, file=file or sys.stdout)


class _VersionAction(argparse.Action):
    """`--version`: the version is read from the package metadata only when asked."""

    def __call__(self, parser, namespace, values, option_string=None):
        from .version import version

        print(f"itadesk {version()}")  # on stdout, as argparse's own version action does
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="itadesk", description="itadesk — ITA reports for Thai local offices")
    p.add_argument("--version", action=_VersionAction, nargs=0,
                   help="show the program's version number and exit")
    p.add_argument("--db", help="office data file to open in the program")
    sub = p.add_subparsers(dest="command")

    s = sub.add_parser("demo", help="create the demo office in a data file")
    s.add_argument("--db", required=True)
    s.add_argument("--force", action="store_true", help="overwrite an existing file")

    s = sub.add_parser("check", help="consistency report; exits 1 when a problem is found")
    s.add_argument("--db", required=True)
    s.add_argument("--year", type=int)

    s = sub.add_parser("render", help="print a document to PDF (or DOCX)")
    s.add_argument("document", choices=(*DOCUMENTS, "all"))
    s.add_argument("--db", required=True)
    s.add_argument("--year", type=int)
    s.add_argument("--round", type=int, choices=(6, 12))
    s.add_argument("--with-memo", action="store_true")
    s.add_argument("--group-by", choices=("target", "instrument"), default="target",
                   help="results (D3): group by indicator/issue or by IIT/EIT/OIT")
    s.add_argument("--format", choices=("pdf", "docx"), default="pdf")
    s.add_argument("--out", required=True)

    s = sub.add_parser("typeset", help="proof sheet: plain Thai paragraphs set in the house style")
    s.add_argument("--text", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--width-cm", type=float, default=16.0)
    s.add_argument("--font", default="Sarabun")

    s = sub.add_parser("export", help="write the package sent to the district/province")
    s.add_argument("--db", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--out", required=True)

    s = sub.add_parser("import", help="import packages into an aggregation database")
    s.add_argument("--into", required=True)
    s.add_argument("--replace", action="store_true",
                   help="replace an office-year already imported, by a newer package only")
    s.add_argument("--wait", type=float, default=120.0, metavar="SECONDS",
                   help="how long to wait for another import into the same file (default 120)")
    s.add_argument("files", nargs="+")

    s = sub.add_parser("aggregate", help="district/province summary PDF")
    s.add_argument("--db", required=True)
    s.add_argument("--district")
    s.add_argument("--province")
    s.add_argument("--year", type=int)
    s.add_argument("--out", required=True)

    s = sub.add_parser("delete-year", help="remove a fiscal year (a backup is made first); "
                                           "without --yes only says what would be removed")
    s.add_argument("--db", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--yes", action="store_true", help="really remove it")

    s = sub.add_parser("framework", help="list the ITA frameworks, or make a provisional one "
                                         "for a year that has none (copied from an earlier year)")
    fsub = s.add_subparsers(dest="framework_command", required=True)
    fsub.add_parser("list", help="the years known: bundled or user file, provisional, derived from")
    d = fsub.add_parser("derive", help="a provisional framework for --year copied from the newest "
                                       "earlier year (or --from); installed in the user folder")
    d.add_argument("--year", required=True, help="the fiscal year to make (e.g. 2570)")
    d.add_argument("--from", dest="from_year", help="the year to copy (default: the newest before)")
    d.add_argument("--out", help="write the file here instead of installing it")
    d.add_argument("--force", action="store_true",
                   help="replace a framework the year already has (or an existing --out file)")

    s = sub.add_parser("eplan", help="the action plan and one round as an .xlsx sheet in "
                                     "e-PlanNACC's field order (to copy into e-PlanNACC)")
    s.add_argument("--db", required=True)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--round", type=int, choices=(6, 12), required=True)
    s.add_argument("--out", required=True)

    s = sub.add_parser("backup", help="list or restore backups of a data file")
    s.add_argument("action", choices=("list", "restore", "create"))
    s.add_argument("--db", required=True)
    s.add_argument("--name", help="backup file name to restore (default: the newest good one)")
    return p


def _console_never_fails() -> None:
    """Output redirected to a file or pipe on Windows is encoded in the ANSI code page
    (cp874 on Thai Windows, cp1252 on English Windows), which lacks characters our messages
    and the clerk's paths may hold (Thai on cp1252; "✓", "é" on cp874): print what can be
    printed and replace the rest, instead of failing with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def main(argv: list[str]) -> int:
    _console_never_fails()
    parser = build_parser()
    args = parser.parse_args(argv)
    from . import logs

    logs.setup("gui" if args.command is None else f"cli {args.command}")
    try:
        _refuse_bad_paths(args)
        _refuse_out_over_data(args)
        if args.command is None:
            from .ui.app import run_gui

            return run_gui(args.db)
        # a one-shot command imports ~100,000 objects that live to the end: collect young
        # objects every 50,000 allocations, not every 700 (~40 ms of `itadesk render`)
        threshold = gc.get_threshold()
        gc.set_threshold(max(threshold[0], 50_000), *threshold[1:])
        try:
            return COMMANDS[args.command](args)
        finally:
            gc.set_threshold(*threshold)
    except ItadeskError as exc:
        logs.get(__name__).info("refused: %s", exc.en)
        print(exc.message(_lang()), file=sys.stderr)
        _say_usable_backup(exc, getattr(args, "db", None))
        return 2
    except sqlite3.Error as exc:  # a damaged file the checks on open did not catch
        _say(f"อ่านไฟล์ข้อมูลไม่ได้ ไฟล์อาจเสียหาย ({exc}) — ไฟล์ไม่ได้ถูกเปลี่ยนแปลง",
             f"the data file could not be read, it may be damaged ({exc}); it was not changed",
             sys.stderr)
        _say_usable_backup(None, getattr(args, "db", None))
        return 2
    except Exception as exc:  # a bug: logged with its traceback, the user told where
        logs.get(__name__).exception("unexpected error in %r (itadesk %s)", argv, logs.version())
        if os.environ.get("ITADESK_TRACEBACK"):
            raise
        where = logs.log_file()
        _say(f"เกิดข้อผิดพลาดที่ไม่คาดคิดในโปรแกรม ({type(exc).__name__}: {exc}) "
             f"ข้อมูลที่บันทึกไว้แล้วยังอยู่ครบ — รายละเอียดบันทึกไว้ในไฟล์ {where} "
             f"กรุณาส่งไฟล์นี้ให้ผู้ดูแล",
             f"an unexpected error in the program ({type(exc).__name__}: {exc}); everything "
             f"saved before is intact. The details are in {where}; please send that file to "
             f"your support person.", sys.stderr)
        return 1


# commands whose --out may name a folder (the usual file names are written inside it)
_OUT_MAY_BE_FOLDER = {"export"}


def _refuse_bad_paths(args) -> None:
    """Paths that cannot be what the command needs, refused before any work (exit 2): a
    folder given as the data file, an empty --out, a folder as a single output file, an
    existing file as the folder of `render all`."""
    for name in ("db", "into"):
        value = getattr(args, name, None)
        if value is None:
            continue
        if not value.strip():
            raise ItadeskError(f"--{name} ว่างอยู่ กรุณาระบุไฟล์ข้อมูล",
                               f"--{name} is empty; give the data file")
        if Path(value).is_dir():
            raise ItadeskError(
                f"{value} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ข้อมูล — กรุณาระบุชื่อไฟล์ข้อมูล (เช่น {Path(value) / 'office.itadesk'})",
                f"{value} is a folder, not a data file; give the file's name "
                f"(e.g. {Path(value) / 'office.itadesk'})")
    if not hasattr(args, "out"):
        return
    out = args.out
    if out is None:
        return
    if not out.strip():
        raise ItadeskError("--out ว่างอยู่ กรุณาระบุไฟล์หรือโฟลเดอร์ที่จะเขียน",
                           "--out is empty; give the file or folder to write")
    target = Path(out)
    if args.command == "render" and getattr(args, "document", None) == "all":
        if target.exists() and not target.is_dir():
            raise ItadeskError(
                f"{out} เป็นไฟล์ที่มีอยู่แล้ว แต่ render all ต้องการโฟลเดอร์สำหรับเอกสารทั้งหกฉบับ "
                f"— กรุณาระบุโฟลเดอร์ (ไฟล์นั้นไม่ถูกเปลี่ยนแปลง)",
                f"{out} is an existing file, but render all needs a folder for the six "
                f"documents; give a folder (that file was not changed)")
        return
    if args.command not in _OUT_MAY_BE_FOLDER and target.is_dir():
        example = target / _example_name(args)
        raise ItadeskError(
            f"{out} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ — กรุณาระบุชื่อไฟล์ที่จะเขียน (เช่น {example})",
            f"{out} is a folder, not a file; give the name of the file to write (e.g. {example})")


def _example_name(args) -> str:
    if args.command == "render":
        return f"{args.document}.{args.format}"
    if args.command == "framework":
        return f"ita-{args.year}.yaml"
    return {"aggregate": "summary.pdf", "typeset": "proof.pdf"}.get(args.command, "output")



def _say_usable_backup(exc, db) -> None:
    """After a refusal for a value in the file the domain refuses (or an unreadable file):
    name the newest backup whose every value is valid, and how to restore it."""
    from .storage.errors import CorruptFileError
    from .storage.queries import InvalidDataError

    if not db or (exc is not None and not isinstance(exc, InvalidDataError)):
        return
    if isinstance(exc, CorruptFileError):  # its message already names the backup
        return
    from .storage.health import newest_usable_backup

    try:
        good = newest_usable_backup(db)
    except (ItadeskError, OSError, sqlite3.Error):
        return
    if good is None:
        _say("ไม่พบสำรองข้อมูลที่ข้อมูลถูกต้องครบ", "no backup with valid data was found", sys.stderr)
        return
    _say(f"สำรองข้อมูลล่าสุดที่ข้อมูลถูกต้องครบ: {good.name} ({good.label('th')}) — กู้คืนได้ด้วย "
         f"itadesk backup restore --db {db} --name {good.name} (ปิดโปรแกรม itadesk ก่อน)",
         f"the newest backup whose data is all valid: {good.name} ({good.label('en')}); restore "
         f"it with: itadesk backup restore --db {db} --name {good.name} (close itadesk first)",
         sys.stderr)


def _refuse_out_over_data(args) -> None:
    """An --out that would overwrite the office's data file (or any itadesk/SQLite file)."""
    out = getattr(args, "out", None)
    if not out:
        return
    target = Path(out)
    for name in ("db", "into"):
        src = getattr(args, name, None)
        if src and target.exists() and Path(src).exists() and target.resolve() == Path(src).resolve():
            raise ItadeskError(f"ไฟล์ผลลัพธ์ {out} คือไฟล์ข้อมูลเอง จะไม่เขียนทับ",
                               f"the output {out} is the data file itself; not overwritten")
    if target.is_file():
        with open(target, "rb") as fh:
            if fh.read(16) == b"SQLite format 3\x00":
                raise ItadeskError(f"{out} เป็นไฟล์ฐานข้อมูล จะไม่เขียนทับด้วยผลลัพธ์",
                                   f"{out} is a database file; it is not overwritten by output")


# ------------------------------------------------------------------ commands

def cmd_demo(args) -> int:
    from .demo import create_demo
    from .storage.database import open_db

    path = Path(args.db)
    if path.exists():
        if not args.force:
            _say(f"มีไฟล์ {path} อยู่แล้ว (ใช้ --force เพื่อเขียนทับ)",
                 f"{path} already exists (use --force to overwrite)", sys.stderr)
            return 2
        # Opening takes the lock (refused while another copy has the file open) and, on
        # close, leaves a backup of what is about to be replaced.
        from .storage.backups import create_backup

        with open_db(path, create=False) as old:
            create_backup(old, reason="before-demo")
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    with open_db(path) as office:
        create_demo(office)
    _say(f"สร้างหน่วยงานตัวอย่างใน {path} แล้ว", f"demo office written to {path}")
    return 0


def cmd_check(args) -> int:
    from .domain.completeness import incomplete_problems
    from .domain.consistency import Problem, check_year
    from .domain.framework import default_registry
    from .storage.database import open_db

    # read-only: checking must work while the program has the file open
    from .storage.health import invalid_data
    from .storage.queries import list_years, load_year

    with open_db(args.db, create=False, read_only=True) as office:
        years = [args.year] if args.year else list_years(office)
        frameworks = default_registry().frameworks
        # every value the domain refuses, each with its place (table and row)
        problems = [Problem("invalid_data", "ไฟล์ข้อมูล", exc.th, exc.en) for exc in invalid_data(office)]
        gaps = []  # what each document still lacks: said, but not a problem (exit 0)
        if problems:
            years = []
        for year in years:
            try:
                data = load_year(office, year)
            except ItadeskError as exc:  # a value in the file the domain refuses
                problems.append(Problem("invalid_data", f"ปีงบประมาณ {year}", exc.th, exc.en))
                continue
            problems += check_year(data, frameworks.get(year))
            gaps += [(year, p) for p in incomplete_problems(data, frameworks.get(year))]
    lang = _lang()
    if gaps:
        _say("เอกสารที่ยังกรอกไม่ครบ:", "documents still incomplete:")
        for year, p in gaps:
            print(f"- {year} {p.message(lang)}")
    if not problems:
        if gaps:
            _say(f"ไม่พบปัญหาความสอดคล้อง แต่ยังกรอกไม่ครบ {len(gaps)} รายการตามข้างบน",
                 f"no problems found, but {len(gaps)} gap(s) above are still to fill")
        else:
            _say("ไม่พบปัญหา", "no problems found")
        return 0
    for p in problems:
        print(f"- {p.message(lang)}")
    _say(f"พบปัญหา {len(problems)} รายการ", f"{len(problems)} problem(s) found")
    if any(p.code == "invalid_data" for p in problems):
        from .storage.queries import InvalidDataError

        _say_usable_backup(InvalidDataError("", "", "", ""), args.db)
    return 1


def cmd_render(args) -> int:
    from .reports.deferred import defer

    defer()  # Pillow only when a page carries an image
    from .reports.render import render_cli

    return render_cli(args)


def cmd_typeset(args) -> int:
    from .reports.proof import typeset_text_file

    typeset_text_file(args.text, args.out, width_cm=args.width_cm, font=args.font)
    _say(f"เขียน {args.out} แล้ว", f"wrote {args.out}")
    return 0


def cmd_export(args) -> int:
    from .domain.framework import default_registry
    from .domain.framework_derive import missing_framework
    from .exchange.cli import export_cli

    registry = default_registry()
    if args.year not in registry:  # the package holds all six documents and the framework
        raise missing_framework(registry, args.year)
    out = str(args.out)
    if out.endswith(("/", os.sep)) or (os.altsep and out.endswith(os.altsep)):
        Path(out).mkdir(parents=True, exist_ok=True)  # "DIR/": a folder, the usual name inside
    else:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
    return export_cli(args)


def cmd_framework(args) -> int:
    from .domain import framework_derive as fd
    from .domain.framework import default_registry

    registry = default_registry()
    if args.framework_command == "list":
        return _framework_list(registry)
    year = fd.check_year_number(args.year)
    src = fd.base_year(registry, year, args.from_year)
    if args.out:
        fw, text = fd.derive_for(registry, year, src)
        out = Path(args.out)
        if out.exists() and not args.force:
            _say(f"มีไฟล์ {out} อยู่แล้ว (ใช้ --force เพื่อเขียนทับ)",
                 f"{out} already exists (use --force to overwrite)", sys.stderr)
            return 2
        from .reports.render import write_output

        write_output(text.encode("utf-8"), out)
        _say(f"เขียนกรอบการประเมินปี {year} ฉบับชั่วคราว (คัดลอกจากปี {src}) ที่ {out} แล้ว",
             f"wrote the provisional {year} framework (copied from {src}) to {out}")
        return 0
    if year in registry and not args.force:
        fw = registry.get(year)
        _say(f"มีกรอบการประเมินปี {year} อยู่แล้ว ({fw.source}) จึงไม่สร้างทับ "
             "(ใช้ --force ถ้าต้องการแทนที่ด้วยฉบับชั่วคราว)",
             f"there is already a {year} framework ({fw.source}); not overwritten "
             "(use --force to replace it with a provisional copy)", sys.stderr)
        return 2
    fw = fd.install_derived(registry, year, src, force=True)
    _say(f"สร้างกรอบการประเมินปี {year} ฉบับชั่วคราว (คัดลอกจากปี {src}) ที่ {fw.source} แล้ว "
         f"— ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ",
         f"installed the provisional {year} framework (copied from {src}) as {fw.source}; "
         "check it against the NACC manual and import the official file when it arrives")
    return 0


def _framework_list(registry) -> int:
    from .domain.framework_derive import framework_entries

    lang = _lang()
    for e in framework_entries(registry):
        if lang == "en":
            where = "user file" + (" (overrides the bundled one)" if e.overrides_bundled else "") \
                if e.where == "user" else "bundled"
            status = "provisional" if e.provisional else "final"
            made = f", derived from {e.derived_from}" if e.derived_from else ""
        else:
            where = "ไฟล์ของผู้ใช้" + (" (แทนไฟล์ที่มากับโปรแกรม)" if e.overrides_bundled else "") \
                if e.where == "user" else "มากับโปรแกรม"
            status = "ฉบับชั่วคราว" if e.provisional else "ฉบับจริง"
            made = f", คัดลอกจากปี {e.derived_from}" if e.derived_from else ""
        print(f"{e.year}  {status}  {where}{made}  {e.file}")
    for err in registry.errors:
        print(f"! {err}", file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    from .exchange.cli import import_cli

    return import_cli(args)


def cmd_aggregate(args) -> int:
    from .exchange.cli import aggregate_cli

    return aggregate_cli(args)


def cmd_backup(args) -> int:
    from .storage.backups import backup_cli

    return backup_cli(args)


# what a fiscal year holds (operations.YearRemoval.summary keys), Thai and English
REMOVAL_LABELS = {
    "scores": ("คะแนน ITA {0} ค่า", "ITA scores: {0}"),
    "findings": ("การวิเคราะห์ผล {0} รายการ", "analysis rows: {0}"),
    "measures": ("มาตรการ {0} รายการ", "measures: {0}"),
    "oit_progress": ("ข้อ OIT {0} ข้อ", "OIT items: {0}"),
    "plan_items": ("โครงการในแผนปฏิบัติการ {0} รายการ", "action-plan items: {0}"),
    "round_results": ("ผลการดำเนินงานรายรอบ {0} รายการ", "round results: {0}"),
    "round_reports": ("รายงานผลแผนฯ {0} รอบ", "action-plan round reports: {0}"),
    "memos": ("บันทึกข้อความ {0} ฉบับ", "memos: {0}"),
    "title_overrides": ("ชื่อข้อ OIT ที่พิมพ์เอง {0} ข้อ", "OIT titles typed in: {0}"),
}


def _say_removal(removal, done: bool) -> None:
    y = removal.year
    th_head = f"ลบปีงบประมาณ {y} แล้ว:" if done else f"ปีงบประมาณ {y} ที่จะถูกลบมี:"
    en_head = f"removed fiscal year {y}:" if done else f"fiscal year {y} would be removed with:"
    _say(th_head, en_head)
    for key, n in removal.summary():
        th, en = REMOVAL_LABELS[key]
        _say(f"- {th.format(n)}", f"- {en.format(n)}")
    if not removal.summary():
        _say("- (ยังไม่มีข้อมูล)", "- (no data yet)")
    for key, n in sorted(removal.kept_measures.items()):
        if key == y:  # written in y-1 for y: that year's D2
            _say(f"มาตรการสำหรับปี {key} จำนวน {n} รายการยังอยู่ เพราะเป็นเอกสาร D2 ของปีงบประมาณ {y - 1}",
                 f"{n} measure(s) for {key} stay: they are fiscal year {y - 1}'s D2")
        else:
            _say(f"มาตรการสำหรับปี {key} จำนวน {n} รายการยังอยู่ เพราะเป็นเอกสาร D3 ของปีงบประมาณ {key}",
                 f"{n} measure(s) for {key} stay: they are fiscal year {key}'s D3")


def cmd_delete_year(args) -> int:
    """Without --yes: what would be removed, exit 1, the file untouched (opened read-only)."""
    from .storage import operations as ops
    from .storage.database import open_db

    path = Path(args.db)
    if not args.yes:
        with open_db(path, create=False, read_only=True) as office:
            removal = ops.year_removal(office, args.year)
        _say_removal(removal, done=False)
        _say(f"ยังไม่ได้ลบ: สั่งอีกครั้งพร้อม --yes เพื่อลบปีงบประมาณ {removal.year} "
             f"(โปรแกรมจะสำรองไฟล์ไว้ก่อนลบ)",
             f"nothing was removed: run again with --yes to remove fiscal year {removal.year} "
             f"(the file is backed up first)")
        return 1
    with open_db(path, create=False, backups=False) as office:
        removal = ops.delete_year(office, args.year)
    _say_removal(removal, done=True)
    name = removal.backup.name
    _say(f"สำรองไฟล์ก่อนลบไว้ที่ {removal.backup} — ถ้าต้องการปีนี้คืน: "
         f"itadesk backup restore --db {path} --name {name} (ปิดโปรแกรม itadesk ก่อน)",
         f"the file as it was is kept as {removal.backup}; to get the year back: "
         f"itadesk backup restore --db {path} --name {name} (close itadesk first)")
    return 0


def cmd_eplan(args) -> int:
    from .reports.eplan_xlsx import write_eplan_xlsx
    from .storage.database import open_db
    from .storage.queries import load_year

    with open_db(args.db, create=False, read_only=True) as office:
        data = load_year(office, args.year)
    path = write_eplan_xlsx(data, args.round, args.out)
    _say(f"เขียน {path} แล้ว ({len(data.plan_items)} รายการ รอบ {args.round} เดือน)",
         f"wrote {path} ({len(data.plan_items)} items, {args.round}-month round)")
    return 0


COMMANDS = {
    "demo": cmd_demo, "check": cmd_check, "render": cmd_render, "typeset": cmd_typeset,
    "export": cmd_export, "import": cmd_import, "aggregate": cmd_aggregate, "backup": cmd_backup,
    "delete-year": cmd_delete_year, "framework": cmd_framework, "eplan": cmd_eplan,
}


if __name__ == "__main__":  # `python -m itadesk.cli …` works like `itadesk …`
    sys.exit(main(sys.argv[1:]))
