"""Print any document of a fiscal year from the data: the one entry point the GUI preview,
the exchange export and the CLI use.

    result = render_document(data, "plan", "plan.pdf", round=6, with_memo=True)
    result.pages, result.warnings          # consistency Problems (printing goes on anyway)
    paths = render_all(data, "out/")        # analysis.pdf … memo.pdf

Year semantics (domain/yeardata.py): the workspace of fiscal year Y prints D1 = analysis of
ITA Y; D2 = measures written for Y+1 (titled Y+1); D3 = results of the measures carried out
in Y; D4 = OIT progress of Y against framework Y; D5 = action-plan round (6 or 12 months) of
Y; D6 = the memo that submits a document (data.memos[memo_key(kind, round)]: the action-plan
report has one memo per round, "plan6" for the 6-month report and "plan" for the 12-month one).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from itadesk.domain.consistency import Problem, check_year
from itadesk.domain.errors import ItadeskError
from itadesk.domain.framework import Framework, default_registry
from itadesk.domain.framework_derive import missing_framework
from itadesk.domain.memo import DOCUMENT_KINDS, MEMO_DOCUMENTS, Memo, memo_key
from itadesk.domain.settings import PrintSettings
from itadesk.domain.yeardata import YearData
from itadesk.reports.common import DocContext, check_codes, no_data, title_block

KINDS = ("analysis", "measures", "results", "oit", "plan", "memo")
# the order in which D6 prints the year's memos: the plan report's 6-month memo before its
# 12-month one
MEMO_ORDER = ("analysis", "measures", "results", "oit", "plan6", "plan", "memo")

# which item codes each document prints (checked against the framework before printing)
# (a row of a code the framework lacks stops the print, naming it: printing it would show an
# item the year does not have, leaving it out would hide typed data)
_CODES_CHECKED = {"analysis": ("scores",), "oit": ("oit",)}
# the documents that need the year's framework: D5 (action plan) and D6 (memos) print
# without one (a fiscal year whose framework file has not come out yet)
NEEDS_FRAMEWORK = ("analysis", "measures", "results", "oit")


@dataclass
class RenderResult:
    path: Path | None
    pages: int
    warnings: list = field(default_factory=list)  # consistency Problems


def _builder(kind: str) -> Callable[[DocContext], list[Flowable]]:
    if kind == "analysis":
        from itadesk.reports import analysis as mod
    elif kind == "measures":
        from itadesk.reports import measures_report as mod
    elif kind == "results":
        from itadesk.reports import results_report as mod
    elif kind == "oit":
        from itadesk.reports import oit_checklist as mod
    elif kind == "plan":
        from itadesk.reports import plan_report as mod
    else:
        return memo_story
    return mod.build


def _memo_module():
    try:
        from itadesk.reports import memo as memo_mod
    except ImportError:  # pragma: no cover - the memo module is written by another engineer
        raise ItadeskError("ยังพิมพ์บันทึกข้อความไม่ได้ในรุ่นนี้",
                           "memos cannot be printed by this version yet") from None
    return memo_mod


def year_memos(data: YearData) -> list[Memo]:
    """Every memo of the year in MEMO_ORDER (any other key after them)."""
    memos = [data.memos[k] for k in MEMO_ORDER if k in data.memos]
    return memos + [m for k, m in data.memos.items() if k not in MEMO_ORDER]


def memo_for(data: YearData, kind: str, round: int) -> Memo:
    """The memo that submits document `kind` (of the plan report: of that round's), or an
    ItadeskError naming the document when it was never written (no other memo stands in)."""
    key = memo_key(kind, round)
    memo = data.memos.get(key)
    if memo is None:
        th, en = MEMO_DOCUMENTS[key]
        raise ItadeskError(f"ยังไม่มีบันทึกข้อความสำหรับ “{th}”",
                           f"no memo has been written for the {en}", field="with_memo")
    return memo


def checked_request(data: YearData, kind: str, framework: Framework | None,
                    round: int | None) -> tuple[Framework | None, int]:
    """(framework, round) of a print request after the checks every format makes: a known
    kind, a framework for the year (D1–D4; None for D5/D6 of a year without one), item codes
    the framework knows, a round of 6 or 12."""
    if kind not in KINDS:
        raise ItadeskError(f"ไม่รู้จักเอกสาร “{kind}” (มี {', '.join(KINDS)})",
                           f"unknown document “{kind}” (known: {', '.join(KINDS)})", field="kind")
    fw = resolve_framework(data, framework, kind)
    if fw is not None:
        check_codes(data, fw, _CODES_CHECKED.get(kind, ()))
    rnd = data.latest_round() if round is None else round
    if rnd not in (6, 12):
        raise ItadeskError("รอบรายงานต้องเป็น ๖ หรือ ๑๒ เดือน", "the round must be 6 or 12 months",
                           field="round")
    return fw, rnd


def memo_story(ctx: DocContext) -> list[Flowable]:
    """D6 alone: every memo of the year (in MEMO_ORDER), each from a new page."""
    memos = year_memos(ctx.data)
    if not memos:
        return [*title_block(ctx.ts, ["บันทึกข้อความ", f"ปีงบประมาณ พ.ศ. {ctx.y()}"]),
                no_data(ctx.ts, "บันทึกข้อความ")]
    mod = _memo_module()
    story: list[Flowable] = []
    for memo in memos:
        part = list(mod.memo_flowables(memo, ctx.office, ctx.ts,
                                       garuda=ctx.options.get("garuda")))
        story = join_stories(story, part) if story else part
    return story


def join_stories(first: list[Flowable], second: list[Flowable],
                 restart_numbers: bool = True) -> list[Flowable]:
    """`second` continued on a new page after `first`, on the page template it starts with;
    its pages are numbered from 1 again (each is a document of its own: a memo keeps its
    "- ๒ -" numbering, the report behind it counts its own pages and its contents say so)."""
    from itadesk.reports.layout import PORTRAIT, RestartPageNumbers, StartWith

    template, rest = PORTRAIT, list(second)
    if rest and isinstance(rest[0], StartWith):
        template, rest = rest[0].template, rest[1:]
    restart = [RestartPageNumbers(1)] if restart_numbers else []
    return [*first, NextPageTemplate(template), PageBreak(), *restart, *rest]


def resolve_framework(data: YearData, framework: Framework | None,
                      kind: str | None = None) -> Framework | None:
    """The framework given, else the registry's for data.year. A year without one raises
    MissingFrameworkError (naming the year and how to go on) when `kind` needs it (D1–D4,
    or any kind when `kind` is None); for D5/D6 it gives None."""
    if framework is not None:
        return framework
    registry = default_registry()
    if data.year in registry:
        return registry.get(data.year)
    if kind is not None and kind not in NEEDS_FRAMEWORK:
        return None
    raise missing_framework(registry, data.year)


def write_output(content: bytes, out: str | Path | BinaryIO) -> Path | None:
    """Write a finished file whole or not at all: to a path through storage.outfile (an
    exclusive temporary file in the folder, then renamed; the folder is created), or into a
    binary file object. Returns the path (None for a file object)."""
    if isinstance(out, (str, Path)):
        from itadesk.storage.outfile import write_bytes

        return write_bytes(out, content)
    out.write(content)
    return None


def _count_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def render_document(data: YearData, kind: str, out: str | Path | BinaryIO, *,
                    framework: Framework | None = None, round: int | None = None,
                    with_memo: bool = False, settings: PrintSettings | None = None,
                    progress: Callable[[float], None] | None = None,
                    group_by: str = "target") -> RenderResult:
    """Print document `kind` of `data` to `out` (a path or a binary file object).

    `framework` defaults to the registry's for data.year; `round` to data.latest_round();
    `settings` to data.settings; `with_memo` puts the document's memo in front (`memo_for`:
    the plan report's is the memo of the round printed); `group_by` ("target" |
    "instrument") groups D3's rows. The consistency check runs first and its Problems are
    returned as warnings; printing goes on. Raises ItadeskError for an unknown kind, a year
    without a framework, an item code unknown to the framework, or a memo asked for that was
    never written."""
    from itadesk.reports.typesetter import Typesetter

    def tick(value: float) -> None:
        if progress is not None:
            progress(value)

    tick(0.0)
    fw, rnd = checked_request(data, kind, framework, round)
    memo = memo_for(data, kind, rnd) if with_memo and kind != "memo" else None
    warnings: list[Problem] = check_year(data, fw)
    tick(0.1)
    settings = settings or data.settings
    ts = Typesetter(font=settings.font, thai_digits=settings.thai_digits)
    garuda = settings.garuda_path or None
    ctx = DocContext(data=data, framework=fw, ts=ts, round=rnd,
                     options={"group_by": group_by, "garuda": garuda})
    story = _builder(kind)(ctx)
    if memo is not None:
        head = _memo_module().memo_flowables(memo, data.office, ts, garuda=garuda)
        story = join_stories(list(head), story)
    if memo is not None or (kind == "memo" and data.memos):
        # said before the memo is printed (preview, command line): no Garuda, and how to add one
        said = _memo_module().garuda_check(garuda)
        if said is not None:
            warnings = [*warnings, Problem("no_garuda", "บันทึกข้อความ", *said)]
    tick(0.3)
    from itadesk.reports.layout import build_pdf

    buf = BytesIO()
    build_pdf(buf, story, ts, title=DOCUMENT_KINDS[kind][0], author=data.office.full_name,
              subject=f"{DOCUMENT_KINDS[kind][0]} ปีงบประมาณ {data.year}")
    pdf = buf.getvalue()
    path = write_output(pdf, out)
    tick(1.0)
    return RenderResult(path=path, pages=_count_pages(pdf), warnings=warnings)


def render_all(data: YearData, out_dir: str | Path, *, framework: Framework | None = None,
               round: int | None = None, settings: PrintSettings | None = None,
               progress: Callable[[float], None] | None = None,
               failed: dict[str, ItadeskError] | None = None) -> dict[str, Path]:
    """All six documents as <out_dir>/<kind>.pdf; returns {kind: path}.

    Without `failed` the first document that cannot be printed raises (nothing is written
    when the year has no framework). With a `failed` dict every document that can be
    printed is written and the others go into `failed` as {kind: ItadeskError} (a year
    without a framework still gets D5 and D6)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    fw = resolve_framework(data, framework, None if failed is None else "plan")
    paths: dict[str, Path] = {}
    n = len(KINDS)
    for i, kind in enumerate(KINDS):
        def sub(v: float, i=i) -> None:
            if progress is not None:
                progress((i + v) / n)

        if failed is None:
            res = render_document(data, kind, out_dir / f"{kind}.pdf", framework=fw,
                                  round=round, settings=settings, progress=sub)
        else:
            try:
                res = render_document(data, kind, out_dir / f"{kind}.pdf", framework=fw,
                                      round=round, settings=settings, progress=sub)
            except ItadeskError as exc:
                failed[kind] = exc
                continue
        paths[kind] = res.path
    return paths


