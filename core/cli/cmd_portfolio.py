"""``handwerksmonitor portfolio [--from 2010] [--to 2018] [--district D] [--json]``: the Branchenportfolio."""

from __future__ import annotations

import argparse
import sys

from core import indicators
from core.cli.common import (
    add_global_options,
    group_label,
    kind_label,
    store_for,
    write_breaks,
    write_sources,
)
from core.cli.helptext import t
from core.cli.output import fmt_number, fmt_percent, print_json, print_table
from core.portfolio import portfolio
from core.profile import ESTIMATE_LABEL


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("portfolio", help=t("Branchenportfolio der Gewerbegruppen", "sector portfolio of the craft groups"))
    p.add_argument("--from", dest="start", type=int, default=indicators.DEFAULT_START, metavar=t("JAHR", "YEAR"),
                   help=t(f"Startjahr (Standard: {indicators.DEFAULT_START})",
                          f"first year (default: {indicators.DEFAULT_START})"))
    p.add_argument("--to", dest="end", type=int, default=indicators.DEFAULT_END, metavar=t("JAHR", "YEAR"),
                   help=t(f"Endjahr (Standard: {indicators.DEFAULT_END})", f"last year (default: {indicators.DEFAULT_END})"))
    p.add_argument("--district", default=None, metavar=t("KREIS", "DISTRICT"),
                   help=t("Kreis (Standard: ganze Region)", "district (default: region)"))
    p.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    add_global_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = store_for(args)
    df = portfolio(store, args.district, args.start, args.end)
    meta = df.attrs
    if args.json:
        print_json(
            {
                "area": meta["area"],
                "name": meta["area_name"],
                "from": meta["start"],
                "to": meta["end"],
                "measure": meta["measure"],
                "groups": df.to_dict("records"),
                "breaks": meta["breaks"],
                "sources": meta["sources"],
            }
        )
        return 0
    lang = args.lang
    en = lang == "en"
    est = ESTIMATE_LABEL[lang]
    title = "Sector portfolio" if en else "Branchenportfolio"
    growth = "change of persons employed" if en else "Entwicklung der tätigen Personen"
    sys.stdout.write(f"{title} {meta['area_name']} ({growth} {meta['start']}–{meta['end']}, {est})\n")
    headers = (
        ["Craft group", "Growth", "LQ", f"Persons employed {meta['end']}", "Quadrant"]
        if en
        else ["Gewerbegruppe", "Wachstum", "LQ", f"Tätige Personen {meta['end']}", "Quadrant"]
    )
    rows = [
        [
            group_label(r["gewerbegruppe"], lang) + f" [{kind_label(r['kind'], lang)}]",
            fmt_percent(r["growth"], 1, lang),
            fmt_number(r["lq"], 2, lang),
            fmt_number(r["employees"], 0, lang),
            (r["quadrant_en"] if en else r["quadrant"]) or "–",
        ]
        for r in df.to_dict("records")
    ]
    write_breaks(meta["breaks"], lang)  # above the table: the growth column contains the switch
    print_table(headers, rows)
    write_sources(meta["sources"], lang)
    return 0
