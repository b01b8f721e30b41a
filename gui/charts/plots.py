"""pyqtgraph plots in the app's look: white background, fonts >= 11 pt, locale-formatted ticks.

pyqtgraph formats tick labels with Python's ``%g`` (``1e+06``, ``0.5``); the axes here use
``gui.formatting`` instead, so a German screen reads ``1.000.000`` and ``0,5``. Year axes print plain
four-digit years (no thousands separator).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QLabel, QWidget

from core.palette import AXIS, INK
from gui.charts import palette
from gui.formatting import fmt_number

_configured = False


def configure() -> None:
    """Global pyqtgraph options (once): antialiasing, white background, dark foreground."""
    global _configured
    if not _configured:
        pg.setConfigOptions(antialias=True, background="w", foreground=INK)
        _configured = True


def _decimals(spacing: float) -> int:
    if spacing <= 0 or not math.isfinite(spacing):
        return 0
    return max(0, min(4, -math.floor(math.log10(spacing) + 1e-9)))


class LocaleAxis(pg.AxisItem):
    """Numeric axis with locale grouping and decimal separator; ``percent`` appends " %"."""

    def __init__(self, orientation: str, percent: bool = False, **kw) -> None:  # noqa: ANN003
        super().__init__(orientation, **kw)
        self.percent = percent
        self.enableAutoSIPrefix(False)  # no "(x0.001)" in axis titles

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        d = _decimals(spacing * scale)
        suffix = "\u00a0%" if self.percent else ""
        return [fmt_number(v * scale, d) + suffix for v in values]

    def tickSpacing(self, minVal: float, maxVal: float, size: float):  # noqa: ANN201, N803
        """pyqtgraph's tick levels, but on a short vertical axis only those whose labels stay apart: two
        labels at least 1.4 text heights from each other; if no level is that far, the next "nice" spacing
        (1, 2, 5 × 10^k) that is."""
        levels = super().tickSpacing(minVal, maxVal, size)
        span = maxVal - minVal
        if self.orientation not in ("left", "right") or size <= 0 or span <= 0 or not levels:
            return levels
        from PySide6.QtGui import QFont, QFontMetricsF

        need = 1.4 * QFontMetricsF(self.style.get("tickFont") or QFont()).height() * span / size  # data units
        kept = [(sp, off) for sp, off in levels if sp >= need]
        if kept:
            return kept
        exp = math.floor(math.log10(need))
        nice = next(m * 10.0**e for e in (exp, exp + 1) for m in (1, 2, 5) if m * 10.0**e >= need)
        return [(nice, 0)]


class YearAxis(pg.AxisItem):
    """Integer years only (no 2.010, no 2010,5)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v)) if abs(v - round(v)) < 1e-6 else "" for v in values]

    def tickSpacing(self, minVal: float, maxVal: float, size: float):  # noqa: ANN201, N803
        span = maxVal - minVal
        major = 1 if span <= 8 else 2 if span <= 16 else 5
        return [(major, 0), (1, 0)] if major > 1 else [(1, 0)]


def style_axes(plot: pg.PlotItem) -> None:
    font = palette.chart_font()
    for name in ("left", "bottom", "right", "top"):
        ax = plot.getAxis(name)
        ax.setTickFont(font)
        ax.setTextPen(QColor(INK))
        ax.setPen(QPen(QColor(AXIS), 1))
        ax.label.setFont(font)


def make_plot(
    title: str = "", left: str = "", bottom: str = "", years: bool = False, percent_y: bool = False
) -> pg.PlotWidget:
    """A PlotWidget with locale axes, a bold title and a light grid; mouse zoom off (reading, not exploring)."""
    configure()
    axes = {
        "left": LocaleAxis("left", percent=percent_y),
        "bottom": YearAxis("bottom") if years else LocaleAxis("bottom"),
    }
    w = pg.PlotWidget(axisItems=axes)
    p = w.getPlotItem()
    if title:
        p.setTitle(f"<span style='font-size:{palette.TITLE_FONT_PT}pt; font-weight:600'>{title}</span>")
    if left:
        p.setLabel("left", left)
    if bottom:
        p.setLabel("bottom", bottom)
    p.showGrid(x=False, y=True, alpha=0.25)
    p.setMenuEnabled(False)
    w.setMouseEnabled(x=False, y=False)
    p.hideButtons()
    style_axes(p)
    return w


def pen(color: str, width: float = palette.LINE_WIDTH, dashed: bool = False) -> QPen:
    from PySide6.QtCore import Qt

    q = pg.mkPen(QColor(color), width=width)
    if dashed:
        q.setStyle(Qt.PenStyle.DashLine)
    q.setCosmetic(True)
    return q


class ChartKey(QLabel):
    """The legend of a chart as a wrapped line of coloured squares and names, placed in the widget layout
    above or below the chart — never inside the plot, where it could lie over bars or labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartKey")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        """(colour, name) pairs."""
        import html

        parts = [
            f"<span style='color:{c}; font-size:{palette.CHART_FONT_PT + 3}pt'>■</span>&nbsp;{html.escape(name)}"
            for c, name in entries
        ]
        self.setText("&nbsp;&nbsp;&nbsp; ".join(parts))
