"""District profile: the key craft figures of one district (or the region, or a comparison area).

Totals are official (Handwerkszählung) where they exist, else the sum of the estimated groups
(kind ``estimate``). Group figures are estimates, labelled "Schätzung" (unless the user imported the
chamber's own figures for that year: then kind ``import``). Every figure is a ``core.figures.Figure``
(value, kind, dataset); every dataset used is listed under ``sources`` with its provenance record.

``district_profile(store, key, year)`` takes a *key* (AGS, name, unique prefix, region code or
comparison area); the result names the resolved area by ``area_code``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from core import breaks as comparability
from core import chamber_check, group_data, indicators, provenance, succession
from core.breaks import Break
from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN, DataStore
from core.errors import NoDataError
from core.figures import Figure

ESTIMATE_LABEL = {"de": "Schätzung", "en": "estimate"}

#: The per-group measures, in the order of the JSON and the tables.
GROUP_MEASURES = (
    "businesses",
    "employees",
    "density",
    "employees_per_business",
    "share_employees",
    "share_businesses",
    "lq",
    "log_lq",
    "lq_businesses",
)


@dataclass(frozen=True)
class GroupFigures:
    """The figures of one Gewerbegruppe in one area and year (all of one kind: ``kind``).

    density = B_g / P * 1000; employees_per_business = E_g / B_g; share_* = x_g / sum of the groups;
    lq = (E_g,r / E_r) / (E_g,DE / E_DE), log_lq = ln lq, lq_businesses the same with businesses.
    """

    group: str  # German name, the key of the Gewerbegruppe
    businesses: Figure
    employees: Figure
    density: Figure
    employees_per_business: Figure
    share_employees: Figure
    share_businesses: Figure
    lq: Figure
    log_lq: Figure
    lq_businesses: Figure
    kind: str
    kind_businesses: str = ""  # "register" where a chamber register replaced the estimate
    kind_employees: str = ""  # employees are never a register field: estimate (or official/import)

    @property
    def name_en(self) -> str:
        return GEWERBEGRUPPEN_EN[self.group]

    @property
    def label(self) -> str:
        """German label of the kind ("Schätzung" for estimates)."""
        return provenance.KIND_LABEL_DE.get(self.kind, self.kind)

    @property
    def is_estimate(self) -> bool:
        return self.kind == "estimate"

    def values(self) -> dict[str, float | None]:
        """Plain numbers by measure name (for tables)."""
        return {m: getattr(self, m).value for m in GROUP_MEASURES}

    def to_dict(self) -> dict[str, Any]:
        return {"name_en": self.name_en, **self.values(), "kind": self.kind, "label": self.label,
                "kind_businesses": self.kind_businesses or self.kind, "kind_employees": self.kind_employees or self.kind}


@dataclass(frozen=True)
class DistrictProfile:
    """Key figures of one area in one year (see ``district_profile``)."""

    area_code: str  # resolved code: AGS of a district, the region code, or a comparison area's code
    name: str
    level: str  # "district" | "region" | "state" | "country"
    region: str  # code of the region the profile belongs to
    year: int
    years_available: tuple[int, ...]
    population: dict[int, float]  # inhabitants on 31.12. of each year
    population_year: Figure  # inhabitants on 31.12. of ``year``
    area_km2: Figure
    density_inhabitants_km2: Figure  # P / A
    businesses: Figure
    employees: Figure
    employees_per_business: Figure  # E / B
    business_density: Figure  # B / P * 1000 of the area
    business_density_region: Figure  # ... of the region total
    business_density_germany: Figure  # ... of Germany
    groups: dict[str, GroupFigures]  # by Gewerbegruppe, in study order
    sources: list[dict[str, Any]]  # provenance records (Provenance.to_dict() shape)
    state: str | None = None
    state_code: str | None = None
    chamber: str | None = None
    chamber_code: str | None = None
    district_type: str | None = None  # "urban" | "rural" for districts
    # comparability breaks inside the profile's series (population years; years with group values)
    breaks: tuple[Break, ...] = ()
    # the chamber's own Betriebe counts beside the Handwerkszählung Unternehmen (core.chamber_check)
    chamber_counts: tuple[dict[str, Any], ...] = ()
    owners: dict[str, Any] | None = None  # owners by age band and "Nachfolge" (core.succession), chamber figures
    register: dict[str, Any] | None = None  # additions/removals, B2, AeT from a chamber register

    @property
    def figures(self) -> dict[str, Figure]:
        """The scalar key figures by name (the order of the profile's JSON)."""
        return {
            "population_year": self.population_year,
            "area_km2": self.area_km2,
            "density_inhabitants_km2": self.density_inhabitants_km2,
            "businesses": self.businesses,
            "employees": self.employees,
            "employees_per_business": self.employees_per_business,
            "business_density": self.business_density,
        }

    @property
    def source_ids(self) -> list[str]:
        return [str(s["id"]) for s in self.sources]

    def to_dict(self) -> dict[str, Any]:
        """JSON of ``handwerksmonitor profile --json``: the keys of earlier versions (``ags``, plain
        numbers for population/area/density/employees per business, ``{"value", "kind", ...}`` for
        businesses, employees and business density) plus ``figures``: every key figure with its kind
        and dataset."""
        de = group_data.GERMANY
        return {
            "ags": self.area_code,
            "name": self.name,
            "level": self.level,
            "region": self.region,
            "state": self.state,
            "state_code": self.state_code,
            "chamber": self.chamber,
            "chamber_code": self.chamber_code,
            "type": self.district_type,
            "year": self.year,
            "years_available": list(self.years_available),
            "population": {str(y): v for y, v in self.population.items()},
            "population_year": self.population_year.value,
            "area_km2": self.area_km2.value,
            "density_inhabitants_km2": self.density_inhabitants_km2.value,
            "businesses": self.businesses.to_dict(),
            "employees": self.employees.to_dict(),
            "employees_per_business": self.employees_per_business.value,
            "business_density": {
                "area": self.business_density.to_dict(),
                self.region: self.business_density_region.to_dict(),
                de: self.business_density_germany.to_dict(),
            },
            "groups": {g: v.to_dict() for g, v in self.groups.items()},
            "figures": {k: f.to_dict() for k, f in self.figures.items()},
            "breaks": comparability.as_dicts(self.breaks),
            "chamber_counts": list(self.chamber_counts),
            "owners": self.owners,
            "register": self.register,
            "sources": self.sources,
        }

    @property
    def year_breaks(self) -> tuple[Break, ...]:
        """The breaks between ``year`` and the year before (e.g. Zensus 2022 for a 2022 profile): the
        year's population and per-inhabitant figures are not comparable with the previous year's."""
        return tuple(b for b in self.breaks if b.year == self.year)


def _resolve_year(cf: group_data.CraftFacts, ref: group_data.AreaRef, year: int | None) -> int:
    years = cf.years(ref.code)
    span = group_data.format_years(years)
    if year is None:
        if not years:
            raise NoDataError(
                f"Für {ref.name} gibt es keine Daten je Gewerbegruppe.",
                f"There are no data per Gewerbegruppe for {ref.name}.",
            )
        # the latest year with the groups' businesses and employees (a register may reach further than the
        # estimate of employees; its later years stay selectable)
        both = [y for y in years
                if any(v == v for v in cf.group_values(ref.code, "employees", y).values())
                and any(v == v for v in cf.group_values(ref.code, "businesses", y).values())]
        return both[-1] if both else years[-1]
    if year not in years:
        raise NoDataError(
            f"Für {year} gibt es keine Daten je Gewerbegruppe. Gültige Jahre: {span}.",
            f"There are no data per Gewerbegruppe for {year}. Valid years: {span}.",
        )
    return year


def _ratio(
    formula: Callable[[float, float], float], num: Figure, den: Figure, kind: str | None = None
) -> Figure:
    """``formula(num, den)`` as a Figure: the weaker kind of the two (or ``kind``), both datasets."""
    if num.missing or den.missing:
        return Figure(None, "")
    fig = Figure.derived(formula(num.value or 0.0, den.value or 0.0), [num, den])
    return fig if kind is None or fig.missing else replace(fig, kind=kind)


def _density(cf: group_data.CraftFacts, area_code: str, year: int, year_breaks: tuple[Break, ...] = ()) -> Figure:
    """Businesses per 1,000 inhabitants; its kind is the weakest of the business total and the population;
    it carries the census break of its year (compared with the year before, the population changed basis)."""
    b = cf.total_figure(area_code, "businesses", year)
    p = cf.context_figure(area_code, "population", year)
    fig = _ratio(indicators.business_density, b, p)
    return replace(fig, breaks=tuple(year_breaks)) if year_breaks and not fig.missing else fig


def _sum(values: dict[str, float]) -> float:
    """Sum of the groups that have a value (0.0 if none), in study order, as pandas' ``Series.sum``."""
    total = 0.0
    for v in values.values():
        if not math.isnan(v):
            total += v
    return total


def _group_figures(
    cf: group_data.CraftFacts, area_code: str, year: int, population: float | None
) -> dict[str, GroupFigures]:
    """The per-group measures with plain numbers (no pandas: the first profile on screen and
    ``profile --json`` must not wait for it); formulas in ``core.indicators``, shares over the groups
    that have a value."""
    de = group_data.GERMANY
    b = cf.group_values(area_code, "businesses", year)
    e = cf.group_values(area_code, "employees", year)
    b_de = cf.group_values(de, "businesses", year)
    e_de = cf.group_values(de, "employees", year)
    pop = float("nan") if population is None else population
    b_sum, e_sum, b_de_sum, e_de_sum = _sum(b), _sum(e), _sum(b_de), _sum(e_de)
    measures: dict[str, dict[str, float]] = {m: {} for m in GROUP_MEASURES}
    for g in GEWERBEGRUPPEN:
        m = measures
        m["businesses"][g] = b[g]
        m["employees"][g] = e[g]
        m["density"][g] = indicators.business_density(b[g], pop)
        m["employees_per_business"][g] = indicators.employees_per_business(e[g], b[g])
        m["share_employees"][g] = indicators.share(e[g], e_sum)
        m["share_businesses"][g] = indicators.share(b[g], b_sum)
        m["lq"][g] = indicators.location_quotient(e[g], e_sum, e_de[g], e_de_sum)
        m["lq_businesses"][g] = indicators.location_quotient(b[g], b_sum, b_de[g], b_de_sum)
        m["log_lq"][g] = indicators.log_location_quotient(m["lq"][g])
    kb = cf.group_kind_map(area_code, "businesses", year)
    ke = cf.group_kind_map(area_code, "employees", year)
    ds = ",".join(
        sorted(
            {
                i
                for ind in ("businesses", "employees")
                for i in cf.datasets_at(area_code, ind, year, None).split(",")
                if i
            }
        )
    )
    out = {}
    for g in GEWERBEGRUPPEN:
        kind = group_data.combined_kind(kb[g], ke[g]) or "estimate"
        figs = {m: Figure(measures[m][g], kind, ds) for m in GROUP_MEASURES}
        figs["businesses"] = Figure(measures["businesses"][g], kb[g] or kind, ds)
        figs["employees"] = Figure(measures["employees"][g], ke[g] or kind, ds)
        out[g] = GroupFigures(group=g, kind=kind, kind_businesses=kb[g] or kind, kind_employees=ke[g] or kind, **figs)
    return out


def district_profile(store: DataStore, key: str, year: int | None = None) -> DistrictProfile:
    """Profile of ``key`` (AGS, name, unique prefix, the region code or a comparison area) in ``year``
    (default: the latest year with group data). A year without group data raises NoDataError.

    density = B / P * 1000 (businesses per 1,000 inhabitants, population at 31.12. of the year);
    employees_per_business = E / B; inhabitants per km² = P / A; group figures: ``GroupFigures``.
    """
    region = store.region
    ref = group_data.resolve_area(region, key)
    cf = group_data.craft_facts_for(store, [ref.code, region.code, group_data.GERMANY])
    year = _resolve_year(cf, ref, year)
    code = ref.code
    pop = cf.context_figure(code, "population", year)
    area = cf.context_figure(code, "area_km2", year)
    b_tot = cf.total_figure(code, "businesses", year)
    e_tot = cf.total_figure(code, "employees", year)
    district = next((d for d in region.districts if d.ags == code), None)
    states = {a.code: a.name for a in region.comparison_areas}
    pop_years = list(cf.year_values(code, "population"))
    group_years = list(cf.years(code))
    found = list(comparability.in_span(min(pop_years), max(pop_years), ["population"], store)) if pop_years else []
    if group_years:
        found += [b for b in comparability.in_span(min(group_years), max(group_years), ["groups"], store) if b not in found]
    found.sort(key=lambda b: (b.year, b.id))
    census_now = tuple(b for b in found if b.year == year and b.scope in ("population", "all"))
    if census_now:
        pop = replace(pop, breaks=census_now) if not pop.missing else pop
    ids = cf.datasets_for(
        [code, region.code, group_data.GERMANY], ["businesses", "employees", "population", "area_km2"]
    )
    owners = succession.owner_ages(store, code, year) if ref.level == "district" else None
    register = register_facts(store, code, year) if ref.level == "district" else None
    ids = ids + [i for i in (owners or {}).get("datasets", []) if i not in ids]
    return DistrictProfile(
        area_code=code,
        name=ref.name,
        level=ref.level,
        region=region.code,
        year=year,
        years_available=tuple(cf.years(code)),
        population=cf.year_values(code, "population"),
        population_year=pop,
        area_km2=area,
        density_inhabitants_km2=_ratio(indicators.population_density, pop, area),
        businesses=b_tot,
        employees=e_tot,
        employees_per_business=_ratio(indicators.employees_per_business, e_tot, b_tot),
        business_density=_density(cf, code, year, census_now),
        business_density_region=_density(cf, region.code, year, census_now),
        business_density_germany=_density(cf, group_data.GERMANY, year, census_now),
        groups=_group_figures(cf, code, year, pop.value),
        sources=_full_records(store, group_data.source_records(ids, cf)),
        state=states.get(district.state, district.state) if district else None,
        state_code=district.state if district else None,
        chamber=district.chamber_name if district else None,
        chamber_code=district.chamber if district else None,
        district_type=district.type if district else None,
        breaks=tuple(found),
        chamber_counts=tuple(chamber_check.chamber_counts(store, code)),
        owners=owners,
        register=register,
    )


def _full_records(store: DataStore, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Imported data versions with their full provenance (file, chamber, Stand) where the store knows it."""
    extra = store.extra_provenance
    keep = ("imported", "input_of")  # set by group_data.source_records: an imported table, an indirect input
    return [
        {**extra[r["id"]].to_dict(), **{k: r[k] for k in keep if k in r}} if r.get("id") in extra else r
        for r in records
    ]


_REGISTER_EXTRA = ("businesses_added", "businesses_removed", "businesses_b2", "businesses_aet")


def register_facts(store: DataStore, area: str, year: int) -> dict[str, Any] | None:
    """Figures only a chamber register has (kind ``register``): additions and removals of A/B1
    businesses in ``year``, B2 and AeT businesses on 31.12.; None where no register was imported."""
    rows = store.rows(
        "SELECT indicator, value, kind, dataset FROM facts WHERE area_code = ? AND year = ? "
        "AND gewerbegruppe = 'insgesamt' AND indicator IN (SELECT unnest(?))",
        [area, year, list(_REGISTER_EXTRA)])
    if not rows:
        return None
    out: dict[str, Any] = {}
    for ind in _REGISTER_EXTRA:
        values = [float(v) for i, v, _, _ in rows if i == ind and v is not None]
        out[ind] = float(sum(values)) if any(i == ind for i, *_ in rows) else None
    out["kind"] = provenance.weakest(*sorted({k for _, _, k, _ in rows}))
    out["datasets"] = sorted({p for *_, d in rows for p in str(d).split(",")})
    return out
