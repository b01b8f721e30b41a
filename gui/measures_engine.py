"""The forecast with measures for the GUI: one shared model, evaluations off the GUI thread, change events.

* :func:`shared_model` builds the :class:`core.forecast.measures.MeasureModel` of a data store once (the
  inputs are DuckDB queries, so the first call belongs in a worker) and hands the same one to the Prognose
  tab, the tracker's detail pane, the meeting view and the presentation.
* :class:`AsyncEvaluator` runs ``MeasureModel.evaluate`` (contributions of every measure, up to ~150 ms for
  30 measures) in the worker pool. Requests coalesce: while one runs, only the newest waits, and every
  finished evaluation is shown at once, so the waterfall follows edits without blocking the GUI thread.
Tracker edits are announced by ``ctx.events.tracker_changed`` (gui.events), so every view of the measures
recomputes.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gui import workers

if TYPE_CHECKING:  # the store's module pulls DuckDB and pandas; this module is imported before they are needed
    from core.datastore import DataStore

_LOCK = threading.Lock()
_MODELS: dict[int, tuple[Any, int, Any]] = {}  # id(store) -> (store, data version, MeasureModel)


def shared_model(store: DataStore) -> Any:
    """The MeasureModel of ``store``'s current data version (built on first use; thread-safe)."""
    from core.forecast.inputs import cached_inputs
    from core.forecast.measures import MeasureModel
    from core.forecast.model import ForecastModel

    version = store.facts_version
    with _LOCK:
        hit = _MODELS.get(id(store))
        if hit is not None and hit[0] is store and hit[1] == version:
            return hit[2]
        model = MeasureModel(ForecastModel(cached_inputs(store)))
        _MODELS[id(store)] = (store, version, model)
        return model


def register_model(store: DataStore, model: Any) -> None:
    """Use ``model`` (a MeasureModel the Prognose tab built anyway) as the shared one for ``store``."""
    with _LOCK:
        _MODELS[id(store)] = (store, store.facts_version, model)


@dataclass(frozen=True)
class Request:
    """What to evaluate: resolved parameter values, the measures (with effects), area, groups."""

    values: dict[str, float]
    measures: tuple[Any, ...]
    area: str | None = None
    groups: tuple[str, ...] = ()
    scenario: str = ""
    years: tuple[int, ...] = (2030, 2035, 2040)


def evaluate(store: Any, req: Request) -> Any:
    """Worker job: the evaluation of ``req`` (core.forecast.measures.Evaluation)."""
    return shared_model(store).evaluate(
        req.values, list(req.measures), area=req.area, groups=list(req.groups) or None, scenario=req.scenario,
        years=req.years,
    )


class AsyncEvaluator(QObject):
    """Latest-wins evaluations in the worker pool; ``ready(Evaluation)`` on the GUI thread."""

    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, store: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._running: Any = None
        self._pending: Request | None = None
        self.last: Any = None

    @property
    def busy(self) -> bool:
        return self._running is not None or self._pending is not None

    def request(self, req: Request) -> None:
        if self._running is not None:
            self._pending = req  # only the newest waits
            return
        self._start(req)

    def _start(self, req: Request) -> None:
        self._running = workers.run_in_thread(
            evaluate, self.store, req, on_result=self._done, on_error=self._error, on_finished=self._next
        )

    def _done(self, ev: object) -> None:
        self.last = ev
        self.ready.emit(ev)

    def _error(self, exc: object) -> None:
        self.failed.emit(exc)

    def _next(self) -> None:
        self._running = None
        if self._pending is not None:
            req, self._pending = self._pending, None
            self._start(req)

    def cancel(self) -> None:
        self._pending = None
        if self._running is not None:
            self._running.cancel()


def load_measures(con: Any, statuses: Sequence[str] | None = None) -> list[Any]:
    """Measures with effects in ``statuses`` (default: geplant, in Umsetzung, umgesetzt) from the user DB;
    [] without a database or without the effects table (an old read-only snapshot)."""
    if con is None:
        return []
    import duckdb

    from core.forecast.measures import DEFAULT_STATUSES, measures_from_tracker
    from core.tracker.store import Tracker

    try:
        return measures_from_tracker(Tracker(con, read_only=True), DEFAULT_STATUSES if statuses is None
                                     else statuses)
    except duckdb.Error:
        return []
