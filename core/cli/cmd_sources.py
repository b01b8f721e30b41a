"""``handwerksmonitor sources [--json]``: every bundled and imported dataset with its provenance."""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import Any

from core import paths
from core.cli.common import kind_label, source_line
from core.cli.output import print_json
from core.errors import HandwerksmonitorError
from core.sources import all_sources


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sources", help="Datenquellen / data sources")
    p.add_argument("--json", action="store_true", help="JSON ausgeben / print JSON")
    p.set_defaults(func=run)


def _user_snapshot() -> Any:
    """A read-only copy of the user database if one exists (never created or locked by this command)."""
    if not paths.user_db_path().exists():
        return None
    from core.userdb import open_snapshot

    try:
        return open_snapshot()
    except HandwerksmonitorError:
        return None


def run(args: argparse.Namespace) -> int:
    con = _user_snapshot()
    try:
        records = all_sources(None, con)
    finally:
        if con is not None:
            with contextlib.suppress(Exception):
                con.close()
    if args.json:
        print_json(records)
        return 0
    lang = args.lang
    for rec in records:
        line = source_line(rec, lang)
        src = rec.get("source")
        sys.stdout.write(f"{rec.get('id', '')}: {line}\n")
        if src:
            sys.stdout.write(f"    {src}; {rec.get('licence', '')}\n".replace("; \n", "\n"))
    counts: dict[str, int] = {}
    for rec in records:
        counts[str(rec.get("kind"))] = counts.get(str(rec.get("kind")), 0) + 1
    summary = ", ".join(f"{v} {kind_label(k, lang)}" for k, v in counts.items())
    sys.stdout.write(("\nDatasets: " if lang == "en" else "\nDatensätze: ") + summary + "\n")
    return 0
