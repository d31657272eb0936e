"""The ITA framework of one fiscal year, loaded from a data file (DESIGN §3).

Everything that changes from year to year — instruments and weights, indicator names,
question and OIT item codes and titles, the 7 issues, result levels and stock phrases —
lives in `resources/frameworks/ita-<year>.yaml` (format: `resources/frameworks/README.md`).
Nothing here assumes an item count or what a code means. Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .errors import ItadeskError, ValidationError

FORMAT = "itadesk-framework/1"
DERIVES = ("entered", "mean_of_questions")
ANALYSIS_BY = ("indicator", "issue")
PHRASE_KINDS = ("weakness", "fix", "keep")
ITEM_STATUSES = ("confirmed", "inferred", "recalled", "unknown")
ROUNDINGS = {"down": ROUND_DOWN, "half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN}
CENT = Decimal("0.01")

_TOP_REQUIRED = (
    "format",
    "fiscal_year",
    "title_th",
    "pass_threshold",
    "total_rounding",
    "analysis_by",
    "instruments",
    "indicators",
    "levels",
)
_TOP_OPTIONAL = (
    "provisional",
    "sub_indicators",
    "questions",
    "oit_items",
    "issues",
    "phrases",
    "rationale",
    "notes",
)


# ---------------------------------------------------------------- errors


class FrameworkError(ItadeskError):
    """A framework file that cannot be used; names the file and the key at fault.

    str(): "ita-2567.yaml: oit_items[3].code: รหัสซ้ำ o4 (duplicate code o4)".
    """

    def __init__(self, file: str, key: str, th: str, en: str):
        where = f"{file}: {key}: " if key else f"{file}: "
        super().__init__(where + th, where + en, field=key or None)
        self.file = file
        self.key = key
        self.reason_th = th
        self.reason_en = en
        self.args = (f"{where}{th} ({en})",)

    def __str__(self) -> str:
        return self.args[0]


# ---------------------------------------------------------------- the model


@dataclass(frozen=True)
class Instrument:
    code: str
    name_th: str
    name_en: str
    weight: Decimal  # percent of the total; all instruments sum to 100


@dataclass(frozen=True)
class Indicator:
    no: int
    instrument: str
    name_th: str
    name_en: str
    derive: str  # "entered" or "mean_of_questions"


@dataclass(frozen=True)
class SubIndicator:
    code: str
    indicator: int
    name_th: str | None
    name_en: str | None = None


@dataclass(frozen=True)
class Question:
    code: str
    indicator: int
    title_th: str | None
    status: str | None = None  # confirmed | inferred | recalled | unknown (how sure the title is)


@dataclass(frozen=True)
class OitItem:
    code: str
    indicator: int
    sub_indicator: str | None
    title_th: str | None
    components_th: tuple[str, ...] = ()
    status: str | None = None
    group_th: str | None = None  # the heading inside a sub-indicator, where known (2565/2566)


@dataclass(frozen=True)
class Issue:
    no: int
    name_th: str
    codes: tuple[str, ...]


@dataclass(frozen=True)
class Level:
    label_th: str
    label_en: str
    min_total: Decimal | None = None
    min_each_instrument: Decimal | None = None
    # how sure the rule is (confirmed | inferred | recalled | unknown): the pass labels' 95-each
    # and 70 boundaries come from a third-party tool, the 85-each rule from NACC itself
    status: str | None = None

    def matches(self, total, instrument_scores: dict[str, Any]) -> bool:
        if self.min_total is not None and _dec(total) < self.min_total:
            return False
        if self.min_each_instrument is not None:
            if not instrument_scores:
                return False
            for value in instrument_scores.values():
                if value is None or _dec(value) < self.min_each_instrument:
                    return False
        return True


@dataclass(frozen=True)
class Phrase:
    min_score: Decimal
    max_score: Decimal
    kind: str  # weakness | fix | keep
    text_th: str


@dataclass(frozen=True)
class Framework:
    fiscal_year: int
    provisional: bool
    title_th: str
    pass_threshold: Decimal
    total_rounding: str  # a key of ROUNDINGS
    analysis_by: str  # "indicator" or "issue"
    instruments: tuple[Instrument, ...]
    indicators: tuple[Indicator, ...]
    sub_indicators: tuple[SubIndicator, ...] = ()
    questions: tuple[Question, ...] = ()
    oit_items: tuple[OitItem, ...] = ()
    issues: tuple[Issue, ...] = ()
    levels: tuple[Level, ...] = ()
    phrases: tuple[Phrase, ...] = ()
    source: str = ""  # file the framework came from
    notes: tuple[str, ...] = ()
    # stock text of D1's "๑. หลักการและเหตุผล" (plain text like the phrases: no placeholders;
    # the file is per year, so it may name its year), "" when the file has none
    rationale: str = ""
    _codes: dict[str, Question | OitItem] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self):
        codes = {}
        for item in (*self.questions, *self.oit_items):
            codes[item.code.casefold()] = item
        object.__setattr__(self, "_codes", codes)

    # -- lookups

    def instrument(self, code: str) -> Instrument:
        for ins in self.instruments:
            if ins.code == code:
                return ins
        raise ItadeskError(
            f"ไม่มีแบบวัด {code} ในกรอบการประเมินปี {self.fiscal_year}",
            f"there is no instrument {code} in the {self.fiscal_year} framework",
        )

    def indicator(self, no: int) -> Indicator:
        for ind in self.indicators:
            if ind.no == no:
                return ind
        raise ItadeskError(
            f"ไม่มีตัวชี้วัดที่ {no} ในกรอบการประเมินปี {self.fiscal_year}",
            f"there is no indicator {no} in the {self.fiscal_year} framework",
        )

    def indicators_of(self, instrument_code: str) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.instrument == instrument_code)

    def instrument_of_indicator(self, no: int) -> Instrument:
        return self.instrument(self.indicator(no).instrument)

    def questions_of(self, indicator_no: int) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.indicator == indicator_no)

    def sub_indicator(self, code: str) -> SubIndicator | None:
        for sub in self.sub_indicators:
            if sub.code == code:
                return sub
        return None

    def issue(self, no: int) -> Issue | None:
        for iss in self.issues:
            if iss.no == no:
                return iss
        return None

    def has_code(self, code: str) -> bool:
        try:
            self.normalize_code(code)
        except ValidationError:
            return False
        return True

    def item(self, code: str) -> Question | OitItem:
        """The question or OIT item for a code in any accepted spelling."""
        return self._codes[self.normalize_code(code).casefold()]

    def normalize_code(self, raw) -> str:
        """The framework's own spelling of a question/item code typed or pasted by a clerk.

        Accepts case and spacing variants ("O10", " o 10 "), Thai digits ("๐๑๐"), a zero
        OCR-ed for the letter O ("010"), leading "ข้อ", and "o.10"/"o-10". Raises
        ValidationError naming the code when this year's framework does not have it.
        """
        text = "" if raw is None else str(raw)
        key = _clean_code(text)
        hit = self._codes.get(key)
        if hit is None:
            m = _CODE_RE.match(key)
            if m:
                letter = "o" if m.group(1) == "0" else m.group(1)
                hit = self._codes.get(f"{letter}{int(m.group(2))}")
        if hit is None:
            shown = text.strip() or "(ว่าง)"
            raise ValidationError(
                f"ข้อ {shown}",
                f"ไม่มีรหัส “{shown}” ในกรอบการประเมินปี {self.fiscal_year}",
                f"the code “{shown}” is not in the {self.fiscal_year} framework",
            )
        return hit.code

    def display_title(self, code: str) -> str:
        """The item's title, or the code itself when the framework does not know the title."""
        try:
            item = self.item(code)
        except ValidationError:
            return str(code).strip()
        return item.title_th or item.code

    def items_by_sub_indicator(self) -> dict[str | None, tuple[OitItem, ...]]:
        """OIT items grouped by sub-indicator code, in framework order; None holds the
        items whose sub-indicator is unknown."""
        groups: dict[str | None, list[OitItem]] = {sub.code: [] for sub in self.sub_indicators}
        for item in self.oit_items:
            groups.setdefault(item.sub_indicator, []).append(item)
        return {k: tuple(v) for k, v in groups.items() if v}

    def level_for(self, total, instrument_scores: dict[str, Any]) -> Level:
        """The first level whose conditions hold (the last level has none)."""
        for level in self.levels:
            if level.matches(total, instrument_scores):
                return level
        return self.levels[-1]

    def passed(self, total) -> bool:
        return _dec(total) >= self.pass_threshold

    def phrases_for(self, score, kind: str) -> list[str]:
        """Stock phrases of `kind` whose band holds `score` (rounded to 2 decimals)."""
        value = _dec(score).quantize(CENT, rounding=ROUND_HALF_UP)
        return [
            p.text_th
            for p in self.phrases
            if p.kind == kind and p.min_score <= value <= p.max_score
        ]

    def round_score(self, value) -> Decimal:
        """A score rounded to 2 decimals the way this year's totals are rounded."""
        return _dec(value).quantize(CENT, rounding=ROUNDINGS[self.total_rounding])

    # -- export

    def to_dict(self) -> dict:
        """The framework as file data (same schema as the YAML; round-trips through
        load_framework_text)."""

        def num(d: Decimal | None):
            if d is None:
                return None
            return int(d) if d == d.to_integral_value() else float(d)

        def drop_none(d: dict, keep=()) -> dict:
            return {k: v for k, v in d.items() if v is not None or k in keep}

        out: dict[str, Any] = {
            "format": FORMAT,
            "fiscal_year": self.fiscal_year,
            "provisional": self.provisional,
            "title_th": self.title_th,
            "pass_threshold": num(self.pass_threshold),
            "total_rounding": self.total_rounding,
            "analysis_by": self.analysis_by,
            "instruments": [
                {
                    "code": i.code,
                    "name_th": i.name_th,
                    "name_en": i.name_en,
                    "weight": num(i.weight),
                }
                for i in self.instruments
            ],
            "indicators": [
                {
                    "no": i.no,
                    "instrument": i.instrument,
                    "name_th": i.name_th,
                    "name_en": i.name_en,
                    "derive": i.derive,
                }
                for i in self.indicators
            ],
            "sub_indicators": [
                drop_none(
                    {
                        "code": s.code,
                        "indicator": s.indicator,
                        "name_th": s.name_th,
                        "name_en": s.name_en,
                    },
                    keep=("name_th",),
                )
                for s in self.sub_indicators
            ],
            "questions": [
                drop_none(
                    {
                        "code": q.code,
                        "indicator": q.indicator,
                        "title_th": q.title_th,
                        "status": q.status,
                    },
                    keep=("title_th",),
                )
                for q in self.questions
            ],
            "oit_items": [
                drop_none(
                    {
                        "code": o.code,
                        "indicator": o.indicator,
                        "sub_indicator": o.sub_indicator,
                        "title_th": o.title_th,
                        "status": o.status,
                        "group_th": o.group_th,
                        "components_th": list(o.components_th) or None,
                    },
                    keep=("sub_indicator", "title_th"),
                )
                for o in self.oit_items
            ],
            "issues": [
                {"no": i.no, "name_th": i.name_th, "codes": list(i.codes)} for i in self.issues
            ],
            "levels": [
                drop_none(
                    {
                        "label_th": lv.label_th,
                        "label_en": lv.label_en,
                        "min_total": num(lv.min_total),
                        "min_each_instrument": num(lv.min_each_instrument),
                        "status": lv.status,
                    }
                )
                for lv in self.levels
            ],
            "phrases": [
                {
                    "min_score": num(p.min_score),
                    "max_score": num(p.max_score),
                    "kind": p.kind,
                    "text_th": p.text_th,
                }
                for p in self.phrases
            ],
        }
        if self.notes:
            out["notes"] = list(self.notes)
        if self.rationale:
            out["rationale"] = self.rationale
        return out


