"""Entwicklung: the official population and craft-business series of a district, with the census
breaks marked (dashed line, "Zensus") and no line drawn across a gap or a break."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core import provenance
from gui.charts import palette, plots
from gui.context import AppContext
from gui.tabs._support import make_source_line, records_to_provenance
from gui.tabs.profile.data import xy_with_gaps


class _SeriesChart:
    """One chart's curve and its break marks (made once, then updated)."""

    def __init__(self, plot: pg.PlotWidget, color: str) -> None:
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

    def show(self, df: pd.DataFrame, breaks: list[int], break_label: str) -> None:
        p = self.plot.getPlotItem()
        for item in self.marks:
            p.removeItem(item)
        self.marks = []
        if df.empty:
            self.curve.setData([], [])
            return
        years = [int(y) for y in df["year"]]
        x, y = xy_with_gaps(years, [float(v) for v in df["value"]], breaks)
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
            line = pg.InfiniteLine(pos=b - 0.5, angle=90, pen=plots.pen("#888888", 1.5, dashed=True))
            right_half = b > (min(years) + max(years)) / 2
            lab = pg.TextItem(break_label, color="#555555", anchor=(1, 0) if right_half else (0, 0))
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
        charts = QHBoxLayout()
        self.pop_plot = plots.make_plot(self.tr("Bevölkerung (31.12.)"), years=True)
        self.bus_plot = plots.make_plot(self.tr("Handwerksbetriebe (amtlich)"), years=True)
        for p in (self.pop_plot, self.bus_plot):
            p.setMinimumHeight(200)
            charts.addWidget(p)
        lay.addLayout(charts, 1)
        self._pop = _SeriesChart(self.pop_plot, palette.POPULATION)
        self._bus = _SeriesChart(self.bus_plot, palette.BUSINESSES)
        self.census_note = QLabel()
        self.census_note.setWordWrap(True)
        self.census_note.setStyleSheet("color: #555555; font-size: 10pt;")
        lay.addWidget(self.census_note)
        self.source = make_source_line(ctx)
        lay.addWidget(self.source)

    def show_series(
        self,
        population: tuple[pd.DataFrame, list[int]],
        businesses: pd.DataFrame,
        card_sources: list[provenance.Provenance],
    ) -> None:
        """Population (with its census breaks) and official businesses per year; the source line
        also credits the key-figure cards above."""
        pop, pop_breaks = population
        self._pop.show(pop, pop_breaks, self.tr("Zensus"))
        self._bus.show(businesses, [], self.tr("Zensus"))
        if pop_breaks:
            self.census_note.setText(
                self.tr(
                    "Gestrichelt: Zensus-Umstellung der Bevölkerungszahlen (ab 2010 Zensus 2011, ab 2022 "
                    "Zensus 2022), davor und danach nicht direkt vergleichbar. Betriebe: nur Jahre mit amtlichen Daten."
                )
            )
        else:
            self.census_note.setText(self.tr("Betriebe: nur Jahre mit amtlichen Daten (Handwerkszählung)."))
        chart_src = records_to_provenance(sorted(set(pop["dataset"]) | set(businesses["dataset"])))
        self.source.set_sources(card_sources + chart_src)
