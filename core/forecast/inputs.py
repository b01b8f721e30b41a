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

from core import group_data, provenance
from core.datastore import GEWERBEGRUPPEN, DataStore
from core.errors import NoDataError
from core.forecast import parameters
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
    external: list[dict[str, Any]] = field(default_factory=list)  # rows of forecast_anchors_external (comparison)
    extra_provenance: dict[str, Any] = field(default_factory=dict)  # provenance of imported data versions in use

    def anchor_points(self, variant: int) -> dict[int, list[tuple[int, float]]]:
        idx = {d: i for i, d in enumerate(self.districts)}
        out: dict[int, list[tuple[int, float]]] = {}
        for a in self.anchors.get(variant, []):
            if a.district in idx:
                out.setdefault(idx[a.district], []).append((a.year, a.value))
        return out


def _complete_years(rows: list[tuple[Any, ...]], n: int) -> list[int]:
    """Years (ascending) with exactly ``n`` rows (``rows``: tuples with the year second)."""
    count: dict[int, int] = {}
    for r in rows:
        count[int(r[1])] = count.get(int(r[1]), 0) + 1
    return sorted(y for y, c in count.items() if c == n)


def _cube(cells: dict[tuple[Any, ...], list[float]], rows: list[Any], cols: list[Any]) -> np.ndarray:
    """(len(rows), len(cols)) means of the values per (row, col) key; NaN where there is none."""
    out = np.full((len(rows), len(cols)), np.nan)
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            vals = cells.get((r, c))
            if vals:
                out[i, j] = sum(vals) / len(vals)
    return out


def _population(store: DataStore, codes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(hist_years, pop_hist): the consecutive run of years with every district's age groups that ends
    with the last complete year, and the (D, 3, H) population of those years."""
    pop = store.rows(
        "SELECT area_code, year, indicator, value FROM facts WHERE gewerbegruppe = 'insgesamt' "
        "AND indicator IN (SELECT unnest(?)) AND area_code IN (SELECT unnest(?)) AND value IS NOT NULL",
        [list(AGE_INDICATORS), codes],
    )
    years = _complete_years(pop, len(codes) * len(AGE_INDICATORS))
    run: list[int] = []  # the consecutive run that ends with the last complete year
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
    cells: dict[tuple[Any, ...], list[float]] = {}
    for area, year, indicator, value in pop:
        cells.setdefault(((area, indicator), int(year)), []).append(float(value))
    keys = [(c, i) for c in codes for i in AGE_INDICATORS]
    cube = _cube(cells, keys, [int(y) for y in hist_years])
    return hist_years, cube.reshape(len(codes), len(AGE_INDICATORS), len(hist_years))


def _employees(store: DataStore, codes: list[str], last_year: int) -> tuple[int, np.ndarray, str, tuple[str, ...]]:
    """(base year, (D, G) employees, their kind, dataset ids): the latest year up to ``last_year`` with
    every district's seven groups."""
    emp = store.rows(
        "SELECT area_code, year, gewerbegruppe, value, kind, dataset FROM facts WHERE indicator = 'employees' "
        "AND gewerbegruppe IN (SELECT unnest(?)) AND area_code IN (SELECT unnest(?)) AND value IS NOT NULL",
        [list(GEWERBEGRUPPEN), codes],
    )
    emp_years = [y for y in _complete_years(emp, len(codes) * len(GEWERBEGRUPPEN)) if y <= last_year]
    if not emp_years:
        raise NoDataError(
            "Für die Prognose fehlen die Beschäftigten nach Gewerbegruppen und Kreisen (Schätzung). "
            "Bitte die Schätzdatei estimate_gewerbegruppen.csv bereitstellen oder importieren.",
            "The forecast needs the employees per Gewerbegruppe and district (estimate). "
            "Please provide or import estimate_gewerbegruppen.csv.",
        )
    base_year = max(emp_years)
    e = [r for r in emp if int(r[1]) == base_year]
    cells: dict[tuple[Any, ...], list[float]] = {}
    for area, _, group, value, _, _ in e:
        cells.setdefault((area, group), []).append(float(value))
    kinds = {str(r[4]) for r in e}
    datasets = tuple(sorted({p for r in e for p in str(r[5]).split(",")}))
    kind = "estimate" if "estimate" in kinds else sorted(kinds)[0]
    return base_year, _cube(cells, codes, list(GEWERBEGRUPPEN)), kind, datasets


def load_inputs(store: DataStore) -> ForecastInputs:
    """Build the inputs from the bundled (or imported) data of ``store`` (plain rows, no pandas).

    Raises:
        NoDataError: when population or the employees per Gewerbegruppe are missing.
    """
    region = store.region
    codes = region.district_codes
    hist_years, pop_hist = _population(store, codes)
    base_year, employees, kind, datasets = _employees(store, codes, int(hist_years[-1]))
    if base_year < hist_years[0]:
        raise NoDataError(
            f"Beschäftigte nach Gewerbegruppen liegen nur für {base_year} vor, die Bevölkerung erst ab "
            f"{hist_years[0]}.",
            f"Employees by group exist only for {base_year}, population only from {hist_years[0]}.",
        )
    inputs = ForecastInputs(
        districts=list(codes),
        district_names=[d.name for d in region.districts],
        groups=list(GEWERBEGRUPPEN),
        hist_years=hist_years,
        pop_hist=pop_hist,
        employees=employees,
        base_year=base_year,
        employee_kind=kind,
        employee_datasets=datasets,
        region_code=region.code,
        region_name=region.name,
        district_states=[d.state for d in region.districts],
        extra_provenance=dict(store.extra_provenance),
    )
    inputs.anchors = published_anchors(store, inputs)
    inputs.cohorts = load_cohorts(store, codes)
    inputs.external = load_external(store)
    return inputs


def _records(store: DataStore, sql: str) -> list[dict[str, Any]] | None:
    """Rows of ``sql`` as dicts (None if its table is missing: another region's data)."""
    try:
        cur = store.cursor()
        rows = cur.execute(sql).fetchall()
    except duckdb.Error:
        return None
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in rows]


def load_external(store: DataStore) -> list[dict[str, Any]]:
    """Published projections to compare the model with (``forecast_anchors_external``; [] if missing)."""
    records = _records(store, 'SELECT * FROM "forecast_anchors_external"') or []
    return [{str(k): ("" if v is None or (isinstance(v, float) and np.isnan(v)) else v) for k, v in r.items()}
            for r in records]


def load_cohorts(store: DataStore, codes: list[str]) -> np.ndarray | None:
    """(D, 75) persons per single year of age 0..74 at 31.12.2015, or None if the table is missing."""
    records = _records(store, 'SELECT ags, age_group, total FROM "population_agegroups17"')
    if records is None:  # table missing (other region): the trend fallback is used
        return None
    out = np.full((len(codes), N_AGES), np.nan)
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
    shares: np.ndarray = size / size[:, :1]
    return shares


def _text(v: Any) -> str:
    """A cell as text; a missing one as "nan" (as the rules below were written against)."""
    return "nan" if v is None or (isinstance(v, float) and v != v) else str(v)


_NO_VARIANT = ("-", "", "nan")
_EXCLUDED = ("nicht amtlich", "kommunal", "veraltet", "günstigste", "ungünstigste")


def _projection_rows(store: DataStore, districts: list[str]) -> list[dict[str, Any]] | None:
    """Official district rows of ``projection_published`` (None if the table is missing)."""
    records = _records(store, "SELECT * FROM \"projection_published\" WHERE region_level = 'district'")
    if records is None:
        return None
    out = []
    for r in records:
        r["ags"] = _text(r["ags"])
        text = f"{_text(r['projection'])} {_text(r['variant'])}".lower()
        if r["ags"] in districts and not any(x in text for x in _EXCLUDED):
            out.append(r)
    return out


def _base_of(r: dict[str, Any], records: list[dict[str, Any]], t0: int) -> int | None:
    """Base year of a projection row: its base date, else the earliest year the projection publishes for
    the district (the TLS series starts with its base year 2020)."""
    if _text(r["base_date"]) not in ("", "nan", "None", "NaT"):
        return int(str(r["base_date"])[:4])
    same = [int(q["target_year"]) for q in records
            if q["ags"] == r["ags"] and q["projection"] == r["projection"] and q["indicator"] == "population"]
    first = min(same) if same else None
    return first if first is not None and first <= t0 else None


