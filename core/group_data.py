"""Thin queries of the craft facts of a DataStore: businesses and employees per area, Gewerbegruppe and year.

The group-level values come from the estimate dataset (kind ``estimate``), the totals from the official
Handwerkszählung where it exists. One query per store loads every craft fact (plus population and
area) into small pandas tables keyed by (area, indicator); the GUI recomputes the portfolio on every
period change, so everything after the first call is dictionary look-ups and vector arithmetic.
The cache is dropped when ``facts`` changes (``store.facts_version`` or a cheap fingerprint).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

import pandas as pd

from core import provenance
from core.datastore import GEWERBEGRUPPEN, TOTAL, DataStore
from core.errors import UnknownDistrictError
from core.figures import Figure
from core.regions import Region

CRAFT_INDICATORS = ("businesses", "employees")
CONTEXT_INDICATORS = ("population", "area_km2")
GERMANY = "DG"
_N = len(GEWERBEGRUPPEN)  # the pivots hold the seven groups first, then the total
# Which row wins when one key has several (an import replaces, official beats an estimate).
_KIND_PRIORITY = {"import": 0, "register": 0, "official": 1, "published": 2, "study": 3, "estimate": 4}


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


def combined_kind(*kinds: str) -> str:
    """One kind for a figure computed from several: ``estimate`` if any part is estimated, else the
    weakest of the others (import < official ... by _KIND_PRIORITY), "" if none."""
    ks = [k for k in kinds if k]
    if not ks:
        return ""
    if "estimate" in ks:
        return "estimate"
    return max(ks, key=lambda k: _KIND_PRIORITY.get(k, 9))


def format_years(years: list[int]) -> str:
    """[2010, 2011, 2012] -> "2010–2012"; gaps are listed: [2010, 2018] -> "2010, 2018"; none -> "–"."""
    if not years:
        return "–"
    if years == list(range(years[0], years[-1] + 1)) and len(years) > 2:
        return f"{years[0]}–{years[-1]}"
    return ", ".join(str(y) for y in years)


class CraftFacts:
    """Craft and context facts of one store, by (area, indicator): ``table()`` is a DataFrame (index
    year, columns the seven groups plus ``insgesamt``), ``kind_table()`` the same shape with the
    provenance kind, ``dataset_ids()`` the dataset ids used. Pivots are built on first use and kept."""

    def __init__(self, rows: pd.DataFrame) -> None:
        self._rows = {
            (str(a), str(i)): sub for (a, i), sub in rows.groupby(["area_code", "indicator"], sort=False)
        }
        self._values: dict[tuple[str, str], pd.DataFrame] = {}
        self._kinds: dict[tuple[str, str], pd.DataFrame] = {}
        self._datasets: dict[tuple[str, str, bool], set[str]] = {}
        self._years: dict[str, list[int]] = {}
        grp = rows[rows["indicator"].isin(CRAFT_INDICATORS) & rows["gewerbegruppe"].isin(GEWERBEGRUPPEN)]
        self.group_years: list[int] = sorted(int(y) for y in grp["year"].unique())

    def _pivot(self, key: tuple[str, str], column: str, dtype: str) -> pd.DataFrame:
        cols = [*GEWERBEGRUPPEN, TOTAL]
        sub = self._rows.get(key)
        if sub is None:
            return pd.DataFrame(columns=cols, dtype=dtype)
        return sub.pivot(index="year", columns="gewerbegruppe", values=column).reindex(columns=cols)

    def dataset_ids(self, area: str, indicator: str, groups_only: bool = False) -> set[str]:
        """Dataset ids behind one area's indicator (only the group rows if ``groups_only``)."""
        key = (area, indicator, groups_only)
        if key not in self._datasets:
            sub = self._rows.get((area, indicator))
            if sub is not None and groups_only:
                sub = sub[sub["gewerbegruppe"] != TOTAL]
            vals: list = [] if sub is None else list(sub["dataset"].dropna().unique())
            self._datasets[key] = {p for d in vals for p in str(d).split(",")}
        return self._datasets[key]

    def kind_of(self, dataset_id: str) -> str:
        """The provenance kind the rows of this dataset carry ("import" if none found)."""
        for sub in self._rows.values():
            hit = sub.loc[sub["dataset"] == dataset_id, "kind"]
            if len(hit):
                return str(hit.iloc[0])
        return "import"

    def table(self, area: str, indicator: str) -> pd.DataFrame:
        key = (area, indicator)
        if key not in self._values:
            self._values[key] = self._pivot(key, "value", "float64").astype("float64")
        return self._values[key]

    def kind_table(self, area: str, indicator: str) -> pd.DataFrame:
        key = (area, indicator)
        if key not in self._kinds:
            self._kinds[key] = self._pivot(key, "kind", "object")
        return self._kinds[key]


    # -- queries ---------------------------------------------------------------------------------
    def years(self, area: str | None = None) -> list[int]:
        """Years with group-level (estimated) businesses or employees, for one area or any area."""
        if area is None:
            return self.group_years
        if area not in self._years:
            years: set[int] = set()
            for ind in CRAFT_INDICATORS:
                t = self.table(area, ind)
                years |= {int(y) for y in t.index[t.iloc[:, :_N].notna().any(axis=1)]}
            self._years[area] = sorted(years)
        return self._years[area]

    def by_group(self, area: str, indicator: str, year: int) -> pd.Series:
        """Values of the seven groups (index in study order) for one area, indicator and year; NaN if missing."""
        t = self.table(area, indicator)
        if year not in t.index:
            return pd.Series(float("nan"), index=list(GEWERBEGRUPPEN), dtype=float)
        return pd.Series(t.to_numpy()[t.index.get_loc(year), :_N], index=list(GEWERBEGRUPPEN), dtype=float)

    def group_kinds(self, area: str, indicator: str, year: int) -> pd.Series:
        """Provenance kind of each group's value (``estimate`` unless an import replaced it; "" if missing)."""
        t = self.kind_table(area, indicator)
        if year not in t.index:
            return pd.Series("", index=list(GEWERBEGRUPPEN), dtype=object)
        row = t.to_numpy()[t.index.get_loc(year), :_N]
        return pd.Series([k if isinstance(k, str) else "" for k in row], index=list(GEWERBEGRUPPEN), dtype=object)

    def total(self, area: str, indicator: str, year: int) -> tuple[float, str]:
        """(value, kind) of an area's total: the official total where it exists, else the sum of the
        seven groups (kind ``estimate`` if any group is estimated, ``register`` if all are counted from a
        chamber register); (NaN, "") if neither exists."""
        t = self.table(area, indicator)
        value: Any = t.at[year, TOTAL] if year in t.index else None
        if value is not None and pd.notna(value):
            return float(value), str(self.kind_table(area, indicator).at[year, TOTAL])
        if indicator in CRAFT_INDICATORS:
            g = self.by_group(area, indicator, year)
            if g.notna().all():  # the sum carries its weakest group's kind (register only if all seven are)
                return float(g.sum()), combined_kind(*self.group_kinds(area, indicator, year)) or "estimate"
        return float("nan"), ""

    def datasets_at(self, area: str, indicator: str, year: int, group: str | None) -> str:
        """Dataset ids (comma-joined, sorted) of one area's rows in ``year``: of ``group``, or of the
        seven groups if ``group`` is None."""
        sub = self._rows.get((area, indicator))
        if sub is None:
            return ""
        rows = sub[sub["year"] == year]
        rows = rows[rows["gewerbegruppe"] == group] if group else rows[rows["gewerbegruppe"] != TOTAL]
        return ",".join(sorted({p for d in rows["dataset"].dropna() for p in str(d).split(",") if p}))

    def total_figure(self, area: str, indicator: str, year: int) -> Figure:
        """``total`` as a Figure with the dataset(s) it was read from."""
        value, kind = self.total(area, indicator, year)
        if not kind:
            return Figure(None, "")
        own = year in self.series(area, indicator).index  # an own total row, not the sum of the groups
        return Figure(value, kind, self.datasets_at(area, indicator, year, TOTAL if own else None))

    def context_figure(self, area: str, indicator: str, year: int) -> Figure:
        """``context_value`` as a Figure (kind and dataset of the row used)."""
        s = self.series(area, indicator)
        if s.empty:
            return Figure(None, "")
        used = year
        if year not in s.index:
            if indicator != "area_km2":
                return Figure(None, "")
            used = int(min(s.index, key=lambda y: abs(int(y) - year)))
        kind = str(self.kind_table(area, indicator).at[used, TOTAL])
        return Figure(float(s.loc[used]), kind, self.datasets_at(area, indicator, used, TOTAL))

    def context_value(self, area: str, indicator: str, year: int) -> float:
        """Population (31.12. of ``year``) or area of an area; the area from the nearest year with a value."""
        s = self.series(area, indicator)
        if s.empty:
            return float("nan")
        if year in s.index:
            return float(s.loc[year])
        if indicator == "area_km2":
            nearest = min(s.index, key=lambda y: abs(int(y) - year))
            return float(s.loc[nearest])
        return float("nan")

    def series(self, area: str, indicator: str, group: str = TOTAL) -> pd.Series:
        """Values by year of one area, indicator and group (empty if none)."""
        return self.table(area, indicator)[group].dropna()

    def datasets_for(self, areas: list[str], indicators: list[str], groups_only: bool = False) -> list[str]:
        """Ids of the datasets behind these areas' indicators (e.g. population + estimate + Handwerkszählung)."""
        ids: set[str] = set()
        for a in areas:
            for ind in indicators:
                ids |= self.dataset_ids(a, ind, groups_only)
        return sorted(ids)


