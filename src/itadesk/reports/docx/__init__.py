"""Word (DOCX) output of every document D1–D6, for clerks who finish their papers in Word.

    from itadesk.reports.docx import render_docx
    result = render_docx(data, "plan", "plan.docx", round=6, with_memo=True)
    result.path, result.warnings        # consistency Problems, as render_document's

The same sections, tables and wording as the PDFs (reports/render.py), built from the same
data helpers; tables are real Word tables with repeated header rows, wide documents are
landscape sections, Thai runs carry the complex-script font and size (TH Sarabun New 16 pt
by default, Sarabun as the fallback name), and the memo follows the official form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from itadesk.domain.consistency import check_year
from itadesk.domain.framework import Framework
from itadesk.domain.memo import DOCUMENT_KINDS
from itadesk.domain.settings import PrintSettings
from itadesk.domain.yeardata import YearData

KINDS = ("analysis", "measures", "results", "oit", "plan", "memo")
THAI_OFFICIAL_FONTS = ("TH Sarabun New", "TH SarabunIT๙", "TH Sarabun PSK")


@dataclass
class DocxResult:
    path: Path | None
    warnings: list = field(default_factory=list)  # consistency Problems


def docx_font(settings: PrintSettings, font: str | None = None) -> tuple[str, float]:
    """(font name written into the document, size scale). The clerk's TH Sarabun choice is
    kept; the bundled Sarabun (the PDF default) becomes "TH Sarabun New" — the font every
    government PC has — at official sizes, with Sarabun declared as its fallback. Asking for
    "Sarabun" explicitly writes Sarabun at its measured scale (16 official pt ≈ 11 pt)."""
    name = font or settings.font or "TH Sarabun New"
    if name in THAI_OFFICIAL_FONTS or (font is None and name == "Sarabun"):
        return (name if name in THAI_OFFICIAL_FONTS else "TH Sarabun New"), 1.0
    if name == "Sarabun":
        from itadesk.reports import fonts

        return "Sarabun", fonts.get_family("Sarabun").scale
    return name, 1.0


def render_docx(data: YearData, kind: str, out: str | Path | BinaryIO, *,
                framework: Framework | None = None, round: int | None = None,
                with_memo: bool = False, settings: PrintSettings | None = None,
                group_by: str = "target", font: str | None = None,
                progress: Callable[[float], None] | None = None) -> DocxResult:
    """Write document `kind` of `data` as a .docx to `out` (a path or a binary file).

    Arguments as reports.render.render_document: `framework` defaults to the registry's
    for data.year, `round` to data.latest_round(), `with_memo` puts the document's memo in
    front (the plan report's: the memo of the round printed), `group_by` groups D3. Raises
    ItadeskError (nothing written) for an unknown kind, a year without a framework, an
    unknown item code, a bad round or a missing memo."""
    from itadesk.reports.common import DocContext
    from itadesk.reports.docx.documents import BUILDERS
    from itadesk.reports.docx.memo import write_memo
    from itadesk.reports.docx.text import DocxText
    from itadesk.reports.docx.writer import DocxWriter
    from itadesk.reports.render import checked_request, memo_for, year_memos

    def tick(v: float) -> None:
        if progress is not None:
            progress(v)

    tick(0.0)
    fw, rnd = checked_request(data, kind, framework, round)
    memo = memo_for(data, kind, rnd) if with_memo and kind != "memo" else None
    warnings = check_year(data, fw)
    settings = settings or data.settings
    name, scale = docx_font(settings, font)
    w = DocxWriter(font=name, scale=scale, thai_digits=settings.thai_digits)
    garuda = settings.garuda_path or None
    ctx = DocContext(data=data, framework=fw, ts=DocxText(settings.thai_digits), round=rnd,
                     options={"group_by": group_by, "garuda": garuda})
    w.page_numbers()
    tick(0.2)
    if kind == "memo":
        memos = year_memos(data)
        if not memos:
            from itadesk.reports.docx.documents import no_data, title_block

            title_block(w, ["บันทึกข้อความ", f"ปีงบประมาณ พ.ศ. {ctx.y()}"])
            no_data(w, "บันทึกข้อความ")
        for i, m in enumerate(memos):
            write_memo(w, m, data.office, garuda, first_section=i == 0)
    else:
        builder, landscape = BUILDERS[kind]
        if memo is not None:
            write_memo(w, memo, data.office, garuda, first_section=True)
            w.new_section(landscape)
            w.restart_page_numbers()  # the report counts its own pages, as in the PDF
        elif landscape:
            w._page(w.doc.sections[0], True, _landscape_margins())
        builder(w, ctx)
    tick(0.8)
    title = DOCUMENT_KINDS[kind][0]
    w.core(title, data.office.full_name, f"{title} ปีงบประมาณ {data.year}")
    path = w.save(out)
    tick(1.0)
    return DocxResult(path=path, warnings=warnings)


def render_all_docx(data: YearData, out_dir: str | Path, *, framework: Framework | None = None,
                    round: int | None = None, settings: PrintSettings | None = None
                    ) -> dict[str, Path]:
    """All six documents as <out_dir>/<kind>.docx; returns {kind: path}."""
    out_dir = Path(out_dir)
    return {kind: render_docx(data, kind, out_dir / f"{kind}.docx", framework=framework,
                              round=round, settings=settings).path for kind in KINDS}


def _landscape_margins() -> dict:
    from itadesk.reports.docx.writer import LANDSCAPE_MARGINS

    return LANDSCAPE_MARGINS


__all__ = ["render_docx", "render_all_docx", "DocxResult", "KINDS"]
