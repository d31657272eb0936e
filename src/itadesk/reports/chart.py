"""Bar chart of the indicator scores with the pass line (D1), drawn with ReportLab graphics.

The bars, grid and pass line are a `reportlab.graphics` VerticalBarChart; every label (axis
numbers, indicator numbers under the bars, scores above them, the pass-line label) is a
shaped Paragraph from the Typesetter drawn over the drawing, so Thai text and Thai digits
print as in the body text (graphics Strings are not shaped).
"""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from itadesk.reports.typesetter import Typesetter

PASS_COLOR = colors.HexColor("#2e6fb5")
FAIL_COLOR = colors.HexColor("#e07b24")
LINE_COLOR = colors.HexColor("#c62828")


class ScoreBarChart(Flowable):
    """Vertical bars for `bars` = [(label, score or None)], 0–100 axis, dashed pass line.

    A bar at or above `pass_line` is blue, below it orange; a missing score leaves its slot
    empty with "-" above it."""

    def __init__(self, ts: Typesetter, bars: list[tuple[str, float | None]],
                 pass_line: float = 85.0, width: float = 16 * cm, height: float = 8 * cm,
                 pass_label: str | None = None):
        super().__init__()
        self.ts = ts
        self.bars = list(bars)
        self.pass_line = float(pass_line)
        self.width = width
        self.height = height
        self.pass_label = pass_label if pass_label is not None else \
            f"เกณฑ์ผ่าน {ts.digits(f'{self.pass_line:g}')} คะแนน"
        # plot area inside the flowable
        self.left = 1.3 * cm
        self.bottom = 1.0 * cm
        self.top_pad = 0.9 * cm
        self.right_pad = 0.3 * cm
        self.legend_w = 5.2 * cm

    def wrap(self, aw, ah):
        self.width = min(self.width, aw)
        return self.width, self.height

    def _chart(self) -> tuple[Drawing, VerticalBarChart]:
        d = Drawing(self.width, self.height)
        ch = VerticalBarChart()
        ch.x, ch.y = self.left, self.bottom
        ch.width = self.width - self.left - self.right_pad
        ch.height = self.height - self.bottom - self.top_pad
        ch.data = [[s if s is not None else 0 for _, s in self.bars] or [0]]
        ch.valueAxis.valueMin = 0
        ch.valueAxis.valueMax = 100
        ch.valueAxis.valueStep = 20
        ch.valueAxis.labels.visible = 0
        ch.valueAxis.visibleGrid = 1
        ch.valueAxis.gridStrokeColor = colors.HexColor("#cccccc")
        ch.valueAxis.gridStrokeWidth = 0.3
        ch.categoryAxis.labels.visible = 0
        ch.categoryAxis.categoryNames = [""] * max(len(self.bars), 1)
        ch.barSpacing = 2
        ch.groupSpacing = 8
        ch.bars.strokeWidth = 0
        for i, (_, s) in enumerate(self.bars):
            ch.bars[(0, i)].fillColor = PASS_COLOR if s is not None and s >= self.pass_line \
                else FAIL_COLOR
        d.add(ch)
        y = ch.y + ch.height * self.pass_line / 100.0
        d.add(Line(ch.x, y, ch.x + ch.width, y, strokeColor=LINE_COLOR, strokeWidth=1.2,
                   strokeDashArray=[4, 2]))
        # legend sample in the top margin, right: the label is drawn beside it in draw()
        ly = self.height - self.top_pad * 0.45
        lx = self.width - self.right_pad - self.legend_w
        d.add(Line(lx, ly, lx + 0.8 * cm, ly, strokeColor=LINE_COLOR, strokeWidth=1.2,
                   strokeDashArray=[4, 2]))
        return d, ch

    def _label(self, text: str, x: float, y: float, w: float, align=TA_CENTER,
               style: str = "small", valign: str = "bottom") -> None:
        p = self.ts.para(text, style, alignment=align)
        _, h = p.wrap(w, self.height)
        if valign == "middle":
            y -= h / 2
        elif valign == "top":
            y -= h
        p.drawOn(self.canv, x, y)

    def draw(self):
        d, ch = self._chart()
        renderPDF.draw(d, self.canv, 0, 0)
        ts = self.ts
        n = max(len(self.bars), 1)
        slot = ch.width / n
        for v in range(0, 101, 20):  # value axis numbers
            y = ch.y + ch.height * v / 100.0
            self._label(ts.digits(v), 0, y, self.left - 0.15 * cm, align=TA_RIGHT,
                        valign="middle")
        for i, (label, score) in enumerate(self.bars):
            x = ch.x + i * slot
            self._label(label, x, ch.y - 0.1 * cm, slot, valign="top")
            top = ch.y + ch.height * (score or 0) / 100.0
            text = "-" if score is None else ts.digits(f"{score:.2f}")
            self._label(text, x - 0.2 * cm, top + 0.05 * cm, slot + 0.4 * cm)
        ly = self.height - self.top_pad * 0.45
        lx = self.width - self.right_pad - self.legend_w + 0.95 * cm
        self._label(self.pass_label, lx, ly, self.legend_w - 0.95 * cm, align=TA_LEFT,
                    valign="middle")
        self._label("คะแนน", 0, ch.y + ch.height + 0.25 * cm, 2.5 * cm, align=TA_LEFT)