def framework_yaml(fw: Framework, comment: str = "") -> str:
    """The framework as the text of a framework file (what load_framework_text reads back to
    an equal framework), with `comment` as '#' lines on top: for files the program writes
    (a provisional year made from the year before, a clerk's corrections)."""
    import yaml

    head = "".join(f"# {line}\n".replace("# \n", "#\n") for line in comment.splitlines())
    return head + yaml.safe_dump(fw.to_dict(), allow_unicode=True, sort_keys=False, width=100)


_loader_class = None


def _yaml_loader():
    """SafeLoader with YAML 1.2 booleans: only true/false, so a key written `no:` (the
    indicator number) stays the string "no" instead of YAML 1.1's False. Uses libyaml when
    PyYAML has it (loading all bundled frameworks drops from ~0.4 s to ~0.05 s). Made on
    first use: importing PyYAML is ~20 ms that a print whose framework is cached skips."""
    global _loader_class
    if _loader_class is None:
        import yaml

        class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            def construct_mapping(self, node, deep=False):
                # YAML lets the last of two equal keys win silently: in a framework file that
                # is a score or an item lost without a word, so a duplicate key is refused
                if isinstance(node, yaml.MappingNode):
                    seen = {}
                    for key_node, _value in node.value:
                        if key_node.tag == "tag:yaml.org,2002:merge":
                            continue
                        key = self.construct_object(key_node, deep=True)
                        try:
                            hash(key)
                        except TypeError:
                            continue  # SafeConstructor refuses unhashable keys itself
                        if key in seen:
                            shown, first = str(key)[:60], seen[key] + 1
                            err = yaml.constructor.ConstructorError(
                                "while reading a mapping", node.start_mark,
                                f"duplicate key “{shown}” (first at line {first})",
                                key_node.start_mark)
                            err.problem_th = f"คีย์ “{shown}” ซ้ำ (ครั้งแรกที่บรรทัด {first})"
                            raise err
                        seen[key] = key_node.start_mark.line
                return super().construct_mapping(node, deep=deep)

        _Loader.yaml_implicit_resolvers = {
            first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }
        _Loader.add_implicit_resolver(
            "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
            list("tTfF")
        )
        _loader_class = _Loader
    return _loader_class


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_CODE_RE = re.compile(r"^([a-z]|0)[.\-_]?0*(\d+)$")


