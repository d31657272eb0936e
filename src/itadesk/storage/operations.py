"""Named operations on an office file. Each runs in one transaction: all of it or nothing.

Every write goes through here (the GUI, the CLI and the importer alike), so a failed
validation or a crash half-way leaves the file exactly as it was. After a commit the
listeners in `office.on_change` are told which table changed, so views refresh from data.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime

from ..domain.assessment import Assessment, Finding
from ..domain.errors import ValidationError
from ..domain.measures import Measure
from ..domain.memo import Memo
from ..domain.office import Office
from ..domain.oit import OitProgress
from ..domain.plan import ActionPlan, PlanItem, RoundReport, RoundResult
from ..domain.settings import PrintSettings
from . import convert
from .database import OfficeDB, StorageError


def _checked(obj):
    """Validate again: a dataclass may have been changed after it was constructed (the GUI
    edits fields in place), and only validated values may reach the file."""
    return dataclasses.replace(obj)


def _check_room(office: OfficeDB, table: str, year: int, adding: int) -> None:
    """Refuse rows beyond the year's limit (domain/limits.py): the district's importer would
    refuse the package of a year holding more."""
    from ..domain import limits

    have = office.conn.execute(f"SELECT COUNT(*) FROM [{table}] WHERE year=?", (year,)).fetchone()[0]
    if have + adding > limits.ROWS:
        label = {"findings": ("การวิเคราะห์ผล", "analysis rows"), "measures": ("มาตรการ", "measures"),
                 "plan_items": ("โครงการในแผนปฏิบัติการ", "action-plan items"),
                 "oit_progress": ("ข้อ OIT", "OIT items")}.get(table, (table, table))
        raise ValidationError(
            label[0], f"ปีงบประมาณ {year} มีได้ไม่เกิน {limits.ROWS:,} รายการ (มีอยู่ {have:,})",
            f"fiscal year {year} may hold at most {limits.ROWS:,} {label[1]} (it has {have:,})")


def _notify(office: OfficeDB, what: str) -> None:
    for listener in list(office.on_change):
        listener(what)


def _next_position(office: OfficeDB, table: str, year: int) -> int:
    row = office.conn.execute(
        f"SELECT COALESCE(MAX(position), -1) + 1 FROM [{table}] WHERE year = ?", (year,)
    ).fetchone()
    return row[0]


# ------------------------------------------------------------------ office and years

def save_office(office: OfficeDB, profile: Office) -> None:
    profile = _checked(profile)
    with office.transaction() as db:
        db["office"].upsert(convert.office_row(profile), pk="id")
        db.execute("DELETE FROM units")
        db.execute("DELETE FROM people")
        for pos, unit in enumerate(profile.units):
            db["units"].insert({"name": unit.name, "phone": unit.phone, "position": pos})
        for pos, person in enumerate(profile.people):
            db["people"].insert({"name": person.name, "position_title": person.position,
                                 "role": person.role, "position": pos})
    _notify(office, "office")


def ensure_year(office: OfficeDB, year: int) -> None:
    with office.transaction() as db:
        db["years"].insert({"year": year, "created_at": datetime.now().isoformat(timespec="seconds")},
                           ignore=True)
    _notify(office, "years")


# ------------------------------------------------------------------ assessment and analysis

def save_assessment(office: OfficeDB, a: Assessment) -> None:
    """Replace the year's published scores with `a` (validated again by the domain)."""
    a = _checked(a)
    with office.transaction() as db:
        _ensure_year(db, a.year)
        db["assessments"].upsert(
            {"year": a.year, "national_rank": a.national_rank, "reported_total": a.reported_total,
             "rationale": a.rationale, "order_by_score": int(a.order_by_score)},
            pk="year",
        )
        db.execute("DELETE FROM indicator_scores WHERE year = ?", [a.year])
        db.execute("DELETE FROM question_scores WHERE year = ?", [a.year])
        db["indicator_scores"].insert_all(
            [{"year": a.year, "indicator": no, "score": s} for no, s in sorted(a.indicator_scores.items())]
        )
        db["question_scores"].insert_all(
            [{"year": a.year, "code": code, "score": s} for code, s in sorted(a.question_scores.items())]
        )
    _notify(office, "assessment")


def set_indicator_score(office: OfficeDB, year: int, indicator: int, score) -> float | None:
    """One cell of the score table: validated, saved, returned (None clears it)."""
    from ..domain import validate
    from ..domain.assessment import check_indicator_no

    year = validate.year_be("ปีงบประมาณ", year)
    indicator = check_indicator_no(indicator)
    value = validate.score(f"ตัวชี้วัดที่ {indicator}", score, optional=True)
    with office.transaction() as db:
        _ensure_year(db, year)
        if value is None:
            db.execute("DELETE FROM indicator_scores WHERE year=? AND indicator=?", [year, indicator])
        else:
            db["indicator_scores"].upsert({"year": year, "indicator": indicator, "score": value},
                                          pk=("year", "indicator"))
    _notify(office, "assessment")
    return value


