"""The ITA total and result level of one year, computed by the rules in its Framework.

Rules (all data in the framework file, none assumed here):

* An indicator whose `derive` is `mean_of_questions` is the mean of its question scores when
  **every** question of that indicator is scored; the mean is rounded half-up to 2 decimals,
  as ITAS prints it (seed 001: i10–i12 = 75.33, 97.33, 73.33 → 82.00).
  When its questions are scored only in part or not at all, the entered indicator score is used
  (an indicator cannot be derived from half its questions). When both a complete set of
  questions and an entered value exist, the derived value wins, and a difference of more
  than 0.01 is reported in `ScoreResult.discrepancies` so the screen can warn.
* An `entered` indicator uses the entered score only; question scores are kept for the analysis
  but not used (e.g. EIT 2567, whose mapping the seed does not reproduce).
* Instrument score = mean of its indicator scores; total = Σ weight/100 × instrument score,
  computed in Decimal from the unrounded instrument means and rounded to 2 decimals by the
  framework's `total_rounding` (2567: `down`, so seed 001's 92.1352 is reported as 92.13).
  Reported instrument scores are rounded the same way, and the level's per-instrument minimum
  is checked against these reported (2-decimal) figures, i.e. what the clerk sees.
* An instrument with an indicator missing has no score, and then there is no total and no level.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from . import validate
from .errors import ValidationError
from .framework import CENT, Framework, Level


@dataclass(frozen=True)
class Discrepancy:
    indicator: int
    entered: float
    derived: float


@dataclass(frozen=True)
class ScoreResult:
    indicator_scores: dict[int, float]  # 2 decimals, entered or derived
    instrument_scores: dict[str, float]  # complete instruments only, 2 decimals
    total: float | None  # None while any indicator is missing
    level: Level | None
    passed: bool | None
    missing: list[int]  # indicator numbers without a score
    derived: frozenset[int] = frozenset()  # indicators computed from their questions
    discrepancies: list[Discrepancy] = field(default_factory=list)
    total_unrounded: Decimal | None = None  # for cross-checking with the printed total


def _d(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def _mean(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def clean_indicator_scores(fw: Framework, indicator_scores) -> dict[int, Decimal]:
    """Validated entered indicator scores; blanks (None, "") are dropped."""
    out: dict[int, Decimal] = {}
    for raw_no, value in (indicator_scores or {}).items():
        try:
            no = int(str(raw_no).strip())
        except ValueError:
            raise ValidationError(
                f"ตัวชี้วัดที่ {raw_no}",
                f"ไม่มีตัวชี้วัดที่ {raw_no}",
                f"there is no indicator {raw_no}",
            ) from None
        if no not in {i.no for i in fw.indicators}:
            raise ValidationError(
                f"ตัวชี้วัดที่ {no}",
                f"ไม่มีตัวชี้วัดที่ {no} ในกรอบการประเมินปี {fw.fiscal_year}",
                f"there is no indicator {no} in the {fw.fiscal_year} framework",
            )
        score = validate.score(f"ตัวชี้วัดที่ {no}", value, optional=True)
        if score is not None:
            out[no] = _d(score)
    return out


def clean_question_scores(fw: Framework, question_scores) -> dict[str, Decimal]:
    """Validated question/item scores keyed by the framework's canonical code."""
    out: dict[str, Decimal] = {}
    for raw_code, value in (question_scores or {}).items():
        code = fw.normalize_code(raw_code)
        score = validate.score(f"ข้อ {code}", value, optional=True)
        if score is None:
            continue
        score = _d(score)
        if code in out and out[code] != score:
            raise ValidationError(
                f"ข้อ {code}",
                f"กรอกคะแนนข้อ {code} สองครั้งไม่ตรงกัน ({out[code]} และ {score})",
                f"item {code} is given twice with different scores ({out[code]} and {score})",
            )
        out[code] = score
    return out


def compute(fw: Framework, indicator_scores=None, question_scores=None) -> ScoreResult:
    """Indicator, instrument and total scores and the level, by the framework's rules.

    `indicator_scores`: {indicator no: score}; `question_scores`: {code: score} in any
    spelling normalize_code accepts. Raises ValidationError naming the field for a score that
    is not a number in 0–100, an unknown indicator or an unknown code.
    """
    entered = clean_indicator_scores(fw, indicator_scores)
    answers = clean_question_scores(fw, question_scores)

    scores: dict[int, Decimal] = {}
    derived: set[int] = set()
    discrepancies: list[Discrepancy] = []
    for ind in fw.indicators:
        value = entered.get(ind.no)
        if ind.derive == "mean_of_questions":
            codes = [q.code for q in fw.questions_of(ind.no)]
            if codes and all(c in answers for c in codes):
                mean = _mean([answers[c] for c in codes]).quantize(CENT, rounding=ROUND_HALF_UP)
                if value is not None and abs(value - mean) > CENT:
                    discrepancies.append(Discrepancy(ind.no, float(value), float(mean)))
                value = mean
                derived.add(ind.no)
        if value is not None:
            scores[ind.no] = value

    missing = [ind.no for ind in fw.indicators if ind.no not in scores]

    instrument_exact: dict[str, Decimal] = {}
    for ins in fw.instruments:
        nos = [i.no for i in fw.indicators_of(ins.code)]
        if all(no in scores for no in nos):
            instrument_exact[ins.code] = _mean([scores[no] for no in nos])
    instrument_scores = {code: fw.round_score(v) for code, v in instrument_exact.items()}

    total = total_exact = level = passed = None
    if len(instrument_exact) == len(fw.instruments):
        total_exact = sum(
            (ins.weight / 100 * instrument_exact[ins.code] for ins in fw.instruments), Decimal(0)
        )
        total = fw.round_score(total_exact)
        level = fw.level_for(total, instrument_scores)
        passed = fw.passed(total)

    return ScoreResult(
        indicator_scores={no: float(v) for no, v in scores.items()},
        instrument_scores={code: float(v) for code, v in instrument_scores.items()},
        total=None if total is None else float(total),
        level=level,
        passed=passed,
        missing=missing,
        derived=frozenset(derived),
        discrepancies=discrepancies,
        total_unrounded=total_exact,
    )