def _clean_code(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_THAI_DIGITS)
    text = re.sub(r"[\s\u200b\u200c\u200d\ufeff]+", "", text)
    if text.startswith("ข้อ"):
        text = text[len("ข้อ") :]
    return text.casefold()


def _dec(value) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(str(value))


# ---------------------------------------------------------------- loading


class _Checker:
    """Reads one file's data, raising FrameworkError(file, key, ...) at the first fault."""

    def __init__(self, name: str):
        self.name = name

    def fail(self, key: str, th: str, en: str):
        raise FrameworkError(self.name, key, th, en)

    def mapping(self, key: str, value, required=(), optional=()) -> dict:
        if not isinstance(value, dict):
            self.fail(key, "ต้องเป็นชุดข้อมูลแบบ ชื่อ: ค่า", "must be a mapping of key: value")
        for k in required:
            if k not in value:
                sub = f"{key}.{k}" if key else k
                self.fail(sub, "ขาดข้อมูลที่จำเป็น", "required key is missing")
        allowed = set(required) | set(optional)
        for k in value:
            if k not in allowed:
                sub = f"{key}.{k}" if key else str(k)
                self.fail(sub, "ไม่รู้จักชื่อข้อมูลนี้ (สะกดผิดหรือไม่)", "unknown key (misspelt?)")
        return value

    def seq(self, key: str, value, *, allow_empty=True) -> list:
        if value is None:
            value = []
        if not isinstance(value, list):
            self.fail(key, "ต้องเป็นรายการ", "must be a list")
        if not value and not allow_empty:
            self.fail(key, "ต้องมีอย่างน้อยหนึ่งรายการ", "must have at least one entry")
        return value

    def text(self, key: str, value, *, nullable=False) -> str | None:
        if value is None and nullable:
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "ต้องเป็นข้อความที่ไม่ว่าง", "must be non-empty text")
        return value.strip()

    def integer(self, key: str, value, lo=None, hi=None) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(
                key, f"ต้องเป็นจำนวนเต็ม ไม่ใช่ “{value}”", f"must be a whole number, not “{value}”"
            )
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.fail(key, f"ต้องอยู่ระหว่าง {lo} ถึง {hi}", f"must be between {lo} and {hi}")
        return value

    def number(self, key: str, value, lo=0, hi=100) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            self.fail(key, "ต้องเป็นตัวเลข", "must be a number")
        try:
            d = _dec(value)
        except (InvalidOperation, ValueError):
            self.fail(key, "ต้องเป็นตัวเลข", "must be a number")
        if not d.is_finite() or d < lo or d > hi:
            self.fail(key, f"ต้องอยู่ระหว่าง {lo} ถึง {hi}", f"must be between {lo} and {hi}")
        return d

    def boolean(self, key: str, value) -> bool:
        if not isinstance(value, bool):
            self.fail(key, "ต้องเป็น true หรือ false", "must be true or false")
        return value

    def choice(self, key: str, value, allowed) -> str:
        if value not in allowed:
            self.fail(
                key,
                f"ค่า “{value}” ไม่ถูกต้อง ใช้ได้: {', '.join(allowed)}",
                f"“{value}” is not allowed; use one of: {', '.join(allowed)}",
            )
        return value

    def code(self, key: str, value) -> str:
        text = self.text(key, value)
        if re.search(r"\s", text):
            self.fail(
                key, f"รหัส “{text}” ต้องไม่มีช่องว่าง", f"the code “{text}” must not contain spaces"
            )
        return text


