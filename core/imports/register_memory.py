"""The user's register mappings, remembered per chamber in the user database.

A chamber's software writes the same headers and craft spellings every year, so what the user mapped
once (a header → field, a craft text → craft code or "left out") is offered again for the next extract
of that chamber. Only mappings are stored — never a value of the register.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import duckdb

from core.userdb import Migration, register_migrations, transaction

MIGRATIONS: list[Migration] = [
    """
    CREATE TABLE IF NOT EXISTS register_mappings (
        chamber VARCHAR NOT NULL,
        what VARCHAR NOT NULL,      -- 'column' | 'craft'
        source VARCHAR NOT NULL,    -- header text or craft text as in the file
        target VARCHAR,             -- field / craft code; NULL = craft left out
        PRIMARY KEY (chamber, what, source)
    );
    """,
]
register_migrations("register", MIGRATIONS)

if TYPE_CHECKING:
    from core.imports.register import RegisterOptions

SKIP = "\u0000skip"  # internal marker in the GUI's choice lists (never stored)


def _ensure(con: duckdb.DuckDBPyConnection) -> None:
    step = MIGRATIONS[0]
    assert isinstance(step, str)
    con.execute(step)


def load(con: duckdb.DuckDBPyConnection | None, chamber: str) -> RegisterOptions:
    """The remembered mappings of ``chamber`` (empty options without a database)."""
    from core.imports.register import RegisterOptions  # pandas: not for the migrations of every snapshot

    opts = RegisterOptions()
    if con is None:
        return opts
    try:
        rows = con.execute("SELECT what, source, target FROM register_mappings WHERE chamber = ?", [chamber]).fetchall()
    except duckdb.CatalogException:
        return opts
    for what, source, target in rows:
        if what == "column" and target:
            opts.column_map[source] = target
        elif what == "craft":
            opts.craft_map[source] = target
    return opts


def save(con: duckdb.DuckDBPyConnection, chamber: str, options: RegisterOptions) -> None:
    """Remember the mappings of ``options`` for ``chamber`` (one transaction; later choices win)."""
    _ensure(con)
    with transaction(con):
        for source, target in options.column_map.items():
            con.execute("INSERT OR REPLACE INTO register_mappings VALUES (?, 'column', ?, ?)", [chamber, source, target])
        for source, craft in options.craft_map.items():
            con.execute("INSERT OR REPLACE INTO register_mappings VALUES (?, 'craft', ?, ?)", [chamber, source, craft])


def chambers_with_mappings(con: duckdb.DuckDBPyConnection | None) -> list[str]:
    if con is None:
        return []
    try:
        return [r[0] for r in con.execute("SELECT DISTINCT chamber FROM register_mappings ORDER BY 1").fetchall()]
    except duckdb.CatalogException:
        return []
