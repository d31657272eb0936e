"""data.json: one fiscal year of one office as plain JSON, and its strict reading back.

The schema is documented in docs/data-format.md. Writing uses the domain dataclasses as they
are (dataclasses.asdict, Decimal as a string such as "12500.00", dates as ISO "2024-09-30"),
plus the year's framework identity and the scores computed by its rules. Reading trusts
nothing: every object must have exactly the known keys with the right JSON types, every string
is length-capped, every value goes through the domain dataclasses (whose __post_init__
validates ranges) and every item code through the year's Framework.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain import limits, scoring
from ..domain.assessment import Assessment, Finding
from ..domain.errors import ValidationError
from ..domain.framework import Framework
from ..domain.measures import Measure
from ..domain.memo import CommentBlock, Memo, Signer
from ..domain.office import Office, Person, Unit
from ..domain.oit import OitProgress
from ..domain.plan import ActionPlan, PlanItem, RoundReport, RoundResult
from ..domain.settings import PrintSettings
from ..domain.thainames import dla_code, fold_name
from ..domain.validate import MAX_TEXT
from ..domain.yeardata import YearData
from .errors import PackageError

DATA_FORMAT = "itadesk-data"
# 2: the e-PlanNACC / ITAS fields of issue 13 (plan item quarter, target groups and plan
# years; a round's two budgets, "บรรจุไว้ใน…" flag and coded reason; OIT answer, verdict and
# explanation). A package is written as version 1 when it uses none of them (the new keys are
# left out when empty), so an older district still imports it; see docs/data-format.md.
DATA_VERSION = 2

# field -> its empty value, per class: left out of data.json when empty (readable by v1)
_V2_FIELDS = {
    "PlanItem": {"quarter": None, "target_groups": "", "plan_years": ""},
    "RoundResult": {"budget_plan": None, "budget_ordinance": None, "in_ordinance": False,
                    "reason_code": ""},
    "OitProgress": {"answer": "", "verdict": "", "explanation": ""},
}

# Sanity limits for one office's year (real offices have a few dozen rows of each).
MAX_LIST = limits.ROWS  # the office program's own limits (domain/limits.py)
MAX_KEY = limits.KEY
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DECIMAL_RE = re.compile(r"^\d{1,13}(\.\d{1,2})?$")


# ------------------------------------------------------------------ framework identity

_FW_HASHES: dict[int, tuple[Framework, str]] = {}


def framework_hash(fw: Framework) -> str:
    """SHA-256 of the framework's canonical content (its to_dict() as sorted compact JSON),
    so the same framework hashes the same whatever the file's line endings or comments.
    The stock D1 rationale is left out: it is wording offered to the clerk, not part of what
    the scores are computed with (a file that only gains one keeps its hash)."""
    hit = _FW_HASHES.get(id(fw))
    if hit is not None and hit[0] is fw:
        return hit[1]
    content = fw.to_dict()
    content.pop("rationale", None)
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if len(_FW_HASHES) > 64:
        _FW_HASHES.clear()
    _FW_HASHES[id(fw)] = (fw, digest)
    return digest


def framework_identity(fw: Framework) -> dict:
    return {
        "fiscal_year": fw.fiscal_year,
        "provisional": bool(fw.provisional),
        "title_th": fw.title_th,
        "sha256": framework_hash(fw),
    }


def scores_dict(result: scoring.ScoreResult) -> dict:
    return {
        "indicator_scores": {str(k): v for k, v in sorted(result.indicator_scores.items())},
        "instrument_scores": dict(result.instrument_scores),
        "total": result.total,
        "level_th": result.level.label_th if result.level else None,
        "level_en": result.level.label_en if result.level else None,
        "passed": result.passed,
        "missing": list(result.missing),
    }


def compute_scores(data: YearData, fw: Framework) -> scoring.ScoreResult:
    a = data.assessment
    return scoring.compute(fw, a.indicator_scores if a else {}, a.question_scores if a else {})


# ------------------------------------------------------------------ writing

def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _obj(obj) -> dict:
    return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def _v2(obj, used: list) -> dict:
    """`_obj(obj)` without the version-2 fields that are empty; `used` gets True when any
    is not (then the package must say version 2)."""
    out = _obj(obj)
    for name, empty in _V2_FIELDS.get(type(obj).__name__, {}).items():
        if name in out:
            if out[name] == empty or (empty is None and out[name] is None):
                del out[name]
            else:
                used.append(True)
    return out


def _assessment(a) -> dict:
    """The assessment's fields; `rationale` only when there is one, so that a package without
    it stays readable by an itadesk from before the field (which refuses unknown fields)."""
    out = _obj(a)
    if not out.get("rationale"):
        out.pop("rationale", None)
    if not out.get("order_by_score"):
        out.pop("order_by_score", None)
    return out


def encode(data: YearData, fw: Framework, result: scoring.ScoreResult | None = None) -> dict:
    """The data.json object of one office's year."""
    if result is None:
        result = compute_scores(data, fw)
    office = _obj(data.office)
    office["units"] = [_obj(u) for u in data.office.units]
    office["people"] = [_obj(p) for p in data.office.people]
    memos = []
    for memo in data.memos.values():
        m = _obj(memo)
        m["proposer"] = _obj(memo.proposer)
        m["chain"] = [{**_obj(c), "signer": _obj(c.signer)} for c in memo.chain]
        memos.append(m)
    used: list = []
    out = {
        "format": DATA_FORMAT,
        "format_version": DATA_VERSION,
        "year": data.year,
        "framework": framework_identity(fw),
        "scores": scores_dict(result),
        "office": office,
        "assessment": _assessment(data.assessment) if data.assessment else None,
        "findings": [_obj(f) for f in data.findings],
        "next_measures": [_obj(m) for m in data.next_measures],
        "measures": [_obj(m) for m in data.measures],
        "oit": [_v2(p, used) for p in data.oit],
        "plan": _obj(data.plan) if data.plan else None,
        "plan_items": [_v2(i, used) for i in data.plan_items],
        "round_results": [_v2(r, used) for rnd in sorted(data.round_results)
                          for r in data.round_results[rnd].values()],
        "round_reports": [_obj(r) for _, r in sorted(data.round_reports.items())],
        "memos": memos,
        "title_overrides": dict(data.title_overrides),
        "settings": _obj(data.settings),
    }
    # version 2 keys, only when there is something in them (images stay in the office file:
    # D4's PDF in the package shows them)
    if data.oit_links:
        out["oit_links"] = {code: [{"url": x.url, "description": x.description} for x in links]
                            for code, links in sorted(data.oit_links.items())}
    if data.item_components:
        out["item_components"] = {code: list(c) for code, c in sorted(data.item_components.items())}
    if data.assessment is not None and data.assessment.order_by_score:
        used.append(True)
    if not used and "oit_links" not in out and "item_components" not in out:
        out["format_version"] = 1  # nothing new: an older itadesk reads all of it
    return out


