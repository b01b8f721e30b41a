"""Benchmark: the forecast with the effects of 30 measures (core.forecast.measures).

* recompute with 30 effects after one effect's size changed (what the meeting view does on every edit),
  against the plain model run without effects (the floor: the layer's overhead is the difference);
* all contributions of 30 measures (31 model runs: all measures, and each one left out), against the
  simplest implementation: for each run, build every parameter path from scratch with Python loops over
  districts × groups × years (same results, asserted).

Targets (issue #18): recompute ≤ 5 ms, all contributions ≤ 150 ms.
Run: ``.venv/bin/python benchmarks/bench_measures.py`` (or via ``benchmarks/run_all.py --only measures``).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from core.datastore import DataStore  # noqa: E402
from core.forecast import parameters  # noqa: E402
from core.forecast.inputs import cached_inputs  # noqa: E402
from core.forecast.measures import Effect, Measure, MeasureModel  # noqa: E402
from core.forecast.model import ForecastModel  # noqa: E402

# (key, delta) pairs within the plausible ranges; 30 measures cycle through them with different years,
# districts and groups so that effects on the same parameter overlap (the realistic, interacting case)
_EFFECTS = [
    ("apprentice_entry", 1.0), ("completion_rate", 2.0), ("net_outflow", -0.1), ("productivity", 0.1),
    ("demand_growth", 0.2), ("share_55plus", -0.5), ("years_to_retirement", 0.3), ("weight_65plus", 0.1),
]


def thirty_measures(model: ForecastModel) -> list[Measure]:
    districts = list(model.inputs.districts)
    groups = list(model.inputs.groups)
    out = []
    for i in range(30):
        key, delta = _EFFECTS[i % len(_EFFECTS)]
        start = 2025 + i % 6
        e = Effect(
            f"e{i}", f"m{i}", key, delta, start, start + i % 4,
            districts=tuple(districts[i % 9: i % 9 + 3]) if i % 3 == 0 else (),
            groups=(groups[i % 7],) if i % 2 == 0 else (),
        )
        out.append(Measure(f"m{i}", f"{i // 3 + 1}.{i % 3 + 1}", "measure", f"Maßnahme {i}", "geplant", (e,)))
    return out


def naive_paths(mm: MeasureModel, p: dict[str, float], effects: list[Effect]) -> dict[str, np.ndarray]:
    """The parameter paths built the obvious way: one Python loop per effect over every cell."""
    years = [int(y) for y in mm.years]
    out: dict[str, np.ndarray] = {}
    for e in effects:
        if e.param not in out:
            arr = np.empty((len(mm.districts), len(mm.groups), len(years)))
            for j, g in enumerate(mm.groups):
                key = e.param if e.param in parameters.REGISTRY else parameters.group_key(e.param, g)
                arr[:, j, :] = p[key]
            out[e.param] = arr
        for i, d in enumerate(mm.districts):
            if e.districts and d not in e.districts:
                continue
            for j, g in enumerate(mm.groups):
                if e.groups and g not in e.groups:
                    continue
                for k, y in enumerate(years):
                    share = min(1.0, max(0.0, (y - e.start_year + 1) / (e.full_year - e.start_year + 1)))
                    out[e.param][i, j, k] += e.delta * share
    for key, arr in out.items():
        for j, g in enumerate(mm.groups):
            q = parameters.REGISTRY.get(key) or parameters.REGISTRY[parameters.group_key(key, g)]
            arr[:, j, :] = np.clip(arr[:, j, :], q.min, q.max)
    return out


def naive_contributions(mm: MeasureModel, p: dict[str, float], measures: list[Measure], year: int) -> dict:
    t = list(mm.years).index(year)
    every = [e for m in measures for e in m.effects]
    gap_all = mm.model.compute_resolved(p, paths=naive_paths(mm, p, every)).gap[..., t].sum()
    out = {}
    for m in measures:
        rest = [e for e in every if e not in m.effects]
        out[m.id] = float(mm.model.compute_resolved(p, paths=naive_paths(mm, p, rest)).gap[..., t].sum() - gap_all)
    return out


def _run(quick: bool) -> dict[str, float]:
    model = ForecastModel(cached_inputs(DataStore()), horizon=2040)
    p = parameters.resolve({})
    measures = thirty_measures(model)
    mm = MeasureModel(model)
    effects = [e for m in measures for e in m.effects]
    mm.compute(p, effects)  # warm the cache of the unchanged effects
    n = 60 if quick else 300
    recompute, plain = [], []
    for i in range(n):
        changed = list(effects)
        e = changed[i % 30]
        changed[i % 30] = Effect(e.id, e.item_id, e.param, e.delta * (1 + (i % 7) / 10), e.start_year,
                                 e.full_year, e.districts, e.groups)  # one edit: a new, uncached effect
        t0 = time.perf_counter()
        mm.compute(p, changed)
        recompute.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        model.compute_resolved(p)
        plain.append(time.perf_counter() - t0)
    contrib, naive = [], []
    for _ in range(10 if quick else 40):
        t0 = time.perf_counter()
        ev = mm.evaluate(p, measures)
        contrib.append(time.perf_counter() - t0)
    for _ in range(1 if quick else 3):
        t0 = time.perf_counter()
        slow = naive_contributions(mm, p, measures, 2035)
        naive.append(time.perf_counter() - t0)
    fast = ev.contributions
    assert all(abs(fast[m.id][2035] - slow[m.id]) < 1e-6 * max(1.0, abs(slow[m.id])) for m in measures)
    return {
        "recompute": statistics.median(recompute) * 1000, "plain": statistics.median(plain) * 1000,
        "contrib": statistics.median(contrib) * 1000, "naive": statistics.median(naive) * 1000,
        "runs_recompute": n, "runs_contrib": len(contrib),
    }


def measure(quick: bool = False) -> list:
    from harness import Result

    r = _run(quick)
    return [
        Result("forecast with 30 effects: recompute after one edit", r["recompute"],
               "same model run without effects", r["plain"], runs=int(r["runs_recompute"]), goal="≤ 5 ms"),
        Result("contributions of 30 measures (31 model runs)", r["contrib"],
               "naive: paths rebuilt in Python loops per run", r["naive"], runs=int(r["runs_contrib"]),
               goal="≤ 150 ms"),
    ]


def main() -> None:
    r = _run(quick=False)
    print("forecast with the effects of 30 measures (9 districts x 7 groups x 19 years)")
    print(f"  recompute after one edit: median {r['recompute']:.3f} ms (target <= 5 ms: "
          f"{'OK' if r['recompute'] <= 5 else 'MISSED'}); plain run without effects {r['plain']:.3f} ms "
          f"(ratio {r['recompute'] / r['plain']:.1f})")
    print(f"  all contributions: median {r['contrib']:.1f} ms (target <= 150 ms: "
          f"{'OK' if r['contrib'] <= 150 else 'MISSED'}); naive {r['naive']:.0f} ms "
          f"(ratio 1/{r['naive'] / r['contrib']:.0f})")


if __name__ == "__main__":
    main()
