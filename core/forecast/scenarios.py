"""Scenarios: named sets of parameter values. Three built-in ones and any number saved by the user.

Built-in (documented; values differ from Basis only where listed):

- **Basis**: the defaults of the parameter registry.
- **optimistisch** (for the supply side): more apprenticeships (22 je 1.000), more completions (75 %),
  net inflow from other sectors/regions (−0,6 %/Jahr), faster digitalisation (1,0 %/Jahr), a younger
  workforce (25 % aged 55+, Sachsen-Anhalt 2019).
- **pessimistisch**: fewer apprenticeships (15 je 1.000), fewer completions (62 %), net outflow
  (0,5 %/Jahr), no productivity gain (0 %/Jahr), an older workforce (31 % aged 55+, the SHK occupations in
  Sachsen-Anhalt 2022), two thirds of new journeymen staying in the craft (66 %, QuBe SHK 2023).

Population and demand assumptions are the same in all three, so the band between pessimistic and
optimistic shows the uncertainty of the supply side. User scenarios live in the user database table
``forecast_scenarios`` (component "scenarios" of core.userdb).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import duckdb

from core.errors import InvalidInputError, UserDatabaseError
from core.forecast import parameters
from core.userdb import register_migrations

if TYPE_CHECKING:  # a frame only for as_table (the user-DB migrations import this module)
    import pandas as pd

MAX_NAME = 60


@dataclass(frozen=True)
class Scenario:
    name: str
    values: dict[str, float] = field(default_factory=dict)  # only the keys that differ from the defaults
    builtin: bool = False
    description: str = ""

    def resolved(self) -> dict[str, float]:
        return parameters.resolve(self.values)


BUILTINS: dict[str, Scenario] = {
    "Basis": Scenario("Basis", {}, True, "Standardwerte aller Annahmen."),
    "optimistisch": Scenario(
        "optimistisch",
        {
            "apprentice_entry": 22.0,
            "completion_rate": 75.0,
            "net_outflow": -0.6,
            "productivity": 1.0,
            "share_55plus": 25.0,
        },
        True,
        "Mehr Lehrverträge und Abschlüsse, Nettozugang, schnellere Digitalisierung, jüngere Belegschaft.",
    ),
    "pessimistisch": Scenario(
        "pessimistisch",
        {
            "apprentice_entry": 15.0,
            "completion_rate": 62.0,
            "net_outflow": 0.5,
            "productivity": 0.0,
            "share_55plus": 31.0,
            "stay_in_craft": 66.0,
        },
        True,
        "Weniger Lehrverträge, Abschlüsse und Verbleib, Nettoabgang 0,5 %/Jahr, kein Produktivitätsgewinn, "
        "ältere Belegschaft.",
    ),
}

SCENARIOS_V1 = """
CREATE TABLE IF NOT EXISTS forecast_scenarios (
    name VARCHAR PRIMARY KEY,
    values_json VARCHAR NOT NULL,
    description VARCHAR,
    saved_at TIMESTAMP NOT NULL
);
"""

register_migrations("scenarios", [SCENARIOS_V1])


# English names of the built-in scenarios (the stored and typed names are German; English ones are accepted).
BUILTIN_EN = {"Basis": "Baseline", "optimistisch": "optimistic", "pessimistisch": "pessimistic"}


def display_name(name: str, lang: str = "de") -> str:
    """A scenario's name in ``lang``: built-ins translated, saved scenarios as the user named them."""
    return BUILTIN_EN.get(name, name) if lang == "en" else name


def builtin(name: str) -> Scenario:
    wanted = name.strip().lower()
    for key, sc in BUILTINS.items():
        if wanted in (key.lower(), BUILTIN_EN.get(key, key).lower()):
            return sc
    raise InvalidInputError(
        f"Unbekanntes Szenario „{name}“. Eingebaut: {', '.join(BUILTINS)}.",
        f"Unknown scenario '{name}'. Built in: {', '.join(BUILTINS)}.",
    )


