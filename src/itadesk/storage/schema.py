"""The database schema as a list of versioned migrations (recorded in PRAGMA user_version).

Each migration is a function of the sqlite-utils Database; `migrate()` runs the missing ones
in one transaction each. A file whose version is newer than the newest migration here was
written by a newer itadesk and is refused (see database.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by database.py when a migration runs (start-up of a print)
    import sqlite_utils


def _m1_initial(db: sqlite_utils.Database) -> None:
    db["office"].create(
        {"id": int, "code": str, "kind": str, "name": str, "tambon": str, "district": str,
         "province": str, "address": str, "phone": str, "website": str, "doc_prefix": str},
        pk="id",
    )
    db["units"].create({"id": int, "name": str, "phone": str, "position": int}, pk="id")
    db["people"].create(
        {"id": int, "name": str, "position_title": str, "role": str, "position": int}, pk="id"
    )
    db["years"].create({"year": int, "created_at": str}, pk="year")
    db["assessments"].create(
        {"year": int, "national_rank": int, "reported_total": float}, pk="year"
    )
    db["indicator_scores"].create(
        {"year": int, "indicator": int, "score": float}, pk=("year", "indicator")
    )
    db["question_scores"].create({"year": int, "code": str, "score": float}, pk=("year", "code"))
    db["findings"].create(
        {"id": int, "year": int, "target": str, "weaknesses": str, "fixes": str, "keep": str,
         "urgency": str, "position": int},
        pk="id",
    )
    db["measures"].create(
        {"id": int, "year": int, "target": str, "title": str, "steps": str, "period": str,
         "units": str, "follow_up": str, "status": str, "summary": str, "outcome": str,
         "evidence": str, "position": int},
        pk="id",
    )
    db["oit_progress"].create(
        {"year": int, "code": str, "status": str, "progress": str, "evidence_url": str,
         "unit": str, "title_override": str},
        pk=("year", "code"),
    )
    db["plan"].create({"id": int, "start_year": int, "end_year": int, "title": str}, pk="id")
    # Money is stored in satang (integer) so that sums in SQL are exact.
    db["plan_items"].create(
        {"id": int, "year": int, "name": str, "dimension": int, "item_type": str, "method": str,
         "kpi": str, "objective": str, "budget_satang": int, "period": str, "unit": str,
         "position": int},
        pk="id",
    )
    db["round_results"].create(
        {"item_id": int, "round": int, "year": int, "status": str, "reason": str, "result": str,
         "disbursed_satang": int, "remark": str},
        pk=("item_id", "round"),
        foreign_keys=[("item_id", "plan_items", "id")],
    )
    db["round_reports"].create(
        {"year": int, "round": int, "prepared_by": str, "preface": str, "background": str,
         "context": str, "input": str, "process": str, "product": str, "achievements": str,
         "benefits": str, "problems": str, "suggestions": str, "next_steps": str},
        pk=("year", "round"),
    )
    db["memos"].create(
        {"year": int, "document": str, "agency": str, "phone": str, "ref_no": str, "date": str,
         "subject": str, "to_whom": str, "enclosures_json": str, "body_json": str,
         "closing": str, "proposer_json": str, "chain_json": str},
        pk=("year", "document"),
    )
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["title_overrides"].create({"year": int, "code": str, "title": str}, pk=("year", "code"))
    db["measures"].create_index(["year", "position"])
    db["findings"].create_index(["year", "position"])
    db["plan_items"].create_index(["year", "position"])


def _m2_rationale(db: sqlite_utils.Database) -> None:
    """D1's "หลักการและเหตุผล": one free text per year, beside the year's published scores."""
    db["assessments"].add_column("rationale", str, not_null_default="")


def _m3_eplan_itas(db: sqlite_utils.Database) -> None:
    """Issue 13/16: the fields e-PlanNACC and ITAS ask for, in one step (one backup).

    D5 (e-PlanNACC): an item's quarter, target groups and plan years; a round's two budgets
    (local development plan / ordinance), the "บรรจุไว้ใน…" flag and the coded reason for
    "cannot". D4 (ITAS): per OIT item the มี/ไม่มี answer, the consultant's verdict, the office's
    explanation, up to 5 links with descriptions (oit_links), an image (oit_images), and the
    components the clerk types once a year (oit_components, carried to the next year). D1: a
    supplied chart image, the order of the indicator table, the staff and service-user counts
    for the EIT/IIT sample size. The year's page: the ITA calendar (calendar_phases)."""
    db["plan_items"].add_column("quarter", int)
    db["plan_items"].add_column("target_groups", str, not_null_default="")
    db["plan_items"].add_column("plan_years", str, not_null_default="")
    db["round_results"].add_column("budget_plan_satang", int)
    db["round_results"].add_column("budget_ordinance_satang", int)
    db["round_results"].add_column("in_ordinance", int, not_null_default=0)
    db["round_results"].add_column("reason_code", str, not_null_default="")
    db["oit_progress"].add_column("answer", str, not_null_default="")
    db["oit_progress"].add_column("verdict", str, not_null_default="")
    db["oit_progress"].add_column("explanation", str, not_null_default="")
    db["oit_links"].create(
        {"year": int, "code": str, "position": int, "url": str, "description": str},
        pk=("year", "code", "position"), not_null={"url"},
    )
    db["oit_images"].create({"year": int, "code": str, "mime": str, "data": bytes},
                            pk=("year", "code"))
    db["oit_components"].create({"year": int, "code": str, "components": str},
                                pk=("year", "code"))
    db["assessments"].add_column("chart_image", bytes)
    db["assessments"].add_column("chart_image_mime", str, not_null_default="")
    db["assessments"].add_column("order_by_score", int, not_null_default=0)
    db["assessments"].add_column("staff_count", int)
    db["assessments"].add_column("service_users", int)
    db["calendar_phases"].create(
        {"year": int, "position": int, "key": str, "name_th": str, "start": str, "end": str},
        pk=("year", "position"),
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _m1_initial, _m2_rationale, _m3_eplan_itas,
]
SCHEMA_VERSION = len(MIGRATIONS)