def _published_value(r: dict[str, Any], records: list[dict[str, Any]], year: int) -> float | None:
    for q in records:
        if (q["ags"], q["projection"], q["indicator"], int(q["target_year"])) == (
            r["ags"], r["projection"], "population", year
        ) and _text(q["variant"]) in (*_NO_VARIANT, _text(r["variant"])):
            return float(q["value"])
    return None


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
    records = _projection_rows(store, inputs.districts)
    if records is None:  # table missing (other region): no anchors
        return {v: [] for v in VARIANTS}
    t0 = int(inputs.hist_years[-1])
    adjusted = adjust_for_break(inputs.hist_years, inputs.pop_hist).sum(axis=1)  # (D, H)
    official = inputs.pop_hist.sum(axis=1)
    hist_pos = {int(y): i for i, y in enumerate(inputs.hist_years)}
    out: dict[int, list[Anchor]] = {v: [] for v in VARIANTS}
    for v in VARIANTS:
        chosen: dict[tuple[str, int], Anchor] = {}
        for r in records:
            variant, year = _text(r["variant"]), int(r["target_year"])
            if year <= t0 or (variant not in _NO_VARIANT and variant not in _VARIANT_NAMES[v]):
                continue
            base_year = _base_of(r, records, t0)
            if base_year is None or base_year not in hist_pos:
                continue
            d, b = inputs.districts.index(r["ags"]), hist_pos[base_year]
            if r["indicator"] == "population":  # absolute values win over percentages
                base_value = _published_value(r, records, base_year) or float(official[d, b])
                chosen[(r["ags"], year)] = _absolute(r, variant, base_year, float(adjusted[d, b]) / base_value)
            elif r["indicator"] == "change_vs_base" and (r["ags"], year) not in chosen:
                chosen[(r["ags"], year)] = _relative(r, variant, base_year, float(adjusted[d, b]))
        out[v] = sorted(chosen.values(), key=lambda a: (a.district, a.year))
    return out


def _source(r: dict[str, Any], variant: str) -> tuple[str, str, str, str]:
    return (_text(r["projection"]), variant, _text(r["publisher"]), _text(r["source_url"]))


def _absolute(r: dict[str, Any], variant: str, base_year: int, factor: float) -> Anchor:
    """A published population figure, moved onto the census-2022 basis by ``factor``."""
    value = float(r["value"])
    return Anchor(
        r["ags"], int(r["target_year"]), value * factor, *_source(r, variant),
        published=value, base_year=base_year, rebase=factor,
        note=f"veröffentlicht {f'{value:,.0f}'.replace(',', '.')} (Basis {base_year}), auf "
        f"Zensus-2022-Basis umgerechnet (Faktor {f'{factor:.4f}'.replace('.', ',')})",
        note_en=f"published {value:,.0f} (base {base_year}), converted to the 2022 census basis "
        f"(factor {factor:.4f})",
    )


def _relative(r: dict[str, Any], variant: str, base_year: int, adjusted_base: float) -> Anchor:
    """A published percentage change against the base year, applied to the adjusted base population."""
    value = float(r["value"])
    return Anchor(
        r["ags"], int(r["target_year"]), float(adjusted_base * (1 + value / 100.0)), *_source(r, variant),
        derived=True, published=value, base_year=base_year, rebase=1.0,
        note=f"{value:+g} % ggü. {base_year}, umgerechnet auf Zensus-2022-Basis",
        note_en=f"{value:+g} % against {base_year}, converted to the 2022 census basis",
    )


def input_sources(inputs: ForecastInputs) -> list[dict[str, Any]]:
    """Provenance dicts of everything the forecast rests on, direct and indirect: population and its age
    table (cohort flows, retirements, apprentice cohorts), the published projection anchors, the employees
    per group (the estimate, with the datasets it rests on), the parameters' sources (apprenticeships,
    published figures, age structure and flows) and the published projections it is compared with."""
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
    """``load_inputs`` once per store and data version (``store.facts_version``)."""
    version = store.facts_version
    hit = _CACHE.get(id(store))
    if hit is not None and hit[0] is store and hit[1] == version:
        return hit[2]
    inputs = load_inputs(store)
    _CACHE[id(store)] = (store, version, inputs)
    return inputs
