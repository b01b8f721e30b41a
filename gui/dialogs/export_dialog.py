"""Datei › Exportieren: choose districts (or all), a forecast scenario and the target file, then write the
Excel workbook in a worker while a modal progress dialog shows how far it is.

``open_export_dialog(parent, ctx, preset=None)``; ``preset`` may hold ``districts`` (AGS list),
``scenario`` and ``path`` (tabs pass their current district). Failures (locked file, read-only folder)
appear as a plain sentence in the dialog, which stays open so the user can pick another file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import HandwerksmonitorError
from core.export import ExportRequest, ExportResult, export_workbook
from core.forecast import scenarios
from gui import workers
from gui.context import AppContext
from gui.style import set_role

log = logging.getLogger(__name__)

ALL_SCENARIOS = ""


def _scenario_names(ctx: AppContext) -> list[str]:
    return list(scenarios.list_names(ctx.user_con))


def _run_export(
    store: Any, path: str, request: ExportRequest, progress: Any = None, cancelled: Any = None
) -> ExportResult:
    return export_workbook(store, path, request, progress)


class ExportDialog(QDialog):
    """The export form; ``exported`` carries the :class:`ExportResult` after a successful write."""

    exported = Signal(object)

    def __init__(self, ctx: AppContext, preset: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker: workers.Worker | None = None
        self.progress: QProgressDialog | None = None
        self.export_result: ExportResult | None = None
        preset = preset or {}
        self.setWindowTitle(self.tr("Excel-Export"))
        self.setObjectName("exportDialog")
        self.setMinimumWidth(520)
        self._build_district_choice(preset)
        self._build_scenario_combo(preset)
        file_row = self._build_file_row(preset)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        set_role(self.error, "dialogError")
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Exportieren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(file_row)

    def _build_district_choice(self, preset: dict) -> None:
        """All districts or the ticked ones (preset: the ticked ones)."""
        self.rb_all = QRadioButton(self.tr("Alle Kreise der Region"))
        self.rb_some = QRadioButton(self.tr("Ausgewählte Kreise:"))
        self.rb_all.setObjectName("rbAll")
        self.rb_some.setObjectName("rbSome")
        group = QButtonGroup(self)
        group.addButton(self.rb_all)
        group.addButton(self.rb_some)
        self.districts = QListWidget()
        self.districts.setObjectName("districtList")
        chosen = set(preset.get("districts") or [])
        for d in self.ctx.store.region.districts:
            item = QListWidgetItem(d.name)
            item.setData(Qt.ItemDataRole.UserRole, d.ags)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if d.ags in chosen else Qt.CheckState.Unchecked)
            self.districts.addItem(item)
        (self.rb_some if chosen else self.rb_all).setChecked(True)
        self.districts.setEnabled(bool(chosen))
        self.rb_some.toggled.connect(self.districts.setEnabled)

    def _build_scenario_combo(self, preset: dict) -> None:
        self.scenario = QComboBox()
        self.scenario.setObjectName("scenarioCombo")
        self.scenario.addItem(self.tr("Alle Szenarien"), ALL_SCENARIOS)
        for name in _scenario_names(self.ctx):
            self.scenario.addItem(name, name)
        if preset.get("scenario"):
            i = self.scenario.findData(preset["scenario"])
            if i >= 0:
                self.scenario.setCurrentIndex(i)

    def _build_file_row(self, preset: dict) -> QHBoxLayout:
        """The target file: path field and "Durchsuchen …"."""
        self.path = QLineEdit(str(preset.get("path", "")))
        self.path.setObjectName("pathEdit")
        self.path.setPlaceholderText(self.tr("Zieldatei, z. B. Handwerksmonitor.xlsx"))
        browse = QPushButton(self.tr("Durchsuchen …"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self._on_browse_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        return file_row

    def _lay_out(self, file_row: QHBoxLayout) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Prognose-Szenario:"), self.scenario)
        form.addRow(self.tr("Datei:"), file_row)
        lay = QVBoxLayout(self)
        lay.addWidget(self.rb_all)
        lay.addWidget(self.rb_some)
        lay.addWidget(self.districts)
        lay.addLayout(form)
        note = QLabel(
            self.tr(
                "Die Arbeitsmappe enthält je Tabelle ein Blatt sowie die Blätter „Quellen“ und "
                "„Annahmen“; Schätzungen sind als „Schätzung“ gekennzeichnet."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("sourceLine")
        lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    # -- hooks (tests replace the file picker) ---------------------------------------------------------
    def ask_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Excel-Datei speichern"),
            self.path.text() or "Handwerksmonitor.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
        )
        return path

    @Slot()
    def _on_browse_clicked(self) -> None:
        path = self.ask_path()
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")

    def selected_districts(self) -> list[str]:
        if self.rb_all.isChecked():
            return []
        return [
            self.districts.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.districts.count())
            if self.districts.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @Slot()
    def _on_export_clicked(self) -> None:
        self.error.hide()
        path = self.path.text().strip()
        if not path:
            self._fail(self.tr("Bitte eine Zieldatei angeben (Schaltfläche „Durchsuchen …“)."))
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
            self.path.setText(path)
        districts = self.selected_districts()
        if self.rb_some.isChecked() and not districts:
            self._fail(
                self.tr("Bitte mindestens einen Kreis ankreuzen oder „Alle Kreise der Region“ wählen.")
            )
            return
        con = self.ctx.user_con
        request = ExportRequest(
            districts=districts,
            scenario=self.scenario.currentData() or None,
            user_con=con.cursor() if con is not None else None,  # own cursor for the worker thread
        )
        self.progress = QProgressDialog(self.tr("Arbeitsmappe wird geschrieben …"), "", 0, 100, self)
        self.progress.setObjectName("exportProgress")
        self.progress.setCancelButton(None)  # type: ignore[arg-type]
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setValue(0)
        self.export_button.setEnabled(False)
        self.worker = workers.run_in_thread(
            _run_export,
            self.ctx.store,
            str(Path(path)),
            request,
            controls=True,
            on_progress=self._on_worker_progress,
            on_result=self._on_worker_result,
            on_error=self._on_worker_error,
            on_finished=self._on_worker_finished,
        )

    @Slot(int, int)
    def _on_worker_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(round(100 * done / total))

    @Slot(object)
    def _on_worker_result(self, result: ExportResult) -> None:
        self.export_result = result
        self.exported.emit(result)
        parent = self.parent()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(
                self.tr("Excel-Export gespeichert: %1").replace("%1", str(result.path)), 8000
            )
        self.accept()

    @Slot(object)
    def _on_worker_error(self, exc: BaseException) -> None:
        text = self.ctx.present_error(exc, dialog=False)
        if isinstance(exc, HandwerksmonitorError):
            self._fail(text)
        else:
            self._fail(
                self.tr(
                    "Der Export ist fehlgeschlagen. Bitte einen anderen Speicherort wählen oder "
                    "Hilfe › Diagnose öffnen."
                )
            )

    @Slot()
    def _on_worker_finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.export_button.setEnabled(True)
        self.worker = None


def open_export_dialog(parent: QWidget | None, ctx: AppContext, preset: dict | None = None) -> ExportDialog:
    """Show the export dialog (non-blocking, modal to ``parent``) and return it."""
    dlg = ExportDialog(ctx, preset, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg

