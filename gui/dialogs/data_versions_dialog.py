"""Datei › Datenstände …: the data versions (imports), which one is active, switch and undo.

The first row is the bundled data ("Mitgelieferte Daten"); then one row per import with its
provenance. "Aktivieren" makes the selected version the data on screen (bundled facts with the
imports up to it laid over them); "Import rückgängig machen" asks for a second click, then removes
that import's values. Below, "Werte prüfen" shows one series (district, indicator) as the app now
sees it and which data version each figure comes from.

After every switch the dialog emits ``ctx.events.data_changed(version_id)`` (``gui.events``): the main
window shows the new Datenstand and rebuilds the data tabs, the study views reload.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.imports import versions
from core.imports.model import flag_meaning, indicator_label
from core.provenance import bundled_catalog
from gui import workers
from gui.context import AppContext
from gui.formatting import fmt_number, formatter


def _activate_job(ctx: AppContext, version_id: int | None) -> int | None:
    assert ctx.user_con is not None
    cur = ctx.user_con.cursor()
    try:
        versions.activate(ctx.store, cur, version_id)
    finally:
        cur.close()
    return version_id


def _undo_job(ctx: AppContext, version_id: int) -> int | None:
    assert ctx.user_con is not None
    cur = ctx.user_con.cursor()
    try:
        return versions.undo_import(cur, version_id, ctx.store)
    finally:
        cur.close()


CHECK_INDICATORS = ("businesses", "employees", "population", "sv_employees_total", "sv_employees_craft",
                    "turnover_teur", "apprentices")


class DataVersionsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._versions: list[Any] = []
        self._undo_armed: int | None = None
        self.setObjectName("dataVersionsDialog")
        self.setWindowTitle(self.tr("Datenstände"))
        self.resize(940, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Jeder Import ist ein Datenstand. Der aktive Datenstand sind die mitgelieferten Daten mit allen "
            "Importen bis einschließlich des gewählten darübergelegt (ein späterer Import ersetzt denselben "
            "Wert eines früheren)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_versions_table(), 2)

        self.details = QLabel()
        self.details.setObjectName("versionDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        layout.addLayout(self._build_version_buttons())
        layout.addWidget(self._build_check_box(), 2)

        self.status = QLabel()
        self.status.setObjectName("versionsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        layout.addWidget(buttons)
        if not ctx.can_write:
            self.activate_button.setEnabled(False)
            self.undo_button.setEnabled(False)
            self.status.setText(self.tr("Die Datenbank ist schreibgeschützt geöffnet; Datenstände können nur "
                                        "angesehen werden."))
        self.reload()

    def _build_versions_table(self) -> QTableWidget:
        """One row per data version (bundled first), single selection."""
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("versionsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Nr."), self.tr("Importiert am"), self.tr("von"), self.tr("Art"), self.tr("Tabelle"),
            self.tr("Datei"), self.tr("Stand"), self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # file name: elided
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        return self.table

    def _build_version_buttons(self) -> QHBoxLayout:
        """The buttons "Aktivieren" and "Import rückgängig machen" for the selected version."""
        brow = QHBoxLayout()
        self.activate_button = QPushButton(self.tr("Aktivieren"))
        self.activate_button.setObjectName("versionActivate")
        self.activate_button.clicked.connect(self.activate_selected)
        self.undo_button = QPushButton(self.tr("Import rückgängig machen"))
        self.undo_button.setObjectName("versionUndo")
        self.undo_button.clicked.connect(self.undo_selected)
        brow.addWidget(self.activate_button)
        brow.addWidget(self.undo_button)
        brow.addStretch(1)
        return brow

    def _build_check_box(self) -> QGroupBox:
        """The box "Werte prüfen": one series (area, indicator) with the data version of each figure."""
        box = QGroupBox(self.tr("Werte prüfen"))
        bl = QVBoxLayout(box)
        crow = QHBoxLayout()
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("checkArea")
        region = self.ctx.store.region
        for d in region.districts:
            self.area_combo.addItem(d.name, d.ags)
        for a in region.comparison_areas:
            self.area_combo.addItem(a.name, a.code)
        self.indicator_combo = QComboBox()
        self.indicator_combo.setObjectName("checkIndicator")
        for ind in CHECK_INDICATORS:
            self.indicator_combo.addItem(indicator_label(ind, self.ctx.lang), ind)
        crow.addWidget(QLabel(self.tr("Gebiet")))
        crow.addWidget(self.area_combo, 1)
        crow.addWidget(QLabel(self.tr("Indikator")))
        crow.addWidget(self.indicator_combo, 1)
        bl.addLayout(crow)
        self.values = QTableWidget(0, 4)
        self.values.setObjectName("checkValues")
        self.values.setProperty("hwm_scrolls", True)  # one row per year of the chosen series: it scrolls
        self.values.setHorizontalHeaderLabels([self.tr("Jahr"), self.tr("Wert"), self.tr("Zeichen"),
                                               self.tr("Herkunft")])
        self.values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.values.horizontalHeader().setStretchLastSection(True)
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.verticalHeader().hide()
        bl.addWidget(self.values)
        self.area_combo.currentIndexChanged.connect(self.refresh_values)
        self.indicator_combo.currentIndexChanged.connect(self.refresh_values)
        return box

    # -- data -------------------------------------------------------------------------------------
    def reload(self) -> None:
        con = self.ctx.user_con
        self._versions = versions.list_versions(con) if con is not None else []
        active = versions.active_version(con) if con is not None else None
        self.table.setRowCount(len(self._versions) + 1)
        rows: list[list[str]] = [["–", "", "", self.tr("mitgeliefert"), "", self.tr("Mitgelieferte Daten"), "",
                                  self.tr("aktiv") if active is None else ""]]
        for v in self._versions:
            kind = self.tr("amtlich") if v.kind == "official" else self.tr("Kammerdaten")
            rows.append([str(v.id), formatter().datetime(v.imported_at[:16]), v.imported_by, kind, v.table_code,
                         v.file_name, formatter().date(v.stand),
                         self.tr("aktiv") if v.id == active else ""])
        for i, cells in enumerate(rows):
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if cells[7]:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.table.setItem(i, j, item)
        self._undo_armed = None
        self.undo_button.setText(self.tr("Import rückgängig machen"))
        self._selection_changed()
        self.refresh_values()

    def selected_version(self) -> tuple[bool, int | None]:
        """(something selected, version id or None for the bundled row)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False, None
        r = rows[0].row()
        return True, (None if r == 0 else self._versions[r - 1].id)

    def select_row(self, version_id: int | None) -> None:
        if version_id is None:
            self.table.selectRow(0)
            return
        for i, v in enumerate(self._versions, start=1):
            if v.id == version_id:
                self.table.selectRow(i)

    def _selection_changed(self) -> None:
        chosen, vid = self.selected_version()
        writable = self.ctx.can_write
        self.activate_button.setEnabled(writable and chosen)
        self.undo_button.setEnabled(writable and chosen and vid is not None)
        if self._undo_armed is not None and self._undo_armed != vid:
            self._undo_armed = None
            self.undo_button.setText(self.tr("Import rückgängig machen"))
        if not chosen:
            self.details.setText("")
        elif vid is None:
            self.details.setText(self.tr("Die mit dem Programm ausgelieferten Daten (Quellen: Hilfe › Quellen)."))
        else:
            v = next(x for x in self._versions if x.id == vid)
            p = v.provenance()
            self.details.setText(html.escape(f"{p.title} – {p.publisher}. {p.source}. "
                                             + self.tr("Stand {0}.").format(formatter().date(p.stand)) + " "
                                             + self.tr("{0} Werte").format(v.n_values)))

    def refresh_values(self) -> None:
        area = self.area_combo.currentData()
        ind = self.indicator_combo.currentData()
        df = self.ctx.store.query(
            "SELECT year, value, flag, dataset FROM facts WHERE area_code = ? AND indicator = ? "
            "AND gewerbegruppe = 'insgesamt' ORDER BY year", [area, ind])
        self.values.setRowCount(len(df))
        con = self.ctx.user_con
        cat = bundled_catalog()
        r: Any
        for i, r in enumerate(df.itertuples(index=False)):
            ds = str(r.dataset)
            if ds.startswith(versions.PREFIX):
                rec = versions.provenance_for(con, ds) if con is not None else None
                origin = self.tr("Datenstand {0}: {1}").format(ds[len(versions.PREFIX):], rec.file if rec else ds)
            else:
                rec = cat.get(ds)
                title = (rec.title_en if self.ctx.lang == "en" and rec.title_en else rec.title) if rec else ds
                origin = self.tr("mitgeliefert: {0}").format(title)
                if rec is not None and rec.kind == "estimate":
                    origin += " (" + self.tr("Schätzung") + ")"
            flag = r.flag if isinstance(r.flag, str) else ""
            value = None if r.value is None or r.value != r.value else float(r.value)
            cells = [str(r.year), fmt_number(value) if value is not None else "–",
                     f"{flag} {flag_meaning(flag, self.ctx.lang)}".strip(), origin]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.values.setItem(i, j, item)

    # -- actions ----------------------------------------------------------------------------------
    def activate_selected(self) -> None:
        chosen, vid = self.selected_version()
        if not chosen:
            return
        self._busy(True)
        workers.run_in_thread(_activate_job, self.ctx, vid, on_result=self._switched, on_error=self._failed,
                              on_finished=lambda: self._busy(False))

    def undo_selected(self) -> None:
        chosen, vid = self.selected_version()
        if not chosen or vid is None:
            return
        if self._undo_armed != vid:  # first click arms, second click undoes
            self._undo_armed = vid
            self.undo_button.setText(self.tr("Wirklich Datenstand {0} rückgängig machen?").format(vid))
            self.status.setText(self.tr("Zum Bestätigen noch einmal klicken. Die Werte dieses Imports werden "
                                        "gelöscht; die Datei selbst bleibt unverändert."))
            return
        self._undo_armed = None
        self._busy(True)
        workers.run_in_thread(_undo_job, self.ctx, vid, on_result=self._switched, on_error=self._failed,
                              on_finished=lambda: self._busy(False))

    def _busy(self, busy: bool) -> None:
        self.table.setEnabled(not busy)
        if busy:
            self.activate_button.setEnabled(False)
            self.undo_button.setEnabled(False)
        else:
            self._selection_changed()

    def _switched(self, active: int | None) -> None:
        self.reload()
        self.select_row(active)
        self.status.setText(self.tr("Aktiv: mitgelieferte Daten.") if active is None
                            else self.tr("Aktiv: Datenstand {0}.").format(active))
        self.ctx.events.data_changed.emit(active)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.ctx.present_error(exc, dialog=False))


def open_versions_dialog(parent: QWidget | None, ctx: AppContext) -> DataVersionsDialog:
    """Show the data-version manager (non-modal) and return it."""
    dlg = DataVersionsDialog(ctx, parent)
    dlg.show()
    return dlg
