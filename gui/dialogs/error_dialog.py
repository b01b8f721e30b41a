"""The dialog for an unexpected error: a plain German sentence, the details copyable, the log's location.

Expected failures (``core.errors.HandwerksmonitorError``) show only their message, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from core.errors import HandwerksmonitorError
from gui.i18n import current_language


def show_error(exc: BaseException, details: str, log_path: Path | None = None, parent: QWidget | None = None) -> None:
    """Modal; only ``gui.messages`` calls it (which also decides whether dialogs are allowed)."""
    lang = current_language()
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Fehler"))
    if isinstance(exc, HandwerksmonitorError):
        box.setText(exc.message(lang))
    else:
        box.setText(QCoreApplication.translate(
            "ErrorDialog",
            "Ein unerwarteter Fehler ist aufgetreten. Bitte starten Sie das Programm neu, falls es nicht "
            "mehr richtig reagiert.",
        ))
        where = str(log_path) if log_path else ""
        box.setInformativeText(
            QCoreApplication.translate("ErrorDialog", "Die technischen Details stehen unter „Details“ und im Protokoll:")
            + "\n" + where
        )
        box.setDetailedText(details)
        copy = QPushButton(QCoreApplication.translate("ErrorDialog", "Details kopieren"))
        box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details + "\n" + where))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
