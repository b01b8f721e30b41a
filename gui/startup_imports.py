"""Start-up imports, split by thread: pure-Python modules in a worker, Qt modules on the GUI thread in slices.

Why: PySide6 creates each Qt wrapper type on first use (lazy types: ≈ 70 ms less CPU before the first
paint than creating all at import). Shiboken's table of not-yet-created types is not safe for two threads:
when a worker imported the tab modules (pyqtgraph) while the GUI thread built widgets, the window crashed
at start, rarely and only under load. So a worker only ever imports modules that do not touch Qt (the data
layer, pandas, numpy, the standard-library parts pyqtgraph needs): ``preload`` refuses any other. Every
module that touches Qt (``gui.*``, PySide6, shiboken6, pyqtgraph) is imported on the GUI thread, one per
event-loop turn, so painting and input go on in between (``tests/gui/test_startup_path.py`` checks that no
worker thread imports one).

pyqtgraph's import copies every class of QtCore/QtGui/QtWidgets into its own namespace
(``pyqtgraph.Qt._copy_attrs``), i.e. creates every Qt type in one go (≈ 0.15 s). The types are created
first, a few at a time (``TYPE_SLICE_S`` per turn), so that copy finds them made; pyqtgraph's own
modules then take one turn of ≈ 60–80 ms (its package ``__init__`` imports all of them at once).
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType

from PySide6.QtCore import QObject, QTimer, Slot

from gui import workers

log = logging.getLogger(__name__)

# Top-level packages whose import touches Qt (creates wrapper types or Qt objects).
QT_PACKAGES = frozenset({"PySide6", "shiboken6", "shibokensupport", "pyqtgraph", "gui"})
# CPU time one slice of Qt type creation may take before the GUI thread gets its turn back.
TYPE_SLICE_S = 0.012
# What pyqtgraph imports besides Qt: imported in a worker before pyqtgraph is imported on the GUI thread.
PYQTGRAPH_PURE = ("numpy", "numpy.typing", "xml.etree.ElementTree", "multiprocessing.connection", "subprocess",
                  "cProfile", "pydoc", "pkgutil", "decimal", "colorama")
# pyqtgraph also loads these Qt modules: one turn each.
PYQTGRAPH_QT = ("PySide6.QtSvg", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtTest")

Result = dict[str, ModuleType | BaseException]


def touches_qt(name: str) -> bool:
    """True for a module whose import touches Qt: it may only be imported on the GUI thread."""
    return name.partition(".")[0] in QT_PACKAGES


def preload(names: Iterable[str]) -> None:
    """Worker side: import the pure-Python modules ``names`` (a module that fails is left to the GUI
    thread's import, which reports it). Refuses a module that touches Qt."""
    for name in names:
        if touches_qt(name):
            raise ValueError(f"{name} touches Qt: import it on the GUI thread (gui.startup_imports)")
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the GUI thread imports it again and logs why it fails
            log.debug("preload of %s failed", name, exc_info=True)


def _qt_type_steps() -> Iterator[None]:
    """Create every type of QtCore, QtGui and QtWidgets, yielding after ``TYPE_SLICE_S`` of CPU time."""
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets

    for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets):
        names = [n for n in dir(module) if not n.startswith("_")]
        start = time.thread_time()
        for name in names:
            getattr(module, name)
            if time.thread_time() - start >= TYPE_SLICE_S:
                yield
                start = time.thread_time()
        yield


class _Job:
    def __init__(self, names: list[str], on_done: Callable[[Result], None], charts: bool) -> None:
        self.names = ["pyqtgraph", *names] if charts else names
        self.on_done = on_done
        self.ready = True  # False while its pure-Python modules are imported in a worker
        self.result: Result = {}
        self.steps: Iterator[None] = self._steps()

    def _steps(self) -> Iterator[None]:
        for name in self.names:
            if name.partition(".")[0] == "pyqtgraph" and "pyqtgraph" not in sys.modules:
                yield from _qt_type_steps()
                for qt_module in PYQTGRAPH_QT:
                    _import(qt_module)
                    yield
            self.result[name] = _import(name)
            yield


def _import(name: str) -> ModuleType | BaseException:
    """Import ``name`` (GUI thread), logging its CPU time (DEBUG): the length of that event-loop turn."""
    t0 = time.thread_time()
    try:
        return importlib.import_module(name)
    except Exception as exc:  # noqa: BLE001 - the caller shows the part as unavailable (logged here)
        log.exception("module %s failed to import", name)
        return exc
    finally:
        log.debug("start-up import %s: %.1f ms", name, (time.thread_time() - t0) * 1000)


class SliceImporter(QObject):
    """Imports on the GUI thread, one module (or one slice of Qt types) per event-loop turn; requests
    are served in order. ``request(names, on_done, preload_first=...)`` first imports the pure-Python
    modules ``preload_first`` in a worker, then ``names`` here, then calls
    ``on_done({name: module or exception})``."""

    def __init__(self) -> None:
        super().__init__()
        self._queue: list[_Job] = []
        self._preloading: dict[int, _Job] = {}  # id(worker.signals) -> the job waiting for its preload
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    def request(self, names: Iterable[str], on_done: Callable[[Result], None],
                preload_first: Iterable[str] = (), charts: bool = False) -> None:
        """``charts``: the modules import pyqtgraph (it is imported first, in its slices). Requests are
        served in the order they were made, also when a later one's worker finishes first."""
        job = _Job(list(names), on_done, charts)
        pure = list(preload_first)
        if pure:
            job.ready = False
            worker = workers.run_in_thread(preload, pure, on_finished=self._preloaded)
            self._preloading[id(worker.signals)] = job
        self._queue.append(job)
        self._schedule()

    @Slot()
    def _preloaded(self) -> None:  # a bound slot: called in the GUI thread (the worker's signal is queued)
        job = self._preloading.pop(id(self.sender()), None)
        if job is not None:
            job.ready = True
            self._schedule()

    def busy(self) -> bool:
        """A request is waiting for its worker or being imported."""
        return bool(self._queue)

    def _schedule(self) -> None:
        if self._queue and self._queue[0].ready and not self._timer.isActive():
            self._timer.start(0)

    def _step(self) -> None:
        if not self._queue or not self._queue[0].ready:
            return
        job = self._queue[0]
        if next(job.steps, StopIteration) is StopIteration:
            self._queue.pop(0)
            job.on_done(job.result)
        self._schedule()


_importer: SliceImporter | None = None


def importer() -> SliceImporter:
    """The one importer of the app (created on the GUI thread at first use)."""
    global _importer
    if _importer is None:
        _importer = SliceImporter()
    return _importer
