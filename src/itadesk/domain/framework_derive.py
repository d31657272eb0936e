"""A provisional framework for a fiscal year that has no framework file yet, made from the
newest earlier year's (DESIGN §3: "only a data-driven framework that a clerk can extend").

Fiscal 2570 began in October 2026 while the program bundles files only up to 2569: rather than
wait for a new release, the clerk copies the year before (`derive_framework`), marks it
provisional and keeps working; the official file is imported over it when NACC publishes it.

    base = registry.get(2569)
    fw = derive_framework(base, 2570)             # provisional, titles "inferred"
    text = derived_text(fw)                       # the same bytes on every computer
    registry.import_text(text, "ita-2570.yaml")   # the user folder, never resources/

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ItadeskError, ValidationError
from .framework import (
    Framework,
    FrameworkRegistry,
    framework_yaml,
    load_all,
    load_framework_text,
)
from .thaitext import to_thai_digits

YEAR_MIN, YEAR_MAX = 2500, 2700

# the English half of the first note a derived framework carries; `derived_from` reads it back
_FROM_NOTE = re.compile(r"derived from the (\d{4}) framework")


class MissingFrameworkError(ItadeskError):
    """A year that has no framework, with what the clerk can do about it."""

    def __init__(self, year: int, known: list[int]):
        shown = ", ".join(str(y) for y in known) or "-"
        earlier = [y for y in known if y < year] or [y for y in known if y > year][:1]
        if earlier:
            how_th = (f"ทำต่อได้โดย: เมนู เครื่องมือ ▸ สร้างกรอบการประเมินชั่วคราวจากปีก่อน… "
                      f"(คัดลอกกรอบปี {earlier[-1]} มาเป็นฉบับชั่วคราว หรือคำสั่ง "
                      f"itadesk framework derive --year {year}) "
                      f"หรือนำเข้าไฟล์กรอบการประเมินฉบับจริงของปี {year} "
                      "(เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA)")
            how_en = (f"to go on: Tools ▸ create a provisional framework from the year before "
                      f"(a copy of {earlier[-1]}; or `itadesk framework derive --year {year}`), "
                      f"or import the official {year} framework file (Tools ▸ import an ITA "
                      "framework)")
        else:
            how_th = (f"โปรดนำเข้าไฟล์กรอบการประเมินฉบับจริงของปี {year} "
                      "(เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA)")
            how_en = (f"please import the official {year} framework file "
                      "(Tools ▸ import an ITA framework)")
        super().__init__(
            f"ไม่มีกรอบการประเมิน ITA ของปี {year} (มีปี {shown}) — {how_th}",
            f"there is no ITA framework for {year} (known: {shown}); {how_en}",
            field="ปีงบประมาณ",
        )
        self.year = year


def missing_framework(registry: FrameworkRegistry, year: int) -> MissingFrameworkError:
    return MissingFrameworkError(int(year), registry.years())


def check_year_number(year, label: str = "ปีงบประมาณ") -> int:
    """A Buddhist-era fiscal year 2500–2700 (ValidationError th+en otherwise)."""
    try:
        value = int(str(year).strip())
    except (TypeError, ValueError):
        value = None
    if value is None or not YEAR_MIN <= value <= YEAR_MAX:
        raise ValidationError(
            label,
            f"ปี “{year}” ไม่ถูกต้อง: ต้องเป็นปีงบประมาณ พ.ศ. {YEAR_MIN}–{YEAR_MAX} เช่น 2570",
            f"“{year}” is not a fiscal year: use a Buddhist-era year {YEAR_MIN}–{YEAR_MAX} such as 2570",
        )
    return value


def _replace_year(text: str, old: int, new: int) -> str:
    """`text` with the year `old` (Thai or Arabic digits) replaced by `new` in the same digits."""
    text = text.replace(to_thai_digits(str(old)), to_thai_digits(str(new)))
    return re.sub(rf"(?<!\d){old}(?!\d)", str(new), text)


def derive_framework(base: Framework, year: int) -> Framework:
    """A PROVISIONAL framework for `year` copied from `base` (another year's: normally the
    year before; a later one for a past year nothing earlier covers, e.g. seed 003's 2563
    entered in an office whose program knew only 2565 on): the same
    instruments, indicators, items, issues, levels and phrases; the year replaced in the
    title and the stock rationale; every title whose status is "confirmed" marked "inferred"
    (confirmed for base's year, not for this one); notes saying where it came from.
    Deterministic: the same base gives an equal framework (and `derived_text` the same bytes).
    """
    year = check_year_number(year)
    if year == base.fiscal_year:
        raise ValidationError(
            "ปีงบประมาณ",
            f"สร้างกรอบปี {year} จากกรอบปี {base.fiscal_year} ไม่ได้: ต้องคัดลอกจากปีอื่น",
            f"cannot make the {year} framework from the {base.fiscal_year} one: "
            "it must be copied from another year",
        )
    old = base.fiscal_year

    def weaker(status: str | None) -> str | None:
        return "inferred" if status == "confirmed" else status

    title = _replace_year(base.title_th, old, year)
    if title == base.title_th:
        title = f"{base.title_th} (ฉบับชั่วคราว ปี พ.ศ. {to_thai_digits(str(year))})"
    notes = (
        f"ฉบับชั่วคราว: คัดลอกจากกรอบการประเมินปี {old} โดยโปรแกรม itadesk "
        f"(provisional: derived from the {old} framework by itadesk)",
        f"ต้องตรวจสอบกับคู่มือการประเมิน ITA ปี {year} ของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ "
        f"(check against the NACC {year} manual and import the official file when it arrives)",
        f"ชื่อข้อที่ยืนยันแล้วในปี {old} ถูกเปลี่ยนเป็น inferred เพราะยังไม่ได้ยืนยันสำหรับปี {year} "
        f"(titles confirmed for {old} are marked inferred for {year})",
    )
    # the base's own notes, except those of an earlier derivation (they would pile up)
    kept = tuple(n for n in base.notes if not _FROM_NOTE.search(n)
                 and "check against the NACC" not in n and "are marked inferred" not in n)
    return dataclasses.replace(
        base,
        fiscal_year=year,
        provisional=True,
        title_th=title,
        questions=tuple(dataclasses.replace(q, status=weaker(q.status)) for q in base.questions),
        oit_items=tuple(dataclasses.replace(o, status=weaker(o.status)) for o in base.oit_items),
        notes=notes + kept,
        rationale=_replace_year(base.rationale, old, year) if base.rationale else "",
        source="",
    )


def derived_from(fw: Framework) -> int | None:
    """The year a derived framework was copied from (its first note says), else None."""
    for note in fw.notes:
        m = _FROM_NOTE.search(note)
        if m:
            return int(m.group(1))
    return None


def derived_text(fw: Framework) -> str:
    """The file text of a derived framework: a fixed comment on top (no date, no computer
    name: two computers deriving the same year from the same base write the same bytes)."""
    src = derived_from(fw)
    comment = (
        f"ITA {fw.fiscal_year} framework for itadesk - PROVISIONAL, derived by itadesk from the "
        f"{src} framework.\n"
        f"Every item and weight is the {src} one; titles confirmed for {src} are marked inferred.\n"
        f"Check it against the NACC {fw.fiscal_year} manual, correct it here, or import the "
        "official file over it."
    )
    return framework_yaml(fw, comment)


def base_year(registry: FrameworkRegistry, year: int, from_year=None) -> int:
    """The year to copy for `year`: `from_year` when given (another known year), else the
    newest known year before `year`, else (a past year older than every file: derive works
    backwards too) the oldest year after it. ItadeskError th+en when there is none."""
    year = check_year_number(year)
    if from_year is not None:
        src = check_year_number(from_year, "ปีต้นแบบ")
        if src == year:
            raise ValidationError(
                "ปีต้นแบบ",
                f"ปีต้นแบบ {src} ต้องไม่ใช่ปี {year} เอง",
                f"the year copied ({src}) must not be {year} itself",
            )
        if src not in registry:
            known = ", ".join(str(y) for y in registry.years()) or "-"
            raise ItadeskError(
                f"ไม่มีกรอบการประเมินปี {src} ให้คัดลอก (มีปี {known})",
                f"there is no {src} framework to copy (known: {known})",
                field="ปีต้นแบบ",
            )
        return src
    known = registry.years()
    earlier = [y for y in known if y < year]
    if earlier:
        return earlier[-1]
    later = [y for y in known if y > year]
    if not later:
        raise ItadeskError(
            f"ไม่มีกรอบการประเมินของปีอื่นให้คัดลอก โปรดนำเข้าไฟล์กรอบการประเมินปี {year}",
            f"there is no framework of another year to copy; please import the {year} framework file",
            field="ปีงบประมาณ",
        )
    return later[0]


def derive_for(registry: FrameworkRegistry, year, from_year=None) -> tuple[Framework, str]:
    """(framework, file text) of a provisional `year` copied from `base_year(...)`; checked by
    loading the text back (what the registry will read)."""
    year = check_year_number(year)
    src = base_year(registry, year, from_year)
    fw = derive_framework(registry.get(src), year)
    text = derived_text(fw)
    load_framework_text(text, f"ita-{year}.yaml")  # the file must read back
    return fw, text


def install_derived(registry: FrameworkRegistry, year, from_year=None, *,
                    force: bool = False) -> Framework:
    """Derive `year` and save it in the registry's user folder (FrameworkRegistry.import_text;
    never into resources/). Refuses, writing nothing, when `year` already has a framework
    unless `force`."""
    year = check_year_number(year)
    if year in registry and not force:
        fw = registry.get(year)
        raise ItadeskError(
            f"มีกรอบการประเมินปี {year} อยู่แล้ว ({Path(fw.source).name or '-'}) จึงไม่สร้างทับ",
            f"there is already a {year} framework ({Path(fw.source).name or '-'}); "
            "it is not overwritten",
            field="ปีงบประมาณ",
        )
    _fw, text = derive_for(registry, year, from_year)
    return registry.import_text(text, f"ita-{year}.yaml")


@dataclass(frozen=True)
class FrameworkEntry:
    """One known year for `itadesk framework list`."""

    year: int
    file: str
    where: str  # "bundled" | "user"
    provisional: bool
    derived_from: int | None
    overrides_bundled: bool


def framework_entries(registry: FrameworkRegistry) -> list[FrameworkEntry]:
    """Every year the registry knows: where its file is (bundled or the user folder, and
    whether that overrides a bundled one), provisional, and the year it was derived from."""
    user = registry.user_directory.resolve() if registry.user_directory is not None else None
    bundled, _errors = load_all(registry.directory, None)
    bundled_years = set(bundled)
    out = []
    for year, fw in sorted(registry.frameworks.items()):
        src = Path(fw.source) if fw.source else None
        in_user = src is not None and user is not None and src.resolve().parent == user
        out.append(FrameworkEntry(
            year=year, file=str(src) if src else "", where="user" if in_user else "bundled",
            provisional=fw.provisional, derived_from=derived_from(fw),
            overrides_bundled=in_user and year in bundled_years,
        ))
    return out
