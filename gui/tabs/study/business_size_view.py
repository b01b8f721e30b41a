"""Betriebsgrößen: persons per craft enterprise (official Handwerkszählung 2010–2014) for a district
against its state and Germany, plus all-sector context from the Unternehmensregister 2014."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import business_size as bs
from core import provenance
from gui.area_names import area_label
from gui.charts import palette, plots
from gui.context import AppContext
from gui.formatting import fmt_number, fmt_percent
from gui.widgets.source_line import SourceLine
from gui.widgets.table_fit import fit_columns


class BusinessSizeView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.district = QComboBox()
        for d in self.store.region.districts:
            self.district.addItem(d.name, d.ags)
        self.art = QComboBox()
        for key, (de, en) in bs.ART_LABELS.items():
            self.art.addItem(en if ctx.lang == "en" else de, key)
        self.note = QLabel(self.tr("Amtliche Kreiswerte der Handwerkszählung liegen nur für 2010–2014 vor "
                                   "(Tabelle 53111-01-01-4); tätige Personen je Unternehmen, berechnet aus den "
                                   "amtlichen Zahlen."))
        self.note.setWordWrap(True)
        self.plot = plots.make_plot(self.tr("Tätige Personen je Handwerksunternehmen"),
                                    left=self.tr("Personen je Unternehmen"), years=True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gebiet"), "2010", "2011", "2012", "2013", "2014", self.tr("Veränderung\n2010–2014")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.context = QTableWidget(0, 4)
        self.context.setHorizontalHeaderLabels(
            [self.tr("Gebiet"), self.tr("Unternehmen aller\nBranchen 2014"), self.tr("je 1.000\nEinwohner"),
             self.tr("Anteil\nHandwerk")]
        )
        self.context.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for t in (self.table, self.context):
            fit_columns(t, 0)  # the area's name takes the room left; the numbers always show
            t.verticalHeader().hide()
        self.sources = SourceLine(ctx)
        self.key = plots.ChartKey()  # the areas' legend above the chart, never over its lines
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kreis:")))
        top.addWidget(self.district)
        top.addWidget(QLabel(self.tr("Abgrenzung:")))
        top.addWidget(self.art)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.note)
        row = QHBoxLayout()
        chart = QVBoxLayout()
        chart.addWidget(self.key)
        chart.addWidget(self.plot, 1)
        row.addLayout(chart, 3)
        side = QVBoxLayout()
        side.addWidget(self.table)
        side.addWidget(QLabel(self.tr("Zum Vergleich: alle Branchen (Unternehmensregister 2014)")))
        side.addWidget(self.context)
        row.addLayout(side, 2)
        lay.addLayout(row, 1)
        lay.addWidget(self.sources)
        self.district.currentIndexChanged.connect(lambda _i: self.refresh())
        self.art.currentIndexChanged.connect(lambda _i: self.refresh())
        self._ctx_df = bs.register_context(self.store)
        self.refresh()

    def set_district(self, ags: str) -> None:
        i = self.district.findData(ags)
        if i >= 0:
            self.district.setCurrentIndex(i)

    def refresh(self) -> None:
        ags = str(self.district.currentData())
        art = str(self.art.currentData())
        prof = bs.size_profile(self.store, ags)
        plot = self.plot.getPlotItem()
        plot.clear()
        entries: list[tuple[str, str]] = []
        self.table.setRowCount(0)
        for n, arts in enumerate(prof["series"].values()):
            s = arts.get(art)
            if not s:
                continue
            color = palette.SERIES[n]
            years = sorted(s["values"])
            plot.plot(years, [s["values"][y] for y in years], pen=plots.pen(color), symbol="o",
                      symbolBrush=color, symbolSize=9)
            entries.append((color, area_label(s["name"])))
            r = self.table.rowCount()
            self.table.insertRow(r)
            cells = [area_label(s["name"])] + [fmt_number(s["values"].get(y), 1) for y in range(2010, 2015)]
            cells.append(fmt_percent(s["change_rel"], 1, signed=True))
            for c, v in enumerate(cells):
                it = QTableWidgetItem(v)
                if c:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, it)
        self.key.set_entries(entries)
        state = next(d.state for d in self.store.region.districts if d.ags == ags)
        self.context.setRowCount(0)
        for code in (ags, state, "DG"):
            row = self._ctx_df[self._ctx_df["area_code"] == code]
            if row.empty:
                continue
            rec = row.iloc[0]
            r = self.context.rowCount()
            self.context.insertRow(r)
            for c, v in enumerate([area_label(self.store.region.area_name(code)), fmt_number(rec["urs_enterprises"]),
                                   fmt_number(rec["urs_per_1000"], 1), fmt_percent(rec["craft_share"], 1)]):
                it = QTableWidgetItem(v)
                if c:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.context.setItem(r, c, it)
        self.sources.set_sources([provenance.get(i) for i in ("handwerkszaehlung", "urs_2014", "population")])
