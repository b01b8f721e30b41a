"""``handwerksmonitor business-size [--district D] [--json]``: persons per craft enterprise
(official Handwerkszählung 2010–2014) against the state and Germany."""

from __future__ import annotations

import argparse
import sys

from core.business_size import ART_LABELS, size_profile
from core.cli.common import store_for, write_sources
from core.cli.helptext import add_global_options, t
from core.cli.output import fmt_number, fmt_percent, print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("business-size", help=t("Betriebsgrößen der Handwerksunternehmen",
                                               "size of the craft businesses"))
    p.add_argument("--district", default=None, metavar=t("KREIS", "DISTRICT"),
                   help=t("AGS oder Name (Standard: alle Kreise)", "AGS or name (default: all districts)"))
    p.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    add_global_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = store_for(args)
    districts = [store.region.district(args.district)] if args.district else list(store.region.districts)
    profiles = [size_profile(store, d.ags) for d in districts]
    if args.json:
        print_json(profiles)
        return 0
    lang = args.lang
    i = 1 if lang == "en" else 0
    for prof in profiles:
        for arts in prof["series"].values():
            s = arts["insgesamt"]
            sys.stdout.write(
                f"{s['name']:<22} {ART_LABELS['insgesamt'][i]}: "
                + "  ".join(f"{y}: {fmt_number(v, 1, lang)}" for y, v in s["values"].items())
                + f"  ({'change' if lang == 'en' else 'Veränderung'} {fmt_percent(s['change_rel'], 1, lang)})\n"
            )
        sys.stdout.write("\n")
    sys.stdout.write((profiles[0]["note_en"] if lang == "en" else profiles[0]["note"]) + "\n")
    write_sources(profiles[0]["sources"], lang)
    return 0
