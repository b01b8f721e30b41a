"""Ausbildung: every published apprenticeship series of a region, as points with dates and sources.

Lines are drawn only between consecutive years of one series (core.apprenticeships.chart_segments);
a missing year stays a gap. The index view compares a region with Germany over their common years.

The chamber's own series from imports of the chamber template (core.apprenticeships.import_series) are
listed per district: each district with imported figures is added to the region list, and every such
series is labelled with its import. The view reloads when the data version changes (an import, a switch,
an undo: ``ctx.events.data_changed``).
"""

from __future__ import annotations

import datetime as dt
import html
import logging

import duckdb
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import apprenticeships as ap
from core import provenance
from core.errors import HandwerksmonitorError
from gui.area_names import area_label
from gui.charts import palette, plots
from gui.context import AppContext
from gui.formatting import fmt_date, fmt_number
from gui.style import set_role
from gui.widgets.source_line import SourceLine

# (code, German name); names shown through Qt's translation (context "AreaNames"), chambers are proper names
REGIONS = (
    ("DG", QT_TRANSLATE_NOOP("AreaNames", "Deutschland")),
    ("14", QT_TRANSLATE_NOOP("AreaNames", "Sachsen")),
    ("15", QT_TRANSLATE_NOOP("AreaNames", "Sachsen-Anhalt")),
    ("16", QT_TRANSLATE_NOOP("AreaNames", "Thüringen")),
    ("HWK-L", "Handwerkskammer zu Leipzig"),
    ("HWK-H", "Handwerkskammer Halle (Saale)"),
    ("HWK-O", "Handwerkskammer für Ostthüringen"),
)

log = logging.getLogger(__name__)


def point_year(date: str) -> int:
    """x position of a point: its reference year (the day and month are the same within a series
    and are named in its label, so points of one series never collide)."""
    return dt.date.fromisoformat(date[:10]).year


