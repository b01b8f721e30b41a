"""The forecast model: population-driven demand against a workforce-driven supply per district,
Gewerbegruppe and year, recomputed in a few vectorised numpy steps for every parameter change.

``ForecastModel(inputs, horizon)`` precomputes what does not depend on parameters (the population
projection for each variant); ``compute(values)`` then takes well under 5 ms for all districts × groups
× years (see benchmarks/bench_forecast.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.errors import InvalidInputError, UnknownDistrictError
from core.forecast import demand as demand_mod
from core.forecast import parameters
from core.forecast import supply as supply_mod
from core.forecast.comparison import compare
from core.forecast.inputs import COHORT_YEAR, VARIANTS, ForecastInputs, input_sources, youth_index
from core.forecast.population import (
    AGE_GROUPS,
    Anchor,
    anchor_steps,
    census_factors,
    cohort_entries,
    project,
    projection_label,
)

DEFAULT_HORIZON = 2040
MIN_HORIZON_AFTER_BASE = 1
MAX_HORIZON = 2070
# The model always runs at least to this year and cuts the result at the horizon, so a year's figures never
# depend on the chosen horizon (the retirement profile looks up to 13 years ahead, anchors up to 2040).
MIN_RUN_TO = 2040
# Parameters that may vary by district, group and year (effects of measures, core.forecast.measures):
# global keys and the base names of per-group keys. ``compute_resolved(p, paths=...)`` takes them as
# (D, G, T) arrays in the registry's units (T = the model years; the run beyond the horizon holds the
# last value).
PATH_KEYS = (
    "share_55plus",
    "years_to_retirement",
    "apprentice_entry",
    "completion_rate",
    "stay_in_craft",
    "youth_elasticity",
    "lateral_entry",
    "net_outflow",
    "productivity",
    "demand_growth",
    "weight_65plus",
    "weight_u15",
)


@dataclass
class ForecastResult:
    """Arrays (district, group, year) of one model run plus everything needed to label them."""

    years: np.ndarray
    districts: list[str]
    district_names: list[str]
    groups: list[str]
    supply: np.ndarray  # (D, G, T) effective supply, employee-equivalents
    demand: np.ndarray  # (D, G, T) demand, employee-equivalents
    workforce: np.ndarray  # (D, G, T) persons
    population: np.ndarray  # (D, 3, T) persons (u15, 15-64, 65+)
    last_data_year: int  # last year of official population; later years are our projection
    anchors: list[Anchor]
    values: dict[str, float]
    scenario: str
    region_code: str
    region_name: str
    sources: list[dict[str, Any]] = field(default_factory=list)
    # years where anchoring to a published projection makes a district's population jump (see anchor_notes)
    steps: dict[str, list[tuple[int, int, float, float]]] = field(default_factory=dict)
    external: list[dict[str, Any]] = field(default_factory=list)  # published projections to compare with (comparison)
    district_states: list[str] = field(default_factory=list)

    @property
    def labour_demand(self) -> np.ndarray:
        """(D, G, T) demand in persons: demand for craft services / output per worker (= S / W), so it
        compares with published labour demand (Erwerbstätige); the gap in % is the same."""
        with np.errstate(divide="ignore", invalid="ignore"):
            per_worker = np.where(self.workforce > 0, self.supply / self.workforce, 1.0)
        return self.demand / per_worker

    def anchor_notes(self, area: str | None = None) -> list[dict[str, Any]]:
        """A note for every step an anchor causes in the area's districts (all districts for the region):
        district, years, the anchored and the unanchored yearly change, German and English text."""
        idx = self.district_index(area)
        out = []
        for i in idx:
            code = self.districts[i]
            name = self.district_names[i]
            anchors = [a for a in self.anchors if a.district == code]
            src = anchors[0].projection if anchors else ""
            base = anchors[0].base_year if anchors else None
            for y0, y1, a, u in self.steps.get(code, []):
                pa, pu = f"{100 * a:+.1f}".replace(".", ","), f"{100 * u:+.1f}".replace(".", ",")
                out.append({
                    "district": code,
                    "district_name": name,
                    "from": y0,
                    "to": y1,
                    "change": a,
                    "change_without_anchor": u,
                    "projection": src,
                    "projection_en": projection_label(src, "en"),
                    "text": f"{name}: Bevölkerung {y0}→{y1} {pa}\u00a0% (ohne Anbindung {pu}\u00a0%). Die amtliche "
                    f"Vorausberechnung ({src}{', Basis ' + str(base) if base else ''}) liegt {y1} "
                    f"{'unter' if a < u else 'über'} dem Pfad vom tatsächlichen Stand {y0} aus; gezeigt wie "
                    "veröffentlicht (auf Zensus-2022-Basis umgerechnet), nicht geglättet.",
                    "text_en": f"{name}: population {y0}→{y1} {100 * a:+.1f}\u00a0% (without the anchor "
                    f"{100 * u:+.1f}\u00a0%). The official projection ({projection_label(src, 'en')}"
                    f"{', base ' + str(base) if base else ''}) "
                    f"lies {'below' if a < u else 'above'} the path from the actual level of {y0} in {y1}; shown as "
                    "published (converted to the 2022 census basis), not smoothed.",
                })
        return out

    def comparison(self, area: str | None = None) -> list[dict[str, Any]]:
        """The model's supply and demand change beside each published projection (core.forecast.comparison)."""

        return compare(self, self.external)

    @property
    def gap(self) -> np.ndarray:
        """Demand minus supply (positive = demand surplus / shortage of craft services)."""
        gap: np.ndarray = self.demand - self.supply
        return gap

    @property
    def base_year(self) -> int:
        return int(self.years[0])

    def district_index(self, area: str | None) -> list[int]:
        """Indexes of the districts making up ``area`` (None or the region code = all districts)."""
        if area in (None, "", self.region_code):
            return list(range(len(self.districts)))
        if area in self.districts:
            return [self.districts.index(area)]
        raise UnknownDistrictError(f"Unbekannter Kreis „{area}“.", f"Unknown district '{area}'.")

    def area_series(self, area: str | None = None) -> dict[str, np.ndarray]:
        """supply/demand/gap/workforce (G, T) and population (3, T) summed over the area's districts."""
        idx = self.district_index(area)
        s = self.supply[idx].sum(axis=0)
        d = self.demand[idx].sum(axis=0)
        return {
            "supply": s,
            "demand": d,
            "gap": d - s,
            "workforce": self.workforce[idx].sum(axis=0),
            "population": self.population[idx].sum(axis=0),
        }

    def year_index(self, year: int) -> int:
        hits = np.nonzero(self.years == year)[0]
        if not len(hits):
            raise InvalidInputError(
                f"Das Jahr {year} liegt nicht im Prognosezeitraum {self.years[0]}–{self.years[-1]}.",
                f"Year {year} is outside the forecast period {self.years[0]}–{self.years[-1]}.",
            )
        return int(hits[0])

    def area_anchors(self, area: str | None = None) -> list[Anchor]:
        """Published projection points of the area (only for a single district)."""
        if area in (None, "", self.region_code):
            return []
        return [a for a in self.anchors if a.district == area]

    def population_kind(self, area: str | None = None) -> list[str]:
        """Per year: "official" (up to the last data year), "published" (a published projection point of the
        district, hit exactly) or "projection" (our projection)."""
        anchor_years = {a.year for a in self.area_anchors(area)}
        return [
            "official" if y <= self.last_data_year else "published" if y in anchor_years else "projection"
            for y in (int(x) for x in self.years)
        ]

    def to_json(self, area: str | None = None, groups: list[str] | None = None) -> dict[str, Any]:
        """JSON-ready dict: years, supply/demand/gap per group, assumptions, sources and markers."""
        series = self.area_series(area)
        gsel = groups or self.groups
        gi = [self.groups.index(g) for g in gsel]
        table = parameters.as_table(dict(self.values))
        english = parameters.as_table(dict(self.values), "en")
        for col in ("label", "description", "justification", "source_label"):  # core texts as de/en pairs
            table[f"{col}_en"] = english[col]
        table["unit_en"] = [parameters.REGISTRY[k].unit_text("en") for k in table["key"]]
        code = area or self.region_code
        name = (
            self.region_name if code == self.region_code else self.district_names[self.districts.index(code)]
        )
        return {
            "area": code,
            "area_name": name,
            "scenario": self.scenario,
            "base_year": self.base_year,
            "last_data_year": self.last_data_year,
            "unit": "Beschäftigtenäquivalente",
            "unit_en": "employee-equivalents",
            "years": [int(y) for y in self.years],
            "supply": {self.groups[i]: np.round(series["supply"][i], 1).tolist() for i in gi},
            "demand": {self.groups[i]: np.round(series["demand"][i], 1).tolist() for i in gi},
            "gap": {self.groups[i]: np.round(series["gap"][i], 1).tolist() for i in gi},
            "population": {a: np.round(series["population"][k]).tolist() for k, a in enumerate(AGE_GROUPS)},
            "population_kind": self.population_kind(area),
            "labels": {
                "supply": f"Schätzung (Beschäftigte {self.base_year}) · danach Projektion",
                "demand": f"Schätzung ({self.base_year}, an die Beschäftigten angepasst) · danach Projektion "
                f"(Bevölkerung amtlich bis {self.last_data_year}, danach eigene Projektion)",
            },
            "labels_en": {
                "supply": f"estimate (employees {self.base_year}) · then projection",
                "demand": f"estimate ({self.base_year}, matched to the employees) · then projection (population "
                f"official up to {self.last_data_year}, then our projection)",
            },
            "assumptions": table.drop(columns=["scenario"]).to_dict(orient="records"),
            "sources": self.sources,
            "markers": [a.to_dict() for a in self.area_anchors(area)],
            "anchor_notes": self.anchor_notes(area),
            "kinds": self.value_kinds(),
            "comparison": self.comparison(area),
        }

    def value_kinds(self) -> list[str]:
        """Kind of the supply/demand values per model year: the base year rests on the estimated employees
        ("estimate"), every later year is model output ("projection"; never "Daten")."""
        return ["estimate" if i == 0 else "projection" for i in range(len(self.years))]