def _add_rows(office: OfficeDB, table: str, objs: list, to_row) -> list[int]:
    """Append validated year rows (findings, measures) at the end of their year, all or none;
    the objects get their id and position."""
    for obj in objs:
        _checked(obj)
    ids = []
    for year in {obj.year for obj in objs}:
        _check_room(office, table, year, sum(1 for obj in objs if obj.year == year))
    with office.transaction() as db:
        for obj in objs:
            obj.position = _next_position(office, table, obj.year)
            row = to_row(obj)
            row.pop("id")
            obj.id = db[table].insert(row).last_pk
            ids.append(obj.id)
    _notify(office, table)
    return ids


def add_finding(office: OfficeDB, f: Finding) -> int:
    return _add_rows(office, "findings", [f], convert.finding_row)[0]


def add_findings(office: OfficeDB, findings: list[Finding]) -> list[int]:
    """Many findings at once (a paste): all are added, or none."""
    return _add_rows(office, "findings", findings, convert.finding_row)


def update_finding(office: OfficeDB, f: Finding) -> None:
    f = _checked(f)
    _update(office, "findings", f.id, convert.finding_row(f))


def delete_finding(office: OfficeDB, finding_id: int) -> None:
    _delete(office, "findings", finding_id)


# ------------------------------------------------------------------ measures (D2/D3)

def add_measure(office: OfficeDB, m: Measure, position: int | None = None) -> int:
    # No _ensure_year here: D2 rows belong to next year before that year is opened.
    _checked(m)
    _check_room(office, "measures", m.year, 1)
    with office.transaction() as db:
        if position is None:
            m.position = _next_position(office, "measures", m.year)
        else:
            db.execute("UPDATE measures SET position = position + 1 WHERE year=? AND position>=?",
                       [m.year, position])
            m.position = position
        row = convert.measure_row(m)
        row.pop("id")
        m.id = db["measures"].insert(row).last_pk
    _notify(office, "measures")
    return m.id


def add_measures(office: OfficeDB, measures: list[Measure]) -> list[int]:
    """Many rows at once (a paste): all are added, or none."""
    return _add_rows(office, "measures", measures, convert.measure_row)


def update_measure(office: OfficeDB, m: Measure) -> None:
    m = _checked(m)
    _update(office, "measures", m.id, convert.measure_row(m))


def delete_measure(office: OfficeDB, measure_id: int) -> None:
    _delete(office, "measures", measure_id)


def move_row(office: OfficeDB, table: str, row_id: int, new_position: int) -> None:
    """Reorder a row of findings, measures or plan_items within its year."""
    if table not in ("findings", "measures", "plan_items"):
        raise ValueError(table)
    with office.transaction() as db:
        row = db.execute(f"SELECT year FROM [{table}] WHERE id=?", [row_id]).fetchone()
        if row is None:
            raise StorageError("ไม่พบแถวที่ต้องการย้าย", "the row to move was not found")
        ids = [r[0] for r in db.execute(
            f"SELECT id FROM [{table}] WHERE year=? ORDER BY position, id", [row[0]])]
        ids.remove(row_id)
        ids.insert(max(0, min(new_position, len(ids))), row_id)
        for pos, rid in enumerate(ids):
            db.execute(f"UPDATE [{table}] SET position=? WHERE id=?", [pos, rid])
    _notify(office, table)


_ROW_TABLES = ("findings", "measures", "plan_items")


def delete_rows(office: OfficeDB, table: str, ids: list[int]) -> dict:
    """Delete rows of findings, measures or plan items in one transaction.

    Returns a snapshot that `restore_rows` puts back exactly: the same ids, the same places,
    and for plan items their round results. (Undo of a deletion is one transaction too.)"""
    if table not in _ROW_TABLES:
        raise ValueError(table)
    ids = [int(i) for i in ids]
    marks = ",".join("?" * len(ids))
    with office.transaction() as db:
        rows = [dict(r) for r in db.query(f"SELECT * FROM [{table}] WHERE id IN ({marks})", ids)]
        if len(rows) != len(set(ids)):
            raise StorageError("ไม่พบแถวที่ต้องการลบ", "a row to delete was not found")
        results = []
        if table == "plan_items":
            results = [dict(r) for r in db.query(
                f"SELECT * FROM round_results WHERE item_id IN ({marks})", ids)]
            db.execute(f"DELETE FROM round_results WHERE item_id IN ({marks})", ids)
        db.execute(f"DELETE FROM [{table}] WHERE id IN ({marks})", ids)
        for year in {r["year"] for r in rows}:
            _renumber(db, table, year)
    _notify(office, table)
    return {"table": table, "rows": rows, "results": results}


