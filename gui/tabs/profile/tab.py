"""Kreisprofile: the region map, a district list, key figures, time series and the Gewerbegruppen table.

All numbers come from core (``core.profile.district_profile`` as ``DistrictProfile``, ``core.mapdata``,
the store's series); the sections of this package only arrange and format them. Group-level figures
are estimates and are shown in italics with a "Schätzung" note. "Vergleichen" turns the list into a
multi-selection and shows the chosen districts side by side with the IRMD and Germany.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import mapdata
from core.datastore import GEWERBEGRUPPEN_EN
from core.errors import HandwerksmonitorError
from core.profile import DistrictProfile
from gui import settings, startup_imports, workers
from gui.area_names import area_label
from gui.context import AppContext
from gui.formatting import fmt_percent
from gui.probe import marker
from gui.style import set_role
from gui.tabs._support import records_to_provenance
from gui.tabs.base import Tab
from gui.tabs.profile.area_panel import AreaPanel
from gui.tabs.profile.data import Prepared, ProfileData, prepare
from gui.tabs.profile.development import DevelopmentSection
from gui.tabs.profile.key_figures import KeyFigureCards

if TYPE_CHECKING:
    from gui.tabs.profile.comparison import ComparisonPage, Row
    from gui.tabs.profile.groups import GroupsSection
    from gui.tabs.profile.register_section import RegisterSection
    from gui.tabs.profile.study_section import DistrictStudySection

# What the first profile does not show waits until it is on screen: the Entwicklung charts (pyqtgraph,
# ~0.3 s of CPU to import), the hidden sub-tabs (Gewerbegruppen table, Ausbildung und Betriebsgröße:
# pandas) and the comparison page. After ``data_shown`` their pure-Python modules are imported in a worker
# and the Qt ones on the GUI thread in slices (gui.startup_imports); the widgets are built here afterwards,
# a few per event-loop turn (or at once on first use).
_LAZY_SECTIONS = ("gui.charts.plots", "gui.charts.chart_export", "gui.tabs.profile.comparison",
                  "gui.tabs.profile.groups", "gui.tabs.profile.study_section", "gui.tabs.profile.register_section")
_SECTIONS_PURE = ("numpy", "pandas", "core.apprenticeships", "core.business_size", "core.register_compare",
                  "core.atomic_file", *startup_imports.PYQTGRAPH_PURE)

POP_CHANGE_START = mapdata.POPULATION_CHANGE_START


def _install_chart_export(widget: QWidget) -> None:
    """Right-click export (copy, PNG, SVG) on the pyqtgraph charts built after the tab itself."""
    from gui.charts.chart_export import install_chart_export_all

    install_chart_export_all(widget)


class ProfileTab(Tab):
    """Kreisprofile tab (see module docstring)."""


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.store = ctx.store
        self.region = ctx.store.region
        self.data = ProfileData(self.store)
        self.current: str | None = None
        self.compared: list[str] = []
        self.profile: DistrictProfile | None = None
        self.profile_year: int | None = None
        self._ready = False
        self._data_emitted = False
        self._pending: str | None = None
        self._shut_down = False
        self._lazy_steps: list[Callable[[], object]] = []
        self._lazy_timer = QTimer(self)
        self._lazy_timer.setSingleShot(True)
        self._lazy_timer.timeout.connect(self._lazy_step)
        self._est_map = False
        self._est_profile = False
        self._worker: workers.Worker | None = None
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
        self.areas = AreaPanel(self.ctx, self.group_name)
        self.areas.compare_button.toggled.connect(self._set_compare_mode)
        self.areas.list_changed.connect(self._list_selection_changed)
        self.areas.map_clicked.connect(self._map_clicked)
        self.areas.estimates_changed.connect(self._map_estimates)
        root.addWidget(self.areas, 0)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_profile_page())
        self._comparison: ComparisonPage | None = None
        self._compare_page = QWidget()  # replaced by the comparison page on first use
        self.pages.addWidget(self._compare_page)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.message, "pageMessage")
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

    def _build_profile_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(self._build_head())
        self.cards = KeyFigureCards(lang=self.ctx.lang)
        lay.addWidget(self.cards)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        self.development = DevelopmentSection(self.ctx)
        self.detail_tabs.addTab(self.development, self.tr("Entwicklung"))
        self._groups: GroupsSection | None = None
        self._study: DistrictStudySection | None = None
        self.detail_tabs.addTab(QWidget(), self.tr("Gewerbegruppen"))  # replaced by _build_sections
        self.detail_tabs.addTab(QWidget(), self.tr("Ausbildung und Betriebsgröße"))
        self._register: RegisterSection | None = None
        self.detail_tabs.addTab(QWidget(), self.tr("Kammerregister und Nachfolge"))
        self.detail_tabs.currentChanged.connect(self._detail_tab_changed)
        lay.addWidget(self.detail_tabs, 1)
        return page

    # ---------------------------------------------------------------- lazy sub-tabs
    @property
    def comparison(self) -> ComparisonPage:
        if self._comparison is None:
            from gui.tabs.profile.comparison import ComparisonPage

            self._comparison = ComparisonPage(self.ctx, self.group_name)
            scroll = self._scroll(self._comparison)
            current = self.pages.currentWidget()
            self.pages.removeWidget(self._compare_page)
            self._compare_page.deleteLater()
            self.pages.insertWidget(1, scroll)
            self.pages.setCurrentWidget(scroll if current is self._compare_page or current is None else current)
            _install_chart_export(scroll)
        return self._comparison

    @property
    def groups(self) -> GroupsSection:
        self._build_sections()
        assert self._groups is not None
        return self._groups

    @property
    def study_section(self) -> DistrictStudySection:
        self._build_sections()
        assert self._study is not None
        return self._study

    @property
    def register_section(self) -> RegisterSection:
        self._build_sections()
        assert self._register is not None
        return self._register

    def _detail_tab_changed(self, index: int) -> None:
        if index > 0:
            self._build_sections()

    def _build_sections(self) -> None:
        """Put the real Gewerbegruppen and Ausbildung sections in place of their empty pages (once),
        filled with the profile on screen."""
        if self._groups is not None:
            return
        from gui.tabs.profile.groups import GroupsSection
        from gui.tabs.profile.register_section import RegisterSection
        from gui.tabs.profile.study_section import DistrictStudySection

        self._groups = GroupsSection(self.ctx, self.group_name)
        self._study = DistrictStudySection(self.ctx)
        self._register = RegisterSection(self.ctx, self.group_name)
        with QSignalBlocker(self.detail_tabs):
            current = self.detail_tabs.currentIndex()
            for index, widget in ((1, self._groups), (2, self._study), (3, self._register)):
                title = self.detail_tabs.tabText(index)
                old = self.detail_tabs.widget(index)
                self.detail_tabs.removeTab(index)
                self.detail_tabs.insertTab(index, widget, title)
                if old is not None:
                    old.deleteLater()
            self.detail_tabs.setCurrentIndex(current)
        if self.profile is not None and self.current is not None:
            self._study.set_district(self.profile.area_code)
            self._groups.show_profile(self.profile)
            self._register.show_profile(self.profile)
        _install_chart_export(self._groups)

    def _sections_ready(self, _result: object = None) -> None:
        """The lazy modules are imported: build the charts now, the rest in the next idle turns."""
        if self._shut_down:
            return
        self.development.build_charts()
        _install_chart_export(self.development)
        marker("charts_shown")
        self._lazy_steps = [self._build_sections, lambda: self.comparison]
        self._lazy_timer.start(0)

    def _lazy_step(self) -> None:
        """One lazy build step per idle turn (a timer of the tab, stopped by ``shutdown``)."""
        if self._shut_down or not self._lazy_steps:
            return
        if workers.pool().activeThreadCount():  # a worker is still busy: the visible work goes first
            self._lazy_timer.start(50)
            return
        self._lazy_steps.pop(0)()
        if self._lazy_steps:
            self._lazy_timer.start(0)

    def _build_head(self) -> QHBoxLayout:
        head = QHBoxLayout()
        self.title = QLabel()
        set_role(self.title, "pageTitle")
        self.subtitle = QLabel()
        set_role(self.subtitle, "subtitle")
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
        return head

    def group_name(self, g: str) -> str:
        return GEWERBEGRUPPEN_EN.get(g, g) if self.ctx.lang == "en" else g

    # ================================================================== loading
    def _all_areas(self) -> list[str]:
        return [*self.region.district_codes, self.region.code, "DG"]

    def _start_loading(self) -> None:
        """Compute everything a click needs off the GUI thread: core's caches, the yearly series of
        every area and the first district's profile (so it shows as early as possible); then, in a
        second worker, the profiles of all other districts, the IRMD and Germany. A click then only
        fills widgets; another year is computed in a worker the same way."""
        first = self._saved_district() or self.region.district_codes[0]
        self._worker = workers.run_in_thread(
            prepare, self.store, [first], None, True, on_result=self._loaded, on_error=self._load_failed
        )

    def _loaded(self, result: Prepared) -> None:
        self.data.add(result)
        self._ready = True
        self.areas.set_ready()
        start = self._pending or self._saved_district() or self.region.district_codes[0]
        self._pending = None
        self.select_district(start)
        rest = [a for a in self._all_areas() if self.data.cached(a, None) is None]
        self._worker = workers.run_in_thread(prepare, self.store, rest, None, False, on_result=self.data.add)

    def _load_failed(self, exc: object) -> None:
        msg = exc.message(self.ctx.lang) if isinstance(exc, HandwerksmonitorError) else str(exc)
        self._show_message(self.tr("Die Daten konnten nicht geladen werden: ") + msg)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)

    def _saved_district(self) -> str | None:
        code = settings.value(settings.LAST_DISTRICT)
        return code if code in self.region.district_codes else None

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._ready:
            self._report_estimates()

    def _save_district(self) -> None:
        if self.current is not None:
            settings.set_value(settings.LAST_DISTRICT, self.current)

    def shutdown(self) -> None:
        self._shut_down = True
        self._lazy_timer.stop()
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_district()
        if self._worker is not None:
            self._worker.cancel()

    # ================================================================== selection
    def select_district(self, code: str) -> None:
        """Show the profile of ``code`` (AGS or name); in compare mode add it to the comparison."""
        try:
            area_code = self.region.district(code).ags
        except HandwerksmonitorError:
            return
        if not self._ready:
            self._pending = area_code
            return
        if self.areas.compare_button.isChecked():
            if area_code not in self.compared:
                self.compared.append(area_code)
            self._sync_selection()
            self._fill_compare()
            return
        self.current = area_code
        self._sync_selection()
        self._fill_profile()
        self._save_timer.start()  # remember the district (debounced: writing the file takes a while)

    def _map_clicked(self, area_code: str) -> None:
        if self.areas.compare_button.isChecked() and area_code in self.compared:
            self.compared.remove(area_code)
            self._sync_selection()
            self._fill_compare()
        else:
            self.select_district(area_code)

    def _list_selection_changed(self, codes: list[str]) -> None:
        if self.areas.compare_button.isChecked():
            # keep the order in which districts were added
            self.compared = [c for c in self.compared if c in codes] + [
                c for c in codes if c not in self.compared
            ]
            self._sync_selection()
            self._fill_compare()
        elif codes and codes[0] != self.current:
            self.select_district(codes[0])

    def _sync_selection(self) -> None:
        compare = self.areas.compare_button.isChecked()
        self.areas.show_selection(self.compared if compare else [self.current] if self.current else [])

    def _set_compare_mode(self, on: bool) -> None:
        self.areas.set_multi_selection(on)
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

    def _partner(self, area_code: str | None) -> str | None:
        if area_code is None:
            return None
        me = next(d for d in self.region.districts if d.ags == area_code)
        same = [d for d in self.region.districts if d.chamber == me.chamber and d.ags != area_code]
        same.sort(key=lambda d: d.type != "urban")
        return same[0].ags if same else None

    # ================================================================== year
    def _year_changed(self) -> None:
        y = self.year_combo.currentData()
        if y is None or y == self.profile_year:
            return
        self.profile_year = y
        if all(self.data.cached(a, y) is not None for a in self._all_areas()):
            self._refill()
            return
        # another year: compute all profiles in a worker, then fill
        self.year_combo.setEnabled(False)
        self._worker = workers.run_in_thread(
            prepare,
            self.store,
            self._all_areas(),
            y,
            False,
            on_result=self._year_ready,
            on_error=self._load_failed,
        )

    def _year_ready(self, result: Prepared) -> None:
        self.year_combo.setEnabled(True)
        self.data.add(result)
        if self.profile_year == result.year:
            self._refill()

    def _refill(self) -> None:
        if self.areas.compare_button.isChecked():
            self._fill_compare()
        else:
            self._fill_profile()

    def _fill_year_combo(self, years: tuple[int, ...], year: int) -> None:
        with QSignalBlocker(self.year_combo):
            self.year_combo.clear()
            for y in years:
                self.year_combo.addItem(str(y), y)
            if year in years:
                self.year_combo.setCurrentIndex(years.index(year))

    def _compute(self, area_code: str) -> DistrictProfile | None:
        """The profile in the chosen year (prepared in a worker), or a message if there is none."""
        try:
            return self.data.compute(area_code, self.profile_year)
        except HandwerksmonitorError as exc:
            self._show_message(exc.message(self.ctx.lang))
            return None

    # ================================================================== profile
    def _population_detail(self, prof: DistrictProfile) -> str:
        """ "+1,2 % seit 2010" (with the census break it crosses, if any)."""
        change = mapdata.district_value(
            self.store, prof.area_code, "population_change", prof.year, start=POP_CHANGE_START
        )
        if math.isnan(change.value) or prof.year == POP_CHANGE_START:
            return ""
        detail = (
            self.tr("%1 seit %2")
            .replace("%1", fmt_percent(change.value / 100.0, 1, signed=True))
            .replace("%2", str(POP_CHANGE_START))
        )
        _df, breaks = self.data.segments(prof.area_code, "population", official_only=True)
        crossed = [b for b in breaks if POP_CHANGE_START < b <= prof.year]
        if crossed:  # the change includes a census correction: say so
            # one unit that wraps as a whole onto its own line in a narrow card
            detail += " " + self.tr("(Zensusbruch %1)").replace("%1", str(crossed[-1])).replace(" ", "\u00a0")
        return detail

    def _fill_profile(self) -> None:
        if self.current is None:
            return
        prof = self._compute(self.current)
        if prof is None:
            return
        self.profile = prof
        self.profile_year = prof.year
        self._fill_year_combo(prof.years_available, prof.year)
        kind = self.tr("Kreisfreie Stadt") if prof.district_type == "urban" else self.tr("Landkreis")
        self.title.setText(prof.name)
        self.subtitle.setText(f"{kind} · {area_label(prof.state)} · {prof.chamber or ''}")
        if self._study is not None:
            self._study.set_district(prof.area_code)
        card_est = self.cards.show_profile(prof, self._population_detail(prof))
        srcs = records_to_provenance(prof.sources)
        card_sources = [p for p in srcs if p.kind != "estimate" or card_est]
        self.development.show_series(
            self.data.segments(prof.area_code, "population", official_only=True),
            self.data.segments(prof.area_code, "businesses", official_only=True)[0],
            card_sources,
        )
        if self._groups is not None and self._register is not None:
            self._groups.show_profile(prof)
            self._register.show_profile(prof)
        self.pages.setCurrentIndex(0)
        self._est_profile = True  # the Gewerbegruppen table always shows estimates
        self._report_estimates()
        if not self._data_emitted:
            self._data_emitted = True
            self.data_shown.emit()
            # now the charts and hidden sub-tabs: their modules (pyqtgraph, pandas) first, the widgets afterwards
            startup_imports.importer().request(_LAZY_SECTIONS, self._sections_ready, preload_first=_SECTIONS_PURE,
                                               charts=True)

    # ================================================================== compare
    def _compare_rows(self) -> list[Row]:
        from gui.tabs.profile.comparison import figure_cell

        def change(p: DistrictProfile) -> tuple[str, bool]:
            v = mapdata.district_value(
                self.store, p.area_code, "population_change", p.year, start=POP_CHANGE_START
            )
            return fmt_percent(v.value / 100.0, 1, signed=True), False

        return [
            (self.tr("Einwohner"), figure_cell(lambda p: p.population_year)),
            (self.tr("Bevölkerung seit %1").replace("%1", str(POP_CHANGE_START)), change),
            (self.tr("Einwohner je km²"), figure_cell(lambda p: p.density_inhabitants_km2)),
            (self.tr("Handwerksunternehmen"), figure_cell(lambda p: p.businesses)),
            (self.tr("Tätige Personen im Handwerk"), figure_cell(lambda p: p.employees)),
            (self.tr("Tätige Personen je Unternehmen"), figure_cell(lambda p: p.employees_per_business, 1)),
            (self.tr("Betriebsdichte (je 1.000 Einw.)"), figure_cell(lambda p: p.business_density, 1)),
            *self.comparison.group_rows(),
        ]

    def _fill_compare(self) -> None:
        areas = list(self.compared) + [self.region.code, "DG"]
        profs = [p for p in (self._compute(a) for a in areas) if p is not None]
        if not profs:
            return
        if self.pages.currentWidget() is self.message:
            self.pages.setCurrentIndex(1)
        self._fill_year_combo(profs[0].years_available, profs[0].year)
        self.profile_year = profs[0].year
        labels = [self._short(p) for p in profs]
        any_est = self.comparison.show_profiles(profs, self._compare_rows(), len(self.compared), labels)
        self.pages.setCurrentIndex(1)
        self._est_profile = any_est
        self._report_estimates()

    def _short(self, p: DistrictProfile) -> str:
        if p.area_code == self.region.code:
            return "IRMD"
        return area_label(p.name)

    # ================================================================== status
    def _map_estimates(self, shown: bool) -> None:
        self._est_map = shown
        self._report_estimates()

    def _report_estimates(self) -> None:
        self.estimates_shown.emit(self.estimates_on_screen())

    def estimates_on_screen(self) -> bool:
        return bool(self._est_map or self._est_profile)

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def compare() -> None:
            self.areas.compare_button.setChecked(True)

        def group_map() -> None:
            self.areas.compare_button.setChecked(False)
            self.areas.indicator_combo.setCurrentIndex(self.areas.indicator_combo.findData("group_share"))

        states = [("vergleich", compare), ("karte-gewerbegruppe", group_map)]
        from core import register_compare

        registered = register_compare.register_districts(self.ctx.store)
        if registered:  # a chamber register is imported: its first district with owners and comparison

            def register() -> None:
                self.areas.compare_button.setChecked(False)
                self.select_district(registered[0])
                self.detail_tabs.setCurrentWidget(self.register_section)

            states.append(("kammerregister-kreis", register))
        return states

    def screenshot_reset(self) -> None:
        self.areas.compare_button.setChecked(False)
        self.areas.indicator_combo.setCurrentIndex(0)
        self.select_district(self.region.districts[0].ags)
        self.detail_tabs.setCurrentIndex(0)
