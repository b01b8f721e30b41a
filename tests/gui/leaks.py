"""The leak check every GUI test ends with (tests/gui/conftest.py): a worker still busy, a QThread
still running or a QTimer still active after the test's widgets were closed would fire into the next
test, or into a deleted widget."""

from __future__ import annotations

import gc
import sys
import time

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from shiboken6 import isValid

from gui import workers


def _live(kind: type) -> list:
    """Python wrappers of ``kind`` whose C++ object still exists."""
    return [o for o in gc.get_objects() if isinstance(o, kind) and isValid(o)]


def _finish_slice_imports(app: QCoreApplication, wait_ms: int) -> None:
    """Let the app-wide start-up importer (gui.startup_imports) finish what a tab asked for: like the
    thread pool it outlives a tab, and a shut-down tab ignores the result. Its timer is not a leak of the
    test, a stopped importer would be (its queue would never move again)."""
    module = sys.modules.get("gui.startup_imports")
    importer = getattr(module, "_importer", None) if module is not None else None
    deadline = time.monotonic() + wait_ms / 1000
    while importer is not None and importer.busy() and time.monotonic() < deadline:
        workers.pool().waitForDone(50)
        app.processEvents()


def assert_nothing_running(wait_ms: int = 10_000) -> None:
    app = QCoreApplication.instance()
    if app is None:
        return
    idle = workers.pool().waitForDone(wait_ms)  # a cancelled worker finishes its current step
    _finish_slice_imports(app, wait_ms)
    # Pending events only; deferred deletes are left to Qt's own loop: forcing them here deleted widgets
    # that pyqtgraph still painted in the next test (segmentation fault).
    app.processEvents()
    running = [t for t in _live(QThread) if t.isRunning() and t is not app.thread()]
    timers = [t for t in _live(QTimer) if t.isActive()]
    leaks = [] if idle else [f"{workers.pool().activeThreadCount()} worker(s) still running"]
    leaks += [f"running QThread {t!r}" for t in running]
    leaks += [f"active QTimer {t.objectName() or t!r} of {type(t.parent()).__name__}" for t in timers]
    for t in timers:  # do not let it fire into the next test
        t.stop()
    assert not leaks, "left behind by the test: " + "; ".join(leaks)