def dumps(obj: dict) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")


# ------------------------------------------------------------------ strict reading

class _Reader:
    """Type checks with a JSON path in every message: 'findings[2].urgency'."""

    def __init__(self, file: str):
        self.file = file

    def fail(self, path: str, th: str, en: str, reason: str = "invalid_value"):
        raise PackageError(self.file, reason, f"data.json {path}: {th}", f"data.json {path}: {en}")

    def dict(self, path: str, value, allowed: set[str], required: set[str] = frozenset()) -> dict:
        if not isinstance(value, dict):
            self.fail(path, "ต้องเป็นออบเจกต์", "must be an object")
        for key in value:
            if key not in allowed:
                self.fail(f"{path}.{key}"[:200], "ไม่รู้จักช่องข้อมูลนี้", "unknown field")
        for key in required:
            if key not in value:
                self.fail(f"{path}.{key}", "ขาดช่องข้อมูลนี้", "missing field")
        return value

    def list(self, path: str, value, max_len: int = MAX_LIST) -> list:
        if not isinstance(value, list):
            self.fail(path, "ต้องเป็นรายการ", "must be a list")
        if len(value) > max_len:
            self.fail(path, f"มีเกิน {max_len:,} รายการ", f"more than {max_len:,} entries", "too_large")
        return value

    def str(self, path: str, value, max_len: int = MAX_TEXT) -> str:
        if not isinstance(value, str):
            self.fail(path, "ต้องเป็นข้อความ", "must be a string")
        if len(value) > max_len:
            self.fail(path, f"ยาว {len(value):,} ตัวอักษร เกิน {max_len:,}",
                      f"{len(value):,} characters, more than {max_len:,}", "too_long")
        return value

    def int(self, path: str, value, lo: int = -(2**31), hi: int = 2**31, nullable=False):
        if value is None and nullable:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(path, "ต้องเป็นจำนวนเต็ม", "must be an integer")
        if not lo <= value <= hi:
            self.fail(path, f"ค่า {value} อยู่นอกช่วง {lo}–{hi}", f"{value} is outside {lo}–{hi}")
        return value

    def num(self, path: str, value, nullable=False):
        if value is None and nullable:
            return None
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            self.fail(path, "ต้องเป็นตัวเลข", "must be a number")
        return value

    def bool(self, path: str, value, nullable=False):
        if value is None and nullable:
            return None
        if not isinstance(value, bool):
            self.fail(path, "ต้องเป็น true หรือ false", "must be true or false")
        return value

    def money(self, path: str, value) -> Decimal | None:
        if value is None:
            return None
        if not isinstance(value, str) or not _DECIMAL_RE.match(value):
            self.fail(path, "จำนวนเงินต้องเป็นข้อความตัวเลขเช่น \"1250.00\"",
                      "an amount must be a decimal string such as \"1250.00\"")
        try:
            return Decimal(value)
        except InvalidOperation:  # pragma: no cover - the regex already guarantees a number
            self.fail(path, "จำนวนเงินไม่ถูกต้อง", "invalid amount")

    def date(self, path: str, value, year: int) -> date | None:
        if value is None:
            return None
        if not isinstance(value, str) or not _DATE_RE.match(value):
            self.fail(path, "วันที่ต้องเป็นรูปแบบ YYYY-MM-DD", "a date must be YYYY-MM-DD")
        try:
            d = date.fromisoformat(value)
        except ValueError:
            self.fail(path, f"ไม่มีวันที่ {value}", f"there is no date {value}")
        first, last = limits.memo_date_range(year)
        if not first <= d <= last:
            self.fail(path, f"วันที่ {value} ห่างจากปีงบประมาณ {year} เกินจริง",
                      f"the date {value} is implausibly far from fiscal year {year}")
        return d

    def fields(self, path: str, value, cls, special: dict | None = None) -> dict:
        """A dataclass's plain fields (str/int/bool/float/Decimal) read strictly; `special`
        maps the other field names to readers f(path, value) -> python value.
        (The common cases are checked inline: this runs for every row of every package.)"""
        names, required, types, kinds = _SPECS.get(cls) or _spec(cls)
        if type(value) is not dict:
            self.fail(path, "ต้องเป็นออบเจกต์", "must be an object")
        keys = value.keys()
        if not keys <= names:
            key = next(k for k in keys if k not in names)
            self.fail(f"{path}.{key}"[:200], "ไม่รู้จักช่องข้อมูลนี้", "unknown field")
        if not keys >= required:
            key = next(k for k in required if k not in keys)
            self.fail(f"{path}.{key}", "ขาดช่องข้อมูลนี้", "missing field")
        if special is None:
            # the common case, checked inline: a value of the exact type within bounds is kept
            # as it is; the others (in their order) go through the careful reading
            slow = None
            for name, v in value.items():
                k = kinds[name]
                if k == 1:
                    if type(v) is str and len(v) <= MAX_TEXT:
                        continue
                elif k == 2:
                    if type(v) is int and -2**31 <= v <= 2**31:
                        continue
                elif k == 3:
                    if v is None or type(v) is int and -2**31 <= v <= 2**31:
                        continue
                elif k == 4:
                    if type(v) is bool:
                        continue
                if slow is None:
                    slow = []
                slow.append(name)
            out = dict(value)
            if slow is not None:
                for name in slow:
                    out[name] = self._field(f"{path}.{name}", types[name], value[name], cls)
            return out
        out = {}
        for name, v in value.items():
            if name in special:
                out[name] = special[name](f"{path}.{name}", v)
                continue
            t = types[name]
            tv = type(v)
            if t == "str":
                if tv is str and len(v) <= MAX_TEXT:
                    out[name] = v
                    continue
            elif t == "int" or t == "int | None":
                if tv is int and -2**31 <= v <= 2**31 or (v is None and t == "int | None"):
                    out[name] = v
                    continue
            elif t == "bool":
                if tv is bool:
                    out[name] = v
                    continue
            out[name] = self._field(f"{path}.{name}", t, v, cls)
        return out

    def _field(self, p: str, t: str, v, cls):
        """The careful reading of one field, with a message naming it when it is wrong."""
        if t == "str":
            return self.str(p, v)
        if t == "int":
            return self.int(p, v)
        if t == "int | None":
            return self.int(p, v, nullable=True)
        if t == "bool":
            return self.bool(p, v)
        if t == "float | None":
            return self.num(p, v, nullable=True)
        if t == "Decimal | None":
            return self.money(p, v)
        raise TypeError(f"no reader for {cls.__name__} {p}: {t}")  # pragma: no cover

    def make(self, path: str, cls, kwargs: dict):
        try:
            return cls(**kwargs)
        except ValidationError as exc:
            self.fail(path, exc.th, exc.en)


