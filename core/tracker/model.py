"""Vocabulary of the recommendations tracker: statuses, action fields, editable fields and their validation.

Every stored value has a canonical text form (dates ISO ``YYYY-MM-DD``, booleans ``true``/``false``,
numbers in Python notation, ``None`` -> NULL). History rows keep old and new values in that form, so
undo and import can turn them back into typed values with :func:`from_text`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from core.errors import InvalidInputError, UserDatabaseError
from core.formatting import fmt_date as fmt
from core.text_safety import clean
from core.tracker import effects

STATUSES = ("offen", "geplant", "in Umsetzung", "umgesetzt", "zurückgestellt")
STATUS_EN = {
    "offen": "open",
    "geplant": "planned",
    "in Umsetzung": "in progress",
    "umgesetzt": "implemented",
    "zurückgestellt": "deferred",
}
_STATUS_ALIASES = {
    "zurueckgestellt": "zurückgestellt",
    "in_umsetzung": "in Umsetzung",
    "inumsetzung": "in Umsetzung",
    "umsetzung": "in Umsetzung",
    "open": "offen",
    "planned": "geplant",
    "in progress": "in Umsetzung",
    "in_progress": "in Umsetzung",
    "implemented": "umgesetzt",
    "done": "umgesetzt",
    "deferred": "zurückgestellt",
}

# Action fields (Handlungsfelder) of the study, in the study's order, with their recommendation numbers.
ACTION_FIELDS = {
    "fachkraefte": ("Fachkräfte", "Skilled workers", (1, 2, 3)),
    "innovation": ("Innovation und Kooperation", "Innovation and cooperation", (4, 5, 6)),
    "digital": ("Digitale Prozesse", "Digital processes", (7, 8)),
    "netzwerke": ("Industrielle Netzwerke und Cluster", "Industrial networks and clusters", (9, 10)),
}


def field_label(key: str, lang: str = "de") -> str:
    de, en, _ = ACTION_FIELDS[key]
    return en if lang == "en" else de


def status_label(status: str, lang: str = "de") -> str:
    return STATUS_EN.get(status, status) if lang == "en" else status


class TrackerValidationError(InvalidInputError):
    """An edit that breaks a rule (progress outside 0–100, due before start, unknown status, ...)."""


class TrackerReadOnlyError(UserDatabaseError):
    """A write attempted on a read-only tracker (second instance or snapshot)."""

    def __init__(self) -> None:
        super().__init__(
            "Nur Lesezugriff: Die Datenbank ist in einem anderen Fenster geöffnet. Änderungen sind hier "
            "nicht möglich – bitte im anderen Fenster bearbeiten oder es schließen und neu starten.",
            "Read-only: the database is open in another window. Edit there, or close it and restart.",
        )


class UnknownItemError(InvalidInputError):
    """An item number or id that the tracker does not contain."""


def parse_status(text: str) -> str:
    """Accept the German status (any case), ASCII spellings and English names; raise otherwise."""
    t = " ".join(str(text).strip().split())
    for s in STATUSES:
        if t.lower() == s.lower():
            return s
    alias = _STATUS_ALIASES.get(t.lower())
    if alias:
        return alias
    allowed = ", ".join(STATUSES)
    raise TrackerValidationError(
        f"Unbekannter Status „{text}“. Erlaubt sind: {allowed}.",
        f"Unknown status '{text}'. Allowed: {', '.join(STATUS_EN.values())}.",
    )


_DE_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")


def parse_date(value: object, label: str = "Datum") -> dt.date | None:
    """'31.12.2026', '2026-12-31', a date or ''/None (no date). Two-digit years mean 20xx."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        m = _DE_DATE.match(text)
        if m:
            d, mo, y = (int(g) for g in m.groups())
            return dt.date(y + 2000 if y < 100 else y, mo, d)
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise TrackerValidationError(
        f"{label}: „{text}“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 31.12.2026.",
        f"{label}: '{text}' is not a valid date. Use DD.MM.YYYY, e.g. 31.12.2026.",
    )


