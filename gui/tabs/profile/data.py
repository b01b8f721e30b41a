"""What the Kreisprofile tab computes off the GUI thread, and the caches it fills (no widgets here).

``prepare`` is the worker job: the profiles of some areas in one year and, once, the yearly
population and business series of every area. ``ProfileData`` keeps the results keyed by
(area_code, year, facts version), so a click only fills widgets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.datastore import DataStore
from core.errors import HandwerksmonitorError
from core.profile import DistrictProfile, district_profile

SERIES_COLUMNS = ["area_code", "year", "value", "kind", "dataset", "flag"]


@dataclass
class Prepared:
    """Result of ``prepare``: profiles by (area_code, year) (also under the requested year, None =
    latest) and the series frame (or None)."""

    version: int
    year: int | None
    profiles: dict[tuple[str, int | None], DistrictProfile]
    series: pd.DataFrame | None


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
        series = store.query(
            "SELECT area_code, year, indicator, value, flag, kind, dataset FROM facts "
            "WHERE gewerbegruppe = 'insgesamt' AND indicator IN ('population', 'businesses') "
            "AND value IS NOT NULL ORDER BY area_code, indicator, year"
        )
    return Prepared(store.facts_version, year, profiles, series)


def xy_with_gaps(years: list[int], values: list[float], breaks: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """x/y arrays with NaN inserted at missing years and before method breaks (no line across them)."""
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
        self._series: dict[tuple[str, str], pd.DataFrame] | None = None
        self._series_empty = pd.DataFrame(columns=SERIES_COLUMNS)

    @property
    def version(self) -> int:
        return self.store.facts_version

    def add(self, result: Prepared) -> None:
        """Keep a worker's result (ignored if the data changed since it started)."""
        if result.version != self.version:
            return
        if result.series is not None:
            frame = result.series
            self._series_empty = frame.iloc[0:0]
            self._series = {
                (str(a), str(i)): sub for (a, i), sub in frame.groupby(["area_code", "indicator"])
            }
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

    def segments(self, area_code: str, indicator: str, official_only: bool) -> tuple[pd.DataFrame, list[int]]:
        """Yearly values and the years that start a new method basis (flag ``b``)."""
        if self._series is not None:
            df = self._series.get((area_code, indicator), self._series_empty)
        else:
            df = self.store.facts_for([area_code], indicator)
        if official_only:
            df = df[df["kind"] == "official"]
        df = df.dropna(subset=["value"]).sort_values("year")
        first = int(df["year"].iloc[0]) if len(df) else 0
        breaks = [
            int(y)
            for y, f in zip(df["year"], df["flag"], strict=True)
            if isinstance(f, str) and "b" in f and int(y) != first  # a break before the first year: no mark
        ]
        return df, breaks