def _extend(path: np.ndarray, length: int) -> np.ndarray:
    """A per-year path (…, T) extended to ``length`` years by holding its last value (or cut)."""
    t = path.shape[-1]
    if t >= length:
        return path[..., :length]
    return np.concatenate([path, np.repeat(path[..., -1:], length - t, axis=-1)], axis=-1)


class ForecastModel:
    """Precomputed population per variant; ``compute(values)`` runs supply and demand."""

    def __init__(self, inputs: ForecastInputs, horizon: int = DEFAULT_HORIZON) -> None:
        t0 = int(inputs.base_year)
        if not (t0 + MIN_HORIZON_AFTER_BASE <= horizon <= MAX_HORIZON):
            raise InvalidInputError(
                f"Der Prognosehorizont muss zwischen {t0 + MIN_HORIZON_AFTER_BASE} und {MAX_HORIZON} liegen "
                f"(angegeben: {horizon}).",
                f"The horizon must be between {t0 + MIN_HORIZON_AFTER_BASE} and {MAX_HORIZON} (given: {horizon}).",
            )
        self.inputs = inputs
        self.horizon = horizon
        self.years = np.arange(t0, horizon + 1)
        self.dt = (self.years - t0).astype(float)
        # run years: at least to MIN_RUN_TO and 13 years ahead (see MIN_RUN_TO), cut at the horizon
        self._run_years = np.arange(t0, max(horizon, MIN_RUN_TO, t0 + 13) + 1)
        self._n = len(self.years)
        last = int(inputs.hist_years[-1])
        self._pop = {}
        self._steps: dict[int, dict[str, list[tuple[int, int, float, float]]]] = {}
        plain = project(inputs.hist_years, inputs.pop_hist, self._run_years, None, inputs.cohorts)
        for v in VARIANTS:
            pop = project(
                inputs.hist_years, inputs.pop_hist, self._run_years, inputs.anchor_points(v), inputs.cohorts
            )
            self._pop[v] = pop
            steps = {}
            for d, _points in inputs.anchor_points(v).items():
                found = anchor_steps(self._run_years, pop[d].sum(axis=0), plain[d].sum(axis=0), last)
                found = [s for s in found if s[1] <= horizon]
                if found:
                    steps[inputs.districts[d]] = found
            self._steps[v] = steps
        self._sources = input_sources(inputs)
        self._youth = youth_index(inputs, self._run_years)  # None: fall back to the under-15 population
        # people reaching 65 in each run year (2015 single-year ages on the census-adjusted basis)
        self._e65: np.ndarray | None = None
        if inputs.cohorts is not None:
            census = census_factors(inputs.hist_years, inputs.pop_hist)
            self._e65 = cohort_entries(inputs.cohorts, self._run_years, COHORT_YEAR, 65) * census[:, 1:2]
        self._groups = list(inputs.groups)
        g = self._groups
        self._k_growth = [parameters.group_key("demand_growth", x) for x in g]
        self._k_w65 = [parameters.group_key("weight_65plus", x) for x in g]
        self._k_wu15 = [parameters.group_key("weight_u15", x) for x in g]

    def population(self, variant: int = 0) -> np.ndarray:
        return self._pop[int(variant)][..., : self._n]

    def compute(self, values: Mapping[str, float] | None = None, scenario: str = "") -> ForecastResult:
        """Run the model for parameter ``values`` (missing keys = defaults; validated against the ranges)."""
        p = parameters.resolve(values)
        return self.compute_resolved(p, scenario)

    def compute_resolved(
        self, p: dict[str, float], scenario: str = "", paths: Mapping[str, np.ndarray] | None = None
    ) -> ForecastResult:
        """As ``compute`` for an already resolved (complete, validated) parameter dict: the fast path.

        ``paths`` optionally replaces parameters of ``PATH_KEYS`` by per-year values (D, G, T) (built by
        core.forecast.measures from the effects of measures); a per-group key is given by its base name.
        The value of year t drives the step t -> t+1. Demand and supply come from ``_demand``/``_supply``."""
        inp = self.inputs
        run = len(self._run_years)
        paths = {k: _extend(np.asarray(v, dtype=float), run) for k, v in (paths or {}).items()}
        variant = int(round(p["population_variant"]))
        pop = self._pop[variant]
        dt = (self._run_years - self._run_years[0]).astype(float)
        dem = self._demand(p, paths, pop, dt)
        wf, sup = self._supply(p, paths, pop, dt)
        n = self._n
        return ForecastResult(
            years=self.years,
            districts=inp.districts,
            district_names=inp.district_names,
            groups=self._groups,
            supply=sup[..., :n],
            demand=dem[..., :n],
            workforce=wf[..., :n],
            population=pop[..., :n],
            last_data_year=int(inp.hist_years[-1]),
            anchors=inp.anchors.get(variant, []),
            values=p,
            scenario=scenario,
            region_code=inp.region_code,
            region_name=inp.region_name,
            sources=self._sources,
            steps=self._steps[variant],
            external=inp.external,
            district_states=inp.district_states,
        )

    def _demand(self, p: dict[str, float], paths: dict[str, np.ndarray], pop: np.ndarray,
                dt: np.ndarray) -> np.ndarray:
        """Demand (D, G, T): the population weighted per group (under 15 × w_u15, 15–64 × 1, 65+ × w_65),
        scaled so that the first year meets the employees, times (1 + growth/100)^t (see core.forecast.demand).
        Per-group weights and growth come from ``p`` or, when measures change them, from ``paths``."""

        def grouped(name: str, keys: list[str]) -> np.ndarray:
            return paths[name] if name in paths else np.array([p[k] for k in keys])[None, :, None]

        if "weight_u15" in paths or "weight_65plus" in paths:
            weighted = demand_mod.weighted_population_paths(
                pop, grouped("weight_u15", self._k_wu15), grouped("weight_65plus", self._k_w65)
            )
        else:
            weights = np.empty((len(self._groups), 3))
            weights[:, 0] = [p[k] for k in self._k_wu15]
            weights[:, 1] = 1.0
            weights[:, 2] = [p[k] for k in self._k_w65]
            weighted = demand_mod.weighted_population(pop, weights)
        if "demand_growth" in paths:
            growth = paths["demand_growth"] / 100.0
        else:
            growth = np.array([p[k] for k in self._k_growth]) / 100.0
        scale = demand_mod.calibrate_scale(weighted[..., 0], self.inputs.employees)
        return demand_mod.demand(weighted, scale, growth, dt)

    def _supply(self, p: dict[str, float], paths: dict[str, np.ndarray], pop: np.ndarray,
                dt: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Workforce W and effective supply S (D, G, T), see core.forecast.supply:
        W[t+1] = W[t]·(1 − r − m − x·(1 − L[t+1]) + a·c·v·(Y[t]/Y[t0])^e), S = W·(1 + p)^(t − t0), with
        r = share 55+ / years to retirement × the profile of the cohorts reaching 65. A key in ``paths``
        (a measure's per-year path) replaces its scalar in ``p``."""
        inp = self.inputs

        def glob(key: str) -> float | np.ndarray:
            return paths[key] if key in paths else p[key]

        if self._youth is not None:
            youth_idx = self._youth
        else:
            youth = pop[:, 0, :]
            youth_idx = youth / np.where(youth[:, :1] > 0, youth[:, :1], 1.0)
        working_age = pop[:, 1, :]
        # retirements: the mean rate share 55+ / years to retirement, shaped by the cohorts reaching 65; the
        # profile's averaging window is the years to retirement in t0 (a path: its mean value in t0)
        window = float(np.mean(paths["years_to_retirement"][..., 0])) if "years_to_retirement" in paths else (
            p["years_to_retirement"])
        profile = supply_mod.retirement_profile(self._e65, working_age, window)[:, None, :]
        retirement = np.asarray(glob("share_55plus")) / 100.0 / np.asarray(glob("years_to_retirement")) * profile
        retirement = np.broadcast_to(retirement, (len(inp.districts), len(self._groups), len(self._run_years)))
        wf = supply_mod.workforce(
            inp.employees,
            retirement,
            outflow=glob("net_outflow") / 100.0,
            entry=glob("apprentice_entry") / 1000.0,
            completion=glob("completion_rate") / 100.0,
            youth_index=youth_idx,
            elasticity=glob("youth_elasticity"),
            stay=glob("stay_in_craft") / 100.0,
            lateral_loss=supply_mod.lateral_loss_path(glob("lateral_entry") / 100.0, working_age),
        )
        return wf, supply_mod.effective_supply(wf, glob("productivity") / 100.0, dt)
