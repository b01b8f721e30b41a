"""Data versions (Datenstände): every import is one version in the user database, undoable.

Tables (component ``imports`` of ``core.userdb``):

* ``import_versions``: one row per import with its provenance (file name, SHA-256, table, as-of date
  from the file, who imported it and when, kind ``official`` for statistical-office tables or
  ``import`` for the chamber's own figures). Undone imports keep their row (``undone_at``) as an
  audit trail; their values are deleted.
* ``import_values``: the values (area_code, year, indicator, gewerbegruppe, value, flag, meaning).
* ``import_state``: the active version (``active`` = id, or '' for the bundled data).

Activating version *N* means: the data as they stood after import *N* — bundled facts with the
values of every remaining import with id ≤ *N* laid over them key by key
(area_code, year, indicator, gewerbegruppe), a later import winning over an earlier one. Each value
carries ``dataset = 'import:<id>'`` so every figure shows which version it comes from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import duckdb

from core import breaks
from core.datastore import DataStore
from core.errors import ImportValidationError, InvalidInputError
from core.formatting import fmt_date, fmt_datetime
from core.imports.model import ImportBatch
from core.provenance import Provenance
from core.userdb import Migration, register_migrations, transaction

if TYPE_CHECKING:  # pandas is imported where a DataFrame is built: restoring nothing needs none
    import pandas as pd

MIGRATIONS: list[Migration] = [
    """
    CREATE TABLE IF NOT EXISTS import_versions (
        id INTEGER PRIMARY KEY,
        file_name VARCHAR NOT NULL,
        sha256 VARCHAR NOT NULL,
        format VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        table_code VARCHAR,
        title VARCHAR,
        stand VARCHAR,
        imported_by VARCHAR,
        imported_at TIMESTAMP NOT NULL,
        n_values INTEGER NOT NULL,
        summary VARCHAR,
        undone_at TIMESTAMP
    );
    CREATE TABLE IF NOT EXISTS import_values (
        version_id INTEGER NOT NULL,
        area_code VARCHAR NOT NULL,
        year INTEGER NOT NULL,
        indicator VARCHAR NOT NULL,
        gewerbegruppe VARCHAR NOT NULL,
        value DOUBLE,
        flag VARCHAR,
        flag_meaning VARCHAR
    );
    CREATE TABLE IF NOT EXISTS import_state (key VARCHAR PRIMARY KEY, value VARCHAR);
    """,
]
register_migrations("imports", MIGRATIONS)

PREFIX = "import:"
PUBLISHER_OFFICIAL = "Statistische Ämter des Bundes und der Länder"
PUBLISHER_CHAMBER = "Handwerkskammer (eigene Daten)"
PUBLISHER_OFFICIAL_EN = "Federal and state statistical offices"
PUBLISHER_CHAMBER_EN = "Chamber of crafts (own data)"


@dataclass
class DataVersion:
    id: int
    file_name: str
    sha256: str
    format: str
    kind: str
    table_code: str
    title: str
    stand: str
    imported_by: str
    imported_at: str
    n_values: int
    undone_at: str | None = None
    active: bool = False
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def dataset_id(self) -> str:
        return f"{PREFIX}{self.id}"

    def provenance(self) -> Provenance:
        if self.format == "register":
            return self._register_provenance()
        official = self.kind == "official"
        return Provenance(
            id=self.dataset_id,
            title=f"{self.title} (Datenstand {self.id}, Import {self.file_name})",
            title_en=f"{self.title} (data version {self.id}, import of {self.file_name})",
            publisher=PUBLISHER_OFFICIAL if official else PUBLISHER_CHAMBER,
            publisher_en=PUBLISHER_OFFICIAL_EN if official else PUBLISHER_CHAMBER_EN,
            source=(f"Datei {self.file_name} (Tabelle {self.table_code}), SHA-256 {self.sha256}, "
                    f"importiert von {self.imported_by} am {fmt_datetime(self.imported_at[:16])}"),
            source_en=(f"File {self.file_name} (table {self.table_code}), SHA-256 {self.sha256}, "
                       f"imported by {self.imported_by} on {fmt_datetime(self.imported_at[:16], 'en')}"),
            licence="dl-de/by-2-0 (© Statistische Ämter des Bundes und der Länder)" if official else "intern",
            licence_en="" if official else "internal",
            stand=self.stand or self.imported_at[:10],
            kind=self.kind,
            file=self.file_name,
            table=self.table_code,
            imported_at=self.imported_at[:16],
        )

    def _register_provenance(self) -> Provenance:
        """A chamber's register extract: the chamber(s) as publisher, the file, its as-of date and the
        import's date in the source; kind ``register`` ("Kammerregister")."""
        reg = self.summary.get("register", {}) if isinstance(self.summary, dict) else {}
        chambers = " / ".join(reg.get("chambers") or []) or PUBLISHER_CHAMBER
        years = reg.get("years") or []
        span = f", Bestand 31.12.{years[0]}–31.12.{years[1]}" if len(years) == 2 else ""
        span_en = f", stock 31/12/{years[0]}–31/12/{years[1]}" if len(years) == 2 else ""
        return Provenance(
            id=self.dataset_id,
            title=f"Kammerregister: {self.title} (Datenstand {self.id}, Import {self.file_name})",
            title_en=(f"Chamber register: register of crafts and list B1/B2 ({chambers}) (data version {self.id}, "
                      f"import of {self.file_name})"),
            publisher=chambers,
            source=(f"Registerauszug {self.file_name}, Stand {fmt_date(self.stand)}{span}, SHA-256 {self.sha256}, "
                    f"importiert von {self.imported_by} am {fmt_datetime(self.imported_at[:16])}; gezählt je "
                    "Hauptgewerbe (Gewerbegruppe nach Destatis, Verzeichnis „Handwerke der Anlagen A und B1 mit ihrer "
                    "Gewerbegruppe“), "
                    "nur Summen gespeichert"),
            source_en=(f"Register extract {self.file_name}, as of {fmt_date(self.stand, 'en')}{span_en}, SHA-256 "
                       f"{self.sha256}, imported by {self.imported_by} on {fmt_datetime(self.imported_at[:16], 'en')}; "
                       "counted by main trade (craft group as defined by Destatis, list 'Crafts of Anlage A and B1 with "
                       "their craft group'), only totals stored"),
            licence="intern (Kammerdaten; Einzelangaben nicht gespeichert)",
            licence_en="internal (chamber data; no individual records stored)",
            stand=self.stand or self.imported_at[:10],
            kind=self.kind,
            file=self.file_name,
            table=self.table_code,
            caveat=("Betriebe laut Handwerksrolle/Verzeichnis (Eintragungen, Stand 31.12.), A und B1 nach Gewerbegruppe "
                    "des Hauptgewerbes; nicht dasselbe wie Unternehmen der Handwerkszählung. Beschäftigte sind kein "
                    "Registermerkmal und bleiben Schätzung."),
            caveat_en=("Businesses according to the register of crafts (entries as of 31 Dec), Annex A and B1 by the "
                       "craft group of the main trade; not the same as the enterprises of the craft census. "
                       "Employees are not recorded in the register and remain an estimate."),
        )

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["dataset_id"] = self.dataset_id
        return d


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no login name (service accounts, containers, Windows without USERNAME)
        return "unbekannt"


