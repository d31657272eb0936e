"""Importing a framework file (YAML) for a new fiscal year, or making a provisional one from the
year before: validated by domain/framework.py, saved in the user's frameworks folder, and
undoable like any edit."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import ItadeskError
from ..storage import operations as ops
from .commands import FunctionCommand
from .i18n import tr
from .signals import emit


def import_framework_file(session, path: str | Path):
    """Validate and install `path`; undo puts back the earlier file of that year (or none)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ItadeskError(f"อ่านไฟล์ {path.name} ไม่ได้ ({exc})", f"cannot read {path.name} ({exc})") from exc
    return import_framework_text(session, text, path.name)


def derive_framework_for_year(session, year: int, from_year: int | None = None):
    """Install a PROVISIONAL framework for `year` copied from the newest earlier year (or
    `from_year`) in the user's frameworks folder (domain/framework_derive.py): one undoable
    step, like an import. ItadeskError (nothing written) when there is no earlier year."""
    from ..domain.framework_derive import derive_for, derived_from

    fw, text = derive_for(session.registry, year, from_year)
    label = tr("สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1}").format(
        fw.fiscal_year, derived_from(fw))
    return import_framework_text(session, text, f"ita-{fw.fiscal_year}.yaml", label=label)


def import_framework_text(session, text: str, name: str, label: str | None = None,
                          drop_codes=()):
    """Validate and install framework `text` as ONE undoable command (`label`, default
    "นำเข้ากรอบการประเมินปี N"); undo puts back the earlier user file of that year or none.
    `drop_codes`: OIT codes whose progress rows and typed titles of that year are deleted in
    the same step (items the new framework no longer has: D4 would stop on them); undo puts
    them back too."""
    from ..domain.framework import load_framework_text

    registry = session.registry
    fw = load_framework_text(text, name)  # validate before anything is written
    folder = registry.user_directory
    target = folder / f"ita-{fw.fiscal_year}.yaml" if folder is not None else None
    previous = target.read_text(encoding="utf-8") if target is not None and target.exists() else None

    drop = sorted(set(drop_codes))
    dropped: list[dict] = []

    def forward():
        if drop:
            dropped[:] = [ops.delete_item_rows(session.office, fw.fiscal_year, drop)]
        registry.import_text(text, name)
        emit(session.changed, "frameworks")

    def backward():
        if dropped:
            ops.restore_item_rows(session.office, dropped.pop())
        if previous is None:
            if target is not None:
                target.unlink(missing_ok=True)
            registry.reload()
        else:
            registry.import_text(previous, target.name)
        emit(session.changed, "frameworks")

    if label is None:
        label = tr("นำเข้ากรอบการประเมินปี {0}").format(fw.fiscal_year)
    session.apply(FunctionCommand(session, label, forward, backward))
    return registry.frameworks[fw.fiscal_year]


def drop_item_rows(session, year: int, codes, label: str):
    """Delete a year's rows (progress, typed titles) of OIT `codes` as one undoable command."""
    dropped: list[dict] = []

    def forward():
        dropped[:] = [ops.delete_item_rows(session.office, year, codes)]

    def backward():
        if dropped:
            ops.restore_item_rows(session.office, dropped.pop())

    session.apply(FunctionCommand(session, label, forward, backward))
