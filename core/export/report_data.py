"""Numbers of a district one-pager (Kreisprofil PDF) and of presentation slides, gathered from core.

Qt-free: ``gui.report`` and ``gui.presentation`` only draw what this returns. A part without data
(no group figures for the district, no forecast) is ``None`` and listed in ``missing`` with the
reason, so the page is still produced (and says what is absent) rather than failing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core import breaks as comparability
from core import provenance
from core.datastore import DataStore
from core.errors import HandwerksmonitorError
from core.figures import Figure
from core.forecast import inputs as forecast_inputs
from core.forecast import model as forecast_model
from core.forecast import scenarios as forecast_scenarios
from core.profile import DistrictProfile, GroupFigures, district_profile


@dataclass(frozen=True)
class KeyFigure:
    """One tile of the page: a German label, the figure (value, kind, dataset) and how to print it."""

    label: str
    figure: Figure
    unit: str
    decimals: int
    key: str = ""  # stable name (population, area, ...) so a translated page can relabel it
    year: int | None = None  # the year in the label, if any

    @property
    def value(self) -> float | None:
        return self.figure.value

    @property
    def kind(self) -> str:
        """Provenance kind; "estimate" is shown as "Schätzung"."""
        return self.figure.kind


@dataclass
class DistrictReportData:
    area_code: str
    name: str
    subtitle: str
    year: int | None
    datenstand: str
    key_figures: list[KeyFigure]
    groups: list[GroupFigures] | None  # the seven groups of the district (estimates)
    population: dict[int, float]  # official population series (31.12.)
    forecast: dict[str, Any] | None  # ForecastResult.to_json() of the district (one scenario)
    sources: list[dict[str, Any]]  # provenance records (to_dict shape) of everything on the page
    missing: list[tuple[str, str]] = field(default_factory=list)  # (part, reason)
    district_type: str = ""  # "urban" | "rural" (the subtitle's parts, for a translated page)
    state_name: str = ""
    chamber_name: str = ""
    population_breaks: list[Any] = field(default_factory=list)  # core.breaks.Break inside the series


def _profile(store: DataStore, area_code: str, missing: list[tuple[str, str]]) -> DistrictProfile | None:
    try:
        return district_profile(store, area_code)
    except HandwerksmonitorError as exc:
        missing.append(("Gewerbegruppen", exc.de))
        return None


def forecast_for(
    store: DataStore, area_code: str | None, scenario: str = "Basis", user_con: Any = None
) -> dict[str, Any]:
    """``to_json()`` of one forecast scenario for ``area_code`` (None = region)."""
    sc = forecast_scenarios.load(user_con, scenario)
    model = forecast_model.ForecastModel(forecast_inputs.load_inputs(store))
    return model.compute(sc.values, sc.name).to_json(area_code)


def _profile_figures(prof: DistrictProfile) -> list[KeyFigure]:
    year = prof.year
    return [
        KeyFigure(f"Einwohner am 31.12.{year}", prof.population_year, "", 0, "population", year),
        KeyFigure("Fläche", prof.area_km2, "km²", 1, "area"),
        KeyFigure("Einwohner je km²", prof.density_inhabitants_km2, "", 1, "density"),
        KeyFigure("Handwerksunternehmen", prof.businesses, "", 0, "businesses"),
        KeyFigure("Tätige Personen", prof.employees, "", 0, "employees"),
        KeyFigure("Betriebsdichte", prof.business_density, "", 1, "business_density"),
        KeyFigure("Tätige Personen je Unternehmen", prof.employees_per_business, "", 1, "employees_per_business"),
    ]


def _latest(store: DataStore, area_code: str, indicator: str) -> tuple[int, Figure] | None:
    """The latest yearly value of an indicator (official facts) as (year, Figure)."""
    df = store.facts_for([area_code], indicator)
    if df.empty:
        return None
    row = df.iloc[-1]
    return int(row["year"]), Figure(float(row["value"]), str(row["kind"]), str(row["dataset"] or ""))


def _fallback_figures(store: DataStore, area_code: str, population: dict[int, float]) -> list[KeyFigure]:
    """Without group data: the latest population, area and official business count."""
    last = max(population) if population else None
    pop = Figure(population.get(last) if last else None, "official", "population")
    figures = [KeyFigure(f"Einwohner am 31.12.{last}", pop, "", 0, "population", last)]
    area = _latest(store, area_code, "area_km2")
    if area is not None:
        figures.append(KeyFigure("Fläche", area[1], "km²", 1, "area"))
    bus = _latest(store, area_code, "businesses")
    if bus is not None:
        y, fig = bus
        figures.append(KeyFigure(f"Handwerksunternehmen {y}", fig, "", 0, "businesses_year", y))
    return figures


def district_report_data(
    store: DataStore, key: str, scenario: str = "Basis", user_con: Any = None
) -> DistrictReportData:
    """Everything the one-pager of district ``key`` (AGS, name or unique prefix) shows.

    Raises:
        UnknownDistrictError: ``key`` is not a district of the region.
    """
    region = store.region
    d = region.district(key)
    states = {a.code: a.name for a in region.comparison_areas}
    missing: list[tuple[str, str]] = []
    prof = _profile(store, d.ags, missing)
    pop_df = store.facts_for([d.ags], "population")
    population = {int(y): float(v) for y, v in zip(pop_df["year"], pop_df["value"], strict=True)}
    ids: list[str] = ["population"] if population else []
    if prof is not None:
        year: int | None = prof.year
        figures = _profile_figures(prof)
        groups: list[GroupFigures] | None = list(prof.groups.values()) or None
        ids += prof.source_ids
    else:
        year = max(population) if population else None
        figures = _fallback_figures(store, d.ags, population)
        groups = None
        ids += [i for f in figures[1:] for i in f.figure.dataset_ids]

    forecast = None
    try:
        forecast = forecast_for(store, d.ags, scenario, user_con)
        ids += [r["id"] for r in forecast.get("sources", []) if "id" in r]
    except HandwerksmonitorError as exc:
        missing.append(("Prognose", exc.de))
    ids.append("boundaries_districts")  # the map (BKG VG5000: the licence requires the credit)
    cat = provenance.bundled_catalog()
    sources = [cat[i].to_dict() for i in dict.fromkeys(ids) if i in cat]
    if forecast:
        sources += [r for r in forecast.get("sources", []) if r.get("id") not in cat]
    kind = "Kreisfreie Stadt" if d.type == "urban" else "Landkreis"
    return DistrictReportData(
        area_code=d.ags,
        name=d.name,
        subtitle=f"{kind} · {states.get(d.state, d.state)} · {d.chamber_name}",
        year=year,
        datenstand=store.datenstand(),
        key_figures=figures,
        groups=groups,
        population=population,
        population_breaks=(
            comparability.in_span(min(population), max(population), ["population"], store) if population else []
        ),
        forecast=forecast,
        sources=sources,
        missing=missing,
        district_type=d.type,
        state_name=states.get(d.state, d.state),
        chamber_name=d.chamber_name,
    )
