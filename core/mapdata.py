"""Values for the region map: one number per district for a chosen indicator, with its provenance.

Indicators (formulas in ``core.indicators``):

- ``business_density``: craft businesses per 1,000 inhabitants, ``B / P * 1000`` (year t);
- ``population_change``: population change in %, ``(P_t1 / P_t0 - 1) * 100``;
- ``employees_per_business``: tätige Personen je Unternehmen, ``E / B`` (year t);
- ``group_share``: share of one Gewerbegruppe in the district's craft businesses in %,
  ``B_g / B * 100`` (group figures are estimates: kind ``estimate``, unless a chamber register was imported);
- ``succession`` ("Nachfolge"): share of the owners aged 60 and over in %, ``(O_60–64 + O_65+) / O * 100``,
  from the chamber's own figures (register with dates of birth, or the template's owners by age); districts
  without them have no value (there is no estimate of owner ages).

A value's ``kind`` is ``estimate`` as soon as one of its inputs is estimated; ``dataset`` lists the
provenance ids (comma-separated) of all inputs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from core import group_data, indicators, provenance, succession
from core.datastore import GEWERBEGRUPPEN, DataStore
from core.errors import InvalidInputError, NoDataError

# Default population-change period: both ends on the Zensus-2011 basis (31.12.2010 .. 31.12.2021).
POPULATION_CHANGE_START = 2010


class MapValue(NamedTuple):
    value: float
    kind: str  # provenance kind: official / estimate / ...
    dataset: str  # comma-separated provenance ids


@dataclass(frozen=True)
class MapIndicator:
    key: str
    label_de: str
    label_en: str
    unit_de: str
    unit_en: str
    decimals: int


MAP_INDICATORS: dict[str, MapIndicator] = {
    m.key: m
    for m in (
        MapIndicator(
            "business_density",
            "Betriebsdichte",
            "Business density",
            "Betriebe je 1.000 Einw.",
            "businesses per 1,000 inhabitants",
            1,
        ),
        MapIndicator("population_change", "Bevölkerungsentwicklung", "Population change", "%", "%", 1),
        MapIndicator(
            "employees_per_business",
            "Beschäftigte je Betrieb",
            "Employees per business",
            "tätige Personen je Betrieb",
            "persons employed per business",
            1,
        ),
        MapIndicator(
            "succession",
            "Nachfolge (Inhaber 60+)",
            "Succession (owners 60+)",
            "% der Inhaber 60 Jahre und älter",
            "% of owners aged 60 and over",
            1,
        ),
        MapIndicator(
            "group_share",
            "Anteil einer Gewerbegruppe",
            "Share of a Gewerbegruppe",
            "% der Betriebe",
            "% of businesses",
            1,
        ),
    )
}


def _check(indicator: str, group: str | None) -> None:
    if indicator not in MAP_INDICATORS:
        raise InvalidInputError(
            f"Unbekannter Kartenindikator „{indicator}“. Gültig: {', '.join(MAP_INDICATORS)}",
            f"Unknown map indicator '{indicator}'. Valid: {', '.join(MAP_INDICATORS)}",
        )
    if indicator == "group_share" and group not in GEWERBEGRUPPEN:
        raise InvalidInputError(
            f"Unbekannte Gewerbegruppe „{group}“. Gültig: {', '.join(GEWERBEGRUPPEN)}",
            f"Unknown Gewerbegruppe '{group}'. Valid: {', '.join(GEWERBEGRUPPEN)}",
        )


def available_years(store: DataStore, indicator: str) -> list[int]:
    """Years for which every district has a value of ``indicator`` (end years for population change)."""
    _check(indicator, GEWERBEGRUPPEN[0])
    codes = store.region.district_codes
    cf = group_data.craft_facts(store)
    if indicator == "population_change":
        sets = [set(cf.year_values(a, "population")) for a in codes]
        common = set.intersection(*sets) if sets else set()
        return sorted(y for y in common if y > POPULATION_CHANGE_START)
    if indicator == "succession":
        return succession.succession_years(store)
    years: set[int] | None = None
    for a in codes:
        ys = (
            set(cf.years(a))
            if indicator == "group_share"
            else {y for y in cf.row_years(a, "businesses") if not math.isnan(cf.total(a, "businesses", y)[0])}
        )
        if indicator == "business_density":
            ys &= set(cf.year_values(a, "population"))
        years = ys if years is None else years & ys
    return sorted(years or ())


def _ids(cf: group_data.CraftFacts, area: str, inds: list[str], estimate: bool) -> str:
    """Dataset ids behind a value: the craft figures come either from the official counts or (for an
    estimated value) from the estimate dataset alone; context figures (population) as they are."""

    cat = provenance.bundled_catalog()
    ids: list[str] = []
    for ind in inds:
        for i in sorted(cf.dataset_ids(area, ind)):
            kind = cat[i].kind if i in cat else "import"
            if (
                ind in group_data.CRAFT_INDICATORS
                and kind in ("estimate", "official")
                and (kind == "estimate") != estimate
            ):
                continue
            if i not in ids:
                ids.append(i)
    return ",".join(ids)


def district_value(
    store: DataStore,
    area: str,
    indicator: str,
    year: int,
    group: str | None = None,
    start: int | None = None,
    cf: group_data.CraftFacts | None = None,
) -> MapValue:
    """One area's value (NaN with kind "" where an input is missing)."""
    _check(indicator, group)
    cf = cf or group_data.craft_facts(store)  # look the cache up once per map, not once per district
    nan = MapValue(math.nan, "", "")
    if indicator == "population_change":
        pop = cf.year_values(area, "population")
        t0 = start if start is not None else POPULATION_CHANGE_START
        if t0 not in pop or year not in pop:
            return nan
        v = float(indicators.relative_change(pop[t0], pop[year])) * 100.0
        return MapValue(v, "official", _ids(cf, area, ["population"], False))
    if indicator == "succession":
        hit = succession.succession_values(store, year).get(area)
        return MapValue(hit[0], hit[2], hit[3]) if hit else nan
    if indicator == "group_share":
        assert group is not None
        g = cf.group_values(area, "businesses", year)
        tot = math.nan
        if not any(math.isnan(x) for x in g.values()):
            tot = 0.0
            for x in g.values():  # in study order, as the vector sum added them
                tot += x
        v = float(indicators.share(g[group], tot)) * 100.0
        kinds = set(cf.group_kind_map(area, "businesses", year).values())
        if kinds == {"register"}:
            return MapValue(v, "register", ",".join(sorted(cf.dataset_ids(area, "businesses", True))))
        return MapValue(v, "estimate", _ids(cf, area, ["businesses"], True)) if not math.isnan(v) else nan
    b, kb = cf.total(area, "businesses", year)
    if kb == "register" and indicator == "business_density":
        p = cf.context_value(area, "population", year)
        v = float(indicators.business_density(b, p))
        ids = ",".join(sorted(cf.dataset_ids(area, "businesses", True) | cf.dataset_ids(area, "population")))
        return MapValue(v, "register", ids) if not math.isnan(v) else nan
    est = kb == "estimate"
    if indicator == "business_density":
        p = cf.context_value(area, "population", year)
        v = float(indicators.business_density(b, p))
        inds = ["businesses", "population"]
    else:
        e, ke = cf.total(area, "employees", year)
        est = est or ke == "estimate"
        v = float(indicators.employees_per_business(e, b))
        inds = ["businesses", "employees"]
    if math.isnan(v):
        return nan
    return MapValue(v, "estimate" if est else "official", _ids(cf, area, inds, est))


def map_values(
    store: DataStore, indicator: str, year: int, group: str | None = None, start: int | None = None
) -> dict[str, MapValue]:
    """``{ags: (value, kind, dataset)}`` for every district of the store's region.

    Raises NoDataError (naming the valid years) if no district has a value for this year.
    """
    cf = group_data.craft_facts(store)
    out = {
        a: district_value(store, a, indicator, year, group, start, cf) for a in store.region.district_codes
    }
    if all(math.isnan(v.value) for v in out.values()):
        years = available_years(store, indicator)
        span = ", ".join(map(str, years)) or "–"
        label = MAP_INDICATORS[indicator]
        raise NoDataError(
            f"Für {label.label_de} {year} gibt es keine Daten. Jahre mit Daten: {span}.",
            f"There are no data for {label.label_en} {year}. Years with data: {span}.",
        )
    return out
