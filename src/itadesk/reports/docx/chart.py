"""D1's bar chart of the indicator scores as a PNG picture for Word (Pillow).

Only digits are drawn in the picture (indicator numbers, axis and scores); the Thai caption
and the pass-line legend are Word text beside it, so no Thai shaping is needed here."""

from __future__ import annotations

from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from itadesk.paths import fonts_dir

PASS = (46, 111, 181)
FAIL = (224, 123, 36)
LINE = (198, 40, 40)
GRID = (204, 204, 204)


def _font(px: int):
    for name in ("Sarabun-Regular.ttf", "DejaVuSans.ttf"):
        path = fonts_dir() / name
        if path.is_file():
            return ImageFont.truetype(str(path), px)
    return ImageFont.load_default()


def score_chart_png(bars: list[tuple[str, float | None]], pass_line: float,
                    width_cm: float = 16.0, height_cm: float = 7.5, dpi: int = 200) -> bytes:
    """Bars 0–100 for [(label, score or None)], blue at/above the pass line, orange below,
    a dashed red pass line; "-" above a missing score."""
    px = dpi / 2.54
    W, H = int(width_cm * px), int(height_cm * px)
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    small = _font(int(0.36 * px))
    left, right, top, bottom = int(1.2 * px), int(0.3 * px), int(0.6 * px), int(0.9 * px)
    pw, ph = W - left - right, H - top - bottom

    def y_of(v: float) -> float:
        return top + ph * (1 - v / 100.0)

    for v in range(0, 101, 20):
        y = y_of(v)
        d.line([(left, y), (left + pw, y)], fill=GRID, width=2)
        label = _digits_like(bars, str(v))
        tw = d.textlength(label, font=small)
        d.text((left - tw - 0.15 * px, y - 0.22 * px), label, fill="black", font=small)
    n = max(len(bars), 1)
    slot = pw / n
    for i, (label, score) in enumerate(bars):
        x0 = left + i * slot + slot * 0.18
        x1 = left + (i + 1) * slot - slot * 0.18
        if score is not None:
            d.rectangle([(x0, y_of(float(score))), (x1, y_of(0))],
                        fill=PASS if score >= pass_line else FAIL)
            text = _digits_like(bars, f"{float(score):.2f}")
            y_text = y_of(float(score)) - 0.5 * px
        else:
            text, y_text = "-", y_of(0) - 0.5 * px
        tw = d.textlength(text, font=small)
        d.text(((x0 + x1) / 2 - tw / 2, y_text), text, fill="black", font=small)
        tw = d.textlength(label, font=small)
        d.text(((x0 + x1) / 2 - tw / 2, y_of(0) + 0.12 * px), label, fill="black", font=small)
    d.line([(left, y_of(0)), (left + pw, y_of(0))], fill="black", width=3)
    y = y_of(pass_line)
    x, dash, gap = left, int(0.25 * px), int(0.12 * px)
    while x < left + pw:
        d.line([(x, y), (min(x + dash, left + pw), y)], fill=LINE, width=4)
        x += dash + gap
    buf = BytesIO()
    img.save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def _digits_like(bars, text: str) -> str:
    """Thai digits in the picture when the bar labels use them."""
    thai = any(any("๐" <= ch <= "๙" for ch in label) for label, _ in bars)
    if not thai:
        return text
    return text.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
