"""A framework file with a duplicate key is refused with a message naming the key and both
lines, never imported with one of the two values silently winning."""

from __future__ import annotations

from pathlib import Path

import pytest

from itadesk.domain.framework import FrameworkError, FrameworkRegistry, load_framework_text

BUNDLED = Path(__file__).resolve().parent.parent / "resources" / "frameworks" / "ita-2567.yaml"


def test_a_duplicate_top_level_key_is_refused(tmp_path):
    text = BUNDLED.read_text(encoding="utf-8")
    assert "\npass_threshold: 85\n" in text
    # a second pass_threshold further down: YAML would let 50 win without a word
    hostile = text.replace("\npass_threshold: 85\n", "\npass_threshold: 85\npass_threshold: 50\n", 1)
    reg = FrameworkRegistry(user_directory=tmp_path / "user")
    with pytest.raises(FrameworkError) as info:
        reg.import_text(hostile, "ita-2567-from-email.yaml")
    en, th = info.value.message("en"), info.value.message("th")
    line = hostile.splitlines().index("pass_threshold: 50") + 1
    assert "ita-2567-from-email.yaml" in en and "duplicate key “pass_threshold”" in en
    assert f"at line {line}" in en and f"first at line {line - 1}" in en
    assert "คีย์ “pass_threshold” ซ้ำ" in th and f"บรรทัด {line}" in th
    assert not (tmp_path / "user").exists() or not any((tmp_path / "user").iterdir())


def test_a_duplicate_key_inside_an_item_is_refused():
    text = BUNDLED.read_text(encoding="utf-8")
    # question i1 given two indicators in its flow mapping: which one would score it?
    item = '{code: "i1", indicator: 1, '
    assert item in text
    hostile = text.replace(item, '{code: "i1", indicator: 1, indicator: 2, ', 1)
    with pytest.raises(FrameworkError, match="duplicate key “indicator”"):
        load_framework_text(hostile, "x.yaml")


def test_the_bundled_files_and_merge_keys_still_load():
    assert load_framework_text(BUNDLED.read_text(encoding="utf-8"), "ita-2567.yaml").fiscal_year == 2567
    # equal keys in different mappings are not duplicates
    import yaml

    from itadesk.domain.framework import _yaml_loader

    data = yaml.load("a: {x: 1}\nb: {x: 2}\nc: &d {y: 1}\ne:\n  <<: *d\n  z: 2\n",  # noqa: S506
                     Loader=_yaml_loader())
    assert data["e"] == {"y": 1, "z": 2}