def _ensure(con: duckdb.DuckDBPyConnection) -> None:
    """Tables exist (for connections not opened through ``open_user_db``)."""
    step = MIGRATIONS[0]
    assert isinstance(step, str)
    con.execute(step)


def active_version(con: duckdb.DuckDBPyConnection) -> int | None:
    _ensure(con)
    row = con.execute("SELECT value FROM import_state WHERE key = 'active'").fetchone()
    return int(row[0]) if row and row[0] else None


def list_versions(con: duckdb.DuckDBPyConnection, include_undone: bool = False) -> list[DataVersion]:
    """All data versions, oldest first (undone ones only with ``include_undone``)."""
    _ensure(con)
    active = active_version(con)
    rows = con.execute(
        "SELECT id, file_name, sha256, format, kind, coalesce(table_code, ''), coalesce(title, ''), coalesce(stand, ''), "
        "coalesce(imported_by, ''), strftime(imported_at, '%Y-%m-%d %H:%M:%S'), n_values, "
        "strftime(undone_at, '%Y-%m-%d %H:%M:%S'), summary FROM import_versions "
        + ("" if include_undone else "WHERE undone_at IS NULL ") + "ORDER BY id"
    ).fetchall()
    return [
        DataVersion(id=r[0], file_name=r[1], sha256=r[2], format=r[3], kind=r[4], table_code=r[5], title=r[6],
                    stand=r[7], imported_by=r[8], imported_at=r[9], n_values=r[10], undone_at=r[11],
                    active=(r[0] == active), summary=json.loads(r[12] or "{}"))
        for r in rows
    ]


