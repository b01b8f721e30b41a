"""Backtests: run parts of the model from an earlier year and compare with what happened.

1. Population: the projection (cohort flows, or the pure trend for comparison) fitted on 2010..``fit_end``
   (default 2015) against the official district totals and age groups up to 2021 (same census basis, so the
   2022 break does not enter the comparison).
2. Craft workforce: the supply model (default parameters, no productivity — headcount only) run from the
   official Handwerkszählung 2010 district totals (tätige Personen, Anlage A + B1) against 2011–2014.

Errors: MAPE = mean |forecast − actual| / actual over districts and years; also the error of the region
total in the last year and the worst single district.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from core.datastore import DataStore
from core.forecast import parameters
from core.forecast import supply as supply_mod
from core.forecast.inputs import ForecastInputs, load_inputs
from core.forecast.population import project


@dataclass(frozen=True)
class BacktestResult:
    name: str
    base_year: int
    years: list[int]
    mape: float  # fraction
    mape_by_year: list[float]
    region_error_last: float  # signed relative error of the region total in the last year
    worst_district: str
    worst_error: float  # signed relative error, last year

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def _errors(name: str, base: int, years: list[int], fc: np.ndarray, act: np.ndarray,
            codes: list[str]) -> BacktestResult:
    rel = (fc - act) / act  # (D, T)
    last = rel[:, -1]
    w = int(np.argmax(np.abs(last)))
    region = (fc[:, -1].sum() - act[:, -1].sum()) / act[:, -1].sum()
    return BacktestResult(
        name=name,
        base_year=base,
        years=years,
        mape=float(np.abs(rel).mean()),
        mape_by_year=[float(x) for x in np.abs(rel).mean(axis=0)],
        region_error_last=float(region),
        worst_district=codes[w],
        worst_error=float(last[w]),
    )


def population_backtest(
    inputs: ForecastInputs,
    fit_end: int = 2015,
    last: int = 2021,
    age_group: int | None = None,
    cohorts: bool = True,
) -> BacktestResult:
    """Projection from ``fit_end`` (fitted on the years up to it, no anchors) against the official values
    ``fit_end+1 .. last``: the district totals, or one age group (0 = under 15, 1 = 15–64, 2 = 65+).
    ``cohorts=False`` uses the pure trend for every group (for comparison)."""
    hy = inputs.hist_years
    keep = hy <= fit_end
    years = np.arange(fit_end, last + 1)
    cube = project(hy[keep], inputs.pop_hist[..., keep], years, cohorts=inputs.cohorts if cohorts else None)
    pos = [int(np.nonzero(hy == y)[0][0]) for y in years[1:]]
    if age_group is None:
        proj, actual, name = cube.sum(axis=1), inputs.pop_hist[..., pos].sum(axis=1), "population"
    else:
        proj, actual = cube[:, age_group], inputs.pop_hist[:, age_group][:, pos]
        name = f"population {('u15', '15-64', '65+')[age_group]}"
    name += "" if cohorts else " (trend only)"
    return _errors(name, fit_end, [int(y) for y in years[1:]], proj[:, 1:], actual, inputs.districts)


def workforce_backtest(store: DataStore, inputs: ForecastInputs, start: int = 2010) -> BacktestResult:
    """Supply model (headcount) from official 2010 employees against the official 2011–2014 totals."""
    codes = inputs.districts
    df = store.query(
        "SELECT area_code, year, value FROM facts WHERE indicator = 'employees' AND gewerbegruppe = 'insgesamt' "
        "AND kind = 'official' AND area_code IN (SELECT unnest(?)) ORDER BY year",
        [codes],
    )
    cube = df.pivot_table(index="area_code", columns="year", values="value").reindex(codes)
    years = [int(y) for y in cube.columns if int(y) >= start]
    act = cube[years].to_numpy(dtype=float)
    p = parameters.defaults()
    hy = list(inputs.hist_years)
    youth = inputs.pop_hist[:, 0, [hy.index(y) for y in years]]
    wf = supply_mod.workforce(
        act[:, :1],
        np.array([p["share_55plus"] / 100.0 / p["years_to_retirement"]]),
        outflow=p["net_outflow"] / 100.0,
        entry=p["apprentice_entry"] / 1000.0,
        completion=p["completion_rate"] / 100.0,
        youth_index=youth / youth[:, :1],
        elasticity=p["youth_elasticity"],
    )[:, 0, :]
    return _errors("workforce", years[0], years[1:], wf[:, 1:], act[:, 1:], codes)


def main() -> None:
    """Print the backtest errors (``python -m core.forecast.backtest``)."""

    store = DataStore()
    inputs = load_inputs(store)
    results = [
        population_backtest(inputs, 2015, 2021),
        population_backtest(inputs, 2015, 2021, cohorts=False),
        *(population_backtest(inputs, 2015, 2021, age_group=a) for a in range(3)),
        *(population_backtest(inputs, 2015, 2021, age_group=a, cohorts=False) for a in range(3)),
        population_backtest(inputs, 2012, 2021),
        population_backtest(inputs, 2012, 2021, cohorts=False),
        workforce_backtest(store, inputs),
    ]
    for r in results:
        print(
            f"{r.name:<32} from {r.base_year} to {r.years[-1]}: MAPE {r.mape:.1%} "
            f"(by year {', '.join(f'{x:.1%}' for x in r.mape_by_year)}); region total {r.years[-1]} "
            f"{r.region_error_last:+.1%}; worst district {r.worst_district} {r.worst_error:+.1%}"
        )


if __name__ == "__main__":
    main()
