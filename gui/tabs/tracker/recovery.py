"""Shown instead of the tracker when the user database cannot be read: a clear choice between restoring a
backup and starting fresh (the damaged file is kept aside under a timestamped name). Nothing is deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.tracker import backup
from gui.context import AppContext
from gui.style import set_role

translate = QCoreApplication.translate


class RecoveryPanel(QWidget):
    recovered = Signal(object)  # core.tracker.backup.AppDatabase

    def __init__(self, ctx: AppContext, path: Path, error: backup.CorruptDatabaseError | None, message: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.text = QLabel(message)
        self.text.setObjectName("recoveryMessage")
        self.text.setWordWrap(True)
        set_role(self.text, "largeText")
        self.backups = error.backups if error is not None else []
        self.choice = QComboBox()
        self.choice.setObjectName("recoveryBackups")
        for b in self.backups:
            self.choice.addItem(b.label(ctx.lang), str(b.path))
        self.restore_button = QPushButton(translate("Tracker", "Sicherung wiederherstellen"))
        self.restore_button.setObjectName("recoveryRestore")
        self.fresh_button = QPushButton(translate("Tracker", "Neu beginnen (beschädigte Datei wird aufbewahrt)"))
        self.fresh_button.setObjectName("recoveryFresh")
        self.restore_button.setEnabled(bool(self.backups))
        self.choice.setEnabled(bool(self.backups))
        self.restore_button.clicked.connect(self.restore)
        self.fresh_button.clicked.connect(self.start_fresh)
        self.fresh_button.setEnabled(error is not None)
        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        row.addWidget(self.restore_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        if error is not None:
            lay.addWidget(QLabel(translate("Tracker", "Sicherungen (neueste zuerst):")))
            lay.addLayout(row)
            lay.addWidget(self.fresh_button)
        lay.addStretch(1)

    def _reopen(self, done: str) -> None:
        try:
            app_db = backup.open_for_app(self.path)
        except Exception as exc:  # noqa: BLE001 - still unusable: say so, keep the choices
            self.text.setText(self.ctx.present_error(exc, dialog=False))
            return
        app_db.notices.append(done)
        self.recovered.emit(app_db)

    def restore(self) -> None:
        path = self.choice.currentData()
        if not path:
            return
        try:
            previous = backup.restore_file(Path(path), self.path)
        except Exception as exc:  # noqa: BLE001 - a damaged backup: say why, keep the choices
            self.ctx.present_error(exc, self, self.windowTitle())
            return
        self._reopen(translate("Tracker", "Sicherung wiederhergestellt. Die bisherige Datei liegt unter: ") + str(previous))

    def start_fresh(self) -> None:
        aside = backup.start_fresh(self.path)
        self._reopen(translate("Tracker", "Neu begonnen. Die beschädigte Datei liegt unter: ") + str(aside))