def _check_name(name: str) -> str:
    n = name.strip()
    if not n:
        raise InvalidInputError(
            "Bitte einen Namen für das Szenario eingeben.", "Please enter a scenario name."
        )
    if len(n) > MAX_NAME:
        raise InvalidInputError(
            f"Der Name ist zu lang (höchstens {MAX_NAME} Zeichen).",
            f"The name is too long (max. {MAX_NAME}).",
        )
    if n.lower() in (k.lower() for k in BUILTINS):
        raise InvalidInputError(
            f"„{n}“ ist ein eingebautes Szenario; bitte einen anderen Namen wählen.",
            f"'{n}' is a built-in scenario; please choose another name.",
        )
    return n


def changed_values(values: Mapping[str, float]) -> dict[str, float]:
    """Only the values that differ from the defaults (validated)."""
    resolved = parameters.resolve(values)
    return {k: v for k, v in resolved.items() if abs(v - parameters.REGISTRY[k].default) > 1e-12}


def save(
    con: duckdb.DuckDBPyConnection, name: str, values: Mapping[str, float], description: str = ""
) -> Scenario:
    """Save (or overwrite) a user scenario; returns it. Raises InvalidInputError for a bad name/value."""
    n = _check_name(name)
    changed = changed_values(values)
    try:
        con.execute(
            "INSERT OR REPLACE INTO forecast_scenarios VALUES (?, ?, ?, ?)",
            [n, json.dumps(changed, sort_keys=True), description, dt.datetime.now()],
        )
    except duckdb.Error as exc:
        raise UserDatabaseError(
            f"Das Szenario konnte nicht gespeichert werden ({exc}).", f"Could not save the scenario ({exc})."
        ) from exc
    return Scenario(n, changed, False, description)


def list_names(con: duckdb.DuckDBPyConnection | None) -> list[str]:
    """Built-in names first, then the user's scenarios sorted by name."""
    names = list(BUILTINS)
    if con is not None:
        with contextlib.suppress(duckdb.Error):
            names += [
                r[0]
                for r in con.execute("SELECT name FROM forecast_scenarios ORDER BY lower(name)").fetchall()
            ]
    return names


def table_rows(scenario: Scenario | str | None = None, lang: str = "de") -> list[dict[str, Any]]:
    """``parameters.table_rows`` for a scenario (a Scenario or a built-in name; None: Basis)."""
    sc = scenario if isinstance(scenario, Scenario) else builtin(scenario or "Basis")
    return parameters.table_rows(sc.values, lang, name=sc.name)


def as_table(scenario: Scenario | str | None = None, lang: str = "de") -> pd.DataFrame:
    """``table_rows`` as a DataFrame."""
    import pandas as pd

    return pd.DataFrame(table_rows(scenario, lang))


def load(con: duckdb.DuckDBPyConnection | None, name: str) -> Scenario:
    """A built-in or saved scenario by name (values outside today's ranges raise InvalidInputError)."""
    if name.strip().lower() in (k.lower() for k in BUILTINS):
        return builtin(name)
    row = None
    if con is not None:
        row = con.execute(
            "SELECT name, values_json, description FROM forecast_scenarios WHERE name = ?", [name.strip()]
        ).fetchone()
    if row is None:
        raise InvalidInputError(
            f"Unbekanntes Szenario „{name}“. Vorhanden: {', '.join(list_names(con))}.",
            f"Unknown scenario '{name}'. Available: {', '.join(list_names(con))}.",
        )
    raw = json.loads(row[1])
    known = {
        k: float(v) for k, v in raw.items() if k in parameters.REGISTRY
    }  # drop keys of retired parameters
    parameters.resolve(known)
    return Scenario(row[0], known, False, row[2] or "")


def delete(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Delete a user scenario; False if there was none by that name. Built-ins cannot be deleted."""
    _check_name(name)
    n = con.execute("SELECT count(*) FROM forecast_scenarios WHERE name = ?", [name.strip()]).fetchone()
    con.execute("DELETE FROM forecast_scenarios WHERE name = ?", [name.strip()])
    return bool(n and n[0])
