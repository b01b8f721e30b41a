"""Status overview: per action field, how many recommendations and measures are in each status, and how
many are overdue (red bar). Counts come straight from the tracker (user data, no estimate)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.palette import OVERDUE_EDGE
from core.tracker.model import ACTION_FIELDS, STATUSES, field_label, status_label
from core.tracker.store import Tracker
from gui.charts import plots
from gui.context import AppContext
from gui.style import set_role
from gui.tabs.tracker.common import OVERDUE, STATUS_BAR_COLORS

translate = QCoreApplication.translate
SERIES = (*STATUSES, "überfällig")
SHORT = {  # axis labels must fit side by side
    "de": {"fachkraefte": "Fachkräfte", "innovation": "Innovation/Koop.", "digital": "Digitale Prozesse",
           "netzwerke": "Netzwerke/Cluster"},
    "en": {"fachkraefte": "Skilled workers", "innovation": "Innovation", "digital": "Digital processes",
           "netzwerke": "Networks/clusters"},
}


class StatusChart(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plot = plots.make_plot(
            title=translate("Tracker", "Umsetzungsstand je Handlungsfeld"),
            left=translate("Tracker", "Anzahl"),
        )
        self.plot.setObjectName("statusChart")
        self.counts: dict[str, dict[str, int]] = {}
        self.key = plots.ChartKey()  # above the chart: a legend inside the plot would lie over the bars
        self.note = QLabel(translate("Tracker", "Anzahl der Empfehlungen und Maßnahmen. Quelle: eigene Eintragungen im "
                                         "Tracker (Stand: jetzt). Rot: überfällige "
                                         "Einträge (Fälligkeit überschritten, nicht umgesetzt/zurückgestellt)."))
        self.note.setWordWrap(True)
        set_role(self.note, "smallNote")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.key)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.note)

    def refresh(self, tracker: Tracker) -> None:
        self.counts = tracker.status_counts()
        p = self.plot.getPlotItem()
        p.clear()
        entries: list[tuple[str, str]] = []
        fields = list(ACTION_FIELDS)
        width = 0.8 / len(SERIES)
        top = 1
        for k, s in enumerate(SERIES):
            xs = [i + (k - (len(SERIES) - 1) / 2) * width for i in range(len(fields))]
            hs = [self.counts[f][s] for f in fields]
            top = max(top, *hs)
            color = QColor(OVERDUE if s == "überfällig" else STATUS_BAR_COLORS[s])
            edge = QColor(OVERDUE_EDGE) if s == "überfällig" else color
            pens = [pg.mkPen(edge, width=1.5) if h else pg.mkPen(None) for h in hs]
            bar = pg.BarGraphItem(x=xs, height=hs, width=width * 0.92, brush=color, pens=pens)
            p.addItem(bar)
            name = translate("Tracker", "überfällig") if s == "überfällig" else status_label(s, self.ctx.lang)
            entries.append((color.name(), name))
        short = SHORT.get(self.ctx.lang, SHORT["de"])
        ticks = [(i, short.get(f, field_label(f, self.ctx.lang))) for i, f in enumerate(fields)]
        p.getAxis("bottom").setTicks([ticks])
        self.key.set_entries(entries)
        p.setYRange(0, top * 1.08 + 0.5, padding=0)
        p.setXRange(-0.6, len(fields) - 0.4, padding=0)
