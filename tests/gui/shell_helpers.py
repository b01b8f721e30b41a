"""Shared helpers for the shell tests: start the whole app (window + loading worker) under qtbot."""

from __future__ import annotations

from typing import Any

from gui import workers


def start_app(qtbot: Any, store: Any, *argv: str) -> Any:
    """Start the app like ``handwerksmonitor`` does and wait until every tab is built."""
    from gui.app import start

    controller = start(["--no-error-dialogs", *argv], store=store, install_hooks=False)
    with qtbot.waitSignal(controller.ready, timeout=20_000):
        pass
    return controller


def close_app(controller: Any) -> None:
    controller.window.close()
    workers.wait_idle(5000)


def tab_titles(window: Any) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]
