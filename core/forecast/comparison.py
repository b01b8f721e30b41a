"""Where the model stands among the published projections ("Vergleich").

Each published projection of a change (``forecast_anchors_external``: QuBe, Prognos, BA, Bertelsmann, BBSR …)
becomes one entry with its source, area, field, indicator, years and value, and beside it the model's
change of supply and demand for the nearest area and field the model has, to 2035, to 2040 and to the
published target year.

Like for like: published projections count persons (labour demand = Erwerbstätige, supply = labour force or
people trained in the occupation), so the model is reported in persons too — supply = the craft workforce
W, demand = labour demand D / (1 + p)^(t − t0) (the demand for craft services divided by the output per
worker). The gap in % is the same either way. For entries about the working-age population or the
population the model's own projection of that driver is given as well.

Matching (stated in every entry's ``model``): Germany and East Germany → the whole region (the model has no
national run); a state → the region's districts in that state; a district → that district; SHK occupations →
Ausbaugewerbe; construction (Bau) → Bauhaupt- and Ausbaugewerbe; Bauhauptgewerbe → Bauhauptgewerbe; all
occupations → all seven groups. Rows that are not a projected change (observed values, gaps, vacancies,
demand drivers such as heat-pump sales) are not compared.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from core.forecast.model import ForecastResult

MARK_YEARS = (2035, 2040)
_SKIP_INDICATOR = re.compile(
    r"gap|vacanc|needed|retire|sales|systems|dwelling|qualitative|open positions|missing|employment needed",
    re.IGNORECASE,
)
_STATES = {"sachsen": "14", "sachsen-anhalt": "15", "thueringen": "16", "thüringen": "16"}
_DISTRICT_NAMES = {
    "leipzig (stadt)": "14713",
    "halle (saale)": "15002",
    "anhalt-bitterfeld": "15082",
    "burgenlandkreis": "15084",
    "mansfeld-suedharz": "15087",
    "mansfeld-südharz": "15087",
    "saalekreis": "15088",
    "altenburger land": "16077",
    "landkreis leipzig": "14729",
    "nordsachsen": "14730",
}


def _side(indicator: str) -> str:
    t = indicator.lower()
    if "working-age" in t or "working age" in t or "18-64" in t or "15-65" in t:
        return "working_age"
    if "population" in t and "labour" not in t:
        return "population"
    if "supply" in t or "potential" in t or "erwerbspersonen" in t or "labour force" in t:
        return "supply"
    if "erwerbstaetige" in t or "demand" in t or "jobs" in t or "employ" in t:
        return "demand"
    return ""


def _series(indicator: str) -> str:
    """Tells apart two series of the same side of one source (QuBe: supply by learned occupation vs. labour
    force working in the occupation)."""
    t = indicator.lower()
    return "learned" if "learned" in t else "in_occupation" if "in occupation" in t else ""


def _years(text: str) -> tuple[int | None, int] | None:
    t = str(text).strip()
    m = re.fullmatch(r"((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})", t)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = re.fullmatch(r"((?:19|20)\d{2})", t)
    if m:
        return None, int(m.group(1))
    return None


def _number(text: Any) -> tuple[float, bool] | None:
    """(value, approximate) of "−15.8", "about -20"; None for ranges and words."""
    t = str(text).strip().lower()
    approx = t.startswith(("about", "rund", "~"))
    t = re.sub(r"^(about|rund|~)\s*", "", t)
    try:
        return float(t), approx
    except ValueError:
        return None


def _model_area(area: str, result: ForecastResult) -> tuple[list[int], str] | None:
    """District indexes and a label of the model's area for a published area ([] = not comparable)."""
    a = area.strip().lower()
    if a.startswith(("germany", "east german")) or a.startswith("innovationsregion") or a.startswith("mitteldeutsch"):
        return list(range(len(result.districts))), result.region_name
    if a in _STATES and result.district_states:
        idx = [i for i, s in enumerate(result.district_states) if s == _STATES[a]]
        names = ", ".join(result.district_names[i] for i in idx)
        return (idx, f"{result.region_name}: {names}") if idx else None
    codes = [_DISTRICT_NAMES.get(part.strip()) for part in a.split(";")]
    if codes and all(codes):
        idx = [result.districts.index(c) for c in codes if c in result.districts]
        if len(idx) == len(codes):
            return idx, ", ".join(result.district_names[i] for i in idx)
    return None


