"""The leak check every GUI test ends with (tests/gui/conftest.py): a worker still busy, a QThread
still running or a QTimer still active after the test's widgets were closed would fire into the next
test, or into a deleted widget."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from shiboken6 import isValid

from gui import workers


def _live(kind: type) -> list:
    """Python wrappers of ``kind`` whose C++ object still exists."""
    return [o for o in gc.get_objects() if isinstance(o, kind) and isValid(o)]


def assert_nothing_running(wait_ms: int = 10_000) -> None:
    app = QCoreApplication.instance()
    if app is None:
        return
    idle = workers.pool().waitForDone(wait_ms)  # a cancelled worker finishes its current step
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
