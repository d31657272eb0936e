"""Reading an office file back into domain objects."""

from __future__ import annotations

import ast

from ..domain.assessment import Assessment, Finding
from ..domain.errors import ValidationError
from ..domain.measures import Measure
from ..domain.office import Office
from ..domain.oit import OitProgress
from ..domain.plan import ActionPlan, PlanItem, RoundReport, RoundResult
from ..domain.settings import PrintSettings
from ..domain.yeardata import YearData
from . import convert
from .database import OfficeDB, StorageError

_TABLE_TH = {
    "findings": "การวิเคราะห์", "measures": "มาตรการ", "oit_progress": "OIT",
    "plan_items": "โครงการในแผนปฏิบัติการ", "round_results": "ผลการดำเนินงานรายรอบ",
    "round_reports": "รายงานแผนฯ", "memos": "บันทึกข้อความ", "office": "ข้อมูลหน่วยงาน",
    "plan": "แผนปฏิบัติการ", "assessments": "คะแนน ITA",
}


class InvalidDataError(StorageError):
    """A row of the file holds a value the domain refuses (edited outside itadesk, damaged, or
    written by a faulty version): `table` and `key` say where, for the clerk to fix it or to
    restore a backup."""

    def __init__(self, table: str, key, th: str, en: str, field: str | None = None):
        self.table, self.key = table, key
        where_th = f"{_TABLE_TH.get(table, table)} {key}".strip()
        where_en = f"{table} {key}".strip()
        super().__init__(f"ข้อมูลในไฟล์ไม่ถูกต้อง ({where_th}): {th}",
                         f"invalid data in the file ({where_en}): {en}", field=field)


def _row_key(row: dict):
    for name in ("id", "code", "item_id", "document", "year"):
        if row.get(name) not in (None, ""):
            return row[name]
    return ""


def _convert(table: str, rows, fn) -> list:
    """Rows to domain objects; a value the domain refuses (edited outside itadesk, or written
    by a faulty version) is reported with the table and row it sits in."""
    out = []
    for row in rows:
        try:
            out.append(fn(row))
        except ValidationError as exc:
            raise InvalidDataError(table, _row_key(row), exc.th, exc.en, exc.field) from exc
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            # a damaged row (JSON that is not JSON, a signer with fields we never wrote…)
            raise InvalidDataError(table, _row_key(row), f"ข้อมูลเสียหาย ({exc})",
                                   f"damaged data ({exc})") from exc
    return out


def load_office(office: OfficeDB) -> Office | None:
    db = office  # plain sqlite3 reads (OfficeDB.query): no sqlite-utils import
    row = next(db.query("SELECT * FROM office WHERE id = 1"), None)
    if row is None:
        return None
    units = list(db.query("SELECT * FROM units ORDER BY position, id"))
    people = list(db.query("SELECT * FROM people ORDER BY position, id"))
    return _convert("office", [row], lambda r: convert.row_office(r, units, people))[0]


def list_years(office: OfficeDB) -> list[int]:
    return [r["year"] for r in office.query("SELECT year FROM years ORDER BY year")]


def newest_year(office: OfficeDB) -> int:
    years = list_years(office)
    if not years:
        raise StorageError("ไฟล์นี้ยังไม่มีปีงบประมาณ", "this file has no fiscal year yet")
    return years[-1]


def load_assessment(office: OfficeDB, year: int) -> Assessment | None:
    db = office  # plain sqlite3 reads (OfficeDB.query): no sqlite-utils import
    head = next(db.query("SELECT * FROM assessments WHERE year=?", [year]), None)
    inds = {r["indicator"]: r["score"] for r in
            db.query("SELECT indicator, score FROM indicator_scores WHERE year=?", [year])}
    qs = {r["code"]: r["score"] for r in
          db.query("SELECT code, score FROM question_scores WHERE year=?", [year])}
    if head is None and not inds and not qs:
        return None
    return _convert("assessments", [{"year": year}], lambda _r: Assessment(
        year=year, indicator_scores=inds, question_scores=qs,
        national_rank=head["national_rank"] if head else None,
        reported_total=head["reported_total"] if head else None,
        rationale=(head["rationale"] or "") if head else "",
        order_by_score=bool(head["order_by_score"]) if head else False))[0]


def load_d1_image(office: OfficeDB, year: int) -> tuple[str, bytes] | None:
    """The image the clerk supplied for D1 (e.g. ITAS's own graph, as seed 001 pastes)."""
    row = next(office.query("SELECT chart_image, chart_image_mime FROM assessments WHERE year=?",
                            [year]), None)
    if row is None or row["chart_image"] is None:
        return None
    return row["chart_image_mime"], bytes(row["chart_image"])


def load_findings(office: OfficeDB, year: int) -> list[Finding]:
    return _convert("findings", office.query(
        "SELECT * FROM findings WHERE year=? ORDER BY position, id", [year]), convert.row_finding)


def load_measures(office: OfficeDB, year: int) -> list[Measure]:
    return _convert("measures", office.query(
        "SELECT * FROM measures WHERE year=? ORDER BY position, id", [year]), convert.row_measure)


def load_oit(office: OfficeDB, year: int) -> list[OitProgress]:
    return _convert("oit_progress", office.query(
        "SELECT * FROM oit_progress WHERE year=? ORDER BY code", [year]), convert.row_oit)