_SPECS: dict[type, tuple[frozenset, frozenset, dict, dict]] = {}
# field type -> kind for _Reader.fields' inline checks (0: always the careful reading)
_KINDS = {"str": 1, "int": 2, "int | None": 3, "bool": 4}


def _spec(cls):
    spec = _SPECS.get(cls)
    if spec is None:
        fields = dataclasses.fields(cls)
        names = frozenset(f.name for f in fields)
        required = frozenset(f.name for f in fields if f.default is dataclasses.MISSING
                             and f.default_factory is dataclasses.MISSING)
        spec = _SPECS[cls] = (names, required, {f.name: f.type for f in fields},
                              {f.name: _KINDS.get(f.type, 0) for f in fields})
    return spec


def decode(obj, fw_for, file: str = "data.json") -> tuple[YearData, dict]:
    """YearData from a parsed data.json, validated strictly.

    `fw_for(year)` returns the Framework of a fiscal year (ItadeskError when there is none).
    Returns (data, info) where info holds the package's framework identity and stated scores.
    Raises PackageError naming `file` and the JSON path at fault.
    """
    r = _Reader(file)
    top = {"format", "format_version", "year", "framework", "scores", "office", "assessment",
           "findings", "next_measures", "measures", "oit", "plan", "plan_items",
           "round_results", "round_reports", "memos", "title_overrides", "settings"}
    r.dict("", obj, top | {"oit_links", "item_components"}, top)
    if obj["format"] != DATA_FORMAT:
        r.fail("format", "ไม่ใช่ข้อมูลของ itadesk", "not itadesk data", "bad_manifest")
    version = r.int("format_version", obj["format_version"], 1, 10**6)
    if version > DATA_VERSION:
        raise PackageError(file, "newer_format",
                           f"data.json รุ่น {version} ใหม่กว่าที่โปรแกรมนี้รู้จัก (รุ่น {DATA_VERSION}) กรุณาปรับปรุงโปรแกรม",
                           f"data.json version {version} is newer than this program knows ({DATA_VERSION}); "
                           "please update itadesk")
    year = r.int("year", obj["year"], 2500, 2700)
    fw = fw_for(year)

    # framework identity and stated scores (kept for cross-checking)
    fwi = r.dict("framework", obj["framework"], {"fiscal_year", "provisional", "title_th", "sha256"},
                 {"fiscal_year", "provisional", "sha256"})
    r.int("framework.fiscal_year", fwi["fiscal_year"], year, year)
    r.bool("framework.provisional", fwi["provisional"])
    if "title_th" in fwi:
        r.str("framework.title_th", fwi["title_th"], 1000)
    sha = r.str("framework.sha256", fwi["sha256"], 64)
    if not re.fullmatch(r"[0-9a-f]{64}", sha):
        r.fail("framework.sha256", "ต้องเป็นเลขฐานสิบหก 64 ตัว", "must be 64 hex digits")
    sc = r.dict("scores", obj["scores"], {"indicator_scores", "instrument_scores", "total", "level_th",
                                          "level_en", "passed", "missing"}, {"total"})
    stated_total = r.num("scores.total", sc["total"], nullable=True)
    if stated_total is not None and not 0 <= stated_total <= 100:
        r.fail("scores.total", "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐", "the score must be between 0 and 100")
    for key in ("level_th", "level_en"):
        if sc.get(key) is not None:
            r.str(f"scores.{key}", sc[key], 200)
    if "passed" in sc:
        r.bool("scores.passed", sc["passed"], nullable=True)
    for key in ("indicator_scores", "instrument_scores"):
        if key in sc:
            d = r.dict(f"scores.{key}", sc[key], set(sc[key]) if isinstance(sc[key], dict) else set())
            if len(d) > 200:
                r.fail(f"scores.{key}", "มีรายการมากเกินไป", "too many entries", "too_large")
            for k, v in d.items():
                r.str(f"scores.{key}", k, MAX_KEY)
                v = r.num(f"scores.{key}.{k}", v)
                if not 0 <= v <= 100:
                    r.fail(f"scores.{key}.{k}", "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐",
                           "the score must be between 0 and 100")
    if "missing" in sc:
        for i, v in enumerate(r.list("scores.missing", sc["missing"], 200)):
            r.int(f"scores.missing[{i}]", v, 0, 1000)

    office = _office(r, obj["office"])
    data = YearData(office=office, year=year)

    # assessment
    if obj["assessment"] is not None:
        def score_map(path, value, key_int):
            d = r.dict(path, value, set(value) if isinstance(value, dict) else set())
            if len(d) > limits.SCORES:
                r.fail(path, "มีรายการมากเกินไป", "too many entries", "too_large")
            out = {}
            for k, v in d.items():
                r.str(path, k, MAX_KEY)
                if key_int:
                    if not k.isascii() or not k.isdigit():
                        r.fail(f"{path}.{k}", "เลขตัวชี้วัดต้องเป็นตัวเลข", "an indicator key must be a number")
                    k = int(k)
                out[k] = r.num(f"{path}.{k}", v)
            return out

        kw = r.fields("assessment", obj["assessment"], Assessment, {
            "indicator_scores": lambda p, v: score_map(p, v, True),
            "question_scores": lambda p, v: score_map(p, v, False),
        })
        data.assessment = r.make("assessment", Assessment, kw)
        if data.assessment.year != year:
            r.fail("assessment.year", "ปีไม่ตรงกับปีของข้อมูล", "the year differs from the data's year", "mismatch")
        a = data.assessment
        try:
            scoring.clean_indicator_scores(fw, a.indicator_scores)
        except ValidationError as exc:
            r.fail("assessment.indicator_scores", exc.th, exc.en, "unknown_code")
        a.question_scores = {_code(r, fw, "assessment.question_scores", c): v
                             for c, v in a.question_scores.items()}

    data.findings = [_finding(r, fw, f"findings[{i}]", v, year)
                     for i, v in enumerate(r.list("findings", obj["findings"]))]
    data.measures = [_row(r, f"measures[{i}]", v, Measure, year)
                     for i, v in enumerate(r.list("measures", obj["measures"]))]
    data.next_measures = [_row(r, f"next_measures[{i}]", v, Measure, year + 1)
                          for i, v in enumerate(r.list("next_measures", obj["next_measures"]))]
    data.oit = []
    seen_codes = set()
    for i, v in enumerate(r.list("oit", obj["oit"])):
        p = _row(r, f"oit[{i}]", v, OitProgress, year)
        p.code = _code(r, fw, f"oit[{i}].code", p.code)
        if p.code in seen_codes:
            r.fail(f"oit[{i}].code", f"ข้อ {p.code} ซ้ำ", f"item {p.code} appears twice")
        seen_codes.add(p.code)
        data.oit.append(p)

    if "oit_links" in obj:
        from ..domain.oit import check_links

        links = r.dict("oit_links", obj["oit_links"],
                       set(obj["oit_links"]) if isinstance(obj["oit_links"], dict) else set())
        if len(links) > MAX_LIST:
            r.fail("oit_links", "มีรายการมากเกินไป", "too many entries", "too_large")
        for code, rows in links.items():
            path = f"oit_links.{str(code)[:MAX_KEY]}"
            canon = _code(r, fw, path, code)
            rows = r.list(path, rows, 5)
            for i, row in enumerate(rows):
                row = r.dict(f"{path}[{i}]", row, {"url", "description"}, {"url", "description"})
                r.str(f"{path}[{i}].url", row["url"], 2000)
                r.str(f"{path}[{i}].description", row["description"], 1000)
            try:
                data.oit_links[canon] = check_links(canon, rows)
            except ValidationError as exc:
                r.fail(path, exc.th, exc.en)
    if "item_components" in obj:
        comps = r.dict("item_components", obj["item_components"],
                       set(obj["item_components"]) if isinstance(obj["item_components"], dict)
                       else set())
        if len(comps) > MAX_LIST:
            r.fail("item_components", "มีรายการมากเกินไป", "too many entries", "too_large")
        for code, lines in comps.items():
            path = f"item_components.{str(code)[:MAX_KEY]}"
            canon = _code(r, fw, path, code)
            lines = r.list(path, lines, 200)
            data.item_components[canon] = tuple(
                r.str(f"{path}[{i}]", x, 2000).strip() for i, x in enumerate(lines) if
                r.str(f"{path}[{i}]", x, 2000).strip())

    if obj["plan"] is not None:
        data.plan = r.make("plan", ActionPlan, r.fields("plan", obj["plan"], ActionPlan))
    ids = set()
    for i, v in enumerate(r.list("plan_items", obj["plan_items"])):
        item = r.make(f"plan_items[{i}]", PlanItem, r.fields(f"plan_items[{i}]", v, PlanItem))
        if item.id is None or item.id in ids:
            r.fail(f"plan_items[{i}].id", "ต้องมีเลขประจำรายการที่ไม่ซ้ำ", "needs a unique id")
        ids.add(item.id)
        data.plan_items.append(item)
    for i, v in enumerate(r.list("round_results", obj["round_results"], limits.ROUND_RESULTS)):
        res = _row(r, f"round_results[{i}]", v, RoundResult, year)
        if res.item_id not in ids:
            r.fail(f"round_results[{i}].item_id", "ไม่มีโครงการนี้ในแผน", "no such plan item")
        bucket = data.round_results.setdefault(res.round, {})
        if res.item_id in bucket:
            r.fail(f"round_results[{i}]", "ผลของรอบนี้ซ้ำ", "this round's result appears twice")
        bucket[res.item_id] = res
    for i, v in enumerate(r.list("round_reports", obj["round_reports"], limits.ROUND_REPORTS)):
        rep = _row(r, f"round_reports[{i}]", v, RoundReport, year)
        if rep.round in data.round_reports:
            r.fail(f"round_reports[{i}]", "รายงานของรอบนี้ซ้ำ", "this round's report appears twice")
        data.round_reports[rep.round] = rep
    for i, v in enumerate(r.list("memos", obj["memos"], limits.MEMOS)):
        memo = _memo(r, f"memos[{i}]", v, year)
        if memo.document in data.memos:
            r.fail(f"memos[{i}].document", "บันทึกของเอกสารนี้ซ้ำ", "two memos for one document")
        data.memos[memo.document] = memo

    tov = obj["title_overrides"]
    r.dict("title_overrides", tov, set(tov) if isinstance(tov, dict) else set())
    if len(tov) > limits.TITLE_OVERRIDES:
        r.fail("title_overrides", "มีรายการมากเกินไป", "too many entries", "too_large")
    for code, title in tov.items():
        r.str("title_overrides", code, MAX_KEY)
        data.title_overrides[_code(r, fw, "title_overrides", code)] = r.str(
            f"title_overrides.{code}", title, limits.TITLE)

    kw = r.fields("settings", obj["settings"], PrintSettings)
    for key in ("font", "language"):
        if key in kw:
            r.str(f"settings.{key}", kw[key], limits.FONT)
    data.settings = PrintSettings(**kw)
    if data.settings.language not in ("th", "en"):
        r.fail("settings.language", "ต้องเป็น th หรือ en", "must be th or en")

    info = {"framework": fwi, "scores": sc, "framework_obj": fw}
    return data, info


