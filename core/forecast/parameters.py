"""The one registry of forecast assumptions: every number the model uses that is not data.

Each parameter has a key, German and English label, default, unit, plausible range (min, max), a
slider step, a source (a dataset id from ``resources/data/datasets.json`` with the derivation, or the
word "Annahme" = our assumption) and a description. Exports write ``as_table(scenario)`` next to every
forecast so the assumptions travel with the numbers.

Per-group parameters have keys ``<name>:<Gewerbegruppe>`` (e.g. ``demand_growth:Bauhauptgewerbe``).
Units are given as the user sees them (``%/Jahr`` values are percentages, converted by the model).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass

import pandas as pd

from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN
from core.errors import InvalidInputError

ANNAHME = "Annahme"


@dataclass(frozen=True)
class Parameter:
    key: str
    label_de: str
    label_en: str
    default: float
    unit: str
    min: float
    max: float
    step: float
    source: str
    description: str
    group: str | None = None  # Gewerbegruppe of a per-group parameter
    main: bool = False  # shown as a slider in the Prognose tab

    def label(self, lang: str = "de") -> str:
        return self.label_en if lang == "en" else self.label_de

    def describe(self, lang: str = "de") -> str:
        """The description in ``lang`` (English from ``DESCRIPTIONS_EN``, per-group texts name the group)."""
        if lang != "en":
            return self.description
        name = self.key.split(":", 1)[0]
        text = DESCRIPTIONS_EN.get(name, self.description)
        return text.replace("{group}", GEWERBEGRUPPEN_EN.get(self.group or "", self.group or ""))

    def source_label(self, lang: str = "de") -> str:
        """Where the value comes from, readable: "Annahme" / "assumption", or the titles of the datasets it
        is derived from (never their ids)."""
        return source_label(self.source, lang)

    @property
    def decimals(self) -> int:
        s = f"{self.step:.6f}".rstrip("0")
        return max(0, len(s.split(".")[1])) if "." in s else 0


def _global() -> list[Parameter]:
    return [
        Parameter(
            "share_55plus",
            "Anteil Beschäftigte ab 55 Jahren",
            "Share of workforce aged 55+",
            25.0,
            "%",
            15.0,
            35.0,
            0.5,
            ANNAHME,
            "Altersstruktur der Handwerksbeschäftigten: Anteil der 55-Jährigen und Älteren. Keine amtliche "
            "Zahl für die Kreise im Datenbestand; 25 % entspricht der Größenordnung der Erwerbstätigen in "
            "Ostdeutschland. Verrentungsrate = Anteil / Jahre bis zur Rente.",
            main=True,
        ),
        Parameter(
            "years_to_retirement",
            "Jahre bis zur Rente (ab 55)",
            "Years to retirement (from 55)",
            11.0,
            "Jahre",
            8.0,
            13.0,
            0.5,
            ANNAHME,
            "Über wie viele Jahre die 55+-Beschäftigten ausscheiden (Renteneintritt mit ca. 64–67 Jahren).",
        ),
        Parameter(
            "apprentice_entry",
            "Neue Lehrverträge je 1.000 Beschäftigte",
            "New apprenticeships per 1,000 workers",
            18.6,
            "je 1.000",
            10.0,
            30.0,
            0.1,
            "ausbildung; handwerk_published",
            "Mittel aus Sachsen (5.305 neue Verträge 2021 / 282.522 tätige Personen 2022 = 18,8), "
            "Sachsen-Anhalt (2.553 / 136.227 tätige Personen 2021 = 18,7) und HWK Ostthüringen "
            "(786 / rund 43.000 Beschäftigte 2023 = 18,3).",
            main=True,
        ),
        Parameter(
            "completion_rate",
            "Anteil erfolgreicher Abschlüsse",
            "Completion rate",
            69.0,
            "%",
            50.0,
            85.0,
            1.0,
            "handwerk_published",
            "Gesellenprüfungen je neuem Lehrvertrag, HWK Ostthüringen 2023: 543 / 786 = 69 %. "
            "Verbleib nach der Prüfung ist darin nicht enthalten (siehe Abwanderung).",
            main=True,
        ),
        Parameter(
            "youth_elasticity",
            "Kopplung der Lehrlinge an die Zahl junger Menschen",
            "Link of apprentices to the young population",
            1.0,
            "Faktor",
            0.0,
            1.0,
            0.1,
            ANNAHME,
            "1 = neue Lehrverträge ändern sich proportional zur Größe des Jahrgangs, der im Kreis 17 Jahre alt "
            "wird (aus den Altersjahren 31.12.2015, Bevölkerung nach 17 Altersgruppen), 0 = unabhängig davon.",
        ),
        Parameter(
            "net_outflow",
            "Nettoabgang durch Abwanderung und Branchenwechsel",
            "Net outflow (migration and sector change)",
            0.0,
            "%/Jahr",
            -1.5,
            2.0,
            0.1,
            ANNAHME,
            "Jährlicher Saldo aus Fort-/Zuzug und Wechsel aus/in andere Branchen (negativ = Nettozugang). "
            "Plausibilisierung: Die tätigen Personen gingen zuletzt um rund 0,35 %/Jahr zurück (Sachsen "
            "2014→2022 284.269 → 282.522, Sachsen-Anhalt 2014→2021 143.253 → 136.227; Handwerkszählung, "
            "veröffentlichte Handwerkszahlen). Mit Zugang aus Ausbildung 1,28 %/Jahr und einem damals kleineren 55+-Anteil "
            "(um 20 %, Verrentung rund 1,8 %/Jahr) ergibt sich ein Saldo nahe 0. Mit dem heutigen 55+-Anteil "
            "würde −0,6 den zuletzt beobachteten Trend fortschreiben (Szenario optimistisch).",
            main=True,
        ),
        Parameter(
            "productivity",
            "Produktivitätsgewinn durch digitale Prozesse",
            "Productivity gain (digital processes)",
            0.5,
            "%/Jahr",
            0.0,
            2.0,
            0.1,
            ANNAHME,
            "Handlungsfeld „Digitale Prozesse“ der Studie: Leistung je Beschäftigtem steigt jährlich um diesen "
            "Satz; das effektive Angebot ist S_t = W_t·(1+p)^(t−t0).",
            main=True,
        ),
        Parameter(
            "population_variant",
            "Bevölkerungsvariante (−1 untere, 0 mittlere, +1 obere)",
            "Population variant (−1 low, 0 mid, +1 high)",
            0.0,
            "",
            -1.0,
            1.0,
            1.0,
            "projection_published",
            "Wählt die Variante veröffentlichter Vorausberechnungen, wo es mehrere gibt (Leipzig, Stadt: "
            "8. RBV Sachsen Variante 3 / 2 / 1). Für die übrigen Kreise ohne Varianten ohne Wirkung.",
        ),
    ]


# Relative demand per inhabitant by broad age group (working age = 1). Our assumption: which age groups buy
# the services of each group (the study: health crafts gain from the older population, personal services and
# food lose with the population, construction and finishing follow the households of working age).
_WEIGHTS: dict[str, tuple[float, float]] = {
    "Bauhauptgewerbe": (0.3, 0.5),
    "Ausbaugewerbe": (0.3, 0.7),
    "Handwerke für den gewerblichen Bedarf": (0.0, 0.1),
    "Kraftfahrzeuggewerbe": (0.1, 0.7),
    "Lebensmittelgewerbe": (0.8, 1.0),
    "Gesundheitsgewerbe": (0.3, 2.5),
    "Handwerke für den privaten Bedarf": (0.5, 0.9),
}


def _per_group() -> list[Parameter]:
    out: list[Parameter] = []
    for g in GEWERBEGRUPPEN:
        en = GEWERBEGRUPPEN_EN[g]
        w_u15, w_65 = _WEIGHTS[g]
        out += [
            Parameter(
                f"demand_growth:{g}",
                f"Reales Nachfragewachstum je Kopf – {g}",
                f"Real demand growth per head – {en}",
                0.0,
                "%/Jahr",
                -2.0,
                2.0,
                0.1,
                ANNAHME,
                "Änderung der Nachfrage je gewichtetem Einwohner (Einkommen, Sanierungsbedarf, Energiewende …); "
                "0 = Nachfrage folgt nur der Bevölkerung.",
                group=g,
                main=True,
            ),
            Parameter(
                f"weight_65plus:{g}",
                f"Nachfragegewicht 65+ – {g}",
                f"Demand weight 65+ – {en}",
                w_65,
                "× 15–64",
                0.0,
                3.0,
                0.1,
                ANNAHME,
                "Nachfrage je Einwohner ab 65 relativ zu einem Einwohner von 15–64 Jahren (Gewicht 1).",
                group=g,
                main=True,
            ),
            Parameter(
                f"weight_u15:{g}",
                f"Nachfragegewicht unter 15 – {g}",
                f"Demand weight under 15 – {en}",
                w_u15,
                "× 15–64",
                0.0,
                2.0,
                0.1,
                ANNAHME,
                "Nachfrage je Einwohner unter 15 relativ zu einem Einwohner von 15–64 Jahren (Gewicht 1).",
                group=g,
            ),
        ]
    return out


# English descriptions, by parameter name ("{group}" = the craft group of a per-group parameter).
DESCRIPTIONS_EN: dict[str, str] = {
    "share_55plus": "Age structure of the craft workforce: share aged 55 and over. No official figure for the "
    "districts in the data; 25 % matches the order of magnitude of the employed in eastern Germany. Retirement "
    "rate = share / years to retirement.",
    "years_to_retirement": "Over how many years the workers aged 55+ leave (retirement at about 64–67).",
    "apprentice_entry": "Mean of Saxony (5,305 new contracts 2021 / 282,522 persons employed 2022 = 18.8), "
    "Saxony-Anhalt (2,553 / 136,227 persons employed 2021 = 18.7) and HWK Ostthüringen (786 / about 43,000 "
    "employees 2023 = 18.3).",
    "completion_rate": "Journeyman examinations per new apprenticeship contract, HWK Ostthüringen 2023: "
    "543 / 786 = 69 %. Staying in the crafts after the examination is not included (see net outflow).",
    "youth_elasticity": "1 = new apprenticeship contracts change in proportion to the size of the cohort turning "
    "17 in the district (from the single-year ages of 31 Dec 2015, population by 17 age groups), 0 = independent "
    "of it.",
    "net_outflow": "Yearly balance of moving away/in and changing to/from other sectors (negative = net inflow). "
    "Plausibility: persons employed fell by about 0.35 %/year recently (Saxony 2014→2022 284,269 → 282,522, "
    "Saxony-Anhalt 2014→2021 143,253 → 136,227; craft census, published craft figures). With an inflow from "
    "apprenticeships of 1.28 %/year and a then smaller share aged 55+ (about 20 %, retirement about 1.8 %/year) "
    "the balance comes out near 0. With today's share aged 55+, −0.6 would continue the recent trend (scenario "
    "optimistisch).",
    "productivity": "Action field 'digital processes' of the study: output per worker grows by this rate each "
    "year; the effective supply is S_t = W_t·(1+p)^(t−t0).",
    "population_variant": "Chooses the variant of published projections where there are several (Leipzig, city: "
    "8th regional projection of Saxony, variant 3 / 2 / 1). No effect for the other districts without variants.",
    "demand_growth": "Change of demand per weighted inhabitant (income, renovation needs, energy transition …) "
    "for {group}; 0 = demand follows the population only.",
    "weight_65plus": "Demand of {group} per inhabitant aged 65+ relative to an inhabitant aged 15–64 (weight 1).",
    "weight_u15": "Demand of {group} per inhabitant under 15 relative to an inhabitant aged 15–64 (weight 1).",
}


def source_label(source: str, lang: str = "de") -> str:
    """``"Annahme"`` -> "Annahme"/"assumption"; ``"ausbildung; handwerk_published"`` -> the datasets' titles."""
    if source == ANNAHME:
        return "assumption" if lang == "en" else ANNAHME
    from core import provenance

    cat = provenance.bundled_catalog()
    titles = []
    for part in source.replace(",", ";").split(";"):
        rec = cat.get(part.strip())
        titles.append(rec.localized(lang).title if rec is not None else part.strip())
    return "; ".join(t for t in titles if t)


