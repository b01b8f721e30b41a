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
    # pair-by-pair ratios (procs.pair_stats): median and range; None = value / baseline_value
    ratio_med: float | None = None
    ratio_min: float | None = None
    ratio_max: float | None = None
    value_min: float | None = None
    value_max: float | None = None
    goal: str = ""

    @property
    def ratio(self) -> float:
        if self.ratio_med is not None:
            return self.ratio_med
        return self.value / self.baseline_value if self.baseline_value else float("nan")

    @classmethod
    def from_pairs(cls, figure: str, stat: object, baseline: str, unit: str, goal: str = "",
                   scale: float = 1.0) -> Result:
        """A row from a ``procs.PairStat`` (values multiplied by ``scale``, e.g. 1000 for s -> ms)."""
        st = stat  # PairStat, duck-typed to keep this module free of procs
        return cls(figure, st.value * scale, baseline, st.baseline * scale, unit, st.runs,  # type: ignore[attr-defined]
                   st.ratio, st.ratio_min, st.ratio_max, st.value_min * scale,  # type: ignore[attr-defined]
                   st.value_max * scale, goal)  # type: ignore[attr-defined]


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
    if unit in ("s CPU", "s wall", "s"):
        return f"{value:.2f} {unit}"
    if unit in ("MB", "MiB"):
        return f"{value:,.1f} {unit}"
    return f"{value:,.3f} {unit}"


def fmt_ratio(ratio: float) -> str:
    """value / baseline; tiny ratios as 1/N so they stay readable."""
    if ratio != ratio:
        return "–"
    return f"{ratio:.2f}" if ratio >= 0.1 else f"1/{1 / ratio:,.0f}"


def _value_cell(r: Result) -> str:
    cell = fmt(r.value, r.unit)
    if r.value_min is not None and r.value_max is not None and r.value_min != r.value_max:
        cell += f" ({fmt(r.value_min, r.unit).split()[0]}–{fmt(r.value_max, r.unit).split()[0]})"
    return cell


def _ratio_cell(r: Result) -> str:
    cell = fmt_ratio(r.ratio)
    if r.ratio_min is not None and r.ratio_max is not None:
        cell += f" ({fmt_ratio(r.ratio_min)}–{fmt_ratio(r.ratio_max)})"
    return cell


def table_rows(results: list[Result]) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    head = ("figure", "value (min–max)", "baseline", "baseline value", "ratio (min–max)", "goal", "runs")
    rows = [(r.figure, _value_cell(r), r.baseline, fmt(r.baseline_value, r.unit), _ratio_cell(r), r.goal,
             str(r.runs or "")) for r in results]
    return head, rows


def print_table(results: list[Result], markdown: bool = False) -> None:
    head, rows = table_rows(results)
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "|".join("---" for _ in head) + "|")
        for row in rows:
            print("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
        return
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(head)]
    line = " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    print(line)
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
