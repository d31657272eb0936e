"""The district/province summary PDF (สรุปผลการประเมิน ITA ระดับอำเภอ/จังหวัด) in the house
style: overview and levels, histogram of totals, indicator means with their spread and a bar
chart, the OIT items most often not done, action-plan completion and budget, and the table of
offices on landscape pages (grouped by district or province when the area is very large).

Built from an exchange.aggregate.Summary (plain data), so no database access happens here.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from itadesk.reports.chart import FAIL_COLOR, PASS_COLOR, ScoreBarChart
from itadesk.reports.common import LANDSCAPE_WIDTH, PORTRAIT_WIDTH, fmt_int, fmt_score, title_block
from itadesk.reports.layout import build_pdf, landscape
from itadesk.reports.typesetter import Typesetter

TITLE = "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น"
MAX_OFFICE_ROWS = 600  # above this, the office table is grouped by district or province


class HistogramChart(Flowable):
    """Bars of counts over score bands (lower edges), the bands at or above `pass_line` blue."""

    def __init__(self, ts: Typesetter, bins: Sequence[tuple[int, int]], pass_line: float = 85.0,
                 width: float = 16 * cm, height: float = 6.5 * cm):
        super().__init__()
        self.ts = ts
        self.bins = list(bins)
        self.pass_line = pass_line
        self.width, self.height = width, height
        self.left, self.bottom, self.top_pad, self.right_pad = 1.3 * cm, 1.1 * cm, 0.8 * cm, 0.3 * cm

    def wrap(self, aw, ah):
        self.width = min(self.width, aw)
        return self.width, self.height

    def _label(self, text, x, y, w, align=TA_CENTER, valign="bottom"):
        p = self.ts.para(text, "small", alignment=align)
        _, h = p.wrap(w, self.height)
        if valign == "middle":
            y -= h / 2
        elif valign == "top":
            y -= h
        p.drawOn(self.canv, x, y)

    def draw(self):
        ts = self.ts
        pw = self.width - self.left - self.right_pad
        ph = self.height - self.bottom - self.top_pad
        top = max([c for _, c in self.bins] + [1])
        step = max(1, -(-top // 5))
        ymax = step * 5
        d = Drawing(self.width, self.height)
        for k in range(6):
            y = self.bottom + ph * k / 5
            d.add(Line(self.left, y, self.left + pw, y, strokeColor=colors.HexColor("#cccccc"),
                       strokeWidth=0.3))
        n = max(len(self.bins), 1)
        slot = pw / n
        for i, (edge, count) in enumerate(self.bins):
            h = ph * count / ymax
            color = PASS_COLOR if edge >= self.pass_line else FAIL_COLOR
            d.add(Rect(self.left + i * slot + 2, self.bottom, slot - 4, h, fillColor=color,
                       strokeWidth=0))
        renderPDF.draw(d, self.canv, 0, 0)
        for k in range(6):
            y = self.bottom + ph * k / 5
            self._label(ts.digits(step * k), 0, y, self.left - 0.15 * cm, TA_RIGHT, "middle")
        for i, (_edge, count) in enumerate(self.bins):
            x = self.left + i * slot
            self._label(band_label(ts, self.bins, i), x, self.bottom - 0.1 * cm, slot, valign="top")
            self._label(ts.digits(count), x, self.bottom + ph * count / ymax + 0.05 * cm, slot)
        self._label("จำนวนหน่วยงาน", 0, self.bottom + ph + 0.25 * cm, 4 * cm, TA_LEFT)


def band_label(ts: Typesetter, bins: Sequence[tuple[int, int]], i: int) -> str:
    """'< 50', '50–54', …, '95–100' for band i of the histogram."""
    edge = bins[i][0]
    if i == 0 and edge == 0 and len(bins) > 1:
        return ts.digits(f"< {bins[1][0]}")
    if i + 1 < len(bins):
        return ts.digits(f"{edge}–{bins[i + 1][0] - 1}")
    return ts.digits(f"{edge}–100")


def _small(ts: Typesetter, value, decimals: int = 1) -> Flowable:
    """A right-aligned small-type number cell for the many indicator columns."""
    text = "-" if value is None else ts.digits(f"{float(value):.{decimals}f}")
    return ts.para(text, "small", alignment=TA_RIGHT)


def _pct(ts: Typesetter, value) -> str:
    return "-" if value is None else ts.digits(f"{value:.2f}")


def build(summary, ts: Typesetter) -> list[Flowable]:
    s = summary
    story: list[Flowable] = []
    story += title_block(ts, [TITLE, f"ประจำปีงบประมาณ พ.ศ. {ts.digits(s.year)}", s.area_th()])

    # 1. overview
    story.append(ts.para("๑. ภาพรวม", "heading1"))
    text = (f"องค์กรปกครองส่วนท้องถิ่นใน{s.area_th()} ส่งข้อมูลผลการประเมิน {fmt_int(ts, s.n)} แห่ง "
            f"มีคะแนนครบ {fmt_int(ts, s.scored)} แห่ง คะแนนเฉลี่ย {fmt_score(ts, s.mean_total)} คะแนน "
            f"ผ่านเกณฑ์ ({ts.digits(f'{s.pass_threshold:g}')} คะแนนขึ้นไป) {fmt_int(ts, s.passed)} แห่ง "
            f"คิดเป็นร้อยละ {_pct(ts, s.pass_rate)} ของหน่วยงานที่มีคะแนน")
    story.append(ts.para(text, "body_indent"))
    for th, _ in s.notes:
        story.append(ts.para(f"หมายเหตุ: {th}", "small"))
    rows = [[th, fmt_int(ts, n), _pct(ts, 100.0 * n / s.scored if s.scored else None)]
            for th, _, n in s.level_counts]
    if s.unscored:
        rows.append(["ยังไม่มีคะแนนครบ", fmt_int(ts, s.unscored), "-"])
    story.append(ts.table([["ระดับผลการประเมิน", "จำนวน (แห่ง)", "ร้อยละ"]], rows,
                          [8 * cm, 4 * cm, 4 * cm], numeric_cols=[1, 2]))
    story += [ts.spacer(8), CondPageBreak(8 * cm),
              ts.para("แผนภูมิแสดงจำนวนหน่วยงานตามช่วงคะแนนรวม", "heading3"),
              HistogramChart(ts, s.histogram, s.pass_threshold, width=PORTRAIT_WIDTH)]

    # 2. indicators
    story += [CondPageBreak(10 * cm), ts.para("๒. คะแนนรายตัวชี้วัด", "heading1")]
    rows = [[ts.digits(i.no), i.name_th, fmt_int(ts, i.n), fmt_score(ts, i.mean), fmt_score(ts, i.sd),
             fmt_score(ts, i.minimum), fmt_score(ts, i.maximum)] for i in s.indicators]
    story.append(ts.table([["ที่", "ตัวชี้วัด", "จำนวน", "เฉลี่ย", "ส่วนเบี่ยงเบนมาตรฐาน", "ต่ำสุด", "สูงสุด"]],
                          rows, [1 * cm, 5.6 * cm, 1.6 * cm, 1.8 * cm, 2.6 * cm, 1.7 * cm, 1.7 * cm],
                          numeric_cols=[2, 3, 4, 5, 6], center_cols=[0]))
    story += [ts.spacer(8), CondPageBreak(9 * cm),
              ts.para("แผนภูมิแสดงคะแนนเฉลี่ยรายตัวชี้วัด", "heading3"),
              ScoreBarChart(ts, [(ts.digits(i.no), i.mean) for i in s.indicators],
                            pass_line=s.pass_threshold, width=PORTRAIT_WIDTH)]

    # 3. OIT
    story += [CondPageBreak(6 * cm), ts.para("๓. ข้อการเปิดเผยข้อมูลสาธารณะ (OIT) ที่ยังไม่ได้ดำเนินการมากที่สุด", "heading1")]
    rows = [[ts.digits(k), w.code, w.title, fmt_int(ts, w.not_done), _pct(ts, w.share)]
            for k, w in enumerate(s.oit_weak, 1)]
    story.append(ts.table([["ลำดับ", "ข้อ", "รายการ", "จำนวนหน่วยงาน", "ร้อยละ"]], rows,
                          [1.3 * cm, 1.3 * cm, 9 * cm, 2.6 * cm, 1.8 * cm],
                          numeric_cols=[3, 4], center_cols=[0, 1]))
    story.append(ts.para("นับหน่วยงานที่ยังไม่ได้ดำเนินการหรืออยู่ระหว่างดำเนินการ รวมทั้งหน่วยงานที่ไม่ได้รายงานข้อนั้น",
                         "small"))

    # 4. action plan
    p = s.plan
    story += [CondPageBreak(6 * cm), ts.para("๔. การดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", "heading1")]
    story.append(ts.para(
        f"หน่วยงานที่รายงานผลตามแผน {fmt_int(ts, p.offices)} แห่ง รวม {fmt_int(ts, p.items)} โครงการ/กิจกรรม "
        f"ดำเนินการแล้วเสร็จ {fmt_int(ts, p.done)} รายการ คิดเป็นร้อยละ {_pct(ts, p.completion)} "
        f"อยู่ในระดับ “{p.level}”", "body_indent"))
    rows = [["ดำเนินการแล้วเสร็จ", fmt_int(ts, p.done)], ["อยู่ระหว่างดำเนินการ", fmt_int(ts, p.in_progress)],
            ["ไม่สามารถดำเนินการได้", fmt_int(ts, p.cannot)], ["รอรายงานผล", fmt_int(ts, p.pending)],
            ["งบประมาณรวม (บาท)", ts.money(p.budget)], ["เบิกจ่ายแล้ว (บาท)", ts.money(p.disbursed)],
            ["คงเหลือ (บาท)", ts.money(p.remaining)]]
    story.append(ts.table([["รายการ", "จำนวน"]], rows, [9 * cm, 5 * cm], numeric_cols=[1]))

    # 5. offices (landscape)
    story += landscape()
    story += office_table(s, ts)
    return story


def office_table(s, ts: Typesetter) -> list[Flowable]:
    nos = [i.no for i in s.indicators]
    if s.n <= MAX_OFFICE_ROWS:
        head = ["ที่", "หน่วยงาน", "อำเภอ", "คะแนนรวม", "ระดับ", *(ts.digits(n) for n in nos)]
        rows = []
        for k, o in enumerate(sorted(s.offices, key=lambda o: (-(o["total"] or -1), o["office_code"])), 1):
            rows.append([ts.digits(k), f"{o['full_name']} ({o['office_code']})", o["district"],
                         fmt_score(ts, o["total"]), o["level_th"] or "-",
                         *(_small(ts, o["indicators"].get(n)) for n in nos)])
        fixed = [1.0 * cm, 5.2 * cm, 2.4 * cm, 1.7 * cm, 2.6 * cm]
        rest = (LANDSCAPE_WIDTH - sum(fixed)) / max(len(nos), 1)
        return [ts.para("๕. ผลการประเมินรายหน่วยงาน (เรียงตามคะแนนรวม)", "heading1"),
                ts.table([head], rows, fixed + [rest] * len(nos), numeric_cols=[3],
                         center_cols=[0], zebra=True)]
    key = "district" if s.province or s.district else "province"
    label = "อำเภอ" if key == "district" else "จังหวัด"
    groups: dict[str, list[dict]] = {}
    for o in s.offices:
        groups.setdefault(o[key], []).append(o)
    rows = []
    for k, (name, offices) in enumerate(sorted(groups.items()), 1):
        totals = [o["total"] for o in offices if o["total"] is not None]
        passed = sum(bool(o["passed"]) for o in offices)
        means = []
        for n in nos:
            vals = [o["indicators"][n] for o in offices if n in o["indicators"]]
            means.append(_small(ts, statistics.fmean(vals) if vals else None))
        rows.append([ts.digits(k), name, fmt_int(ts, len(offices)),
                     fmt_score(ts, statistics.fmean(totals) if totals else None), fmt_int(ts, passed),
                     _pct(ts, 100.0 * passed / len(totals) if totals else None), *means])
    head = ["ที่", label, "หน่วยงาน", "คะแนนเฉลี่ย", "ผ่าน", "ร้อยละผ่าน", *(ts.digits(n) for n in nos)]
    fixed = [1.0 * cm, 3.6 * cm, 1.8 * cm, 1.8 * cm, 1.4 * cm, 1.8 * cm]
    rest = (LANDSCAPE_WIDTH - sum(fixed)) / max(len(nos), 1)
    return [ts.para(f"๕. ผลการประเมินราย{label} (ค่าเฉลี่ยของหน่วยงานในแต่ละ{label})", "heading1"),
            ts.table([head], rows, fixed + [rest] * len(nos),
                     numeric_cols=[2, 3, 4, 5], center_cols=[0], zebra=True)]


def render_summary(summary, out: str | Path, *, font: str = "Sarabun", thai_digits: bool = True) -> Path:
    """Write the summary PDF to `out` (whole or not at all: build_pdf writes a path through
    storage.outfile)."""
    out = Path(out)
    ts = Typesetter(font=font, thai_digits=thai_digits)
    build_pdf(out, build(summary, ts), ts, title=f"{TITLE} {summary.year}",
              author=summary.area_th(), subject="ITA summary")
    return out
