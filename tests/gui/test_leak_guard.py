"""The end-of-test leak check (tests/gui/leaks.py) catches what it promises to catch."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread, QTimer

from gui import workers
from tests.gui.leaks import assert_nothing_running


def test_an_active_timer_fails_the_test(qapp):
    timer = QTimer()
    timer.setInterval(60_000)
    timer.start()
    with pytest.raises(AssertionError, match="active QTimer"):
        assert_nothing_running(wait_ms=100)
    assert not timer.isActive()  # stopped, so it cannot fire into the next test


def test_a_running_thread_fails_the_test(qapp):
    release = threading.Event()

    class Busy(QThread):
        def run(self) -> None:
            release.wait(10)

    t = Busy()
    t.start()
    try:
        with pytest.raises(AssertionError, match="running QThread"):
            assert_nothing_running(wait_ms=100)
    finally:
        release.set()
        t.wait()


def test_a_busy_worker_fails_the_test(qapp):
    release = threading.Event()
    workers.run_in_thread(release.wait, 10)
    try:
        with pytest.raises(AssertionError, match="worker"):
            assert_nothing_running(wait_ms=100)
    finally:
        release.set()
        workers.wait_idle(5000)


def test_nothing_left_passes(qapp):
    assert_nothing_running(wait_ms=100)