_CODES: dict[tuple[int, str], tuple[Framework, str]] = {}


def _code(r: _Reader, fw: Framework, path: str, raw) -> str:
    """fw.normalize_code, remembered: the same few dozen codes come in every package."""
    key = (id(fw), raw) if type(raw) is str else None
    hit = _CODES.get(key) if key else None
    if hit is not None and hit[0] is fw:
        return hit[1]
    try:
        code = fw.normalize_code(raw)
    except ValidationError as exc:
        r.fail(path, exc.reason_th, exc.reason_en, "unknown_code")
    if key is not None:
        if len(_CODES) > 4096:
            _CODES.clear()
        _CODES[key] = (fw, code)
    return code


def _row(r: _Reader, path: str, value, cls, year: int):
    obj = r.make(path, cls, r.fields(path, value, cls))
    if obj.year != year:
        r.fail(f"{path}.year", f"ปี {obj.year} ไม่ใช่ปี {year} ที่ควรเป็น",
               f"year {obj.year} where {year} is expected", "mismatch")
    return obj


def _finding(r: _Reader, fw: Framework, path: str, value, year: int) -> Finding:
    f = _row(r, path, value, Finding, year)
    kind, _, no = f.target.partition(":")
    if kind == "ind" and int(no) not in {i.no for i in fw.indicators}:
        r.fail(f"{path}.target", f"ไม่มีตัวชี้วัดที่ {no} ในกรอบการประเมินปี {fw.fiscal_year}",
               f"there is no indicator {no} in the {fw.fiscal_year} framework", "unknown_code")
    if kind == "issue" and fw.issue(int(no)) is None:
        r.fail(f"{path}.target", f"ไม่มีประเด็นที่ {no} ในกรอบการประเมินปี {fw.fiscal_year}",
               f"there is no issue {no} in the {fw.fiscal_year} framework", "unknown_code")
    return f


