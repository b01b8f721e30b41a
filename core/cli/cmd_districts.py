"""``handwerksmonitor districts``: the region's districts, one per line (AGS, name, state)."""

from __future__ import annotations

import argparse
import sys

from core.cli.helptext import add_global_options, t
from core.cli.output import print_json
from core.regions import load_region


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("districts", help=t("Kreise der Region auflisten", "list the districts of the region"))
    p.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    add_global_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    region = load_region(args.region)
    states = {a.code: a.name for a in region.comparison_areas}
    if args.json:
        print_json([{"ags": d.ags, "name": d.name, "state": states.get(d.state, d.state)} for d in region.districts])
        return 0
    for d in region.districts:
        sys.stdout.write(f"{d.ags}\t{d.name}\t{states.get(d.state, d.state)}\n")
    return 0
