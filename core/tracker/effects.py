"""Expected effects of a measure on the forecast: vocabulary and validation (no Qt, no numpy at import).

A tracker item (recommendation or measure) carries zero or more effects. Each effect changes one forecast
parameter (a key of ``core.forecast.parameters.REGISTRY``; per-group parameters by their base name, e.g.
``demand_growth``) by ``delta`` from ``start_year``, ramping linearly to the full delta by ``full_year``:

    parameter(t) = base + delta · ramp(t),   ramp(t) = clip((t − start + 1) / (full − start + 1), 0, 1)

so the effect is 1/n of the delta in its first year and complete in ``full_year`` (n = full − start + 1);
``full_year == start_year`` is a step. ``districts``/``groups`` restrict it (empty = all). Every effect
needs a justification (``reason``) and names its ``source`` (a study passage, a pilot's result, or
"Annahme").

Validation (one clear German/English message, the same for the GUI, the CLI and an imported file):

* the key must be a parameter the model can vary over time (``core.forecast.model.PATH_KEYS``);
* Basis value + delta must stay inside the parameter's plausible range (``min ≤ default + delta ≤ max``);
* years inside the effect horizon ``FIRST_YEAR … LAST_YEAR`` and ``start_year ≤ full_year``;
* districts are AGS keys (or names) of the region, groups Gewerbegruppen (German, English or a unique prefix).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from core.errors import InvalidInputError, UnknownDistrictError
from core.gewerbegruppen import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN
from core.regions import load_region

FIRST_YEAR = 2023  # first projected year of the bundled data (base year 2022 + 1)
LAST_YEAR = 2070  # core.forecast.model.MAX_HORIZON
MAX_REASON = 2000
MAX_SOURCE = 500
SEPARATOR = ";"
ANNAHME = "Annahme"


class EffectValidationError(InvalidInputError):
    """An effect that cannot be used (unknown key, implausible delta, years outside the horizon ...)."""


@dataclass(frozen=True)
class EffectParam:
    """A parameter an effect may change: its key, labels, unit, Basis value and allowed deltas."""

    key: str
    label_de: str
    label_en: str
    unit: str
    default: float  # Basis value (for a per-group parameter: the smallest over the groups)
    min: float
    max: float
    step: float
    per_group: bool
    min_delta: float
    max_delta: float

    def label(self, lang: str = "de") -> str:
        return self.label_en if lang == "en" else self.label_de


UNIT_EN = {"je 1.000": "per 1,000", "%/Jahr": "%/year", "Jahre": "years", "Faktor": "factor"}


def unit_label(unit: str, lang: str = "de") -> str:
    return UNIT_EN.get(unit, unit) if lang == "en" else unit


def district_names(codes: Iterable[str]) -> list[str]:
    """Names of the region's districts for AGS keys (unknown keys stay as they are)."""

    names = {d.ags: d.name for d in load_region().districts}
    return [names.get(c, c) for c in codes]


def _strip_group(label: str) -> str:
    """'Reales Nachfragewachstum je Kopf – Ausbaugewerbe' -> 'Reales Nachfragewachstum je Kopf'."""
    return label.rsplit(" – ", 1)[0]


def effect_params() -> dict[str, EffectParam]:
    """Every parameter an effect may change, by key (registry order)."""
    from core.forecast import parameters
    from core.forecast.model import PATH_KEYS

    out: dict[str, EffectParam] = {}
    for key, p in parameters.REGISTRY.items():
        base = key.split(":", 1)[0]
        if base not in PATH_KEYS:
            continue
        if base in out:  # another group of the same per-group parameter: the tightest allowed delta wins
            e = out[base]
            lo, hi = p.min - p.default, p.max - p.default
            out[base] = EffectParam(
                e.key, e.label_de, e.label_en, e.unit, min(e.default, p.default), e.min, e.max, e.step, True,
                max(e.min_delta, lo), min(e.max_delta, hi),
            )
            continue
        per_group = p.group is not None
        out[base] = EffectParam(
            base,
            _strip_group(p.label_de) if per_group else p.label_de,
            _strip_group(p.label_en) if per_group else p.label_en,
            p.unit, p.default, p.min, p.max, p.step, per_group, p.min - p.default, p.max - p.default,
        )
    return out