def restore_rows(office: OfficeDB, snapshot: dict) -> dict[int, int]:
    """Put deleted rows back where they were; returns {old id: id now} (normally the same)."""
    table = snapshot["table"]
    if table not in _ROW_TABLES:
        raise ValueError(table)
    mapping: dict[int, int] = {}
    with office.transaction() as db:
        for year in sorted({r["year"] for r in snapshot["rows"]}):
            order = [r[0] for r in db.execute(
                f"SELECT id FROM [{table}] WHERE year=? ORDER BY position, id", [year])]
            back = sorted((r for r in snapshot["rows"] if r["year"] == year), key=lambda r: r["position"])
            for row in back:
                row = dict(row)
                if db.execute(f"SELECT 1 FROM [{table}] WHERE id=?", [row["id"]]).fetchone():
                    old = row.pop("id")  # taken meanwhile: insert with a new id
                    new_id = db[table].insert(row).last_pk
                else:
                    old = new_id = db[table].insert(row).last_pk
                mapping[old] = new_id
                order.insert(min(row["position"], len(order)), new_id)
            for pos, rid in enumerate(order):
                db.execute(f"UPDATE [{table}] SET position=? WHERE id=?", [pos, rid])
        for res in snapshot.get("results", []):
            res = dict(res, item_id=mapping.get(res["item_id"], res["item_id"]))
            db["round_results"].upsert(res, pk=("item_id", "round"))
    _notify(office, table)
    if snapshot.get("results"):
        _notify(office, "round_results")
    return mapping


def _renumber(db, table: str, year: int) -> None:
    ids = [r[0] for r in db.execute(f"SELECT id FROM [{table}] WHERE year=? ORDER BY position, id", [year])]
    for pos, rid in enumerate(ids):
        db.execute(f"UPDATE [{table}] SET position=? WHERE id=?", [pos, rid])


# ------------------------------------------------------------------ OIT progress (D4)

def save_oit_progress(office: OfficeDB, p: OitProgress, framework=None) -> None:
    """Save one item's progress; the code must be an item of the year's framework.

    Without `framework`, the bundled/imported framework of `p.year` is used when there is
    one; a year with no framework file accepts any code (the clerk types the titles)."""
    p = _checked(p)
    if framework is None:
        framework = _framework_or_none(p.year)
    if framework is not None:
        p.code = framework.normalize_code(p.code)
    if office.conn.execute("SELECT 1 FROM oit_progress WHERE year=? AND code=?",
                           (p.year, p.code)).fetchone() is None:
        _check_room(office, "oit_progress", p.year, 1)
    with office.transaction() as db:
        _ensure_year(db, p.year)
        db["oit_progress"].upsert(convert.oit_row(p), pk=("year", "code"))
    _notify(office, "oit")


def _item_code(year: int, code: str, framework=None) -> str:
    from ..domain import validate

    validate.year_be("ปีงบประมาณ", year)
    if framework is None:
        framework = _framework_or_none(year)
    code = validate.text("รหัสข้อ", code, required=True, max_len=20).strip()
    return framework.normalize_code(code) if framework is not None else code


def save_oit_links(office: OfficeDB, year: int, code: str, links, framework=None) -> list:
    """Replace an OIT item's evidence links (ITAS keeps several): at most 5, each http(s),
    each with a description. ValidationError naming the field, nothing written, otherwise."""
    from ..domain.oit import check_links

    code = _item_code(year, code, framework)
    checked = check_links(code, links)
    with office.transaction() as db:
        _ensure_year(db, year)
        db.execute("DELETE FROM oit_links WHERE year=? AND code=?", [year, code])
        for pos, link in enumerate(checked):
            db["oit_links"].insert({"year": year, "code": code, "position": pos, "url": link.url,
                                    "description": link.description})
    _notify(office, "oit")
    return checked


def save_oit_image(office: OfficeDB, year: int, code: str, data: bytes | None,
                   framework=None) -> str | None:
    """Attach an image to an OIT item (e.g. the EIT QR code 2566 O43 asks for), PNG or JPEG of
    at most 5 MB, printed in D4; None removes it. Returns the MIME type."""
    from ..domain.oit import check_image

    code = _item_code(year, code, framework)
    mime = None if data is None else check_image(code, data)
    with office.transaction() as db:
        _ensure_year(db, year)
        db.execute("DELETE FROM oit_images WHERE year=? AND code=?", [year, code])
        if data is not None:
            db["oit_images"].insert({"year": year, "code": code, "mime": mime, "data": bytes(data)})
    _notify(office, "oit")
    return mime