def _build(data, name: str, source: str) -> Framework:
    c = _Checker(name)
    if data is None:
        c.fail("", "ไฟล์ว่าง", "the file is empty")
    c.mapping("", data, _TOP_REQUIRED, _TOP_OPTIONAL)
    if data["format"] != FORMAT:
        c.fail(
            "format",
            f"ต้องเป็น {FORMAT} ไม่ใช่ “{data['format']}”",
            f"must be {FORMAT}, not “{data['format']}”",
        )
    year = c.integer("fiscal_year", data["fiscal_year"], 2500, 2700)
    provisional = c.boolean("provisional", data.get("provisional", False))
    title = c.text("title_th", data["title_th"])
    threshold = c.number("pass_threshold", data["pass_threshold"])
    rounding = c.choice("total_rounding", data["total_rounding"], tuple(ROUNDINGS))
    analysis_by = c.choice("analysis_by", data["analysis_by"], ANALYSIS_BY)

    # instruments
    instruments: list[Instrument] = []
    for i, raw in enumerate(c.seq("instruments", data["instruments"], allow_empty=False)):
        k = f"instruments[{i}]"
        c.mapping(k, raw, ("code", "name_th", "name_en", "weight"))
        code = c.code(f"{k}.code", raw["code"])
        if any(x.code == code for x in instruments):
            c.fail(f"{k}.code", f"รหัสซ้ำ {code}", f"duplicate code {code}")
        instruments.append(
            Instrument(
                code,
                c.text(f"{k}.name_th", raw["name_th"]),
                c.text(f"{k}.name_en", raw["name_en"]),
                c.number(f"{k}.weight", raw["weight"]),
            )
        )
    weight_sum = sum((x.weight for x in instruments), Decimal(0))
    if weight_sum != 100:
        c.fail(
            "instruments",
            f"น้ำหนักรวมกันได้ {weight_sum} ต้องเท่ากับ 100",
            f"the weights add up to {weight_sum}, not 100",
        )
    instrument_codes = {x.code for x in instruments}

    # indicators
    indicators: list[Indicator] = []
    for i, raw in enumerate(c.seq("indicators", data["indicators"], allow_empty=False)):
        k = f"indicators[{i}]"
        c.mapping(k, raw, ("no", "instrument", "name_th", "name_en", "derive"))
        no = c.integer(f"{k}.no", raw["no"], 1, 99)
        if any(x.no == no for x in indicators):
            c.fail(f"{k}.no", f"ตัวชี้วัดที่ {no} ซ้ำ", f"duplicate indicator {no}")
        ins = c.text(f"{k}.instrument", raw["instrument"])
        if ins not in instrument_codes:
            c.fail(f"{k}.instrument", f"ไม่มีแบบวัด {ins}", f"unknown instrument {ins}")
        indicators.append(
            Indicator(
                no,
                ins,
                c.text(f"{k}.name_th", raw["name_th"]),
                c.text(f"{k}.name_en", raw["name_en"]),
                c.choice(f"{k}.derive", raw["derive"], DERIVES),
            )
        )
    indicator_nos = {x.no for x in indicators}
    for ins in instruments:
        if not any(x.instrument == ins.code for x in indicators):
            c.fail(
                "indicators",
                f"แบบวัด {ins.code} ไม่มีตัวชี้วัด",
                f"instrument {ins.code} has no indicators",
            )

    def indicator_ref(key, value) -> int:
        no = c.integer(key, value, 1, 99)
        if no not in indicator_nos:
            c.fail(key, f"ไม่มีตัวชี้วัดที่ {no}", f"unknown indicator {no}")
        return no

    # sub-indicators
    subs: list[SubIndicator] = []
    for i, raw in enumerate(c.seq("sub_indicators", data.get("sub_indicators"))):
        k = f"sub_indicators[{i}]"
        c.mapping(k, raw, ("code", "indicator", "name_th"), ("name_en",))
        code = c.code(f"{k}.code", raw["code"])
        if any(x.code == code for x in subs):
            c.fail(f"{k}.code", f"รหัสซ้ำ {code}", f"duplicate code {code}")
        subs.append(
            SubIndicator(
                code,
                indicator_ref(f"{k}.indicator", raw["indicator"]),
                c.text(f"{k}.name_th", raw["name_th"], nullable=True),
                c.text(f"{k}.name_en", raw.get("name_en"), nullable=True),
            )
        )
    sub_of = {x.code: x for x in subs}

    seen: dict[str, str] = {}  # casefolded code -> key where first defined

    def new_code(key, value) -> str:
        code = c.code(key, value)
        folded = code.casefold()
        if folded in seen:
            c.fail(key, f"รหัสซ้ำ {code}", f"duplicate code {code}")
        seen[folded] = key
        return code

    # questions
    questions: list[Question] = []
    for i, raw in enumerate(c.seq("questions", data.get("questions"))):
        k = f"questions[{i}]"
        c.mapping(k, raw, ("code", "indicator"), ("title_th", "status"))
        questions.append(
            Question(
                new_code(f"{k}.code", raw["code"]),
                indicator_ref(f"{k}.indicator", raw["indicator"]),
                c.text(f"{k}.title_th", raw.get("title_th"), nullable=True),
                None
                if raw.get("status") is None
                else c.choice(f"{k}.status", raw["status"], ITEM_STATUSES),
            )
        )
    for ind in indicators:
        if ind.derive == "mean_of_questions" and not any(q.indicator == ind.no for q in questions):
            c.fail(
                f"indicators[{indicators.index(ind)}].derive",
                f"ตัวชี้วัดที่ {ind.no} คำนวณจากข้อคำถาม แต่ไม่มีข้อคำถามของตัวชี้วัดนี้",
                f"indicator {ind.no} is derived from its questions but has none",
            )

    # OIT items
    items: list[OitItem] = []
    for i, raw in enumerate(c.seq("oit_items", data.get("oit_items"))):
        k = f"oit_items[{i}]"
        c.mapping(
            k,
            raw,
            ("code", "indicator"),
            ("sub_indicator", "title_th", "components_th", "status", "group_th"),
        )
        code = new_code(f"{k}.code", raw["code"])
        no = indicator_ref(f"{k}.indicator", raw["indicator"])
        sub = raw.get("sub_indicator")
        if sub is not None:
            sub = c.text(f"{k}.sub_indicator", sub)
            if sub not in sub_of:
                c.fail(f"{k}.sub_indicator", f"ไม่มีตัวชี้วัดย่อย {sub}", f"unknown sub-indicator {sub}")
            if sub_of[sub].indicator != no:
                c.fail(
                    f"{k}.sub_indicator",
                    f"ตัวชี้วัดย่อย {sub} ไม่อยู่ในตัวชี้วัดที่ {no}",
                    f"sub-indicator {sub} does not belong to indicator {no}",
                )
        comps = tuple(
            c.text(f"{k}.components_th[{j}]", t)
            for j, t in enumerate(c.seq(f"{k}.components_th", raw.get("components_th")))
        )
        items.append(
            OitItem(
                code,
                no,
                sub,
                c.text(f"{k}.title_th", raw.get("title_th"), nullable=True),
                comps,
                None
                if raw.get("status") is None
                else c.choice(f"{k}.status", raw["status"], ITEM_STATUSES),
                c.text(f"{k}.group_th", raw.get("group_th"), nullable=True),
            )
        )
    canonical = {q.code.casefold(): q.code for q in (*questions, *items)}

    # issues
    issues: list[Issue] = []
    for i, raw in enumerate(c.seq("issues", data.get("issues"))):
        k = f"issues[{i}]"
        c.mapping(k, raw, ("no", "name_th", "codes"))
        no = c.integer(f"{k}.no", raw["no"], 1, 99)
        if any(x.no == no for x in issues):
            c.fail(f"{k}.no", f"ประเด็นที่ {no} ซ้ำ", f"duplicate issue {no}")
        codes: list[str] = []
        for j, code in enumerate(c.seq(f"{k}.codes", raw["codes"])):
            ck = f"{k}.codes[{j}]"
            text = c.code(ck, code)
            if text.casefold() not in canonical:
                c.fail(
                    ck,
                    f"ไม่มีรหัส {text} ในข้อคำถามหรือรายการ OIT",
                    f"unknown code {text} (not a question or OIT item)",
                )
            if canonical[text.casefold()] in codes:
                c.fail(ck, f"รหัสซ้ำ {text}", f"duplicate code {text}")
            codes.append(canonical[text.casefold()])
        issues.append(Issue(no, c.text(f"{k}.name_th", raw["name_th"]), tuple(codes)))
    if analysis_by == "issue" and not issues:
        c.fail(
            "issues",
            "วิเคราะห์รายประเด็น (analysis_by: issue) แต่ไม่มีประเด็น",
            "analysis_by is issue but no issues are listed",
        )

    # levels
    levels: list[Level] = []
    raw_levels = c.seq("levels", data["levels"], allow_empty=False)
    for i, raw in enumerate(raw_levels):
        k = f"levels[{i}]"
        c.mapping(k, raw, ("label_th", "label_en"), ("min_total", "min_each_instrument", "status"))
        mt = raw.get("min_total")
        me = raw.get("min_each_instrument")
        level = Level(
            c.text(f"{k}.label_th", raw["label_th"]),
            c.text(f"{k}.label_en", raw["label_en"]),
            None if mt is None else c.number(f"{k}.min_total", mt),
            None if me is None else c.number(f"{k}.min_each_instrument", me),
            None
            if raw.get("status") is None
            else c.choice(f"{k}.status", raw["status"], ITEM_STATUSES),
        )
        last = i == len(raw_levels) - 1
        if last and (level.min_total is not None or level.min_each_instrument is not None):
            c.fail(
                k,
                "ระดับสุดท้ายต้องไม่มีเงื่อนไข (ใช้เมื่อไม่เข้าระดับอื่น)",
                "the last level must have no conditions (it catches everything else)",
            )
        if not last and level.min_total is None and level.min_each_instrument is None:
            c.fail(
                k,
                "มีเฉพาะระดับสุดท้ายที่ไม่มีเงื่อนไขได้ ระดับถัดไปจะไม่มีวันถูกใช้",
                "only the last level may have no conditions; the levels after it are unreachable",
            )
        if any(x.label_th == level.label_th for x in levels):
            c.fail(f"{k}.label_th", f"ระดับซ้ำ {level.label_th}", f"duplicate level {level.label_th}")
        if (
            level.min_total is not None
            and levels
            and levels[-1].min_total is not None
            and level.min_total > levels[-1].min_total
        ):
            c.fail(
                f"{k}.min_total",
                "เกณฑ์คะแนนต้องเรียงจากมากไปน้อย",
                "levels must be ordered from the highest minimum down",
            )
        levels.append(level)

    # phrases
    phrases: list[Phrase] = []
    for i, raw in enumerate(c.seq("phrases", data.get("phrases"))):
        k = f"phrases[{i}]"
        c.mapping(k, raw, ("min_score", "max_score", "kind", "text_th"))
        lo = c.number(f"{k}.min_score", raw["min_score"])
        hi = c.number(f"{k}.max_score", raw["max_score"])
        if lo > hi:
            c.fail(k, f"ช่วงคะแนนไม่ถูกต้อง ({lo} มากกว่า {hi})", f"bad score band ({lo} is above {hi})")
        phrases.append(
            Phrase(
                lo,
                hi,
                c.choice(f"{k}.kind", raw["kind"], PHRASE_KINDS),
                c.text(f"{k}.text_th", raw["text_th"]),
            )
        )

    notes = data.get("notes")
    if notes is None:
        notes = ()
    elif isinstance(notes, str):
        notes = (notes,)
    else:
        notes = tuple(c.text(f"notes[{i}]", n) for i, n in enumerate(c.seq("notes", notes)))

    rationale = data.get("rationale")
    if rationale is not None:
        rationale = c.text("rationale", rationale)
        if len(rationale) > 20_000:
            c.fail("rationale", "ข้อความยาวเกิน 20,000 ตัวอักษร", "the text is longer than 20,000 characters")
        # YAML's folded/literal blocks: one paragraph a line, blank lines and edge spaces dropped
        rationale = "\n".join(line.strip() for line in rationale.splitlines() if line.strip())

    return Framework(
        fiscal_year=year,
        provisional=provisional,
        title_th=title,
        pass_threshold=threshold,
        total_rounding=rounding,
        analysis_by=analysis_by,
        instruments=tuple(instruments),
        indicators=tuple(indicators),
        sub_indicators=tuple(subs),
        questions=tuple(questions),
        oit_items=tuple(items),
        issues=tuple(issues),
        levels=tuple(levels),
        phrases=tuple(phrases),
        source=source,
        notes=notes,
        rationale=rationale or "",
    )


