"""Dialogs of the tracker: backups (list, back up now, restore) and import conflicts (choose per field)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.tracker import backup
from core.tracker.transfer import Conflict
from gui import messages
from gui.context import AppContext

translate = QCoreApplication.translate


class BackupDialog(QDialog):
    """Backups of the user database, newest first; restore one (the current state is backed up first)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Tracker", "Sicherungen"))
        self.ctx = ctx
        assert ctx.user_con is not None  # the tracker tab offers backups only with an open database
        self.con = ctx.user_con
        read_only = not ctx.can_write
        self.restored = False
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        info = QLabel(translate("Tracker", "Bei jedem Start wird die Datenbank gesichert; die letzten 10 Sicherungen "
                                    "bleiben erhalten. Vor einer Wiederherstellung wird der aktuelle Stand "
                                    "ebenfalls gesichert."))
        info.setWordWrap(True)
        self.now_button = QPushButton(translate("Tracker", "Jetzt sichern"))
        self.restore_button = QPushButton(translate("Tracker", "Wiederherstellen …"))
        self.now_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore)
        for b in (self.now_button, self.restore_button):
            b.setEnabled(not read_only)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.now_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addWidget(self.list)
        lay.addLayout(row)
        self.resize(560, 360)
        self.fill()

    def fill(self) -> None:
        self.backups = backup.list_backups()
        self.list.clear()
        for b in self.backups:
            self.list.addItem(b.label(self.ctx.lang))
        if self.backups:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(translate("Tracker", "Noch keine Sicherung vorhanden."))

    def backup_now(self) -> None:
        try:
            backup.make_backup(self.con, "manuell")
        except Exception as exc:  # noqa: BLE001 - disk full, locked file ...: the user learns why, the list stays
            self.ctx.present_error(exc, self, self.windowTitle())
        self.fill()

    def restore(self, *, confirm: bool = True) -> None:
        row = self.list.currentRow()
        if not self.backups or not 0 <= row < len(self.backups):
            return
        chosen = self.backups[row]
        if confirm:
            question = translate(
                "Tracker", "Stand vom %1 wiederherstellen? Der aktuelle Stand wird vorher gesichert."
            ).replace("%1", chosen.label(self.ctx.lang))
            if not messages.ask(self, self.windowTitle(), question):
                return
        try:
            backup.restore_into(self.con, chosen.path)
        except Exception as exc:  # noqa: BLE001 - a damaged backup must not end the session: the user learns why
            self.ctx.present_error(exc, self, self.windowTitle())
            return
        self.restored = True
        self.fill()


class ConflictDialog(QDialog):
    """One row per conflict: both values side by side, a choice per row (default: keep mine)."""

    def __init__(self, conflicts: list[Conflict], summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Tracker", "Import: Konflikte entscheiden"))
        self.conflicts = conflicts
        text = QLabel(summary + "\n" + translate("Tracker", "Diese Felder wurden auf beiden Rechnern geändert. Bitte je "
                                                     "Zeile wählen, welche Fassung gelten soll."))
        text.setWordWrap(True)
        self.table = QTableWidget(len(conflicts), 4)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([translate("Tracker", "Eintrag und Feld"), translate("Tracker", "Meine Fassung"),
                                              translate("Tracker", "Importierte Fassung"), translate("Tracker", "Gilt")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choices: list[QComboBox] = []
        for i, c in enumerate(conflicts):
            for j, v in enumerate((c.label, c.local or "–", c.remote or "–")):
                self.table.setItem(i, j, QTableWidgetItem(v))
            combo = QComboBox()
            combo.addItem(translate("Tracker", "meine"), "local")
            combo.addItem(translate("Tracker", "importierte"), "remote")
            self.table.setCellWidget(i, 3, combo)
            self.choices.append(combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        self.resize(820, 360)

    def resolutions(self) -> dict[tuple[str, str, str], str]:
        return {c.key: str(combo.currentData()) for c, combo in zip(self.conflicts, self.choices, strict=True)}
