"""Notifications between parts of the window that do not know each other (no widgets here).

``DataEvents.data_changed(version_id)``: another data version became active (an import, a switch, an
undo); ``version_id`` is the active import or None for the bundled data. The import and data-version
dialogs emit it through ``ctx.events``; the main window (Datenstand, rebuilt data tabs) and the study
views connect to it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    data_changed = Signal(object)  # active data version id, or None for the bundled data