def load_framework_text(
    text: str, name: str = "framework.yaml", source: str | None = None
) -> Framework:
    """Parse and validate framework YAML (e.g. a file a clerk imports). `name` appears in errors."""
    import yaml

    try:
        data = yaml.load(text, Loader=_yaml_loader())  # noqa: S506 (safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at_th = f" ที่บรรทัด {mark.line + 1}" if mark else ""
        at_en = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problem_th = getattr(exc, "problem_th", problem)
        raise FrameworkError(
            name, "", f"รูปแบบ YAML ไม่ถูกต้อง{at_th}: {problem_th}", f"invalid YAML{at_en}: {problem}"
        ) from None
    return _build(data, name, source if source is not None else name)


def load_framework(path: str | Path) -> Framework:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrameworkError(path.name, "", "อ่านไฟล์ไม่ได้", f"cannot read the file ({exc})") from None
    return load_framework_text(text, path.name, str(path))


# ---------------------------------------------------------------- many years


def _load_dir(directory: Path | None, errors: list[FrameworkError]) -> dict[int, Framework]:
    found: dict[int, Framework] = {}
    if directory is None or not Path(directory).is_dir():
        return found
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            fw = load_framework(path)
        except FrameworkError as exc:
            errors.append(exc)
            continue
        if fw.fiscal_year in found:
            errors.append(
                FrameworkError(
                    path.name,
                    "fiscal_year",
                    f"ปี {fw.fiscal_year} มีอยู่แล้วใน {Path(found[fw.fiscal_year].source).name} จึงไม่ใช้ไฟล์นี้",
                    f"year {fw.fiscal_year} is already given by {Path(found[fw.fiscal_year].source).name}; "
                    "this file is ignored",
                )
            )
            continue
        found[fw.fiscal_year] = fw
    return found


