"""Choices and labels shared by the document wizards."""

from __future__ import annotations

from ..i18n import lang, tr


def both(pair) -> str:
    """A (Thai, English) pair from the domain in the interface language."""
    th, en = pair
    return en if lang() == "en" else th


def target_choices(framework, *, include_general: bool = True) -> dict[str, str]:
    """'ind:N' / 'issue:N' keys with readable labels, as the year's framework analyses."""
    out: dict[str, str] = {}
    if framework is not None and framework.analysis_by == "issue" and framework.issues:
        for iss in framework.issues:
            out[f"issue:{iss.no}"] = tr("ประเด็นที่ {0} {1}").format(iss.no, iss.name_th)
    if framework is not None:
        for ind in framework.indicators:
            name = ind.name_en if lang() == "en" and ind.name_en else ind.name_th
            out[f"ind:{ind.no}"] = tr("ตัวชี้วัดที่ {0} {1}").format(ind.no, name)
    else:
        for no in range(1, 11):
            out[f"ind:{no}"] = tr("ตัวชี้วัดที่ {0}").format(no)
    if include_general:
        out["general"] = tr("ภาพรวม")
    return out
