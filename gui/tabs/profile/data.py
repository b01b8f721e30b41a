"""What the Kreisprofile tab computes off the GUI thread, and the caches it fills (no widgets here).

``prepare`` is the worker job: the profiles of some areas in one year and, once, the yearly
population and business series of every area. ``ProfileData`` keeps the results keyed by
(area_code, year, facts version), so a click only fills widgets. Plain Python throughout: the first
profile on screen must not wait for pandas.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core import breaks as comparability
from core.datastore import DataStore
from core.errors import HandwerksmonitorError
from core.profile import DistrictProfile, district_profile

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class YearSeries:
    """Yearly values of one area and indicator, ascending years, with each value's kind, dataset, flag."""

    years: list[int] = field(default_factory=list)
    values: list[float] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    datasets: list[str] = field(default_factory=list)
    flags: list[str | None] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.years

    @classmethod
    def from_rows(cls, rows: list[tuple]) -> YearSeries:
        """From (year, value, kind, dataset, flag) rows; missing values dropped, sorted by year."""
        rows = sorted((r for r in rows if r[1] is not None and not math.isnan(float(r[1]))), key=lambda r: int(r[0]))
        return cls([int(r[0]) for r in rows], [float(r[1]) for r in rows], [str(r[2]) for r in rows],
                   [str(r[3]) for r in rows], [r[4] if isinstance(r[4], str) else None for r in rows])

    def where_kind(self, kind: str) -> YearSeries:
        keep = [i for i, k in enumerate(self.kinds) if k == kind]
        return YearSeries([self.years[i] for i in keep], [self.values[i] for i in keep],
                          [self.kinds[i] for i in keep], [self.datasets[i] for i in keep],
                          [self.flags[i] for i in keep])


@dataclass
class Prepared:
    """Result of ``prepare``: profiles by (area_code, year) (also under the requested year, None =
    latest) and the series of every area by (area_code, indicator) (or None)."""

    version: int
    year: int | None
    profiles: dict[tuple[str, int | None], DistrictProfile]
    series: dict[tuple[str, str], YearSeries] | None


def prepare(store: DataStore, areas: list[str], year: int | None, with_series: bool) -> Prepared:
    """Worker job: profiles of ``areas`` in ``year`` (None: each area's latest year) and, if asked,
    the yearly population and business series of all areas (one query)."""
    profiles: dict[tuple[str, int | None], DistrictProfile] = {}
    for a in areas:
        try:
            prof = district_profile(store, a, year)
        except HandwerksmonitorError:
            continue
        profiles[(a, year)] = prof
        profiles[(a, prof.year)] = prof
    series = None
    if with_series:
        rows = store.rows(
            "SELECT area_code, indicator, year, value, kind, dataset, flag FROM facts "
            "WHERE gewerbegruppe = 'insgesamt' AND indicator IN ('population', 'businesses') "
            "AND value IS NOT NULL ORDER BY area_code, indicator, year"
        )
        grouped: dict[tuple[str, str], list[tuple]] = {}
        for area, ind, *rest in rows:
            grouped.setdefault((str(area), str(ind)), []).append(tuple(rest))
        series = {k: YearSeries.from_rows(v) for k, v in grouped.items()}
    return Prepared(store.facts_version, year, profiles, series)


def xy_with_gaps(years: list[int], values: list[float], breaks: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """x/y arrays with NaN inserted at missing years and before method breaks (no line across them)."""
    import numpy as np

    xs: list[float] = []
    ys: list[float] = []
    prev: int | None = None
    for y, v in zip(years, values, strict=True):
        if prev is not None and (y != prev + 1 or y in breaks):
            xs.append(y - 0.5)
            ys.append(math.nan)
        xs.append(y)
        ys.append(v)
        prev = y
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


class ProfileData:
    """Profiles and yearly series of one store, cached per facts version."""

    def __init__(self, store: DataStore) -> None:
        self.store = store
        self._profiles: dict[tuple[str, int | None, int], DistrictProfile] = {}
        self._series: dict[tuple[str, str], YearSeries] | None = None

    @property
    def version(self) -> int:
        return self.store.facts_version

    def add(self, result: Prepared) -> None:
        """Keep a worker's result (ignored if the data changed since it started)."""
        if result.version != self.version:
            return
        if result.series is not None:
            self._series = result.series
        for (area, year), prof in result.profiles.items():
            self._profiles[(area, year, result.version)] = prof

    def cached(self, area_code: str, year: int | None) -> DistrictProfile | None:
        return self._profiles.get((area_code, year, self.version))

    def compute(self, area_code: str, year: int | None) -> DistrictProfile:
        """The profile of ``area_code`` in ``year`` (cached, else computed here), falling back to the
        area's latest year if that year does not exist. Raises HandwerksmonitorError."""
        prof = self.cached(area_code, year) or self.cached(area_code, None)
        if prof is not None:
            return prof
        try:
            prof = district_profile(self.store, area_code, year)
        except HandwerksmonitorError:
            if year is None:
                raise
            prof = district_profile(self.store, area_code, None)
        self._profiles[(area_code, prof.year, self.version)] = prof
        return prof

    def segments(self, area_code: str, indicator: str, official_only: bool) -> tuple[YearSeries, list[int]]:
        """Yearly values and the years that start a new method basis: the comparability breaks of the
        registry (core.breaks: the censuses for population, imports' declared breaks) inside the series, and
        any year the data flag ``b``."""
        if self._series is not None:
            series = self._series.get((area_code, indicator), YearSeries())
        else:
            series = YearSeries.from_rows(self.store.facts_rows(area_code, indicator))
        if official_only:
            series = series.where_kind("official")
        first = series.years[0] if series.years else 0
        last = series.years[-1] if series.years else 0
        flagged = {
            y for y, f in zip(series.years, series.flags, strict=True)
            if isinstance(f, str) and "b" in f and y != first  # a break before the first year: no mark
        }
        scope = ["population"] if indicator.startswith("population") else ["all"]
        registered = {b.year for b in comparability.in_span(first, last, scope, self.store)} if series.years else set()
        return series, sorted(flagged | registered)
