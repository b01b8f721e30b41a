"""Plausible ranges per indicator and area level: a check that catches a wrong unit, a shifted column or
a cut-off number before it is stored as official data.

The bounds are generous (a factor of about two around the largest and smallest German values) so that a
correct figure is never refused; what they refuse is the impossible: 1e20 inhabitants, 3 inhabitants in
a Kreis, a craft sector larger than Germany's. Levels: a Kreis (5-digit AGS), a state (2-digit) or a
Regierungsbezirk (3-digit), Germany (``DG``), or a region (the sum of its districts). Counts of people
and businesses are whole numbers.

Largest and smallest German values behind the bounds (Destatis, 2022/2023): Kreis population 34,000
(Zweibrücken) to 3.8 million (Berlin); state 0.68 (Bremen) to 18 million; Germany 84 million; craft
businesses about 1 million and 5.6 million persons employed in crafts in Germany; 35 million employees
subject to social insurance; craft turnover about 700 billion EUR (= 7·10^8 thousand EUR).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.imports.model import indicator_label

_M = 1_000_000


@dataclass(frozen=True)
class Bounds:
    district: tuple[float, float]
    state: tuple[float, float]
    country: tuple[float, float]
    whole: bool = True  # a count: must be a whole number

    def for_level(self, level: str) -> tuple[float, float]:
        if level == "district":
            return self.district
        if level == "country":
            return self.country
        return self.state  # state, Regierungsbezirk, region


_POP_PART = Bounds((100, 4 * _M), (10_000, 15 * _M), (_M, 80 * _M))
_CRAFT_PEOPLE = Bounds((0, 600_000), (0, 2_500_000), (0, 12 * _M))
_CRAFT_UNITS = Bounds((0, 60_000), (0, 250_000), (0, 2 * _M))

RANGES: dict[str, Bounds] = {
    "population": Bounds((20_000, 5 * _M), (300_000, 20 * _M), (50 * _M, 100 * _M)),
    "population_u15": _POP_PART,
    "population_15_64": _POP_PART,
    "population_65plus": _POP_PART,
    "businesses": _CRAFT_UNITS,
    "employees": _CRAFT_PEOPLE,
    "sv_employees_craft": _CRAFT_PEOPLE,
    "sv_employees_total": Bounds((0, 2_500_000), (0, 10 * _M), (0, 50 * _M)),
    "turnover_teur": Bounds((0, 100 * _M), (0, 500 * _M), (0, 2_000 * _M), whole=False),
    "apprentices": Bounds((0, 60_000), (0, 150_000), (0, _M)),
    "survey_n": Bounds((1, 100_000), (1, 100_000), (1, 100_000)),
}
PREFIX_RANGES: dict[str, Bounds] = {
    "owners_": _CRAFT_UNITS,
    "survey_pct_": Bounds((0, 100), (0, 100), (0, 100), whole=False),
}


def bounds(indicator: str) -> Bounds | None:
    if indicator in RANGES:
        return RANGES[indicator]
    return next((b for p, b in PREFIX_RANGES.items() if indicator.startswith(p)), None)


def level_of(area_code: str) -> str:
    code = str(area_code)
    if code == "DG":
        return "country"
    if code.isdigit():
        return {5: "district", 2: "state", 3: "state"}.get(len(code), "district")
    return "region"


_LEVEL = {"district": ("einen Kreis", "a district"), "state": ("ein Land", "a state"),
          "country": ("Deutschland", "Germany"), "region": ("die Region", "the region")}


def _de(x: float) -> str:
    return f"{x:,.0f}".replace(",", ".") if x == int(x) else f"{x:,.2f}".replace(",", "§").replace(".", ",").replace("§", ".")


def _en(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"


def problem(indicator: str, area_code: str, value: float) -> tuple[str, str] | None:
    """(German, English) message if ``value`` is impossible for ``indicator`` in that area, else None."""
    b = bounds(indicator)
    if b is None or value != value:  # unknown indicator / NaN is reported elsewhere
        return None
    level = level_of(area_code)
    lo, hi = b.for_level(level)
    label_de, label_en = indicator_label(indicator, "de"), indicator_label(indicator, "en")
    if b.whole and value != int(value):
        return (f"{label_de}: „{_de(value)}“ ist keine ganze Zahl. Erwartet: eine Anzahl ohne Nachkommastellen.",
                f"{label_en}: '{_en(value)}' is not a whole number. Expected: a count without decimals.")
    if not lo <= value <= hi:
        where_de, where_en = _LEVEL[level]
        return (f"Unplausibel: {label_de} {_de(value)} für {area_code}. Erwartet für {where_de}: {_de(lo)} bis "
                f"{_de(hi)}. Bitte Zahl, Einheit und Spalte prüfen.",
                f"Implausible: {label_en} {_en(value)} for {area_code}. Expected for {where_en}: {_en(lo)} to "
                f"{_en(hi)}. Please check number, unit and column.")
    return None
