"""Measures and their effects in the meeting view: the steering group changes a measure's status or an
effect's size, and the waterfall of the gap updates at once.

* :class:`MeetingEffectsPanel` lists the recommendation's measures (status to choose) and every effect of
  the recommendation and its measures (size to change). Each change is an ordinary tracker edit (one
  transaction with history) handed to the tab's undo stack.
* :class:`MeetingWaterfall` shows the waterfall of the gap in 2035 (region, all or one group, scenario
  Basis, measures in the statuses geplant / in Umsetzung / umgesetzt), computed in the worker pool
  (gui.measures_engine), and says how much of the gap the measures close.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN
from core.forecast import parameters
from core.tracker.effects import effect_params, unit_label
from core.tracker.store import Change, Tracker
from gui.charts.waterfall import WaterfallChart, bars_from_steps
from gui.context import AppContext
from gui.formatting import fmt_number, fmt_percent
from gui.measures_engine import AsyncEvaluator, Request, load_measures
from gui.style import WHITE, set_role, tint
from gui.tabs.tracker.common import STATUS_COLORS, fill_status_combo, set_combo_status

translate = QCoreApplication.translate
YEAR = 2035


def _font(pt: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(pt)
    f.setBold(bold)
    return f


class MeetingEffectsPanel(QWidget):
    """Measures (status) and effects (size) of one recommendation, editable in the meeting."""

    committed = Signal(list, str)  # list[Change], description
    failed = Signal(str)

    def __init__(self, tracker: Tracker, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEffects")
        self.tracker = tracker
        self.ctx = ctx
        self.params = effect_params()
        self.status_combos: dict[str, QComboBox] = {}
        self.delta_spins: dict[str, QDoubleSpinBox] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self._loading = False

    def load(self, rec_id: str) -> None:
        """Rebuild for the recommendation ``rec_id`` (its own effects, then each measure with its effects)."""
        self._loading = True
        while self.grid.count():
            old = self.grid.takeAt(0)
            w = old.widget() if old is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        self.status_combos.clear()
        self.delta_spins.clear()
        writable = not self.tracker.read_only
        row = 0
        rec = self.tracker.item(rec_id)
        kids = self.tracker.children(rec_id)
        title = QLabel(translate("Tracker", "Maßnahmen und ihre erwartete Wirkung"))
        title.setFont(_font(14, True))
        self.grid.addWidget(title, row, 0, 1, 3)
        row += 1
        entries = [(rec, False), *((k, True) for k in kids)]
        any_shown = False
        for item, is_measure in entries:
            effects = self.tracker.effects(item["id"])
            if is_measure:
                label = QLabel(f"{item['code']}  {item['title']}")
                label.setFont(_font(13))
                label.setWordWrap(True)
                combo = QComboBox()
                combo.setObjectName(f"measureStatus_{item['code']}")
                combo.setFont(_font(12))
                fill_status_combo(combo, self.ctx.lang)
                set_combo_status(combo, item["status"])
                tint(combo, STATUS_COLORS.get(item["status"], WHITE), "QComboBox")
                combo.setEnabled(writable)
                combo.currentIndexChanged.connect(lambda _i, iid=item["id"], c=combo: self._status(iid, c))
                self.status_combos[item["id"]] = combo
                self.grid.addWidget(label, row, 0, 1, 2)
                self.grid.addWidget(combo, row, 2)
                row += 1
                any_shown = True
            for e in effects:
                p = self.params.get(e["param"])
                name = p.label(self.ctx.lang) if p else e["param"]
                years = str(e["start_year"]) + (f"–{e['full_year']}" if e["full_year"] != e["start_year"] else "")
                lab = QLabel(f"   ↳ {name}")
                lab.setFont(_font(12))
                lab.setWordWrap(True)
                lab.setToolTip(f"{translate('Tracker', 'Begründung')}: {e['reason']}\n"
                               f"{translate('Tracker', 'Quelle')}: {e['source']}")
                spin = QDoubleSpinBox()
                spin.setObjectName(f"effectDelta_{e['id'][:8]}")
                spin.setFont(_font(12))
                spin.setKeyboardTracking(False)
                if p is not None:
                    decimals = len(f"{p.step:g}".split(".")[1]) if "." in f"{p.step:g}" else 0
                    spin.setDecimals(max(1, decimals))
                    spin.setSingleStep(p.step)
                    spin.setRange(round(p.min_delta, 6), round(p.max_delta, 6))
                    unit = unit_label(p.unit, self.ctx.lang)
                    spin.setSuffix(f" {unit}" if unit else "")
                spin.setValue(float(e["delta"]))
                spin.setEnabled(writable)
                spin.valueChanged.connect(lambda v, eid=e["id"]: self._delta(eid, v))
                self.delta_spins[e["id"]] = spin
                when = QLabel(years)
                when.setFont(_font(12))
                self.grid.addWidget(lab, row, 0)
                self.grid.addWidget(spin, row, 1)
                self.grid.addWidget(when, row, 2)
                row += 1
                any_shown = True
        if not any_shown:
            none = QLabel(translate("Tracker", "Noch keine Maßnahmen und keine Wirkungen erfasst."))
            none.setFont(_font(13))
            self.grid.addWidget(none, row, 0, 1, 3)
        self.grid.setColumnStretch(0, 1)
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        self.grid.setRowStretch(row + 1, 1)  # rows stay at the top, the rest of the space below them
        self._loading = False

    def _status(self, item_id: str, combo: QComboBox) -> None:
        if self._loading:
            return
        status = str(combo.currentData())
        tint(combo, STATUS_COLORS.get(status, WHITE), "QComboBox")
        self._commit(lambda: self.tracker.update_item(item_id, {"status": status}),
                     translate("Tracker", "Status der Maßnahme"))

    def _delta(self, effect_id: str, value: float) -> None:
        if self._loading:
            return
        self._commit(lambda: self.tracker.update("effect", effect_id, {"delta": round(value, 6)}),
                     translate("Tracker", "Größe der Wirkung"))

    def _commit(self, edit: Callable[[], list[Change]], what: str) -> None:
        try:
            changes = edit()
        except Exception as exc:  # noqa: BLE001 - validation or database error: the reason is shown
            self.failed.emit(self.ctx.present_error(exc, dialog=False))
            return
        if changes:
            self.committed.emit(changes, what)


class MeetingWaterfall(QWidget):
    """Waterfall of the gap in 2035 (region) with a group chooser; recomputed in the worker pool."""

    def __init__(self, ctx: AppContext, tracker: Tracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingWaterfall")
        self.tracker = tracker
        self.ctx = ctx
        store = ctx.store
        lang = ctx.lang
        self.group = QComboBox()
        self.group.setObjectName("meetingWaterfallGroup")
        self.group.setFont(_font(11))
        self.group.addItem(translate("Tracker", "alle Gewerbegruppen"), "")
        for g in GEWERBEGRUPPEN:
            self.group.addItem(GEWERBEGRUPPEN_EN[g] if lang == "en" else g, g)
        self.group.currentIndexChanged.connect(self.recompute)
        self.title = QLabel()
        self.title.setFont(_font(12, True))
        self.title.setWordWrap(True)
        self.chart = WaterfallChart(lambda v: fmt_number(v, 0))
        self.chart.setFont(_font(11))
        self.sentence = QLabel()
        self.sentence.setObjectName("meetingWaterfallSentence")
        self.sentence.setFont(_font(12))
        self.sentence.setWordWrap(True)
        self.note = QLabel(translate(
            "Tracker",
            "Je Maßnahme ihr Beitrag: Lücke mit allen Maßnahmen außer dieser − Lücke mit allen. Wirken "
            "Maßnahmen zusammen, müssen sich die Beiträge nicht addieren (Rest). Wirkungen sind Annahmen "
            "(Begründung und Quelle im Tracker); Prognose: eigene Projektion (Schätzung).",
        ))
        self.note.setWordWrap(True)
        self.note.setFont(_font(9))
        set_role(self.note, "secondary")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.group)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(head)
        lay.addWidget(self.chart, 1)
        lay.addWidget(self.sentence)
        lay.addWidget(self.note)
        self.evaluator = AsyncEvaluator(store, self) if store is not None else None
        if self.evaluator is not None:
            self.evaluator.ready.connect(self.show_evaluation)
            self.evaluator.failed.connect(
                lambda exc: self.chart.set_message(self.ctx.present_error(exc, dialog=False))
            )
        self.evaluation: Any = None
        self.requests = 0

    def recompute(self, *_: object) -> None:
        """Read the measures (a quick query) and evaluate them in the worker pool."""
        group = str(self.group.currentData() or "")
        self.title.setText(translate("Tracker", "Lücke %1 in der Region:").replace("%1", str(YEAR)))
        self.title.setToolTip(translate("Tracker", "Lücke ohne Maßnahmen → Beitrag je Maßnahme → Lücke mit Maßnahmen"))
        if self.evaluator is None:
            self.chart.set_message(translate("Tracker", "Ohne Daten keine Prognose."))
            return
        measures = load_measures(self.tracker.con)
        if not measures:
            self.chart.set_message(translate(
                "Tracker", "Noch keine Maßnahme im Status geplant, in Umsetzung oder umgesetzt hat eine erfasste "
                "Wirkung (Empfehlungen › Wirkungen)."))
            self.sentence.setText("")
            return
        self.requests += 1
        self.evaluator.request(Request(parameters.resolve({}), tuple(measures), groups=(group,) if group else (),
                                       scenario="Basis", years=(YEAR,)))

    def show_evaluation(self, ev: Any) -> None:
        self.evaluation = ev
        if YEAR not in ev.years:
            return
        names = {"start": translate("Tracker", "ohne"), "end": translate("Tracker", "mit"),
                 "interaction": translate("Tracker", "Rest")}
        codes = {m.id: m.code for m in ev.measures}
        self.chart.set_bars(bars_from_steps(ev.waterfall(YEAR, self.ctx.lang), codes, names))
        without, with_ = ev.gap_without[YEAR], ev.gap_with[YEAR]
        closed = without - with_
        if without > 0.5 and closed > 0:
            text = (translate("Tracker", "Die Maßnahmen schließen %1 von %2 Beschäftigtenäquivalenten der Lücke %3 "
                              "(%4).")
                    .replace("%1", fmt_number(closed, 0)).replace("%2", fmt_number(without, 0))
                    .replace("%3", str(YEAR)).replace("%4", fmt_percent(min(1.0, closed / without), 0)))
        else:
            text = (translate("Tracker", "Lücke %1 ohne Maßnahmen: %2, mit Maßnahmen: %3 Beschäftigtenäquivalente "
                              "(negativ = Angebotsüberhang).")
                    .replace("%1", str(YEAR)).replace("%2", fmt_number(without, 0))
                    .replace("%3", fmt_number(with_, 0)))
        self.sentence.setText(text)