def _office(r: _Reader, value) -> Office:
    def units(path, v):
        return [r.make(f"{path}[{i}]", Unit, r.fields(f"{path}[{i}]", u, Unit))
                for i, u in enumerate(r.list(path, v, limits.UNITS))]

    def people(path, v):
        return [r.make(f"{path}[{i}]", Person, r.fields(f"{path}[{i}]", u, Person))
                for i, u in enumerate(r.list(path, v, limits.PEOPLE))]

    kw = r.fields("office", value, Office, {"units": units, "people": people})
    kw["code"] = _dla_code(r, "office.code", kw.get("code"))
    office = r.make("office", Office, kw)
    # one spelling of a name whatever PC (or PDF it was copied from) typed it: the district
    # summary groups offices by these strings
    for attr in ("name", "tambon", "district", "province"):
        setattr(office, attr, fold_name(getattr(office, attr)))
    return office


def _dla_code(r: _Reader, path: str, raw) -> str:
    """The office code as seven ASCII digits (Thai digits converted); look-alikes such as
    "64O99O1", "06409901" or "6409901-" would count as other offices, so they are refused."""
    if raw is None:
        r.fail(path, "ขาดช่องข้อมูลนี้", "missing field")
    code = dla_code(raw)
    if code is None:
        shown = str(raw)[:40] if isinstance(raw, str) else type(raw).__name__
        r.fail(path, f"“{shown}” ไม่ใช่รหัส อปท. (ต้องเป็นตัวเลข 7 หลัก)",
               f"“{shown}” is not a DLA office code (7 digits)")
    return code


