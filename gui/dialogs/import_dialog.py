"""Datei › Daten importieren …: choose a file, see a preview and every problem, then confirm.

Parsing and validation run in a worker (``gui.workers``) with a progress bar and a cancel button;
nothing is written before the user clicks "Importieren". Saving is one transaction
(``core.imports.versions.save_version``); afterwards the new data version is active and
``ctx.events.data_changed`` tells the window to refresh (``gui.events``).

Entry points for the main window: ``open_import_dialog(parent, ctx)``,
``save_template(parent, ctx)`` (Datei › Vorlage für Kammerdaten …) and ``open_versions_dialog``
(re-exported from ``data_versions_dialog``).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import ExportError, HandwerksmonitorError, ImportValidationError
from core.imports import register_memory, versions
from core.imports.chamber import write_template
from core.imports.model import flag_meaning, indicator_label, not_taken_text
from core.imports.pipeline import read_import
from core.imports.register import RegisterColumnsError, RegisterOptions, UnknownCraftsError
from gui import messages, workers
from gui.context import AppContext
from gui.dialogs.data_versions_dialog import open_versions_dialog
from gui.dialogs.register_mapping import RegisterMappingPanel
from gui.formatting import fmt_number, formatter

__all__ = ["ImportDialog", "open_import_dialog", "open_versions_dialog", "save_template"]

PREVIEW_ROWS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _parse_job(path: str, region: Any, population: Any, options: Any = None, *, progress=None,
               cancelled=None) -> Any:
    return read_import(Path(path), region, population=population, progress=progress, cancelled=cancelled,
                       register_options=options)


def _save_job(ctx: AppContext, batch: Any, options: Any = None, chamber: str = "") -> int:
    """Write the batch (own cursor: this runs in a worker thread) and lay it over the store's facts; a
    register's mappings are remembered for its chamber."""
    assert ctx.user_con is not None
    cur = ctx.user_con.cursor()
    try:
        vid = versions.save_version(cur, batch)
        versions.lay_over(ctx.store, cur, vid)
        if options is not None and batch.format == "register" and (options.column_map or options.craft_map):
            chambers = batch.details.get("chambers") or [chamber]
            register_memory.save(cur, chambers[0], options)
    finally:
        cur.close()
    return vid


def _remembered_options(ctx: AppContext, chamber: str) -> Any:
    """Mappings remembered for every chamber, the chosen chamber's winning (None without any)."""
    con = ctx.user_con
    opts = RegisterOptions()
    for c in [*(x for x in register_memory.chambers_with_mappings(con) if x != chamber), chamber]:
        o = register_memory.load(con, c)
        opts.column_map.update(o.column_map)
        opts.craft_map.update(o.craft_map)
    return opts if (opts.column_map or opts.craft_map) else None


