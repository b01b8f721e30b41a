"""Shared benchmark helpers: medians over repeated runs and one result row per figure.

Every ``bench_*.py`` module exposes ``measure(quick: bool = False) -> list[Result]``; each Result
holds a figure and the baseline measured in the same run, so ``run_all.py`` can print one table
with their ratio. Benchmarks are not tests: nothing fails on a timing.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class Result:
    figure: str
    value: float
    baseline: str
    baseline_value: float
    unit: str = "ms"
    runs: int = 0

    @property
    def ratio(self) -> float:
        return self.value / self.baseline_value if self.baseline_value else float("nan")


def median_ms(fn: Callable[[], object], runs: int, warmup: int = 1) -> float:
    """Median wall time of ``fn`` in milliseconds over ``runs`` calls after ``warmup`` calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000.0


def fmt(value: float, unit: str) -> str:
    if value != value:  # NaN: not measured
        return "–"
    if unit == "ms":
        if value < 1:
            return f"{value:.3f} ms"
        return f"{value:,.1f} ms" if value < 10_000 else f"{value / 1000:,.2f} s"
    if unit == "MB":
        return f"{value:,.1f} MB"
    return f"{value:,.3f} {unit}"


def fmt_ratio(ratio: float) -> str:
    """value / baseline; tiny ratios as 1/N so they stay readable."""
    if ratio != ratio:
        return "–"
    return f"{ratio:.2f}" if ratio >= 0.1 else f"1/{1 / ratio:,.0f}"


def print_table(results: list[Result]) -> None:
    rows = [(r.figure, fmt(r.value, r.unit), r.baseline, fmt(r.baseline_value, r.unit), fmt_ratio(r.ratio),
             str(r.runs or "")) for r in results]
    head = ("figure", "value", "baseline", "baseline value", "ratio", "runs")
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(head)]
    line = " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    print(line)
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
