"""Detail pane of one recommendation or measure: every field editable, confirmed with Ctrl+S or Enter.

Edits stay pending (marked "nicht gespeichert") until confirmed; confirming validates and commits all
changed fields in one transaction, and only then shows "Gespeichert". Study texts of a recommendation are
shown read-only with their citation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import swot
from core.forecast import parameters
from core.tracker.model import ENTITY_FIELDS, field_label, fmt_date, status_label
from core.tracker.seed import study_text
from core.tracker.store import Change, Tracker
from gui.context import AppContext
from gui.measures_engine import AsyncEvaluator, Request, load_measures
from gui.style import HINT, set_role
from gui.tabs.tracker.common import fill_status_combo, item_title, saved_role, set_combo_status
from gui.tabs.tracker.effects_editor import EffectsEditor
from gui.tabs.tracker.subtable import SubTable

translate = QCoreApplication.translate
TEXT_FIELDS = ("title", "org", "person", "partners", "start_date", "due_date")
AREA_FIELDS = ("description", "next_steps", "notes")


class _PlainText(QPlainTextEdit):
    """Multi-line text where Tab moves focus (keyboard users) instead of inserting a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(54)
        self.setMaximumHeight(96)


class DetailPane(QWidget):
    committed = Signal(list, str)  # list[Change], description
    message = Signal(str, bool)  # text, ok

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store  # the bundled data, for the contribution of the item's effects (None: not shown)
        self.tracker: Tracker | None = None
        self.row: dict[str, Any] | None = None
        self._loading = False

        self.header = QLabel()
        self.header.setObjectName("detailHeader")
        self.header.setWordWrap(True)
        set_role(self.header, "detailTitle")
        self.study_box = QLabel()
        self.study_box.setObjectName("studyText")
        self.study_box.setWordWrap(True)
        self.study_box.setTextFormat(Qt.TextFormat.RichText)
        self._build_fields()
        form = self._build_form()
        buttons = self._build_buttons()
        scroll = self._build_details_page(form, buttons, self._build_subtables())
        self._build_history()
        effects_scroll = self._build_effects_page()
        self._evaluator: Any = None

        self.pages = QTabWidget()
        self.pages.addTab(scroll, translate("Tracker", "Details"))
        self.pages.addTab(effects_scroll, translate("Tracker", "Wirkungen"))
        self.pages.addTab(self.history, translate("Tracker", "Verlauf"))
        self.pages.currentChanged.connect(lambda *_: QTimer.singleShot(0, self.history.resizeRowsToContents))
        QVBoxLayout(self).addWidget(self.pages)
        QWidget.setTabOrder(self.edits["title"], self.areas["description"])
        chain = [self.areas["description"], self.status, self.progress, self.edits["org"], self.edits["person"],
                 self.edits["partners"], self.edits["start_date"], self.edits["due_date"], self.areas["next_steps"],
                 self.areas["notes"], self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setEnabled(False)

    def _build_fields(self) -> None:
        """One editor per item field; every edit marks the form dirty, Enter in a line confirms."""
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            e = QLineEdit()
            e.setObjectName(f"edit_{name}")
            e.textEdited.connect(self._mark_dirty)
            e.returnPressed.connect(self.confirm)
            self.edits[name] = e
        for name in ("start_date", "due_date"):
            self.edits[name].setPlaceholderText(translate("Tracker", "TT.MM.JJJJ"))
        self.areas: dict[str, QPlainTextEdit] = {}
        for name in AREA_FIELDS:
            a = _PlainText()
            a.setObjectName(f"edit_{name}")
            a.textChanged.connect(self._mark_dirty)
            self.areas[name] = a
        self.status = QComboBox()
        self.status.setObjectName("edit_status")
        fill_status_combo(self.status, self.ctx.lang)
        self.status.currentIndexChanged.connect(self._mark_dirty)
        self.progress = QSpinBox()
        self.progress.setObjectName("edit_progress")
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.valueChanged.connect(self._mark_dirty)
        self.progress.lineEdit().returnPressed.connect(self.confirm)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_row_label = QLabel(translate("Tracker", "Titel"))
        form.addRow(self.title_row_label, self.edits["title"])
        self.desc_label = QLabel(translate("Tracker", "Beschreibung"))
        form.addRow(self.desc_label, self.areas["description"])
        form.addRow(translate("Tracker", "Status"), self.status)
        form.addRow(translate("Tracker", "Fortschritt"), self.progress)
        form.addRow(translate("Tracker", "Verantwortliche Organisation"), self.edits["org"])
        form.addRow(translate("Tracker", "Verantwortliche Person"), self.edits["person"])
        form.addRow(translate("Tracker", "Partner"), self.edits["partners"])
        dates = QHBoxLayout()
        dates.addWidget(self.edits["start_date"])
        dates.addWidget(QLabel(translate("Tracker", "Fällig")))
        dates.addWidget(self.edits["due_date"])
        form.addRow(translate("Tracker", "Beginn"), dates)
        form.addRow(translate("Tracker", "Nächste Schritte"), self.areas["next_steps"])
        form.addRow(translate("Tracker", "Notizen"), self.areas["notes"])
        return form

    def _build_buttons(self) -> QHBoxLayout:
        """Übernehmen, Verwerfen and the save state."""
        self.save_button = QPushButton(translate("Tracker", "Übernehmen (Strg+S)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.confirm)
        self.revert_button = QPushButton(translate("Tracker", "Verwerfen"))
        self.revert_button.clicked.connect(self.revert)
        self.state = QLabel("")
        self.state.setObjectName("saveState")
        self.state.setWordWrap(True)  # a long state text wraps: it never widens the form (no sideways shift)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.state, 1)
        return buttons

    def _build_subtables(self) -> QTabWidget:
        """Meilensteine, Kennzahlen, Dateien und Links (each commits on its own)."""
        self.subtables = {e: SubTable(e, self.ctx) for e in ("milestone", "kpi", "link")}
        for t in self.subtables.values():
            t.committed.connect(self.committed)
            t.committed.connect(self._refresh_history)
            t.failed.connect(lambda text: self.message.emit(text, False))
        sub = QTabWidget()
        sub.addTab(self.subtables["milestone"], translate("Tracker", "Meilensteine"))
        sub.addTab(self.subtables["kpi"], translate("Tracker", "Kennzahlen"))
        sub.addTab(self.subtables["link"], translate("Tracker", "Dateien und Links"))
        sub.setMinimumHeight(170)
        return sub

    def _build_details_page(self, form: QFormLayout, buttons: QHBoxLayout, sub: QTabWidget) -> QScrollArea:
        """Page "Details": header, study text, form, buttons, sub-tables and the SWOT box; scrolls."""
        self.swot_box = QGroupBox(translate("Tracker", "Bezug SWOT"))
        self.swot_label = QLabel()
        self.swot_label.setWordWrap(True)
        QVBoxLayout(self.swot_box).addWidget(self.swot_label)

        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(self.header)
        lay.addWidget(self.study_box)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(sub)
        lay.addWidget(self.swot_box)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("detailScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the form follows the width
        scroll.setWidget(inner)
        return scroll

    def _build_history(self) -> None:
        """Page "Verlauf": every change with when, who, field, old → new."""
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("historyTable")
        self.history.setHorizontalHeaderLabels(
            [translate("Tracker", "Wann"), translate("Tracker", "Wer"), translate("Tracker", "Feld"), translate("Tracker", "Alt → Neu")]
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setWordWrap(True)
        self.history.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.history.horizontalHeader().sectionResized.connect(lambda *_: self.history.resizeRowsToContents())
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def _build_effects_page(self) -> QScrollArea:
        """Page "Wirkungen": the item's expected effects on forecast parameters."""
        self.effects = EffectsEditor(self.ctx)
        self.effects.committed.connect(self.committed)
        self.effects.committed.connect(self._refresh_history)
        self.effects.committed.connect(self._request_worth)
        self.effects.failed.connect(lambda text: self.message.emit(text, False))
        effects_scroll = QScrollArea()
        effects_scroll.setObjectName("effectsPage")
        effects_scroll.setWidgetResizable(True)
        effects_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        effects_scroll.setWidget(self.effects)
        return effects_scroll

    # ------------------------------------------------------------------ state
    @property
    def dirty(self) -> bool:
        return bool(self.pending_changes())

    def _mark_dirty(self, *_: object) -> None:
        if self._loading:
            return
        if self.dirty:
            self.state.setText(translate("Tracker", "Nicht gespeicherte Änderungen – Strg+S oder Enter zum Übernehmen"))
            set_role(self.state, "unsaved")
        else:
            self.state.setText("")

    def pending_changes(self) -> dict[str, object]:
        """Fields whose editor differs from the stored value (as typed; validation happens on confirm)."""
        if self.row is None:
            return {}
        r = self.row
        shown = self._editor_values()
        stored = self._stored_values(r)
        return {k: v for k, v in shown.items() if str(v) != str(stored[k])}

    def _editor_values(self) -> dict[str, object]:
        vals: dict[str, object] = {n: self.edits[n].text().strip() for n in TEXT_FIELDS}
        vals.update({n: self.areas[n].toPlainText().strip() for n in AREA_FIELDS})
        vals["status"] = self.status.currentData()
        vals["progress"] = self.progress.value()
        if self.row and self.row["kind"] == "recommendation":
            vals.pop("title")
            vals.pop("description")
        return vals

    def _stored_values(self, r: dict[str, Any]) -> dict[str, object]:
        vals: dict[str, object] = {n: (r[n] or "") for n in ("title", "org", "person", "partners")}
        vals["start_date"] = fmt_date(r["start_date"], self.ctx.lang)
        vals["due_date"] = fmt_date(r["due_date"], self.ctx.lang)
        vals.update({n: (r[n] or "").strip() for n in AREA_FIELDS})
        vals["status"] = r["status"]
        vals["progress"] = r["progress"]
        return vals

    # ------------------------------------------------------------------ load
    def load(self, tracker: Tracker, item_id: str | None) -> None:
        self.tracker = tracker
        if item_id is None:
            self.row = None
            self.setEnabled(False)
            self.header.setText(translate("Tracker", "Bitte links eine Empfehlung oder Maßnahme wählen."))
            return
        self.row = r = tracker.item(item_id)
        self._loading = True
        is_rec = r["kind"] == "recommendation"
        kind = translate("Tracker", "Empfehlung") if is_rec else translate("Tracker", "Maßnahme")
        self.header.setText(f"{kind} {r['code']}: {item_title(r, self.ctx.lang)}")
        if is_rec:
            # labels outside the f-string: lupdate does not look inside f-strings
            field, background = translate("Tracker", "Handlungsfeld"), translate("Tracker", "Hintergrund")
            goal, source = translate("Tracker", "Ziel"), translate("Tracker", "Quelle")
            summarised = translate("Tracker", "sinngemäß zusammengefasst; Art: Studie")
            self.study_box.setText(
                f"<b>{field}:</b> {field_label(r['field'], self.ctx.lang)}<br>"
                f"<b>{background}:</b> {study_text(r, 'background', self.ctx.lang)}<br>"
                f"<b>{goal}:</b> {study_text(r, 'goal', self.ctx.lang)}<br>"
                f"<span style='color:{HINT}'>{source}: {study_text(r, 'source', self.ctx.lang)} ({summarised})</span>"
            )
        self.study_box.setVisible(is_rec)
        for w in (self.title_row_label, self.edits["title"], self.desc_label, self.areas["description"]):
            w.setVisible(not is_rec)
        stored = self._stored_values(r)
        for n in TEXT_FIELDS:
            self.edits[n].setText(str(stored[n]))
        for n in AREA_FIELDS:
            self.areas[n].setPlainText(str(stored[n]))
        set_combo_status(self.status, r["status"])
        self.progress.setValue(int(r["progress"]))
        for t in self.subtables.values():
            t.load(tracker, item_id)
        self.effects.load(tracker, item_id)
        self._request_worth()
        self._load_history(item_id)
        self._load_swot(r)
        self._loading = False
        self.state.setText("")
        self.setEnabled(True)
        writable = not tracker.read_only
        grey = "" if writable else "readOnlyField"
        for e in self.edits.values():
            e.setReadOnly(not writable)
            set_role(e, grey)
        for a in self.areas.values():
            a.setReadOnly(not writable)
            set_role(a, grey)
        for control in (self.status, self.progress, self.save_button, self.revert_button):
            control.setEnabled(writable)

    # ------------------------------------------------------------------ worth of the item's effects
    def _request_worth(self, *_: object) -> None:
        """Contribution of this item to the gap, computed in the worker pool (see gui.measures_engine)."""
        if self.tracker is None or self.row is None:
            return
        item_id = self.row["id"]
        row = self.tracker.item(item_id)
        measures = load_measures(self.tracker.con)
        counted = any(m.id == item_id for m in measures)
        status = status_label(row["status"], self.ctx.lang)
        if self.store is None or not self.effects.rows or not counted:
            self.effects.show_worth(status, counted, None)
            return
        self.effects.show_worth(status, True, None)
        if self._evaluator is None:
            self._evaluator = AsyncEvaluator(self.store, self)
            self._evaluator.ready.connect(self._show_worth)
        self._evaluator.request(Request(parameters.resolve({}), tuple(measures), scenario="Basis"))

    def _show_worth(self, ev: Any) -> None:
        if self.row is None or self.tracker is None:
            return
        c = ev.contributions.get(self.row["id"])
        if c is not None:
            self.effects.show_worth(status_label(self.row["status"], self.ctx.lang), True, c)

    def _refresh_history(self, *_: object) -> None:
        if self.row is not None:
            self._load_history(self.row["id"])

    def _load_history(self, item_id: str) -> None:
        assert self.tracker is not None
        rows = self.tracker.history(item_id)
        labels = {(e, f.name): (f.label if self.ctx.lang == "de" else f.label_en)
                  for e, fs in ENTITY_FIELDS.items() for f in fs}
        self.history.setRowCount(len(rows))
        for i, h in enumerate(rows):
            when = h["at"].replace(tzinfo=dt.UTC).astimezone()
            field = labels.get((h["entity"], h["field"]), translate("Tracker", "angelegt") if h["field"] == "angelegt"
                               else h["field"])
            if h["entity"] != "item":
                field = {"milestone": translate("Tracker", "Meilenstein"), "kpi": translate("Tracker", "Kennzahl"),
                         "link": translate("Tracker", "Link"), "effect": translate("Tracker", "Wirkung")}.get(
                    h["entity"], h["entity"]) + ": " + field
            old, new = h["old"], h["new"]
            if h["field"] == "status":
                old, new = status_label(old or "", self.ctx.lang), status_label(new or "", self.ctx.lang)
            text = f"{old if old not in (None, '') else '–'} → {new if new not in (None, '') else '–'}"
            if h["note"]:  # undo/redo notes are stored in German; shown in the UI language
                note = {"Rückgängig": translate("Tracker", "Rückgängig"),
                        "Wiederholen": translate("Tracker", "Wiederholen")}.get(h["note"], h["note"])
                text += f"  ({note})"
            for j, v in enumerate((when.strftime("%d.%m.%y %H:%M"), h["who"], field, text)):
                cell = QTableWidgetItem(v)
                cell.setToolTip(f"{when:%d.%m.%Y %H:%M:%S} · {h['who']} · {field}\n{text}")
                self.history.setItem(i, j, cell)
        for col in (0, 1, 2):
            self.history.resizeColumnToContents(col)
        self.history.resizeRowsToContents()

    def _load_swot(self, r: dict[str, Any]) -> None:
        """Show SWOT items linked to the recommendation, if the SWOT module is there."""
        number = r["number"] if r["kind"] == "recommendation" else None
        if number is None and self.tracker is not None and r.get("parent_id"):
            number = self.tracker.item(r["parent_id"])["number"]
        try:
            links = swot.links_for_recommendation(self.tracker.con, int(number or 0))  # type: ignore[union-attr]
        except Exception:  # noqa: BLE001 - no SWOT table in this database (older file, read-only snapshot)
            self.swot_box.setVisible(False)
            return
        self.swot_box.setVisible(True)
        if not links:
            self.swot_label.setText(translate("Tracker", "Keine SWOT-Punkte verknüpft."))
            return
        names = {"S": translate("Tracker", "Stärke"), "W": translate("Tracker", "Schwäche"),
                 "O": translate("Tracker", "Chance"), "T": translate("Tracker", "Risiko")}
        lines = []
        for it in links:
            cat = it.category
            text = it.text_en if self.ctx.lang == "en" and it.text_en else it.text
            lines.append(f"• {it.id} {names.get(cat[:1].upper(), cat)}: {text}")
        self.swot_label.setText("\n".join(lines))

    # ------------------------------------------------------------------ actions
    def confirm(self) -> bool:
        """Validate and commit the pending changes (one transaction). True if nothing is left pending."""
        if self.tracker is None or self.row is None:
            return True
        changes = self.pending_changes()
        if not changes:
            return True
        try:
            done: list[Change] = self.tracker.update_item(self.row["id"], changes)
        except Exception as exc:  # noqa: BLE001 - validation or database error: the edit stays, the reason is shown
            text = self.ctx.present_error(exc, dialog=False)
            self.state.setText(text)
            set_role(self.state, saved_role(False))
            self.message.emit(text, False)
            return False
        item_id = self.row["id"]
        self.load(self.tracker, item_id)
        from datetime import datetime

        self.state.setText(translate("Tracker", "Gespeichert") + f" {datetime.now():%H:%M:%S}")
        set_role(self.state, saved_role(True))
        if done:
            self.committed.emit(done, translate("Tracker", "Bearbeitet: ") + self.row["code"])
        return True

    def revert(self) -> None:
        if self.tracker is not None and self.row is not None:
            self.load(self.tracker, self.row["id"])
