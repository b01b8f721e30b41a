"""Benchmark: ``core.portfolio.portfolio`` as the GUI calls it on every period change.

Prints the first call on a freshly loaded store (builds the cached pivot of the craft facts) and the
median of 50 further calls with changing periods and districts (target: < 20 ms).

    .venv/bin/python benchmarks/bench_portfolio.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.datastore import DataStore  # noqa: E402
from core.portfolio import portfolio  # noqa: E402


def main(runs: int = 50) -> None:
    store = DataStore()
    t0 = time.perf_counter()
    portfolio(store)
    first = (time.perf_counter() - t0) * 1000
    areas = [None, *store.region.district_codes]
    times = []
    for i in range(runs):
        start, end = 2010 + i % 4, 2018 - i % 3
        t0 = time.perf_counter()
        portfolio(store, areas[i % len(areas)], start, end)
        times.append((time.perf_counter() - t0) * 1000)
    print(f"portfolio() first call after load (builds the cache): {first:.1f} ms")
    print(f"portfolio() median of {runs} calls (period/district changes): {statistics.median(times):.1f} ms")


if __name__ == "__main__":
    main()
