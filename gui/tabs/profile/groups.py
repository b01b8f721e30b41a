"""Gewerbegruppen: the seven groups of the district (estimates, in italics with "Schätzung") and
their location quotients against Germany as horizontal bars around 1."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.palette import INK, INK_MID
from core.profile import DistrictProfile
from gui.charts import palette, plots
from gui.context import AppContext
from gui.formatting import fmt_number, fmt_percent
from gui.qtmodels.dataframe_model import Column, DataFrameModel
from gui.style import set_role
from gui.tabs._support import estimate_badge, make_source_line, records_to_provenance
from gui.widgets.table_fit import fit_rows


class _LqBars:
    """Horizontal bars of the groups' LQ around the German average 1 (items made once, then moved)."""

    def __init__(self, plot: pg.PlotWidget, n: int) -> None:
        self.plot = plot
        p = plot.getPlotItem()
        self.bars = pg.BarGraphItem(x0=[1.0], x1=[1.0], y=[0.0], height=0.62, pen=None)
        p.addItem(self.bars)
        self.texts = [pg.TextItem("", color=INK) for _ in range(n)]
        for t in self.texts:
            t.setFont(palette.chart_font(10))
            p.addItem(t)
        p.addItem(pg.InfiniteLine(pos=1.0, angle=90, pen=plots.pen(INK_MID, 1.5)))
        p.getAxis("left").setWidth(140)
        # seven names on a chart that has about 100 px at 1366×768: a smaller font keeps them apart
        p.getAxis("left").setStyle(tickFont=palette.chart_font(9))
        p.showGrid(x=True, y=False, alpha=0.2)
        self._span: tuple[float, float, int] = (0.75, 1.25, 0)
        p.getViewBox().sigResized.connect(self._fit_range)

    def _fit_range(self, *_: object) -> None:
        """x and y ranges with room for the value labels: the label beside the longest bar and half a label
        height above the top and below the bottom bar, converted from pixels to data units."""
        lo, hi, n = self._span
        vb = self.plot.getPlotItem().getViewBox()
        w_px, h_px = max(vb.width(), 50.0), max(vb.height(), 30.0)
        fm_h, fm_w = 18.0, 44.0  # a 10 pt label "1,28": height and width in pixels
        span = (hi - lo) or 0.5
        pad_x = span * fm_w / max(w_px - 2 * fm_w, 20.0) + 0.03
        rows = max(n, 1)
        pad_y = max(0.4, rows * (fm_h / 2) / max(h_px - fm_h, 10.0) + 0.31)
        vb.setRange(xRange=(max(0.0, lo - pad_x), hi + pad_x), yRange=(-pad_y, n - 1 + pad_y), padding=0)

    def show(self, groups: list[str], lqs: list[float], labels: list[str]) -> None:
        p = self.plot.getPlotItem()
        n = len(groups)
        ys = np.arange(n, dtype=float)[::-1]
        self.bars.setOpts(
            x0=[min(1.0, v) for v in lqs],
            x1=[max(1.0, v) for v in lqs],
            y=ys,
            height=0.62,
            brushes=[palette.group_color(g) for g in groups],
            pen=None,
        )
        for t, y, lq in zip(self.texts, ys, lqs, strict=False):
            t.setText(fmt_number(lq, 2))
            t.setAnchor((0, 0.5) if lq >= 1 else (1, 0.5))
            t.setPos(lq + (0.02 if lq >= 1 else -0.02), y)
        p.getAxis("left").setTicks([[(float(y), lab) for y, lab in zip(ys, labels, strict=True)]])
        self._span = (min([*lqs, 1.0]), max([*lqs, 1.0]), n)
        self._fit_range()


