"""``handwerksmonitor sources [--json]``: every bundled and imported dataset with its provenance."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import duckdb

from core.cli.common import add_global_options, kind_label, note, quick_count, source_line, user_db_snapshot
from core.cli.helptext import t
from core.cli.output import print_json
from core.errors import HandwerksmonitorError
from core.provenance import localize_record
from core.sources import all_sources, imported_versions


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sources", help=t("Datenquellen mit Herkunft und Lizenz", "data sources with provenance and licence"))
    p.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    add_global_options(p)
    p.set_defaults(func=run)


def _imported(lang: str) -> list[dict[str, Any]]:
    """Imported data versions from a throw-away copy of the user database (see common.user_db_snapshot)."""
    if quick_count(lang, "SELECT count(*) FROM import_versions") == 0:
        return []  # nothing ever imported: no need to load the import machinery
    with user_db_snapshot(lang) as con:
        if con is None:
            return []
        try:
            return imported_versions(con)
        except (HandwerksmonitorError, duckdb.Error) as exc:
            note(lang, "importierte Datenstände nicht aufgeführt", "imported data versions not listed", exc)
            return []


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    records = all_sources(None, None) + _imported(lang)
    if args.json:
        print_json(records)
        return 0
    for rec in records:
        sys.stdout.write(f"{rec.get('id', '')}: {source_line(rec, lang)}\n")
        shown = localize_record(rec, lang)
        details = "; ".join(str(shown[k]) for k in ("source", "licence") if shown.get(k))
        if details:
            sys.stdout.write(f"    {details}\n")
    counts: dict[str, int] = {}
    for rec in records:
        counts[str(rec.get("kind"))] = counts.get(str(rec.get("kind")), 0) + 1
    summary = ", ".join(f"{v} {kind_label(k, lang)}" for k, v in counts.items())
    sys.stdout.write(("\nDatasets: " if lang == "en" else "\nDatensätze: ") + summary + "\n")
    return 0