def save_oit_components(office: OfficeDB, year: int, code: str, text, framework=None) -> tuple:
    """The components (องค์ประกอบ) of an item the clerk types for a year whose framework lacks
    them (issue 16): one a line, kept per year and carried to the next by start_new_year."""
    from ..domain.oit import check_components

    code = _item_code(year, code, framework)
    lines = check_components(code, text)
    with office.transaction() as db:
        _ensure_year(db, year)
        if lines:
            db["oit_components"].upsert({"year": year, "code": code, "components": "\n".join(lines)},
                                        pk=("year", "code"))
        else:
            db.execute("DELETE FROM oit_components WHERE year=? AND code=?", [year, code])
    _notify(office, "oit")
    return lines


def save_d1_image(office: OfficeDB, year: int, data: bytes | None) -> str | None:
    """D1's supplied image (PNG/JPEG ≤ 5 MB; printed after the program's chart); None removes
    it. ValidationError naming the field, nothing written, otherwise."""
    from ..domain import validate
    from ..domain.oit import check_image

    year = validate.year_be("ปีงบประมาณ", year)
    mime = None
    if data is not None:
        try:
            mime = check_image("D1", data)
        except ValidationError as exc:
            raise ValidationError("รูปภาพกราฟของ D1", exc.reason_th, exc.reason_en) from None
    with office.transaction() as db:
        _ensure_year(db, year)
        db.execute("INSERT INTO assessments (year, chart_image, chart_image_mime) VALUES (?, ?, ?) "
                   "ON CONFLICT (year) DO UPDATE SET chart_image = excluded.chart_image, "
                   "chart_image_mime = excluded.chart_image_mime",
                   [year, None if data is None else bytes(data), mime or ""])
    _notify(office, "assessment")
    return mime


def save_calendar(office: OfficeDB, year: int, phases) -> None:
    """The year's ITA calendar (ita_year.Phase list, in order), replacing the stored one;
    an empty list goes back to the usual dates."""
    from ..domain import validate
    from ..domain.ita_year import Phase

    year = validate.year_be("ปีงบประมาณ", year)
    phases = [Phase(p.key, p.name_th, p.start, p.end) for p in phases]  # checked again
    with office.transaction() as db:
        _ensure_year(db, year)
        db.execute("DELETE FROM calendar_phases WHERE year=?", [year])
        for pos, p in enumerate(phases):
            db["calendar_phases"].insert({"year": year, "position": pos, "key": p.key,
                                          "name_th": p.name_th, "start": p.start.isoformat(),
                                          "end": p.end.isoformat()})
    _notify(office, "calendar")


def save_population(office: OfficeDB, year: int, staff, service_users) -> None:
    """Staff (≥ 1 year of service) and service-user counts, for ITAS's minimum sample sizes."""
    from ..domain import validate
    from ..domain.ita_year import sample_size

    year = validate.year_be("ปีงบประมาณ", year)
    values = []
    for label, v in (("จำนวนบุคลากร", staff), ("จำนวนผู้รับบริการ", service_users)):
        if v is None or str(v).strip() == "":
            values.append(None)
            continue
        try:
            sample_size(v)
        except ValidationError as exc:
            raise ValidationError(label, exc.reason_th, exc.reason_en) from None
        values.append(int(str(v).strip()))
    with office.transaction() as db:
        _ensure_year(db, year)
        db.execute("INSERT INTO assessments (year, staff_count, service_users) VALUES (?, ?, ?) "
                   "ON CONFLICT (year) DO UPDATE SET staff_count = excluded.staff_count, "
                   "service_users = excluded.service_users", [year, *values])
    _notify(office, "assessment")


def set_title_override(office: OfficeDB, year: int, code: str, title: str) -> None:
    from ..domain import limits, validate

    year = validate.year_be("ปีงบประมาณ", year)
    code = validate.text("รหัสข้อ", code, required=True, max_len=limits.CODE).strip()
    title = validate.text("ชื่อข้อ", title, max_len=limits.TITLE)
    with office.transaction() as db:
        if title.strip():
            db["title_overrides"].upsert({"year": year, "code": code, "title": title.strip()},
                                         pk=("year", "code"))
        else:
            db.execute("DELETE FROM title_overrides WHERE year=? AND code=?", [year, code])
    _notify(office, "titles")


# the tables holding an OIT item's data for a year (removed with an item a framework drops)
_ITEM_TABLES = ("oit_progress", "title_overrides", "oit_links", "oit_images", "oit_components")