def parse_param(value: object) -> tuple[str, str | None]:
    """A parameter key as typed -> (effect key, group named in the key or None).

    ``apprentice_entry`` -> (apprentice_entry, None); ``demand_growth:Ausbaugewerbe`` -> (demand_growth,
    Ausbaugewerbe). Unknown keys raise with the list of valid ones."""
    text = "" if value is None else str(value).strip()
    base, _, group = text.partition(":")
    params = effect_params()
    if base not in params:
        valid = ", ".join(params)
        raise EffectValidationError(
            f"Unbekannter Parameter „{text}“ für eine Wirkung. Gültig: {valid}.",
            f"Unknown parameter '{text}' for an effect. Valid: {valid}.",
        )
    if group:
        if not params[base].per_group:
            raise EffectValidationError(
                f"„{base}“ gilt für alle Gewerbegruppen; die Gruppe bitte mit --group angeben.",
                f"'{base}' is not per group; give the group with --group.",
            )
        return base, parse_groups([group])[0]
    return base, None


def coerce_param(value: object) -> str:
    return parse_param(value)[0]


def coerce_delta(value: object) -> float:
    if isinstance(value, str):
        t = value.strip().replace(" ", "")
        t = t.replace(".", "").replace(",", ".") if "," in t else t
        value = t
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        x = math.nan
    if math.isnan(x) or math.isinf(x):
        raise EffectValidationError(
            f"Änderung: „{value}“ ist keine Zahl. Bitte z. B. 3 oder -0,5 eingeben.",
            f"Change: '{value}' is not a number. Enter e.g. 3 or -0.5.",
        )
    return x


def coerce_year(value: object, label: str = "Jahr", label_en: str = "Year", required: bool = True) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise EffectValidationError(f"{label} fehlt.", f"{label_en} is missing.")
        return None
    try:
        if isinstance(value, bool):
            raise ValueError
        year = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        year = None
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        raise EffectValidationError(
            f"{label}: „{value}“ liegt außerhalb des Prognosezeitraums. Bitte ein Jahr von {FIRST_YEAR} bis "
            f"{LAST_YEAR} eingeben.",
            f"{label_en}: '{value}' is outside the forecast horizon. Enter a year from {FIRST_YEAR} to {LAST_YEAR}.",
        )
    return year


