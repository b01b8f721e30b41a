"""Notifications between parts of the window that do not know each other (no widgets here).

``DataEvents.data_changed(version_id)``: another data version became active (an import, a switch, an
undo); ``version_id`` is the active import or None for the bundled data. The import and data-version
dialogs emit it through ``ctx.events``; the main window (Datenstand, rebuilt data tabs) and the study
views connect to it.

``DataEvents.tracker_changed()``: a committed tracker edit that can change the measures' effects (status,
effects, undo/redo, import, restore); the Empfehlungen tab emits it, the Prognose tab reloads its measures.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    data_changed = Signal(object)  # active data version id, or None for the bundled data
    tracker_changed = Signal()  # a tracker edit was committed (see module docstring)