def fmt_date(d: dt.date | None, lang: str = "de") -> str:
    """31.12.2026 (de) / 31/12/2026 (en), the app's one date format (core.formatting); None -> ""."""
    if d is None:
        return ""

    return fmt(d, lang)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # text | date | int | float | bool | status | param | number | year | districts | groups
    label: str  # German label, used in history and messages
    label_en: str
    required: bool = False


def _f(name: str, kind: str, label: str, label_en: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, kind, label, label_en, required)


# Editable fields per entity. Recommendation study texts (number, title, background, goal, source) are not
# editable: they are the citation of the study. Measures have their own title and description.
ENTITY_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "item": (
        _f("title", "text", "Titel", "Title", required=True),
        _f("description", "text", "Beschreibung", "Description"),
        _f("status", "status", "Status", "Status", required=True),
        _f("org", "text", "Verantwortliche Organisation", "Responsible organisation"),
        _f("person", "text", "Verantwortliche Person", "Responsible person"),
        _f("partners", "text", "Partner", "Partners"),
        _f("start_date", "date", "Beginn", "Start"),
        _f("due_date", "date", "Fällig", "Due"),
        _f("progress", "int", "Fortschritt (%)", "Progress (%)", required=True),
        _f("next_steps", "text", "Nächste Schritte", "Next steps"),
        _f("notes", "text", "Notizen", "Notes"),
        _f("deleted", "bool", "Gelöscht", "Deleted"),
    ),
    "milestone": (
        _f("title", "text", "Meilenstein", "Milestone", required=True),
        _f("due", "date", "Termin", "Date"),
        _f("done", "bool", "Erledigt", "Done"),
        _f("deleted", "bool", "Gelöscht", "Deleted"),
    ),
    "kpi": (
        _f("name", "text", "Kennzahl", "Indicator", required=True),
        _f("target", "float", "Zielwert", "Target"),
        _f("actual", "float", "Istwert", "Actual"),
        _f("unit", "text", "Einheit", "Unit"),
        _f("deleted", "bool", "Gelöscht", "Deleted"),
    ),
    "link": (
        _f("label", "text", "Bezeichnung", "Label"),
        _f("target", "text", "Datei/Adresse", "File/address", required=True),
        _f("deleted", "bool", "Gelöscht", "Deleted"),
    ),
    "effect": (  # expected effect on a forecast parameter (core.tracker.effects)
        _f("param", "param", "Parameter", "Parameter", required=True),
        _f("delta", "number", "Änderung", "Change", required=True),
        _f("start_year", "year", "Wirkung ab", "Effect from", required=True),
        _f("full_year", "year", "Volle Wirkung ab", "Full effect by"),
        _f("districts", "districts", "Kreise", "Districts"),
        _f("groups", "groups", "Gewerbegruppen", "Craft groups"),
        _f("reason", "text", "Begründung", "Justification", required=True),
        _f("source", "text", "Quelle", "Source"),
        _f("deleted", "bool", "Gelöscht", "Deleted"),
    ),
    "meeting": (
        _f("date", "date", "Sitzungsdatum", "Meeting date", required=True),
        _f("attendees", "text", "Teilnehmende", "Attendees"),
        _f("decisions", "text", "Beschlüsse", "Decisions"),
        _f("deleted", "bool", "Gelöscht", "Deleted"),
    ),
}
STUDY_LOCKED_FIELDS = frozenset({"title", "description", "deleted"})  # not editable on a recommendation

ENTITY_LABEL = {"item": "", "milestone": "Meilenstein", "kpi": "Kennzahl", "link": "Link", "effect": "Wirkung",
                "meeting": "Sitzung"}


def spec(entity: str, name: str) -> FieldSpec:
    for f in ENTITY_FIELDS[entity]:
        if f.name == name:
            return f
    raise TrackerValidationError(f"Unbekanntes Feld „{name}“.", f"Unknown field '{name}'.")