def _split(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        parts: Iterable[Any] = value.split(SEPARATOR)
    elif isinstance(value, Iterable):
        parts = value
    else:
        parts = [value]
    return [str(p).strip() for p in parts if str(p).strip()]


def parse_districts(value: object) -> list[str]:
    """AGS keys (region order) for AGS keys or names (unique prefixes allowed); empty = all districts."""

    region = load_region()
    chosen: set[str] = set()
    for part in _split(value):
        try:
            chosen.add(region.district(part).ags)
        except UnknownDistrictError as exc:
            raise EffectValidationError(exc.de, exc.en) from None
    return [a for a in region.district_codes if a in chosen]


def parse_groups(value: object) -> list[str]:
    """Gewerbegruppen (canonical order) for German or English names or unique prefixes; empty = all."""
    chosen: set[str] = set()
    for part in _split(value):
        k = part.lower()
        exact = [g for g in GEWERBEGRUPPEN if k in (g.lower(), GEWERBEGRUPPEN_EN[g].lower())]
        hits = exact or [
            g for g in GEWERBEGRUPPEN if g.lower().startswith(k) or GEWERBEGRUPPEN_EN[g].lower().startswith(k)
        ]
        if len(hits) != 1:
            valid = "; ".join(GEWERBEGRUPPEN)
            raise EffectValidationError(
                f"Unbekannte oder mehrdeutige Gewerbegruppe „{part}“. Gültig: {valid}.",
                f"Unknown or ambiguous craft group '{part}'. Valid: {valid}.",
            )
        chosen.add(hits[0])
    return [g for g in GEWERBEGRUPPEN if g in chosen]


def coerce_districts(value: object) -> str:
    return SEPARATOR.join(parse_districts(value))


def coerce_groups(value: object) -> str:
    return SEPARATOR.join(parse_groups(value))


def split_list(text: str | None) -> tuple[str, ...]:
    """Stored ``a;b`` -> ('a', 'b'); '' or None -> () (= all)."""
    return tuple(_split(text or ""))


def check_effect(row: Mapping[str, Any]) -> None:
    """Cross-field rules of one (typed) effect row; raises EffectValidationError with one clear message."""
    params = effect_params()
    p = params.get(str(row.get("param")))
    if p is None:
        coerce_param(row.get("param"))  # raises with the list of valid keys
        return
    delta = float(row["delta"])
    if not p.min_delta - 1e-9 <= delta <= p.max_delta + 1e-9:
        unit = f" {p.unit}" if p.unit else ""
        if p.per_group:  # the Basis value differs between the groups: name only the allowed change
            raise EffectValidationError(
                f"{p.label_de}: Eine Änderung um {_fmt(delta)}{unit} ist nicht plausibel. Erlaubte Änderung: "
                f"{_fmt(p.min_delta)} bis {_fmt(p.max_delta)}{unit} (damit jede Gewerbegruppe im plausiblen "
                "Bereich bleibt).",
                f"{p.label_en}: a change of {delta:g}{unit} is not plausible. Allowed change: {p.min_delta:g} to "
                f"{p.max_delta:g}{unit} (keeps every craft group inside the plausible range).",
            )
        raise EffectValidationError(
            f"{p.label_de}: Eine Änderung um {_fmt(delta)}{unit} ist nicht plausibel – mit dem Basiswert "
            f"{_fmt(p.default)} ergäbe sich {_fmt(p.default + delta)}, plausibel sind {_fmt(p.min)} bis "
            f"{_fmt(p.max)}{unit}. Erlaubte Änderung: {_fmt(p.min_delta)} bis {_fmt(p.max_delta)}{unit}.",
            f"{p.label_en}: a change of {delta:g}{unit} is not plausible – with the baseline value {p.default:g} it "
            f"would give {p.default + delta:g}, the plausible range is {p.min:g} to {p.max:g}{unit}. "
            f"Allowed change: {p.min_delta:g} to {p.max_delta:g}{unit}.",
        )
    start = row.get("start_year")
    full = row.get("full_year")
    if start is None:
        raise EffectValidationError("Das Startjahr der Wirkung fehlt.", "The effect's start year is missing.")
    if full is not None and int(full) < int(start):
        raise EffectValidationError(
            f"Die volle Wirkung ({full}) kann nicht vor dem Beginn ({start}) liegen. Bitte ein Jahr ab {start} "
            "eingeben.",
            f"The full effect ({full}) cannot come before the start ({start}). Enter a year from {start} on.",
        )
    if not str(row.get("reason") or "").strip():
        raise EffectValidationError(
            "Bitte die Wirkung begründen (z. B. Studienstelle, Ergebnis eines Pilotprojekts oder „Annahme: …“).",
            "Please justify the effect (study passage, pilot result, or 'Assumption: …').",
        )
    for name, limit, de, en in (("reason", MAX_REASON, "Begründung", "Justification"),
                                ("source", MAX_SOURCE, "Quelle", "Source")):
        if len(str(row.get(name) or "")) > limit:
            raise EffectValidationError(
                f"{de} ist zu lang (höchstens {limit} Zeichen).", f"{en} is too long (max. {limit} characters)."
            )


def _fmt(x: float) -> str:
    """German number for messages: 3 -> '3', -0.5 -> '−0,5' (no trailing zeros)."""
    text = f"{x:.6f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace("-", "−").replace(".", ",")


def ramp_value(year: int, start: int, full: int | None) -> float:
    """Share of the delta in effect in ``year`` (see module docstring)."""
    full = start if full is None else full
    return min(1.0, max(0.0, (year - start + 1) / (full - start + 1)))
