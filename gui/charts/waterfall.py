"""Waterfall chart of the gap: without measures → one bar per measure → with measures.

:func:`draw_waterfall` paints on any QPainter (widget, presentation slide, PDF) from
``core.forecast.measures.WaterfallStep`` values; :class:`WaterfallChart` is the widget (tooltips with the
full label and value of each bar). Colours: totals dark blue, a measure that lowers the gap green, one that
raises it red, the interactions grey. Every bar starts where the previous one ended (dotted connectors).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from core.palette import WATERFALL_CLOSES, WATERFALL_REST, WATERFALL_TOTAL, WATERFALL_WIDENS, WHITE
from gui.report import painting as pa

if TYPE_CHECKING:  # the forecast model pulls numpy; the chart only reads the steps' attributes
    from core.forecast.measures import WaterfallStep

COLOR_TOTAL = QColor(WATERFALL_TOTAL)
COLOR_CLOSES = QColor(WATERFALL_CLOSES)
COLOR_WIDENS = QColor(WATERFALL_WIDENS)
COLOR_REST = QColor(WATERFALL_REST)


@dataclass(frozen=True)
class Bar:
    """One bar: short label under it, full label for tooltips, kind as in WaterfallStep, and its value
    (start/end: the gap; measure/interaction: the change of the gap)."""

    short: str
    label: str
    kind: str
    value: float


def bars_from_steps(steps: Sequence[WaterfallStep], codes: dict[str, str], names: dict[str, str]) -> list[Bar]:
    """Bars for ``core.forecast.measures.WaterfallStep`` values; ``codes`` measure id -> code ('1', '7.1'),
    ``names`` kind -> short label of the totals and the interactions (in the UI language)."""
    out = []
    for s in steps:
        kind, value, mid = s.kind, float(s.value), s.measure_id
        short = codes.get(mid, mid) if kind == "measure" else names.get(kind, kind)
        out.append(Bar(short, str(s.label), kind, value))
    return out


def bar_color(b: Bar) -> QColor:
    if b.kind in ("start", "end"):
        return COLOR_TOTAL
    if b.kind == "interaction":
        return COLOR_REST
    return COLOR_CLOSES if b.value < 0 else COLOR_WIDENS


def spans(bars: Sequence[Bar]) -> list[tuple[float, float]]:
    """(from, to) of each bar: totals from 0, steps from the level the previous bar ended at."""
    out = []
    level = 0.0
    for b in bars:
        if b.kind in ("start", "end"):
            out.append((0.0, b.value))
            level = b.value
        else:
            out.append((level, level + b.value))
            level += b.value
    return out


def draw_waterfall(
    p: QPainter,
    rect: QRectF,
    bars: Sequence[Bar],
    fmt: Callable[[float], str],
    font_pt: float,
    axis_label: str = "",
) -> list[QRectF]:
    """Paint the waterfall into ``rect``; returns the rectangle of each bar (for tooltips and tests)."""
    if not bars:
        return []
    sp = spans(bars)
    lo = min(0.0, *(min(a, b) for a, b in sp))
    hi = max(0.0, *(max(a, b) for a, b in sp))
    ticks = pa.nice_ticks(lo, hi, 4)
    lo, hi = min(lo, ticks[0]), max(hi, ticks[-1])
    p.setFont(pa.font(font_pt))
    fm = QFontMetricsF(p.font(), p.device())
    line_h = fm.height()
    tick_w = max(fm.horizontalAdvance(fmt(t)) for t in ticks) + pa.pt(p, 4)
    axis_w = line_h * 1.2 if axis_label else 0.0
    plot = QRectF(rect.left() + axis_w + tick_w, rect.top() + line_h * 1.3,
                  rect.width() - axis_w - tick_w - pa.pt(p, 2), rect.height() - line_h * 1.3 - line_h * 2.4)
    if plot.width() <= 10 or plot.height() <= 10:
        return []

    def y_of(v: float) -> float:
        return plot.bottom() - (v - lo) / (hi - lo) * plot.height() if hi > lo else plot.center().y()

    # grid and y axis
    for t in ticks:
        y = y_of(t)
        p.setPen(QPen(pa.GRID, pa.pt(p, 0.6)))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        pa.text(p, QRectF(rect.left() + axis_w, y - line_h / 2, tick_w - pa.pt(p, 3), line_h), fmt(t), font_pt,
                pa.MUTED, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    p.setPen(QPen(pa.INK, pa.pt(p, 1.0)))
    p.drawLine(QPointF(plot.left(), y_of(0)), QPointF(plot.right(), y_of(0)))
    if axis_label:
        p.save()
        p.translate(rect.left(), plot.center().y())
        p.rotate(-90)
        pa.text(p, QRectF(-plot.height() / 2, 0, plot.height(), axis_w), axis_label, font_pt * 0.9, pa.MUTED,
                align=Qt.AlignmentFlag.AlignCenter)
        p.restore()

    slot = plot.width() / len(bars)
    width = slot * 0.62
    rects = []
    prev_end: float | None = None
    for i, (b, (a, z)) in enumerate(zip(bars, sp, strict=True)):
        x = plot.left() + i * slot + (slot - width) / 2
        top, bottom = y_of(max(a, z)), y_of(min(a, z))
        r = QRectF(x, top, width, max(bottom - top, pa.pt(p, 1.2)))
        rects.append(r)
        p.fillRect(r, bar_color(b))
        if prev_end is not None:  # dotted connector from the previous bar's end
            pen = QPen(pa.MUTED, pa.pt(p, 0.8), Qt.PenStyle.DotLine)
            p.setPen(pen)
            y = y_of(prev_end)
            p.drawLine(QPointF(x - (slot - width), y), QPointF(x, y))
        prev_end = z
        value = b.value if b.kind in ("start", "end") else b.value
        text = ("+" if b.kind not in ("start", "end") and value > 0 else "") + fmt(value)
        above = z >= a if b.kind not in ("start", "end") else b.value >= 0
        ty = r.top() - line_h * 1.05 if above else r.bottom() + line_h * 0.05
        ty = min(max(ty, rect.top()), plot.bottom() + line_h * 0.1 - line_h)
        pa.text(p, QRectF(x - slot * 0.19, ty, slot * 0.99, line_h), text, font_pt * 0.92,
                bar_color(b) if b.kind == "measure" else pa.INK, bold=b.kind in ("start", "end"),
                align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        label_rect = QRectF(plot.left() + i * slot + 1, plot.bottom() + line_h * 0.25, slot - 2, line_h * 2.1)
        bold = b.kind in ("start", "end")
        lines = b.short.split("\n")
        size = min(pa.fit_text(p, ln, font_pt, label_rect.width(), bold, min_pt=font_pt * 0.7) for ln in lines)
        p.setFont(pa.font(size, bold=bold))
        metrics = QFontMetricsF(p.font(), p.device())
        shown = "\n".join(metrics.elidedText(ln, Qt.TextElideMode.ElideRight, label_rect.width()) for ln in lines)
        pa.text(p, label_rect, shown, size, pa.INK, bold=bold,
                align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    return rects


class WaterfallChart(QWidget):
    """Widget showing a waterfall; ``set_bars`` replaces it (tooltips name each bar in full)."""

    def __init__(self, fmt: Callable[[float], str], axis_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waterfallChart")
        self.fmt = fmt
        self.axis_label = axis_label
        self.bars: list[Bar] = []
        self.message = ""
        self.bar_rects: list[QRectF] = []
        self.setMinimumSize(220, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.message = ""
        self.update()

    def set_message(self, text: str) -> None:
        """Show a text instead of bars (no measures, still computing, ...)."""
        self.bars = []
        self.message = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(WHITE))
        font_pt = max(8.0, self.font().pointSizeF())
        area = QRectF(self.rect()).adjusted(6, 4, -6, -4)
        if not self.bars:
            pa.text(p, area, self.message, font_pt, pa.MUTED, italic=True, wrap=True,
                    align=Qt.AlignmentFlag.AlignCenter)
            self.bar_rects = []
            return
        self.bar_rects = draw_waterfall(p, area, self.bars, self.fmt, font_pt, self.axis_label)

    def event(self, e) -> bool:  # noqa: ANN001 - QEvent
        if e.type() == e.Type.ToolTip and isinstance(e, QHelpEvent):
            pos = QPointF(e.pos())
            for b, r in zip(self.bars, self.bar_rects, strict=False):
                if r.adjusted(-4, -12, 4, 12).contains(pos):
                    sign = "+" if b.kind not in ("start", "end") and b.value > 0 else ""
                    QToolTip.showText(e.globalPos(), f"{b.label}: {sign}{self.fmt(b.value)}", self)
                    return True
            QToolTip.hideText()
            e.ignore()
            return True
        return super().event(e)
