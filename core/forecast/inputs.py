"""Read everything the forecast needs from a DataStore into plain numpy arrays (once per store).

- population by broad age group per district (official, ``population``), all years with complete data;
- craft employees per district and Gewerbegruppe in the latest year with a full table (``employees`` by
  group: our estimate, kind ``estimate`` = "Schätzung");
- published projection points per district (``projection_published``) as anchors, per population variant;
- single-year cohorts aged 0–74 at 31.12.2015 per district (``population_agegroups17``, the age bands spread
  evenly over their years): the future school leavers that drive apprenticeship entries (see supply) and
  the people reaching 15 and 65 in each year (cohort flows of the population projection).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from core import provenance
from core.datastore import GEWERBEGRUPPEN, DataStore
from core.errors import NoDataError
from core.forecast.population import AGE_INDICATORS, Anchor, adjust_for_break

VARIANTS = (-1, 0, 1)
COHORT_YEAR = 2015  # reference date of population_agegroups17 (31.12.2015)
ENTRY_AGE = 17  # typical age at the start of an apprenticeship
_AGE_BANDS = {  # label in population_agegroups17 -> (first age, last age)
    "unter 3 Jahre": (0, 2),
    "3 bis unter 6 Jahre": (3, 5),
    "6 bis unter 10 Jahre": (6, 9),
    "10 bis unter 15 Jahre": (10, 14),
    "15 bis unter 18 Jahre": (15, 17),
    "18 bis unter 20 Jahre": (18, 19),
    "20 bis unter 25 Jahre": (20, 24),
    "25 bis unter 30 Jahre": (25, 29),
    "30 bis unter 35 Jahre": (30, 34),
    "35 bis unter 40 Jahre": (35, 39),
    "40 bis unter 45 Jahre": (40, 44),
    "45 bis unter 50 Jahre": (45, 49),
    "50 bis unter 55 Jahre": (50, 54),
    "55 bis unter 60 Jahre": (55, 59),
    "60 bis unter 65 Jahre": (60, 64),
    "65 bis unter 75 Jahre": (65, 74),
}
N_AGES = 75
# Variant labels of published projections that have several variants, by our variant index.
_VARIANT_NAMES = {1: ("Variante 1",), 0: ("Variante 2",), -1: ("Variante 3",)}


@dataclass
class ForecastInputs:
    """Plain arrays; tests build these by hand (no store needed)."""

    districts: list[str]
    district_names: list[str]
    groups: list[str]
    hist_years: np.ndarray  # (H,) consecutive population years, last = last data year
    pop_hist: np.ndarray  # (D, 3, H) official population by u15, 15-64, 65+
    employees: np.ndarray  # (D, G) craft employees in base_year
    base_year: int
    anchors: dict[int, list[Anchor]] = field(default_factory=dict)  # variant -> anchors
    employee_kind: str = "estimate"
    employee_datasets: tuple[str, ...] = ()
    cohorts: np.ndarray | None = None  # (D, 75) persons per single year of age 0..74 at COHORT_YEAR
    region_code: str = "IRMD"
    region_name: str = "Innovationsregion Mitteldeutschland"
    district_states: list[str] = field(default_factory=list)  # state code (AGS) of each district
    external: list[dict] = field(default_factory=list)  # rows of forecast_anchors_external (comparison)
    extra_provenance: dict = field(default_factory=dict)  # provenance of imported data versions in use

    def anchor_points(self, variant: int) -> dict[int, list[tuple[int, float]]]:
        idx = {d: i for i, d in enumerate(self.districts)}
        out: dict[int, list[tuple[int, float]]] = {}
        for a in self.anchors.get(variant, []):
            if a.district in idx:
                out.setdefault(idx[a.district], []).append((a.year, a.value))
        return out


def load_inputs(store: DataStore) -> ForecastInputs:
    """Build the inputs from the bundled (or imported) data of ``store``.

    Raises:
        NoDataError: when population or the employees per Gewerbegruppe are missing.
    """
    region = store.region
    codes = region.district_codes
    pop = store.query(
        "SELECT area_code, year, indicator, value FROM facts WHERE gewerbegruppe = 'insgesamt' "
        "AND indicator IN (SELECT unnest(?)) AND area_code IN (SELECT unnest(?)) AND value IS NOT NULL",
        [list(AGE_INDICATORS), codes],
    )
    complete = pop.groupby("year").size()
    years = sorted(int(y) for y in complete.index[complete.to_numpy() == len(codes) * len(AGE_INDICATORS)])
    # keep the consecutive run that ends with the last complete year
    run: list[int] = []
    for y in reversed(years):
        if run and y != run[-1] - 1:
            break
        run.append(y)
    hist_years = np.array(sorted(run))
    if len(hist_years) < 3:
        raise NoDataError(
            "Für die Prognose fehlt die Bevölkerung nach Altersgruppen (mindestens drei Jahre).",
            "The forecast needs the population by age group (at least three years).",
        )
    cube = (
        pop[pop["year"].isin(hist_years)]
        .pivot_table(index=["area_code", "indicator"], columns="year", values="value")
        .reindex(pd.MultiIndex.from_product([codes, list(AGE_INDICATORS)]))
    )
    pop_hist = cube.to_numpy(dtype=float).reshape(len(codes), len(AGE_INDICATORS), len(hist_years))

    emp = store.query(
        "SELECT area_code, year, gewerbegruppe, value, kind, dataset FROM facts WHERE indicator = 'employees' "
        "AND gewerbegruppe IN (SELECT unnest(?)) AND area_code IN (SELECT unnest(?)) AND value IS NOT NULL",
        [list(GEWERBEGRUPPEN), codes],
    )
    full = emp.groupby("year").size()
    emp_years = [
        int(y)
        for y in full.index[full.to_numpy() == len(codes) * len(GEWERBEGRUPPEN)]
        if int(y) <= hist_years[-1]
    ]
    if not emp_years:
        raise NoDataError(
            "Für die Prognose fehlen die Beschäftigten nach Gewerbegruppen und Kreisen (Schätzung). "
            "Bitte die Schätzdatei estimate_gewerbegruppen.csv bereitstellen oder importieren.",
            "The forecast needs the employees per Gewerbegruppe and district (estimate). "
            "Please provide or import estimate_gewerbegruppen.csv.",
        )
    base_year = max(emp_years)
    if base_year < hist_years[0]:
        raise NoDataError(
            f"Beschäftigte nach Gewerbegruppen liegen nur für {base_year} vor, die Bevölkerung erst ab "
            f"{hist_years[0]}.",
            f"Employees by group exist only for {base_year}, population only from {hist_years[0]}.",
        )
    e = emp[emp["year"] == base_year]
    employees = (
        e.pivot_table(index="area_code", columns="gewerbegruppe", values="value")
        .reindex(index=codes, columns=list(GEWERBEGRUPPEN))
        .to_numpy(dtype=float)
    )
    kinds = set(e["kind"])
    datasets = tuple(sorted({p for ds in e["dataset"] for p in str(ds).split(",")}))
    inputs = ForecastInputs(
        districts=list(codes),
        district_names=[d.name for d in region.districts],
        groups=list(GEWERBEGRUPPEN),
        hist_years=hist_years,
        pop_hist=pop_hist,
        employees=employees,
        base_year=base_year,
        employee_kind="estimate" if "estimate" in kinds else sorted(kinds)[0],
        employee_datasets=datasets,
        region_code=region.code,
        region_name=region.name,
        district_states=[d.state for d in region.districts],
        extra_provenance=dict(getattr(store, "extra_provenance", {}) or {}),
    )
    inputs.anchors = published_anchors(store, inputs)
    inputs.cohorts = load_cohorts(store, codes)
    inputs.external = load_external(store)
    return inputs


def load_external(store: DataStore) -> list[dict]:
    """Published projections to compare the model with (``forecast_anchors_external``; [] if missing)."""
    try:
        df = store.query('SELECT * FROM "forecast_anchors_external"')
    except duckdb.Error:  # table missing (another region's data): no comparison
        return []
    return [{str(k): ("" if v is None or (isinstance(v, float) and np.isnan(v)) else v) for k, v in r.items()}
            for r in df.to_dict(orient="records")]


def load_cohorts(store: DataStore, codes: list[str]) -> np.ndarray | None:
    """(D, 75) persons per single year of age 0..74 at 31.12.2015, or None if the table is missing."""
    try:
        df = store.query('SELECT ags, age_group, total FROM "population_agegroups17"')
    except duckdb.Error:  # table missing (other region): the trend fallback is used
        return None
    out = np.full((len(codes), N_AGES), np.nan)
    records: list[dict[Any, Any]] = df.to_dict(orient="records")
    for r in records:
        band = _AGE_BANDS.get(str(r["age_group"]))
        if band is None or str(r["ags"]) not in codes:
            continue
        a, b = band
        out[codes.index(str(r["ags"])), a : b + 1] = float(r["total"]) / (b - a + 1)
    return None if np.isnan(out).any() else out


def youth_index(inputs: ForecastInputs, years: np.ndarray) -> np.ndarray | None:
    """(D, T) size of the cohort reaching ENTRY_AGE in each year, relative to the first year.

    The cohort reaching 17 in year t was aged 17 − (t − 2015) at the end of 2015; for years after 2032 (not
    yet born in 2015) the youngest cohort (under 3, per year) is held.
    """
    if inputs.cohorts is None:
        return None
    age = np.clip(ENTRY_AGE - (np.asarray(years) - COHORT_YEAR), 0, inputs.cohorts.shape[1] - 1).astype(int)
    size = inputs.cohorts[:, age]
    return size / size[:, :1]


def published_anchors(store: DataStore, inputs: ForecastInputs) -> dict[int, list[Anchor]]:
    """Official published district totals after the last data year, per population variant, all on the
    Zensus-2022 basis of the model.

    Every projection is re-based onto our census-adjusted population of its base year:
    ``anchor = published value × P_adj[base] / base value`` (base value = the projection's own value for its
    base year where it is published, else the official population of that year). So a projection made on the
    Zensus-2011 basis (TLS 2020, 7. RBP 2019, 8. RBV 2021) contributes its *path*, not its old level.
    Percentage changes (``change_vs_base``) are applied to P_adj[base] directly.

    Used: rows with indicator ``population`` and ``change_vs_base`` with a base date. Not used: non-official
    projections (Bertelsmann), the city's own projection (kommunal), outdated ones (veraltet) and bounds
    ("günstigste Variante": a maximum).
    """
    try:
        rows = store.query("SELECT * FROM \"projection_published\" WHERE region_level = 'district'")
    except duckdb.Error:  # table missing (other region): no anchors
        return {v: [] for v in VARIANTS}
    t0 = int(inputs.hist_years[-1])
    rows["ags"] = rows["ags"].astype(str)
    rows = rows[rows["ags"].isin(inputs.districts)]
    text = (rows["projection"].astype(str) + " " + rows["variant"].astype(str)).str.lower()
    excluded = text.str.contains("nicht amtlich|kommunal|veraltet|günstigste|ungünstigste", regex=True)
    rows = rows[~excluded]
    adjusted = adjust_for_break(inputs.hist_years, inputs.pop_hist).sum(axis=1)  # (D, H)
    official = inputs.pop_hist.sum(axis=1)
    hist_pos = {int(y): i for i, y in enumerate(inputs.hist_years)}
    records: list[dict[Any, Any]] = rows.to_dict(orient="records")

    def base_of(r: dict[Any, Any]) -> int | None:
        """Base year of a projection row: its base date, else the earliest year the projection publishes
        for the district (the TLS series starts with its base year 2020)."""
        if str(r["base_date"]) not in ("", "nan", "None", "NaT"):
            return int(str(r["base_date"])[:4])
        same = [int(q["target_year"]) for q in records
                if q["ags"] == r["ags"] and q["projection"] == r["projection"] and q["indicator"] == "population"]
        first = min(same) if same else None
        return first if first is not None and first <= t0 else None

    def published_value(r: dict[Any, Any], year: int) -> float | None:
        for q in records:
            if (q["ags"], q["projection"], q["indicator"], int(q["target_year"])) == (
                r["ags"], r["projection"], "population", year
            ) and str(q["variant"]) in ("-", "", "nan", str(r["variant"])):
                return float(q["value"])
        return None

    out: dict[int, list[Anchor]] = {v: [] for v in VARIANTS}
    for v in VARIANTS:
        chosen: dict[tuple[str, int], Anchor] = {}
        for r in records:
            variant = str(r["variant"])
            year = int(r["target_year"])
            if year <= t0 or (variant not in ("-", "", "nan") and variant not in _VARIANT_NAMES[v]):
                continue
            ags = str(r["ags"])
            base_year = base_of(r)
            if base_year is None or base_year not in hist_pos:
                continue
            d, b = inputs.districts.index(ags), hist_pos[base_year]
            key = (ags, year)
            src = (str(r["projection"]), variant, str(r["publisher"]), str(r["source_url"]))
            value = float(r["value"])
            if r["indicator"] == "population":  # absolute values win over percentages
                base_value = published_value(r, base_year) or float(official[d, b])
                factor = float(adjusted[d, b]) / base_value
                chosen[key] = Anchor(
                    ags, year, value * factor, *src,
                    published=value, base_year=base_year, rebase=factor,
                    note=f"veröffentlicht {f'{value:,.0f}'.replace(',', '.')} (Basis {base_year}), auf "
                    f"Zensus-2022-Basis umgerechnet (Faktor {f'{factor:.4f}'.replace('.', ',')})",
                    note_en=f"published {value:,.0f} (base {base_year}), converted to the 2022 census basis "
                    f"(factor {factor:.4f})",
                )
            elif r["indicator"] == "change_vs_base" and key not in chosen:
                chosen[key] = Anchor(
                    ags, year, float(adjusted[d, b] * (1 + value / 100.0)), *src,
                    derived=True, published=value, base_year=base_year, rebase=1.0,
                    note=f"{value:+g} % ggü. {base_year}, umgerechnet auf Zensus-2022-Basis",
                    note_en=f"{value:+g} % against {base_year}, converted to the 2022 census basis",
                )
        out[v] = sorted(chosen.values(), key=lambda a: (a.district, a.year))
    return out


def input_sources(inputs: ForecastInputs) -> list[dict]:
    """Provenance dicts of everything the forecast rests on, direct and indirect: population and its age
    table (cohort flows, retirements, apprentice cohorts), the published projection anchors, the employees
    per group (the estimate, with the datasets it rests on), the parameters' sources (apprenticeships,
    published figures, age structure and flows) and the published projections it is compared with."""
    from core import group_data
    from core.forecast import parameters

    ids = [
        "population",
        "population_agegroups17",
        "projection_published",
        *inputs.employee_datasets,
        *(i for p in parameters.REGISTRY.values() for i in p.datasets),
    ]
    if inputs.external:
        ids.append("forecast_anchors_external")
    cat = provenance.bundled_catalog()
    known = set(cat) | set(inputs.extra_provenance)
    ids = [i for i in dict.fromkeys(ids) if i in known or i.startswith("import:")]
    return group_data.source_records(ids, None, extra=inputs.extra_provenance)


_CACHE: dict[int, tuple[object, int, ForecastInputs]] = {}


def cached_inputs(store: DataStore) -> ForecastInputs:
    """``load_inputs`` once per store and data version (``store.facts_version`` if the store has one)."""
    version = int(getattr(store, "facts_version", 0))
    hit = _CACHE.get(id(store))
    if hit is not None and hit[0] is store and hit[1] == version:
        return hit[2]
    inputs = load_inputs(store)
    _CACHE[id(store)] = (store, version, inputs)
    return inputs
