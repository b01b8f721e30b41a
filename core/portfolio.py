"""Branchenportfolio: each Gewerbegruppe's growth over a period against its location quotient.

As in the study ("Branchenportfolio (Beschäftigungsentwicklung 2010-2018)"): x = location quotient
against Germany (plain or log), y = relative employment change t0 -> t1, bubble size = employees at t1,
four named quadrants (see ``core.indicators.quadrant``). The group figures are estimates
(kind ``estimate``, "Schätzung"); ``kind`` per row says so (``estimate`` if any figure used is one). Recomputed by the GUI on every period change, so it runs on the
cached pivot of ``core.group_data`` (well under 20 ms after the first call).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from core import breaks, group_data, indicators
from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN, DataStore
from core.errors import InvalidInputError, NoDataError

if TYPE_CHECKING:  # frames for the GUI and the command line; the export takes the plain rows
    import pandas as pd

MEASURES = ("employees", "businesses")
COLUMNS = [
    "gewerbegruppe",
    "gewerbegruppe_en",
    "growth",
    "cagr",
    "change",
    "lq",
    "log_lq",
    "employees",
    "businesses",
    "quadrant",
    "quadrant_en",
    "kind",
]


def check_period(cf: group_data.CraftFacts, area: str, start: int, end: int) -> None:
    """Raise NoDataError/InvalidInputError naming the valid years if the period cannot be computed."""
    years = cf.years(area)
    span = group_data.format_years(years)
    if start >= end:
        raise InvalidInputError(
            f"Der Zeitraum {start}–{end} ist ungültig: das Startjahr muss vor dem Endjahr liegen (Jahre mit Daten: {span}).",
            f"The period {start}–{end} is invalid: the start year must come before the end year (years with data: {span}).",
        )
    missing = [y for y in (start, end) if y not in years]
    if missing:
        raise NoDataError(
            f"Für {', '.join(map(str, missing))} gibt es keine Daten je Gewerbegruppe. Gültige Jahre: {span}.",
            f"There are no data per Gewerbegruppe for {', '.join(map(str, missing))}. Valid years: {span}.",
        )


@dataclass
class Portfolio:
    """One area's portfolio as plain rows (keys ``COLUMNS``, one per Gewerbegruppe in study order) and
    what the frame of :func:`portfolio` carries in ``attrs``."""

    rows: list[dict[str, Any]]
    area: str
    area_name: str
    start: int
    end: int
    measure: str
    sources: list[dict[str, Any]] = field(default_factory=list)
    breaks: list[dict[str, Any]] = field(default_factory=list)

    def attrs(self) -> dict[str, Any]:
        return {"area": self.area, "area_name": self.area_name, "start": self.start, "end": self.end,
                "measure": self.measure, "sources": self.sources, "breaks": self.breaks}


def _nansum(values: list[float]) -> float:
    """Sum without the missing values (as a pandas sum: 0 if none)."""
    total = 0.0
    for v in values:
        if not math.isnan(v):
            total += v
    return total


def portfolio_rows(
    store: DataStore,
    area: str | None = None,
    start: int = indicators.DEFAULT_START,
    end: int = indicators.DEFAULT_END,
    measure: str = "employees",
) -> Portfolio:
    """One row per Gewerbegruppe (study order) for ``area`` (default: the region total), no pandas.

    growth = x_t1 / x_t0 - 1 and cagr = (x_t1 / x_t0)^(1/(t1-t0)) - 1 of ``measure`` in the area;
    lq = (x_g,r / x_r) / (x_g,DE / x_DE) at t1 (x = ``measure``, shares within the seven groups);
    log_lq = ln(lq); employees/businesses at t1; quadrant from (lq >= 1, growth >= 0). ``sources``:
    provenance records with kind; ``breaks``: ``core.breaks`` dicts of every comparability break the period
    crosses (HwO 2020 for group values).
    """
    if measure not in MEASURES:
        raise InvalidInputError(
            f"Unbekanntes Maß „{measure}“. Gültig: {', '.join(MEASURES)}",
            f"Unknown measure '{measure}'. Valid: {', '.join(MEASURES)}",
        )
    ref = group_data.resolve_area(store.region, area)
    cf = group_data.craft_facts(store)
    check_period(cf, ref.code, start, end)
    x0 = cf.group_values(ref.code, measure, start)
    x1 = cf.group_values(ref.code, measure, end)
    de1 = cf.group_values(group_data.GERMANY, measure, end)
    sum_r, sum_de = _nansum(list(x1.values())), _nansum(list(de1.values()))
    k0, k1 = cf.group_kind_map(ref.code, measure, start), cf.group_kind_map(ref.code, measure, end)
    k_de = cf.group_kind_map(group_data.GERMANY, measure, end)
    emp1 = x1 if measure == "employees" else cf.group_values(ref.code, "employees", end)
    bus1 = x1 if measure == "businesses" else cf.group_values(ref.code, "businesses", end)
    lqs = [indicators.location_quotient(x1[g], sum_r, de1[g], sum_de) for g in GEWERBEGRUPPEN]
    # numpy's vector power and log, as the frame code had them (the scalar ones differ in the last bit)
    cagrs = indicators.cagr(np.array(list(x0.values())), np.array(list(x1.values())), end - start)
    log_lqs = indicators.log_location_quotient(np.array(lqs))
    rows = []
    for i, g in enumerate(GEWERBEGRUPPEN):
        growth = indicators.relative_change(x0[g], x1[g])
        quadrant = indicators.quadrant(lqs[i], growth)
        rows.append({
            "gewerbegruppe": g, "gewerbegruppe_en": GEWERBEGRUPPEN_EN[g], "growth": growth,
            "cagr": float(cagrs[i]), "change": x1[g] - x0[g], "lq": lqs[i], "log_lq": float(log_lqs[i]),
            "employees": emp1[g], "businesses": bus1[g], "quadrant": quadrant[0], "quadrant_en": quadrant[1],
            "kind": group_data.combined_kind(k0[g], k1[g], k_de[g]) or "estimate",
        })
    ids = cf.datasets_for([ref.code, group_data.GERMANY], [measure, "employees", "businesses"], groups_only=True)
    return Portfolio(rows, ref.code, ref.name, start, end, measure, group_data.source_records(ids, cf),
                     breaks.as_dicts(breaks.crossing(start, end, ["groups"], store)))


def portfolio(
    store: DataStore,
    area: str | None = None,
    start: int = indicators.DEFAULT_START,
    end: int = indicators.DEFAULT_END,
    measure: str = "employees",
) -> pd.DataFrame:
    """``portfolio_rows`` as a DataFrame (columns ``COLUMNS``); ``df.attrs``: area, area_name, start, end,
    measure, sources, breaks."""
    import pandas as pd

    p = portfolio_rows(store, area, start, end, measure)
    df = pd.DataFrame(p.rows, columns=COLUMNS)
    df.attrs.update(p.attrs())
    return df


def shift_share(
    store: DataStore,
    area: str | None = None,
    start: int = indicators.DEFAULT_START,
    end: int = indicators.DEFAULT_END,
) -> pd.DataFrame:
    """Shift-share decomposition of each group's employment change in ``area`` against Germany
    (national + structural + regional = actual change; see ``core.indicators.shift_share``)."""
    ref = group_data.resolve_area(store.region, area)
    cf = group_data.craft_facts(store)
    check_period(cf, ref.code, start, end)
    de = group_data.GERMANY
    out = indicators.shift_share(
        cf.by_group(ref.code, "employees", start),
        cf.by_group(ref.code, "employees", end),
        cf.by_group(de, "employees", start),
        cf.by_group(de, "employees", end),
    )
    out.index.name = "gewerbegruppe"
    out = out.reset_index()
    kinds = [cf.group_kinds(a, "employees", y) for a in (ref.code, de) for y in (start, end)]
    out["kind"] = [group_data.combined_kind(*(k[g] for k in kinds)) or "estimate" for g in GEWERBEGRUPPEN]
    out.attrs.update(
        area=ref.code,
        start=start,
        end=end,
        sources=group_data.source_records(cf.datasets_for([ref.code, de], ["employees"], groups_only=True), cf),
        breaks=breaks.as_dicts(breaks.crossing(start, end, ["groups"], store)),
    )
    return out
