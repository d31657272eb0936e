"""Property-based fuzzing of the importer: whatever the bytes, it refuses with a PackageError
or imports completely; it never crashes and never writes part of a package.

A few thousand cases run here (a small valid package keeps each case around a millisecond);
bench/fuzz_import.py runs any number with the same mutators.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk.domain.framework import framework_for
from itadesk.exchange import mutations
from itadesk.exchange.importer import _write, record_from
from itadesk.exchange.package import PDF_KINDS, build_package_bytes
from itadesk.exchange.reader import read_package
from itadesk.exchange.synthetic import placeholder_pdf
from itadesk.storage.aggregation import open_aggregation_db

FW = framework_for(2567)
BASE = mutations.small_package(FW)
def fuzz(n: int) -> settings:
    return settings(max_examples=n, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def agg():
    """An aggregation database that already holds another office: a partial write of a
    fuzzed package would show beside it."""
    db = open_aggregation_db(None)
    other = mutations.small_year(FW)
    other.office.code = "9900102"
    pdf = placeholder_pdf()
    body = build_package_bytes(other, FW, {k: pdf for k in PDF_KINDS})
    assert _write(db, "other", record_from(read_package(body, framework_for, "o")), [], False,
                  None).ok
    yield db
    db.close()


def _ok(result: str) -> None:
    assert result in ("refused", "imported"), result


def test_the_base_package_imports(agg):
    assert mutations.check_case(agg, framework_for, BASE) == "imported"


@fuzz(1000)
@given(rng=st.randoms(use_true_random=False))
def test_random_byte_damage(agg, rng: random.Random):
    body = rng.choice([mutations.flip_bytes, mutations.cut_or_splice])(BASE, rng)
    _ok(mutations.check_case(agg, framework_for, body))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=50) | st.sampled_from(mutations.WEIRD_VALUES[:30]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children,
                                                                      max_size=4),
    max_leaves=8,
)


@fuzz(800)
@given(rng=st.randoms(use_true_random=False), value=JSON_VALUES,
       member=st.sampled_from(["data.json", "data.json", "data.json", "manifest.json"]))
def test_flipped_json_values(agg, rng: random.Random, value, member):
    # hypothesis gives None as a value too: json_value treats None as "pick a weird one"
    body = mutations.json_value(BASE, rng, member=member, value=value)
    _ok(mutations.check_case(agg, framework_for, body))


@fuzz(250)
@given(rng=st.randoms(use_true_random=False))
def test_dropped_keys(agg, rng: random.Random):
    _ok(mutations.check_case(agg, framework_for, mutations.drop_key(BASE, rng)))


@fuzz(400)
@given(rng=st.randoms(use_true_random=False),
       name=st.text(min_size=0, max_size=40) | st.sampled_from(mutations.NAMES))
def test_generated_member_names(agg, rng: random.Random, name):
    try:
        body = mutations.member_names(BASE, rng, name=name)
    except (ValueError, UnicodeEncodeError):  # zipfile itself cannot write that name
        return
    result = mutations.check_case(agg, framework_for, body)
    _ok(result)