def _memo(r: _Reader, path: str, value, year: int) -> Memo:
    def signer(p, v):
        kw = r.fields(p, v, Signer)
        for key, val in kw.items():
            r.str(f"{p}.{key}", val, limits.NAME if key == "name" else limits.AGENCY)
        return r.make(p, Signer, kw)

    def strings(p, v, max_items, max_len=MAX_TEXT):
        return [r.str(f"{p}[{i}]", s, max_len) for i, s in enumerate(r.list(p, v, max_items))]

    def chain(p, v):
        out = []
        for i, c in enumerate(r.list(p, v, limits.MEMO_CHAIN)):
            q = f"{p}[{i}]"
            kw = r.fields(q, c, CommentBlock, {
                "signer": signer,
                "options": lambda pp, vv: strings(pp, vv, limits.CHAIN_OPTIONS, limits.OPTION),
            })
            r.str(f"{q}.heading", kw["heading"], limits.HEADING)
            if "lines" in kw:
                r.int(f"{q}.lines", kw["lines"], *limits.CHAIN_LINES)
            out.append(r.make(q, CommentBlock, kw))
        return out

    kw = r.fields(path, value, Memo, {
        "date": lambda p, v: r.date(p, v, year),
        "enclosures": lambda p, v: strings(p, v, limits.MEMO_ENCLOSURES, limits.LINE),
        "body": lambda p, v: strings(p, v, limits.MEMO_PARAGRAPHS),
        "proposer": signer,
        "chain": chain,
    })
    memo = r.make(path, Memo, kw)
    if memo.year != year:
        r.fail(f"{path}.year", f"ปี {memo.year} ไม่ใช่ปี {year} ที่ควรเป็น",
               f"year {memo.year} where {year} is expected", "mismatch")
    return memo