def delete_item_rows(office: OfficeDB, year: int, codes) -> dict:
    """Delete a year's OIT progress rows and typed titles of `codes` (matched without regard
    to case: "O5" is "o5") in one transaction: the data of items a framework no longer has.
    Returns a snapshot that `restore_item_rows` puts back exactly."""
    keys = sorted({str(c).casefold() for c in codes})
    snapshot: dict = {"year": int(year), **{t: [] for t in _ITEM_TABLES}}
    if not keys:
        return snapshot
    marks = ",".join("?" * len(keys))
    with office.transaction() as db:
        for table in _ITEM_TABLES:
            where = f"year=? AND lower(code) IN ({marks})"
            args = [int(year), *keys]
            snapshot[table] = [dict(r) for r in db.query(f"SELECT * FROM [{table}] WHERE {where}", args)]
            db.execute(f"DELETE FROM [{table}] WHERE {where}", args)
    _notify(office, "oit")
    _notify(office, "titles")
    return snapshot


def restore_item_rows(office: OfficeDB, snapshot: dict) -> None:
    """Undo of `delete_item_rows`: the same rows back (one transaction)."""
    with office.transaction() as db:
        for table in _ITEM_TABLES:
            pk = ("year", "code", "position") if table == "oit_links" else ("year", "code")
            for row in snapshot.get(table, []):
                db[table].upsert(dict(row), pk=pk)
    _notify(office, "oit")
    _notify(office, "titles")


# ------------------------------------------------------------------ action plan (D5)

def save_plan(office: OfficeDB, plan: ActionPlan) -> None:
    with office.transaction() as db:
        db["plan"].upsert(convert.plan_row(plan), pk="id")
    _notify(office, "plan")


def add_plan_item(office: OfficeDB, item: PlanItem, year: int) -> int:
    return add_plan_items(office, [item], year)[0]


def add_plan_items(office: OfficeDB, items: list[PlanItem], year: int,
                   results: list[list[RoundResult]] | None = None) -> list[int]:
    """Add plan items (and, for a paste, each item's round results) in one transaction.

    `results[i]` are the results of `items[i]`; their item_id is filled in here."""
    from ..domain.validate import year_be

    year = year_be("ปีงบประมาณ", year)
    for item in items:
        _checked(item)
    _check_room(office, "plan_items", year, len(items))
    ids = []
    with office.transaction() as db:
        _ensure_year(db, year)
        for item in items:
            item.position = _next_position(office, "plan_items", year)
            row = convert.plan_item_row(item, year)
            row.pop("id")
            item.id = db["plan_items"].insert(row).last_pk
            ids.append(item.id)
        for item, item_results in zip(items, results or [], strict=False):
            for res in item_results:
                res = _checked(dataclasses.replace(res, item_id=item.id, year=year))
                db["round_results"].upsert(convert.round_result_row(res), pk=("item_id", "round"))
    _notify(office, "plan_items")
    if results:
        _notify(office, "round_results")
    return ids


def update_plan_item(office: OfficeDB, item: PlanItem) -> None:
    item = _checked(item)
    row = convert.plan_item_row(item, 0)
    row.pop("year")
    _update(office, "plan_items", item.id, row)


def delete_plan_item(office: OfficeDB, item_id: int) -> None:
    with office.transaction() as db:
        db.execute("DELETE FROM round_results WHERE item_id=?", [item_id])
        db.execute("DELETE FROM plan_items WHERE id=?", [item_id])
    _notify(office, "plan_items")


def save_round_result(office: OfficeDB, res: RoundResult) -> None:
    save_round_results(office, [res])


def save_round_results(office: OfficeDB, results: list[RoundResult]) -> None:
    results = [_checked(r) for r in results]
    with office.transaction() as db:
        for res in results:
            item = db.execute("SELECT year FROM plan_items WHERE id=?", [res.item_id]).fetchone()
            if item is None:
                raise StorageError(f"ไม่พบโครงการรหัส {res.item_id}", f"no plan item {res.item_id}")
            if item[0] != res.year:
                # the key is (item, round): a wrong year would move the result out of its year
                raise ValidationError(
                    "ปีงบประมาณ",
                    f"โครงการนี้อยู่ในปีงบประมาณ {item[0]} ไม่ใช่ {res.year}",
                    f"this plan item belongs to fiscal year {item[0]}, not {res.year}")
            db["round_results"].upsert(convert.round_result_row(res), pk=("item_id", "round"))
    _notify(office, "round_results")


def save_round_report(office: OfficeDB, rep: RoundReport) -> None:
    rep = _checked(rep)
    _save_year_row(office, "round_reports", rep.year, convert.round_report_row(rep), ("year", "round"))


# ------------------------------------------------------------------ memo, settings

