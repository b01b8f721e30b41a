"""Owners by age band and the succession indicator ("Nachfolge"), from a chamber's own figures.

A register extract with the holders' dates of birth (core.imports.register) or the template's sheet
"Inhaber nach Alter" gives the owners of A and B1 businesses per district, Gewerbegruppe and year in
six bands (under 30, 30–39, 40–49, 50–59, 60–64, 65+; age on 31.12.). From them:

* ``aged_60plus`` = owners 60–64 + owners 65+ (businesses whose owner is 60 or older: the succession
  indicator "Nachfolge" — the study's recommendation 3);
* ``share_60plus`` = aged_60plus / owners with a known age (all six bands).

There is no estimate of owner ages: where no chamber figures exist the answer is None ("keine Daten").
"""

from __future__ import annotations

import math

from core import provenance
from core.datastore import GEWERBEGRUPPEN, TOTAL, DataStore

BANDS = ("u30", "30_39", "40_49", "50_59", "60_64", "65plus")
OLD = ("60_64", "65plus")
BAND_LABELS: dict[str, tuple[str, str]] = {
    "u30": ("unter 30", "under 30"), "30_39": ("30–39", "30–39"), "40_49": ("40–49", "40–49"),
    "50_59": ("50–59", "50–59"), "60_64": ("60–64", "60–64"), "65plus": ("65 und älter", "65 and over"),
}
INDICATORS = tuple(f"owners_{b}" for b in BANDS)


def band_label(band: str, lang: str = "de") -> str:
    de, en = BAND_LABELS[band]
    return en if lang == "en" else de


def _owner_rows(store: DataStore, areas: list[str], year: int | None = None):
    sql = ("SELECT area_code, year, indicator, gewerbegruppe, value, kind, dataset FROM facts "
           "WHERE indicator IN (SELECT unnest(?)) AND area_code IN (SELECT unnest(?)) AND value IS NOT NULL")
    params: list = [list(INDICATORS), areas]
    if year is not None:
        sql += " AND year = ?"
        params.append(year)
    return store.query(sql, params)


def owner_years(store: DataStore, area: str) -> list[int]:
    df = _owner_rows(store, [area])
    return sorted(int(y) for y in df["year"].unique())


def _summary(bands: dict[str, float]) -> dict:
    known = sum(bands.values())
    old = sum(bands[b] for b in OLD)
    return {"bands": bands, "owners_known": known, "aged_60plus": old,
            "share_60plus": (old / known) if known > 0 else None}


def owner_ages(store: DataStore, area: str, year: int | None = None) -> dict | None:
    """Owners by age band of one district (all groups and each group) in ``year`` (default: the latest
    year with owner figures), the number aged 60+ and their share; None where there are none."""
    years = owner_years(store, area)
    if not years:
        return None
    if year is None or year not in years:
        if year is not None and year > years[-1]:
            return None
        year = year if year in years else years[-1]
    df = _owner_rows(store, [area], year)
    if df.empty:
        return None
    kinds = sorted(set(df["kind"]))
    datasets = sorted({p for d in df["dataset"] for p in str(d).split(",")})
    out: dict = {"year": int(year), "kind": provenance.weakest(*kinds), "datasets": datasets,
                 "years_available": years, "by_group": {}}
    for g in (TOTAL, *GEWERBEGRUPPEN):
        sub = df[df["gewerbegruppe"] == g]
        if sub.empty:
            continue
        bands = {b: float(sub.loc[sub["indicator"] == f"owners_{b}", "value"].sum()) for b in BANDS}
        if g == TOTAL:
            out.update(_summary(bands))
        else:
            out["by_group"][g] = _summary(bands)
    if "bands" not in out and out["by_group"]:  # only per group: the total is their sum
        total = {b: sum(v["bands"][b] for v in out["by_group"].values()) for b in BANDS}
        out.update(_summary(total))
    return out


def succession_values(store: DataStore, year: int) -> dict[str, tuple[float, float, str, str]]:
    """{ags: (share of owners aged 60+ in %, number aged 60+, kind, dataset ids)} for the districts with
    owner figures in ``year``."""
    df = _owner_rows(store, store.region.district_codes, year)
    df = df[df["gewerbegruppe"] == TOTAL]
    out: dict[str, tuple[float, float, str, str]] = {}
    for ags, sub in df.groupby("area_code"):
        bands = {b: float(sub.loc[sub["indicator"] == f"owners_{b}", "value"].sum()) for b in BANDS}
        s = _summary(bands)
        if s["share_60plus"] is None:
            continue
        kind = provenance.weakest(*sorted(set(sub["kind"])))
        ids = ",".join(sorted({p for d in sub["dataset"] for p in str(d).split(",")}))
        out[str(ags)] = (100.0 * s["share_60plus"], s["aged_60plus"], kind, ids)
    return out


def succession_years(store: DataStore) -> list[int]:
    df = _owner_rows(store, store.region.district_codes)
    return sorted(int(y) for y in df.loc[df["gewerbegruppe"] == TOTAL, "year"].unique())


def is_nan(x: float | None) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))
