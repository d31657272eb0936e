"""The district/province summary computed from an aggregation database.

Rows come from storage.aggregation (all SQL lives there); the statistics are computed here so
the GUI, the summary PDF and the CLI show the same figures.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.errors import ItadeskError
from ..domain.framework import Framework
from ..domain.plan import rate_level
from ..domain.yeardata import YearData
from ..storage import aggregation as store
from ..storage.aggregation import AggregationDB
from . import datajson

# Lower edges of the histogram's bands of total scores: below 50, then 5-point bands so that
# the pass line (85) is a band edge.
HIST_EDGES = (0, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95)


@dataclass
class IndicatorStat:
    no: int
    name_th: str
    name_en: str
    instrument: str
    n: int
    mean: float | None
    sd: float | None
    minimum: float | None
    maximum: float | None


@dataclass
class OitWeak:
    code: str
    title: str
    not_done: int
    share: float  # percent of the offices in the area


@dataclass
class PlanTotals:
    offices: int = 0
    items: int = 0
    done: int = 0
    in_progress: int = 0
    cannot: int = 0
    pending: int = 0
    budget: Decimal = Decimal("0.00")
    disbursed: Decimal = Decimal("0.00")

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.disbursed

    @property
    def completion(self) -> float:
        return round(100.0 * self.done / self.items, 2) if self.items else 0.0

    @property
    def level(self) -> str:
        return rate_level(self.completion)


@dataclass
class Summary:
    year: int
    district: str | None
    province: str | None
    offices: list[dict]
    level_counts: list[tuple[str, str, int]]  # (th, en, count) in the framework's order
    unscored: int
    passed: int
    pass_threshold: float
    indicators: list[IndicatorStat]
    histogram: list[tuple[int, int]]  # (lower edge of HIST_EDGES, count)
    oit_weak: list[OitWeak]
    plan: PlanTotals
    framework_mismatch: int = 0
    provisional: bool = False
    notes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.offices)

    @property
    def scored(self) -> int:
        return sum(o["total"] is not None for o in self.offices)

    @property
    def pass_rate(self) -> float | None:
        return round(100.0 * self.passed / self.scored, 2) if self.scored else None

    @property
    def mean_total(self) -> float | None:
        totals = [o["total"] for o in self.offices if o["total"] is not None]
        return round(statistics.fmean(totals), 2) if totals else None

    def area_th(self) -> str:
        if self.district and self.province:
            return f"อำเภอ{self.district} จังหวัด{self.province}"
        if self.district:
            return f"อำเภอ{self.district}"
        if self.province:
            return f"จังหวัด{self.province}"
        return "ทุกพื้นที่"

    def area_en(self) -> str:
        parts = [p for p in (self.district and f"{self.district} district",
                             self.province and f"{self.province} province") if p]
        return ", ".join(parts) or "all areas"


def _stat(values: list[float]):
    if not values:
        return None, None, None, None
    mean = statistics.fmean(values)
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return round(mean, 2), round(sd, 2), min(values), max(values)


def summarize(agg: AggregationDB, fw_for, *, year: int | None = None,
              district: str | None = None, province: str | None = None,
              top_oit: int = 10) -> Summary:
    """The summary of one fiscal year (default: the newest imported) for an area."""
    years = store.years(agg)
    if year is None:
        if not years:
            raise ItadeskError("ฐานข้อมูลรวมยังไม่มีข้อมูลที่นำเข้า",
                               "the aggregation database has no imported package yet")
        year = years[-1]
    try:
        fw: Framework | None = fw_for(year)
    except ItadeskError:
        fw = None
    offices = store.office_rows(agg, year, district, province)
    if not offices:
        area = " ".join(x for x in (district, province) if x) or "-"
        raise ItadeskError(f"ไม่มีข้อมูลของปี {year} ในพื้นที่ {area}",
                           f"no data for {year} in the area {area}")
    # levels, in the framework's order (then any label the framework does not know)
    counts: dict[str, int] = {}
    labels: dict[str, tuple[str, str, int]] = {}
    if fw is not None:
        for i, lv in enumerate(fw.levels):
            labels[lv.label_th] = (lv.label_th, lv.label_en, i)
            counts[lv.label_th] = 0
    unscored = 0
    for o in offices:
        if o["level_th"] is None:
            unscored += 1
            continue
        counts[o["level_th"]] = counts.get(o["level_th"], 0) + 1
        labels.setdefault(o["level_th"], (o["level_th"], o["level_en"] or o["level_th"], 99))
    level_counts = [(labels[k][0], labels[k][1], counts[k])
                    for k in sorted(counts, key=lambda k: labels[k][2])]
    passed = sum(bool(o["passed"]) for o in offices)

    numbers = sorted({no for o in offices for no in o["indicators"]}
                     | ({i.no for i in fw.indicators} if fw else set()))
    indicators = []
    for no in numbers:
        values = [o["indicators"][no] for o in offices if no in o["indicators"]]
        mean, sd, lo, hi = _stat(values)
        ind = next((i for i in fw.indicators if i.no == no), None) if fw else None
        indicators.append(IndicatorStat(
            no=no, name_th=ind.name_th if ind else f"ตัวชี้วัดที่ {no}",
            name_en=ind.name_en if ind else f"Indicator {no}",
            instrument=ind.instrument if ind else "", n=len(values), mean=mean, sd=sd,
            minimum=lo, maximum=hi))

    hist = {edge: 0 for edge in HIST_EDGES}
    for o in offices:
        if o["total"] is not None:
            hist[max(e for e in HIST_EDGES if e <= o["total"])] += 1

    oit = {code: (nd, rep) for code, nd, rep in store.oit_not_done(agg, year, district, province)}
    codes = [i.code for i in fw.oit_items] if fw else sorted(oit)
    titles = store.oit_titles(agg, year)
    weak = []
    n = len(offices)
    for code in codes:
        # an office that did not report an item has not done it either
        nd, rep = oit.get(code, (0, 0))
        count = nd + (n - rep)
        if count:
            title = fw.item(code).title_th if fw and fw.has_code(code) else None
            weak.append(OitWeak(code=code, title=title or titles.get(code) or code,
                                not_done=count, share=round(100.0 * count / n, 1)))
    order = {c: i for i, c in enumerate(codes)}
    weak.sort(key=lambda w: (-w.not_done, order.get(w.code, 0)))

    plan = PlanTotals()
    for o in offices:
        p = o["plan"]
        if p is None:
            continue
        plan.offices += 1
        plan.items += p["items"]
        plan.done += p["done"]
        plan.in_progress += p["in_progress"]
        plan.cannot += p["cannot"]
        plan.pending += p["pending"]
        plan.budget += Decimal(p["budget_satang"]) / 100
        plan.disbursed += Decimal(p["disbursed_satang"]) / 100
    plan.budget = plan.budget.quantize(Decimal("0.01"))
    plan.disbursed = plan.disbursed.quantize(Decimal("0.01"))

    notes = []
    mismatch = sum(not o["framework_match"] for o in offices)
    if mismatch:
        notes.append((f"{mismatch} หน่วยงานใช้กรอบการประเมินต่างจากเครื่องนี้ (คำนวณคะแนนใหม่ด้วยกรอบของเครื่องนี้)",
                      f"{mismatch} office(s) used a different framework (rescored with this PC's)"))
    if fw is not None and fw.provisional:
        notes.append(("กรอบการประเมินของปีนี้ยังเป็นฉบับชั่วคราว", "this year's framework is provisional"))
    return Summary(
        year=year, district=district, province=province, offices=offices,
        level_counts=level_counts, unscored=unscored, passed=passed,
        pass_threshold=float(fw.pass_threshold) if fw else 85.0, indicators=indicators,
        histogram=sorted(hist.items()), oit_weak=weak[:top_oit], plan=plan,
        framework_mismatch=mismatch, provisional=bool(fw and fw.provisional), notes=notes,
    )


def load_office_year(agg: AggregationDB, office_code: str, year: int, fw_for) -> YearData | None:
    """An imported office's year read back from its stored data.json (validated again)."""
    raw = store.load_data_json(agg, office_code, year)
    if raw is None:
        return None
    data, _ = datajson.decode(json.loads(raw.decode("utf-8")), fw_for, f"{office_code}-{year}")
    return data