def _model_groups(field: str, groups: list[str]) -> tuple[list[int], str, str] | None:
    """Group indexes and the label of the model's field, German and English, for a published field."""
    f = field.lower()
    if f.startswith("all") or "overwhelmingly craft" in f or "population" in f:
        return list(range(len(groups))), "alle Gewerbegruppen", "all craft groups"
    if "klempner" in f or "sanit" in f or "kldb 342" in f or "shk" in f:
        return [groups.index("Ausbaugewerbe")], "Ausbaugewerbe", "finishing trades"
    if "bauhauptgewerbe" in f:
        return [groups.index("Bauhauptgewerbe")], "Bauhauptgewerbe", "main construction trades"
    if f.startswith("bau") or "construction" in f:
        return ([groups.index("Bauhauptgewerbe"), groups.index("Ausbaugewerbe")], "Bauhaupt- und Ausbaugewerbe",
                "main construction and finishing trades")
    return None


def published_changes(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Published projected changes in % (as published, or derived from two published levels of the same
    series, then ``derived``), one per source, area, field, side and years."""
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    levels: dict[tuple[Any, ...], dict[int, dict[str, Any]]] = {}
    for r in rows:
        ind = str(r.get("indicator", ""))
        side = _side(ind)
        if not side or _SKIP_INDICATOR.search(ind) or str(r.get("scenario", "")).lower() == "observed":
            continue
        years = _years(str(r.get("year", "")))
        num = _number(r.get("value"))
        if years is None or num is None:
            continue
        unit = str(r.get("unit", "")).strip()
        key_base = (r.get("source_short"), r.get("area"), r.get("occupation_field"), side, _series(ind))
        if unit.startswith("%"):
            base, target = years
            if base is None and (m := re.search(r"vs\.?\s*((?:19|20)\d{2})", ind)):
                base = int(m.group(1))  # "change Erwerbstaetige vs 2023"
            if target < 2025:
                continue
            out.setdefault((*key_base, base, target), _entry(r, side, base, target, num[0], num[1], False))
        elif years[0] is None and unit in ("persons", "million persons"):
            levels.setdefault((*key_base, str(r.get("indicator")), str(r.get("scenario"))), {})[years[1]] = r
    for key, by_year in levels.items():
        ys = sorted(by_year)
        if len(ys) < 2:
            continue
        base = ys[0]
        for target in ys[1:]:
            if target < 2025:
                continue
            change = 100.0 * (float(by_year[target]["value"]) / float(by_year[base]["value"]) - 1.0)
            k = (*key[:5], base, target)
            if k not in out:
                out[k] = _entry(by_year[target], key[3], base, target, round(change, 1), False, True)
    return list(out.values())


def _entry(
    r: dict[str, Any], side: str, base: int | None, target: int, value: float, approx: bool, derived: bool
) -> dict[str, Any]:
    note = str(r.get("note", ""))
    return {
        "source": str(r.get("source_short", "")),
        "publisher": str(r.get("publisher", "")),
        "title": str(r.get("title", "")),
        "year_published": r.get("year_published"),
        "area": str(r.get("area", "")),
        "field": str(r.get("occupation_field", "")),
        "indicator": str(r.get("indicator", "")),
        "side": side,
        "series": _series(str(r.get("indicator", ""))),
        "years": [base, target],
        "value_pct": value,
        "approximate": approx or "at least" in str(r.get("unit", "")),
        "derived": derived or note.lower().startswith("derived"),
        "scenario": str(r.get("scenario", "")),
        "source_url": str(r.get("source_url", "")),
        "note": note,
        "kind": "published",
        "dataset": "forecast_anchors_external",
    }


def _pct(series: np.ndarray, i0: int, i1: int) -> float | None:
    a, b = float(series[i0]), float(series[i1])
    return None if a <= 0 else round(100.0 * (b / a - 1.0), 1)


def compare(result: ForecastResult, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every published projected change with the model's figures beside it (see the module docstring)."""
    years = [int(y) for y in result.years]
    t0 = years[0]
    labour_demand = result.labour_demand
    out = []
    for e in published_changes(rows):
        area = _model_area(e["area"], result)
        groups = _model_groups(e["field"], result.groups)
        if area is None or groups is None:
            continue
        idx, area_label = area
        gi, field_label, field_en = groups
        base = max(e["years"][0] or t0, t0)
        if base not in years:
            continue
        i0 = years.index(base)
        sup = result.workforce[idx][:, gi, :].sum(axis=(0, 1))
        dem = labour_demand[idx][:, gi, :].sum(axis=(0, 1))
        pop = result.population[idx].sum(axis=0)  # (3, T)
        model: dict[str, Any] = {
            "area": area_label,
            "field": field_label,
            "field_en": field_en,
            "from": base,
            "supply_pct": {},
            "demand_pct": {},
            "unit": "Personen (Arbeitskräfte; Nachfrage = Leistung / Leistung je Arbeitskraft)",
            "unit_en": "persons (workers; demand = output / output per worker)",
            "kind": "projection",
        }
        for y in (*MARK_YEARS, e["years"][1]):
            if y in years and y > base:
                model["supply_pct"][str(y)] = _pct(sup, i0, years.index(y))
                model["demand_pct"][str(y)] = _pct(dem, i0, years.index(y))
        if e["side"] in ("working_age", "population") and e["years"][1] in years:
            driver = pop[1] if e["side"] == "working_age" else pop.sum(axis=0)
            model["driver"] = "15- bis 64-Jährige" if e["side"] == "working_age" else "Bevölkerung"
            model["driver_en"] = "people aged 15–64" if e["side"] == "working_age" else "population"
            model["driver_pct"] = _pct(driver, i0, years.index(e["years"][1]))
        model["same_measure_pct"] = same_measure(e["side"], model, e["years"][1])
        if e["years"][0] is not None and e["years"][0] < t0:
            model["note"] = f"Modell ab {t0} (Basisjahr), Veröffentlichung ab {e['years'][0]}"
            model["note_en"] = f"model from {t0} (base year), publication from {e['years'][0]}"
        elif e["years"][0] is None:
            model["note"] = f"Basisjahr der Veröffentlichung nicht angegeben; Modell ab {t0}"
            model["note_en"] = f"base year of the publication not stated; model from {t0}"
        out.append({**e, "model": model})
    return out


def same_measure(side: str, model: dict[str, Any], target: int) -> float | None:
    """The model's change of the measure a publication projects, over the same years: its supply, its demand,
    or (for a working-age or population figure) its own projection of that driver."""
    key = {"supply": "supply_pct", "demand": "demand_pct"}.get(side)
    value = model[key].get(str(target)) if key else model.get("driver_pct")
    return None if value is None else float(value)


_AREA_LABELS = {
    "germany": ("Deutschland", "Germany"),
    "thueringen": ("Thüringen", "Thuringia"),
    "sachsen": ("Sachsen", "Saxony"),
    "sachsen-anhalt": ("Sachsen-Anhalt", "Saxony-Anhalt"),
    "mansfeld-suedharz": ("Mansfeld-Südharz", "Mansfeld-Südharz"),
    "mansfeld-suedharz; altenburger land": ("Mansfeld-Südharz; Altenburger Land", "Mansfeld-Südharz; Altenburger Land"),
    "leipzig (stadt)": ("Leipzig, Stadt", "Leipzig (city)"),
    "innovationsregion mitteldeutschland (9 districts)": ("IRMD (9 Kreise)", "IRMD (9 districts)"),
}


def area_label(area: str, lang: str = "de") -> str:
    """The published area as the user reads it (the data file spells it in ASCII English)."""
    pair = _AREA_LABELS.get(area.strip().lower())
    return (pair[1] if lang == "en" else pair[0]) if pair else area


def field_label(field: str, lang: str = "de", short: bool = False) -> str:
    """A short name of the published field ("SHK-Berufe", "alle", "–" for a population figure; ``short``:
    "SHK occ." for a narrow column)."""
    t = field.lower()
    en = lang == "en"
    if "kldb 342" in t:
        return ("SHK occ." if short else "SHK occupations") if en else "SHK-Berufe"
    if t.startswith("all"):
        return "all" if en else "alle"
    if t.startswith("population"):
        return "–"
    return field
