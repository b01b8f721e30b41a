"""Kreisvergleich: the chosen districts side by side with the region and Germany (key figures and
the LQ of each group; estimates in italics), and their business density as bars."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.datastore import GEWERBEGRUPPEN
from core.figures import Figure
from core.palette import INK, OTHER_AREA, OTHER_AREA_ROW
from core.profile import DistrictProfile
from gui.charts import palette, plots
from gui.context import AppContext
from gui.formatting import fmt_number
from gui.qtmodels.roles import SORT_ROLE
from gui.style import set_role
from gui.tabs._support import make_source_line, records_to_provenance

#: A row of the comparison: its label and, per profile, (text, is an estimate).
Row = tuple[str, Callable[[DistrictProfile], tuple[str, bool]]]


def figure_cell(
    get: Callable[[DistrictProfile], Figure], decimals: int = 0
) -> Callable[[DistrictProfile], tuple[str, bool]]:
    """A row getter: the figure's value formatted, marked when it is an estimate."""

    def cell(p: DistrictProfile) -> tuple[str, bool]:
        f = get(p)
        return fmt_number(f.value, decimals), f.is_estimate

    return cell


class ComparisonPage(QWidget):
    def __init__(
        self, ctx: AppContext, group_name: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._group_name = group_name
        self._top = 1.0  # the highest bar's value: the chart's y range leaves room for its label
        self._headroom_connected = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.setSpacing(6)
        lay.addLayout(self._build_head())
        self.table = t = QTableWidget()
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        set_role(t, "body")
        t.setAlternatingRowColors(True)
        t.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        t.setWordWrap(True)
        lay.addWidget(t)
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_role(self.note, "estimateNote")
        lay.addWidget(self.note)
        self.source = make_source_line(ctx)
        lay.addWidget(self.source)
        self.plot = plots.make_plot(self.tr("Unternehmen je 1.000 Einwohner"))
        self.plot.setFixedHeight(175)
        lay.addWidget(self.plot)
        lay.addStretch(1)

    def _build_head(self) -> QHBoxLayout:
        self.title = QLabel(self.tr("Kreisvergleich"))
        set_role(self.title, "pageTitle")
        self.hint = QLabel(
            self.tr("Kreise in der Liste oder auf der Karte anklicken: hinzufügen oder entfernen.")
        )
        set_role(self.hint, "subtitle")
        self.hint.setWordWrap(True)
        trow = QHBoxLayout()
        trow.addWidget(self.title)
        trow.addSpacing(12)
        trow.addWidget(self.hint, 1, Qt.AlignmentFlag.AlignBottom)
        return trow

    def group_rows(self) -> list[Row]:
        """One LQ row per Gewerbegruppe (group values are estimates)."""

        def lq_of(group: str) -> Callable[[DistrictProfile], tuple[str, bool]]:
            return lambda p: (fmt_number(p.groups[group].lq.value, 2), True)

        return [
            (self.tr("LQ %1").replace("%1", palette.group_short(g, self.ctx.lang)), lq_of(g))
            for g in GEWERBEGRUPPEN
        ]

    def show_profiles(
        self, profs: list[DistrictProfile], rows: list[Row], n_chosen: int, labels: list[str]
    ) -> bool:
        """Fill table, note, source and bars; the first ``n_chosen`` columns are the chosen districts
        (the others, region and Germany, are shaded). True if an estimate is shown."""
        t = self.table
        t.clear()
        t.setColumnCount(len(profs))
        t.setRowCount(len(rows))
        t.setHorizontalHeaderLabels(labels)
        t.setVerticalHeaderLabels([r[0] for r in rows])
        self._group_tooltips(len(rows))
        any_est = self._fill_cells(profs, rows, n_chosen)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.setMinimumHeight(t.verticalHeader().length() + t.horizontalHeader().height() + 6)
        self.title.setText(self.tr("Kreisvergleich %1").replace("%1", str(profs[0].year)))
        self.note.setText(
            self.tr("Kursiv: Schätzung (Werte je Gewerbegruppe und daraus gebildete Summen).")
            if any_est
            else ""
        )
        ids = sorted({i for p in profs for i in p.source_ids})
        self.source.set_sources(records_to_provenance(ids))
        self._fill_plot(profs, n_chosen, labels)
        return any_est

    def _group_tooltips(self, n_rows: int) -> None:
        """Full names and meaning in the tooltip of the LQ rows (the last rows)."""
        for i, g in enumerate(GEWERBEGRUPPEN):
            item = self.table.verticalHeaderItem(n_rows - len(GEWERBEGRUPPEN) + i)
            if item is not None:
                item.setToolTip(
                    self.tr("Lokalisationsfaktor der tätigen Personen gegenüber Deutschland: %1").replace(
                        "%1", self._group_name(g)
                    )
                )

    def _fill_cells(self, profs: list[DistrictProfile], rows: list[Row], n_chosen: int) -> bool:
        est = self.tr("Schätzung")
        any_est = False
        ital = QFont()
        ital.setItalic(True)
        for c, p in enumerate(profs):
            for r, (_label, getter) in enumerate(rows):
                text, is_est = getter(p)
                it = QTableWidgetItem(text)
                it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                it.setData(SORT_ROLE, text)
                if is_est:
                    any_est = True
                    it.setFont(ital)
                    it.setForeground(QBrush(QColor(palette.ESTIMATE_TEXT)))
                    it.setToolTip(est)
                if c >= n_chosen:
                    it.setBackground(QBrush(QColor(OTHER_AREA_ROW)))
                self.table.setItem(r, c, it)
        return any_est

    def _fill_plot(self, profs: list[DistrictProfile], n_chosen: int, labels: list[str]) -> None:
        p = self.plot.getPlotItem()
        p.clear()
        vals = [q.business_density.value for q in profs]
        xs = np.arange(len(profs), dtype=float)
        brushes = [
            QColor(palette.SERIES[0]) if i < n_chosen else QColor(OTHER_AREA) for i in range(len(profs))
        ]
        bars = pg.BarGraphItem(
            x=xs, height=[0 if v is None else v for v in vals], width=0.6, brushes=brushes, pen=None
        )
        p.addItem(bars)
        for x, v in zip(xs, vals, strict=True):
            if v is not None:
                t = pg.TextItem(fmt_number(v, 1), color=INK, anchor=(0.5, 1.0))
                t.setFont(palette.chart_font(11, bold=True))
                t.setPos(x, v)
                p.addItem(t)
        p.getAxis("bottom").setTicks([[(float(i), lab) for i, lab in enumerate(labels)]])
        self._top = max((v for v in vals if v is not None), default=1.0)
        p.setXRange(-0.6, len(profs) - 0.4, padding=0)
        if not self._headroom_connected:
            p.getViewBox().sigResized.connect(self._fit_headroom)
            self._headroom_connected = True
        self._fit_headroom()

    def _fit_headroom(self, *_: object) -> None:
        """y range with room for the value label above the highest bar: label height (≈ 22 px) converted to
        data units at the chart's current height, so the label is never cut at the top."""
        vb = self.plot.getPlotItem().getViewBox()
        h = max(vb.height(), 40.0)
        label_px = 24.0
        top = self._top or 1.0
        self.plot.getPlotItem().setYRange(0, top * h / max(h - label_px, 10.0) * 1.03, padding=0)
