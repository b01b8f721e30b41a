"""The imports behind the data on screen, read without writing (safe on read-only snapshots).

Views that list imported figures as their own series (the chamber's apprentice series, later
surveys from the chamber template) follow the same rule as the facts overlay
(:mod:`core.imports.versions`): with data version *N* active, every remaining (not undone) import
with id ≤ *N* is shown; with the bundled data active, none is.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb
import pandas as pd

from core.imports.versions import DataVersion

_TABLES = ("import_versions", "import_values", "import_state")


def _has_tables(con: duckdb.DuckDBPyConnection) -> bool:
    names = {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()}
    return all(t in names for t in _TABLES)


def visible_versions(con: duckdb.DuckDBPyConnection | None) -> list[DataVersion]:
    """Remaining imports up to the active data version, oldest first ([] for the bundled data)."""
    if con is None or not _has_tables(con):
        return []
    row = con.execute("SELECT value FROM import_state WHERE key = 'active'").fetchone()
    if not row or not row[0]:
        return []
    active = int(row[0])
    rows = con.execute(
        "SELECT id, file_name, sha256, format, kind, coalesce(table_code, ''), coalesce(title, ''), "
        "coalesce(stand, ''), coalesce(imported_by, ''), strftime(imported_at, '%Y-%m-%d %H:%M:%S'), n_values, "
        "summary FROM import_versions WHERE undone_at IS NULL AND id <= ? ORDER BY id", [active]).fetchall()
    return [DataVersion(id=r[0], file_name=r[1], sha256=r[2], format=r[3], kind=r[4], table_code=r[5], title=r[6],
                        stand=r[7], imported_by=r[8], imported_at=r[9], n_values=r[10], active=(r[0] == active),
                        summary=json.loads(r[11] or "{}"))
            for r in rows]


def visible_values(con: duckdb.DuckDBPyConnection | None, where: str, params: list[Any] | None = None) -> pd.DataFrame:
    """Values (version_id, area_code, year, indicator, gewerbegruppe, value, flag, flag_meaning) of the
    visible imports matching the SQL condition ``where`` (on ``import_values``)."""
    cols = ["version_id", "area_code", "year", "indicator", "gewerbegruppe", "value", "flag", "flag_meaning"]
    ids = [v.id for v in visible_versions(con)]
    if con is None or not ids:
        return pd.DataFrame(columns=cols)
    return con.execute(
        f"SELECT {', '.join(cols)} FROM import_values WHERE version_id IN (SELECT unnest(?)) AND ({where}) "
        "ORDER BY version_id, area_code, gewerbegruppe, indicator, year", [ids, *(params or [])]).df()
