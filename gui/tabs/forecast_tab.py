"""Prognose: supply and demand of craft services per Gewerbegruppe for the IRMD or one district.

All numbers come from core.forecast (model, scenarios, sensitivity); this tab arranges them. Views:
the selected group over time (supply solid, demand dashed, gap shaded, scenario band, markers where the
population is an official published projection), all seven groups as small multiples, the sensitivity
tornado and the full table of assumptions. Sliders recompute the model (well under 5 ms) and redraw the
visible view at most every 30 ms, so the charts follow the slider without stutter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.datastore import GEWERBEGRUPPEN_EN
from core.errors import HandwerksmonitorError
from core.forecast import parameters, scenarios
from core.forecast.inputs import ForecastInputs, cached_inputs
from core.forecast.measures import DEFAULT_STATUSES, MeasureModel
from core.forecast.model import ForecastModel, ForecastResult
from core.forecast.population import projection_label, variant_label
from core.forecast.sensitivity import TARGET_YEAR, sensitivity
from core.forecast.study_direction import study_direction
from core.tracker.model import STATUSES, status_label
from gui import workers
from gui.context import AppContext
from gui.formatting import fmt_number, fmt_percent
from gui.measures_engine import AsyncEvaluator, Request, load_measures, register_model
from gui.style import set_role
from gui.tabs._support import estimate_badge, make_source_line, records_to_provenance
from gui.tabs.base import Tab
from gui.tabs.forecast_assumptions import ParameterRow, unit_label
from gui.tabs.forecast_charts import ForecastChart, SmallMultiples, TornadoChart
from gui.tabs.forecast_comparison import ComparisonView
from gui.tabs.forecast_measures import MeasuresView
from gui.widgets.multi_pick import MultiPick

REDRAW_MS = 30
GLOBAL_SLIDERS = (
    "share_55plus",
    "apprentice_entry",
    "completion_rate",
    "stay_in_craft",
    "net_outflow",
    "productivity",
)
GROUP_SLIDERS = ("demand_growth", "weight_65plus")
# the built-in scenarios' names (keys in core.forecast.scenarios) as shown in the UI language
BUILTIN_SCENARIO_LABELS = (
    QT_TRANSLATE_NOOP("ForecastTab", "Basis"),
    QT_TRANSLATE_NOOP("ForecastTab", "optimistisch"),
    QT_TRANSLATE_NOOP("ForecastTab", "pessimistisch"),
)
VIEW_LINES, VIEW_GROUPS, VIEW_TORNADO, VIEW_TABLE, VIEW_MEASURES, VIEW_COMPARE = range(6)
ALL_VIEWS = {VIEW_LINES, VIEW_GROUPS, VIEW_TORNADO, VIEW_TABLE, VIEW_MEASURES, VIEW_COMPARE}
MEASURE_YEAR = 2035  # the year whose gap the sentence under the chart and the waterfall explain


class ForecastTab(Tab):
    """Prognose tab (see module docstring)."""


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.region = ctx.store.region
        self.model: ForecastModel | None = None
        self.result: ForecastResult | None = None
        self.values: dict[str, float] = parameters.defaults()
        self.scenario_name = "Basis"
        self._dirty_views: set[int] = set()
        self.measures: list[Any] = []  # tracker items in the chosen statuses with effects
        self.measure_model: Any = None  # core.forecast.measures.MeasureModel over self.model
        self.result_m: ForecastResult | None = None  # the scenario with the measures' effects
        self.evaluation: Any = None  # contributions etc. of the last worker run
        # injectable so tests never block on a modal dialog
        self.ask_name: Callable[[], tuple[str, bool]] = self._ask_name_dialog
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._build()
        self._start_loading()

    # -- construction ----------------------------------------------------------------------------
    def _group_label(self, g: str) -> str:
        return GEWERBEGRUPPEN_EN.get(g, g) if self.ctx.lang == "en" else g

    def _short_group_label(self, g: str) -> str:
        short = {
            "Handwerke für den gewerblichen Bedarf": self.tr("Gewerblicher Bedarf"),
            "Handwerke für den privaten Bedarf": self.tr("Privater Bedarf"),
        }
        return short.get(g, self._group_label(g))

    def _build(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._build_controls())
        split.addWidget(self._build_chart_panel())
        split.setStretchFactor(1, 1)
        split.setSizes([380, 900])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        self.area_combo.currentIndexChanged.connect(self._on_area_combo_changed)
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_changed)
        self.scenario_combo.currentIndexChanged.connect(self._on_scenario_combo_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.index_check.toggled.connect(lambda _checked: self._schedule(all_views=True))
        self.views.currentChanged.connect(self._on_views_changed)

    def _build_controls(self) -> QScrollArea:
        """Left column (scrolls): area, group, scenario, the measures box and the assumption sliders."""
        controls = QWidget()
        form = QVBoxLayout(controls)
        form.setContentsMargins(6, 6, 6, 6)
        sel = QFormLayout()
        self.area_combo = QComboBox()
        self.area_combo.addItem(self.tr("IRMD (alle 9 Kreise)"), self.region.code)
        for d in sorted(self.region.districts, key=lambda d: d.name):
            self.area_combo.addItem(d.name, d.ags)
        self.group_combo = QComboBox()
        self.scenario_combo = QComboBox()
        for combo in (self.area_combo, self.group_combo, self.scenario_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        sel.addRow(self.tr("Gebiet"), self.area_combo)
        sel.addRow(self.tr("Gewerbegruppe"), self.group_combo)
        sel.addRow(self.tr("Szenario"), self.scenario_combo)
        form.addLayout(sel)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Szenario speichern…"))
        self.delete_button = QPushButton(self.tr("Löschen"))
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        form.addLayout(row)
        self.index_check = QCheckBox(self.tr("Als Index (Basisjahr = 100)"))
        form.addWidget(self.index_check)
        form.addWidget(self._build_measures_box())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        set_role(self.notice, "error")
        self.notice.hide()
        form.addWidget(self.notice)
        form.addWidget(self._build_assumptions_box())
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(controls)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        return scroll

    def _build_assumptions_box(self) -> QGroupBox:
        """„Annahmen“: one slider row per global parameter and per group parameter of the chosen group."""
        box = QGroupBox(self.tr("Annahmen"))
        box_lay = QVBoxLayout(box)
        self.rows: dict[str, ParameterRow] = {}
        for key in GLOBAL_SLIDERS:
            r = ParameterRow(parameters.REGISTRY[key], self.ctx.lang)
            r.value_changed.connect(self._on_param_value_changed)
            self.rows[key] = r
            box_lay.addWidget(r)
        self.group_rows: dict[str, ParameterRow] = {}
        for name in GROUP_SLIDERS:
            r = ParameterRow(parameters.REGISTRY[parameters.group_key(name, "Ausbaugewerbe")], self.ctx.lang)
            r.value_changed.connect(self._on_param_value_changed)
            self.group_rows[name] = r
            box_lay.addWidget(r)
        self.reset_button = QPushButton(self.tr("Szenario-Werte wiederherstellen"))
        box_lay.addWidget(self.reset_button)
        hint = QLabel(self.tr("Alle Annahmen mit Quelle: Ansicht „Annahmen“."))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        box_lay.addWidget(hint)
        return box

    def _build_chart_panel(self) -> QWidget:
        """Right side: title with the estimate badge, summary, the views, the notes and the source line."""
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(4, 4, 4, 4)
        head = QHBoxLayout()
        self.title = QLabel()
        set_role(self.title, "panelTitle")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        head.addWidget(estimate_badge(self.tr("Schätzung · eigene Projektion")), 0, Qt.AlignmentFlag.AlignTop)
        rlay.addLayout(head)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        set_role(self.summary, "body")
        rlay.addWidget(self.summary)
        rlay.addWidget(self._build_views(), 1)
        self.measures_line = QLabel()
        self.measures_line.setObjectName("measuresLine")
        self.measures_line.setWordWrap(True)
        set_role(self.measures_line, "measuresLine")
        self.measures_line.hide()
        rlay.addWidget(self.measures_line)
        # where an anchor to a published projection makes the population jump (e.g. Altenburger Land 2025)
        self.step_note = QLabel()
        self.step_note.setObjectName("forecastStepNote")
        self.step_note.setWordWrap(True)
        set_role(self.step_note, "stepNote")
        self.step_note.hide()
        rlay.addWidget(self.step_note)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        set_role(self.explain, "text")
        rlay.addWidget(self.explain)
        self.source_line = make_source_line(self.ctx)
        rlay.addWidget(self.source_line)
        return right

    def _build_views(self) -> QTabWidget:
        """Verlauf, Alle Gruppen, Sensitivität (both built on first view), Annahmen, Maßnahmen, Vergleich."""
        self.views = QTabWidget()
        self.chart = ForecastChart()
        self.views.addTab(self.chart, self.tr("Verlauf"))
        self.multiples: SmallMultiples | None = None
        self._multiples_holder = QWidget()
        self._multiples_layout = QVBoxLayout(self._multiples_holder)
        self._multiples_layout.setContentsMargins(0, 0, 0, 0)
        self.views.addTab(self._multiples_holder, self.tr("Alle Gruppen"))
        self.tornado: TornadoChart | None = None  # built on first view (pyqtgraph plots cost ~50 ms each)
        self._tornado_holder = QWidget()
        self._tornado_layout = QVBoxLayout(self._tornado_holder)
        self._tornado_layout.setContentsMargins(0, 0, 0, 0)
        self.views.addTab(self._tornado_holder, self.tr("Sensitivität"))
        self.views.addTab(self._build_assumptions_table(), self.tr("Annahmen"))
        self.measures_view = MeasuresView(self.ctx.lang)
        self.views.addTab(self.measures_view, self.tr("Maßnahmen"))
        self.comparison = ComparisonView(self.ctx.lang)
        self.views.addTab(self.comparison, self.tr("Vergleich"))
        return self.views

    def _build_assumptions_table(self) -> QTableWidget:
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Annahme"),
                self.tr("Wert"),
                self.tr("Einheit"),
                self.tr("Bereich"),
                self.tr("Quelle"),
                self.tr("Herleitung bzw. Begründung"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        return self.table

    def _build_measures_box(self) -> QGroupBox:
        """„Mit Maßnahmen“: the effects of the tracker's measures in the chosen statuses on top of the scenario."""
        box = QGroupBox(self.tr("Maßnahmen"))
        lay = QVBoxLayout(box)
        self.measures_check = QCheckBox(self.tr("mit Maßnahmen"))
        self.measures_check.setObjectName("measuresCheck")
        self.measures_check.setToolTip(self.tr(
            "Szenario mit den erwarteten Wirkungen der Maßnahmen aus dem Tracker (Empfehlungen › Wirkungen)"))
        self.status_pick = MultiPick([(s, status_label(s, self.ctx.lang)) for s in STATUSES], self.tr("alle Status"))
        self.status_pick.setObjectName("measureStatuses")
        self.status_pick.set_values(list(DEFAULT_STATUSES))
        self.status_pick.setToolTip(self.tr("Berücksichtigte Status der Maßnahmen"))
        self.measures_count = QLabel()
        self.measures_count.setObjectName("measuresCount")
        self.measures_count.setWordWrap(True)
        set_role(self.measures_count, "hint")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Status:")))
        row.addWidget(self.status_pick, 1)
        lay.addWidget(self.measures_check)
        lay.addLayout(row)
        lay.addWidget(self.measures_count)
        self.measures_check.toggled.connect(self._on_measures_toggled)
        self.status_pick.changed.connect(self._reload_measures)
        self.evaluator = AsyncEvaluator(self.ctx.store, self)
        self.evaluator.ready.connect(self._on_evaluation)
        self.evaluator.failed.connect(self._on_evaluation_failed)
        self.ctx.events.tracker_changed.connect(self._reload_measures)
        return box

    def _start_loading(self) -> None:
        """Read the inputs (DuckDB queries) in a worker; the model is built when they arrive."""
        self.title.setText(self.tr("Prognose wird geladen …"))
        self._worker = workers.run_in_thread(
            cached_inputs, self.ctx.store, on_result=self._on_inputs_loaded, on_error=self._on_inputs_failed
        )

    @Slot(object)
    def _on_inputs_failed(self, exc: BaseException) -> None:
        text = self.ctx.present_error(exc, dialog=False)  # logged either way
        if not isinstance(exc, HandwerksmonitorError):
            text = self.tr("Die Prognose konnte nicht berechnet werden. Details stehen im Protokoll.")
        self.title.setText(self.tr("Prognose nicht verfügbar"))
        self._show_notice(text)
        for w in (self.views, self.save_button, self.delete_button, self.reset_button):
            w.setEnabled(False)

    @Slot(object)
    def _on_inputs_loaded(self, inputs: ForecastInputs) -> None:
        try:
            self.model = ForecastModel(inputs)
        except HandwerksmonitorError as exc:
            self._on_inputs_failed(exc)
            return
        with QSignalBlocker(self.group_combo):
            for g in self.model.inputs.groups:
                self.group_combo.addItem(self._group_label(g), g)
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData("Ausbaugewerbe")))
        self._fill_scenarios()
        self._sync_group_rows()
        self.measure_model = MeasureModel(self.model)
        register_model(self.ctx.store, self.measure_model)
        self._reload_measures(schedule=False)
        if self.ctx.read_only or self.ctx.user_con is None:
            self.save_button.setToolTip(
                self.tr("Nur Lesen: Szenarien können jetzt nicht gespeichert werden.")
            )
        self._recompute()
        self._redraw(all_views=True)
        self.data_shown.emit()

    # -- state helpers ---------------------------------------------------------------------------
    @property
    def area(self) -> str:
        return str(self.area_combo.currentData())

    @property
    def group(self) -> str:
        return str(self.group_combo.currentData())

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _fill_scenarios(self, select: str | None = None) -> None:
        names = scenarios.list_names(self.ctx.user_con)
        with QSignalBlocker(self.scenario_combo):
            self.scenario_combo.clear()
            for n in names:
                self.scenario_combo.addItem(self.tr(n) if n in BUILTIN_SCENARIO_LABELS else n, n)
            self.scenario_combo.setCurrentIndex(
                max(0, self.scenario_combo.findData(select or self.scenario_name))
            )
        self.delete_button.setEnabled(self.scenario_combo.currentData() not in scenarios.BUILTINS)

    def _sync_group_rows(self) -> None:
        for name, row in self.group_rows.items():
            key = parameters.group_key(name, self.group)
            row.set_param(parameters.REGISTRY[key], self.values[key])

    def _apply_values(self, values: dict[str, float]) -> None:
        self.values = dict(values)
        for key, row in self.rows.items():
            row.set_value(self.values[key])
        self._sync_group_rows()

    def _schedule(self, all_views: bool = False) -> None:
        self._dirty_views |= set(ALL_VIEWS) if all_views else set()
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Recompute and redraw now (pending slider moves included); for tests and screenshots."""
        if self._timer.isActive():
            self._timer.stop()
        self._on_timer_timeout()

    # -- slots -----------------------------------------------------------------------------------
    def _on_param_value_changed(self, key: str, value: float) -> None:
        self.values[key] = value
        self._schedule(all_views=True)

    def _on_timer_timeout(self) -> None:
        self._recompute()
        self._redraw()

    def _on_area_combo_changed(self, _index: int) -> None:
        self._schedule(all_views=True)

    def _on_group_combo_changed(self, _index: int) -> None:
        self._sync_group_rows()
        self._schedule(all_views=True)

    def _on_scenario_combo_changed(self, _index: int) -> None:
        name = str(self.scenario_combo.currentData())
        try:
            sc = scenarios.load(self.ctx.user_con, name)
        except HandwerksmonitorError as exc:
            self._show_notice(self.ctx.present_error(exc, dialog=False))
            return
        self._show_notice("")
        self.scenario_name = sc.name
        self.delete_button.setEnabled(not sc.builtin)
        self._apply_values(sc.resolved())
        self._schedule(all_views=True)

    def _on_reset_button_clicked(self) -> None:
        self._on_scenario_combo_changed(self.scenario_combo.currentIndex())

    def _on_views_changed(self, index: int) -> None:
        self.explain.setVisible(index not in (VIEW_TABLE, VIEW_MEASURES, VIEW_COMPARE))
        if self._timer.isActive():
            return  # a recompute is pending: its redraw covers the new view (drawing now would use old values)
        self._redraw()

    def _ask_name_dialog(self) -> tuple[str, bool]:
        return QInputDialog.getText(self, self.tr("Szenario speichern"), self.tr("Name des Szenarios:"))

    def _on_save_button_clicked(self) -> None:
        if not self.ctx.can_write:
            self._show_notice(
                self.tr(
                    "Szenarien können gerade nicht gespeichert werden: Die Datenbank ist schreibgeschützt geöffnet, "
                    "weil ein anderes Fenster des Handwerksmonitors sie verwendet. Bitte das andere Fenster "
                    "schließen und den Handwerksmonitor neu starten."
                )
            )
            return
        name, ok = self.ask_name()
        con = self.ctx.user_con
        if not ok or con is None:
            return
        try:
            sc = scenarios.save(con, name, self.values)
        except HandwerksmonitorError as exc:
            self._show_notice(self.ctx.present_error(exc, dialog=False))
            return
        self.scenario_name = sc.name
        self._fill_scenarios(select=sc.name)
        self._show_notice("")

    def _on_delete_button_clicked(self) -> None:
        name = str(self.scenario_combo.currentData())
        if name in scenarios.BUILTINS or self.ctx.user_con is None or self.ctx.read_only:
            return
        try:
            scenarios.delete(self.ctx.user_con, name)
        except HandwerksmonitorError as exc:
            self._show_notice(self.ctx.present_error(exc, dialog=False))
            return
        self.scenario_name = "Basis"
        self._fill_scenarios(select="Basis")
        self._on_scenario_combo_changed(self.scenario_combo.currentIndex())

    # -- computing and drawing -------------------------------------------------------------------
    def _recompute(self) -> None:
        if self.model is None:
            return
        try:
            p = parameters.resolve(self.values)
        except HandwerksmonitorError as exc:
            self._show_notice(self.ctx.present_error(exc, dialog=False))
            return
        self.result = self.model.compute_resolved(p, self.scenario_name)
        self._band = self._scenario_band(p)
        self.result_m = None
        if self.measures_on and self.measures and self.measure_model is not None:
            effects = [e for m in self.measures for e in m.effects]
            self.result_m = self.measure_model.compute(p, effects, self.scenario_name)
        self._p = p

    def _scenario_band(self, p: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """Supply (G, T) of the area with the pessimistic and the optimistic supply values over ``p``."""
        assert self.model is not None
        out = []
        for name in ("pessimistisch", "optimistisch"):
            r = self.model.compute_resolved({**p, **scenarios.BUILTINS[name].values})
            out.append(r.area_series(self.area)["supply"])
        return out[0], out[1]

    def _redraw(self, all_views: bool = False) -> None:
        if self.result is None:
            return
        if all_views:
            self._dirty_views = set(ALL_VIEWS)
        self._draw_header()
        current = self.views.currentIndex()
        targets = {current} | ({VIEW_LINES} if current != VIEW_LINES else set())
        for view in targets & self._dirty_views:
            {
                VIEW_LINES: self._draw_lines,
                VIEW_GROUPS: self._draw_groups,
                VIEW_TORNADO: self._draw_tornado,
                VIEW_TABLE: self._draw_table,
                VIEW_MEASURES: self._draw_measures,
                VIEW_COMPARE: self._draw_comparison,
            }[view]()
            self._dirty_views.discard(view)

    def _area_name(self) -> str:
        return self.area_combo.currentText()

    def _draw_header(self) -> None:
        r = self.result
        assert r is not None
        s = r.area_series(self.area)
        gi = r.groups.index(self.group)
        ti = r.year_index(min(TARGET_YEAR, int(r.years[-1])))
        gap, dem = s["gap"][gi, ti], s["demand"][gi, ti]
        self.title.setText(
            self.tr("%1 – %2: Angebot und Nachfrage %3–%4")
            .replace("%1", self._group_label(self.group))
            .replace("%2", self._area_name())
            .replace("%3", str(r.years[0]))
            .replace("%4", str(r.years[-1]))
        )
        verdict = self.tr("Nachfrageüberhang") if gap > 0 else self.tr("Angebotsüberhang")
        self.summary.setText(
            self.tr(
                "Lücke %1 (Nachfrage − Angebot): %2 Beschäftigtenäquivalente (%3 der Nachfrage) – %4. "
                "Szenario: %5."
            )
            .replace("%1", str(r.years[ti]))
            .replace("%2", ("+" if gap > 0 else "") + fmt_number(gap, 0))
            .replace("%3", fmt_percent(gap / dem if dem else float("nan"), 1, signed=True))
            .replace("%4", verdict)
            .replace(
                "%5",
                self.scenario_combo.currentText() + (self.tr(" (angepasst)") if self._modified() else ""),
            )
        )
        anchors = r.area_anchors(self.area)
        text = (
            self.tr(
                "Angebot: Beschäftigte je Gewerbegruppe im Basisjahr %1 (Schätzung), fortgeschrieben mit Verrentung, "
                "Ausbildung, Wanderung und Produktivität (eigene Projektion). Nachfrage: Bevölkerung nach Altersgruppen "
                "(amtlich bis %2, danach eigene Projektion) × Nachfragegewichte, im Basisjahr gleich dem Angebot."
            )
            .replace("%1", str(r.base_year))
            .replace("%2", str(r.last_data_year))
        )
        if anchors:
            text += " " + self.tr(
                "◆ = Jahr mit amtlicher Bevölkerungsvorausberechnung, durch die die Projektion geht."
            )
        self.explain.setText(text)
        notes = r.anchor_notes(self.area)
        key = "text_en" if self.ctx.lang == "en" else "text"
        self.step_note.setText("\n".join("⚠ " + str(n[key]) for n in notes))
        self.step_note.setVisible(bool(notes))
        self._draw_measures_line(gi, ti)
        self.source_line.set_sources(records_to_provenance(r.sources))
        self.estimates_shown.emit(True)

    def _modified(self) -> bool:
        try:
            sc = scenarios.load(self.ctx.user_con, self.scenario_name).resolved()
        except HandwerksmonitorError:
            return True
        return any(abs(sc[k] - self.values[k]) > 1e-9 for k in sc)

    def _index(self) -> bool:
        return self.index_check.isChecked()

    def _draw_lines(self) -> None:
        r = self.result
        assert r is not None
        s = r.area_series(self.area)
        gi = r.groups.index(self.group)
        sup, dem = s["supply"][gi], s["demand"][gi]
        lo, hi = self._band[0][gi], self._band[1][gi]
        markers = []
        for a in r.area_anchors(self.area):
            ti = r.year_index(a.year)
            tip = (
                self.tr("%1: %2 Einwohner (%3%4)")
                .replace("%1", str(a.year))
                .replace("%2", fmt_number(a.value, 0))
                .replace("%3", projection_label(a.projection, self.ctx.lang))
                .replace("%4", ", " + variant_label(a.variant, self.ctx.lang) if variant_label(a.variant) else "")
            )
            markers.append((a.year, float(dem[ti]), tip))
        label = self.tr("Beschäftigtenäquivalente")
        if self._index():
            base = sup[0] if sup[0] else 1.0
            sup, dem, lo, hi = (x / base * 100.0 for x in (sup, dem, lo, hi))
            markers = [(y, v / base * 100.0, t) for y, v, t in markers]
            label = self.tr("Index (Basisjahr %1 = 100)").replace("%1", str(r.base_year))
        self.chart.show_series(
            r.years, sup, dem, (np.minimum(lo, hi), np.maximum(lo, hi)), markers, r.last_data_year, label
        )
        if self.result_m is None:
            self.chart.hide_measures()
        else:
            sm = self.result_m.area_series(self.area)
            sup_m, dem_m = sm["supply"][gi], sm["demand"][gi]
            changed = not np.allclose(dem_m, s["demand"][gi])
            if self._index():
                base = s["supply"][gi][0] or 1.0
                sup_m, dem_m = sup_m / base * 100.0, dem_m / base * 100.0
            self.chart.show_measures(r.years, sup_m, dem_m, changed)

    def _draw_groups(self) -> None:
        if self.model is None or self.result is None:
            return
        if self.multiples is None:
            groups = self.model.inputs.groups
            self.multiples = SmallMultiples(groups, [self._short_group_label(g) for g in groups])
            self._multiples_layout.addWidget(self.multiples)
        s = self.result.area_series(self.area)
        self.multiples.show_all(self.result.years, s["supply"], s["demand"], self._index())

    def _draw_tornado(self) -> None:
        assert self.model is not None and self.result is not None
        if self.tornado is None:
            self.tornado = TornadoChart()
            self._tornado_layout.addWidget(self.tornado)
        rows = sensitivity(self.model, self.values, area=self.area, group=self.group, lang=self.ctx.lang)
        suffix = " – " + self._group_label(self.group)
        labels = [r.label.removesuffix(suffix) for r in rows]
        year = min(TARGET_YEAR, int(self.result.years[-1]))
        self.tornado.show_rows(
            labels,
            [r.delta_low for r in rows],
            [r.delta_high for r in rows],
            self.tr("Änderung der Lücke %1 (Beschäftigtenäquivalente)").replace("%1", str(year)),
        )

    def _draw_comparison(self) -> None:
        r = self.result
        assert r is not None and self.model is not None
        self.comparison.show_result(
            r.comparison(self.area), study_direction(r, model=self.model), r.anchor_notes(self.area)
        )

    def _draw_table(self) -> None:
        table = parameters.as_table(self.values, self.ctx.lang)
        self.table.setRowCount(len(table))
        records: list[dict[Any, Any]] = table.to_dict(orient="records")
        for i, row in enumerate(records):
            p = parameters.REGISTRY[str(row["key"])]
            cells = [
                row["label"],
                fmt_number(float(row["value"]), p.decimals),
                unit_label(str(row["unit"])),
                f"{fmt_number(p.min, p.decimals)} – {fmt_number(p.max, p.decimals)}",
                str(row["source_label"]),
                (self.tr("Annahme: %1").replace("%1", str(row["justification"])) + " " if p.is_assumption else "")
                + str(row["description"]),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(cells[5]))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 220))
        self.table.setColumnWidth(4, min(self.table.columnWidth(4), 120))
        self.table.resizeRowsToContents()

    # -- measures --------------------------------------------------------------------------------
    @property
    def measures_on(self) -> bool:
        return self.measures_check.isChecked()

    def _on_measures_toggled(self, _checked: bool) -> None:
        self._schedule(all_views=True)

    def _reload_measures(self, *_: object, schedule: bool = True) -> None:
        """Read the measures with effects in the chosen statuses from the tracker (a quick query)."""
        statuses = self.status_pick.values() or None
        self.measures = load_measures(self.ctx.user_con, statuses if statuses else list(STATUSES))
        n_effects = sum(len(m.effects) for m in self.measures)
        if self.measures:
            self.measures_count.setText(
                self.tr("%1 Einträge mit %2 Wirkungen").replace("%1", str(len(self.measures)))
                .replace("%2", str(n_effects))
            )
        else:
            self.measures_count.setText(
                self.tr("Keine Maßnahme in diesen Status hat eine erfasste Wirkung (Empfehlungen › Wirkungen).")
            )
        if schedule:
            self._schedule(all_views=True)

    def _draw_measures_line(self, gi: int, ti: int) -> None:
        """The sentence under the chart: how much of the 2035 gap the measures close."""
        if self.result_m is None or self.result is None:
            self.measures_line.setVisible(self.measures_on)
            self.measures_line.setText(
                self.tr("Mit Maßnahmen: keine Maßnahme mit erfasster Wirkung in den gewählten Status.")
                if self.measures_on else ""
            )
            return
        year = int(self.result.years[ti])
        without = float(self.result.area_series(self.area)["gap"][gi, ti])
        with_ = float(self.result_m.area_series(self.area)["gap"][gi, ti])
        self.measures_line.setText(measures_sentence(year, without, with_))
        self.measures_line.setVisible(True)

    def _draw_measures(self) -> None:
        if self.result is None:
            return
        if not self.measures_on:
            self.measures_view.show_message(self.tr(
                "„mit Maßnahmen“ ist ausgeschaltet. Links unter „Maßnahmen“ einschalten, um die erwarteten "
                "Wirkungen der Maßnahmen aus dem Tracker zu sehen."
            ))
            return
        if not self.measures:
            self.measures_view.show_message(self.tr(
                "Keine Maßnahme in den gewählten Status hat eine erfasste Wirkung. Wirkungen werden im Tab "
                "„Empfehlungen“ auf der Seite „Wirkungen“ eines Eintrags erfasst."
            ))
            return
        self.evaluator.request(Request(
            dict(self._p), tuple(self.measures), area=None if self.area == self.region.code else self.area,
            groups=(self.group,), scenario=self.scenario_name,
        ))

    def _on_evaluation(self, ev: Any) -> None:
        self.evaluation = ev
        if not self.measures_on or self.result is None or not ev.groups or ev.groups[0] != self.group:
            return
        gi = self.result.groups.index(self.group)
        self.measures_view.show_evaluation(ev, gi, min(MEASURE_YEAR, int(self.result.years[-1])), self.ctx.lang)

    def _on_evaluation_failed(self, exc: BaseException) -> None:
        text = self.ctx.present_error(exc, dialog=False)  # logged either way
        if not isinstance(exc, HandwerksmonitorError):
            text = self.tr("Die Wirkung der Maßnahmen konnte nicht berechnet werden. Details stehen im Protokoll.")
        self.measures_view.show_message(text)

    # -- shell hooks -----------------------------------------------------------------------------
    def select_district(self, code: str) -> None:
        i = self.area_combo.findData(code)
        if i >= 0:
            self.area_combo.setCurrentIndex(i)

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def view(i: int) -> Callable[[], None]:
            def go() -> None:
                self.views.setCurrentIndex(i)
                self.flush()

            return go

        def with_measures(index: int) -> Callable[[], None]:
            def go() -> None:
                self.measures_check.setChecked(True)
                view(index)()
                workers.wait_idle()

            return go

        return [
            ("gruppen", view(VIEW_GROUPS)),
            ("sensitivitaet", view(VIEW_TORNADO)),
            ("annahmen", view(VIEW_TABLE)),
            ("mit-massnahmen", with_measures(VIEW_LINES)),
            ("massnahmen-wasserfall", with_measures(VIEW_MEASURES)),
            ("vergleich", view(VIEW_COMPARE)),
        ]

    def screenshot_reset(self) -> None:
        self.measures_check.setChecked(False)
        self.views.setCurrentIndex(VIEW_LINES)
        self.flush()

    def shutdown(self) -> None:
        self._timer.stop()
        self._worker.cancel()
        self.evaluator.cancel()

    def current_values(self) -> dict[str, Any]:
        return dict(self.values)


def measures_sentence(year: int, without: float, with_: float) -> str:
    """How much of the gap in ``year`` the measures close (gap = demand − supply, positive = shortage)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    closed = without - with_
    if without > 0.5:
        if with_ <= 0.5:
            text = translate(
                "ForecastTab",
                "Mit Maßnahmen: Die Maßnahmen schließen die Lücke %1 vollständig (%2 Beschäftigtenäquivalente); "
                "es bleibt ein Angebotsüberhang von %3.",
            )
            return (text.replace("%1", str(year)).replace("%2", fmt_number(without, 0))
                    .replace("%3", fmt_number(max(0.0, -with_), 0)))
        if closed >= 0:
            text = translate(
                "ForecastTab",
                "Mit Maßnahmen: Die Maßnahmen schließen %1 der %2 Beschäftigtenäquivalente der Lücke %3 (%4); "
                "es bleiben %5.",
            )
            return (text.replace("%1", fmt_number(closed, 0)).replace("%2", fmt_number(without, 0))
                    .replace("%3", str(year)).replace("%4", fmt_percent(closed / without, 0))
                    .replace("%5", fmt_number(with_, 0)))
        text = translate(
            "ForecastTab",
            "Mit Maßnahmen: Die Lücke %1 wächst um %2 auf %3 Beschäftigtenäquivalente (Wirkungen, die die "
            "Nachfrage erhöhen, überwiegen).",
        )
        return text.replace("%1", str(year)).replace("%2", fmt_number(-closed, 0)).replace("%3", fmt_number(with_, 0))
    if with_ > 0.5:
        text = translate(
            "ForecastTab",
            "Mit Maßnahmen: Ohne Maßnahmen gibt es %1 keine Lücke (Angebotsüberhang %2); mit Maßnahmen entsteht "
            "eine Lücke von %3 Beschäftigtenäquivalenten.",
        )
        return text.replace("%1", str(year)).replace("%2", fmt_number(-without, 0)).replace("%3", fmt_number(with_, 0))
    text = translate(
        "ForecastTab",
        "Mit Maßnahmen: Ohne Maßnahmen gibt es %1 keine Lücke (Angebotsüberhang %2); mit Maßnahmen beträgt der "
        "Angebotsüberhang %3 Beschäftigtenäquivalente.",
    )
    return text.replace("%1", str(year)).replace("%2", fmt_number(-without, 0)).replace("%3", fmt_number(-with_, 0))
