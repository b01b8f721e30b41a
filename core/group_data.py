"""Thin queries of the craft facts of a DataStore: businesses and employees per area, Gewerbegruppe and year.

The group-level values come from the estimate dataset (kind ``estimate``), the totals from the official
Handwerkszählung where it exists. One query per store loads every craft fact (plus population and
area) into plain dictionaries keyed by (area, indicator); the GUI recomputes the portfolio on every
period change, so everything after the first call is dictionary look-ups. The plain accessors
(``group_values``, ``year_values``, ``total``, ``context_figure`` …) need no pandas, so the district
profile (command line, first screen of the window) never imports it; ``table``/``by_group``/``series``
return pandas objects for the vector code (portfolio, maps, exports) and import pandas on first use.
The cache is dropped when ``facts`` changes (``store.facts_version`` or a cheap fingerprint).
"""

from __future__ import annotations

import contextlib
import math
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core import indicators, provenance
from core.datastore import GEWERBEGRUPPEN, TOTAL, DataStore
from core.errors import UnknownDistrictError
from core.figures import Figure
from core.regions import Region

if TYPE_CHECKING:
    import pandas as pd

CRAFT_INDICATORS = ("businesses", "employees")
CONTEXT_INDICATORS = ("population", "area_km2")
GERMANY = "DG"
_N = len(GEWERBEGRUPPEN)  # the pivots hold the seven groups first, then the total
_COLUMNS = (*GEWERBEGRUPPEN, TOTAL)
_NAN = float("nan")
# Which row wins when one key has several (an import replaces, official beats an estimate).
_KIND_PRIORITY = {"import": 0, "register": 0, "official": 1, "published": 2, "study": 3, "estimate": 4,
                  "projection": 5}


@dataclass(frozen=True)
class AreaRef:
    code: str
    name: str
    level: str  # "district" | "region" | "state" | "country"


def resolve_area(region: Region, key: str | None) -> AreaRef:
    """An area by key: ``None``/region code -> the region total; a comparison area by code or name;
    else a district by AGS, name or unique prefix (``UnknownDistrictError`` lists what is valid)."""
    if key is None or key.strip().upper() == region.code.upper() or key.strip().lower() == region.name.lower():
        return AreaRef(region.code, region.name, "region")
    k = key.strip().lower()
    for a in region.comparison_areas:
        if k in (a.code.lower(), a.name.lower()):
            return AreaRef(a.code, a.name, a.level)
    try:
        d = region.district(key)
    except UnknownDistrictError as exc:
        extra = ", ".join([region.code] + [f"{a.code} {a.name}" for a in region.comparison_areas])
        raise UnknownDistrictError(exc.de + f"; außerdem {extra}", exc.en + f"; also {extra}") from exc
    return AreaRef(d.ags, d.name, "district")


def _rank(kind: str) -> int:
    return provenance.KIND_RANK.get(kind, len(provenance.KIND_RANK))


def combined_kind(*kinds: str) -> str:
    """One kind for a figure computed from several: the weakest of them (``provenance.weakest``:
    official > import/register > published > study > estimate > projection), "" if none."""
    ks = [k for k in kinds if k]
    return provenance.weakest(*ks) if ks else ""


def format_years(years: list[int]) -> str:
    """[2010, 2011, 2012] -> "2010–2012"; gaps are listed: [2010, 2018] -> "2010, 2018"; none -> "–"."""
    if not years:
        return "–"
    if years == list(range(years[0], years[-1] + 1)) and len(years) > 2:
        return f"{years[0]}–{years[-1]}"
    return ", ".join(str(y) for y in years)


# One fact: (value, kind, dataset) of an area, indicator, year and group.
_Cell = tuple[float, str, str | None]