class ImportDialog(QDialog):
    """Preview-then-confirm import of one file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch: Any = None
        self.worker: workers.Worker | None = None
        self.saved_version: int | None = None
        self.register_options: Any = None  # the user's register mappings for the file being checked
        self._options_used: Any = None  # the options the last check ran with (the save remembers them)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Daten importieren"))
        self.resize(900, 640)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Importiert eine Tabelle aus GENESIS/Regionalstatistik (CSV-Export oder Flatfile) oder die "
            "ausgefüllte Vorlage für Kammerdaten (.xlsx oder .csv). Vor dem Speichern sehen Sie eine Vorschau; "
            "jeder Import wird ein eigener Datenstand und kann rückgängig gemacht werden."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_file_row())
        layout.addLayout(self._build_progress_row())

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.mapping = RegisterMappingPanel(ctx, self)
        self.mapping.apply_requested.connect(self.apply_mapping)
        layout.addWidget(self.mapping, 3)
        layout.addWidget(self._build_preview(), 3)

        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems, 2)
        layout.addWidget(self._build_buttons())
        if ctx.read_only:
            self.summary.setText(html.escape(self.tr(
                "Die Datenbank ist schreibgeschützt geöffnet (ein anderes Fenster verwendet sie). Sie können "
                "Dateien prüfen, aber nicht importieren.")))

    def _build_file_row(self) -> QHBoxLayout:
        """Path field, "Durchsuchen …" and "Prüfen"."""
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Datei wählen …"))
        self.path_edit.returnPressed.connect(self.check_file)
        self.browse_button = QPushButton(self.tr("Durchsuchen …"))
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.clicked.connect(self.browse)
        self.check_button = QPushButton(self.tr("Prüfen"))
        self.check_button.setObjectName("importCheck")
        self.check_button.clicked.connect(self.check_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.check_button)
        return row

    def _build_progress_row(self) -> QHBoxLayout:
        """Progress of the check with its cancel button."""
        prow = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_button)
        return prow

    def _build_preview(self) -> QTableWidget:
        """The first values of the checked file (PREVIEW_ROWS at most)."""
        self.preview = QTableWidget(0, 6)
        self.preview.setObjectName("importPreview")
        self.preview.setHorizontalHeaderLabels([
            self.tr("Gebiet"), self.tr("Jahr"), self.tr("Indikator"), self.tr("Gewerbegruppe"), self.tr("Wert"),
            self.tr("Sonderzeichen")])
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        return self.preview

    def _build_buttons(self) -> QDialogButtonBox:
        """Importieren, Vorlage für Kammerdaten …, Datenstände …, Schließen."""
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Importieren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importConfirm")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.confirm)
        self.template_button = self.buttons.addButton(self.tr("Vorlage für Kammerdaten …"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.template_button.setObjectName("importTemplate")
        self.template_button.clicked.connect(lambda: save_template(self, self.ctx))
        self.versions_button = self.buttons.addButton(self.tr("Datenstände …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.versions_button.setObjectName("importVersions")
        self.versions_button.clicked.connect(lambda: open_versions_dialog(self, self.ctx))
        self.close_button = self.buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("importClose")
        self.close_button.clicked.connect(self.reject)
        return self.buttons

    # -- steps ------------------------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Datei für den Import wählen"), "",
            self.tr("Tabellen (*.csv *.xlsx *.zip *.txt);;Alle Dateien (*)"))
        if path:
            self.path_edit.setText(path)
            self.register_options = None
            self.check_file()

    def check_file(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            return
        self._reset()
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.check_button.setEnabled(False)
        self.summary.setText(html.escape(self.tr("Datei wird geprüft …")))
        store = self.ctx.store
        population = store.query("SELECT area_code, year, value FROM facts_bundled "
                                 "WHERE indicator = 'population' AND gewerbegruppe = 'insgesamt'")
        options = self.register_options
        if options is None:
            options = _remembered_options(self.ctx, self.mapping.chamber_name())
        self._options_used = options
        self.worker = workers.run_in_thread(
            _parse_job, path, store.region, population, options, controls=True,
            on_result=self._parsed, on_error=self._failed, on_progress=self._progress,
            on_finished=self._finished)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        self.summary.setText(html.escape(self.tr("Abgebrochen. Es wurde nichts gespeichert.")))
        self.progress.setValue(0)

    def confirm(self) -> None:
        if self.batch is None or not self.ctx.can_write:
            return
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.summary.setText(self.summary.text() + "<p>" + html.escape(self.tr("Wird gespeichert …")) + "</p>")
        self.worker = workers.run_in_thread(_save_job, self.ctx, self.batch, self._options_used,
                                            self.mapping.chamber_name(), on_result=self._saved,
                                            on_error=self._failed, on_finished=self._finished)

    # -- worker slots -----------------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(int(100 * done / total) if total != 100 else done)

    def apply_mapping(self) -> None:
        """Take the mapping step's choices into the register options and check the file again."""
        opts = self.register_options or self._options_used or RegisterOptions()
        if self.mapping.mode == "columns":
            opts.column_map.update(self.mapping.column_map())
        else:
            opts.craft_map.update(self.mapping.craft_map())
        self.register_options = opts
        self.check_file()

    def _finished(self) -> None:
        self.cancel_button.setEnabled(False)
        self.check_button.setEnabled(True)
        self.worker = None

    def _reset(self) -> None:
        self.batch = None
        self.import_button.setEnabled(False)
        self.preview.setRowCount(0)
        self.problems.clear()
        self.problems.hide()
        self.mapping.hide()
        self.preview.show()

    def _parsed(self, batch: Any) -> None:
        self.batch = batch
        self.progress.setValue(100)
        self._show_summary(batch)
        self._fill_preview(batch)
        self.import_button.setEnabled(self.ctx.can_write)

    def _failed(self, exc: BaseException) -> None:
        self.progress.setValue(0)
        if isinstance(exc, RegisterColumnsError) or (isinstance(exc, UnknownCraftsError) and exc.unknown):
            self._show_mapping_step(exc)
            return
        if isinstance(exc, ImportValidationError) and exc.problems:
            self.summary.setText("<b>" + html.escape(self.tr("Die Datei wurde nicht importiert.")) + "</b> "
                                 + html.escape(self.tr("Bitte die folgenden Punkte in der Datei korrigieren:")))
            self.problems.clear()
            for p in exc.problems:
                self.problems.addItem(p.message(self.ctx.lang))
            self.problems.show()
            self.preview.hide()
        elif isinstance(exc, HandwerksmonitorError):
            self.summary.setText(html.escape(self.ctx.present_error(exc, dialog=False)))
        else:
            self.ctx.present_error(exc, dialog=False)  # logged with its traceback
            self.summary.setText(html.escape(self.tr(
                "Die Datei konnte nicht verarbeitet werden. Details stehen im Protokoll (Hilfe › Diagnose).")))

    def _show_mapping_step(self, exc: RegisterColumnsError | UnknownCraftsError) -> None:
        """A register extract whose columns or crafts still need the user's mapping."""
        opts = self.register_options or self._options_used
        if isinstance(exc, RegisterColumnsError):
            self.mapping.show_columns(exc.plan, opts.column_map if opts else {})
        else:
            self.mapping.show_crafts(list(exc.unknown), opts.craft_map if opts else {})
        self.summary.setText("<b>" + html.escape(self.tr("Registerauszug erkannt, aber noch nicht vollständig "
                                                        "zugeordnet.")) + "</b>")
        self.preview.hide()
        self.problems.clear()
        for p in exc.problems:
            self.problems.addItem(p.message(self.ctx.lang))
        self.problems.setVisible(isinstance(exc, RegisterColumnsError))

    def _saved(self, version_id: int) -> None:
        self.saved_version = version_id
        self.summary.setText("<b>" + html.escape(
            self.tr("Gespeichert als Datenstand {0}; er ist jetzt aktiv.").format(version_id)) + "</b>")
        self.ctx.events.data_changed.emit(version_id)

    # -- display ----------------------------------------------------------------------------------
    def _show_summary(self, batch: Any) -> None:

        s = batch.summary(self.ctx.lang)
        region = self.ctx.store.region
        kind = self.tr("amtliche Statistik") if s["kind"] == "official" else self.tr("Kammerdaten")
        parts = [
            f"<b>{html.escape(s['table'])}</b> – {html.escape(s['title'])} ({html.escape(kind)})",
            html.escape(self.tr("Stand: {0}").format(formatter().date(s["stand"]))) if s["stand"] else "",
            html.escape(self.tr("Gebiete: {0}").format(", ".join(region.area_name(a) for a in s["areas"]))),
            html.escape(self.tr("Jahre: {0}").format(", ".join(str(y) for y in s["years"]))),
            html.escape(self.tr("Indikatoren: {0}").format(
                ", ".join(indicator_label(i, self.ctx.lang) for i in s["indicators"]))),
            html.escape(self.tr("{0} Zeilen gelesen, {1} Werte").format(fmt_number(s["rows_read"]),
                                                                       fmt_number(s["values"]))),
        ]
        if s["skipped_areas"] and not s.get("register"):
            parts.append(html.escape(self.tr("{0} Gebiete außerhalb der Region werden nicht übernommen.")
                                     .format(s["skipped_areas"])))
        for sign, info in s["special_values"].items():
            parts.append(html.escape(self.tr("Sonderzeichen „{0}“ ({1}×): {2}").format(sign, info["count"],
                                                                                     info["meaning"])))
        reg = s.get("register")
        if reg:
            parts += self._register_lines(reg)
        if s["unmapped"]:
            parts.append(html.escape(self.tr("Nicht übernommen (kein passender Indikator): {0}")
                                     .format(not_taken_text(s["unmapped"], self.ctx.lang))))
        self.summary.setText("<br>".join(p for p in parts if p))

    def _register_lines(self, reg: dict) -> list[str]:
        """What a register preview says besides the values (chamber, years, rows, never-read columns)."""
        lines = [
            html.escape(self.tr("Kammerregister: {0}; Bestand am 31.12. für {1}–{2} (Stand {3})").format(
                ", ".join(reg.get("chambers") or ["–"]), reg["years"][0], reg["years"][1],
                formatter().date(reg["stand"]))),
            html.escape(self.tr("B2 (handwerksähnlich): {0}, AeT: {1} Betriebe – gesondert gezählt, nicht in den "
                                "Gewerbegruppen").format(fmt_number(reg["b2_rows"]), fmt_number(reg["aet_rows"]))),
        ]
        if reg.get("outside_rows"):
            lines.append(html.escape(self.tr("{0} Zeilen aus Kreisen außerhalb der Region: gezählt, nicht importiert.")
                                     .format(fmt_number(reg["outside_rows"]))))
        if reg.get("left_out_rows"):
            lines.append(html.escape(self.tr("{0} Betriebe weggelassen (Handwerk ohne Zuordnung).")
                                     .format(fmt_number(reg["left_out_rows"]))))
        lines.append(html.escape(self.tr("Nicht gelesen und nicht gespeichert: {0}. Gespeichert werden nur Summen.")
                                 .format(", ".join(reg.get("columns_not_read") or ["–"]))))
        return lines

    def _fill_preview(self, batch: Any) -> None:

        region = self.ctx.store.region
        v = batch.values.head(PREVIEW_ROWS)
        self.preview.setRowCount(len(v))
        for i, r in enumerate(v.itertuples(index=False)):
            flag = r.flag if isinstance(r.flag, str) else ""
            value = None if r.value is None or r.value != r.value else float(r.value)
            cells = [region.area_name(r.area_code), str(r.year), indicator_label(r.indicator, self.ctx.lang),
                     r.gewerbegruppe, fmt_number(value, 0 if value is None or value == int(value) else 1) if value
                     is not None else "", f"{flag} – {flag_meaning(flag, self.ctx.lang)}" if flag else ""]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(i, j, item)

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().reject()