def save_memo(office: OfficeDB, memo: Memo) -> None:
    memo = _checked(memo)
    _save_year_row(office, "memos", memo.year, convert.memo_row(memo), ("year", "document"))


def _save_year_row(office: OfficeDB, table: str, year: int, row: dict, pk: tuple) -> None:
    """Insert or replace one row keyed by year (and more); saving it opens the year."""
    with office.transaction() as db:
        _ensure_year(db, year)
        db[table].upsert(row, pk=pk)
    _notify(office, table)


def save_settings(office: OfficeDB, settings: PrintSettings) -> None:
    with office.transaction() as db:
        for key, value in dataclasses.asdict(settings).items():
            db["settings"].upsert({"key": key, "value": repr(value)}, pk="key")
    _notify(office, "settings")


# ------------------------------------------------------------------ the new fiscal year

def start_new_year(office: OfficeDB, new_year: int, framework=None) -> dict:
    """Open fiscal year `new_year`, carrying forward what should.

    Carried: the action plan's items (with budgets; results start empty), OIT responsible
    units (status reset) for the codes the new year's framework knows (the item lists change
    every year; codes it does not know are listed in the result, not copied), memo
    headers and signers (numbers, dates and bodies cleared; the year in the subject moved on)
    and D1's rationale (boilerplate: see `move_fiscal_year`; not over a rationale the new year
    already has).
    The measures written last year for `new_year` become this year's D3 rows by themselves.
    The profile and signers are kept once for all years. A year that already exists (e.g.
    because a memo was saved for it) can still be started as long as nothing was carried into
    it yet. Returns counts of what was copied and the OIT codes skipped.
    """
    from ..domain.thaitext import to_arabic_digits, to_thai_digits
    from ..domain.validate import year_be

    new_year = year_be("ปีงบประมาณ", new_year)
    prev = new_year - 1
    if framework is None:
        framework = _framework_or_none(new_year)
    with office.transaction() as db:
        carried = db.execute(
            "SELECT (SELECT COUNT(*) FROM plan_items WHERE year=?) + "
            "(SELECT COUNT(*) FROM oit_progress WHERE year=?)", [new_year, new_year]).fetchone()[0]
        if carried:
            raise ValidationError("ปีงบประมาณ", f"เริ่มปีงบประมาณ {new_year} ไปแล้ว",
                                  f"fiscal year {new_year} has already been started")
        _ensure_year(db, new_year)
        items = 0
        for row in db.query("SELECT * FROM plan_items WHERE year=? ORDER BY position", [prev]):
            row = dict(row)
            row.pop("id")
            row["year"] = new_year
            db["plan_items"].insert(row)
            items += 1
        oit, skipped = 0, []
        for row in db.query("SELECT code, unit FROM oit_progress WHERE year=? ORDER BY code", [prev]):
            code = row["code"]
            if framework is not None:
                try:
                    code = framework.normalize_code(code)
                except ValidationError:
                    skipped.append(code)
                    continue
            db["oit_progress"].insert({"year": new_year, "code": code, "status": "not_started",
                                       "progress": "", "evidence_url": "", "unit": row["unit"],
                                       "title_override": ""}, ignore=True)
            oit += 1
        components = 0  # typed once, kept per year, carried forward (issue 16)
        for row in db.query("SELECT code, components FROM oit_components WHERE year=?", [prev]):
            code = row["code"]
            if framework is not None:
                try:
                    code = framework.normalize_code(code)
                except ValidationError:
                    continue
            db["oit_components"].insert({"year": new_year, "code": code,
                                         "components": row["components"]}, ignore=True)
            components += 1
        memos = 0
        for row in db.query("SELECT * FROM memos WHERE year=?", [prev]):
            row = dict(row)
            subject = to_arabic_digits(row["subject"] or "")
            thai = subject != (row["subject"] or "")
            # "…ประจำปีงบประมาณ พ.ศ. ๒๕๖๗" becomes ๒๕๖๘ (and a mention of 2568 becomes 2569)
            subject = _YEAR_IN_TEXT.sub(
                lambda m: str(int(m.group()) + 1) if int(m.group()) in (prev, new_year) else m.group(),
                subject)
            row.update(year=new_year, ref_no="", date=None, body_json="[]", enclosures_json="[]",
                       subject=to_thai_digits(subject) if thai else subject)
            db["memos"].insert(row, ignore=True)
            memos += 1
        old = db.execute("SELECT rationale FROM assessments WHERE year=?", [prev]).fetchone()
        rationale = move_fiscal_year(old[0] or "", prev) if old else ""
        if rationale.strip():
            db.execute("INSERT INTO assessments (year, rationale) VALUES (?, ?) "
                       "ON CONFLICT (year) DO UPDATE SET rationale = excluded.rationale "
                       "WHERE COALESCE(assessments.rationale, '') = ''", [new_year, rationale])
        measures = db.execute("SELECT COUNT(*) FROM measures WHERE year=?", [new_year]).fetchone()[0]
    _notify(office, "years")
    return {"plan_items": items, "oit_items": oit, "memos": memos, "oit_components": components,
            "measures_for_results": measures, "oit_skipped": skipped,
            "rationale": bool(rationale.strip())}


_YEAR_IN_TEXT = re.compile(r"(?<!\d)2[5-6]\d\d(?!\d)")
# "ประจำปีงบประมาณ พ.ศ. 2567" — the phrase that names the document's own year
_FISCAL_YEAR_PHRASE = re.compile(
    r"((?:ประจำ|ใน)ปีงบประมาณ\s*(?:พ\.ศ\.)?\s*)([0-9๐-๙]{4})(?![0-9๐-๙])")


def move_fiscal_year(text: str, prev: int) -> str:
    """`text` for the year after `prev`: "ประจำปีงบประมาณ / ในปีงบประมาณ [พ.ศ.] Y" for Y =
    `prev` (this year) or `prev` + 1 (the year the measures are for) move on by one, in the
    same digits. Only those phrases move: unlike a memo subject, free text names other years
    that must stay (a plan's "พ.ศ. ๒๕๖๖–๒๕๗๐", a strategy's period, history)."""
    from ..domain.thaitext import to_arabic_digits, to_thai_digits

    def step(m: re.Match) -> str:
        digits = m.group(2)
        year = int(to_arabic_digits(digits))
        if year not in (prev, prev + 1):
            return m.group()
        moved = str(year + 1)
        return m.group(1) + (moved if digits.isascii() else to_thai_digits(moved))

    return _FISCAL_YEAR_PHRASE.sub(step, text)


# ------------------------------------------------------------------ removing a fiscal year

# Tables whose rows belong to one fiscal year through their `year` column and go with it.
# Three more are handled apart: round_results (also reached through their plan item; removed
# before the items because of the foreign key), measures (see `year_removal`) and years itself.
# tests/test_delete_year.py fails when a table with a `year` column is not named here.
YEAR_TABLES = ("assessments", "indicator_scores", "question_scores", "findings", "oit_progress",
               "plan_items", "round_reports", "memos", "title_overrides", "oit_links",
               "oit_images", "oit_components", "calendar_phases")

# in the order they are emptied (round_results before plan_items, years last)
_REMOVAL_ORDER = ("round_results", *YEAR_TABLES, "measures", "years")


@dataclasses.dataclass(frozen=True)
class YearRemoval:
    """What `delete_year(year)` removes: rows per table (tables with none are left out), and
    the measures it keeps because a neighbouring year of the file shows them
    ({measure year: rows})."""

    year: int
    rows: dict[str, int]
    kept_measures: dict[int, int]
    backup: object = None  # the Path of the backup made first (delete_year only)

    @property
    def total(self) -> int:
        return sum(n for table, n in self.rows.items() if table != "years")

    def summary(self) -> list[tuple[str, int]]:
        """Counts for people, in the order of the documents; only those above zero. Keys:
        scores (D1: indicator and question scores), findings, measures, oit_progress, plan_items,
        round_results, round_reports, memos, title_overrides."""
        out = []
        for key, tables in _SUMMARY_GROUPS:
            n = sum(self.rows.get(t, 0) for t in tables)
            if key == "scores" and not n:  # a rank or total without scores still counts
                n = self.rows.get("assessments", 0)
            if n:
                out.append((key, n))
        return out


_SUMMARY_GROUPS = (
    ("scores", ("indicator_scores", "question_scores")),
    ("findings", ("findings",)), ("measures", ("measures",)), ("oit_progress", ("oit_progress",)),
    ("plan_items", ("plan_items",)), ("round_results", ("round_results",)),
    ("round_reports", ("round_reports",)), ("memos", ("memos",)),
    ("title_overrides", ("title_overrides",)),
)


def _removal_where(year: int, years: list[int]) -> dict[str, tuple[str, list]]:
    """WHERE clause and parameters selecting, per table, the rows that belong to `year` only.

    A measure keyed Y is D3 (carried out in Y) of year Y and D2 (written for Y) of year Y-1:
    the measures keyed Y go only when Y-1 is not a year of the file, and the measures keyed
    Y+1 (D2 of Y) only when Y+1 is not one. So the neighbouring years keep all they show."""
    where = {"round_results": ("year=? OR item_id IN (SELECT id FROM plan_items WHERE year=?)",
                               [year, year])}
    for table in YEAR_TABLES:
        where[table] = ("year=?", [year])
    gone = [y for y, shown_by in ((year, year - 1), (year + 1, year + 1)) if shown_by not in years]
    where["measures"] = (f"year IN ({','.join('?' * len(gone))})" if gone else "0", gone)
    where["years"] = ("year=?", [year])
    return where