class CraftFacts:
    """Craft and context facts of one store, by (area, indicator) -> year -> group -> (value, kind,
    dataset). Plain accessors for single figures; ``table()`` is a DataFrame (index year, columns the
    seven groups plus ``insgesamt``), ``kind_table()`` the same shape with the provenance kind."""

    def __init__(self, rows: list[tuple[Any, ...]], extra_provenance: dict[str, Any] | None = None) -> None:
        """``rows``: (area_code, year, indicator, gewerbegruppe, value, kind, dataset), values not NULL;
        ``extra_provenance``: records of imported data versions laid over the facts (by dataset id)."""
        self.extra_provenance: dict[str, provenance.Provenance] = dict(extra_provenance or {})
        self._data: dict[tuple[str, str], dict[int, dict[str, _Cell]]] = {}
        group_years: set[int] = set()
        for area, year, indicator, group, value, kind, dataset in rows:
            y = int(year)
            self._data.setdefault((str(area), str(indicator)), {}).setdefault(y, {})[str(group)] = (
                float(value), str(kind), None if dataset is None else str(dataset))
            if indicator in CRAFT_INDICATORS and group in GEWERBEGRUPPEN:
                group_years.add(y)
        for key, by_year in self._data.items():  # years ascending, as the tables show them
            self._data[key] = dict(sorted(by_year.items()))
        self.group_years: list[int] = sorted(group_years)
        self._values: dict[tuple[str, str], pd.DataFrame] = {}
        self._kinds: dict[tuple[str, str], pd.DataFrame] = {}
        self._years: dict[str, list[int]] = {}

    # -- plain accessors (no pandas) -------------------------------------------------------------
    def _cells(self, area: str, indicator: str) -> dict[int, dict[str, _Cell]]:
        return self._data.get((area, indicator), {})

    def dataset_ids(self, area: str, indicator: str, groups_only: bool = False) -> set[str]:
        """Dataset ids behind one area's indicator (only the group rows if ``groups_only``)."""
        return {
            p for by_group in self._cells(area, indicator).values() for g, (_, _, d) in by_group.items()
            if d is not None and not (groups_only and g == TOTAL) for p in d.split(",")
        }

    def kind_of(self, dataset_id: str) -> str:
        """The provenance kind the rows of this dataset carry ("import" if none found)."""
        for by_year in self._data.values():
            for by_group in by_year.values():
                for _, kind, d in by_group.values():
                    if d == dataset_id:
                        return kind
        return "import"

    def years(self, area: str | None = None) -> list[int]:
        """Years with group-level (estimated) businesses or employees, for one area or any area."""
        if area is None:
            return self.group_years
        if area not in self._years:
            self._years[area] = sorted({
                y for ind in CRAFT_INDICATORS for y, by_group in self._cells(area, ind).items()
                if any(g in by_group for g in GEWERBEGRUPPEN)
            })
        return self._years[area]

    def group_values(self, area: str, indicator: str, year: int) -> dict[str, float]:
        """Values of the seven groups (study order) for one area, indicator and year; NaN if missing."""
        by_group = self._cells(area, indicator).get(year, {})
        return {g: by_group[g][0] if g in by_group else _NAN for g in GEWERBEGRUPPEN}

    def group_kind_map(self, area: str, indicator: str, year: int) -> dict[str, str]:
        """Provenance kind of each group's value (``estimate`` unless an import replaced it; "" if missing)."""
        by_group = self._cells(area, indicator).get(year, {})
        return {g: by_group[g][1] if g in by_group else "" for g in GEWERBEGRUPPEN}

    def row_years(self, area: str, indicator: str) -> list[int]:
        """Years (ascending) with any value of one area's indicator (the rows of ``table``)."""
        return list(self._cells(area, indicator))

    def year_values(self, area: str, indicator: str, group: str = TOTAL) -> dict[int, float]:
        """Values by year (ascending) of one area, indicator and group (only years with a value)."""
        return {y: by_group[group][0] for y, by_group in self._cells(area, indicator).items() if group in by_group}

    def total(self, area: str, indicator: str, year: int) -> tuple[float, str]:
        """(value, kind) of an area's total: the stronger of its own total row (official 2010–2014,
        published where a figure was published to the unit, else estimate) and the sum of the seven groups
        (with their weakest kind: ``register`` only if all seven are counted from a chamber register); the
        row wins a tie. (NaN, "") if neither exists."""
        value, kind, _source = self._total(area, indicator, year)
        return value, kind

    def _total(self, area: str, indicator: str, year: int) -> tuple[float, str, str]:
        """(value, kind, "row" | "groups" | "") of ``total``."""
        own = self._cells(area, indicator).get(year, {}).get(TOTAL)
        summed: tuple[float, str] | None = None
        if indicator in CRAFT_INDICATORS:
            g = self.group_values(area, indicator, year)
            if not any(math.isnan(v) for v in g.values()):
                total = 0.0
                for v in g.values():  # in study order, as a vector sum adds them
                    total += v
                # the sum carries its weakest group's kind (register only if all seven are)
                summed = (total, combined_kind(*self.group_kind_map(area, indicator, year).values()) or "estimate")
        if own is not None and (summed is None or _rank(own[1]) <= _rank(summed[1])):
            return own[0], own[1], "row"
        if summed is not None:
            return summed[0], summed[1], "groups"
        return _NAN, "", ""

    def datasets_at(self, area: str, indicator: str, year: int, group: str | None) -> str:
        """Dataset ids (comma-joined, sorted) of one area's rows in ``year``: of ``group``, or of the
        seven groups if ``group`` is None."""
        by_group = self._cells(area, indicator).get(year, {})
        cells = [by_group[group]] if group and group in by_group else [] if group else [
            c for g, c in by_group.items() if g != TOTAL]
        return ",".join(sorted({p for _, _, d in cells if d is not None for p in d.split(",") if p}))

    def total_figure(self, area: str, indicator: str, year: int) -> Figure:
        """``total`` as a Figure with the dataset(s) it was read from."""
        value, kind, source = self._total(area, indicator, year)
        if not kind:
            return Figure(None, "")
        own = source == "row"  # an own total row, not the sum of the groups
        return Figure(value, kind, self.datasets_at(area, indicator, year, TOTAL if own else None))

    def _context_year(self, area: str, indicator: str, year: int) -> int | None:
        """The year whose value stands for ``year``: itself, or for the area the nearest year with a value."""
        years = self.year_values(area, indicator)
        if not years:
            return None
        if year in years:
            return year
        if indicator != "area_km2":
            return None
        return min(years, key=lambda y: abs(y - year))

    def context_figure(self, area: str, indicator: str, year: int) -> Figure:
        """``context_value`` as a Figure (kind and dataset of the row used)."""
        used = self._context_year(area, indicator, year)
        if used is None:
            return Figure(None, "")
        value, kind, _ = self._cells(area, indicator)[used][TOTAL]
        return Figure(value, kind, self.datasets_at(area, indicator, used, TOTAL))

    def context_value(self, area: str, indicator: str, year: int) -> float:
        """Population (31.12. of ``year``) or area of an area; the area from the nearest year with a value."""
        used = self._context_year(area, indicator, year)
        return _NAN if used is None else self._cells(area, indicator)[used][TOTAL][0]

    def datasets_for(self, areas: list[str], indicators: list[str], groups_only: bool = False) -> list[str]:
        """Ids of the datasets behind these areas' indicators (e.g. population + estimate + Handwerkszählung)."""
        ids: set[str] = set()
        for a in areas:
            for ind in indicators:
                ids |= self.dataset_ids(a, ind, groups_only)
        return sorted(ids)

    # -- pandas views (vector code) --------------------------------------------------------------
    def _pivot(self, area: str, indicator: str, field: int) -> pd.DataFrame:
        import pandas as pd

        cells = self._cells(area, indicator)
        missing: Any = _NAN
        frame = pd.DataFrame(
            [[by_group[c][field] if c in by_group else missing for c in _COLUMNS] for by_group in cells.values()],
            index=pd.Index(list(cells), name="year"),
            columns=pd.Index(list(_COLUMNS), name="gewerbegruppe"),
            dtype="float64" if field == 0 else "object",
        )
        return frame

    def table(self, area: str, indicator: str) -> pd.DataFrame:
        key = (area, indicator)
        if key not in self._values:
            self._values[key] = self._pivot(area, indicator, 0)
        return self._values[key]

    def kind_table(self, area: str, indicator: str) -> pd.DataFrame:
        key = (area, indicator)
        if key not in self._kinds:
            self._kinds[key] = self._pivot(area, indicator, 1)
        return self._kinds[key]

    def by_group(self, area: str, indicator: str, year: int) -> pd.Series:
        """``group_values`` as a Series (index in study order)."""
        import pandas as pd

        return pd.Series(self.group_values(area, indicator, year), index=list(GEWERBEGRUPPEN), dtype=float)

    def group_kinds(self, area: str, indicator: str, year: int) -> pd.Series:
        """``group_kind_map`` as a Series (index in study order)."""
        import pandas as pd

        return pd.Series(self.group_kind_map(area, indicator, year), index=list(GEWERBEGRUPPEN), dtype=object)

    def series(self, area: str, indicator: str, group: str = TOTAL) -> pd.Series:
        """Values by year of one area, indicator and group (empty if none)."""
        import pandas as pd

        values = self.year_values(area, indicator, group)
        return pd.Series(list(values.values()), index=pd.Index(list(values), name="year"), dtype="float64",
                         name=group)


