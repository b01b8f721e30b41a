"""Helpers shared by the data subcommands: the store of the chosen region (with the user's active data
version laid over it, as in the window), a read-only look at the user database, source lines, labels."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import shutil
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from core import paths, provenance
from core.cli.helptext import add_global_options as add_global_options  # re-exported for the commands
from core.datastore import GEWERBEGRUPPEN_EN, DataStore
from core.errors import HandwerksmonitorError
from core.formatting import fmt_datetime
from core.regions import load_region
from core.userdb import open_snapshot


@contextlib.contextmanager
def user_db_snapshot(lang: str, migrated: bool = True) -> Iterator[Any]:
    """A throw-away copy of the user database (``None`` if there is none): a command never creates,
    locks or changes the real file. A database that cannot be read is reported in one line on stderr
    (the command goes on with the bundled data). ``migrated=False``: as the file is (for a quick look at
    one table; the modules that own user tables - pandas among their imports - are not loaded)."""
    if not paths.user_db_path().exists():
        yield None
        return

    con = None
    snap_dir: Path | None = None
    try:
        con = open_snapshot(migrate_it=migrated)
        row = con.execute("SELECT file FROM pragma_database_list WHERE name = current_database()").fetchone()
        snap_dir = Path(row[0]).parent if row and row[0] else None
    except (HandwerksmonitorError, duckdb.Error, OSError) as exc:
        note(lang, "Benutzerdatenbank nicht lesbar", "user database not readable", exc)
    try:
        yield con
    finally:
        if con is not None:
            con.close()
        if snap_dir is not None and snap_dir.name.startswith("hwm-snapshot-"):
            shutil.rmtree(snap_dir, ignore_errors=True)


def quick_count(lang: str, sql: str) -> int | None:
    """``count(*)`` of ``sql`` on an unmigrated copy of the user database: 0 when the table does not exist
    (nothing was ever stored there), None when the copy cannot be read that way (then the caller takes
    the full, migrated snapshot and reports what is wrong)."""
    with user_db_snapshot(lang, migrated=False) as con:
        if con is None:
            return 0
        try:
            row = con.execute(sql).fetchone()
        except duckdb.CatalogException:
            return 0
        except duckdb.Error:
            return None
    return int(row[0]) if row else 0


def note(lang: str, de: str, en: str, exc: BaseException) -> None:
    msg = exc.message(lang) if isinstance(exc, HandwerksmonitorError) else str(exc)
    sys.stderr.write(f"Note: {en} ({msg})\n" if lang == "en" else f"Hinweis: {de} ({msg})\n")


_ACTIVE_SQL = "SELECT count(*) FROM import_state WHERE key = 'active' AND value <> ''"


def store_for(args: argparse.Namespace, user_con: Any = None) -> DataStore:
    """The bundled data of the region chosen with ``--region`` (default IRMD), with the active imported
    data version laid over it (``core.imports.versions.restore_active``) if there is one. ``user_con``: a
    migrated snapshot the command has opened anyway (the export): looked at instead of a second copy."""
    store = DataStore(load_region(args.region))
    lang = args.lang
    if user_con is not None:
        try:
            active = user_con.execute(_ACTIVE_SQL).fetchone()
        except duckdb.Error:
            active = None
        if active and active[0]:
            _restore(store, user_con, lang)
        return store
    if not paths.user_db_path().exists():  # no user database, no imported data version
        return store
    if quick_count(lang, _ACTIVE_SQL) == 0:
        return store  # no imported data version active: nothing to lay over
    with user_db_snapshot(lang) as con:
        if con is not None:
            _restore(store, con, lang)
    return store


def _restore(store: DataStore, con: Any, lang: str) -> None:
    try:
        versions = importlib.import_module("core.imports.versions")
    except ImportError:
        return
    try:
        versions.restore_active(store, con)
    except (HandwerksmonitorError, duckdb.Error) as exc:
        note(lang, "importierter Datenstand nicht angewendet", "imported data version not applied", exc)


def kind_label(kind: str, lang: str) -> str:
    labels = provenance.KIND_LABEL_EN if lang == "en" else provenance.KIND_LABEL_DE
    return labels.get(kind, kind)


def group_label(group: str, lang: str) -> str:
    return GEWERBEGRUPPEN_EN.get(group, group) if lang == "en" else group


def source_line(rec: dict[str, Any], lang: str) -> str:
    """One line per source: title – publisher, Stand[, table, file, import date] (kind), in ``lang`` (texts in
    English where the record has them, dates as dates of that language)."""
    en = lang == "en"
    rec = provenance.localize_record(rec, lang)
    title = rec.get("title_en") if en and rec.get("title_en") else rec.get("title")
    title = title or rec.get("name") or rec.get("id", "")
    parts = [str(title)]
    if rec.get("publisher"):
        parts.append(f" – {rec['publisher']}")
    if rec.get("stand"):
        parts.append(f", Stand {rec['stand']}" if not en else f", as of {rec['stand']}")
    if rec.get("imported"):  # an imported table: which table, which file, when
        if rec.get("table"):
            parts.append(f", {'table' if en else 'Tabelle'} {rec['table']}")
        if rec.get("file"):
            parts.append(f", {'file' if en else 'Datei'} {rec['file']}")
        if rec.get("imported_at"):
            parts.append(f", {'imported' if en else 'importiert am'} {fmt_datetime(str(rec['imported_at'])[:16], lang)}")
    parts.append(f" ({kind_label(str(rec.get('kind', '')), lang)})")
    return "".join(parts)


def write_breaks(items: list[dict[str, Any]], lang: str) -> None:
    """A warning line per comparability break the figures above cross (``core.breaks`` dicts)."""
    for b in items:
        text = b.get("text_en") if lang == "en" else b.get("text")
        line = ("⚠ Caution: " if lang == "en" else "⚠ Achtung: ") + str(text or b.get("id", ""))
        sys.stdout.write(textwrap.fill(line, 100, subsequent_indent="  ", break_long_words=False,
                                       break_on_hyphens=False) + "\n")


def write_sources(records: list[dict[str, Any]], lang: str) -> None:
    """The closing source lines of every human-readable output; the datasets a source rests on (e.g. the
    estimate's margins) indented below it."""
    sys.stdout.write("\n" + ("Sources:" if lang == "en" else "Quellen:") + "\n")
    for rec in [r for r in records if not r.get("input_of")]:
        sys.stdout.write(f"  {source_line(rec, lang)}\n")
        by_id = {r.get("id"): r for r in records}
        inputs = [by_id[i] for i in rec.get("inputs", []) if i in by_id]
        if inputs:
            sys.stdout.write("    " + ("rests on:" if lang == "en" else "beruht auf:") + "\n")
        for sub in inputs:
            sys.stdout.write(f"      {source_line(sub, lang)}\n")
    if any(r.get("kind") == "estimate" for r in records):
        note_line = (
            "  estimate = own estimate per craft group fitted to published totals, not an official figure"
            if lang == "en"
            else "  Schätzung = eigene Schätzung je Gewerbegruppe, an veröffentlichte Summen angepasst; kein amtlicher Wert"
        )
        sys.stdout.write(note_line + "\n")
