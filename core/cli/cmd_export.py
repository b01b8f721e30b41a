"""``handwerksmonitor export --out FILE.xlsx [--district D ...] [--all-districts] [--scenario S]``.

Writes the Excel workbook headless (one sheet per table plus "Quellen" and "Annahmen"); all
districts go into one workbook with ``--all-districts`` (also the default without ``--district``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from core.cli.common import store_for
from core.cli.helptext import add_global_options, t
from core.errors import ExportError, InvalidInputError, UserDatabaseError
from core.forecast import scenarios
from core.userdb import open_snapshot


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help=t("Excel-Arbeitsmappe schreiben", "write the Excel workbook"))
    p.add_argument("--out", required=True, metavar=t("DATEI", "FILE"), help=t("Zieldatei (.xlsx)", "target file (.xlsx)"))
    p.add_argument("--district", action="append", default=[], metavar=t("KREIS", "DISTRICT"),
                   help=t("Kreis (AGS oder Name), mehrfach möglich", "district (AGS or name), repeatable"))
    p.add_argument("--all-districts", action="store_true", help=t("alle Kreise der Region", "all districts of the region"))
    p.add_argument("--scenario", default=None, metavar=t("SZENARIO", "SCENARIO"),
                   help=t("Prognose-Szenario (Standard: alle)", "forecast scenario (default: all)"))
    p.add_argument("--from", dest="start", type=int, default=2010, metavar=t("JAHR", "YEAR"),
                   help=t("Portfolio: Startjahr (Standard: 2010)", "portfolio: first year (default: 2010)"))
    p.add_argument("--to", dest="end", type=int, default=2018, metavar=t("JAHR", "YEAR"),
                   help=t("Portfolio: Endjahr (Standard: 2018)", "portfolio: last year (default: 2018)"))
    add_global_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.export import ExportRequest, export_workbook

    en = args.lang == "en"
    if not str(args.out).lower().endswith(".xlsx"):
        raise InvalidInputError(
            f"Die Zieldatei „{args.out}“ muss auf .xlsx enden.",
            f"The target file '{args.out}' must end in .xlsx.",
        )
    if args.all_districts and args.district:
        raise InvalidInputError(
            "Bitte entweder --district oder --all-districts angeben, nicht beides.",
            "Give either --district or --all-districts, not both.",
        )
    folder = Path(args.out).expanduser().absolute().parent
    if not folder.is_dir():
        raise ExportError(
            f"Der Ordner „{folder}“ existiert nicht. Bitte wählen Sie einen vorhandenen Ordner.",
            f"The folder '{folder}' does not exist. Please choose an existing folder.",
        )
    con = _user_db()  # one snapshot for the sheets and for the imported data version (store_for)
    store = store_for(args, con)
    codes = (
        [] if args.all_districts else list(dict.fromkeys(store.region.district(d).ags for d in args.district))
    )
    if args.scenario is not None:
        _check_scenario(con, args.scenario)
    request = ExportRequest(codes, args.scenario, args.start, args.end, user_con=con)
    result = export_workbook(store, args.out, request)
    w = sys.stdout.write
    w(("Written" if en else "Geschrieben") + f": {result.path}\n")
    w(("Sheets" if en else "Blätter") + f": {', '.join(result.sheets)}\n")
    for sheet, reason in result.skipped:
        w(("Skipped" if en else "Ausgelassen") + f": {sheet} ({reason})\n")
    return 0


def _user_db() -> Any:
    """A read-only snapshot of the user database (tracker, saved scenarios; the export only reads, so it
    never takes the lock); None if it cannot be read (those sheets are then skipped and reported)."""
    try:
        return open_snapshot()
    except (UserDatabaseError, OSError):
        return None


def _check_scenario(con: Any, name: str) -> None:
    """Fail early on an unknown scenario name."""
    scenarios.load(con, name)  # raises InvalidInputError naming the valid scenarios