def get_version(con: duckdb.DuckDBPyConnection, version_id: int) -> DataVersion:
    for v in list_versions(con, include_undone=True):
        if v.id == version_id:
            return v
    raise InvalidInputError(f"Datenstand {version_id} gibt es nicht.", f"Data version {version_id} does not exist.")


def provenance_records(con: duckdb.DuckDBPyConnection) -> list[Provenance]:
    """Provenance of every remaining import (kind ``official`` or ``import``)."""
    return [v.provenance() for v in list_versions(con)]


def declared_breaks(con: duckdb.DuckDBPyConnection, dataset_ids: list[str]) -> list[breaks.Break]:
    """Comparability breaks the imported tables of these versions declared (core.breaks), each named
    after its data version."""
    wanted = set(dataset_ids)
    out: list[breaks.Break] = []
    for v in list_versions(con):
        if v.dataset_id not in wanted:
            continue
        for b in breaks.from_dicts(v.summary.get("breaks", [])):
            out.append(dataclasses.replace(b, id=f"{v.dataset_id}:{b.kind}{b.year}", dataset=v.dataset_id))
    return out


def provenance_for(con: duckdb.DuckDBPyConnection, dataset_id: str) -> Provenance | None:
    if not dataset_id.startswith(PREFIX):
        return None
    try:
        return get_version(con, int(dataset_id[len(PREFIX):])).provenance()
    except (ValueError, InvalidInputError):
        return None


def save_version(con: duckdb.DuckDBPyConnection, batch: ImportBatch, *, user: str | None = None,
                 activate_it: bool = True) -> int:
    """Write the batch as a new data version, in ONE transaction (all or nothing); returns its id."""
    _ensure(con)
    dup = con.execute("SELECT id FROM import_versions WHERE sha256 = ? AND undone_at IS NULL",
                      [batch.sha256]).fetchone()
    if dup:
        raise ImportValidationError(
            f"{batch.file_name}: Diese Datei wurde bereits importiert (Datenstand {dup[0]}). Nichts geändert.",
            f"{batch.file_name}: this file has already been imported (data version {dup[0]}). Nothing changed.")
    import pandas as pd

    values = batch.values[["area_code", "year", "indicator", "gewerbegruppe", "value", "flag", "flag_meaning"]].copy()
    values["value"] = pd.to_numeric(values["value"], errors="coerce").astype("float64")
    for c in ("flag", "flag_meaning"):
        values[c] = values[c].where(values[c].notna(), None).astype(object)
    values["year"] = values["year"].astype("int64")
    with transaction(con):
        new_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM import_versions").fetchone()[0]  # type: ignore[index]
        con.execute(
            "INSERT INTO import_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            [new_id, batch.file_name, batch.sha256, batch.format, batch.kind, batch.table_code, batch.title,
             batch.stand, user or _user(), dt.datetime.now().replace(microsecond=0), len(values),
             json.dumps(batch.summary(), ensure_ascii=False, default=str)],
        )
        con.register("_import_values_df", values)
        con.execute(
            "INSERT INTO import_values SELECT ?, area_code, year::INTEGER, indicator, gewerbegruppe, value::DOUBLE, "
            "flag::VARCHAR, flag_meaning::VARCHAR FROM _import_values_df", [new_id])
        con.unregister("_import_values_df")
        if activate_it:
            con.execute("INSERT OR REPLACE INTO import_state VALUES ('active', ?)", [str(new_id)])
    return int(new_id)


def set_active(con: duckdb.DuckDBPyConnection, version_id: int | None) -> None:
    _ensure(con)
    if version_id is not None:
        v = get_version(con, version_id)
        if v.undone_at:
            raise InvalidInputError(f"Datenstand {version_id} wurde rückgängig gemacht.",
                                    f"Data version {version_id} has been undone.")
    con.execute("INSERT OR REPLACE INTO import_state VALUES ('active', ?)",
                ["" if version_id is None else str(version_id)])


