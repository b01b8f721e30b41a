"""„Maßnahmen“ view of the Prognose tab: the gap with and without the measures over time, the waterfall of
the 2035 gap (without measures → one bar per measure → with measures) and a table of what each measure is
worth (contribution to the gap in 2030/2035/2040, core.forecast.measures).

It only draws an :class:`core.forecast.measures.Evaluation` that the tab computed in the worker pool.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.palette import INK_SOFT, WITH_MEASURES, WITHOUT_MEASURES
from core.tracker.model import status_label
from gui.charts import palette, plots
from gui.charts.waterfall import COLOR_CLOSES, COLOR_WIDENS, WaterfallChart, bars_from_steps
from gui.formatting import fmt_number
from gui.style import set_role

WITHOUT_COLOR = WITHOUT_MEASURES
WITH_COLOR = WITH_MEASURES


def signed(value: float) -> str:
    return ("+" if value > 0.5 else "") + fmt_number(value, 0)


class MeasuresView(QWidget):
    """Gap lines, waterfall and contributions table."""

    def __init__(self, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measuresView")
        self.lang = lang
        self.message = QLabel()
        self.message.setObjectName("measuresMessage")
        self.message.setWordWrap(True)
        set_role(self.message, "emptyMessage")
        self.gap_plot = plots.make_plot(years=True)
        p = self.gap_plot.getPlotItem()
        p.setTitle(f"<span style='font-size:{palette.CHART_FONT_PT}pt; font-weight:600'>"
                   + self.tr("Lücke ohne und mit Maßnahmen") + "</span>")
        self.without_curve = p.plot(pen=plots.pen(WITHOUT_COLOR, dashed=True))
        self.with_curve = p.plot(pen=plots.pen(WITH_COLOR))
        self.key = plots.ChartKey()  # below the chart: a key inside it lay over the first years' lines
        self.key.set_entries([(WITHOUT_COLOR, self.tr("ohne Maßnahmen (gestrichelt)")),
                              (WITH_COLOR, self.tr("mit Maßnahmen"))])
        gap_box = QWidget()
        gl = QVBoxLayout(gap_box)
        gl.setContentsMargins(0, 0, 0, 0)
        gl.addWidget(self.gap_plot, 1)
        gl.addWidget(self.key)
        self.zero = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(INK_SOFT, width=1))
        p.addItem(self.zero)
        p.setLabel("left", self.tr("Beschäftigtenäquivalente"))
        self.waterfall = WaterfallChart(lambda v: fmt_number(v, 0))
        self.waterfall_title = QLabel()
        set_role(self.waterfall_title, "strong")
        self.waterfall_title.setWordWrap(True)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.waterfall_title)
        rl.addWidget(self.waterfall, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(right)
        top.addWidget(gap_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("contributionsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Nr."), self.tr("Maßnahme"), self.tr("Status"), self.tr("Beitrag 2030"), self.tr("Beitrag 2035"),
            self.tr("Beitrag 2040"),
        ])
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4, 5):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.note = QLabel(self.tr(
            "Beitrag = Lücke mit allen Maßnahmen außer dieser − Lücke mit allen (positiv: schließt Lücke). Wirken "
            "Maßnahmen zusammen, müssen sich die Beiträge nicht addieren (Rest: Wechselwirkungen)."
        ))
        self.note.setToolTip(self.tr(
            "Wirkungen sind Annahmen aus dem Tracker (Empfehlungen › Wirkungen: Begründung und Quelle je Wirkung), "
            "keine Messwerte."
        ))
        self.note.setObjectName("contributionsNote")
        self.note.setWordWrap(True)
        set_role(self.note, "secondary")
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.table, 1)
        bl.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([240, 170])
        self.content = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)

    def show_message(self, text: str) -> None:
        """No measures to show (switched off, none with effects): only the message."""
        self.message.setText(text)
        self.message.setVisible(True)
        self.content.setVisible(False)

    def show_evaluation(self, ev: Any, group_index: int, year: int, lang: str) -> None:
        """Draw ``ev`` (gap arrays for the tab's area and group)."""
        self.message.setVisible(False)
        self.content.setVisible(True)
        years = ev.without.years
        s_without = ev.without.area_series(ev.area)["gap"][group_index]
        s_with = ev.with_measures.area_series(ev.area)["gap"][group_index]
        x = np.asarray(years, dtype=float)
        self.without_curve.setData(x, s_without)
        self.with_curve.setData(x, s_with)
        self.gap_plot.getPlotItem().setXRange(x[0], x[-1], padding=0.02)
        lo, hi = float(min(s_without.min(), s_with.min(), 0)), float(max(s_without.max(), s_with.max(), 0))
        pad = (hi - lo) * 0.1 or 1.0
        self.gap_plot.getPlotItem().setYRange(lo - pad, hi + pad, padding=0)
        names = {"start": self.tr("ohne"), "end": self.tr("mit"), "interaction": self.tr("Rest")}
        codes = {m.id: m.code for m in ev.measures}
        if year in ev.years:
            self.waterfall.set_bars(bars_from_steps(ev.waterfall(year, lang), codes, names))
            self.waterfall_title.setText(self.tr("Lücke %1: ohne Maßnahmen → je Maßnahme → mit Maßnahmen")
                                         .replace("%1", str(year)))
        else:
            self.waterfall.set_message(self.tr("Das Jahr %1 liegt außerhalb des Prognosezeitraums.")
                                       .replace("%1", str(year)))
        contributions = ev.contributions
        self.table.setRowCount(len(ev.measures))
        for i, m in enumerate(ev.measures):
            cells = [m.code, m.label(lang).split(" ", 1)[1] if " " in m.label(lang) else m.label(lang),
                     status_label(m.status, lang)]
            values = [contributions[m.id].get(y) for y in (2030, 2035, 2040)]
            for j, text in enumerate(cells + [signed(v) if v is not None else "–" for v in values]):
                item = QTableWidgetItem(text)
                if j >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    v = values[j - 3]
                    if v is not None and abs(v) >= 0.5:
                        item.setForeground(QBrush(QColor(COLOR_CLOSES if v > 0 else COLOR_WIDENS)))
                item.setToolTip(m.label(lang))
                self.table.setItem(i, j, item)