REGISTRY: dict[str, Parameter] = {p.key: p for p in _global() + _per_group()}
GLOBAL_KEYS: tuple[str, ...] = tuple(k for k, p in REGISTRY.items() if p.group is None)


def group_key(name: str, group: str) -> str:
    return f"{name}:{group}"


def defaults() -> dict[str, float]:
    return {k: p.default for k, p in REGISTRY.items()}


def _unknown_key(key: str) -> InvalidInputError:
    """Names the valid keys (per-group keys as ``name:GRUPPE``) and the closest match, if any."""
    import difflib

    per_group = list(dict.fromkeys(k.split(":", 1)[0] for k, p in REGISTRY.items() if p.group))
    close = difflib.get_close_matches(key, list(REGISTRY), n=1, cutoff=0.6)
    de_hint = f" Meinten Sie „{close[0]}“?" if close else ""
    en_hint = f" Did you mean '{close[0]}'?" if close else ""
    valid = ", ".join([*GLOBAL_KEYS, *(f"{n}:GRUPPE" for n in per_group)])
    valid_en = ", ".join([*GLOBAL_KEYS, *(f"{n}:GROUP" for n in per_group)])
    groups = ", ".join(GEWERBEGRUPPEN)
    return InvalidInputError(
        f"Unbekannter Parameter „{key}“.{de_hint} Gültig sind: {valid} (GRUPPE = {groups}).",
        f"Unknown parameter '{key}'.{en_hint} Valid keys: {valid_en} (GROUP = {groups}).",
    )


