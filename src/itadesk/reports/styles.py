"""Paragraph styles as data: resources/styles/house.yaml, in official points.

Keeping the house style in a YAML sheet (as rst2pdf does) lets a clerk's complaint about a
size or a space be fixed without touching code, and keeps every document consistent. Every
style is built with `shaping=1`: only shaped paragraphs print Thai marks correctly.
"""

from __future__ import annotations

from copy import deepcopy
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from itadesk.domain.errors import ItadeskError
from itadesk.paths import resources_dir
from itadesk.reports.fonts import FontFamily

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "centre": TA_CENTER, "right": TA_RIGHT,
         "justify": TA_JUSTIFY}
_KEYS = {"parent", "size", "leading", "bold", "italic", "align", "first_indent_cm",
         "left_indent_cm", "right_indent_cm", "space_before", "space_after", "color",
         "keep_with_next", "toc_level"}


class StyleError(ItadeskError):
    """A broken style sheet (unknown key, unknown parent, a loop)."""


def default_sheet_path() -> Path:
    return resources_dir() / "styles" / "house.yaml"


@lru_cache(maxsize=8)
def _load(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            # libyaml's parser when PyYAML has it (the same safe constructor, ~3x faster)
            data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise StyleError(f"อ่านไฟล์รูปแบบเอกสารไม่ได้: {path}",
                         f"cannot read style sheet {path}: {exc}") from exc
    return data


def load_sheet(path: Path | str | None = None) -> dict:
    """The parsed style sheet (a deep copy: callers may change it)."""
    return deepcopy(_load(str(path or default_sheet_path())))


def resolve(sheet: dict) -> dict[str, dict[str, Any]]:
    """Each style's own keys merged over its parents' keys."""
    raw = sheet.get("styles") or {}
    out: dict[str, dict[str, Any]] = {}

    def get(name: str, seen: tuple[str, ...]) -> dict[str, Any]:
        if name in out:
            return out[name]
        if name not in raw:
            raise StyleError(f"ไม่มีรูปแบบชื่อ {name}", f"unknown style {name!r}")
        if name in seen:
            raise StyleError("รูปแบบอ้างถึงกันเป็นวง", f"style parents loop: {seen + (name,)}")
        spec = raw[name] or {}
        bad = set(spec) - _KEYS
        if bad:
            raise StyleError(f"รูปแบบ {name} มีคีย์ที่ไม่รู้จัก {sorted(bad)}",
                             f"style {name!r} has unknown keys {sorted(bad)}")
        parent = spec.get("parent")
        merged = dict(get(parent, seen + (name,))) if parent else {}
        merged.update({k: v for k, v in spec.items() if k != "parent"})
        out[name] = merged
        return merged

    for name in raw:
        get(name, ())
    return out


def build_styles(family: FontFamily, sheet: dict) -> dict[str, ParagraphStyle]:
    """ReportLab ParagraphStyles for `family`: sizes scaled from official points."""
    styles: dict[str, ParagraphStyle] = {}
    for name, spec in resolve(sheet).items():
        bold, italic = bool(spec.get("bold")), bool(spec.get("italic"))
        font = (family.bold_italic if bold and italic else family.bold if bold
                else family.italic if italic else family.regular)
        size = float(spec.get("size", 16))
        leading = float(spec.get("leading", size * 1.3))
        st = ParagraphStyle(
            name,
            fontName=font,
            fontSize=family.size(size),
            leading=family.size(leading),
            alignment=ALIGN[str(spec.get("align", "left")).lower()],
            firstLineIndent=float(spec.get("first_indent_cm", 0)) * cm,
            leftIndent=float(spec.get("left_indent_cm", 0)) * cm,
            rightIndent=float(spec.get("right_indent_cm", 0)) * cm,
            spaceBefore=family.size(float(spec.get("space_before", 0))),
            spaceAfter=family.size(float(spec.get("space_after", 0))),
            textColor=colors.HexColor(spec["color"]) if spec.get("color") else colors.black,
            keepWithNext=1 if spec.get("keep_with_next") else 0,
            shaping=1,          # Thai marks are placed by the font's own tables (uharfbuzz)
            splitLongWords=0,   # rlhooks breaks over-long words itself (shaping-safe)
            allowWidows=1,
            allowOrphans=0,
            bulletFontName=font,
            bulletFontSize=family.size(size),
        )
        st.official_size = size
        st.official_leading = leading
        st.toc_level = spec.get("toc_level")
        styles[name] = st
    return styles
