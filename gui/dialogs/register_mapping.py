"""The import dialog's mapping step for a chamber's register extract.

Shown when a register file has headers nobody recognised (``RegisterColumnsError``: one row per
header with a field to choose) or main crafts the catalog does not know (``UnknownCraftsError``: one
row per craft text with its count and first rows, a craft to choose or "weglassen"). The choices become
``core.imports.register.RegisterOptions``; they are remembered per chamber (``core.imports.register_memory``)
when the import is saved, and offered again for the chamber's next extract.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext

LEAVE_OUT = "__leave_out__"


class RegisterMappingPanel(QWidget):
    """Columns and crafts to map; ``apply_requested`` when the user wants the file checked again."""

    apply_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("registerMapping")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("registerMappingInfo")
        top.addWidget(self.info, 1)
        top.addWidget(QLabel(self.tr("Kammer:")))
        self.chamber = QComboBox()
        self.chamber.setObjectName("registerChamber")
        for c in ctx.store.region.chambers:
            self.chamber.addItem(str(c.get("name", c.get("code", ""))), str(c.get("code", "")))
        if self.chamber.count() == 0:
            names = sorted({d.chamber_name for d in ctx.store.region.districts})
            for n in names:
                self.chamber.addItem(n, n)
        top.addWidget(self.chamber)
        lay.addLayout(top)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("registerMappingTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.apply_button = QPushButton(self.tr("Zuordnung übernehmen und erneut prüfen"))
        self.apply_button.setObjectName("registerMappingApply")
        self.apply_button.clicked.connect(self.apply_requested.emit)
        row.addWidget(self.apply_button)
        lay.addLayout(row)
        self.mode = ""  # "columns" | "crafts"
        self.hide()

    # -- filling -------------------------------------------------------------------------------------
    def chamber_name(self) -> str:
        return self.chamber.currentText()

    def show_columns(self, plan: Any, current: dict[str, str]) -> None:
        """One row per header: its text and a field to choose (recognised fields preselected)."""
        from core.imports.register_columns import FIELDS, REQUIRED, field_label

        self.mode = "columns"
        missing = ", ".join(field_label(f, self.ctx.lang) for f in plan.missing)
        self.info.setText(self.tr("Registerauszug: bitte die Spalten zuordnen. Es fehlen: {0}").format(missing))
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels([self.tr("Spalte in der Datei"), self.tr("Bedeutung")])
        by_index = {i: f for f, i in plan.fields.items()}
        self.table.setRowCount(len(plan.header))
        for r, head in enumerate(plan.header):
            self.table.setItem(r, 0, QTableWidgetItem(head))
            box = QComboBox()
            box.setObjectName(f"registerField{r}")
            box.addItem(self.tr("– nicht verwenden –"), "ignore")
            for f in FIELDS:
                if f == "ignore":
                    continue
                star = " *" if f in REQUIRED else ""
                box.addItem(field_label(f, self.ctx.lang) + star, f)
            chosen = current.get(head) or by_index.get(r) or "ignore"
            box.setCurrentIndex(max(0, box.findData(chosen)))
            self.table.setCellWidget(r, 1, box)
        self.show()

    def show_crafts(self, unknown: list[Any], current: dict[str, str | None]) -> None:
        """One row per unknown main craft: text, number of businesses, first rows, a craft to choose."""
        from core.crafts import catalog

        self.mode = "crafts"
        self.info.setText(self.tr(
            "Diese Handwerke kennt das Programm nicht. Bitte jedes einem Handwerk zuordnen oder ausdrücklich "
            "weglassen; erst dann kann importiert werden."))
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels([self.tr("Handwerk in der Datei"), self.tr("Betriebe"),
                                              self.tr("Zeilen"), self.tr("Zuordnung")])
        crafts = catalog().crafts
        self.table.setRowCount(len(unknown))
        for r, u in enumerate(unknown):
            self.table.setItem(r, 0, QTableWidgetItem(u.text))
            n = QTableWidgetItem(str(u.count))
            n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 1, n)
            rows = ", ".join(str(x) for x in u.rows) + (" …" if u.count > len(u.rows) else "")
            self.table.setItem(r, 2, QTableWidgetItem(rows))
            box = QComboBox()
            box.setObjectName(f"registerCraft{r}")
            box.addItem(self.tr("– bitte wählen –"), "")
            box.addItem(self.tr("weglassen (nicht zählen)"), LEAVE_OUT)
            box.addItem(self.tr("B2 – handwerksähnliches Gewerbe"), "B2")
            box.addItem(self.tr("AeT – Anlage A, einfache Tätigkeiten"), "AeT")
            for c in crafts:
                box.addItem(f"{c.code} {c.name}", c.code)
            if u.text in current:
                box.setCurrentIndex(max(0, box.findData(current[u.text] or LEAVE_OUT)))
            box.currentIndexChanged.connect(self._update_button)
            self.table.setCellWidget(r, 3, box)
        self._update_button()
        self.show()

    def _update_button(self) -> None:
        if self.mode != "crafts":
            self.apply_button.setEnabled(True)
            return
        boxes = [self.table.cellWidget(r, 3) for r in range(self.table.rowCount())]
        self.apply_button.setEnabled(all(isinstance(b, QComboBox) and b.currentData() for b in boxes))

    # -- reading ----------------------------------------------------------------------------------------
    def column_map(self) -> dict[str, str]:
        out = {}
        for r in range(self.table.rowCount()):
            box = self.table.cellWidget(r, 1)
            item = self.table.item(r, 0)
            if isinstance(box, QComboBox) and item is not None:
                out[item.text()] = str(box.currentData())
        return out

    def craft_map(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for r in range(self.table.rowCount()):
            box = self.table.cellWidget(r, 3)
            item = self.table.item(r, 0)
            if isinstance(box, QComboBox) and item is not None and box.currentData():
                out[item.text()] = None if box.currentData() == LEAVE_OUT else str(box.currentData())
        return out
