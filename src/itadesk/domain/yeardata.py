"""Everything one fiscal year's documents are built from, gathered in one object.

Year semantics (see README): the workspace of fiscal year Y holds the analysis of ITA Y (D1),
the measures written for Y+1 (D2), the results of the measures carried out in Y (D3), the
OIT progress of Y (D4), the action-plan rounds of Y (D5) and the memos that submit them (D6).

`previous_assessment` is not part of year Y: it is the ITA Y-1 result of workspace Y-1 in the
same file (the analysis the measures of D3 answer), read so that D3 can cite it. It is not
exported with the year (data.json holds one year) and takes no part in comparing two YearData.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .assessment import Assessment, Finding
from .measures import Measure
from .memo import Memo
from .office import Office
from .oit import OitLink, OitProgress
from .plan import ActionPlan, PlanItem, RoundReport, RoundResult
from .settings import PrintSettings


@dataclass
class YearData:
    office: Office
    year: int
    assessment: Assessment | None = None
    findings: list[Finding] = field(default_factory=list)
    next_measures: list[Measure] = field(default_factory=list)  # D2: measures for year + 1
    measures: list[Measure] = field(default_factory=list)  # D3: measures carried out in year
    oit: list[OitProgress] = field(default_factory=list)
    # ITAS parity (issue 13/16): per OIT code its links, an image (mime, bytes) and the
    # components the clerk typed for this year's items
    oit_links: dict[str, list[OitLink]] = field(default_factory=dict)
    oit_images: dict[str, tuple[str, bytes]] = field(default_factory=dict, compare=False)
    item_components: dict[str, tuple[str, ...]] = field(default_factory=dict)
    d1_image: tuple[str, bytes] | None = field(default=None, compare=False)  # (mime, bytes)
    plan: ActionPlan | None = None
    plan_items: list[PlanItem] = field(default_factory=list)
    round_results: dict[int, dict[int, RoundResult]] = field(default_factory=dict)  # round -> item id -> result
    round_reports: dict[int, RoundReport] = field(default_factory=dict)  # round -> narrative
    memos: dict[str, Memo] = field(default_factory=dict)  # document kind -> memo
    title_overrides: dict[str, str] = field(default_factory=dict)  # item code -> clerk's title
    settings: PrintSettings = field(default_factory=PrintSettings)
    # ITA Y-1 (workspace Y-1 of the same file), cited by D3's opening; None when absent
    previous_assessment: Assessment | None = field(default=None, compare=False)

    def latest_round(self) -> int:
        """The newest round with any reported result (12 before 6), else 6."""
        for rnd in (12, 6):
            results = self.round_results.get(rnd, {})
            if any(r.status != "pending" for r in results.values()) or rnd in self.round_reports:
                return rnd
        return 6
