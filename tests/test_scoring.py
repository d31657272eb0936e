"""Scoring by the framework's rules; seed 001 (ITA 2567) must give the printed 92.13."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from itadesk.domain.errors import ValidationError
from itadesk.domain.framework import load_all, load_framework
from itadesk.domain.scoring import compute
from itadesk.paths import frameworks_dir

FIXTURES = Path(__file__).parent / "fixtures" / "frameworks"

# Seed 001 (ทต. ITA 2567 analysis): the 10 indicator scores as printed by ITAS ...
SEED001_INDICATORS = {
    1: 91.78,
    2: 94.44,
    3: 98.00,
    4: 82.00,
    5: 92.00,
    6: 87.03,
    7: 86.45,
    8: 72.94,
    9: 100.00,
    10: 100.00,
}
# ... and its 15 IIT + 9 EIT question scores.
SEED001_QUESTIONS = {
    "i1": 84.67,
    "i2": 90.67,
    "i3": 100.00,
    "i4": 90.00,
    "i5": 95.33,
    "i6": 98.00,
    "i7": 97.33,
    "i8": 96.67,
    "i9": 100.00,
    "i10": 75.33,
    "i11": 97.33,
    "i12": 73.33,
    "i13": 91.33,
    "i14": 90.67,
    "i15": 94.00,
    "e1": 86.59,
    "e2": 86.59,
    "e3": 100.00,
    "e4": 86.83,
    "e5": 87.32,
    "e6": 88.54,
    "e7": 87.80,
    "e8": 87.32,
    "e9": 30.49,
}
SEED001_TOTAL = 92.13


@pytest.fixture(scope="module")
def fw67():
    frameworks, errors = load_all(frameworks_dir())
    assert not errors
    return frameworks[2567]


@pytest.fixture(scope="module")
def mini():
    return load_framework(FIXTURES / "mini-2570.yaml")


def test_seed001_total_from_indicator_scores(fw67):
    result = compute(fw67, SEED001_INDICATORS)
    assert result.total == SEED001_TOTAL
    assert result.total_unrounded == Decimal("92.1352")
    assert result.instrument_scores == {"IIT": 91.64, "EIT": 82.14, "OIT": 100.0}
    assert result.passed is True
    assert result.level.label_th == "ผ่าน"  # EIT below 85, so not ผ่านดี
    assert result.missing == [] and result.discrepancies == []


def test_seed001_total_with_question_scores(fw67):
    result = compute(fw67, SEED001_INDICATORS, SEED001_QUESTIONS)
    assert result.total == SEED001_TOTAL
    assert result.derived == {1, 2, 3, 4, 5}
    assert result.discrepancies == []


def test_seed001_iit_derived_from_questions_alone(fw67):
    entered = {no: v for no, v in SEED001_INDICATORS.items() if no > 5}
    result = compute(fw67, entered, SEED001_QUESTIONS)
    for no in range(1, 6):
        assert result.indicator_scores[no] == SEED001_INDICATORS[no]
    assert result.indicator_scores[4] == 82.00  # 81.9967 rounds half up, as printed
    assert result.total == SEED001_TOTAL


def test_eit_questions_do_not_replace_entered_eit(fw67):
    result = compute(fw67, SEED001_INDICATORS, SEED001_QUESTIONS)
    assert result.indicator_scores[8] == 72.94  # mean(e7..e9) would be 68.54
    assert 8 not in result.derived


def test_derived_wins_and_a_difference_is_reported(fw67):
    scores = SEED001_INDICATORS | {1: 80.0}
    result = compute(fw67, scores, SEED001_QUESTIONS)
    assert result.indicator_scores[1] == 91.78
    [d] = result.discrepancies
    assert (d.indicator, d.entered, d.derived) == (1, 80.0, 91.78)


def test_partial_questions_fall_back_to_entered_or_missing(fw67):
    some = {"i1": 84.67, "i2": 90.67}  # i3 missing
    result = compute(fw67, SEED001_INDICATORS, some)
    assert result.indicator_scores[1] == 91.78 and 1 not in result.derived
    without = {no: v for no, v in SEED001_INDICATORS.items() if no != 1}
    result = compute(fw67, without, some)
    assert result.missing == [1]
    assert "IIT" not in result.instrument_scores
    assert result.instrument_scores["EIT"] == 82.14
    assert result.total is None and result.level is None and result.passed is None


def test_nothing_entered(fw67):
    result = compute(fw67)
    assert result.missing == list(range(1, 11))
    assert result.total is None and result.instrument_scores == {}


def test_codes_are_normalised(fw67):
    quirky = {"ข้อ i1": "84.67", "I2": 90.67, " i 3 ": "๑๐๐", "010": 100, "๐๒๕": 100}
    entered = {no: v for no, v in SEED001_INDICATORS.items() if no != 1}
    result = compute(fw67, entered, quirky)
    assert result.indicator_scores[1] == 91.78


def test_same_code_twice_with_different_scores(fw67):
    with pytest.raises(ValidationError) as info:
        compute(fw67, {}, {"o10": 100, "010": 0})
    assert info.value.field == "ข้อ o10"


@pytest.mark.parametrize("bad", [101, -1, "abc", True, float("nan"), [1]])
def test_indicator_score_out_of_range_or_not_a_number(fw67, bad):
    with pytest.raises(ValidationError) as info:
        compute(fw67, {3: bad})
    assert info.value.field == "ตัวชี้วัดที่ 3"


def test_question_score_out_of_range(fw67):
    with pytest.raises(ValidationError) as info:
        compute(fw67, {}, {"i12": 100.5})
    assert info.value.field == "ข้อ i12"


def test_unknown_indicator_and_code(fw67):
    with pytest.raises(ValidationError) as info:
        compute(fw67, {11: 90})
    assert "11" in str(info.value)
    with pytest.raises(ValidationError) as info:
        compute(fw67, {}, {"o36": 100})
    assert "o36" in str(info.value)


def test_blank_scores_are_skipped(fw67):
    result = compute(fw67, {1: "", 2: None}, {"i1": " "})
    assert 1 in result.missing and 2 in result.missing


def test_pass_labels_use_the_each_instrument_rule(fw67):
    all95 = dict.fromkeys(range(1, 11), 95.0)
    assert compute(fw67, all95).level.label_th == "ผ่านดีเยี่ยม"
    one_lower = all95 | {8: 94.97}  # EIT 94.99, total 94.997 -> 94.99
    result = compute(fw67, one_lower)
    assert result.instrument_scores["EIT"] == 94.99
    assert result.total == 94.99
    assert result.level.label_th == "ผ่านดี"
    all85 = dict.fromkeys(range(1, 11), 85.0)
    assert compute(fw67, all85).level.label_th == "ผ่านดี"
    below = all85 | {6: 84.97}  # EIT 84.99 -> total 84.997 -> 84.99
    result = compute(fw67, below)
    assert result.total == 84.99 and result.passed is False
    assert result.level.label_th == "ต้องปรับปรุง"


def test_rounding_rule_comes_from_the_file(mini, fw67):
    # mini: total = 0.3*IIT + 0.3*EIT + 0.4*OIT with half_up rounding
    result = compute(mini, {2: 90.0, 3: 90.0}, {"q1": 90.0, "q2": 90.05})
    # IIT = mean(90, 90.05) = 90.025 -> 90.03 (indicator, half up); total = 90.009 -> 90.01
    assert result.indicator_scores[1] == 90.03
    assert result.total == 90.01
    assert result.level.label_th == "A"
    edge = compute(mini, {1: 94.99, 2: 95.0, 3: 95.0})  # 94.997 -> 95.00 half up -> AA
    assert edge.total == 95.0 and edge.level.label_th == "AA"
    cut = compute(fw67, dict.fromkeys(range(1, 6), 94.99) | dict.fromkeys(range(6, 11), 95.0))
    assert cut.total == 94.99  # 2567 cuts (down): 94.997 -> 94.99


def test_letter_levels_2565(mini):
    assert compute(mini, {1: 84.99, 2: 84.99, 3: 84.99}).level.label_th == "F"
    assert compute(mini, {1: 85, 2: 85, 3: 85}).level.label_th == "A"