_cache: weakref.WeakKeyDictionary[DataStore, tuple[tuple[Any, ...], CraftFacts]] = weakref.WeakKeyDictionary()


def _fingerprint(store: DataStore) -> tuple[Any, ...]:
    """Changes whenever ``facts`` changes: the store's version counter plus a cheap summary (< 1 ms),
    so a rebuild that forgets to bump ``facts_version`` still drops the cache."""
    row = store.rows("SELECT count(*), sum(value), sum(hash(dataset, kind)) FROM facts")[0]
    return (store.facts_version, row)


_pins = threading.local()  # ids of the stores pinned in this thread (see pinned)


@contextlib.contextmanager
def pinned(store: DataStore) -> Iterator[CraftFacts]:
    """The store's craft facts checked once, then taken as current without the fingerprint query for as
    long as the block runs, in this thread only: for a batch of reads that changes no facts itself (the
    export asks for them ~25 times, each check a summary query over ``facts``)."""
    cf = craft_facts(store)
    ids: set[int] = _pins.__dict__.setdefault("ids", set())
    fresh = id(store) not in ids
    ids.add(id(store))
    try:
        yield cf
    finally:
        if fresh:
            ids.discard(id(store))


def _pinned_hit(store: DataStore) -> CraftFacts | None:
    hit = _cache.get(store)
    return hit[1] if hit is not None and id(store) in _pins.__dict__.get("ids", ()) else None


