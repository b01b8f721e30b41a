"""``handwerksmonitor apprenticeships [--region CODE] [--json]``: every published apprenticeship series,
points with their dates and sources; nothing interpolated."""

from __future__ import annotations

import argparse
import sys

from core.apprenticeships import CHAMBER_NOTE_DE, CHAMBER_NOTE_EN, all_series
from core.cli.common import store_for, write_sources
from core.cli.output import fmt_number, print_json
from core.errors import InvalidInputError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("apprenticeships", help="Ausbildung im Handwerk / apprenticeships")
    p.add_argument("--region", dest="series_region", default=None,
                   help="DG, 14, 15, 16, HWK-L, HWK-H, HWK-O")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = store_for(args)
    series = all_series(store, args.series_region)
    if args.series_region and not series:
        valid = sorted({s.region_code for s in all_series(store)})
        raise InvalidInputError(
            f"Keine Ausbildungsreihen für „{args.series_region}“. Gültig: {', '.join(valid)}",
            f"No apprenticeship series for '{args.series_region}'. Valid: {', '.join(valid)}",
        )
    if args.json:
        print_json([s.to_json() for s in series])
        return 0
    lang = args.lang
    for s in series:
        sys.stdout.write(s.label(lang) + "\n")
        for p in s.points:
            approx = (" (approx.)" if lang == "en" else " (gerundet)") if p.approximate else ""
            sys.stdout.write(f"  {p.date}  {fmt_number(p.value, 0, lang)}{approx}\n")
    sys.stdout.write("\n" + (CHAMBER_NOTE_EN if lang == "en" else CHAMBER_NOTE_DE) + "\n")
    write_sources([series[0].source()] if series else [], lang)
    return 0
