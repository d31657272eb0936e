"""A clerk's corrections to one year's framework: pure functions that return a new, validated
Framework (domain/framework.py is left as it is).

Every function checks its own input first (ValidationError naming the field, Thai + English),
then builds the new framework and runs it through the whole file validation again
(framework_yaml → load_framework_text), so what an edit returns is exactly what the saved file
will load as. Nothing here writes a file: the caller installs `edited_text(fw)` through
`FrameworkRegistry.import_text`, which writes the user's frameworks folder only — a bundled
file is never written; the user file of that year overrides it.

The rule for `provisional`: an edit leaves the flag as it was (the clerk correcting a title does
not make a confirmed structure unconfirmed, nor does editing confirm a provisional one), and
`mark_edited` records in `notes` that the clerk edited the file in the program.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation

from .errors import ValidationError
from .framework import (
    Framework,
    FrameworkError,
    OitItem,
    framework_yaml,
    load_framework_text,
)

EDITED_NOTE = "แก้ไขโดยเจ้าหน้าที่ในโปรแกรม itadesk (edited by the clerk in itadesk)"
MAX_TITLE = 300
MAX_COMPONENT = 1000
MAX_COMPONENTS = 50
_KEEP = object()  # "leave this field as it is" in edit_oit_item


# ------------------------------------------------------------------ field checks


def _text(field: str, value, *, required: bool = True, limit: int = MAX_TITLE) -> str | None:
    text = "" if value is None else str(value).strip()
    if not text:
        if required:
            raise ValidationError(field, "ต้องไม่ว่าง", "must not be empty")
        return None
    if "\n" in text or "\r" in text:
        raise ValidationError(field, "ต้องเป็นข้อความบรรทัดเดียว", "must be a single line")
    if len(text) > limit:
        raise ValidationError(field, f"ยาวเกิน {limit:,} ตัวอักษร", f"longer than {limit:,} characters")
    return text


def components_from_text(text: str | None) -> tuple[str, ...]:
    """The components typed as multi-line text: one a line, empty lines and a leading "- "
    dropped (the way D4 prints them)."""
    out = []
    for line in (text or "").splitlines():
        line = line.strip()
        if line.startswith(("- ", "• ")):
            line = line[2:].strip()
        if line:
            out.append(line)
    return tuple(out)


def _components(value) -> tuple[str, ...]:
    field = "องค์ประกอบ"
    items = components_from_text(value) if isinstance(value, str) else tuple(
        str(c).strip() for c in (value or ()) if str(c).strip())
    if len(items) > MAX_COMPONENTS:
        raise ValidationError(field, f"มีได้ไม่เกิน {MAX_COMPONENTS} ข้อ",
                              f"at most {MAX_COMPONENTS} components")
    for n, c in enumerate(items, 1):
        if "\n" in c:
            raise ValidationError(f"{field} {n}", "ต้องเป็นข้อความบรรทัดเดียว", "must be a single line")
        if len(c) > MAX_COMPONENT:
            raise ValidationError(f"{field} {n}", f"ยาวเกิน {MAX_COMPONENT:,} ตัวอักษร",
                                  f"longer than {MAX_COMPONENT:,} characters")
    return items


def oit_indicators(fw: Framework) -> tuple[int, ...]:
    """The indicators an OIT item may belong to: those of the OIT instrument (9 and 10 in
    2567), else those the year's items already use, else every indicator."""
    nos = [i.no for i in fw.indicators if i.instrument.upper() == "OIT"]
    if not nos:
        nos = sorted({i.indicator for i in fw.oit_items})
    return tuple(nos or (i.no for i in fw.indicators))


