"""Numbers of a district one-pager (Kreisprofil PDF) and of presentation slides, gathered from core.

Qt-free: ``gui.report`` and ``gui.presentation`` only draw what this returns. Each part is optional:
a part whose core module is missing or has no data is ``None`` and listed in ``missing`` with the
reason, so the page is still produced (and says what is absent) rather than failing.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from core import provenance
from core.datastore import DataStore
from core.errors import HandwerksmonitorError


@dataclass
class KeyFigure:
    label: str
    value: float | None
    unit: str
    decimals: int
    kind: str  # provenance kind; "estimate" is shown as "Schätzung"
    key: str = ""  # stable name (population, area, ...) so a translated page can relabel it
    year: int | None = None  # the year in the label, if any


@dataclass
class DistrictReportData:
    ags: str
    name: str
    subtitle: str
    year: int | None
    datenstand: str
    key_figures: list[KeyFigure]
    groups: list[dict] | None  # rows: gewerbegruppe, businesses, employees, share_employees, lq, kind
    population: dict[int, float]  # official population series (31.12.)
    forecast: dict | None  # ForecastResult.to_json() of the district (one scenario)
    sources: list[dict]  # provenance records (to_dict shape) of everything on the page
    missing: list[tuple[str, str]] = field(default_factory=list)  # (part, reason)
    district_type: str = ""  # "urban" | "rural" (the subtitle's parts, for a translated page)
    state_name: str = ""
    chamber_name: str = ""


def _optional(module: str) -> Any | None:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise


def _profile(store: DataStore, ags: str, missing: list) -> dict | None:
    mod = _optional("core.profile")
    if mod is None:
        missing.append(("Kennzahlen", "Modul core.profile fehlt"))
        return None
    try:
        return mod.district_profile(store, ags)
    except HandwerksmonitorError as exc:
        missing.append(("Gewerbegruppen", exc.de))
        return None


def forecast_for(store: DataStore, area: str | None, scenario: str = "Basis", user_con: Any = None) -> dict:
    """``to_json()`` of one forecast scenario for ``area`` (None = region); raises if unavailable."""
    model_mod = _optional("core.forecast.model")
    inputs_mod = _optional("core.forecast.inputs")
    sc_mod = _optional("core.forecast.scenarios")
    if model_mod is None or inputs_mod is None or sc_mod is None:
        raise HandwerksmonitorError("Prognosemodul fehlt", "forecast module missing")
    sc = sc_mod.load(user_con, scenario)
    model = model_mod.ForecastModel(inputs_mod.load_inputs(store))
    return model.compute(sc.values, sc.name).to_json(area)


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
    ids: list[str] = []
    prof = _profile(store, d.ags, missing)
    pop_df = store.facts_for([d.ags], "population")
    population = {int(y): float(v) for y, v in zip(pop_df["year"], pop_df["value"], strict=True)}
    ids += ["population"] if population else []
    figures: list[KeyFigure] = []
    year = None
    groups = None
    if prof is not None:
        year = prof["year"]
        bd = prof.get("business_density", {}).get("area", {})
        est = "estimate" in (prof["businesses"]["kind"], prof["employees"]["kind"])
        figures = [
            KeyFigure(
                f"Einwohner am 31.12.{year}", prof.get("population_year"), "", 0, "official", "population", year
            ),
            KeyFigure("Fläche", prof.get("area_km2"), "km²", 1, "official", "area"),
            KeyFigure("Einwohner je km²", prof.get("density_inhabitants_km2"), "", 1, "official", "density"),
            KeyFigure(
                "Handwerksunternehmen",
                prof["businesses"]["value"],
                "",
                0,
                prof["businesses"]["kind"],
                "businesses",
            ),
            KeyFigure(
                "Tätige Personen", prof["employees"]["value"], "", 0, prof["employees"]["kind"], "employees"
            ),
            KeyFigure(
                "Betriebe je 1.000 Einw.", bd.get("value"), "", 1, bd.get("kind", ""), "business_density"
            ),
            KeyFigure(
                "Personen je Betrieb",
                prof.get("employees_per_business"),
                "",
                1,
                "estimate" if est else "official",
                "employees_per_business",
            ),
        ]
        groups = [{"gewerbegruppe": g, **v} for g, v in prof.get("groups", {}).items()] or None
        ids += [r["id"] for r in prof.get("sources", [])]
    else:
        last = max(population) if population else None
        year = last
        figures = [
            KeyFigure(
                f"Einwohner am 31.12.{last}",
                population.get(last) if last else None,
                "",
                0,
                "official",
                "population",
                last,
            )
        ]
        area = store.facts_for([d.ags], "area_km2")
        if not area.empty:
            figures.append(KeyFigure("Fläche", float(area["value"].iloc[-1]), "km²", 1, "official", "area"))
            ids.append("area")
        bus = store.facts_for([d.ags], "businesses")
        if not bus.empty:
            figures.append(
                KeyFigure(
                    f"Handwerksunternehmen {int(bus['year'].iloc[-1])}",
                    float(bus["value"].iloc[-1]),
                    "",
                    0,
                    "official",
                    "businesses_year",
                    int(bus["year"].iloc[-1]),
                )
            )
            ids.append("handwerkszaehlung")
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
        ags=d.ags,
        name=d.name,
        subtitle=f"{kind} · {states.get(d.state, d.state)} · {d.chamber_name}",
        year=year,
        datenstand=store.datenstand(),
        key_figures=figures,
        groups=groups,
        population=population,
        forecast=forecast,
        sources=sources,
        missing=missing,
        district_type=d.type,
        state_name=states.get(d.state, d.state),
        chamber_name=d.chamber_name,
    )
