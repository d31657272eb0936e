"""Rows <-> domain objects. Only storage knows the column names."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal

from ..domain.assessment import Finding
from ..domain.measures import Measure
from ..domain.memo import CommentBlock, Memo, Signer
from ..domain.office import Office, Person, Unit
from ..domain.oit import OitProgress
from ..domain.plan import ActionPlan, PlanItem, RoundReport, RoundResult


def to_satang(amount: Decimal | None) -> int | None:
    return None if amount is None else int((amount * 100).to_integral_value())


def from_satang(value: int | None) -> Decimal | None:
    return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


def plain_row(obj) -> dict:
    return dataclasses.asdict(obj)


def office_row(office: Office) -> dict:
    row = {f.name: getattr(office, f.name) for f in dataclasses.fields(office)
           if f.name not in ("units", "people")}
    row["id"] = 1
    return row


def row_office(row: dict, units: list[dict], people: list[dict]) -> Office:
    fields = {k: row[k] or "" for k in row if k != "id"}
    return Office(
        **fields,
        units=[Unit(name=u["name"], phone=u["phone"] or "", id=u["id"]) for u in units],
        people=[Person(name=p["name"], position=p["position_title"] or "", role=p["role"] or "",
                       id=p["id"]) for p in people],
    )


def finding_row(f: Finding) -> dict:
    return plain_row(f)


def row_finding(r: dict) -> Finding:
    return Finding(**_none_to_empty(r, Finding))


def measure_row(m: Measure) -> dict:
    return plain_row(m)


def row_measure(r: dict) -> Measure:
    return Measure(**_none_to_empty(r, Measure))


def oit_row(p: OitProgress) -> dict:
    row = plain_row(p)
    row.pop("id")
    return row


def row_oit(r: dict) -> OitProgress:
    return OitProgress(**_none_to_empty(r, OitProgress))


def plan_row(p: ActionPlan) -> dict:
    return {"id": 1, **plain_row(p)}


def row_plan(r: dict) -> ActionPlan:
    return ActionPlan(start_year=r["start_year"], end_year=r["end_year"], title=r["title"] or "")


def plan_item_row(item: PlanItem, year: int) -> dict:
    row = plain_row(item)
    row["budget_satang"] = to_satang(row.pop("budget"))
    row["year"] = year
    return row


def row_plan_item(r: dict) -> PlanItem:
    r = dict(r)
    r.pop("year", None)
    r["budget"] = from_satang(r.pop("budget_satang"))
    return PlanItem(**_none_to_empty(r, PlanItem))


_MONEY_COLUMNS = (("disbursed", "disbursed_satang"), ("budget_plan", "budget_plan_satang"),
                  ("budget_ordinance", "budget_ordinance_satang"))


def round_result_row(res: RoundResult) -> dict:
    row = plain_row(res)
    for name, column in _MONEY_COLUMNS:
        row[column] = to_satang(row.pop(name))
    row["in_ordinance"] = int(bool(row["in_ordinance"]))
    return row


def row_round_result(r: dict) -> RoundResult:
    r = dict(r)
    for name, column in _MONEY_COLUMNS:
        r[name] = from_satang(r.pop(column, None))
    r["in_ordinance"] = bool(r.get("in_ordinance") or 0)
    return RoundResult(**_none_to_empty(r, RoundResult))


def round_report_row(rep: RoundReport) -> dict:
    return plain_row(rep)


def row_round_report(r: dict) -> RoundReport:
    return RoundReport(**_none_to_empty(r, RoundReport))


def memo_row(m: Memo) -> dict:
    return {
        "year": m.year, "document": m.document, "agency": m.agency, "phone": m.phone,
        "ref_no": m.ref_no, "date": m.date.isoformat() if m.date else None,
        "subject": m.subject, "to_whom": m.to, "closing": m.closing,
        "enclosures_json": json.dumps(m.enclosures, ensure_ascii=False),
        "body_json": json.dumps(m.body, ensure_ascii=False),
        "proposer_json": json.dumps(dataclasses.asdict(m.proposer), ensure_ascii=False),
        "chain_json": json.dumps([dataclasses.asdict(c) for c in m.chain], ensure_ascii=False),
    }


def row_memo(r: dict) -> Memo:
    chain = []
    for c in json.loads(r["chain_json"] or "[]"):
        chain.append(CommentBlock(heading=c["heading"], signer=Signer(**c["signer"]),
                                  lines=c.get("lines", 3), options=c.get("options", [])))
    return Memo(
        year=r["year"], document=r["document"], agency=r["agency"] or "", phone=r["phone"] or "",
        ref_no=r["ref_no"] or "", date=date.fromisoformat(r["date"]) if r["date"] else None,
        subject=r["subject"] or "", to=r["to_whom"] or "", closing=r["closing"] or "",
        enclosures=json.loads(r["enclosures_json"] or "[]"), body=json.loads(r["body_json"] or "[]"),
        proposer=Signer(**json.loads(r["proposer_json"] or "{}")), chain=chain,
    )


def _none_to_empty(row: dict, cls) -> dict:
    """SQLite NULL text becomes "" (the dataclasses use "" for "not filled")."""
    names = {f.name: f for f in dataclasses.fields(cls)}
    out = {}
    for key, value in row.items():
        if key not in names:
            continue
        if value is None and names[key].type in ("str", str):
            value = ""
        out[key] = value
    return out