_cache: weakref.WeakKeyDictionary[DataStore, tuple[tuple, CraftFacts]] = weakref.WeakKeyDictionary()


def _fingerprint(store: DataStore) -> tuple:
    """Changes whenever ``facts`` changes: the store's version counter plus a cheap summary (< 1 ms),
    so a rebuild that forgets to bump ``facts_version`` still drops the cache."""
    with store._lock:  # noqa: SLF001 - same lock as store.query, without the DataFrame overhead
        row = store.con.execute("SELECT count(*), sum(value), sum(hash(dataset, kind)) FROM facts").fetchone()
    return (getattr(store, "facts_version", 0), row)


def craft_facts(store: DataStore) -> CraftFacts:
    """The cached pivot of the store's craft facts (built with one query on first use)."""
    key = _fingerprint(store)
    hit = _cache.get(store)
    if hit is not None and hit[0] == key:
        return hit[1]
    cf = _build(store)
    _cache[store] = (key, cf)
    return cf


_PRIORITY_SQL = "CASE kind " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in _KIND_PRIORITY.items()) + " ELSE 9 END"


def _build(store: DataStore) -> CraftFacts:
    """One query: the winning row per key (see _KIND_PRIORITY) for the region's areas, plus the
    region total = sum over its districts where every district has a value (kind ``estimate`` if
    any part is estimated)."""
    region = store.region
    df = store.query(
        f"""
        WITH d AS (
            SELECT area_code, year, indicator, gewerbegruppe, value, kind, dataset FROM facts
            WHERE indicator IN (SELECT unnest(?)) AND area_code IN (SELECT unnest(?)) AND value IS NOT NULL
            QUALIFY row_number() OVER (PARTITION BY area_code, year, indicator, gewerbegruppe
                                       ORDER BY {_PRIORITY_SQL}) = 1)
        SELECT * FROM d
        UNION ALL
        SELECT ?, year, indicator, gewerbegruppe, sum(value),
               CASE WHEN bool_or(kind = 'estimate') THEN 'estimate' ELSE min(kind) END,
               string_agg(DISTINCT dataset, ',')
        FROM d WHERE area_code IN (SELECT unnest(?))
        GROUP BY year, indicator, gewerbegruppe HAVING count(*) = ?
        """,
        [
            [*CRAFT_INDICATORS, *CONTEXT_INDICATORS],
            [a for a in region.all_area_codes() if a != region.code],
            region.code,
            region.district_codes,
            len(region.districts),
        ],
    )
    return CraftFacts(df)