def load_all(
    directory: str | Path | None = None, user_directory: str | Path | None = None
) -> tuple[dict[int, Framework], list[FrameworkError]]:
    """All frameworks by fiscal year: the bundled ones (default frameworks_dir()) and the
    clerk's imported ones from `user_directory`, which override the bundled file of the same
    year. A broken file is reported in the returned error list and skipped; the rest load."""
    if directory is None:
        from ..paths import frameworks_dir

        directory = frameworks_dir()
    errors: list[FrameworkError] = []
    frameworks = _load_dir(Path(directory), errors)
    if user_directory is not None:
        frameworks.update(_load_dir(Path(user_directory), errors))
    return dict(sorted(frameworks.items())), errors


_YEAR_LINE = re.compile(rb"(?m)^fiscal_year[ \t]*:[ \t]*(\d{4})[ \t]*(?:#[^\n]*)?\r?$")


def scan_fiscal_year(path: Path) -> int | None:
    """The year a framework file's top-level `fiscal_year: NNNN` line gives, found without
    parsing the YAML; None when the file cannot be read or does not say it in exactly one
    such line (then only loading it tells)."""
    try:
        found = _YEAR_LINE.findall(Path(path).read_bytes())
    except OSError:
        return None
    return int(found[0]) if len(found) == 1 else None


