"""Branchenportfolio: each Gewerbegruppe's growth over a period against its location quotient.

As in the study ("Branchenportfolio (Beschäftigungsentwicklung 2010-2018)"): x = location quotient
against Germany (plain or log), y = relative employment change t0 -> t1, bubble size = employees at t1,
four named quadrants (see ``core.indicators.quadrant``). The group figures are estimates
(kind ``estimate``, "Schätzung"); ``kind`` per row says so (``estimate`` if any figure used is one). Recomputed by the GUI on every period change, so it runs on the
cached pivot of ``core.group_data`` (well under 20 ms after the first call).
"""

from __future__ import annotations

import pandas as pd

from core import breaks, group_data, indicators
from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN, DataStore
from core.errors import InvalidInputError, NoDataError

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


def portfolio(
    store: DataStore,
    area: str | None = None,
    start: int = indicators.DEFAULT_START,
    end: int = indicators.DEFAULT_END,
    measure: str = "employees",
) -> pd.DataFrame:
    """One row per Gewerbegruppe (study order) for ``area`` (default: the region total).

    growth = x_t1 / x_t0 - 1 and cagr = (x_t1 / x_t0)^(1/(t1-t0)) - 1 of ``measure`` in the area;
    lq = (x_g,r / x_r) / (x_g,DE / x_DE) at t1 (x = ``measure``, shares within the seven groups);
    log_lq = ln(lq); employees/businesses at t1; quadrant from (lq >= 1, growth >= 0).
    ``df.attrs``: area, area_name, start, end, measure, sources (provenance records with kind), breaks
    (``core.breaks`` dicts of every comparability break the period crosses: HwO 2020 for group values).
    """
    if measure not in MEASURES:
        raise InvalidInputError(
            f"Unbekanntes Maß „{measure}“. Gültig: {', '.join(MEASURES)}",
            f"Unknown measure '{measure}'. Valid: {', '.join(MEASURES)}",
        )
    ref = group_data.resolve_area(store.region, area)
    cf = group_data.craft_facts(store)
    check_period(cf, ref.code, start, end)
    x0 = cf.by_group(ref.code, measure, start)
    x1 = cf.by_group(ref.code, measure, end)
    de1 = cf.by_group(group_data.GERMANY, measure, end)
    pt = indicators.portfolio_table(x0, x1, de1, end - start)
    k0, k1 = cf.group_kinds(ref.code, measure, start), cf.group_kinds(ref.code, measure, end)
    k_de = cf.group_kinds(group_data.GERMANY, measure, end)
    kinds = [group_data.combined_kind(k0[g], k1[g], k_de[g]) or "estimate" for g in GEWERBEGRUPPEN]
    emp1 = x1 if measure == "employees" else cf.by_group(ref.code, "employees", end)
    bus1 = x1 if measure == "businesses" else cf.by_group(ref.code, "businesses", end)
    df = pd.DataFrame(
        {
            "gewerbegruppe": list(GEWERBEGRUPPEN),
            "gewerbegruppe_en": [GEWERBEGRUPPEN_EN[g] for g in GEWERBEGRUPPEN],
            "growth": pt["growth"].to_numpy(),
            "cagr": pt["cagr"].to_numpy(),
            "change": (x1 - x0).to_numpy(),
            "lq": pt["lq"].to_numpy(),
            "log_lq": pt["log_lq"].to_numpy(),
            "employees": emp1.to_numpy(),
            "businesses": bus1.to_numpy(),
            "quadrant": pt["quadrant"].to_numpy(),
            "quadrant_en": pt["quadrant_en"].to_numpy(),
            "kind": kinds,
        },
        columns=COLUMNS,
    )
    ids = cf.datasets_for([ref.code, group_data.GERMANY], [measure, "employees", "businesses"], groups_only=True)
    df.attrs.update(
        area=ref.code,
        area_name=ref.name,
        start=start,
        end=end,
        measure=measure,
        sources=group_data.source_records(ids, cf),
        breaks=breaks.as_dicts(breaks.crossing(start, end, ["groups"], store)),
    )
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