def _indicator(fw: Framework, value) -> int:
    field = "ตัวชี้วัด"
    try:
        no = int(str(value).strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
    except (TypeError, ValueError):
        raise ValidationError(field, f"ต้องเป็นเลขตัวชี้วัด ไม่ใช่ “{value}”",
                              f"must be an indicator number, not “{value}”") from None
    allowed = oit_indicators(fw)
    if no not in allowed:
        shown = ", ".join(str(n) for n in allowed)
        raise ValidationError(field, f"ปี {fw.fiscal_year} ไม่มีตัวชี้วัดที่ {no} สำหรับข้อ OIT (มี {shown})",
                              f"the {fw.fiscal_year} framework has no OIT indicator {no} (known: {shown})")
    return no


def _sub_indicator(fw: Framework, value, indicator: int) -> str | None:
    code = "" if value is None else str(value).strip()
    if not code:
        return None
    sub = fw.sub_indicator(code)
    field = "ตัวชี้วัดย่อย"
    if sub is None:
        raise ValidationError(field, f"ไม่มีตัวชี้วัดย่อย {code} ในปี {fw.fiscal_year}",
                              f"there is no sub-indicator {code} in {fw.fiscal_year}")
    if sub.indicator != indicator:
        raise ValidationError(field, f"ตัวชี้วัดย่อย {code} ไม่อยู่ในตัวชี้วัดที่ {indicator}",
                              f"sub-indicator {code} does not belong to indicator {indicator}")
    return code


def _existing(fw: Framework, code: str) -> OitItem:
    for item in fw.oit_items:
        if item.code == code:
            return item
    if fw.has_code(code):
        hit = fw.item(code)
        if isinstance(hit, OitItem):
            return hit
    raise ValidationError(f"ข้อ {code}", f"ไม่มีข้อ OIT “{code}” ในกรอบการประเมินปี {fw.fiscal_year}",
                          f"the {fw.fiscal_year} framework has no OIT item “{code}”")


def new_code(fw: Framework, value) -> str:
    """A code for a new OIT item: one word, not a code the year already has in any spelling
    normalize_code accepts ("O36", "o036", "๐๓๖" are all o36)."""
    field = "รหัสข้อ"
    code = "" if value is None else str(value).strip()
    if not code:
        raise ValidationError(field, "ต้องไม่ว่าง (เช่น o36)", "must not be empty (e.g. o36)")
    if any(ch.isspace() for ch in code):
        raise ValidationError(field, f"รหัส “{code}” ต้องไม่มีช่องว่าง",
                              f"the code “{code}” must not contain spaces")
    if len(code) > 20:
        raise ValidationError(field, "ยาวเกิน 20 ตัวอักษร", "longer than 20 characters")
    if fw.has_code(code):
        raise ValidationError(field, f"ปี {fw.fiscal_year} มีข้อ {fw.normalize_code(code)} อยู่แล้ว",
                              f"the {fw.fiscal_year} framework already has {fw.normalize_code(code)}")
    return code


# ------------------------------------------------------------------ the whole framework


def validated(fw: Framework) -> Framework:
    """`fw` as its file loads: every check of the file format, or FrameworkError naming the key."""
    name = f"ita-{fw.fiscal_year}.yaml"
    return load_framework_text(framework_yaml(fw), name, source=fw.source or name)


def _rebuilt(fw: Framework, **changes) -> Framework:
    try:
        return validated(dataclasses.replace(fw, **changes))
    except FrameworkError as exc:
        raise ValidationError(exc.key or "กรอบการประเมิน", exc.reason_th, exc.reason_en) from None


def mark_edited(fw: Framework) -> Framework:
    """`fw` with EDITED_NOTE in its notes (once); `provisional` stays as it was."""
    if EDITED_NOTE in fw.notes:
        return fw
    return dataclasses.replace(fw, notes=(*fw.notes, EDITED_NOTE))


def edited_text(fw: Framework) -> str:
    """The text of the user file for a framework the clerk edited (validated first)."""
    from pathlib import PurePath

    base = PurePath(fw.source).name if fw.source else ""
    fw = validated(mark_edited(fw))
    head = (f"ITA {fw.fiscal_year} framework, corrected by the clerk in itadesk (Tools > Edit framework)"
            + (f", from {base}" if base else "") + ".\n"
            "Another office imports this file with Tools > import a framework file.")
    return framework_yaml(fw, head)


# ------------------------------------------------------------------ OIT items


def add_oit_item(fw: Framework, code, indicator, title, components=(), sub_indicator=None,
                 *, after: str | None = None) -> Framework:
    """A new OIT item, placed after the last item of its indicator (or after `after`)."""
    code = new_code(fw, code)
    no = _indicator(fw, indicator)
    item = OitItem(code=code, indicator=no, sub_indicator=_sub_indicator(fw, sub_indicator, no),
                   title_th=_text("ชื่อข้อ", title), components_th=_components(components))
    items = list(fw.oit_items)
    if after is not None:
        at = items.index(_existing(fw, after)) + 1
    else:
        same = [n for n, i in enumerate(items) if i.indicator <= no]
        at = (same[-1] + 1) if same else 0
    items.insert(at, item)
    return _rebuilt(fw, oit_items=tuple(items))


def edit_oit_item(fw: Framework, code, *, title=_KEEP, components=_KEEP, indicator=_KEEP,
                  sub_indicator=_KEEP) -> Framework:
    """The item with a new title, components, indicator and/or sub-indicator. Moving it to
    another indicator drops a sub-indicator of the old one."""
    old = _existing(fw, str(code).strip())
    changes: dict = {}
    if title is not _KEEP:
        changes["title_th"] = _text("ชื่อข้อ", title, required=old.title_th is not None)
    if components is not _KEEP:
        changes["components_th"] = _components(components)
    no = old.indicator
    if indicator is not _KEEP:
        no = changes["indicator"] = _indicator(fw, indicator)
        if sub_indicator is _KEEP and old.sub_indicator:
            sub = fw.sub_indicator(old.sub_indicator)
            if sub is not None and sub.indicator != no:
                changes["sub_indicator"] = None
    if sub_indicator is not _KEEP:
        changes["sub_indicator"] = _sub_indicator(fw, sub_indicator, no)
    new = dataclasses.replace(old, **changes)
    return _rebuilt(fw, oit_items=tuple(new if i is old else i for i in fw.oit_items))


def remove_oit_item(fw: Framework, code) -> Framework:
    """The framework without the item (and without it in the issues' code lists). The office
    file's rows of that code are not touched here: see rows_of_item."""
    old = _existing(fw, str(code).strip())
    issues = tuple(dataclasses.replace(iss, codes=tuple(c for c in iss.codes if c != old.code))
                   for iss in fw.issues)
    return _rebuilt(fw, oit_items=tuple(i for i in fw.oit_items if i is not old), issues=issues)


def move_oit_item(fw: Framework, code, step: int) -> Framework:
    """The item `step` places up (<0) or down (>0) within its indicator's items."""
    old = _existing(fw, str(code).strip())
    items = list(fw.oit_items)
    mates = [n for n, i in enumerate(items) if i.indicator == old.indicator]
    pos = mates.index(items.index(old))
    target = max(0, min(len(mates) - 1, pos + step))
    if target == pos:
        return fw
    items.pop(mates[pos])
    items.insert(mates[target], old)
    return _rebuilt(fw, oit_items=tuple(items))


def rows_of_item(data, code: str) -> dict[str, int]:
    """What an office's year (YearData) holds under an OIT code: {"progress": n,
    "title_overrides": n, "scores": n} (only the kinds it has)."""
    key = code.casefold()
    out = {
        "progress": sum(1 for p in data.oit if p.code.casefold() == key),
        "title_overrides": sum(1 for c in data.title_overrides if c.casefold() == key),
        "scores": sum(1 for c in (data.assessment.question_scores if data.assessment else {})
                      if c.casefold() == key),
    }
    return {k: v for k, v in out.items() if v}


# ------------------------------------------------------------------ names and threshold


def rename_indicator(fw: Framework, no: int, name_th) -> Framework:
    ind = fw.indicator(int(no))
    name = _text(f"ชื่อตัวชี้วัดที่ {ind.no}", name_th)
    return _rebuilt(fw, indicators=tuple(dataclasses.replace(i, name_th=name) if i is ind else i
                                         for i in fw.indicators))


def rename_sub_indicator(fw: Framework, code: str, name_th) -> Framework:
    sub = fw.sub_indicator(str(code).strip())
    if sub is None:
        raise ValidationError("ตัวชี้วัดย่อย", f"ไม่มีตัวชี้วัดย่อย {code} ในปี {fw.fiscal_year}",
                              f"there is no sub-indicator {code} in {fw.fiscal_year}")
    name = _text(f"ชื่อตัวชี้วัดย่อย {sub.code}", name_th, required=False)
    return _rebuilt(fw, sub_indicators=tuple(dataclasses.replace(s, name_th=name) if s is sub else s
                                             for s in fw.sub_indicators))


def rename_issue(fw: Framework, no: int, name_th) -> Framework:
    iss = fw.issue(int(no))
    if iss is None:
        raise ValidationError("ประเด็น", f"ไม่มีประเด็นที่ {no} ในปี {fw.fiscal_year}",
                              f"there is no issue {no} in {fw.fiscal_year}")
    name = _text(f"ชื่อประเด็นที่ {iss.no}", name_th)
    return _rebuilt(fw, issues=tuple(dataclasses.replace(i, name_th=name) if i is iss else i
                                     for i in fw.issues))


def set_pass_threshold(fw: Framework, value) -> Framework:
    """The passing total, 0–100 (Thai digits accepted; at most 2 decimals)."""
    field = "เกณฑ์ผ่าน"
    text = "" if value is None else str(value).strip().translate(
        str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError(field, f"ต้องเป็นตัวเลข 0–100 ไม่ใช่ “{value}”",
                              f"must be a number 0–100, not “{value}”") from None
    if not number.is_finite() or not Decimal(0) <= number <= Decimal(100):
        raise ValidationError(field, f"ต้องอยู่ระหว่าง 0 ถึง 100 ไม่ใช่ {text}",
                              f"must be between 0 and 100, not {text}")
    if number != number.quantize(Decimal("0.01")):
        raise ValidationError(field, "มีทศนิยมได้ไม่เกิน 2 ตำแหน่ง", "at most 2 decimals")
    return _rebuilt(fw, pass_threshold=number)
