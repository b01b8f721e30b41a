"""Charts of the Prognose tab: supply/demand lines with the gap shaded, small multiples, tornado.

They only draw arrays that core.forecast has computed. Gap shading: red where demand exceeds supply,
green where supply exceeds demand; the scenario band (pessimistic–optimistic supply) is a light fill.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.palette import (
    BUSINESSES,
    GUIDE,
    INK,
    INK_GREY,
    INK_MID,
    INK_SOFT,
    POPULATION,
    SENSITIVITY_HIGH,
    SENSITIVITY_LOW,
    WHITE,
    WITH_MEASURES,
)
from gui.charts import palette, plots

SUPPLY_COLOR = POPULATION
DEMAND_COLOR = BUSINESSES
SHORTAGE_FILL = (213, 94, 0, 70)
SURPLUS_FILL = (0, 158, 115, 60)
BAND_FILL = (11, 79, 138, 32)
MARKER_COLOR = INK
MEASURES_COLOR = WITH_MEASURES


def _fill(a: pg.PlotDataItem, b: pg.PlotDataItem, rgba: tuple[int, int, int, int]) -> pg.FillBetweenItem:
    return pg.FillBetweenItem(a, b, brush=pg.mkBrush(QColor(*rgba)), pen=pg.mkPen(None))


class GapCurves:
    """Supply and demand curves on a PlotItem with the gap shaded in two colours."""

    def __init__(
        self, plot: pg.PlotItem, width: float = palette.LINE_WIDTH, names: tuple[str, str] = ("", "")
    ):
        self.supply = plot.plot(pen=plots.pen(SUPPLY_COLOR, width), name=names[0] or None)
        self.demand = plot.plot(pen=plots.pen(DEMAND_COLOR, width, dashed=True), name=names[1] or None)
        self._top = pg.PlotDataItem(pen=pg.mkPen(None))
        self.shortage = _fill(self.supply, self._top, SHORTAGE_FILL)  # where demand > supply
        self.surplus = _fill(self.demand, self._top, SURPLUS_FILL)  # where supply > demand
        for item in (self.shortage, self.surplus):
            item.setZValue(-5)
            plot.addItem(item)

    def set_data(self, years: np.ndarray, supply: np.ndarray, demand: np.ndarray) -> None:
        x = np.asarray(years, dtype=float)
        self.supply.setData(x, supply)
        self.demand.setData(x, demand)
        self._top.setData(x, np.maximum(supply, demand))


class ForecastChart(QWidget):
    """Main chart: one area and group; lines, gap, scenario band, projection markers and two year lines: the
    base year, after which every value is the model's projection (supply and demand), and the last year of
    official population, after which the population (and so the demand's driver) is projected too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = plots.make_plot(years=True)
        self.plot = self.widget.getPlotItem()
        self.legend = self.plot.addLegend(
            offset=(10, 2),
            labelTextSize=f"{palette.CHART_FONT_PT}pt",
            brush=pg.mkBrush(255, 255, 255, 150),
            colCount=2,
        )
        self.band_lo = pg.PlotDataItem(pen=pg.mkPen(None))
        self.band_hi = pg.PlotDataItem(pen=pg.mkPen(None))
        self.band = _fill(self.band_lo, self.band_hi, BAND_FILL)
        self.band.setZValue(-10)
        self.plot.addItem(self.band)
        self.curves = GapCurves(self.plot, names=(self.tr("Angebot"), self.tr("Nachfrage")))
        self.markers = pg.ScatterPlotItem(
            symbol="d",
            size=13,
            pen=pg.mkPen(MARKER_COLOR, width=1.5),
            brush=pg.mkBrush(WHITE),
            name=self.tr("amtl. Vorausberechnung (Stützjahr)"),
            hoverable=True,
            tip=lambda x, y, data: str(data),
        )
        self.plot.addItem(self.markers)
        self._marker_in_legend = True
        self._band_legend = pg.PlotDataItem(pen=pg.mkPen(QColor(*BAND_FILL[:3], 90), width=10))
        self._measures_shown: tuple[bool, bool] | None = None  # (supply, demand) in the legend
        self._fill_legend()
        # the year lines' labels sit low in the plot, right of their line, on a white ground (the legend is at
        # the top left; the lower one is the base year's, the population line's label 9 % of the height above)
        label_fill = pg.mkBrush(255, 255, 255, 215)
        self.base_line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(INK_MID, width=1.5, style=Qt.PenStyle.DashLine),
            label="",
            labelOpts={"position": 0.04, "color": INK, "anchors": [(0, 1), (0, 1)], "fill": label_fill},
        )
        self.plot.addItem(self.base_line)
        self.data_line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(GUIDE, width=1, style=Qt.PenStyle.DotLine),
            label="",
            labelOpts={"position": 0.13, "color": INK_GREY, "anchors": [(0, 1), (0, 1)], "fill": label_fill},
        )
        self.plot.addItem(self.data_line)
        # supply and demand with the effects of measures (Szenario „mit Maßnahmen“), hidden until shown
        self.supply_m = self.plot.plot(pen=plots.pen(MEASURES_COLOR, palette.LINE_WIDTH))
        self.demand_m = self.plot.plot(pen=plots.pen(MEASURES_COLOR, palette.LINE_WIDTH, dashed=True))
        self._data_span = self._shown_span = (0.0, 1.0)  # the series' own span; with the measures' lines
        self.hide_measures()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.widget)
        self.plot.vb.sigResized.connect(lambda *_: self._fit_y())

    def show_measures(self, years: np.ndarray, supply: np.ndarray, demand: np.ndarray, demand_changed: bool) -> None:
        """Draw supply (and demand, if measures change it) with the measures; adds them to the legend."""
        x = np.asarray(years, dtype=float)
        self.supply_m.setData(x, supply)
        self.demand_m.setData(x, demand)
        self.supply_m.setVisible(True)
        self.demand_m.setVisible(demand_changed)
        shown = (True, demand_changed)
        if shown != self._measures_shown:
            self._measures_shown = shown
            self._fill_legend()
        lo, hi = self._data_span
        lo = min(lo, float(np.nanmin(supply)), float(np.nanmin(demand)) if demand_changed else lo)
        hi = max(hi, float(np.nanmax(supply)), float(np.nanmax(demand)) if demand_changed else hi)
        self._fit_y((lo, hi))

    def hide_measures(self) -> None:
        self.supply_m.setVisible(False)
        self.demand_m.setVisible(False)
        if self._measures_shown is not None:
            self._measures_shown = None
            self._fill_legend()
            self._fit_y(self._data_span)

    def _fit_y(self, span: tuple[float, float] | None = None) -> None:
        """Y range over the data (``span``, else the span shown last) with headroom for the legend: the legend's
        share of the plot's height is kept free above the highest value, however many rows it has and
        however short the chart is (``top = (hi + pad − f·bottom) / (1 − f)``, f = legend height / plot
        height), so the legend never lies over a line."""
        if span is not None:
            self._shown_span = span
        lo, hi = self._shown_span
        pad = (hi - lo) * 0.06 or abs(hi) * 0.05 or 1.0
        bottom = lo - pad
        plot_h = self.plot.vb.height()
        legend_h = self.legend.boundingRect().height() + 10 if self.legend.isVisible() else 0.0
        f = min(0.6, legend_h / plot_h) if plot_h > 20 else 0.35
        top = (hi + pad - f * bottom) / (1 - f)
        self.plot.setYRange(bottom, top, padding=0)

    def _fill_legend(self) -> None:
        """Legend entries in a fixed order; the marker entry only when markers are shown."""
        self.legend.clear()
        self.legend.addItem(self.curves.supply, self.tr("Angebot"))
        self.legend.addItem(self.curves.demand, self.tr("Nachfrage"))
        if self._marker_in_legend:
            self.legend.addItem(self.markers, self.tr("amtl. Vorausberechnung (Stützjahr)"))
        self.legend.addItem(self._band_legend, self.tr("Spanne pessimistisch–optimistisch"))
        shown = self._measures_shown
        if shown is not None:
            self.legend.addItem(self.supply_m, self.tr("Angebot mit Maßnahmen"))
            if shown[1]:
                self.legend.addItem(self.demand_m, self.tr("Nachfrage mit Maßnahmen"))

    @property
    def supply_curve(self) -> pg.PlotDataItem:
        return self.curves.supply

    @property
    def demand_curve(self) -> pg.PlotDataItem:
        return self.curves.demand

    def show_series(
        self,
        years: np.ndarray,
        supply: np.ndarray,
        demand: np.ndarray,
        band: tuple[np.ndarray, np.ndarray] | None,
        markers: Sequence[tuple[int, float, str]],
        last_data_year: int,
        y_label: str,
    ) -> None:
        x = np.asarray(years, dtype=float)
        self.curves.set_data(years, supply, demand)
        if band is not None:
            self.band_lo.setData(x, band[0])
            self.band_hi.setData(x, band[1])
        self.band.setVisible(band is not None)
        if bool(markers) != self._marker_in_legend:
            self._marker_in_legend = bool(markers)
            self._fill_legend()
        self.markers.setData([{"pos": (float(y), float(v)), "data": tip} for y, v, tip in markers])
        # the base year (an estimate) is the line; every year after it is the model's projection
        base = int(x[0])
        self.base_line.setValue(base)
        self.base_line.label.setFormat(self.tr("Projektion ab %1 →").replace("%1", str(base + 1)))
        # visible first: a hidden label keeps its old text (pyqtgraph updates only visible labels)
        self.data_line.setVisible(bool(x[0] < last_data_year < x[-1]))
        self.data_line.setValue(last_data_year)
        self.data_line.label.setFormat(self.tr("Bevölkerung projiziert ab %1 →").replace("%1", str(last_data_year + 1)))
        self.plot.setLabel("left", y_label)
        lo = min(np.nanmin(supply), np.nanmin(demand), *(np.nanmin(b) for b in (band or ())))
        hi = max(np.nanmax(supply), np.nanmax(demand), *(np.nanmax(b) for b in (band or ())))
        self._data_span = (float(lo), float(hi))
        self._fit_y(self._data_span)
        self.plot.setXRange(x[0], x[-1], padding=0.02)


