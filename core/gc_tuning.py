"""Fewer garbage collections while a process starts up.

Start-up allocates a few million objects (imports of PySide6, pandas, openpyxl; the first results) and
almost none of them form reference cycles, yet CPython runs a young-generation collection every 700
net allocations and a full one every 100 of those: ~250 collections for ``export --all-districts`` that
find ~1,500 cyclic objects. With the young threshold at 100,000 while a command runs (and the window
until every tab is built) the same work takes about 8 % less CPU for the export, 5 % less to the
window's first paint and 3 % less to the first profile (benchmarks/run_all.py; mypy does the same).
Cycles are still collected, only in larger batches; the defaults come back afterwards, so a long
session and an in-process caller (the tests) keep Python's normal collector.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

START_THRESHOLD = (100_000, 10, 10)
_saved: tuple[int, int, int] | None = None


def relax() -> None:
    """Raise the young-generation threshold (once; a second call keeps the first saved thresholds)."""
    global _saved
    if _saved is None:
        _saved = gc.get_threshold()
        gc.set_threshold(*START_THRESHOLD)


def restore() -> None:
    """Back to the thresholds :func:`relax` found (nothing if it was not called)."""
    global _saved
    if _saved is not None:
        gc.set_threshold(*_saved)
        _saved = None


@contextmanager
def relaxed() -> Iterator[None]:
    """:func:`relax` for the ``with`` block (a block inside another keeps the outer one's thresholds)."""
    outer = _saved is not None
    relax()
    try:
        yield
    finally:
        if not outer:
            restore()
