"""Presentation mode (Ansicht → Präsentation, F5): full-screen slides from the current state.

``open_presentation(main_window, ctx)`` builds the slides (region map, portfolio, forecast gap, tracker
status, one slide per recommendation; slides without data are left out) and shows
them full screen on the screen of ``main_window``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.context import AppContext
from gui.presentation.base import Slide
from gui.presentation.slides import build_slides
from gui.presentation.window import PresentationWindow

__all__ = ["PresentationWindow", "Slide", "build_slides", "open_presentation"]


def open_presentation(main_window: QWidget | None, ctx: AppContext, full_screen: bool = True) -> PresentationWindow:
    """Build the slides and show them (full screen on the main window's screen)."""
    win = PresentationWindow(build_slides(ctx), parent=main_window)
    if main_window is not None and main_window.screen() is not None:
        win.setGeometry(main_window.screen().geometry())
    if full_screen:
        win.showFullScreen()
    else:
        win.show()
    win.activateWindow()
    win.setFocus()
    return win