class SmallMultiples(QWidget):
    """All seven groups at once: one small plot per group (supply solid, demand dashed, gap shaded)."""

    COLUMNS = 3

    def __init__(self, groups: Sequence[str], titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plots.configure()
        self.view = pg.GraphicsLayoutWidget()
        self.groups = list(groups)
        self.plots: list[pg.PlotItem] = []
        self.curves: dict[str, GapCurves] = {}
        for i, (g, title) in enumerate(zip(groups, titles, strict=True)):
            p = self.view.addPlot(
                row=i // self.COLUMNS,
                col=i % self.COLUMNS,
                axisItems={"left": plots.LocaleAxis("left"), "bottom": plots.YearAxis("bottom")},
            )
            p.setTitle(f"<span style='font-size:{palette.CHART_FONT_PT}pt; font-weight:600'>{title}</span>")
            p.setMenuEnabled(False)
            p.setMouseEnabled(x=False, y=False)
            p.hideButtons()
            p.showGrid(x=False, y=True, alpha=0.25)
            plots.style_axes(p)
            self.curves[g] = GapCurves(p, width=2)
            self.plots.append(p)
        n = len(self.groups)
        key = self.tr(
            "<span style='color:#0B4F8A'>━━ Angebot</span>&nbsp;&nbsp; <span style='color:#D55E00'>╍╍ Nachfrage</span>"
            "<br><span style='background:#f2c4a6'>&nbsp;&nbsp;&nbsp;</span> Nachfrageüberhang&nbsp;&nbsp; "
            "<span style='background:#b3e0d2'>&nbsp;&nbsp;&nbsp;</span> Angebotsüberhang"
        )
        self.key = pg.LabelItem(key, size=f"{palette.CHART_FONT_PT}pt", justify="left")
        self.view.addItem(
            self.key, row=n // self.COLUMNS, col=n % self.COLUMNS, colspan=self.COLUMNS - n % self.COLUMNS
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)

    def show_all(self, years: np.ndarray, supply: np.ndarray, demand: np.ndarray, index: bool) -> None:
        """supply/demand (G, T) in the order of ``groups``."""
        for i, g in enumerate(self.groups):
            s, d = supply[i], demand[i]
            if index:
                base = s[0] if s[0] else 1.0
                s, d = s / base * 100.0, d / base * 100.0
            self.curves[g].set_data(years, s, d)
            self.plots[i].enableAutoRange()


class TornadoChart(QWidget):
    """Horizontal bars: change of the gap when a parameter is set to its lower / upper plausible bound."""

    MAX_ROWS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = plots.make_plot()
        self.plot = self.widget.getPlotItem()
        self.low = pg.BarGraphItem(x0=[], y=[], height=0.38, width=[], brush=SENSITIVITY_LOW)
        self.high = pg.BarGraphItem(x0=[], y=[], height=0.38, width=[], brush=SENSITIVITY_HIGH)
        for item in (self.low, self.high):
            self.plot.addItem(item)
        self.key = plots.ChartKey()  # outside the plot: a legend inside would lie over the bars
        self.key.set_entries([(SENSITIVITY_LOW, self.tr("Annahme am unteren Rand")),
                              (SENSITIVITY_HIGH, self.tr("Annahme am oberen Rand"))])
        self.zero = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(INK_SOFT, width=1))
        self.plot.addItem(self.zero)
        self.labels: list[str] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.key)
        lay.addWidget(self.widget, 1)

    def show_rows(
        self, labels: Sequence[str], delta_low: Sequence[float], delta_high: Sequence[float], x_label: str
    ):
        n = min(len(labels), self.MAX_ROWS)
        self.labels = list(labels[:n])
        y = np.arange(n)[::-1].astype(float)  # largest swing at the top
        lo = np.asarray(delta_low[:n], dtype=float)
        hi = np.asarray(delta_high[:n], dtype=float)
        self.low.setOpts(x0=np.minimum(lo, 0), width=np.abs(lo), y=y + 0.2, height=0.38)
        self.high.setOpts(x0=np.minimum(hi, 0), width=np.abs(hi), y=y - 0.2, height=0.38)
        self.plot.getAxis("left").setTicks(
            [[(float(yy), lab) for yy, lab in zip(y, self.labels, strict=True)], []]
        )
        self.plot.setLabel("bottom", x_label)
        span = max(float(np.abs(np.concatenate([lo, hi])).max()) if n else 1.0, 1.0)
        self.plot.setXRange(-span * 1.1, span * 1.1, padding=0)
        self.plot.setYRange(-0.8, n - 0.2, padding=0)