def coerce(f: FieldSpec, value: object) -> object:
    """Turn user input into the typed value of a field, or raise a German validation message."""
    if f.kind == "text":
        text = "" if value is None else str(value).strip()
        if re.search("[\ud800-\udfff]", text):  # e.g. a --note given in another encoding than UTF-8
            raise TrackerValidationError(
                f"{f.label}: Der Text enthält Zeichen, die kein gültiges UTF-8 sind. Bitte die Eingabe als UTF-8 "
                "wiederholen (Terminal-Zeichensatz prüfen).",
                f"{f.label_en}: the text contains characters that are not valid UTF-8. Please enter it again as "
                "UTF-8 (check the terminal's character set).")
        text = clean(text)  # stored as data: no terminal control characters
        if f.required and not text:
            raise TrackerValidationError(f"{f.label} darf nicht leer sein.", f"{f.label_en} must not be empty.")
        return text
    if f.kind == "status":
        return parse_status(str(value or ""))
    if f.kind in ("param", "number", "year", "districts", "groups"):
        if f.kind == "param":
            return effects.coerce_param(value)
        if f.kind == "number":
            return effects.coerce_delta(value)
        if f.kind == "year":
            return effects.coerce_year(value, f.label, f.label_en, f.required)
        return effects.coerce_districts(value) if f.kind == "districts" else effects.coerce_groups(value)
    if f.kind == "date":
        d = parse_date(value, f.label)
        if f.required and d is None:
            raise TrackerValidationError(f"{f.label} fehlt.", f"{f.label_en} is missing.")
        return d
    if f.kind == "bool":
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "ja", "yes", "x")
        return bool(value)
    if f.kind == "int":
        try:
            n = int(str(value).strip().rstrip("%").strip()) if not isinstance(value, int) else value
        except ValueError:
            n = None
        if n is None or not 0 <= n <= 100:
            raise TrackerValidationError(
                f"{f.label}: „{value}“ ist ungültig. Bitte eine ganze Zahl von 0 bis 100 eingeben.",
                f"{f.label_en}: '{value}' is invalid. Enter a whole number from 0 to 100.",
            )
        return n
    if f.kind == "float":
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            x = float(_de_number(value) if isinstance(value, str) else value)  # type: ignore[arg-type]
        except ValueError:
            x = math.nan
        if math.isnan(x) or math.isinf(x):
            raise TrackerValidationError(
                f"{f.label}: „{value}“ ist keine Zahl. Bitte z. B. 12,5 eingeben.",
                f"{f.label_en}: '{value}' is not a number. Enter e.g. 12.5.",
            )
        return x
    raise AssertionError(f.kind)


def _de_number(text: str) -> str:
    """'1.234,5' -> '1234.5'; '12.5' stays (a comma marks German notation)."""
    t = text.strip().replace(" ", "")
    return t.replace(".", "").replace(",", ".") if "," in t else t


def to_text(value: object) -> str | None:
    """Canonical text of a typed value (for history rows and comparisons)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def from_text(f: FieldSpec, text: str | None) -> object:
    """Inverse of :func:`to_text` for a field."""
    if text is None:
        return None if f.kind in ("date", "float", "number", "year") else ("" if f.kind == "text" else None)
    if f.kind == "date":
        return dt.date.fromisoformat(text)
    if f.kind == "bool":
        return text == "true"
    if f.kind in ("int", "year"):
        return int(text)
    if f.kind in ("float", "number"):
        return float(text)
    return text


def check_dates(start: dt.date | None, due: dt.date | None) -> None:
    if start and due and due < start:
        raise TrackerValidationError(
            f"Das Fälligkeitsdatum ({fmt_date(due)}) liegt vor dem Beginn ({fmt_date(start)}). "
            "Bitte ein späteres Fälligkeitsdatum oder einen früheren Beginn eingeben.",
            f"The due date ({due}) is before the start ({start}). Enter a later due date or an earlier start.",
        )