def resolve(values: Mapping[str, float] | None = None) -> dict[str, float]:
    """Defaults overlaid with ``values``; raises InvalidInputError for unknown keys or values out of range."""
    out = defaults()
    for key, value in (values or {}).items():
        p = REGISTRY.get(key)
        if p is None:
            raise _unknown_key(key)
        v = float(value)
        if not (p.min - 1e-9 <= v <= p.max + 1e-9):
            raise InvalidInputError(
                f"{p.label_de}: {v:g} liegt außerhalb des plausiblen Bereichs {p.min:g}–{p.max:g} {p.unit}.",
                f"{p.label_en}: {v:g} is outside the plausible range {p.min:g}–{p.max:g} {p.unit}.",
            )
        out[key] = v
    return out


def as_table(values: Mapping[str, float] | None = None, lang: str = "de", name: str = "") -> pd.DataFrame:
    """All assumptions with the value used (``values`` over the defaults; None: the defaults, scenario
    "Basis"): one row per parameter, for exports and the assumptions panel. For a named scenario use
    ``core.forecast.scenarios.as_table``.

    Columns: key, label, value, default, unit, min, max, source (dataset ids or "Annahme"), source_label
    (readable), description, group, scenario; texts in ``lang``.
    """
    if values is None:
        values, name = {}, name or "Basis"
    resolved = resolve(dict(values))
    rows = []
    for key, p in REGISTRY.items():
        d = asdict(p)
        rows.append(
            {
                "key": key,
                "label": p.label(lang),
                "value": resolved[key],
                "default": p.default,
                "unit": p.unit,
                "min": p.min,
                "max": p.max,
                "source": p.source,
                "source_label": p.source_label(lang),
                "description": p.describe(lang) if lang == "en" else d["description"],
                "group": p.group or "",
                "scenario": name,
            }
        )
    return pd.DataFrame(rows)