def craft_facts(store: DataStore) -> CraftFacts:
    """The cached pivot of the store's craft facts (built with one query on first use)."""
    pinned_cf = _pinned_hit(store)
    if pinned_cf is not None:
        return pinned_cf
    key = _fingerprint(store)
    hit = _cache.get(store)
    if hit is not None and hit[0] == key:
        return hit[1]
    cf = _build(store)
    _cache[store] = (key, cf)
    return cf


def craft_facts_for(store: DataStore, areas: list[str]) -> CraftFacts:
    """Craft facts holding at least ``areas``: the cached full set if it is current, else a small set
    of just these areas, not cached (a first district profile needs 3 of the 14 areas: a third of the
    work of the full set, and the full set follows when a view needs it)."""
    pinned_cf = _pinned_hit(store)
    if pinned_cf is not None:
        return pinned_cf
    hit = _cache.get(store)
    if hit is not None and hit[0] == _fingerprint(store):
        return hit[1]
    return _build(store, areas)


_WEAKEST_SQL = provenance.weakest_sql()
_PRIORITY_SQL = "CASE kind " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in _KIND_PRIORITY.items()) + " ELSE 9 END"


def _build(store: DataStore, only: list[str] | None = None) -> CraftFacts:
    """One query: the winning row per key (see _KIND_PRIORITY) for the region's areas, plus the
    region total = sum over its districts where every district has a value (the weakest kind of its
    parts). ``only``: just these areas (the region code for its total)."""
    region = store.region
    wanted = [a for a in region.all_area_codes() if a != region.code and (only is None or a in only)]
    with_total = only is None or region.code in only
    read = sorted(set(wanted) | (set(region.district_codes) if with_total else set()))
    sql = (
        f"""
        WITH d AS (
            SELECT area_code, year, indicator, gewerbegruppe, value, kind, dataset FROM facts
            WHERE indicator IN (SELECT unnest(?)) AND area_code IN (SELECT unnest(?)) AND value IS NOT NULL
            QUALIFY row_number() OVER (PARTITION BY area_code, year, indicator, gewerbegruppe
                                       ORDER BY {_PRIORITY_SQL}) = 1)
        SELECT * FROM d WHERE area_code IN (SELECT unnest(?))
        UNION ALL
        SELECT ?, year, indicator, gewerbegruppe, sum(value),
               {_WEAKEST_SQL},
               string_agg(DISTINCT dataset, ',')
        FROM d WHERE ? AND area_code IN (SELECT unnest(?))
        GROUP BY year, indicator, gewerbegruppe HAVING count(*) = ?
        """)
    params = [
        [*CRAFT_INDICATORS, *CONTEXT_INDICATORS],
        read,
        wanted,
        region.code,
        with_total,
        region.district_codes,
        len(region.districts),
    ]
    rows = store.rows(sql, params)
    return CraftFacts(rows, store.extra_provenance)