def _check_removable(office: OfficeDB, year) -> tuple[int, list[int]]:
    from ..domain.validate import year_be

    year = year_be("ปีงบประมาณ", year)
    years = [r[0] for r in office.conn.execute("SELECT year FROM years ORDER BY year")]
    if year not in years:
        have = ", ".join(map(str, years)) or "-"
        raise ValidationError("ปีงบประมาณ", f"ไฟล์นี้ไม่มีปีงบประมาณ {year} (มีปี {have})",
                              f"this file has no fiscal year {year} (it has {have})")
    if len(years) == 1:
        raise ValidationError(
            "ปีงบประมาณ",
            f"ปีงบประมาณ {year} เป็นปีเดียวของไฟล์นี้ จึงลบไม่ได้ (ไฟล์ต้องมีอย่างน้อยหนึ่งปี)",
            f"fiscal year {year} is the only year of this file, so it cannot be removed "
            f"(a file keeps at least one year)")
    return year, years


def year_removal(office: OfficeDB, year) -> YearRemoval:
    """What `delete_year` would remove, without changing anything (works read-only too).
    Refuses (ValidationError) a year the file does not have, and the file's only year."""
    year, years = _check_removable(office, year)
    rows: dict[str, int] = {}
    for table, (cond, params) in _removal_where(year, years).items():
        n = office.conn.execute(f"SELECT COUNT(*) FROM [{table}] WHERE {cond}", params).fetchone()[0]
        if n:
            rows[table] = n
    kept: dict[int, int] = {}
    for key, shown_by in ((year, year - 1), (year + 1, year + 1)):
        if shown_by in years:
            n = office.conn.execute("SELECT COUNT(*) FROM measures WHERE year=?", [key]).fetchone()[0]
            if n:
                kept[key] = n
    return YearRemoval(year, rows, kept)


def delete_year(office: OfficeDB, year) -> YearRemoval:
    """Remove fiscal year `year` and everything only it holds, in one transaction.

    First a verified backup ("before-delete-year-<year>") is made through backups.py, so the
    year can be had back from File ▸ restore a backup (`itadesk backup restore`); nothing is
    removed when the backup fails. The neighbouring years keep everything they show (see
    `_removal_where`); the action plan, the office profile and the settings are shared by all
    years and stay. Refused (nothing changes): a year the file does not have, the file's only
    year (ValidationError), a read-only file (ReadOnlyError). Returns the rows removed per
    table and the backup's path (None for a file only in memory)."""
    from .errors import ReadOnlyError

    if office.read_only:
        raise ReadOnlyError(office.path)
    plan = year_removal(office, year)
    backup = None
    if office.path is not None:
        from . import backups

        backup = backups.create_backup(office, reason=f"before-delete-year-{plan.year}")
    removed: dict[str, int] = {}
    with office.transaction() as db:
        _, years = _check_removable(office, plan.year)
        where = _removal_where(plan.year, years)
        for table in _REMOVAL_ORDER:
            cond, params = where[table]
            n = db.execute(f"DELETE FROM [{table}] WHERE {cond}", params).rowcount
            if n:
                removed[table] = n
    _notify(office, "years")
    return YearRemoval(plan.year, removed, plan.kept_measures, backup)


def _framework_or_none(year: int):
    from ..domain.errors import ItadeskError
    from ..domain.framework import default_registry

    try:
        return default_registry().get(year)
    except ItadeskError:
        return None


# ------------------------------------------------------------------ helpers

def _ensure_year(db, year: int) -> None:
    db["years"].insert({"year": year, "created_at": datetime.now().isoformat(timespec="seconds")},
                       ignore=True)


def _update(office: OfficeDB, table: str, row_id: int | None, row: dict) -> None:
    if row_id is None:
        raise StorageError("แถวนี้ยังไม่ได้บันทึก", "this row has not been saved yet")
    row = {k: v for k, v in row.items() if k not in ("id", "position")}
    with office.transaction() as db:
        if not db.execute(f"SELECT 1 FROM [{table}] WHERE id=?", [row_id]).fetchone():
            raise StorageError("ไม่พบแถวที่ต้องการแก้ไข", "the row to change was not found")
        db[table].update(row_id, row)
    _notify(office, table)


def _delete(office: OfficeDB, table: str, row_id: int) -> None:
    with office.transaction() as db:
        db.execute(f"DELETE FROM [{table}] WHERE id=?", [row_id])
    _notify(office, table)
