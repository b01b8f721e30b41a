"""The one worker pattern: results, typed errors, progress and cancellation reach the GUI thread."""

from __future__ import annotations

import threading

from core.errors import NoDataError
from gui import workers


def test_result_arrives_in_the_gui_thread(qtbot):
    seen: list[tuple[int, bool]] = []
    workers.run_in_thread(
        lambda a, b: a * b, 6, 7,
        on_result=lambda v: seen.append((v, threading.current_thread() is threading.main_thread())),
    )
    assert workers.wait_idle(5000)
    assert seen == [(42, True)]


def test_expected_error_arrives_as_the_typed_error(qtbot):
    errors: list[BaseException] = []

    def fail():
        raise NoDataError("Für 2030 gibt es keine Daten.", "No data for 2030.")

    workers.run_in_thread(fail, on_error=errors.append)
    assert workers.wait_idle(5000)
    assert len(errors) == 1 and isinstance(errors[0], NoDataError)
    assert errors[0].message("de") == "Für 2030 gibt es keine Daten."


def test_progress_is_reported_and_cancel_stops_the_job(qtbot):
    progress: list[tuple[int, int]] = []
    results: list[object] = []
    started = threading.Event()
    release = threading.Event()

    def job(*, progress, cancelled):
        progress(0, 100)
        started.set()
        release.wait(5)
        done = 0
        for done in range(1, 101):
            if cancelled():
                return f"stopped at {done}"
            progress(done, 100)
        return "complete"

    w = workers.run_in_thread(job, controls=True, on_progress=lambda d, t: progress.append((d, t)),
                              on_result=results.append)
    assert started.wait(5)
    w.cancel()
    release.set()
    assert workers.wait_idle(5000)
    assert progress[0] == (0, 100)
    assert results == []  # a cancelled job delivers no result