class GroupsSection(QWidget):
    def __init__(
        self, ctx: AppContext, group_name: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._group_name = group_name
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(self._build_head())
        self.model = DataFrameModel(self._columns(), self.tr("Schätzung"), self)
        lay.addWidget(self._build_table())
        # no title inside the chart: the note above names the LQ, and the seven bars need every pixel at
        # 1366×768 to keep their names apart; the title is the chart's tooltip
        self.lq_plot = plots.make_plot()
        self.lq_plot.setToolTip(self.tr("Lokalisationsfaktor der tätigen Personen (Deutschland = 1)"))
        self.lq_plot.setMinimumHeight(130)
        lay.addWidget(self.lq_plot, 1)
        self._lq: _LqBars | None = None
        self.source = make_source_line(ctx)
        lay.addWidget(self.source)

    def _build_head(self) -> QHBoxLayout:
        thead = QHBoxLayout()
        self.title = QLabel()
        set_role(self.title, "sectionTitle")
        thead.addWidget(self.title)
        self.badge = estimate_badge(self.tr("Schätzung"))
        thead.addWidget(self.badge)
        self.note = QLabel(
            self.tr(
                "Werte je Gewerbegruppe sind Schätzungen (kursiv). LQ: Lokalisationsfaktor der "
                "tätigen Personen gegenüber Deutschland (über 1 = stärker vertreten als im Bund)."
            )
        )
        self.note.setWordWrap(True)
        set_role(self.note, "estimateNote")
        thead.addWidget(self.note, 1)
        return thead

    def _build_table(self) -> QTableView:
        self.table = t = QTableView()
        t.setModel(self.model)
        t.verticalHeader().hide()
        t.setAlternatingRowColors(True)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = t.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)  # compact: room for the chart
        t.setWordWrap(False)
        set_role(t, "body")
        fit_rows(t)  # all seven groups, never a scroll bar
        return t

    def _columns(self) -> list[Column]:
        def num(d: int) -> Callable[[Any], str]:
            return lambda v: fmt_number(v, d)

        tip = {
            "share_businesses": self.tr("Anteil an allen Handwerksunternehmen des Kreises"),
            "share_employees": self.tr("Anteil an allen tätigen Personen im Handwerk des Kreises"),
            "density": self.tr("Unternehmen der Gruppe je 1.000 Einwohner"),
            "lq": self.tr("Lokalisationsfaktor (tätige Personen) gegenüber Deutschland"),
        }
        return [
            Column(
                "gewerbegruppe",
                self.tr("Gewerbegruppe"),
                self._group_name,
                numeric=False,
                color=palette.group_color,
            ),
            Column("businesses", self.tr("Unternehmen"), num(0), estimate=True),
            Column("employees", self.tr("Tätige Personen"), num(0), estimate=True),
            Column(
                "share_businesses",
                self.tr("Anteil\nUnternehmen"),
                fmt_percent,
                estimate=True,
                tooltip=tip["share_businesses"],
            ),
            Column(
                "share_employees",
                self.tr("Anteil\ntätige Pers."),
                fmt_percent,
                estimate=True,
                tooltip=tip["share_employees"],
            ),
            Column(
                "density", self.tr("Unternehmen je\n1.000 Einw."), num(2), estimate=True, tooltip=tip["density"]
            ),
            Column("lq", self.tr("LQ"), num(2), estimate=True, tooltip=tip["lq"]),
        ]

    def show_profile(self, prof: DistrictProfile) -> None:
        rows = [{"gewerbegruppe": g, **v.values(), "kind": v.kind} for g, v in prof.groups.items()]
        self.model.set_frame(pd.DataFrame(rows))
        self.title.setText(self.tr("Gewerbegruppen %1").replace("%1", str(prof.year)))
        srcs = records_to_provenance(prof.sources)
        self.source.set_sources([p for p in srcs if p.kind == "estimate"] or srcs)
        groups = list(prof.groups)
        lqs = [1.0 if v.lq.missing else float(v.lq.value or 0.0) for v in prof.groups.values()]
        if self._lq is None:
            self._lq = _LqBars(self.lq_plot, len(groups))
        self._lq.show(groups, lqs, [palette.group_short(g, self.ctx.lang) for g in groups])
