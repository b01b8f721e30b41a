"""District profile: the key craft figures of one district (or the region, or a comparison area).

Totals are official (Handwerkszählung) where they exist, else the sum of the estimated groups
(kind ``estimate``). Group figures are estimates, labelled "Schätzung" (unless the user imported the
chamber's own figures for that year: then kind ``import``). Every dataset used is
listed under ``sources`` with its provenance record and kind.
"""

from __future__ import annotations

import math

from core import group_data, indicators, provenance, succession
from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN, DataStore
from core.errors import NoDataError

ESTIMATE_LABEL = {"de": "Schätzung", "en": "estimate"}


def _num(x: float) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def district_profile(store: DataStore, key: str, year: int | None = None) -> dict:
    """Profile of ``key`` (AGS, name, unique prefix, the region code or a comparison area) in ``year``
    (default: the latest year with group data). A year without group data raises NoDataError.

    density = B / P * 1000 (businesses per 1,000 inhabitants, population at 31.12. of the year);
    employees_per_business = E / B; share_* = x_g / sum of the seven groups;
    lq = (E_g,r / E_r) / (E_g,DE / E_DE) (employees), lq_businesses the same with businesses.
    """
    region = store.region
    ref = group_data.resolve_area(region, key)
    cf = group_data.craft_facts(store)
    years = cf.years(ref.code)
    span = group_data.format_years(years)
    if year is None:
        if not years:
            raise NoDataError(
                f"Für {ref.name} gibt es keine Daten je Gewerbegruppe.",
                f"There are no data per Gewerbegruppe for {ref.name}.",
            )
        year = years[-1]
    elif year not in years:
        raise NoDataError(
            f"Für {year} gibt es keine Daten je Gewerbegruppe. Gültige Jahre: {span}.",
            f"There are no data per Gewerbegruppe for {year}. Valid years: {span}.",
        )
    de = group_data.GERMANY
    area_codes = [ref.code, region.code, de]

    def density(code: str) -> dict:
        b, kind = cf.total(code, "businesses", year)
        p = cf.context_value(code, "population", year)
        return {"value": _num(indicators.business_density(b, p)), "kind": kind}

    pop: dict[int, float] = {int(str(y)): float(v) for y, v in cf.series(ref.code, "population").items()}
    area_km2 = cf.context_value(ref.code, "area_km2", year)
    p_year = pop.get(year, float("nan"))
    b_tot, b_kind = cf.total(ref.code, "businesses", year)
    e_tot, e_kind = cf.total(ref.code, "employees", year)

    b = cf.by_group(ref.code, "businesses", year)
    e = cf.by_group(ref.code, "employees", year)
    b_de = cf.by_group(de, "businesses", year)
    e_de = cf.by_group(de, "employees", year)
    lq_e = indicators.location_quotient(e, e.sum(), e_de, e_de.sum())
    lq_b = indicators.location_quotient(b, b.sum(), b_de, b_de.sum())
    share_e = indicators.shares(e)
    share_b = indicators.shares(b)
    kb = cf.group_kinds(ref.code, "businesses", year)
    ke = cf.group_kinds(ref.code, "employees", year)
    groups = {}
    for g in GEWERBEGRUPPEN:
        kind = group_data.combined_kind(kb[g], ke[g]) or "estimate"
        groups[g] = {
            "name_en": GEWERBEGRUPPEN_EN[g],
            "businesses": _num(b[g]),
            "employees": _num(e[g]),
            "density": _num(indicators.business_density(b[g], p_year)),
            "employees_per_business": _num(indicators.employees_per_business(e[g], b[g])),
            "share_employees": _num(share_e[g]),
            "share_businesses": _num(share_b[g]),
            "lq": _num(lq_e[g]),
            "log_lq": _num(indicators.log_location_quotient(lq_e[g])),
            "lq_businesses": _num(lq_b[g]),
            "kind": kind,
            "label": provenance.KIND_LABEL_DE.get(kind, kind),
            "kind_businesses": kb[g] or "estimate",
            "kind_employees": ke[g] or "estimate",
        }

    district = next((d for d in region.districts if d.ags == ref.code), None)
    states = {a.code: a.name for a in region.comparison_areas}
    ids = cf.datasets_for(area_codes, ["businesses", "employees", "population", "area_km2"])
    return {
        "ags": ref.code,
        "name": ref.name,
        "level": ref.level,
        "region": region.code,
        "state": states.get(district.state, district.state) if district else None,
        "state_code": district.state if district else None,
        "chamber": district.chamber_name if district else None,
        "chamber_code": district.chamber if district else None,
        "type": district.type if district else None,
        "year": year,
        "years_available": years,
        "population": {str(y): v for y, v in pop.items()},
        "population_year": _num(p_year),
        "area_km2": _num(area_km2),
        "density_inhabitants_km2": _num(indicators.population_density(p_year, area_km2)),
        "businesses": {"value": _num(b_tot), "kind": b_kind},
        "employees": {"value": _num(e_tot), "kind": e_kind},
        "employees_per_business": _num(indicators.employees_per_business(e_tot, b_tot)),
        "business_density": {"area": density(ref.code), region.code: density(region.code), de: density(de)},
        "groups": groups,
        "owners": succession.owner_ages(store, ref.code, year) if ref.level == "district" else None,
        "register": register_facts(store, ref.code, year) if ref.level == "district" else None,
        "sources": group_data.source_records(ids + _owner_ids(store, ref.code, year, ref.level), cf),
    }


def _owner_ids(store: DataStore, area: str, year: int, level: str) -> list[str]:
    if level != "district":
        return []
    o = succession.owner_ages(store, area, year)
    return list(o["datasets"]) if o else []


_REGISTER_EXTRA = ("businesses_added", "businesses_removed", "businesses_b2", "businesses_aet")


def register_facts(store: DataStore, area: str, year: int) -> dict | None:
    """Figures only a chamber register has (kind ``register``): additions and removals of A/B1
    businesses in ``year``, B2 and AeT businesses on 31.12.; None where no register was imported."""
    df = store.query(
        "SELECT indicator, value, kind, dataset FROM facts WHERE area_code = ? AND year = ? "
        "AND gewerbegruppe = 'insgesamt' AND indicator IN (SELECT unnest(?))", [area, year, list(_REGISTER_EXTRA)])
    if df.empty:
        return None
    out: dict = {ind: _num(df.loc[df["indicator"] == ind, "value"].sum()) if (df["indicator"] == ind).any() else None
                 for ind in _REGISTER_EXTRA}
    out["kind"] = provenance.weakest(*sorted(set(df["kind"])))
    out["datasets"] = sorted({p for d in df["dataset"] for p in str(d).split(",")})
    return out