def load_oit_links(office: OfficeDB, year: int) -> dict:
    """{code: [OitLink, ...]} in the order typed."""
    from ..domain.oit import OitLink

    out: dict = {}
    for r in office.query("SELECT code, url, description FROM oit_links WHERE year=? "
                          "ORDER BY code, position", [year]):
        out.setdefault(r["code"], []).append(OitLink(r["url"], r["description"] or ""))
    return out


def load_oit_images(office: OfficeDB, year: int) -> dict:
    """{code: (mime, bytes)}."""
    return {r["code"]: (r["mime"], bytes(r["data"])) for r in
            office.query("SELECT code, mime, data FROM oit_images WHERE year=?", [year])}


def load_oit_components(office: OfficeDB, year: int) -> dict:
    """{code: (component, ...)} typed by the clerk for the year."""
    return {r["code"]: tuple(x for x in (r["components"] or "").splitlines() if x.strip())
            for r in office.query("SELECT code, components FROM oit_components WHERE year=?",
                                  [year])}


def load_calendar(office: OfficeDB, year: int) -> list:
    """The year's ITA calendar: the clerk's dates, else the usual ones."""
    from datetime import date

    from ..domain.ita_year import Phase, default_phases

    rows = list(office.query("SELECT * FROM calendar_phases WHERE year=? ORDER BY position", [year]))
    if not rows:
        return default_phases(year)
    return _convert("calendar_phases", rows, lambda r: Phase(
        r["key"] or "", r["name_th"] or "", date.fromisoformat(r["start"]),
        date.fromisoformat(r["end"])))


def load_population(office: OfficeDB, year: int) -> tuple[int | None, int | None]:
    """(staff count, service-user count) entered for the year."""
    row = next(office.query("SELECT staff_count, service_users FROM assessments WHERE year=?",
                            [year]), None)
    return (row["staff_count"], row["service_users"]) if row else (None, None)


def load_plan(office: OfficeDB) -> ActionPlan | None:
    row = next(office.query("SELECT * FROM plan WHERE id=1"), None)
    return _convert("plan", [row], convert.row_plan)[0] if row else None


def load_plan_items(office: OfficeDB, year: int) -> list[PlanItem]:
    return _convert("plan_items", office.query(
        "SELECT * FROM plan_items WHERE year=? ORDER BY position, id", [year]), convert.row_plan_item)


def load_round_results(office: OfficeDB, year: int) -> dict[int, dict[int, RoundResult]]:
    out: dict[int, dict[int, RoundResult]] = {6: {}, 12: {}}
    for res in _convert("round_results", office.query(
            "SELECT * FROM round_results WHERE year=?", [year]), convert.row_round_result):
        out.setdefault(res.round, {})[res.item_id] = res
    return out


def load_round_reports(office: OfficeDB, year: int) -> dict[int, RoundReport]:
    return {r.round: r for r in _convert("round_reports", office.query(
        "SELECT * FROM round_reports WHERE year=?", [year]), convert.row_round_report)}


def load_memos(office: OfficeDB, year: int) -> dict:
    return {m.document: m for m in _convert("memos", office.query(
        "SELECT * FROM memos WHERE year=?", [year]), convert.row_memo)}


def load_title_overrides(office: OfficeDB, year: int) -> dict[str, str]:
    return {r["code"]: r["title"] for r in office.query(
        "SELECT code, title FROM title_overrides WHERE year=?", [year])}


def load_settings(office: OfficeDB) -> PrintSettings:
    settings = PrintSettings()
    for r in office.query("SELECT key, value FROM settings"):
        if hasattr(settings, r["key"]):
            try:
                setattr(settings, r["key"], ast.literal_eval(r["value"]))
            except (ValueError, SyntaxError):
                pass  # a damaged setting falls back to its default
    return settings


def load_year(office: OfficeDB, year: int | None = None) -> YearData:
    """Everything the documents of one fiscal year are built from."""
    profile = load_office(office)
    if profile is None:
        raise StorageError("ไฟล์นี้ยังไม่มีข้อมูลหน่วยงาน", "this file has no office profile yet")
    if year is None:
        year = newest_year(office)
    elif year not in list_years(office):
        raise StorageError(f"ไฟล์นี้ไม่มีปีงบประมาณ {year}", f"this file has no fiscal year {year}")
    return YearData(
        office=profile, year=year,
        assessment=load_assessment(office, year),
        findings=load_findings(office, year),
        next_measures=load_measures(office, year + 1),
        measures=load_measures(office, year),
        oit=load_oit(office, year),
        oit_links=load_oit_links(office, year),
        d1_image=load_d1_image(office, year),
        oit_images=load_oit_images(office, year),
        item_components=load_oit_components(office, year),
        plan=load_plan(office),
        plan_items=load_plan_items(office, year),
        round_results=load_round_results(office, year),
        round_reports=load_round_reports(office, year),
        memos=load_memos(office, year),
        title_overrides=load_title_overrides(office, year),
        settings=load_settings(office),
        previous_assessment=load_previous_assessment(office, year),
    )


def load_previous_assessment(office: OfficeDB, year: int) -> Assessment | None:
    """The ITA Y-1 scores of workspace Y-1 in the same file (cited by D3 of year Y), or None
    when the file has no year Y-1 or no scores in it."""
    if next(office.query("SELECT 1 FROM years WHERE year=?", [year - 1]), None) is None:
        return None
    return load_assessment(office, year - 1)
