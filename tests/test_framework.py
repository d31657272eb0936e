"""Framework files: bundled ones load, broken ones fail naming file and key, lookups work."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from itadesk.domain.errors import ItadeskError, ValidationError
from itadesk.domain.framework import (
    FrameworkError,
    FrameworkRegistry,
    OitItem,
    Question,
    framework_for,
    load_all,
    load_framework,
    load_framework_text,
    set_default_registry,
)
from itadesk.paths import frameworks_dir

FIXTURES = Path(__file__).parent / "fixtures" / "frameworks"
BUNDLED_YEARS = [2563, 2564, 2565, 2566, 2567, 2568, 2569]


@pytest.fixture(scope="module")
def bundled():
    frameworks, errors = load_all(frameworks_dir())
    assert errors == []
    return frameworks


@pytest.fixture(scope="module")
def fw67(bundled):
    return bundled[2567]


def dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def broken(fw, mutate) -> FrameworkError:
    data = fw.to_dict()
    mutate(data)
    with pytest.raises(FrameworkError) as info:
        load_framework_text(dump(data), "ita-2567.yaml")
    return info.value


# ---------------------------------------------------------------- bundled files


@pytest.mark.parametrize("year", BUNDLED_YEARS)
def test_every_bundled_file_loads_and_validates(year):
    fw = load_framework(frameworks_dir() / f"ita-{year}.yaml")
    assert fw.fiscal_year == year
    assert sum(i.weight for i in fw.instruments) == 100
    assert len(fw.indicators) == 10
    assert fw.levels[-1].min_total is None and fw.levels[-1].min_each_instrument is None
    assert fw.pass_threshold == 85
    assert str(year)[-2:] in fw.title_th or "๒๕" in fw.title_th
    for kind in ("weakness", "fix", "keep"):
        assert any(p.kind == kind for p in fw.phrases)


def test_bundled_years_and_provisional_flags(bundled):
    assert sorted(bundled) == BUNDLED_YEARS
    assert [bundled[y].provisional for y in BUNDLED_YEARS] == [False] * 5 + [True, True]
    assert bundled[2565].analysis_by == bundled[2566].analysis_by == "indicator"
    assert all(bundled[y].analysis_by == "issue" for y in (2567, 2568, 2569))


def test_item_counts_differ_by_year_as_the_data_says(bundled):
    # checked here, against the data; no code depends on these numbers
    assert len(bundled[2566].oit_items) == 43
    assert bundled[2566].oit_items[0].code == "O1"
    fw = bundled[2567]
    assert len(fw.oit_items) == 35
    assert len([q for q in fw.questions if q.code.startswith("i")]) == 15
    assert len([q for q in fw.questions if q.code.startswith("e")]) == 9
    assert len(fw.issues) == 7
    assert len(bundled[2568].oit_items) == 26 and len(bundled[2569].oit_items) == 26


def test_2567_iit_derived_eit_entered(fw67):
    assert [i.derive for i in fw67.indicators_of("IIT")] == ["mean_of_questions"] * 5
    assert {i.derive for i in fw67.indicators_of("EIT")} == {"entered"}
    assert [q.code for q in fw67.questions_of(4)] == ["i10", "i11", "i12"]
    assert fw67.instrument_of_indicator(9).code == "OIT"
    assert fw67.indicator(8).name_th == "การปรับปรุงการทำงาน"


def test_round_trip_through_to_dict(bundled):
    for fw in bundled.values():
        again = load_framework_text(dump(fw.to_dict()), f"ita-{fw.fiscal_year}.yaml")
        assert again.to_dict() == fw.to_dict()
        assert again == dataclasses.replace(fw, source=again.source)


def test_yaml_no_key_is_not_a_boolean():
    fw = load_framework(FIXTURES / "mini-2570.yaml")
    assert [i.no for i in fw.indicators] == [1, 2, 3]


# ---------------------------------------------------------------- levels


@pytest.mark.parametrize(
    "total,label",
    [
        (100, "AA"),
        (95, "AA"),
        (94.99, "A"),
        (85, "A"),
        (84.99, "B"),
        (75, "B"),
        (74.99, "C"),
        (65, "C"),
        (64.99, "D"),
        (55, "D"),
        (54.99, "E"),
        (50, "E"),
        (49.99, "F"),
        (0, "F"),
    ],
)
def test_letter_bands_2565(bundled, total, label):
    assert bundled[2565].level_for(total, {}).label_th == label


ALL = {"IIT": 100, "EIT": 100, "OIT": 100}


@pytest.mark.parametrize(
    "total,instruments,label",
    [
        (95, {"IIT": 95, "EIT": 95, "OIT": 95}, "ผ่านดีเยี่ยม"),
        (95, {"IIT": 95, "EIT": 94.99, "OIT": 100}, "ผ่านดี"),
        (94.99, ALL, "ผ่านดี"),
        (85, {"IIT": 85, "EIT": 85, "OIT": 85}, "ผ่านดี"),
        (85, {"IIT": 100, "EIT": 84.99, "OIT": 100}, "ผ่าน"),
        (92.13, {"IIT": 91.64, "EIT": 82.14, "OIT": 100}, "ผ่าน"),
        (84.99, ALL, "ต้องปรับปรุง"),
        (70, ALL, "ต้องปรับปรุง"),
        (69.99, ALL, "ต้องปรับปรุงโดยด่วน"),
        (0, {}, "ต้องปรับปรุงโดยด่วน"),
    ],
)
@pytest.mark.parametrize("year", [2566, 2567, 2568, 2569])
def test_pass_labels_from_2566(bundled, year, total, instruments, label):
    assert bundled[year].level_for(total, instruments).label_th == label


def test_passed_at_threshold(fw67):
    assert fw67.passed(85) and fw67.passed(Decimal("85.00")) and not fw67.passed(84.99)


# ---------------------------------------------------------------- codes


@pytest.mark.parametrize(
    "raw,code",
    [
        ("o10", "o10"),
        ("O10", "o10"),
        ("010", "o10"),
        ("๐10", "o10"),
        ("๐๑๐", "o10"),
        (" o 10 ", "o10"),
        ("ข้อ ๐11", "o11"),
        ("ข้อ o7", "o7"),
        ("๐1", "o1"),
        ("o.25", "o25"),
        ("I1", "i1"),
        ("ข้อ i10", "i10"),
        ("e๙", "e9"),
        ("Ｏ３５", "o35"),
    ],
)
def test_normalize_code_on_seed_quirks(fw67, raw, code):
    assert fw67.normalize_code(raw) == code


def test_normalize_code_keeps_the_years_own_spelling(bundled):
    fw = bundled[2566]
    assert fw.normalize_code("010") == "O10"
    assert fw.normalize_code("o43") == "O43"
    assert fw.normalize_code("๐๓๔") == "O34"


@pytest.mark.parametrize("raw", ["o36", "036", "i16", "x1", "", "o", "10"])
def test_unknown_code_raises_naming_it(fw67, raw):
    with pytest.raises(ValidationError) as info:
        fw67.normalize_code(raw)
    if raw:
        assert raw in str(info.value)
    assert "2567" in str(info.value)
    assert not fw67.has_code(raw)


def test_item_lookup(fw67):
    assert isinstance(fw67.item("๐๑"), OitItem)
    assert fw67.item("O1").title_th == "โครงสร้าง"
    assert fw67.item("O1").components_th
    assert isinstance(fw67.item("i4"), Question)
    assert fw67.has_code("๐35")


def test_unknown_titles_show_the_code(fw67):
    assert fw67.display_title("o1") == "โครงสร้าง"
    assert fw67.display_title("๐5") == "o5"
    assert fw67.display_title("e7") == "e7"
    fw = load_framework(FIXTURES / "mini-2570.yaml")
    assert fw.display_title("x1") == "X1"
    assert fw.display_title("q2") == "q2"
    assert fw.display_title("nope") == "nope"


def test_items_by_sub_indicator(fw67, bundled):
    groups = fw67.items_by_sub_indicator()
    assert list(groups)[:5] == ["9.1", "9.2", "9.3", "9.4", "9.5"]
    assert [i.code for i in groups["9.1"]] == ["o1", "o2", "o3", "o4", "o5", "o6"]
    assert groups[None][0].code == "o26"  # 10.1/10.2 split unknown in 2567
    assert sum(len(v) for v in groups.values()) == len(fw67.oit_items)
    g66 = bundled[2566].items_by_sub_indicator()
    assert [i.code for i in g66["10.2"]] == ["O39", "O40", "O41", "O42", "O43"]
    assert list(bundled[2569].items_by_sub_indicator()) == [None]


def test_issue_codes_exist(bundled):
    for fw in bundled.values():
        for issue in fw.issues:
            for code in issue.codes:
                assert fw.has_code(code)


def test_phrases_by_band(fw67):
    assert fw67.phrases_for(84.99, "fix")
    assert fw67.phrases_for(84.99, "keep") == []
    assert fw67.phrases_for(85, "keep") and fw67.phrases_for(85, "fix")
    assert fw67.phrases_for(100, "keep") and fw67.phrases_for(100, "fix") == []
    assert set(fw67.phrases_for(0, "weakness")) == set(fw67.phrases_for(50.5, "weakness"))
    for p in fw67.phrases:
        assert "โคกม่วง" not in p.text_th and "บ้านแหลม" not in p.text_th


# ---------------------------------------------------------------- broken files


def test_duplicate_code_message(fw67):
    def mutate(d):
        d["oit_items"][2]["code"] = "o4"  # index 3 is o4 too

    err = broken(fw67, mutate)
    assert str(err) == "ita-2567.yaml: oit_items[3].code: รหัสซ้ำ o4 (duplicate code o4)"
    assert err.file == "ita-2567.yaml" and err.key == "oit_items[3].code"
    assert err.message("en") == "ita-2567.yaml: oit_items[3].code: duplicate code o4"
    assert isinstance(err, ItadeskError)


def test_duplicate_code_across_questions_and_items_ignores_case(fw67):
    err = broken(fw67, lambda d: d["oit_items"][0].update(code="I1"))
    assert err.key == "oit_items[0].code"


def test_missing_code(fw67):
    err = broken(fw67, lambda d: d["oit_items"][3].pop("code"))
    assert err.key == "oit_items[3].code"
    assert "required key is missing" in str(err)


def test_weights_must_sum_to_100(fw67):
    err = broken(fw67, lambda d: d["instruments"][2].update(weight=35))
    assert err.key == "instruments"
    assert "95" in str(err) and "100" in str(err)


def test_unknown_indicator_reference(fw67):
    err = broken(fw67, lambda d: d["questions"][0].update(indicator=11))
    assert err.key == "questions[0].indicator"
    assert "unknown indicator 11" in str(err)


def test_unknown_instrument_reference(fw67):
    err = broken(fw67, lambda d: d["indicators"][0].update(instrument="XIT"))
    assert err.key == "indicators[0].instrument"


def test_sub_indicator_of_another_indicator(fw67):
    err = broken(fw67, lambda d: d["oit_items"][30].update(sub_indicator="9.1"))
    assert err.key == "oit_items[30].sub_indicator"


def test_issue_with_unknown_code(fw67):
    err = broken(fw67, lambda d: d["issues"][0]["codes"].append("o99"))
    assert err.key.startswith("issues[0].codes[")
    assert "o99" in str(err)


def test_unknown_key_is_a_typo(fw67):
    err = broken(fw67, lambda d: d.update(oit_item=[]))
    assert err.key == "oit_item"
    err = broken(fw67, lambda d: d["questions"][0].update(tittle_th="x"))
    assert err.key == "questions[0].tittle_th"


def test_bad_format_and_types(fw67):
    assert broken(fw67, lambda d: d.update(format="other/2")).key == "format"
    assert broken(fw67, lambda d: d.update(fiscal_year="2567")).key == "fiscal_year"
    assert broken(fw67, lambda d: d.update(total_rounding="up")).key == "total_rounding"
    assert broken(fw67, lambda d: d["indicators"][0].update(derive="max")).key == (
        "indicators[0].derive"
    )
    assert broken(fw67, lambda d: d.pop("levels")).key == "levels"


def test_levels_well_formed(fw67):
    err = broken(fw67, lambda d: d["levels"][-1].update(min_total=0))
    assert err.key == "levels[4]"
    err = broken(
        fw67,
        lambda d: d["levels"][1].pop("min_total") and d["levels"][1].pop("min_each_instrument"),
    )
    assert err.key == "levels[1]"
    err = broken(fw67, lambda d: d["levels"][2].update(min_total=99))
    assert err.key == "levels[2].min_total"
    err = broken(fw67, lambda d: d["levels"][0].update(min_total=101))
    assert err.key == "levels[0].min_total"


def test_phrase_bands_valid(fw67):
    err = broken(fw67, lambda d: d["phrases"][0].update(min_score=90, max_score=80))
    assert err.key == "phrases[0]"
    err = broken(fw67, lambda d: d["phrases"][0].update(kind="praise"))
    assert err.key == "phrases[0].kind"


def test_derived_indicator_needs_questions(fw67):
    # OIT indicator 9 has no questions, so it cannot be derived from them
    err = broken(fw67, lambda d: d["indicators"][8].update(derive="mean_of_questions"))
    assert err.key == "indicators[8].derive"


def test_bad_yaml():
    with pytest.raises(FrameworkError) as info:
        load_framework_text("format: itadesk-framework/1\ninstruments: [\n  {code: IIT\n", "x.yaml")
    assert str(info.value).startswith("x.yaml: ")
    assert "YAML" in str(info.value) and "line" in str(info.value)
    with pytest.raises(FrameworkError):
        load_framework_text("", "empty.yaml")
    with pytest.raises(FrameworkError):
        load_framework_text("- a list\n", "list.yaml")


# ---------------------------------------------------------------- many files


def test_user_dir_overrides_and_broken_files_are_reported(tmp_path, fw67):
    bundled_dir = tmp_path / "bundled"
    user_dir = tmp_path / "user"
    bundled_dir.mkdir()
    user_dir.mkdir()
    (bundled_dir / "mini-2570.yaml").write_text(
        (FIXTURES / "mini-2570.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (bundled_dir / "ita-2567.yaml").write_text(dump(fw67.to_dict()), encoding="utf-8")
    (bundled_dir / "broken.yaml").write_text("format: [", encoding="utf-8")
    fixed = fw67.to_dict()
    fixed["oit_items"][4]["title_th"] = "ชื่อที่เจ้าหน้าที่พิมพ์เอง"
    (user_dir / "ita-2567.yaml").write_text(dump(fixed), encoding="utf-8")

    frameworks, errors = load_all(bundled_dir, user_dir)
    assert sorted(frameworks) == [2567, 2570]
    assert frameworks[2567].display_title("o5") == "ชื่อที่เจ้าหน้าที่พิมพ์เอง"
    assert frameworks[2567].source.endswith(str(Path("user") / "ita-2567.yaml"))
    assert [e.file for e in errors] == ["broken.yaml"]


def test_two_files_for_one_year_in_one_folder(tmp_path):
    text = (FIXTURES / "mini-2570.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(text, encoding="utf-8")
    frameworks, errors = load_all(tmp_path)
    assert list(frameworks) == [2570]
    assert len(errors) == 1 and errors[0].file == "b.yaml" and "2570" in str(errors[0])


def test_registry_import_and_lookup(tmp_path):
    reg = FrameworkRegistry(FIXTURES, tmp_path / "user")
    assert reg.years() == [2570]
    with pytest.raises(ItadeskError) as info:
        reg.get(2571)
    assert "2571" in str(info.value)
    text = (
        (FIXTURES / "mini-2570.yaml")
        .read_text(encoding="utf-8")
        .replace("fiscal_year: 2570", "fiscal_year: 2571")
    )
    fw = reg.import_text(text, "ใหม่.yaml")
    assert fw.fiscal_year == 2571 and reg.get(2571) is fw
    assert (tmp_path / "user" / "ita-2571.yaml").exists()
    with pytest.raises(FrameworkError):
        reg.import_text("format: nope\n", "bad.yaml")
    assert reg.years() == [2570, 2571]


def test_framework_for_names_the_missing_year():
    set_default_registry(FrameworkRegistry(FIXTURES))
    try:
        assert framework_for(2570).fiscal_year == 2570
        with pytest.raises(ItadeskError) as info:
            framework_for(2599)
        assert "2599" in info.value.message("th") and "2599" in info.value.message("en")
    finally:
        set_default_registry(None)
    assert framework_for(2567).fiscal_year == 2567  # default: bundled frameworks


def test_framework_yaml_reads_back_equal_with_its_comment(bundled):
    from itadesk.domain.framework import framework_yaml

    for fw in bundled.values():
        text = framework_yaml(fw, f"made by itadesk\n\nfrom {fw.fiscal_year}")
        assert text.startswith(f"# made by itadesk\n#\n# from {fw.fiscal_year}\nformat: ")
        again = load_framework_text(text, f"ita-{fw.fiscal_year}.yaml")
        assert again.to_dict() == fw.to_dict()
