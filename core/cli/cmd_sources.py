"""``handwerksmonitor sources [--json]``: every bundled and imported dataset with its provenance."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import duckdb

from core import paths
from core.cli.common import kind_label, source_line
from core.cli.output import print_json
from core.errors import HandwerksmonitorError
from core.sources import all_sources, imported_versions


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sources", help="Datenquellen / data sources")
    p.add_argument("--json", action="store_true", help="JSON ausgeben / print JSON")
    p.set_defaults(func=run)


def _imported(lang: str) -> list[dict]:
    """Imported data versions, read from a throw-away copy of the user database (never created, locked
    or changed by this command). A database that cannot be read is reported in one line, not fatal."""
    if not paths.user_db_path().exists():
        return []
    from core.userdb import open_snapshot

    snap_dir: Path | None = None
    try:
        con = open_snapshot()
        row = con.execute("SELECT file FROM pragma_database_list WHERE name = current_database()").fetchone()
        snap_dir = Path(row[0]).parent if row and row[0] else None
        try:
            return imported_versions(con)
        finally:
            con.close()
    except (HandwerksmonitorError, duckdb.Error, OSError) as exc:
        msg = exc.message(lang) if isinstance(exc, HandwerksmonitorError) else str(exc)
        sys.stderr.write(
            f"Note: imported data versions not listed ({msg})\n" if lang == "en"
             else f"Hinweis: importierte Datenstände nicht aufgeführt ({msg})\n"
        )
        return []
    finally:
        if snap_dir is not None and snap_dir.name.startswith("hwm-snapshot-"):
            shutil.rmtree(snap_dir, ignore_errors=True)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    records = all_sources(None, None) + _imported(lang)
    if args.json:
        print_json(records)
        return 0
    for rec in records:
        sys.stdout.write(f"{rec.get('id', '')}: {source_line(rec, lang)}\n")
        details = "; ".join(str(rec[k]) for k in ("source", "licence") if rec.get(k))
        if details:
            sys.stdout.write(f"    {details}\n")
    counts: dict[str, int] = {}
    for rec in records:
        counts[str(rec.get("kind"))] = counts.get(str(rec.get("kind")), 0) + 1
    summary = ", ".join(f"{v} {kind_label(k, lang)}" for k, v in counts.items())
    sys.stdout.write(("\nDatasets: " if lang == "en" else "\nDatensätze: ") + summary + "\n")
    return 0