def open_import_dialog(parent: QWidget | None, ctx: AppContext, path: str | None = None) -> ImportDialog:
    """Show the import dialog (non-modal); with ``path`` the file is checked at once."""
    dlg = ImportDialog(ctx, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dlg.show()
    if path:
        dlg.path_edit.setText(str(path))
        dlg.check_file()
    return dlg


def save_template(parent: QWidget | None, ctx: AppContext, path: str | None = None) -> workers.Worker | None:
    """Datei › Vorlage für Kammerdaten …: ask where, write the xlsx template in a worker."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ImportDialog", "Vorlage für Kammerdaten speichern"),
                                              "Vorlage_Kammerdaten.xlsx", "Excel (*.xlsx)")
        if not path:
            return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"

    def done(p: Path) -> None:
        win = parent.window() if parent is not None else None
        if isinstance(win, QMainWindow):
            win.statusBar().showMessage(
                QCoreApplication.translate("ImportDialog", "Vorlage gespeichert: {0}").format(p), 8000
            )

    def failed(exc: BaseException) -> None:
        msg = ctx.present_error(exc, dialog=False)
        messages.warn(parent, QCoreApplication.translate("ImportDialog", "Vorlage"),
                      QCoreApplication.translate("ImportDialog", "Die Vorlage konnte nicht gespeichert werden: {0}").format(msg))

    return workers.run_in_thread(_write_template_job, Path(path), ctx.store.region, write_template,
                                 on_result=done, on_error=failed)


def _write_template_job(path: Path, region: Any, write: Any) -> Path:
    try:
        return write(path, region)
    except OSError as exc:
        raise ExportError(f"{path.name}: {exc.strerror or exc}", f"{path.name}: {exc.strerror or exc}") from exc
