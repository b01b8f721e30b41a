"""Indicator formulas of the study "Zukunftsfaktor Handwerk" as pure functions.

Every function takes plain numbers, numpy arrays or pandas Series/DataFrames (so it can be tested on a
tiny hand-made dataset) and states its formula in the docstring. Queries against the bundled data
live in ``core.group_data`` (which calls these functions); nothing here touches a database.

Notation: ``B`` businesses (Unternehmen), ``E`` employees (tätige Personen), ``P`` inhabitants,
``g`` a Gewerbegruppe, ``r`` the area under study, ``DE`` Germany, ``t0``/``t1`` start/end year.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

# Plain numbers take a pure-Python path (the district profile needs neither numpy nor pandas);
# arrays and pandas objects import numpy/pandas on first use.
_NAN = float("nan")


def _scalar(x: Any) -> bool:
    return x is None or isinstance(x, int | float)  # numpy's float64 is a float


def _is_frame(x: Any) -> bool:
    return type(x).__module__.startswith("pandas") and hasattr(x, "where")

DEFAULT_START = 2010  # the study's period of comparison
DEFAULT_END = 2018

# Portfolio quadrants: (LQ >= 1, growth >= 0) -> (German name, English name)
QUADRANTS: dict[tuple[bool, bool], tuple[str, str]] = {
    (True, True): ("wachsende Leitbranche", "growing lead sector"),
    (False, True): ("Potenzial", "potential"),
    (True, False): ("schrumpfende Stärke", "shrinking strength"),
    (False, False): ("Problemfeld", "problem area"),
}


def _div(num: Any, den: Any) -> Any:
    """num / den with NaN instead of an error or infinity where den is 0 or missing."""
    if _scalar(num) and _scalar(den):
        n = _NAN if num is None else float(num)
        d = _NAN if den is None else float(den)
        return _NAN if d == 0 or math.isnan(d) else n / d
    import numpy as np

    if _is_frame(num) or _is_frame(den):
        nonzero: Any = den != 0
        den_ = den.where(nonzero) if _is_frame(den) else (np.nan if den == 0 else den)
        return num / den_
    num_a = np.asarray(num, dtype=float)
    den_a = np.asarray(den, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(den_a == 0, np.nan, num_a / np.where(den_a == 0, 1.0, den_a))
    return float(out) if out.ndim == 0 else out


def business_density(businesses: Any, population: Any) -> Any:
    """Betriebsdichte: businesses per 1,000 inhabitants, ``D = B / P * 1000``."""
    return _div(businesses, population) * 1000.0


def population_density(population: Any, area_km2: Any) -> Any:
    """Inhabitants per km²: ``P / A``."""
    return _div(population, area_km2)


def employees_per_business(employees: Any, businesses: Any) -> Any:
    """Average business size: ``E / B`` (tätige Personen je Unternehmen)."""
    return _div(employees, businesses)


def share(part: Any, total: Any) -> Any:
    """Share of a part in a total, as a fraction: ``s = x_g / x`` (0.28 = 28 %)."""
    return _div(part, total)


def shares(values: pd.Series) -> pd.Series:
    """Shares of each element of ``values`` in their sum: ``s_g = x_g / sum_h x_h``."""
    result: pd.Series = share(values, values.sum())
    return result


def absolute_change(start: Any, end: Any) -> Any:
    """Absolute change over a period: ``x_t1 - x_t0``."""
    return end - start


def relative_change(start: Any, end: Any) -> Any:
    """Relative change over a period as a fraction: ``x_t1 / x_t0 - 1`` (-0.06 = -6 %)."""
    return _div(end, start) - 1.0


def cagr(start: Any, end: Any, years: int) -> Any:
    """Compound annual growth rate: ``(x_t1 / x_t0) ** (1 / (t1 - t0)) - 1``.

    ``years`` is ``t1 - t0``; 0 years gives NaN. A non-positive start or end value gives NaN.
    """
    if years <= 0:
        return _div(end, start) * _NAN
    ratio = _div(end, start)
    if _scalar(ratio):
        return abs(ratio) ** (1.0 / years) - 1.0 if ratio > 0 else _NAN
    import numpy as np

    if _is_frame(ratio):
        positive: Any = ratio > 0
        return ratio.where(positive) ** (1.0 / years) - 1.0
    r = np.asarray(ratio, dtype=float)
    with np.errstate(invalid="ignore"):
        out = np.where(r > 0, np.abs(r) ** (1.0 / years) - 1.0, np.nan)
    return float(out) if out.ndim == 0 else out


def location_quotient(x_g_r: Any, x_r: Any, x_g_de: Any, x_de: Any) -> Any:
    """Lokalisationsfaktor (location quotient) against Germany.

    ``LQ_g = (x_g,r / x_r) / (x_g,DE / x_DE)``: the group's share in the area divided by its share in
    Germany. ``x`` is employees by default (the study's portfolio), businesses also work.
    LQ > 1: the group is over-represented in the area; LQ < 1: under-represented.
    """
    return _div(share(x_g_r, x_r), share(x_g_de, x_de))


def log_location_quotient(lq: Any) -> Any:
    """Natural log of the location quotient, ``ln(LQ)``: symmetric around 0 (0 = German average).

    The study's "stark negativer Lokalisationsfaktor" refers to this log form. LQ <= 0 gives NaN.
    """
    if _scalar(lq):
        return math.log(lq) if lq is not None and lq > 0 else _NAN
    import numpy as np

    if _is_frame(lq):
        positive: Any = lq > 0
        return np.log(lq.where(positive))
    a = np.asarray(lq, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(a > 0, np.log(np.where(a > 0, a, 1.0)), np.nan)
    return float(out) if out.ndim == 0 else out


def quadrant(lq: float, growth: float) -> tuple[str, str]:
    """Portfolio quadrant of a group, as (German, English) name.

    x = location quotient (or its log; LQ >= 1 is the same as ln LQ >= 0), y = growth over the period:
    LQ >= 1 & growth >= 0 "wachsende Leitbranche"; LQ < 1 & growth >= 0 "Potenzial";
    LQ >= 1 & growth < 0 "schrumpfende Stärke"; LQ < 1 & growth < 0 "Problemfeld".
    Missing LQ or growth gives ("", "").

    Classified as shown: LQ at two decimals, growth in percent at one decimal (rounded half away from
    zero, as every display does), so an LQ shown as "1,00" is never "below 1" (0.996 → 1.00 → LQ ≥ 1).
    """
    if lq is None or growth is None or math.isnan(lq) or math.isnan(growth):
        return ("", "")
    return QUADRANTS[(bool(_as_shown(lq, 2) >= 1), bool(_as_shown(growth * 100, 1) >= 0))]


def _as_shown(value: float, decimals: int) -> Decimal:
    """``value`` rounded as the displays round it (half away from zero)."""
    q = Decimal(abs(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return q if value >= 0 or q == 0 else -q


def portfolio_table(
    start_r: pd.Series, end_r: pd.Series, end_de: pd.Series, years: int, use_log: bool = False
) -> pd.DataFrame:
    """Portfolio position of each group (index = group).

    ``start_r``/``end_r``: the measure (employees) per group in the area at t0 and t1; ``end_de``: the
    same for Germany at t1. Columns: growth = relative change t0->t1, cagr, lq (at t1, against
    Germany, shares within all groups), log_lq, size (= end_r, the bubble size), quadrant, quadrant_en.
    ``x`` is log_lq if ``use_log`` else lq (the quadrant is the same either way).
    """
    import pandas as pd

    out = pd.DataFrame(index=end_r.index)
    out["growth"] = relative_change(start_r, end_r)
    out["cagr"] = cagr(start_r, end_r, years)
    out["lq"] = location_quotient(end_r, end_r.sum(), end_de.reindex(end_r.index), end_de.sum())
    out["log_lq"] = log_location_quotient(out["lq"])
    out["x"] = out["log_lq"] if use_log else out["lq"]
    out["size"] = end_r
    q = [quadrant(lq, g) for lq, g in zip(out["lq"], out["growth"], strict=True)]
    out["quadrant"] = [a for a, _ in q]
    out["quadrant_en"] = [b for _, b in q]
    return out


def shift_share(e0_r: pd.Series, e1_r: pd.Series, e0_de: pd.Series, e1_de: pd.Series) -> pd.DataFrame:
    """Shift-share decomposition of the employment change of each group i in area r.

    With growth rates ``g_DE = E1_DE / E0_DE - 1`` (all groups in Germany), ``g_i,DE`` (group i in
    Germany) and ``g_i,r`` (group i in r), and ``E0 = E0_i,r``:

    - national (Konjunktur-) component  ``N_i = E0 * g_DE``
    - structural (industry-mix) component ``S_i = E0 * (g_i,DE - g_DE)``
    - regional (competitive) component  ``R_i = E0 * (g_i,r - g_i,DE)``

    ``N_i + S_i + R_i = E0 * g_i,r = E1_i,r - E0_i,r`` (the actual change), by construction.
    Index = groups; columns: e0, e1, change, national, structural, regional.
    """
    import pandas as pd

    idx = e0_r.index
    e0_de = e0_de.reindex(idx)
    e1_de = e1_de.reindex(idx)
    g_de = e1_de.sum() / e0_de.sum() - 1.0
    g_i_de = relative_change(e0_de, e1_de)
    g_i_r = relative_change(e0_r, e1_r)
    out = pd.DataFrame(index=idx)
    out["e0"] = e0_r
    out["e1"] = e1_r
    out["change"] = e1_r - e0_r
    out["national"] = e0_r * g_de
    out["structural"] = e0_r * (g_i_de - g_de)
    out["regional"] = e0_r * (g_i_r - g_i_de)
    return out
