"""Benchmark: one parameter change -> full recompute of all districts x groups x years.

Compares ``ForecastModel.compute`` (vectorised numpy) with a naive pandas implementation of the same
formulas (a loop over districts, groups and years with .loc look-ups), checks both agree, and prints the
medians and the ratio. Run: ``.venv/bin/python benchmarks/bench_forecast.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from core.datastore import DataStore  # noqa: E402
from core.forecast import parameters  # noqa: E402
from core.forecast.inputs import cached_inputs  # noqa: E402
from core.forecast.model import ForecastModel  # noqa: E402
from core.forecast.population import AGE_GROUPS  # noqa: E402


def _weighted(pop_df: pd.DataFrame, code: str, year: int, w: dict[str, float]) -> float:
    total = 0.0
    for a in AGE_GROUPS:
        total += w[a] * float(pop_df.loc[(code, a, year), "pop"])  # type: ignore[arg-type]
    return total


def naive_pandas(model: ForecastModel, values: dict[str, float]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Same model, written the obvious way: DataFrames and Python loops."""
    p = parameters.resolve(values)
    inp = model.inputs
    pop = model.population(int(p["population_variant"]))
    years = [int(y) for y in model.years]
    rows = []
    for d, code in enumerate(inp.districts):
        for a, age in enumerate(AGE_GROUPS):
            for t, y in enumerate(years):
                rows.append({"district": code, "age": age, "year": y, "pop": pop[d, a, t]})
    pop_df = pd.DataFrame(rows).set_index(["district", "age", "year"])
    emp = pd.DataFrame(inp.employees, index=inp.districts, columns=inp.groups)
    youth = pd.DataFrame(model._youth, index=inp.districts, columns=years)  # noqa: SLF001
    t0 = years[0]
    supply = pd.DataFrame(
        index=pd.MultiIndex.from_product([inp.districts, inp.groups]), columns=years, dtype=float
    )
    demand = supply.copy()
    retire = p["share_55plus"] / 100 / p["years_to_retirement"]
    n = round(p["years_to_retirement"])
    for di, code in enumerate(inp.districts):
        # retirement intensity of the step y -> y+1: people reaching 65 in y+1 per working-age inhabitant,
        # relative to the mean of the first n years; lateral entries lost: x * (1 - L[y+1])
        wa = [float(pop_df.loc[(code, "15_64", y), "pop"]) for y in years]  # type: ignore[arg-type]
        e65 = model._e65  # noqa: SLF001
        q = [float(e65[di, t]) / wa[t] for t in range(len(years))] if e65 is not None else [1.0] * len(years)
        mean_q = sum(q[1 : n + 1]) / n
        intensity = [q[min(t + 1, len(years) - 1)] / mean_q for t in range(len(years))]
        lost = [p["lateral_entry"] / 100 * (1 - wa[min(t + 1, len(years) - 1)] / wa[0]) for t in range(len(years))]
        for g in inp.groups:
            w = {"u15": p[f"weight_u15:{g}"], "15_64": 1.0, "65plus": p[f"weight_65plus:{g}"]}
            weighted0 = _weighted(pop_df, code, t0, w)
            scale = float(emp.loc[code, g]) / weighted0  # type: ignore[arg-type]
            wf = float(emp.loc[code, g])  # type: ignore[arg-type]
            for y in years:
                weighted = _weighted(pop_df, code, y, w)
                demand.loc[(code, g), y] = scale * weighted * (1 + p[f"demand_growth:{g}"] / 100) ** (y - t0)
                supply.loc[(code, g), y] = wf * (1 + p["productivity"] / 100) ** (y - t0)
                y_idx = float(youth.loc[code, y])  # type: ignore[arg-type]
                inflow = (
                    p["apprentice_entry"] / 1000 * p["completion_rate"] / 100 * p["stay_in_craft"] / 100
                    * y_idx ** p["youth_elasticity"]
                )
                t = y - t0
                wf = max(wf * (1 - retire * intensity[t] - p["net_outflow"] / 100 - lost[t] + inflow), 0.0)
    return supply, demand


def measure(quick: bool = False) -> list:
    """One forecast recompute (all districts x groups x years) vs the naive pandas loop."""
    from harness import Result

    model = ForecastModel(cached_inputs(DataStore()), horizon=2040)
    values = parameters.defaults()
    fast, slow = [], []
    for i in range(100 if quick else 300):
        values["productivity"] = 0.5 + (i % 10) * 0.1
        t = time.perf_counter()
        model.compute(values)
        fast.append(time.perf_counter() - t)
    for i in range(1 if quick else 3):
        values["productivity"] = 0.5 + i * 0.1
        t = time.perf_counter()
        naive_pandas(model, values)
        slow.append(time.perf_counter() - t)
    return [Result("forecast recompute (9 districts x 7 groups x years)", statistics.median(fast) * 1000,
                   "naive pandas loop", statistics.median(slow) * 1000, runs=len(fast))]


def main() -> None:
    model = ForecastModel(cached_inputs(DataStore()), horizon=2040)
    values = parameters.defaults()
    fast = []
    for i in range(300):
        values["productivity"] = 0.5 + (i % 10) * 0.1  # one parameter change per run
        t = time.perf_counter()
        model.compute(values)
        fast.append(time.perf_counter() - t)
    slow = []
    for i in range(3):
        values["productivity"] = 0.5 + i * 0.1
        t = time.perf_counter()
        supply, demand = naive_pandas(model, values)
        slow.append(time.perf_counter() - t)
    r = model.compute(values)
    assert np.allclose(supply.to_numpy(dtype=float).reshape(r.supply.shape), r.supply)
    assert np.allclose(demand.to_numpy(dtype=float).reshape(r.demand.shape), r.demand)
    d, g, t = r.supply.shape
    mf, ms = statistics.median(fast), statistics.median(slow)
    print(f"forecast recompute ({d} districts x {g} groups x {t} years)")
    print(f"  numpy (ForecastModel.compute): median {mf * 1000:.3f} ms over {len(fast)} runs")
    print(f"  naive pandas loop:             median {ms * 1000:.1f} ms over {len(slow)} runs")
    print(f"  ratio pandas / numpy: {ms / mf:.0f}x; target < 5 ms: {'OK' if mf < 0.005 else 'MISSED'}")


if __name__ == "__main__":
    main()