# ------------------------------------------------------------------ command line


def _lang() -> str:
    from itadesk.cli import _lang as cli_lang

    return cli_lang()


def _say(th: str, en: str, file=None) -> None:
    print(en if _lang() == "en" else th, file=file or sys.stdout)


def render_cli(args) -> int:
    """`itadesk render KIND --db PATH [--year BE] [--round 6|12] [--with-memo] --out FILE`
    and `itadesk render all --db PATH --year BE --out DIR`. Prints the consistency warnings,
    then prints the document(s) anyway."""
    fmt = getattr(args, "format", "pdf") or "pdf"
    if fmt == "docx" and importlib.util.find_spec("itadesk.reports.docx") is None:
        _say("ยังส่งออกเป็น DOCX ไม่ได้ในรุ่นนี้ ใช้ --format pdf",
             "DOCX output is not available in this version yet; use --format pdf",
             sys.stderr)
        return 2
    from itadesk.storage.database import open_db
    from itadesk.storage.queries import load_year

    with open_db(args.db, create=False, read_only=True) as office:
        data = load_year(office, args.year)
    # D1–D4 stop here when the year has no framework; D5, D6 and `all` go on without one
    fw = resolve_framework(data, None, "plan" if args.document == "all" else args.document)
    lang = _lang()
    problems = check_year(data, fw)
    if problems:
        _say(f"คำเตือนจากการตรวจสอบความถูกต้อง {len(problems)} รายการ (พิมพ์ต่อ):",
             f"{len(problems)} consistency warning(s) (printing anyway):", sys.stderr)
        for p in problems:
            print(f"- {p.message(lang)}", file=sys.stderr)
    group_by = getattr(args, "group_by", None) or "target"
    if fmt == "docx":
        from itadesk.reports import docx as docx_mod

        if args.document != "all":
            docx_mod.render_docx(data, args.document, args.out, framework=fw, round=args.round,
                                 with_memo=bool(args.with_memo), group_by=group_by)
            _say(f"เขียน {args.out} แล้ว", f"wrote {args.out}")
            return 0
        Path(args.out).mkdir(parents=True, exist_ok=True)
        paths, failed = {}, {}
        for kind in KINDS:
            try:
                paths[kind] = docx_mod.render_docx(data, kind, Path(args.out) / f"{kind}.docx",
                                                   framework=fw, round=args.round,
                                                   group_by=group_by).path
            except ItadeskError as exc:
                failed[kind] = exc
        return _report_all(paths, failed, args.out)
    if args.document == "all":
        failed: dict[str, ItadeskError] = {}
        paths = render_all(data, args.out, framework=fw, round=args.round, failed=failed)
        return _report_all(paths, failed, args.out)
    res = render_document(data, args.document, args.out, framework=fw, round=args.round,
                          with_memo=bool(args.with_memo), group_by=group_by)
    _say(f"เขียน {res.path} แล้ว ({res.pages} หน้า)", f"wrote {res.path} ({res.pages} pages)")
    return 0


def _report_all(paths: dict, failed: dict[str, ItadeskError], out) -> int:
    """What `render all` wrote, then each document it could not print and why: exit 1 when
    any is missing."""
    for path in paths.values():
        print(path)
    _say(f"เขียนเอกสาร {len(paths)} ฉบับใน {out} แล้ว", f"wrote {len(paths)} documents to {out}")
    if not failed:
        return 0
    lang = _lang()
    _say(f"พิมพ์ไม่ได้ {len(failed)} ฉบับ:", f"{len(failed)} document(s) could not be printed:",
         sys.stderr)
    for kind, exc in failed.items():
        th, en = DOCUMENT_KINDS[kind][:2]
        print(f"- {kind} ({en if lang == 'en' else th}): {exc.message(lang)}", file=sys.stderr)
    return 1
