"""„Wirkungen“ page of the tracker's detail pane: the expected effects of the item on forecast parameters,
and what the item is worth (its contribution to the gap in 2030/2035/2040).

The list shows every effect; the form below edits the selected one (parameter, change, start year, year of
full effect, districts, groups, justification, source). „Übernehmen“ validates and commits all changed
fields in one transaction with history (core.tracker.store), and the edit goes on the tab's undo stack like
any other. The contribution is computed in the worker pool (gui.measures_engine) for the region, all
groups, scenario Basis and the default statuses; it need not add up with other measures' contributions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN
from core.regions import load_region
from core.tracker.effects import FIRST_YEAR, LAST_YEAR, EffectParam, effect_params, split_list, unit_label
from core.tracker.store import Change, Tracker
from gui.context import AppContext
from gui.formatting import fmt_number
from gui.style import SECONDARY, set_role
from gui.tabs.tracker.common import saved_role
from gui.widgets.multi_pick import MultiPick

translate = QCoreApplication.translate


def group_label(group: str, lang: str) -> str:
    return GEWERBEGRUPPEN_EN.get(group, group) if lang == "en" else group


def effect_summary(e: dict[str, Any], params: dict[str, EffectParam], lang: str) -> list[str]:
    """Cells of the effect list: parameter, change with unit, years, districts, groups."""
    p = params.get(e["param"])
    unit = unit_label(p.unit, lang) if p else ""
    decimals = 2 if p is None else max(1, len(f"{p.step:g}".split(".")[1]) if "." in f"{p.step:g}" else 1)
    delta = ("+" if e["delta"] > 0 else "") + fmt_number(e["delta"], decimals)
    years = str(e["start_year"])
    if e["full_year"] and e["full_year"] != e["start_year"]:
        years += f"–{e['full_year']}"
    names = {d.ags: d.name for d in load_region().districts}
    districts = ", ".join(names.get(a, a) for a in split_list(e["districts"])) or translate("Tracker", "alle")
    groups = ", ".join(group_label(g, lang) for g in split_list(e["groups"])) or translate("Tracker", "alle")
    return [p.label(lang) if p else e["param"], f"{delta} {unit}".strip(), years, districts, groups]


class EffectsEditor(QWidget):
    committed = Signal(list, str)  # list[Change], description (for the undo stack)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tracker: Tracker | None = None
        self.item_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.current: str | None = None  # effect id in the form; None = a new effect
        self.params = effect_params()
        self._loading = False

        intro = QLabel(translate(
            "Tracker",
            "Erwartete Wirkung auf die Prognose: Änderung eines Parameters ab einem Jahr, linear ansteigend "
            "bis zur vollen Wirkung. Jede Wirkung braucht eine Begründung und eine Quelle (Studienstelle, "
            "Ergebnis eines Pilotprojekts oder „Annahme“).",
        ))
        intro.setWordWrap(True)
        set_role(intro, "secondary")
        self._build_table()
        list_buttons = self._build_list_buttons()
        self._build_form_fields()
        self._build_form_box()
        self._build_worth_box()

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.worth_box)
        lay.addWidget(self.table)
        lay.addLayout(list_buttons)
        lay.addWidget(self.form_box)
        lay.addStretch(1)
        self._param_changed()

    def _build_table(self) -> None:
        """The item's effects, one row each; choosing a row loads it into the form."""
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("effectsTable")
        self.table.setHorizontalHeaderLabels([
            translate("Tracker", "Parameter"), translate("Tracker", "Änderung"), translate("Tracker", "Jahre"),
            translate("Tracker", "Kreise"), translate("Tracker", "Gewerbegruppen"),
        ])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(84)
        self.table.setMaximumHeight(150)
        self.table.currentCellChanged.connect(self._on_row)

    def _build_list_buttons(self) -> QHBoxLayout:
        self.new_button = QPushButton(translate("Tracker", "Neue Wirkung"))
        self.new_button.setObjectName("newEffect")
        self.new_button.clicked.connect(self.new_effect)
        self.remove_button = QPushButton(translate("Tracker", "Wirkung entfernen"))
        self.remove_button.setObjectName("removeEffect")
        self.remove_button.clicked.connect(self.remove_effect)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        return list_buttons

    def _build_form_fields(self) -> None:
        """Parameter, change, years, districts, groups, reason and source of the chosen effect."""
        self.param = QComboBox()
        self.param.setObjectName("effectParam")
        for key, p in self.params.items():
            self.param.addItem(p.label(self.ctx.lang), key)
            self.param.setItemData(self.param.count() - 1, key, Qt.ItemDataRole.ToolTipRole)
        self.param.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.param.setMinimumContentsLength(16)
        self.param.currentIndexChanged.connect(self._param_changed)
        self.delta = QDoubleSpinBox()
        self.delta.setObjectName("effectDelta")
        self.delta.setKeyboardTracking(False)
        self.start = QSpinBox()
        self.start.setObjectName("effectStart")
        self.full = QSpinBox()
        self.full.setObjectName("effectFull")
        for s in (self.start, self.full):
            s.setRange(FIRST_YEAR, LAST_YEAR)
            s.setGroupSeparatorShown(False)
        self.range_hint = QLabel()
        set_role(self.range_hint, "secondary")
        self.range_hint.setWordWrap(True)
        region = load_region()
        self.districts = MultiPick([(d.ags, d.name) for d in region.districts], translate("Tracker", "alle Kreise"))
        self.districts.setObjectName("effectDistricts")
        self.groups = MultiPick([(g, group_label(g, self.ctx.lang)) for g in GEWERBEGRUPPEN],
                                translate("Tracker", "alle Gewerbegruppen"))
        self.groups.setObjectName("effectGroups")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("effectReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(translate("Tracker", "Warum diese Wirkung? (Pflicht)"))
        self.reason.setMinimumHeight(48)
        self.reason.setMaximumHeight(80)
        self.source = QLineEdit()
        self.source.setObjectName("effectSource")
        self.source.setPlaceholderText(translate("Tracker", "Annahme"))
        self.source.setMaxLength(500)

    def _build_form_box(self) -> None:
        """„Gewählte Wirkung“: the form with its apply button and state."""
        years = QHBoxLayout()
        years.addWidget(self.start)
        years.addWidget(QLabel(translate("Tracker", "volle Wirkung ab")))
        years.addWidget(self.full)
        years.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("Tracker", "Parameter"), self.param)
        form.addRow(translate("Tracker", "Änderung"), self.delta)
        form.addRow("", self.range_hint)
        form.addRow(translate("Tracker", "Wirkung ab"), years)
        form.addRow(translate("Tracker", "Kreise"), self.districts)
        form.addRow(translate("Tracker", "Gewerbegruppen"), self.groups)
        form.addRow(translate("Tracker", "Begründung"), self.reason)
        form.addRow(translate("Tracker", "Quelle"), self.source)
        self.apply_button = QPushButton(translate("Tracker", "Wirkung übernehmen"))
        self.apply_button.setObjectName("applyEffect")
        self.apply_button.clicked.connect(self.apply)
        self.state = QLabel("")
        self.state.setObjectName("effectState")
        self.state.setWordWrap(True)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.apply_button)
        form_buttons.addWidget(self.state, 1)
        self.form_box = QGroupBox(translate("Tracker", "Gewählte Wirkung"))
        fl = QVBoxLayout(self.form_box)
        fl.addLayout(form)
        fl.addLayout(form_buttons)

    def _build_worth_box(self) -> None:
        """„Wert dieses Eintrags“: the item's contribution to the gap (filled by the detail pane)."""
        self.worth_box = QGroupBox(translate("Tracker", "Wert dieses Eintrags"))
        self.worth = QLabel()
        self.worth.setObjectName("effectWorth")
        self.worth.setWordWrap(True)
        self.worth.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.worth_box).addWidget(self.worth)

    # ------------------------------------------------------------------ load
    def load(self, tracker: Tracker, item_id: str) -> None:
        self.tracker, self.item_id = tracker, item_id
        self.rows = tracker.effects(item_id)
        self._loading = True
        self.table.setRowCount(len(self.rows))
        for i, e in enumerate(self.rows):
            for j, text in enumerate(effect_summary(e, self.params, self.ctx.lang)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"{text}\n{translate('Tracker', 'Begründung')}: {e['reason']}\n"
                                f"{translate('Tracker', 'Quelle')}: {e['source']}")
                self.table.setItem(i, j, cell)
        self.table.resizeRowsToContents()
        self._loading = False
        keep = self.current if any(e["id"] == self.current for e in self.rows) else None
        if keep is None and self.rows:
            keep = self.rows[0]["id"]
        self.show_effect(keep)
        writable = not tracker.read_only
        for w in (self.new_button, self.apply_button, self.param, self.delta, self.start, self.full,
                  self.districts, self.groups):
            w.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.current is not None)
        self.reason.setReadOnly(not writable)
        self.source.setReadOnly(not writable)

    def show_effect(self, effect_id: str | None) -> None:
        """Fill the form with an effect (None: an empty new effect)."""
        self.current = effect_id
        row = next((e for e in self.rows if e["id"] == effect_id), None)
        self._loading = True
        if row is None:
            self.form_box.setTitle(translate("Tracker", "Neue Wirkung"))
            self.param.setCurrentIndex(max(0, self.param.findData("apprentice_entry")))
            self._param_changed()
            self.delta.setValue(0.0)
            self.start.setValue(max(FIRST_YEAR, min(LAST_YEAR, _this_year() + 1)))
            self.full.setValue(self.start.value() + 2)
            self.districts.set_values([])
            self.groups.set_values([])
            self.reason.setPlainText("")
            self.source.setText("")
            self.table.clearSelection()
        else:
            self.form_box.setTitle(translate("Tracker", "Gewählte Wirkung"))
            self.param.setCurrentIndex(max(0, self.param.findData(row["param"])))
            self._param_changed()
            self.delta.setValue(float(row["delta"]))
            self.start.setValue(int(row["start_year"]))
            self.full.setValue(int(row["full_year"] or row["start_year"]))
            self.districts.set_values(list(split_list(row["districts"])))
            self.groups.set_values(list(split_list(row["groups"])))
            self.reason.setPlainText(row["reason"])
            self.source.setText(row["source"])
            i = self.rows.index(row)
            if self.table.currentRow() != i:
                self.table.blockSignals(True)
                self.table.setCurrentCell(i, 0)
                self.table.blockSignals(False)
        self.remove_button.setEnabled(row is not None and not (self.tracker and self.tracker.read_only))
        self._loading = False
        self.state.setText("")

    def _on_row(self, row: int, *_: object) -> None:
        if self._loading or not 0 <= row < len(self.rows):
            return
        self.show_effect(self.rows[row]["id"])

    def _param_changed(self, *_: object) -> None:
        p = self.params.get(str(self.param.currentData()))
        if p is None:
            return
        decimals = len(f"{p.step:g}".split(".")[1]) if "." in f"{p.step:g}" else 0
        self.delta.setDecimals(max(1, decimals))
        self.delta.setSingleStep(p.step)
        self.delta.setRange(round(p.min_delta, 6), round(p.max_delta, 6))
        unit = unit_label(p.unit, self.ctx.lang)
        self.delta.setSuffix(f" {unit}" if unit else "")
        self.range_hint.setText(
            translate("Tracker", "Erlaubt: %1 bis %2 (Basiswert bleibt im plausiblen Bereich %3–%4)")
            .replace("%1", fmt_number(p.min_delta, max(1, decimals)))
            .replace("%2", fmt_number(p.max_delta, max(1, decimals)))
            .replace("%3", fmt_number(p.min, max(0, decimals)))
            .replace("%4", fmt_number(p.max, max(0, decimals)))
        )
        self.param.setToolTip(f"{p.label(self.ctx.lang)} ({p.key})")

    # ------------------------------------------------------------------ edits
    def form_values(self) -> dict[str, object]:
        return {
            "param": self.param.currentData(),
            "delta": round(self.delta.value(), 6),
            "start_year": self.start.value(),
            "full_year": self.full.value(),
            "districts": self.districts.values(),
            "groups": self.groups.values(),
            "reason": self.reason.toPlainText().strip(),
            "source": self.source.text().strip() or "Annahme",
        }

    def pending_changes(self) -> dict[str, object]:
        row = next((e for e in self.rows if e["id"] == self.current), None)
        if row is None:
            return self.form_values()
        vals = self.form_values()
        stored = {
            "param": row["param"], "delta": float(row["delta"]), "start_year": row["start_year"],
            "full_year": row["full_year"], "districts": list(split_list(row["districts"])),
            "groups": list(split_list(row["groups"])), "reason": row["reason"], "source": row["source"],
        }
        return {k: v for k, v in vals.items() if v != stored[k]}

    def apply(self) -> bool:
        """Validate and commit the form (a new effect or the changed fields of the selected one)."""
        if self.tracker is None or self.item_id is None:
            return True
        try:
            if self.current is None:
                v = self.form_values()
                new_id = self.tracker.add_effect(self.item_id, v["param"], v["delta"], v["start_year"],
                                                 v["full_year"], v["districts"], v["groups"], v["reason"],
                                                 v["source"])
                changes = [Change("effect", new_id, "deleted", True, False)]
                self.current = new_id
                what = translate("Tracker", "Wirkung angelegt")
            else:
                pending = self.pending_changes()
                if not pending:
                    return True
                changes = self.tracker.update("effect", self.current, pending)
                what = translate("Tracker", "Wirkung bearbeitet")
        except Exception as exc:  # noqa: BLE001 - validation or database error: the effect stays in the form
            text = self.ctx.present_error(exc, dialog=False)
            self.state.setText(text)
            set_role(self.state, saved_role(False))
            self.failed.emit(text)
            return False
        self.load(self.tracker, self.item_id)
        self.state.setText(translate("Tracker", "Gespeichert"))
        set_role(self.state, saved_role(True))
        if changes:
            self.committed.emit(changes, what)
        return True

    def new_effect(self) -> None:
        self.show_effect(None)
        self.param.setFocus()

    def remove_effect(self) -> None:
        if self.tracker is None or self.current is None or self.item_id is None:
            return
        try:
            changes = self.tracker.delete("effect", self.current)
        except Exception as exc:  # noqa: BLE001 - database error: the reason is shown, the list reloads
            self.failed.emit(self.ctx.present_error(exc, dialog=False))
            return
        self.current = None
        self.load(self.tracker, self.item_id)
        self.committed.emit(changes, translate("Tracker", "Wirkung entfernt"))

    # ------------------------------------------------------------------ worth
    def show_worth(self, status: str, counted: bool, contribution: dict[int, float] | None,
                   note: str = "") -> None:
        """The item's contribution (or why there is none) in the „Wert dieses Eintrags“ box."""
        if not self.rows:
            text = translate("Tracker", "Noch keine Wirkung erfasst – ohne Wirkung bleibt die Prognose unverändert.")
        elif not counted:
            text = translate("Tracker", "Im Status „%1“ nicht in „mit Maßnahmen“ berücksichtigt (berücksichtigt: "
                             "geplant, in Umsetzung, umgesetzt).").replace("%1", status)
        elif contribution is None:
            text = translate("Tracker", "Beitrag wird berechnet …")
        else:
            parts = []
            for year, value in sorted(contribution.items()):
                sign = "+" if value > 0.5 else ""
                parts.append(f"{year}: <b>{sign}{fmt_number(value, 0)}</b>")
            text = (
                translate("Tracker", "Beitrag zur Lücke (Beschäftigtenäquivalente; positiv = schließt Lücke): %1")
                .replace("%1", " · ".join(parts))
                + f"<br><span style='color:{SECONDARY}'>"
                + translate("Tracker", "Region, alle Gewerbegruppen, Szenario Basis, mit allen berücksichtigten "
                            "Maßnahmen. Wirken Maßnahmen zusammen, müssen sich die Beiträge nicht addieren.")
                + (f" {note}" if note else "")
                + "</span>"
            )
        self.worth.setText(text)


def _this_year() -> int:
    import datetime as dt

    return dt.date.today().year
