"""Entwicklung: the official population and craft-business series of a district, with the census
breaks marked (dashed line, "Zensus") and no line drawn across a gap or a break.

The two charts are pyqtgraph plots; pyqtgraph costs ~0.3 s of CPU to import (it touches every PySide6
class), more than everything else the first profile needs. So the section starts with the census note
and its source line and a "Diagramme werden geladen …" line where the charts go; ``build_charts``
(after the first profile is on screen, pyqtgraph imported in a worker) puts the charts in and draws the
series shown so far. ``pop_plot``/``bus_plot`` build them on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core import provenance
from core.palette import GUIDE, INK_GREY
from gui.charts import palette
from gui.context import AppContext
from gui.style import set_role
from gui.tabs._support import make_source_line, records_to_provenance
from gui.tabs.profile.data import YearSeries, xy_with_gaps

if TYPE_CHECKING:
    import pyqtgraph as pg


class _SeriesChart:
    """One chart's curve and its break marks (made once, then updated)."""

    def __init__(self, plot: pg.PlotWidget, color: str) -> None:
        from gui.charts import plots

        self.plot = plot
        self.curve = plot.getPlotItem().plot(
            [],
            [],
            pen=plots.pen(color),
            connect="finite",
            symbol="o",
            symbolSize=6,
            symbolBrush=QColor(color),
            symbolPen=None,
        )
        self.marks: list[Any] = []

    def show(self, series: YearSeries, breaks: list[int], break_label: str) -> None:
        import numpy as np
        import pyqtgraph as pg

        from gui.charts import plots

        p = self.plot.getPlotItem()
        for item in self.marks:
            p.removeItem(item)
        self.marks = []
        if series.empty:
            self.curve.setData([], [])
            return
        years = series.years
        x, y = xy_with_gaps(years, series.values, breaks)
        self.curve.setData(x, y, connect="finite")
        lo, hi = float(np.nanmin(y)), float(np.nanmax(y))
        # at least +-10 % of the mean in view, so small changes do not look dramatic
        mid, half = (lo + hi) / 2, max((hi - lo) * 0.6, (lo + hi) / 2 * 0.1)
        p.getViewBox().setRange(
            xRange=(min(years) - 0.5, max(years) + 0.5),
            yRange=(max(0.0, mid - half), mid + half),
            padding=0.02,
        )
        for b in breaks:
            line = pg.InfiniteLine(pos=b - 0.5, angle=90, pen=plots.pen(GUIDE, 1.5, dashed=True))
            right_half = b > (min(years) + max(years)) / 2
            lab = pg.TextItem(break_label, color=INK_GREY, anchor=(1, 0) if right_half else (0, 0))
            lab.setFont(palette.chart_font(10))
            lab.setPos(b - 0.55 if right_half else b - 0.45, mid + half)
            for item in (line, lab):
                p.addItem(item)
                self.marks.append(item)


class DevelopmentSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.setSpacing(4)
        self.charts = QHBoxLayout()
        self.loading = QLabel(self.tr("Diagramme werden geladen …"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setMinimumHeight(200)
        set_role(self.loading, "muted")
        self.charts.addWidget(self.loading)
        lay.addLayout(self.charts, 1)
        self._pop: _SeriesChart | None = None
        self._bus: _SeriesChart | None = None
        self._shown: tuple[Any, ...] | None = None  # the last show_series arguments, drawn once built
        self.census_note = QLabel()
        self.census_note.setWordWrap(True)
        set_role(self.census_note, "smallHint")
        lay.addWidget(self.census_note)
        self.source = make_source_line(ctx)
        lay.addWidget(self.source)

    @property
    def pop_plot(self) -> pg.PlotWidget:
        self.build_charts()
        assert self._pop is not None
        return self._pop.plot

    @property
    def bus_plot(self) -> pg.PlotWidget:
        self.build_charts()
        assert self._bus is not None
        return self._bus.plot

    @property
    def charts_built(self) -> bool:
        return self._pop is not None

    def build_charts(self) -> None:
        """The two pyqtgraph charts in place of the loading line (once), with the series shown so far."""
        if self._pop is not None:
            return
        from gui.charts import plots

        pop_plot = plots.make_plot(self.tr("Bevölkerung (31.12.)"), years=True)
        bus_plot = plots.make_plot(self.tr("Handwerksunternehmen (amtlich)"), years=True)
        self.charts.removeWidget(self.loading)
        self.loading.deleteLater()
        for p in (pop_plot, bus_plot):
            p.setMinimumHeight(200)
            self.charts.addWidget(p)
        self._pop = _SeriesChart(pop_plot, palette.POPULATION)
        self._bus = _SeriesChart(bus_plot, palette.BUSINESSES)
        if self._shown is not None:
            self._draw(*self._shown)

    def _draw(self, pop: YearSeries, pop_breaks: list[int], businesses: YearSeries) -> None:
        assert self._pop is not None and self._bus is not None
        self._pop.show(pop, pop_breaks, self.tr("Zensus"))
        self._bus.show(businesses, [], self.tr("Zensus"))

    def show_series(
        self,
        population: tuple[YearSeries, list[int]],
        businesses: YearSeries,
        card_sources: list[provenance.Provenance],
    ) -> None:
        """Population (with its census breaks) and official businesses per year; the source line
        also credits the key-figure cards above."""
        pop, pop_breaks = population
        self._shown = (pop, pop_breaks, businesses)
        if self._pop is not None:
            self._draw(pop, pop_breaks, businesses)
        if pop_breaks:
            self.census_note.setText(
                self.tr(
                    "Gestrichelt: Zensus-Umstellung der Bevölkerungszahlen (ab 2010 Zensus 2011, ab 2022 "
                    "Zensus 2022), davor und danach nicht direkt vergleichbar. Unternehmen: nur Jahre mit amtlichen Daten."
                )
            )
        else:
            self.census_note.setText(self.tr("Unternehmen: nur Jahre mit amtlichen Daten (Handwerkszählung)."))
        chart_src = records_to_provenance(sorted(set(pop.datasets) | set(businesses.datasets)))
        self.source.set_sources(card_sources + chart_src)