def source_records(dataset_ids: list[str], cf: CraftFacts | None = None) -> list[dict]:
    """Provenance records (``Provenance.to_dict()``) of these dataset ids. An id that is not bundled
    comes from an imported data version (full record: ``core.sources.all_sources``): a minimal record
    here, with the kind its rows carry in ``facts`` (``official`` for an imported official table)."""
    cat = provenance.bundled_catalog()
    out = []
    for i in dataset_ids:
        if i in cat:
            out.append(cat[i].to_dict())
        else:
            kind = cf.kind_of(i) if cf is not None else "import"
            out.append({"id": i, "title": i, "kind": kind, "kind_label": provenance.KIND_LABEL_DE.get(kind, kind),
                        "imported": True})
    return out


def indicator_table(store: DataStore, year: int, areas: list[str] | None = None) -> pd.DataFrame:
    """Every level indicator per area and Gewerbegruppe in ``year`` (long table; formulas in
    ``core.indicators``): businesses, employees, density = B / P * 1000, employees_per_business = E / B,
    share_businesses / share_employees = x_g / sum of the seven groups, lq / lq_businesses =
    (x_g,r / x_r) / (x_g,DE / x_DE), log_lq = ln(lq), kind. ``areas``: default every district, the
    region total and the comparison areas."""
    from core import indicators

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
    from core import indicators

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
