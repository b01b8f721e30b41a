"""The one worker pattern of the app: a QRunnable on the global QThreadPool carrying a QObject with signals.

Usage::

    worker = run_in_thread(compute, district, on_result=self._show, on_error=self._fail)
    ...
    worker.cancel()          # sets a threading.Event the job may check

With ``controls=True`` the job is called as ``fn(*args, progress=..., cancelled=..., **kwargs)``:
``progress(done, total)`` is throttled to about 10 signals per second (first and last always pass),
``cancelled()`` returns True after ``cancel()``. Workers never touch widgets; Qt queues the signals to
the receiver's (GUI) thread. Expected failures (``core.errors.HandwerksmonitorError``) arrive via
``error`` as they are; anything else is logged with its traceback and arrives via ``error`` too.
A DuckDB connection is not thread-safe: give each job its own ``store.cursor()``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, QRunnable, QThreadPool, Signal, Slot

from core.errors import HandwerksmonitorError

log = logging.getLogger(__name__)

_PROGRESS_INTERVAL_S = 0.1


class WorkerSignals(QObject):
    progress = Signal(int, int)
    result = Signal(object)
    error = Signal(object)
    finished = Signal()


class Worker(QRunnable):
    """Runs ``fn(*args, **kwargs)`` in the pool; emits result/error, then finished (always)."""

    def __init__(self, fn: Callable[..., Any], *args: Any, controls: bool = False, **kwargs: Any) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.controls = controls
        self.signals = WorkerSignals()
        self.cancel_event = threading.Event()
        self._last_progress = 0.0
        self.setAutoDelete(False)  # Python owns it (see _Registry) so the signals outlive run()

    def cancel(self) -> None:
        self.cancel_event.set()

    def is_cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done in (0, total) or now - self._last_progress >= _PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.signals.progress.emit(int(done), int(total))

    def run(self) -> None:
        try:
            kwargs = dict(self.kwargs)
            if self.controls:
                kwargs.update(progress=self._progress, cancelled=self.cancel_event.is_set)
            value = self.fn(*self.args, **kwargs)
        except Exception as exc:
            if not isinstance(exc, HandwerksmonitorError):
                log.exception("worker %s failed", getattr(self.fn, "__qualname__", self.fn))  # dynamic: a partial has none
            if not self.cancel_event.is_set():
                self.signals.error.emit(exc)
        else:
            if not self.cancel_event.is_set():
                self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()


class _Registry(QObject):
    """Keeps running workers alive until their ``finished`` signal has reached the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.active: dict[int, Worker] = {}

    def add(self, worker: Worker) -> None:
        self.active[id(worker.signals)] = worker
        worker.signals.finished.connect(self._done)

    @Slot()
    def _done(self) -> None:
        self.active.pop(id(self.sender()), None)


_registry: _Registry | None = None


def _reg() -> _Registry:
    global _registry
    if _registry is None:
        _registry = _Registry()
    return _registry


def pool() -> QThreadPool:
    """The pool every worker runs on (the global one, so ``wait_idle`` sees all work)."""
    return QThreadPool.globalInstance()


def run_in_thread(
    fn: Callable[..., Any],
    *args: Any,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[Any], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    controls: bool = False,
    **kwargs: Any,
) -> Worker:
    """Start ``fn`` in the pool and connect the given slots; returns the worker (for ``cancel()``)."""
    worker = Worker(fn, *args, controls=controls, **kwargs)
    if on_result is not None:
        worker.signals.result.connect(on_result)
    if on_error is not None:
        worker.signals.error.connect(on_error)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    if on_finished is not None:
        worker.signals.finished.connect(on_finished)
    _reg().add(worker)
    pool().start(worker)
    return worker


def cancel_all() -> None:
    for worker in list(_reg().active.values()):
        worker.cancel()


_loop: QEventLoop | None = None


def process_events() -> None:
    """``processEvents()`` without the PySide6 6.12 / Python 3.11 bug.

    The static ``process_events()`` (also ``QTest.qWait``) drops one reference to
    ``None`` per call; a loop of a few thousand calls aborts the interpreter ("deallocating None").
    ``QEventLoop.processEvents`` on an instance does not. Use this in every wait loop.
    """
    global _loop
    if _loop is None:
        _loop = QEventLoop()
    _loop.processEvents()


def when_idle(callback: Callable[[], None], poll_ms: int = 50) -> None:
    """Call ``callback`` (in the GUI thread) once no worker is running any more, without blocking."""
    from PySide6.QtCore import QTimer

    if pool().activeThreadCount() == 0 and not _reg().active:
        QTimer.singleShot(0, callback)
    else:
        QTimer.singleShot(poll_ms, lambda: when_idle(callback, poll_ms))


def wait_idle(timeout_ms: int = 10_000) -> bool:
    """Process events until no worker runs and queued results are delivered (tests, screenshots)."""
    deadline = QDeadlineTimer(timeout_ms)
    while not deadline.hasExpired():
        process_events()
        if pool().activeThreadCount() == 0 and not _reg().active:
            for _ in range(3):  # deliver the updates that results triggered (may start new workers)
                process_events()
            if pool().activeThreadCount() == 0 and not _reg().active:
                return True
        pool().waitForDone(10)
    return False