def overlay(con: duckdb.DuckDBPyConnection, version_id: int | None) -> pd.DataFrame:
    """Values of the data version ``version_id`` (imports ≤ id, the latest per key); empty for bundled."""
    _ensure(con)
    if version_id is None:
        import pandas as pd

        return pd.DataFrame(columns=["area_code", "year", "indicator", "gewerbegruppe", "value", "flag", "kind",
                                     "dataset"])
    return con.execute(
        """SELECT v.area_code, v.year, v.indicator, v.gewerbegruppe, v.value, v.flag, iv.kind,
                  'import:' || v.version_id AS dataset
           FROM import_values v JOIN import_versions iv ON iv.id = v.version_id
           WHERE iv.undone_at IS NULL AND iv.id <= ?
           QUALIFY row_number() OVER (PARTITION BY v.area_code, v.year, v.indicator, v.gewerbegruppe
                                      ORDER BY v.version_id DESC) = 1""",
        [version_id],
    ).df()


def apply_overlay(store: DataStore, values: pd.DataFrame) -> None:
    """Rebuild ``store.facts`` = ``facts_bundled`` with ``values`` laid over it key by key."""
    cur = store.cursor()
    try:
        cur.register("_overlay_df", values)
        cur.execute(
            """CREATE OR REPLACE TABLE facts AS
               SELECT b.* FROM facts_bundled b
               ANTI JOIN (SELECT area_code::VARCHAR AS area_code, year::INTEGER AS year, indicator::VARCHAR AS indicator,
                                 gewerbegruppe::VARCHAR AS gewerbegruppe FROM _overlay_df) o
               USING (area_code, year, indicator, gewerbegruppe)
               UNION ALL
               SELECT area_code::VARCHAR, year::INTEGER, indicator::VARCHAR, gewerbegruppe::VARCHAR, value::DOUBLE,
                      flag::VARCHAR, kind::VARCHAR, dataset::VARCHAR FROM _overlay_df"""
        )
        cur.unregister("_overlay_df")
    finally:
        cur.close()


def lay_over(store: DataStore, con: duckdb.DuckDBPyConnection, version_id: int | None) -> None:
    """Rebuild the facts with the version's overlay and tell the store where the imported figures come from."""
    values = overlay(con, version_id)
    apply_overlay(store, values)
    ids = sorted({str(d) for d in values["dataset"].unique()}) if len(values) else []
    store.extra_provenance = {i: p for i in ids if (p := provenance_for(con, i)) is not None}
    store.extra_breaks = declared_breaks(con, ids)
    store.facts_version += 1  # caches of derived tables (forecast inputs, group pivots) drop their copy


def activate(store: DataStore, con: duckdb.DuckDBPyConnection, version_id: int | None) -> None:
    """Make ``version_id`` (None = bundled data) the active data version and rebuild ``store.facts``."""
    set_active(con, version_id)
    lay_over(store, con, version_id)


def restore_active(store: DataStore, con: duckdb.DuckDBPyConnection) -> int | None:
    """At start-up: lay the saved active version over the bundled facts; returns it (None = bundled)."""
    vid = active_version(con)
    if vid is not None:
        lay_over(store, con, vid)
    return vid


def undo_import(con: duckdb.DuckDBPyConnection, version_id: int, store: DataStore | None = None) -> int | None:
    """Undo an import (one transaction): its values go, its record stays marked as undone. If it was
    active, the newest remaining earlier version (or the bundled data) becomes active. With ``store``
    the facts are rebuilt. Returns the active version afterwards."""
    v = get_version(con, version_id)
    if v.undone_at:
        raise InvalidInputError(f"Datenstand {version_id} wurde bereits rückgängig gemacht.",
                                f"Data version {version_id} has already been undone.")
    active = active_version(con)
    with transaction(con):
        con.execute("DELETE FROM import_values WHERE version_id = ?", [version_id])
        con.execute("UPDATE import_versions SET undone_at = ? WHERE id = ?",
                    [dt.datetime.now().replace(microsecond=0), version_id])
        if active == version_id:
            row = con.execute("SELECT max(id) FROM import_versions WHERE undone_at IS NULL AND id < ?",
                              [version_id]).fetchone()
            active = row[0] if row and row[0] is not None else None
            con.execute("INSERT OR REPLACE INTO import_state VALUES ('active', ?)",
                        ["" if active is None else str(active)])
    if store is not None:
        lay_over(store, con, active)
    return active
