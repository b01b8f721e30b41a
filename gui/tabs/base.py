"""The tab contract as a base class: what the main window, ``--screenshot`` and the start-up
benchmark call on every tab, with do-nothing defaults (a tab overrides what it supports).

- ``estimates_shown(bool)``: emit whenever the tab now shows (True) or no longer shows (False) an
  estimated figure; the status bar says "Schätzwerte sichtbar" for the tab on screen.
- ``data_shown()``: emit when the tab first shows real data (``--screenshot`` and
  ``benchmarks/bench_startup.py`` wait for the Kreisprofile tab's).
- ``screenshot_states()``: extra views for ``--screenshot`` as ``(name, put the tab into that state)``;
  ``screenshot_reset()`` puts the tab back afterwards (the next size's walk starts where the first did).
- ``select_district(code)``: show that district (the last one is restored at start).
- ``open_file(path)``: a file handed over by the desktop; True if this tab took it.
- ``shutdown()``: the window closes; cancel workers, save pending edits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from gui.context import AppContext


class Tab(QWidget):
    estimates_shown = Signal(bool)
    data_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        return []

    def screenshot_reset(self) -> None:
        """Back to the view before ``screenshot_states`` (default: the states leave nothing behind)."""

    def select_district(self, code: str) -> None:
        """Default: the tab shows no single district."""

    def open_file(self, path: Path) -> bool:
        return False

    def shutdown(self) -> None:
        """Default: nothing to cancel or save."""
