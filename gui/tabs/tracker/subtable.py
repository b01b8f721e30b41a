"""Editable table of an item's milestones, KPIs or links. Every cell edit is committed at once (one
transaction with history) and pushed on the undo stack; invalid input is refused and the cell restored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.tracker import links
from core.tracker.model import fmt_date
from core.tracker.store import Change, Tracker
from gui import messages
from gui.context import AppContext
from gui.formatting import fmt_number

translate = QCoreApplication.translate


def confirm_open(parent: QWidget, target: str) -> bool:
    """Show the link target as plain text and ask before opening it; without dialogs (--no-error-dialogs)
    nothing is opened. Tests replace this hook."""
    return messages.ask(parent, translate("Tracker", "Link öffnen"),
                        translate("Tracker", "Diesen Link mit dem zugehörigen Programm öffnen?"), detail=target)


def open_url(url: Any) -> None:
    """Hand the URL to the desktop (tests replace this hook)."""
    QDesktopServices.openUrl(url)


# entity -> columns (field, German header; translated in context "Tracker")
COLUMNS: dict[str, list[tuple[str, Any]]] = {
    "milestone": [
        ("due", QT_TRANSLATE_NOOP("Tracker", "Termin")),
        ("title", QT_TRANSLATE_NOOP("Tracker", "Meilenstein")),
        ("done", QT_TRANSLATE_NOOP("Tracker", "Erledigt")),
    ],
    "kpi": [
        ("name", QT_TRANSLATE_NOOP("Tracker", "Kennzahl")),
        ("target", QT_TRANSLATE_NOOP("Tracker", "Ziel")),
        ("actual", QT_TRANSLATE_NOOP("Tracker", "Ist")),
        ("unit", QT_TRANSLATE_NOOP("Tracker", "Einheit")),
    ],
    "link": [
        ("label", QT_TRANSLATE_NOOP("Tracker", "Bezeichnung")),
        ("target", QT_TRANSLATE_NOOP("Tracker", "Datei oder Adresse")),
    ],
}


def _cell_text(field: str, value: Any, lang: str) -> str:
    if value is None:
        return ""
    if field == "due":
        return fmt_date(value, lang)
    if isinstance(value, float):
        return fmt_number(value, 0 if value.is_integer() else 2)
    return str(value)


class SubTable(QWidget):
    """Rows of one entity kind for the current item."""

    committed = Signal(list, str)  # list[Change], description (for the undo stack)
    failed = Signal(str)

    def __init__(self, entity: str, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.ctx = ctx
        self.tracker: Tracker | None = None
        self.item_id: str | None = None
        self._ids: list[str] = []
        self._loading = False
        cols = COLUMNS[entity]
        self.table = QTableWidget(0, len(cols))
        self.table.setObjectName(f"table_{entity}")
        self.table.setHorizontalHeaderLabels([translate("Tracker", str(h)) for _, h in cols])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.itemChanged.connect(self._on_changed)
        self.add_button = QPushButton(translate("Tracker", "Hinzufügen"))
        self.remove_button = QPushButton(translate("Tracker", "Entfernen"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        if entity == "link":
            self.open_button = QPushButton(translate("Tracker", "Öffnen"))
            self.open_button.clicked.connect(self.open_link)
            buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)

    def _rows(self) -> list[dict[str, Any]]:
        assert self.tracker is not None and self.item_id is not None
        return {"milestone": self.tracker.milestones, "kpi": self.tracker.kpis, "link": self.tracker.links}[
            self.entity](self.item_id)

    def load(self, tracker: Tracker, item_id: str) -> None:
        self.tracker, self.item_id = tracker, item_id
        self._loading = True
        rows = self._rows()
        self._ids = [r["id"] for r in rows]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, (field, _) in enumerate(COLUMNS[self.entity]):
                if field == "done":
                    cell = QTableWidgetItem("")
                    cell.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled |
                                  Qt.ItemFlag.ItemIsSelectable)
                    cell.setCheckState(Qt.CheckState.Checked if r["done"] else Qt.CheckState.Unchecked)
                else:
                    cell = QTableWidgetItem(_cell_text(field, r[field], self.ctx.lang))
                self.table.setItem(i, j, cell)
        self._loading = False
        writable = not tracker.read_only
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable)
        if not writable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _on_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading or self.tracker is None:
            return
        field = COLUMNS[self.entity][cell.column()][0]
        value: object = cell.checkState() == Qt.CheckState.Checked if field == "done" else cell.text()
        entity_id = self._ids[cell.row()]
        try:
            changes = self.tracker.update(self.entity, entity_id, {field: value})
        except Exception as exc:  # noqa: BLE001 - validation or database error: shown, the table reloads
            self.failed.emit(self.ctx.present_error(exc, dialog=False))
            self._reload_later()  # show the stored value again (not while the editor is closing)
            return
        if changes:
            self.committed.emit(changes, translate("Tracker", "Tabelle bearbeitet"))
            self._reload_later()

    def _reload_later(self) -> None:
        tracker, item_id = self.tracker, self.item_id
        if tracker is not None and item_id is not None:
            QTimer.singleShot(0, lambda: self.load(tracker, item_id) if self.item_id == item_id else None)

    def add_row(self) -> None:
        if self.tracker is None or self.item_id is None:
            return
        adders: dict[str, Callable[[], str]] = {
            "milestone": lambda: self.tracker.add_milestone(self.item_id, translate("Tracker", "Neuer Meilenstein")),  # type: ignore[union-attr,arg-type]
            "kpi": lambda: self.tracker.add_kpi(self.item_id, translate("Tracker", "Neue Kennzahl")),  # type: ignore[union-attr,arg-type]
            "link": lambda: self.tracker.add_link(self.item_id, translate("Tracker", "Pfad oder Adresse")),  # type: ignore[union-attr,arg-type]
        }
        try:
            new_id = adders[self.entity]()
        except Exception as exc:  # noqa: BLE001 - validation or database error: shown, the table reloads
            self.failed.emit(self.ctx.present_error(exc, dialog=False))
            return
        self.committed.emit([Change(self.entity, new_id, "deleted", True, False)], translate("Tracker", "Zeile hinzugefügt"))
        self.load(self.tracker, self.item_id)
        row = self._ids.index(new_id)
        col = 1 if self.entity == "milestone" else 0
        self.table.setCurrentCell(row, col)
        cell = self.table.item(row, col)
        if cell is not None:
            self.table.editItem(cell)

    def open_link(self) -> None:
        """Open an http(s) address or an existing local file with the system's program — only after the user
        saw the target as text and confirmed (a link may come from an imported file: core.tracker.links)."""
        row = self.table.currentRow()
        cell = self.table.item(row, 1) if row >= 0 else None
        if cell is None or not cell.text().strip():
            return
        target = cell.text().strip()
        problem = links.open_problem(target)
        if problem:
            self.failed.emit(problem[1] if self.ctx.lang == "en" else problem[0])
            return
        if not confirm_open(self, target):
            return
        url = QUrl(target) if links.is_url(target) else QUrl.fromLocalFile(str(Path(target).expanduser()))
        open_url(url)

    def remove_row(self) -> None:
        if self.tracker is None or self.item_id is None:
            return
        row = self.table.currentRow()
        if not 0 <= row < len(self._ids):
            return
        try:
            changes = self.tracker.delete(self.entity, self._ids[row])
        except Exception as exc:  # noqa: BLE001 - validation or database error: shown, the table reloads
            self.failed.emit(self.ctx.present_error(exc, dialog=False))
            return
        self.committed.emit(changes, translate("Tracker", "Zeile entfernt"))
        self.load(self.tracker, self.item_id)