def source_records(
    dataset_ids: list[str], cf: CraftFacts | None = None, extra: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Provenance records (``Provenance.to_dict()``) of these dataset ids, followed by the datasets they
    rest on (e.g. the estimate's margins), each marked ``input_of`` = the derived dataset.

    An id that is not bundled comes from an imported data version: its full record (title, table
    number, file, Stand, import date; ``imported: True``) from ``extra`` or ``cf.extra_provenance``
    (``DataStore.extra_provenance``); never a bare "import:N". Only if that record is missing too (a
    version deleted meanwhile) a minimal record with the kind its rows carry is returned."""
    cat = provenance.bundled_catalog()
    known = {**(cf.extra_provenance if cf is not None else {}), **(extra or {})}
    out = []
    for i, parent in provenance.with_inputs(list(dataset_ids)):
        if i in cat:
            d = cat[i].to_dict()
        elif i in known:
            d = known[i].to_dict()
            d["imported"] = True
        else:
            kind = cf.kind_of(i) if cf is not None else "import"
            d = {"id": i, "title": i, "kind": kind, "kind_label": provenance.KIND_LABEL_DE.get(kind, kind),
                 "imported": True}
        if parent:
            d["input_of"] = parent
        out.append(d)
    return out


def indicator_table(store: DataStore, year: int, areas: list[str] | None = None) -> pd.DataFrame:
    """Every level indicator per area and Gewerbegruppe in ``year`` (long table; formulas in
    ``core.indicators``): businesses, employees, density = B / P * 1000, employees_per_business = E / B,
    share_businesses / share_employees = x_g / sum of the seven groups, lq / lq_businesses =
    (x_g,r / x_r) / (x_g,DE / x_DE), log_lq = ln(lq), kind. ``areas``: default every district, the
    region total and the comparison areas."""
    import pandas as pd

    cf = craft_facts(store)
    codes = areas or store.region.all_area_codes()
    e_de = cf.by_group(GERMANY, "employees", year)
    b_de = cf.by_group(GERMANY, "businesses", year)
    frames = []
    for code in codes:
        b = cf.by_group(code, "businesses", year)
        e = cf.by_group(code, "employees", year)
        pop = cf.context_value(code, "population", year)
        lq = indicators.location_quotient(e, e.sum(min_count=1), e_de, e_de.sum(min_count=1))
        kb, ke = cf.group_kinds(code, "businesses", year), cf.group_kinds(code, "employees", year)
        frames.append(
            pd.DataFrame(
                {
                    "area_code": code,
                    "year": year,
                    "gewerbegruppe": list(GEWERBEGRUPPEN),
                    "businesses": b.to_numpy(),
                    "employees": e.to_numpy(),
                    "density": indicators.business_density(b, pop).to_numpy(),
                    "employees_per_business": indicators.employees_per_business(e, b).to_numpy(),
                    "share_businesses": indicators.share(b, b.sum(min_count=1)).to_numpy(),
                    "share_employees": indicators.share(e, e.sum(min_count=1)).to_numpy(),
                    "lq": lq.to_numpy(),
                    "log_lq": indicators.log_location_quotient(lq).to_numpy(),
                    "lq_businesses": indicators.location_quotient(
                        b, b.sum(min_count=1), b_de, b_de.sum(min_count=1)
                    ).to_numpy(),
                    "kind": [combined_kind(kb[g], ke[g]) for g in GEWERBEGRUPPEN],
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def change_table(
    store: DataStore, start: int, end: int, indicator: str = "employees", areas: list[str] | None = None
) -> pd.DataFrame:
    """Change of ``indicator`` per area and Gewerbegruppe from ``start`` to ``end``: absolute
    x1 - x0, relative x1 / x0 - 1 and CAGR (x1 / x0)^(1/(t1-t0)) - 1 (NaN where a year is missing)."""
    import pandas as pd

    cf = craft_facts(store)
    codes = areas or store.region.all_area_codes()
    frames = []
    for code in codes:
        x0, x1 = cf.by_group(code, indicator, start), cf.by_group(code, indicator, end)
        k = [cf.group_kinds(code, indicator, y) for y in (start, end)]
        frames.append(
            pd.DataFrame(
                {
                    "area_code": code,
                    "gewerbegruppe": list(GEWERBEGRUPPEN),
                    "start": start,
                    "end": end,
                    "value_start": x0.to_numpy(),
                    "value_end": x1.to_numpy(),
                    "change": indicators.absolute_change(x0, x1).to_numpy(),
                    "relative_change": indicators.relative_change(x0, x1).to_numpy(),
                    "cagr": indicators.cagr(x0, x1, end - start).to_numpy(),
                    "kind": [combined_kind(k[0][g], k[1][g]) for g in GEWERBEGRUPPEN],
                }
            )
        )
    return pd.concat(frames, ignore_index=True)
