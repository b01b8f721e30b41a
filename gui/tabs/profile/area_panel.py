"""Left side of the Kreisprofile tab: the district list, the "Vergleichen" switch and the region map
with its indicator, year and group choosers and its source line.

The panel only shows; the tab decides what a click means (select, or add to the comparison).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import mapdata
from core.datastore import GEWERBEGRUPPEN
from core.errors import HandwerksmonitorError
from gui.context import AppContext
from gui.formatting import fmt_number, fmt_percent
from gui.style import set_role
from gui.tabs._support import make_source_line, records_to_provenance
from gui.widgets.region_map import RegionMap

POP_CHANGE_START = mapdata.POPULATION_CHANGE_START


class AreaPanel(QWidget):
    """District list + map. ``list_changed`` sends the area codes selected in the list,
    ``map_clicked`` the code of a clicked district, ``estimates_changed`` whether the map shows estimates."""

    list_changed = Signal(list)
    map_clicked = Signal(str)
    estimates_changed = Signal(bool)

    def __init__(
        self, ctx: AppContext, group_name: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.region = ctx.store.region
        self._group_name = group_name
        self._ready = False
        self._map_years: dict[tuple[str, int], list[int]] = {}
        self.setFixedWidth(410)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(self._build_head())
        lay.addWidget(self._build_list())
        lay.addLayout(self._build_controls())
        self.map = RegionMap(self.region)
        self.map.district_selected.connect(self.map_clicked)
        lay.addWidget(self.map, 1)
        self.map_source = make_source_line(self.ctx)
        lay.addWidget(self.map_source)
        self.indicator_combo.currentIndexChanged.connect(self._indicator_changed)
        self.map_year_combo.currentIndexChanged.connect(self.refresh_map)
        self.group_combo.currentIndexChanged.connect(self._indicator_changed)

    # ------------------------------------------------------------------ layout
    def _build_head(self) -> QHBoxLayout:
        head = QHBoxLayout()
        title = QLabel(self.tr("Kreise der Region"))
        set_role(title, "sectionTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.compare_button = QPushButton(self.tr("Vergleichen"))
        self.compare_button.setCheckable(True)
        self.compare_button.setToolTip(
            self.tr("Mehrere Kreise auswählen (Klick in Liste oder Karte) und nebeneinander vergleichen")
        )
        head.addWidget(self.compare_button)
        return head

    def _build_list(self) -> QListWidget:
        self.district_list = lw = QListWidget()
        set_role(lw, "body")
        # two columns of names, so the map keeps the height
        lw.setFlow(QListWidget.Flow.TopToBottom)
        lw.setWrapping(True)
        lw.setResizeMode(QListWidget.ResizeMode.Adjust)
        lw.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for d in sorted(self.region.districts, key=lambda d: d.name):
            kind = self.tr("Kreisfreie Stadt") if d.type == "urban" else self.tr("Landkreis")
            it = QListWidgetItem(d.name)
            it.setToolTip(f"{d.name} ({kind}, {d.chamber_name})")
            it.setData(Qt.ItemDataRole.UserRole, d.ags)
            lw.addItem(it)
        row_h = max(lw.sizeHintForRow(0), 22) + 2
        rows = (lw.count() + 1) // 2
        lw.setGridSize(QSize(195, row_h))
        lw.setFixedHeight(row_h * rows + 8)
        lw.itemSelectionChanged.connect(
            lambda: self.list_changed.emit([it.data(Qt.ItemDataRole.UserRole) for it in lw.selectedItems()])
        )
        return lw

    def _build_controls(self) -> QGridLayout:
        controls = QGridLayout()
        controls.setHorizontalSpacing(6)
        controls.addWidget(QLabel(self.tr("Karte:")), 0, 0)
        self.indicator_combo = QComboBox()
        for key, (label, _unit) in self.indicator_texts().items():
            self.indicator_combo.addItem(label, key)
        controls.addWidget(self.indicator_combo, 0, 1)
        self.map_year_combo = QComboBox()
        self.map_year_combo.setToolTip(self.tr("Jahr (bei der Bevölkerungsentwicklung: Endjahr)"))
        controls.addWidget(self.map_year_combo, 0, 2)
        self.group_combo = QComboBox()
        for g in GEWERBEGRUPPEN:
            self.group_combo.addItem(self._group_name(g), g)
        controls.addWidget(self.group_combo, 1, 1, 1, 2)
        self.group_combo.hide()
        controls.setColumnStretch(1, 1)
        return controls

    def indicator_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "business_density": (self.tr("Betriebsdichte"), self.tr("Unternehmen je 1.000 Einw.")),
            "population_change": (self.tr("Bevölkerungsentwicklung"), "%"),
            "employees_per_business": (self.tr("Tätige Personen je Unternehmen"), self.tr("Personen je Unternehmen")),
            "group_share": (self.tr("Anteil einer Gewerbegruppe"), self.tr("% der Unternehmen")),
            "succession": (self.tr("Nachfolge (Inhaber 60+)"), self.tr("% der Inhaber 60 Jahre und älter")),
        }

    # ------------------------------------------------------------------ selection
    def set_multi_selection(self, on: bool) -> None:
        mode = (
            QAbstractItemView.SelectionMode.MultiSelection
            if on
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.district_list.setSelectionMode(mode)

    def show_selection(self, chosen: list[str]) -> None:
        """Select ``chosen`` in the list (the last one current) and on the map, without signals."""
        with QSignalBlocker(self.district_list):
            for i in range(self.district_list.count()):
                it = self.district_list.item(i)
                it.setSelected(it.data(Qt.ItemDataRole.UserRole) in chosen)
                if chosen and it.data(Qt.ItemDataRole.UserRole) == chosen[-1]:
                    self.district_list.setCurrentItem(it, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.district_list.viewport().update()
        self.map.set_selection(chosen)

    # ------------------------------------------------------------------ map
    def set_ready(self) -> None:
        """Data are loaded: fill the year chooser and colour the map."""
        self._ready = True
        self._indicator_changed()

    def _indicator_changed(self) -> None:
        key = self.indicator_combo.currentData()
        self.group_combo.setVisible(key == "group_share")
        if not self._ready:
            return
        cache_key = (key, self.store.facts_version)
        if cache_key not in self._map_years:
            try:
                self._map_years[cache_key] = mapdata.available_years(self.store, key)
            except HandwerksmonitorError:
                self._map_years[cache_key] = []
        years = self._map_years[cache_key]
        prev = self.map_year_combo.currentData()
        with QSignalBlocker(self.map_year_combo):
            self.map_year_combo.clear()
            for y in years:
                label = f"{POP_CHANGE_START}–{y}" if key == "population_change" else str(y)
                self.map_year_combo.addItem(label, y)
            default = 2021 if key == "population_change" and 2021 in years else (years[-1] if years else None)
            target = prev if prev in years and key != "population_change" else default
            if target is not None:
                self.map_year_combo.setCurrentIndex(years.index(target))
        self.refresh_map()

    def _formatter(self, key: str) -> Callable[[float], str]:
        decimals = mapdata.MAP_INDICATORS[key].decimals
        if key == "population_change":
            return lambda v: fmt_percent(v / 100.0, decimals, signed=True).replace("\u00a0%", "")
        return lambda v: fmt_number(v, decimals)

    def refresh_map(self) -> None:
        if not self._ready:
            return
        key = self.indicator_combo.currentData()
        year = self.map_year_combo.currentData()
        group = self.group_combo.currentData() if key == "group_share" else None
        label, unit = self.indicator_texts()[key]
        est = self.tr("Schätzung")
        if year is None:
            self.map.set_values({}, label, unit, fmt_number, lambda _a: "", est)
            self.map_source.set_sources([])
            return
        try:
            values = mapdata.map_values(self.store, key, year, group)
        except HandwerksmonitorError as exc:
            self.map.set_values({}, label, unit, fmt_number, lambda _a: "", est)
            self.map.legend.title.setText(exc.message(self.ctx.lang))
            return
        title = f"{label} {POP_CHANGE_START}–{year}" if key == "population_change" else f"{label} {year}"
        if group:
            title = f"{self._group_name(group)} {year}"
        lang = self.ctx.lang

        extra = self.store.extra_provenance

        def source_of(area_code: str) -> str:
            v = values.get(area_code)
            provs = records_to_provenance(v.dataset.split(","), extra) if v and v.dataset else []
            return (self.tr("Quelle: ") + "; ".join(p.label(lang) for p in provs)) if provs else ""

        self.map.set_values(values, title, unit, self._formatter(key), source_of, est)
        ids = sorted({i for v in values.values() for i in v.dataset.split(",") if i})
        self.map_source.set_sources(records_to_provenance(ids, extra))
        self.estimates_changed.emit(any(v.kind == "estimate" for v in values.values()))