class ApprenticeshipView(QWidget):
    series_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._all = self._load_series()
        self.region = QComboBox()
        self._fill_regions()
        self.region.setAccessibleName(self.tr("Region"))
        self.index_box = QCheckBox(self.tr("Index gegen Deutschland (Basisjahr = 100)"))
        self.base_year = QComboBox()
        self.base_year.setEnabled(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_role(self.note, "estimateBox")
        self.list = QListWidget()
        self.list.setMinimumWidth(360)
        self.list.setWordWrap(True)  # long series names wrap instead of needing a horizontal scroll bar
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plot = plots.make_plot(self.tr("Ausbildung im Handwerk"), left=self.tr("Anzahl"), years=True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reihe"), self.tr("Stichtag"), self.tr("Wert"), self.tr("gerundet"), self.tr("Herausgeber")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setProperty("hwm_scrolls", True)  # as many rows as points of the chosen series: it scrolls
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.sources = SourceLine(ctx)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Region:")))
        top.addWidget(self.region)
        top.addSpacing(16)
        top.addWidget(self.index_box)
        top.addWidget(self.base_year)
        top.addStretch(1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Veröffentlichte Reihen (je Quelle, Stichtag und Abgrenzung):")))
        ll.addWidget(self.list)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.plot, 3)
        rl.addWidget(self.legend)
        rl.addWidget(self.table, 2)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(split, 1)
        lay.addWidget(self.sources)

        self.region.currentIndexChanged.connect(self._on_region_changed)
        self.list.itemChanged.connect(lambda _i: self._redraw())
        self.index_box.toggled.connect(self._on_index_toggled)
        self.base_year.currentIndexChanged.connect(lambda _i: self._redraw())
        self._on_region_changed()
        ctx.events.data_changed.connect(self.reload)

    # -- data ----------------------------------------------------------------------------------
    def _load_series(self) -> list[ap.Series]:
        """Published series plus the chamber's imported ones (none if the user database cannot be read)."""
        try:
            extra = ap.import_series(self.ctx.store, self.ctx.user_con)
        except (duckdb.Error, HandwerksmonitorError) as exc:
            log.warning("imported apprentice series not shown: %s", exc)
            extra = []
        return ap.all_series(self.ctx.store, extra=extra)

    def _fill_regions(self) -> None:
        """The fixed regions, then each district with imported chamber figures."""
        self.region.blockSignals(True)
        current = self.region.currentData()
        self.region.clear()
        for code, name in REGIONS:
            self.region.addItem(area_label(str(name)), code)
        fixed = {code for code, _ in REGIONS}
        districts = sorted({(s.region_name, s.region_code) for s in self._all
                            if s.family == "import" and s.region_code not in fixed})
        for name, code in districts:
            self.region.addItem(self.tr("%1 (Kreis, Kammerdaten)").replace("%1", name), code)
        i = self.region.findData(current) if current is not None else -1
        self.region.setCurrentIndex(max(i, 0))
        self.region.blockSignals(False)

    @Slot(object)
    def reload(self, _version: object = None) -> None:
        """Read the series again (after an import, a switch of the data version or an undo)."""
        self._all = self._load_series()
        self._fill_regions()
        self._on_region_changed()

    # -- state -------------------------------------------------------------------------------
    def region_code(self) -> str:
        return str(self.region.currentData())

    def set_region(self, code: str) -> None:
        i = self.region.findData(code)
        if i >= 0:
            self.region.setCurrentIndex(i)

    def region_series(self) -> list[ap.Series]:
        return [s for s in self._all if s.region_code == self.region_code()]

    def _pair_pool(self) -> list[ap.Series]:
        """The region's series plus Germany's (the index view compares the two)."""
        return self.region_series() + [s for s in self._all if s.region_code == "DG" and self.region_code() != "DG"]

    def checked_series(self) -> list[ap.Series]:
        keys = {
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }
        return [s for s in self.region_series() if s.key in keys]

    def _on_region_changed(self, *_a) -> None:
        code = self.region_code()
        district = code not in {c for c, _ in REGIONS}
        self.note.setVisible(code.startswith("HWK") or district)
        if district:
            self.note.setText(self.tr(
                "Eigene Daten der Kammer für diesen Kreis aus dem Import der Kammer-Vorlage (Bestand am 31.12.); "
                "jede Reihe nennt ihren Import. Nicht mit ZDH- oder Statistik-Reihen vermischt."))
        else:
            self.note.setText(
                self.tr("Hinweis: ") + (ap.CHAMBER_NOTE_EN if self.ctx.lang == "en" else ap.CHAMBER_NOTE_DE)
            )
        self.list.blockSignals(True)
        self.list.clear()
        series = self.region_series()
        preferred = {s.key for s in series if s.breakdown == "total" and len(s.points) >= 2}
        if not preferred and series:
            preferred = {next((s.key for s in series if s.breakdown == "total"), series[0].key)}
        for s in series:
            item = QListWidgetItem(f"{s.short_label(self.ctx.lang)} ({len(s.points)})")
            item.setToolTip(s.label(self.ctx.lang))
            item.setData(Qt.ItemDataRole.UserRole, s.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.key in preferred else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        pairs = ap.comparable_pairs(self._pair_pool())
        self.index_box.setEnabled(bool(pairs) and code != "DG")
        if not self.index_box.isEnabled():
            self.index_box.setChecked(False)
        self._fill_base_years()
        self._redraw()

    def _fill_base_years(self) -> None:
        self.base_year.blockSignals(True)
        self.base_year.clear()
        years = sorted({y for _a, _b, common in ap.comparable_pairs(self._pair_pool()) for y in common})
        for y in years:
            self.base_year.addItem(str(y), y)
        self.base_year.blockSignals(False)

    def _on_index_toggled(self, on: bool) -> None:
        self.base_year.setEnabled(on)
        self._redraw()

    # -- drawing -----------------------------------------------------------------------------
    def _redraw(self) -> None:
        plot = self.plot.getPlotItem()
        plot.clear()
        rows: list[tuple[ap.Series, ap.Point]] = []
        shown = self.checked_series()
        legend: list[tuple[str, str]] = []
        if self.index_box.isChecked() and self.base_year.count():
            legend = self._draw_index(plot)
            self._fill_index_table()
            self.legend.setText("  ".join(
                f"<span style='color:{c}; font-size:14pt'>●</span>&nbsp;{html.escape(t)}" for c, t in legend))
            self.sources.set_sources([provenance.get("ausbildung")])
            self.series_changed.emit()
            return
        else:
            plot.setLabel("left", self.tr("Anzahl"))
            for n, s in enumerate(shown):
                color = palette.SERIES[n % len(palette.SERIES)]
                xs = [point_year(p.date) for p in s.points]
                ys = [p.value for p in s.points]
                plot.addItem(pg.ScatterPlotItem(xs, ys, size=12, brush=pg.mkBrush(color), pen=pg.mkPen("w")))
                for run in ap.chart_segments(s):  # lines only between consecutive years
                    if len(run) > 1:
                        plot.plot([y for y, _ in run], [v for _, v in run], pen=plots.pen(color, 2))
                legend.append((color, s.short_label(self.ctx.lang)))
                rows += [(s, p) for p in s.points]
        self.legend.setText(
            "  ".join(f"<span style='color:{c}; font-size:14pt'>●</span>&nbsp;{html.escape(t)}" for c, t in legend)
        )
        self.table.setRowCount(len(rows))
        for r, (s, p) in enumerate(rows):
            vals = [s.short_label(self.ctx.lang), fmt_date(p.date), fmt_number(p.value),
                    self.tr("ja") if p.approximate else "", ap.publisher_label(s.publisher, self.ctx.lang)]
            for c, v in enumerate(vals):
                item = QTableWidgetItem(v)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip("\n".join(x for x in (s.label(self.ctx.lang), p.url, p.note) if x))
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        # one dataset record (the table names each point's publisher and, as tooltip, its address), plus the
        # provenance of every shown imported series
        imported = [s.import_record for s in shown if s.import_record is not None]
        published = [provenance.get("ausbildung")] if any(s.import_record is None for s in shown) or not shown else []
        self.sources.set_sources(published + imported)
        self.series_changed.emit()

    def _index_pairs(self) -> list[tuple[ap.Series, ap.Series]]:
        base = int(self.base_year.currentData())
        return [(a, b) for a, b, common in ap.comparable_pairs(self._pair_pool()) if base in common]

    def _fill_index_table(self) -> None:
        base = int(self.base_year.currentData())
        rows = []
        for a, b in self._index_pairs():
            idx = ap.index_comparison(a, b, base)
            for series, col in ((a, "a"), (b, "b")):
                vals = series.years()
                rows += [(series, y, vals[y], v) for y, v in zip(idx["year"], idx[col], strict=True)]
        self.table.setRowCount(len(rows))
        for r, (s, y, value, index) in enumerate(rows):
            cells = [f"{ap.region_label(s.region_name, self.ctx.lang)}: {s.short_label(self.ctx.lang)}", str(y),
                     f"{fmt_number(value)} (Index {fmt_number(index, 1)})", "", ap.publisher_label(s.publisher, self.ctx.lang)]
            for c, v in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(v))

    def _draw_index(self, plot) -> list[tuple[str, str]]:
        base = int(self.base_year.currentData())
        plot.setLabel("left", self.tr("Index (Basisjahr = 100)"))
        legend = []
        for n, (a, b) in enumerate(self._index_pairs()):
            idx = ap.index_comparison(a, b, base)
            for series, col, color in ((a, "a", palette.SERIES[(2 * n) % 9]), (b, "b", palette.SERIES[(2 * n + 1) % 9])):
                plot.plot(idx["year"].tolist(), idx[col].tolist(), pen=plots.pen(color, 2), symbol="o",
                          symbolSize=10, symbolBrush=color)
                legend.append((color, f"{ap.region_label(series.region_name, self.ctx.lang)}: {series.short_label(self.ctx.lang)}"))
        return legend
