"""Shared helpers for the shell tests: start the whole app (window + loading worker) under qtbot.

Most shell tests use light stand-in tabs (the shell's behaviour does not depend on tab content and
the real tabs are tested by their owners); ``real_tabs=True`` imports the real tab modules.
"""

from __future__ import annotations

import types
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui import workers
from gui.tabs.base import Tab


class StandInTab(Tab):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        QVBoxLayout(self).addWidget(QLabel("Inhalt"))


STAND_INS = types.SimpleNamespace(
    ProfileTab=StandInTab, PortfolioTab=StandInTab, ForecastTab=StandInTab, RecommendationsTab=StandInTab,
    StudyTab=StandInTab,
)


def start_app(qtbot: Any, store: Any, *argv: str, real_tabs: bool = False) -> Any:
    """Start the app like ``handwerksmonitor`` does and wait until every tab is built."""
    from gui.app import start
    from gui.main_window import visible_tabs

    modules = None if real_tabs else {spec.key: STAND_INS for spec in visible_tabs()}
    controller = start(["--no-error-dialogs", *argv], store=store, install_hooks=False, tab_modules=modules)
    with qtbot.waitSignal(controller.ready, timeout=30_000):
        pass
    return controller


def close_app(controller: Any) -> None:
    """Close like the user does, then free the window (keeps later tests fast)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window = controller.window
    window.close()
    workers.wait_idle(5000)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def tab_titles(window: Any) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]
