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
from typing import Any

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


def _owner_sql(areas: list[str], year: int | None) -> tuple[str, list[Any]]:
    sql = ("SELECT area_code, year, indicator, gewerbegruppe, value, kind, dataset FROM facts "
           "WHERE indicator IN (SELECT unnest(?)) AND area_code IN (SELECT unnest(?)) AND value IS NOT NULL")
    params: list[Any] = [list(INDICATORS), areas]
    if year is not None:
        sql += " AND year = ?"
        params.append(year)
    return sql, params


Row = tuple[str, int, str, str, float, str, str]  # area, year, indicator, group, value, kind, dataset


def _owner_rows(store: DataStore, areas: list[str], year: int | None = None) -> list[Row]:
    """Owner facts as plain rows (no pandas: the profile command stays light)."""
    sql = ("SELECT area_code, year, indicator, gewerbegruppe, value, kind, dataset FROM facts "
           "WHERE indicator IN (SELECT unnest(?)) AND area_code IN (SELECT unnest(?)) AND value IS NOT NULL")
    params: list[Any] = [list(INDICATORS), areas]
    if year is not None:
        sql += " AND year = ?"
        params.append(year)
    rows = store.rows(sql, params)
    return [(str(a), int(y), str(i), str(g), float(v), str(k), str(d)) for a, y, i, g, v, k, d in rows]


def owner_years(store: DataStore, area: str) -> list[int]:
    return sorted({r[1] for r in _owner_rows(store, [area])})


def _summary(bands: dict[str, float]) -> dict[str, Any]:
    known = sum(bands.values())
    old = sum(bands[b] for b in OLD)
    return {"bands": bands, "owners_known": known, "aged_60plus": old,
            "share_60plus": (old / known) if known > 0 else None}


def _bands(rows: list[Row]) -> dict[str, float]:
    return {b: float(sum(r[4] for r in rows if r[2] == f"owners_{b}")) for b in BANDS}


def _datasets(rows: list[Row]) -> list[str]:
    return sorted({p for r in rows for p in r[6].split(",") if p})


def owner_ages(store: DataStore, area: str, year: int | None = None) -> dict[str, Any] | None:
    """Owners by age band of one district (all groups and each group) in ``year`` (default: the latest
    year with owner figures), the number aged 60+ and their share; None where there are none."""
    years = owner_years(store, area)
    if not years:
        return None
    if year is None:
        year = years[-1]
    elif year not in years:
        return None
    rows = _owner_rows(store, [area], year)
    if not rows:
        return None
    out: dict[str, Any] = {"year": int(year), "kind": provenance.weakest(*sorted({r[5] for r in rows})),
                 "datasets": _datasets(rows), "years_available": years, "by_group": {}}
    for g in (TOTAL, *GEWERBEGRUPPEN):
        sub = [r for r in rows if r[3] == g]
        if not sub:
            continue
        if g == TOTAL:
            out.update(_summary(_bands(sub)))
        else:
            out["by_group"][g] = _summary(_bands(sub))
    if "bands" not in out and out["by_group"]:  # only per group: the total is their sum
        total = {b: sum(v["bands"][b] for v in out["by_group"].values()) for b in BANDS}
        out.update(_summary(total))
    return out


def succession_values(store: DataStore, year: int) -> dict[str, tuple[float, float, str, str]]:
    """{ags: (share of owners aged 60+ in %, number aged 60+, kind, dataset ids)} for the districts with
    owner figures in ``year``."""
    rows = [r for r in _owner_rows(store, store.region.district_codes, year) if r[3] == TOTAL]
    out: dict[str, tuple[float, float, str, str]] = {}
    for ags in sorted({r[0] for r in rows}):
        sub = [r for r in rows if r[0] == ags]
        s = _summary(_bands(sub))
        if s["share_60plus"] is None:
            continue
        kind = provenance.weakest(*sorted({r[5] for r in sub}))
        out[ags] = (100.0 * s["share_60plus"], s["aged_60plus"], kind, ",".join(_datasets(sub)))
    return out


def succession_years(store: DataStore) -> list[int]:
    return sorted({r[1] for r in _owner_rows(store, store.region.district_codes) if r[3] == TOTAL})


def is_nan(x: float | None) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))