class _Unsure(Exception):
    """A folder whose files a text scan cannot sort by year: load them all."""


class FrameworkRegistry:
    """The frameworks known to the program, reloadable after an import.

    Lazy: `get(year)` (what printing needs) parses only the file(s) whose `fiscal_year:` line
    names that year -- the same file `load_all` would use: the user folder before the bundled
    one, in each the first file (sorted by name) that loads, a broken one skipped. Parsing
    all five bundled years cost ~40 ms of every print. `frameworks`, `errors`, `years()` and
    `reload()` load everything, as before."""

    def __init__(
        self, directory: str | Path | None = None, user_directory: str | Path | None = None
    ):
        self.directory = directory
        self.user_directory = Path(user_directory) if user_directory is not None else None
        self._all: tuple[dict[int, Framework], list[FrameworkError]] | None = None
        self._single: dict[int, Framework | None] = {}  # years looked up on their own

    @property
    def frameworks(self) -> dict[int, Framework]:
        return self._everything()[0]

    @frameworks.setter
    def frameworks(self, value: dict[int, Framework]) -> None:
        self._all = (value, self._everything()[1] if self._all else [])

    @property
    def errors(self) -> list[FrameworkError]:
        return self._everything()[1]

    @errors.setter
    def errors(self, value: list[FrameworkError]) -> None:
        self._all = (self._everything()[0], value)

    def _everything(self) -> tuple[dict[int, Framework], list[FrameworkError]]:
        if self._all is None:
            self._all = load_all(self.directory, self.user_directory)
            self._single.clear()
        return self._all

    def reload(self) -> list[FrameworkError]:
        self._all = None
        self._single.clear()
        return self._everything()[1]

    def _bundled_dir(self) -> Path:
        if self.directory is not None:
            return Path(self.directory)
        from ..paths import frameworks_dir

        return Path(frameworks_dir())

    @staticmethod
    def _find_in(directory: Path | None, year: int) -> Framework | None:
        if directory is None or not directory.is_dir():
            return None
        for path in sorted(directory.glob("*.yaml")):
            said = scan_fiscal_year(path)
            if said is None:
                raise _Unsure(path)
            if said != year:
                continue
            try:
                fw = load_framework(path)
            except FrameworkError:
                continue  # load_all skips a broken file (and reports it)
            if fw.fiscal_year != year:
                raise _Unsure(path)
            return fw
        return None

    def _lookup(self, year: int) -> Framework | None:
        if self._all is not None:
            return self._all[0].get(year)
        if year in self._single:
            return self._single[year]
        try:
            fw = self._find_in(self.user_directory, year)
            if fw is None:
                fw = self._find_in(self._bundled_dir(), year)
        except _Unsure:
            return self._everything()[0].get(year)
        self._single[year] = fw
        return fw

    def years(self) -> list[int]:
        return sorted(self.frameworks)

    def get(self, year: int) -> Framework:
        try:
            fw = self._lookup(int(year))
        except (ValueError, TypeError):
            fw = None
        if fw is not None:
            return fw
        known = ", ".join(str(y) for y in self.years()) or "-"
        raise ItadeskError(
            f"ไม่มีกรอบการประเมิน ITA ของปี {year} (มีปี {known}) โปรดนำเข้าไฟล์กรอบการประเมินของปีนั้น",
            f"there is no ITA framework for {year} (known: {known}); "
            "please import that year's framework file",
            field="ปีงบประมาณ",
        )

    def __contains__(self, year) -> bool:
        try:
            return self._lookup(int(year)) is not None
        except (ValueError, TypeError):
            return False

    def import_text(self, text: str, name: str) -> Framework:
        """Validate a framework a clerk imports and save it in the user directory as
        ita-<year>.yaml (replacing an earlier import of that year); then reload."""
        fw = load_framework_text(text, name)
        if self.user_directory is None:
            raise ItadeskError(
                "ไม่ได้กำหนดโฟลเดอร์สำหรับเก็บกรอบการประเมินที่นำเข้า",
                "no folder is set for imported frameworks",
            )
        self.user_directory.mkdir(parents=True, exist_ok=True)
        target = self.user_directory / f"ita-{fw.fiscal_year}.yaml"
        tmp = target.with_suffix(".yaml.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
        self.reload()
        return self.frameworks[fw.fiscal_year]


_default: FrameworkRegistry | None = None


def set_default_registry(registry: FrameworkRegistry | None) -> None:
    """Install the registry framework_for() uses (the app sets one with the user directory)."""
    global _default
    _default = registry


def default_registry() -> FrameworkRegistry:
    global _default
    if _default is None:
        from ..paths import user_frameworks_dir

        _default = FrameworkRegistry(user_directory=user_frameworks_dir())
    return _default


def framework_for(year: int) -> Framework:
    """The framework of a fiscal year; ItadeskError naming the year when there is none."""
    return default_registry().get(year)
