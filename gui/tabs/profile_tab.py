"""Kreisprofile: the region map, a district list, key figures, time series and the Gewerbegruppen table.

All numbers come from core (``core.profile.district_profile``, ``core.mapdata``, the store's series);
this module only arranges and formats them. Group-level figures are estimates and are shown in
italics with a "Schätzung" note. "Vergleichen" turns the list into a multi-selection and shows the
chosen districts side by side with the IRMD and Germany.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import mapdata
from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN
from core.errors import HandwerksmonitorError
from core.profile import district_profile
from gui import workers
from gui.area_names import area_label
from gui.charts import palette, plots
from gui.context import AppContext
from gui.formatting import fmt_number, fmt_percent
from gui.qtmodels.dataframe_model import SORT_ROLE, Column, DataFrameModel
from gui.tabs._support import KeyFigureCard, estimate_badge, make_source_line, records_to_provenance
from gui.widgets.region_map import RegionMap

POP_CHANGE_START = mapdata.POPULATION_CHANGE_START


def _prepare(store: Any, areas: list[str], year: int | None, with_series: bool) -> dict[str, Any]:
    """Worker job: profiles of ``areas`` in ``year`` (None: each area's latest year) and, if asked,
    the yearly population and business series of all areas (one query)."""
    version = int(getattr(store, "facts_version", 0))
    profiles: dict[tuple[str, int | None], dict[str, Any]] = {}
    for a in areas:
        try:
            prof = district_profile(store, a, year)
        except HandwerksmonitorError:
            continue
        profiles[(a, year)] = prof
        profiles[(a, prof["year"])] = prof
    series = None
    if with_series:
        series = store.query(
            "SELECT area_code, year, indicator, value, flag, kind, dataset FROM facts "
            "WHERE gewerbegruppe = 'insgesamt' AND indicator IN ('population', 'businesses') "
            "AND value IS NOT NULL ORDER BY area_code, indicator, year"
        )
    return {"version": version, "year": year, "profiles": profiles, "series": series}


def _nan(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


class ProfileTab(QWidget):
    """Kreisprofile tab (see module docstring)."""

    estimates_shown = Signal(bool)
    data_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.region = ctx.store.region
        self.current: str | None = None
        self.compared: list[str] = []
        self.profile: dict[str, Any] | None = None
        self.profile_year: int | None = None
        self._ready = False
        self._data_emitted = False
        self._pending: str | None = None
        self._est_map = False
        self._est_profile = False
        self._worker: workers.Worker | None = None
        self._card_sources: list[Any] = []
        self._profiles: dict[tuple[str, int | None, int], dict[str, Any]] = {}
        self._map_years: dict[tuple[str, int], list[int]] = {}
        self._series: dict[tuple[str, str], pd.DataFrame] | None = None
        self._series_empty = pd.DataFrame(columns=["area_code", "year", "value", "kind", "dataset", "flag"])
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self._save_district)
        self._build()
        self._start_loading()

    # ================================================================== layout
    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(10)
        root.addWidget(self._build_left(), 0)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_profile_page())
        self.pages.addWidget(self._scroll(self._build_compare_page()))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 13pt; color: #444444;")
        self.message.setText(self.tr("Daten werden geladen …"))
        self.pages.addWidget(self.message)
        self.pages.setCurrentWidget(self.message)
        root.addWidget(self.pages, 1)

    @staticmethod
    def _scroll(w: QWidget) -> QScrollArea:
        sa = QScrollArea()
        sa.setWidget(w)
        sa.setWidgetResizable(True)
        sa.setFrameShape(QFrame.Shape.NoFrame)
        return sa

    def _build_left(self) -> QWidget:
        left = QWidget()
        left.setFixedWidth(410)
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)

        head = QHBoxLayout()
        title = QLabel(self.tr("Kreise der Region"))
        title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        head.addWidget(title)
        head.addStretch(1)
        self.compare_button = QPushButton(self.tr("Vergleichen"))
        self.compare_button.setCheckable(True)
        self.compare_button.setToolTip(
            self.tr("Mehrere Kreise auswählen (Klick in Liste oder Karte) und nebeneinander vergleichen")
        )
        self.compare_button.toggled.connect(self._set_compare_mode)
        head.addWidget(self.compare_button)
        lay.addLayout(head)

        self.district_list = QListWidget()
        self.district_list.setStyleSheet("font-size: 11pt;")
        # two columns of names, so the map keeps the height
        self.district_list.setFlow(QListWidget.Flow.TopToBottom)
        self.district_list.setWrapping(True)
        self.district_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.district_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for d in sorted(self.region.districts, key=lambda d: d.name):
            kind = self.tr("Kreisfreie Stadt") if d.type == "urban" else self.tr("Landkreis")
            it = QListWidgetItem(d.name)
            it.setToolTip(f"{d.name} ({kind}, {d.chamber_name})")
            it.setData(Qt.ItemDataRole.UserRole, d.ags)
            self.district_list.addItem(it)
        row_h = max(self.district_list.sizeHintForRow(0), 22) + 2
        rows = (self.district_list.count() + 1) // 2
        self.district_list.setGridSize(QSize(195, row_h))
        self.district_list.setFixedHeight(row_h * rows + 8)
        self.district_list.itemSelectionChanged.connect(self._list_selection_changed)
        lay.addWidget(self.district_list)

        controls = QGridLayout()
        controls.setHorizontalSpacing(6)
        controls.addWidget(QLabel(self.tr("Karte:")), 0, 0)
        self.indicator_combo = QComboBox()
        for key, (label, _unit) in self._indicator_texts().items():
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
        lay.addLayout(controls)

        self.map = RegionMap(self.region)
        self.map.district_selected.connect(self._map_clicked)
        lay.addWidget(self.map, 1)
        self.map_source = make_source_line(self.ctx)
        lay.addWidget(self.map_source)

        self.indicator_combo.currentIndexChanged.connect(self._indicator_changed)
        self.map_year_combo.currentIndexChanged.connect(self._refresh_map)
        self.group_combo.currentIndexChanged.connect(self._indicator_changed)
        return left

    def _build_profile_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)

        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 19pt; font-weight: 700; color: #0B2E4F;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("font-size: 11pt; color: #4A5563;")
        self.subtitle.setWordWrap(True)  # long chamber names (and English) wrap instead of being cut off
        head.addWidget(self.title)
        head.addSpacing(10)
        head.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(QLabel(self.tr("Jahr:")))
        self.year_combo = QComboBox()
        self.year_combo.setToolTip(
            self.tr("Berichtsjahr der Kennzahlen (Summen ab 2015 und alle Gruppenwerte: Schätzung)")
        )
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        head.addWidget(self.year_combo)
        lay.addLayout(head)

        cards = QHBoxLayout()
        cards.setSpacing(8)
        self.card_population = KeyFigureCard(self.tr("Einwohner"))
        self.card_inh_km2 = KeyFigureCard(self.tr("Einwohner je km²"))
        self.card_businesses = KeyFigureCard(self.tr("Handwerksbetriebe"))
        self.card_employees = KeyFigureCard(self.tr("Beschäftigte"))
        self.card_density = KeyFigureCard(self.tr("Betriebsdichte"), unit=self.tr("je 1.000 Einw."))
        self.card_density.setToolTip(self.tr("Handwerksbetriebe je 1.000 Einwohner"))
        self.card_employees.setToolTip(self.tr("Tätige Personen im Handwerk (Anlage A und B1)"))
        for c in (
            self.card_population,
            self.card_inh_km2,
            self.card_businesses,
            self.card_employees,
            self.card_density,
        ):
            c.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            cards.addWidget(c)
        lay.addLayout(cards)

        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.addTab(self._build_charts(), self.tr("Entwicklung"))
        self.detail_tabs.addTab(self._build_groups(), self.tr("Gewerbegruppen"))
        from gui.widgets.district_study_section import DistrictStudySection

        self.study_section = DistrictStudySection(self.ctx)
        self.detail_tabs.addTab(self.study_section, self.tr("Ausbildung und Betriebsgröße"))
        lay.addWidget(self.detail_tabs, 1)
        return page

    def _build_charts(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.setSpacing(4)
        charts = QHBoxLayout()
        self.pop_plot = plots.make_plot(self.tr("Bevölkerung (31.12.)"), years=True)
        self.bus_plot = plots.make_plot(self.tr("Handwerksbetriebe (amtlich)"), years=True)
        for p in (self.pop_plot, self.bus_plot):
            p.setMinimumHeight(200)
            charts.addWidget(p)
        lay.addLayout(charts, 1)
        self.census_note = QLabel()
        self.census_note.setWordWrap(True)
        self.census_note.setStyleSheet("color: #555555; font-size: 10pt;")
        lay.addWidget(self.census_note)
        self.charts_source = make_source_line(self.ctx)
        lay.addWidget(self.charts_source)
        return w

    def _build_groups(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.setSpacing(4)
        thead = QHBoxLayout()
        self.groups_title = QLabel()
        self.groups_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        thead.addWidget(self.groups_title)
        self.groups_badge = estimate_badge(self.tr("Schätzung"))
        thead.addWidget(self.groups_badge)
        self.groups_note = QLabel(
            self.tr(
                "Werte je Gewerbegruppe sind Schätzungen (kursiv). LQ: Lokalisationsfaktor der "
                "Beschäftigten gegenüber Deutschland (über 1 = stärker vertreten als im Bund)."
            )
        )
        self.groups_note.setWordWrap(True)
        self.groups_note.setStyleSheet(f"color: {palette.ESTIMATE_TEXT}; font-size: 10pt;")
        thead.addWidget(self.groups_note, 1)
        lay.addLayout(thead)
        self.groups_model = DataFrameModel(self._group_columns(), self.tr("Schätzung"), self)
        self.groups_table = QTableView()
        self.groups_table.setModel(self.groups_model)
        self.groups_table.verticalHeader().hide()
        self.groups_table.setAlternatingRowColors(True)
        self.groups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = self.groups_table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups_table.verticalHeader().setDefaultSectionSize(26)
        self.groups_table.setWordWrap(False)
        self.groups_table.setStyleSheet("font-size: 11pt;")
        self.groups_table.setFixedHeight(26 * 7 + 52)
        lay.addWidget(self.groups_table)
        self.lq_plot = plots.make_plot(self.tr("Lokalisationsfaktor der Beschäftigten (Deutschland = 1)"))
        self.lq_plot.setMinimumHeight(150)
        lay.addWidget(self.lq_plot, 1)
        self.groups_source = make_source_line(self.ctx)
        lay.addWidget(self.groups_source)
        return w

    def _build_compare_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.setSpacing(6)
        self.compare_title = QLabel(self.tr("Kreisvergleich"))
        self.compare_title.setStyleSheet("font-size: 19pt; font-weight: 700; color: #0B2E4F;")
        self.compare_hint = QLabel(
            self.tr("Kreise in der Liste oder auf der Karte anklicken: hinzufügen oder entfernen.")
        )
        self.compare_hint.setStyleSheet("font-size: 11pt; color: #4A5563;")
        self.compare_hint.setWordWrap(True)
        trow = QHBoxLayout()
        trow.addWidget(self.compare_title)
        trow.addSpacing(12)
        trow.addWidget(self.compare_hint, 1, Qt.AlignmentFlag.AlignBottom)
        lay.addLayout(trow)
        self.compare_table = QTableWidget()
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.setStyleSheet("font-size: 11pt;")
        self.compare_table.setAlternatingRowColors(True)
        self.compare_table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.compare_table.setWordWrap(True)
        lay.addWidget(self.compare_table)
        self.compare_note = QLabel()
        self.compare_note.setWordWrap(True)
        self.compare_note.setStyleSheet(f"color: {palette.ESTIMATE_TEXT}; font-size: 10pt;")
        lay.addWidget(self.compare_note)
        self.compare_source = make_source_line(self.ctx)
        lay.addWidget(self.compare_source)
        self.compare_plot = plots.make_plot(self.tr("Betriebe je 1.000 Einwohner"))
        self.compare_plot.setFixedHeight(175)
        lay.addWidget(self.compare_plot)
        lay.addStretch(1)
        return page

    # ================================================================== texts
    def _indicator_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "business_density": (self.tr("Betriebsdichte"), self.tr("Betriebe je 1.000 Einw.")),
            "population_change": (self.tr("Bevölkerungsentwicklung"), "%"),
            "employees_per_business": (self.tr("Beschäftigte je Betrieb"), self.tr("Personen je Betrieb")),
            "group_share": (self.tr("Anteil einer Gewerbegruppe"), self.tr("% der Betriebe")),
        }

    def _group_name(self, g: str) -> str:
        return GEWERBEGRUPPEN_EN.get(g, g) if self.ctx.lang == "en" else g

    def _group_columns(self) -> list[Column]:
        def num(d: int) -> Callable[[Any], str]:
            return lambda v: fmt_number(v, d)

        return [
            Column(
                "gewerbegruppe",
                self.tr("Gewerbegruppe"),
                self._group_name,
                numeric=False,
                color=palette.group_color,
            ),
            Column("businesses", self.tr("Betriebe"), num(0), estimate=True),
            Column("employees", self.tr("Beschäftigte"), num(0), estimate=True),
            Column(
                "share_businesses",
                self.tr("Anteil\nBetriebe"),
                fmt_percent,
                estimate=True,
                tooltip=self.tr("Anteil an allen Handwerksbetrieben des Kreises"),
            ),
            Column(
                "share_employees",
                self.tr("Anteil\nBeschäftigte"),
                fmt_percent,
                estimate=True,
                tooltip=self.tr("Anteil an allen Beschäftigten im Handwerk des Kreises"),
            ),
            Column(
                "density",
                self.tr("Betriebe je\n1.000 Einw."),
                num(2),
                estimate=True,
                tooltip=self.tr("Betriebe der Gruppe je 1.000 Einwohner"),
            ),
            Column(
                "lq",
                self.tr("LQ"),
                num(2),
                estimate=True,
                tooltip=self.tr("Lokalisationsfaktor (Beschäftigte) gegenüber Deutschland"),
            ),
        ]

    # ================================================================== loading
    def _areas(self) -> list[str]:
        return [*self.region.district_codes, self.region.code, "DG"]

    def _version(self) -> int:
        return int(getattr(self.store, "facts_version", 0))

    def _start_loading(self) -> None:
        """Compute everything a click needs off the GUI thread: core's caches, the yearly series of
        every area and the first district's profile (so it shows as early as possible); then, in a
        second worker, the profiles of all other districts, the IRMD and Germany. A click then only
        fills widgets; another year is computed in a worker the same way."""
        first = self._saved_district() or self.region.district_codes[0]
        self._worker = workers.run_in_thread(
            _prepare, self.store, [first], None, True, on_result=self._loaded, on_error=self._load_failed
        )

    def _store_prepared(self, result: dict[str, Any]) -> None:
        if result["version"] != self._version():
            return
        if result.get("series") is not None:
            frame = result["series"]
            self._series_empty = frame.iloc[0:0]
            self._series = {
                (str(a), str(i)): sub for (a, i), sub in frame.groupby(["area_code", "indicator"])
            }
        for (area, year), prof in result["profiles"].items():
            self._profiles[(area, year, result["version"])] = prof

    def _loaded(self, result: dict[str, Any]) -> None:
        self._store_prepared(result)
        self._ready = True
        self._indicator_changed()
        start = self._pending or self._saved_district() or self.region.district_codes[0]
        self._pending = None
        self.select_district(start)
        rest = [a for a in self._areas() if self._cached(a, None) is None]
        self._worker = workers.run_in_thread(
            _prepare, self.store, rest, None, False, on_result=self._store_prepared
        )

    def _load_failed(self, exc: object) -> None:
        msg = exc.message(self.ctx.lang) if isinstance(exc, HandwerksmonitorError) else str(exc)
        self._show_message(self.tr("Die Daten konnten nicht geladen werden: ") + msg)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)

    def _saved_district(self) -> str | None:
        try:
            from gui import settings

            code = settings.value(settings.LAST_DISTRICT)
        except Exception:  # settings are a convenience; never fail the tab for them
            return None
        return code if code in self.region.district_codes else None

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._ready:
            self._report_estimates()

    def _save_district(self) -> None:
        if self.current is None:
            return
        try:
            from gui import settings

            settings.set_value(settings.LAST_DISTRICT, self.current)
        except Exception:  # settings are a convenience; never fail the tab for them
            pass

    def shutdown(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_district()
        if self._worker is not None:
            self._worker.cancel()

    # ================================================================== selection
    def select_district(self, code: str) -> None:
        """Show the profile of ``code`` (AGS or name); in compare mode add it to the comparison."""
        try:
            ags = self.region.district(code).ags
        except HandwerksmonitorError:
            return
        if not self._ready:
            self._pending = ags
            return
        if self.compare_button.isChecked():
            if ags not in self.compared:
                self.compared.append(ags)
            self._sync_selection()
            self._fill_compare()
            return
        self.current = ags
        self._sync_selection()
        self._fill_profile()
        self._save_timer.start()  # remember the district (debounced: writing the file takes a while)

    def _map_clicked(self, ags: str) -> None:
        if self.compare_button.isChecked() and ags in self.compared:
            self.compared.remove(ags)
            self._sync_selection()
            self._fill_compare()
        else:
            self.select_district(ags)

    def _list_selection_changed(self) -> None:
        codes = [it.data(Qt.ItemDataRole.UserRole) for it in self.district_list.selectedItems()]
        if self.compare_button.isChecked():
            # keep the order in which districts were added
            self.compared = [c for c in self.compared if c in codes] + [
                c for c in codes if c not in self.compared
            ]
            self._sync_selection()
            self._fill_compare()
        elif codes and codes[0] != self.current:
            self.select_district(codes[0])

    def _sync_selection(self) -> None:
        chosen = self.compared if self.compare_button.isChecked() else [self.current] if self.current else []
        with QSignalBlocker(self.district_list):
            for i in range(self.district_list.count()):
                it = self.district_list.item(i)
                it.setSelected(it.data(Qt.ItemDataRole.UserRole) in chosen)
                if chosen and it.data(Qt.ItemDataRole.UserRole) == chosen[-1]:
                    self.district_list.setCurrentItem(it, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.district_list.viewport().update()
        self.map.set_selection(chosen)

    def _set_compare_mode(self, on: bool) -> None:
        mode = (
            QAbstractItemView.SelectionMode.MultiSelection
            if on
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.district_list.setSelectionMode(mode)
        if on:
            self.compared = [self.current] if self.current else []
            others = [c for c in self.region.district_codes if c != self.current]
            if len(self.compared) < 2 and others:
                # start with a meaningful pair: the district and its chamber's city (or the first other)
                self.compared.append(self._partner(self.current) or others[0])
            self._sync_selection()
            self._fill_compare()
            self.pages.setCurrentIndex(1)
        else:
            if self.compared:
                self.current = self.compared[-1]
            self.compared = []
            self._sync_selection()
            self._fill_profile()
        self._report_estimates()

    def _partner(self, ags: str | None) -> str | None:
        if ags is None:
            return None
        me = next(d for d in self.region.districts if d.ags == ags)
        same = [d for d in self.region.districts if d.chamber == me.chamber and d.ags != ags]
        same.sort(key=lambda d: d.type != "urban")
        return same[0].ags if same else None

    # ================================================================== map
    def _indicator_changed(self) -> None:
        key = self.indicator_combo.currentData()
        self.group_combo.setVisible(key == "group_share")
        if not self._ready:
            return
        cache_key = (key, self._version())
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
        self._refresh_map()

    def _refresh_map(self) -> None:
        if not self._ready:
            return
        key = self.indicator_combo.currentData()
        year = self.map_year_combo.currentData()
        group = self.group_combo.currentData() if key == "group_share" else None
        label, unit = self._indicator_texts()[key]
        if year is None:
            self.map.set_values({}, label, unit, fmt_number, lambda _a: "", self.tr("Schätzung"))
            self.map_source.set_sources([])
            return
        try:
            values = mapdata.map_values(self.store, key, year, group)
        except HandwerksmonitorError as exc:
            self.map.set_values({}, label, unit, fmt_number, lambda _a: "", self.tr("Schätzung"))
            self.map.legend.title.setText(exc.message(self.ctx.lang))
            return
        decimals = mapdata.MAP_INDICATORS[key].decimals
        if key == "population_change":
            title = f"{label} {POP_CHANGE_START}–{year}"
            fmt: Callable[[float], str] = lambda v: fmt_percent(v / 100.0, decimals, signed=True).replace(  # noqa: E731
                "\u00a0%", ""
            )
        else:
            title = f"{label} {year}"
            fmt = lambda v: fmt_number(v, decimals)  # noqa: E731
        if group:
            title = f"{self._group_name(group)} {year}"
        lang = self.ctx.lang

        def source_of(ags: str) -> str:
            v = values.get(ags)
            provs = records_to_provenance(v.dataset.split(",")) if v and v.dataset else []
            return (self.tr("Quelle: ") + "; ".join(p.label(lang) for p in provs)) if provs else ""

        self.map.set_values(values, title, unit, fmt, source_of, self.tr("Schätzung"))
        ids = sorted({i for v in values.values() for i in v.dataset.split(",") if i})
        self.map_source.set_sources(records_to_provenance(ids))
        self._est_map = any(v.kind == "estimate" for v in values.values())
        self._report_estimates()

    # ================================================================== profile
    def _year_changed(self) -> None:
        y = self.year_combo.currentData()
        if y is None or y == self.profile_year:
            return
        self.profile_year = y
        if all(self._cached(a, y) is not None for a in self._areas()):
            self._refill()
            return
        # another year: compute all profiles in a worker, then fill
        self.year_combo.setEnabled(False)
        self._worker = workers.run_in_thread(
            _prepare,
            self.store,
            self._areas(),
            y,
            False,
            on_result=self._year_ready,
            on_error=self._load_failed,
        )

    def _year_ready(self, result: dict[str, Any]) -> None:
        self.year_combo.setEnabled(True)
        self._store_prepared(result)
        if self.profile_year == result["year"]:
            self._refill()

    def _refill(self) -> None:
        if self.compare_button.isChecked():
            self._fill_compare()
        else:
            self._fill_profile()

    def _cached(self, key: str, year: int | None) -> dict[str, Any] | None:
        return self._profiles.get((key, year, self._version()))

    def _compute(self, key: str) -> dict[str, Any] | None:
        """The profile of ``key`` in the chosen year (prepared in a worker; computed here only if the
        data changed since), falling back to the area's latest year if that year does not exist."""
        prof = self._cached(key, self.profile_year) or self._cached(key, None)
        if prof is not None:
            return prof
        try:
            try:
                prof = district_profile(self.store, key, self.profile_year)
            except HandwerksmonitorError:
                if self.profile_year is None:
                    raise
                prof = district_profile(self.store, key, None)
        except HandwerksmonitorError as exc:
            self._show_message(exc.message(self.ctx.lang))
            return None
        self._profiles[(key, prof["year"], self._version())] = prof
        return prof

    def _fill_profile(self) -> None:
        if self.current is None:
            return
        prof = self._compute(self.current)
        if prof is None:
            return
        self.profile = prof
        self.profile_year = prof["year"]
        self._fill_year_combo(prof["years_available"], prof["year"])
        est = self.tr("Schätzung")
        d = next(x for x in self.region.districts if x.ags == prof["ags"])
        kind = self.tr("Kreisfreie Stadt") if d.type == "urban" else self.tr("Landkreis")
        self.title.setText(prof["name"])
        self.subtitle.setText(f"{kind} · {area_label(prof['state'])} · {prof['chamber'] or ''}")
        self.study_section.set_district(prof["ags"])
        year = prof["year"]

        # key figures
        pop = prof["population_year"]
        change = mapdata.district_value(
            self.store, prof["ags"], "population_change", year, start=POP_CHANGE_START
        )
        detail = ""
        if not math.isnan(change.value) and year != POP_CHANGE_START:
            detail = (
                self.tr("%1 seit %2")
                .replace("%1", fmt_percent(change.value / 100.0, 1, signed=True))
                .replace("%2", str(POP_CHANGE_START))
            )
            _df, breaks = self._series_segments(prof["ags"], "population", official_only=True)
            crossed = [b for b in breaks if POP_CHANGE_START < b <= year]
            if crossed:  # the change includes a census correction: say so
                detail += " " + self.tr("(Zensusbruch %1)").replace("%1", str(crossed[-1]))
        self.card_population.caption.setText(self.tr("Einwohner %1").replace("%1", str(year)))
        self.card_population.set(fmt_number(pop), detail)
        self.card_inh_km2.set(
            fmt_number(prof["density_inhabitants_km2"], 0),
            self.tr("Fläche %1 km²").replace("%1", fmt_number(prof["area_km2"], 0)),
        )
        b, e = prof["businesses"], prof["employees"]
        self.card_businesses.set(
            fmt_number(b["value"]), self.tr("Anlage A und B1"), est if b["kind"] == "estimate" else ""
        )
        epb = prof["employees_per_business"]
        self.card_employees.set(
            fmt_number(e["value"]),
            self.tr("%1 je Betrieb").replace("%1", fmt_number(epb, 1)),
            est if e["kind"] == "estimate" else "",
        )
        dens = prof["business_density"]
        area_d = dens["area"]
        irmd = dens.get(self.region.code, {})
        de = dens.get("DG", {})
        self.card_density.set(
            fmt_number(area_d["value"], 1),
            self.tr("IRMD %1 · Deutschland %2")
            .replace("%1", fmt_number(irmd.get("value"), 1))
            .replace("%2", fmt_number(de.get("value"), 1)),
            est if "estimate" in (area_d["kind"], irmd.get("kind"), de.get("kind")) else "",
        )
        srcs = records_to_provenance(prof["sources"])
        card_est = any(
            k == "estimate" for k in (b["kind"], e["kind"], area_d["kind"], irmd.get("kind"), de.get("kind"))
        )
        self._card_sources = [p for p in srcs if p.kind != "estimate" or card_est]

        self._fill_charts(prof["ags"])
        self._fill_groups(prof)
        self.pages.setCurrentIndex(0)
        self._est_profile = card_est or True  # the Gewerbegruppen table always shows estimates
        self._report_estimates()
        if not self._data_emitted:
            self._data_emitted = True
            self.data_shown.emit()

    def _fill_year_combo(self, years: list[int], year: int) -> None:
        with QSignalBlocker(self.year_combo):
            self.year_combo.clear()
            for y in years:
                self.year_combo.addItem(str(y), y)
            if year in years:
                self.year_combo.setCurrentIndex(years.index(year))

    def _series_segments(
        self, area: str, indicator: str, official_only: bool
    ) -> tuple[pd.DataFrame, list[int]]:
        """Yearly values and the years that start a new method basis (flag ``b``)."""
        if self._series is not None:
            df = self._series.get((area, indicator), self._series_empty)
        else:
            df = self.store.facts_for([area], indicator)
        if official_only:
            df = df[df["kind"] == "official"]
        df = df.dropna(subset=["value"]).sort_values("year")
        first = int(df["year"].iloc[0]) if len(df) else 0
        breaks = [
            int(y)
            for y, f in zip(df["year"], df["flag"], strict=True)
            if isinstance(f, str) and "b" in f and int(y) != first  # a break before the first year: no mark
        ]
        return df, breaks

    @staticmethod
    def _xy_with_gaps(
        years: list[int], values: list[float], breaks: list[int]
    ) -> tuple[np.ndarray, np.ndarray]:
        """x/y arrays with NaN inserted at missing years and before method breaks (no line across them)."""
        xs: list[float] = []
        ys: list[float] = []
        prev: int | None = None
        for y, v in zip(years, values, strict=True):
            if prev is not None and (y != prev + 1 or y in breaks):
                xs.append(y - 0.5)
                ys.append(math.nan)
            xs.append(y)
            ys.append(v)
            prev = y
        return np.array(xs, dtype=float), np.array(ys, dtype=float)

    def _fill_charts(self, ags: str) -> None:
        """Population and official businesses per year; the curve items are made once and reused."""
        pop, pop_breaks = self._series_segments(ags, "population", official_only=True)
        bus, _ = self._series_segments(ags, "businesses", official_only=True)
        for plot, df, color, breaks in (
            (self.pop_plot, pop, palette.POPULATION, pop_breaks),
            (self.bus_plot, bus, palette.BUSINESSES, []),
        ):
            p = plot.getPlotItem()
            curve = getattr(plot, "curve", None)
            if curve is None:
                curve = p.plot(
                    [],
                    [],
                    pen=plots.pen(color),
                    connect="finite",
                    symbol="o",
                    symbolSize=6,
                    symbolBrush=QColor(color),
                    symbolPen=None,
                )
                plot.curve = curve  # type: ignore[attr-defined]
                plot.marks = []  # type: ignore[attr-defined]
            for item in plot.marks:  # type: ignore[attr-defined]
                p.removeItem(item)
            plot.marks = []  # type: ignore[attr-defined]
            if df.empty:
                curve.setData([], [])
                continue
            years = [int(y) for y in df["year"]]
            x, y = self._xy_with_gaps(years, [float(v) for v in df["value"]], breaks)
            curve.setData(x, y, connect="finite")
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
                lab = pg.TextItem(self.tr("Zensus"), color="#555555", anchor=(1, 0) if right_half else (0, 0))
                lab.setFont(palette.chart_font(10))
                lab.setPos(b - 0.55 if right_half else b - 0.45, mid + half)
                for item in (line, lab):
                    p.addItem(item)
                    plot.marks.append(item)  # type: ignore[attr-defined]
        if pop_breaks:
            self.census_note.setText(
                self.tr(
                    "Gestrichelt: Zensus-Umstellung der Bevölkerungszahlen (ab 2010 Zensus 2011, ab 2022 "
                    "Zensus 2022), davor und danach nicht direkt vergleichbar. Betriebe: nur Jahre mit amtlichen Daten."
                )
            )
        else:
            self.census_note.setText(self.tr("Betriebe: nur Jahre mit amtlichen Daten (Handwerkszählung)."))
        # one line for the key figures above and the two charts
        chart_src = records_to_provenance(sorted(set(pop["dataset"]) | set(bus["dataset"])))
        self.charts_source.set_sources(self._card_sources + chart_src)

    def _fill_groups(self, prof: dict[str, Any]) -> None:
        rows = []
        for g, v in prof["groups"].items():
            rows.append({"gewerbegruppe": g, "label": self._group_name(g), **v})
        df = pd.DataFrame(rows)
        self.groups_model.set_frame(df)
        self.groups_title.setText(self.tr("Gewerbegruppen %1").replace("%1", str(prof["year"])))
        self.groups_source.set_sources(
            [p for p in records_to_provenance(prof["sources"]) if p.kind in ("estimate",)]
            or records_to_provenance(prof["sources"])
        )
        self._fill_lq_plot(df)

    def _fill_lq_plot(self, df: pd.DataFrame) -> None:
        """Horizontal bars of the groups' LQ around the German average 1 (items made once, then moved)."""
        p = self.lq_plot.getPlotItem()
        n = len(df)
        ys = np.arange(n, dtype=float)[::-1]
        lqs = [float(v) if not _nan(v) else 1.0 for v in df["lq"]]
        groups = list(df["gewerbegruppe"])
        if not hasattr(self, "_lq_bars"):
            self._lq_bars = pg.BarGraphItem(x0=[1.0], x1=[1.0], y=[0.0], height=0.62, pen=None)
            p.addItem(self._lq_bars)
            self._lq_texts = [pg.TextItem("", color="#222222") for _ in range(n)]
            for t in self._lq_texts:
                t.setFont(palette.chart_font(10))
                p.addItem(t)
            p.addItem(pg.InfiniteLine(pos=1.0, angle=90, pen=plots.pen("#333333", 1.5)))
            p.getAxis("left").setWidth(140)
            p.showGrid(x=True, y=False, alpha=0.2)
        self._lq_bars.setOpts(
            x0=[min(1.0, v) for v in lqs],
            x1=[max(1.0, v) for v in lqs],
            y=ys,
            height=0.62,
            brushes=[palette.group_color(g) for g in groups],
            pen=None,
        )
        for t, y, lq in zip(self._lq_texts, ys, lqs, strict=False):
            t.setText(fmt_number(lq, 2))
            t.setAnchor((0, 0.5) if lq >= 1 else (1, 0.5))
            t.setPos(lq + (0.02 if lq >= 1 else -0.02), y)
        p.getAxis("left").setTicks(
            [[(float(y), palette.group_short(g, self.ctx.lang)) for y, g in zip(ys, groups, strict=True)]]
        )
        lo, hi = min([*lqs, 1.0]), max([*lqs, 1.0])
        p.getViewBox().setRange(xRange=(max(0.0, lo - 0.25), hi + 0.25), yRange=(-0.6, n - 0.4), padding=0)

    # ================================================================== compare
    def _fill_compare(self) -> None:
        areas = list(self.compared) + [self.region.code, "DG"]
        profs: list[dict[str, Any]] = []
        for a in areas:
            p = self._compute(a)
            if p is not None:
                profs.append(p)
        if not profs:
            return
        if self.pages.currentWidget() is self.message:
            self.pages.setCurrentIndex(1)
        year = profs[0]["year"]
        self._fill_year_combo(profs[0]["years_available"], year)
        self.profile_year = year
        est = self.tr("Schätzung")

        def change(p: dict[str, Any]) -> tuple[str, bool]:
            v = mapdata.district_value(
                self.store, p["ags"], "population_change", p["year"], start=POP_CHANGE_START
            )
            return fmt_percent(v.value / 100.0, 1, signed=True), False

        rows: list[tuple[str, Callable[[dict[str, Any]], tuple[str, bool]]]] = [
            (self.tr("Einwohner"), lambda p: (fmt_number(p["population_year"]), False)),
            (self.tr("Bevölkerung seit %1").replace("%1", str(POP_CHANGE_START)), change),
            (self.tr("Einwohner je km²"), lambda p: (fmt_number(p["density_inhabitants_km2"]), False)),
            (
                self.tr("Handwerksbetriebe"),
                lambda p: (fmt_number(p["businesses"]["value"]), p["businesses"]["kind"] == "estimate"),
            ),
            (
                self.tr("Beschäftigte im Handwerk"),
                lambda p: (fmt_number(p["employees"]["value"]), p["employees"]["kind"] == "estimate"),
            ),
            (
                self.tr("Beschäftigte je Betrieb"),
                lambda p: (
                    fmt_number(p["employees_per_business"], 1),
                    "estimate" in (p["businesses"]["kind"], p["employees"]["kind"]),
                ),
            ),
            (
                self.tr("Betriebe je 1.000 Einwohner"),
                lambda p: (
                    fmt_number(p["business_density"]["area"]["value"], 1),
                    p["business_density"]["area"]["kind"] == "estimate",
                ),
            ),
        ]

        def lq_of(group: str) -> Callable[[dict[str, Any]], tuple[str, bool]]:
            return lambda p: (fmt_number(p["groups"][group]["lq"], 2), True)

        for g in GEWERBEGRUPPEN:
            rows.append((self.tr("LQ %1").replace("%1", palette.group_short(g, self.ctx.lang)), lq_of(g)))
        t = self.compare_table
        t.clear()
        t.setColumnCount(len(profs))
        t.setRowCount(len(rows))
        t.setHorizontalHeaderLabels([self._short(p) for p in profs])
        t.setVerticalHeaderLabels([r[0] for r in rows])
        for i, g in enumerate(GEWERBEGRUPPEN):  # full names and meaning in the tooltip of the LQ rows
            item = t.verticalHeaderItem(len(rows) - len(GEWERBEGRUPPEN) + i)
            if item is not None:
                item.setToolTip(
                    self.tr("Lokalisationsfaktor der Beschäftigten gegenüber Deutschland: %1").replace(
                        "%1", self._group_name(g)
                    )
                )
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
                if c >= len(self.compared):
                    it.setBackground(QBrush(QColor("#F1F4F8")))
                t.setItem(r, c, it)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.setMinimumHeight(t.verticalHeader().length() + t.horizontalHeader().height() + 6)
        self.compare_title.setText(self.tr("Kreisvergleich %1").replace("%1", str(year)))
        self.compare_note.setText(
            self.tr("Kursiv: Schätzung (Werte je Gewerbegruppe und daraus gebildete Summen).")
            if any_est
            else ""
        )
        ids = sorted({s["id"] for p in profs for s in p["sources"]})
        self.compare_source.set_sources(records_to_provenance(ids))
        self._fill_compare_plot(profs)
        self.pages.setCurrentIndex(1)
        self._est_profile = any_est
        self._report_estimates()

    def _short(self, p: dict[str, Any]) -> str:
        if p["ags"] == self.region.code:
            return "IRMD"
        return area_label(p["name"])

    def _fill_compare_plot(self, profs: list[dict[str, Any]]) -> None:
        p = self.compare_plot.getPlotItem()
        p.clear()
        vals = [q["business_density"]["area"]["value"] for q in profs]
        xs = np.arange(len(profs), dtype=float)
        brushes = [
            QColor(palette.SERIES[0]) if i < len(self.compared) else QColor("#9AA5B1")
            for i in range(len(profs))
        ]
        bars = pg.BarGraphItem(
            x=xs, height=[0 if _nan(v) else v for v in vals], width=0.6, brushes=brushes, pen=None
        )
        p.addItem(bars)
        for x, v in zip(xs, vals, strict=True):
            if not _nan(v):
                t = pg.TextItem(fmt_number(v, 1), color="#222222", anchor=(0.5, 1.0))
                t.setFont(palette.chart_font(11, bold=True))
                t.setPos(x, v)
                p.addItem(t)
        ax = p.getAxis("bottom")
        ax.setTicks([[(float(i), self._short(q)) for i, q in enumerate(profs)]])
        top = max((v for v in vals if not _nan(v)), default=1.0)
        p.setYRange(0, top * 1.18, padding=0)
        p.setXRange(-0.6, len(profs) - 0.4, padding=0)

    # ================================================================== status
    def _report_estimates(self) -> None:
        self.estimates_shown.emit(bool(self._est_map or self._est_profile))

    def estimates_on_screen(self) -> bool:
        return bool(self._est_map or self._est_profile)

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def compare() -> None:
            self.compare_button.setChecked(True)

        def group_map() -> None:
            self.compare_button.setChecked(False)
            self.indicator_combo.setCurrentIndex(self.indicator_combo.findData("group_share"))

        return [("vergleich", compare), ("karte-gewerbegruppe", group_map)]
