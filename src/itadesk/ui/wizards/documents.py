"""Which wizard edits which document."""

from __future__ import annotations


def make_wizard(kind: str, session, parent=None):
    if kind == "analysis":
        from .analysis import AnalysisWizard

        return AnalysisWizard(session, parent)
    if kind in ("measures", "results"):
        from .measures import MeasuresWizard, ResultsWizard

        return (MeasuresWizard if kind == "measures" else ResultsWizard)(session, parent)
    if kind == "oit":
        from .oit import OitWizard

        return OitWizard(session, parent)
    if kind == "plan":
        from .plan import PlanWizard

        return PlanWizard(session, parent)
    if kind == "memo":
        from .memo import MemoWizard

        return MemoWizard(session, parent)
    raise ValueError(kind)
