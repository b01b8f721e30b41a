"""``handwerksmonitor swot [--json]``: the SWOT board with sources and linked recommendations."""

from __future__ import annotations

import argparse
import sys

import duckdb

from core import swot
from core.cli.common import user_db_snapshot
from core.cli.helptext import add_global_options, t
from core.cli.output import print_json
from core.study import cite
from core.userdb import migrate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("swot", help=t("SWOT-Analyse der Studie", "SWOT analysis of the study"))
    p.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    add_global_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with user_db_snapshot(args.lang) as con:
        if con is None:  # no user database yet: the board as preloaded from the study
            con = duckdb.connect(":memory:")
            migrate(con)
        board = swot.board(con)
    if args.json:
        print_json(board)
        return 0
    i = 1 if args.lang == "en" else 0
    rec = "recommendations" if args.lang == "en" else "Empfehlungen"
    for cat in swot.CATEGORIES:
        sys.stdout.write(f"{swot.CATEGORY_LABELS[cat][i]}\n")
        for it in board[cat]:
            text = (it.get("text_en") or it["text"]) if args.lang == "en" else it["text"]
            sys.stdout.write(f"  {it['id']:<4} {text}\n       → {rec} {', '.join(map(str, it['recommendations']))}"
                             f"  [{cite(it['source'], args.lang)}]\n")
        sys.stdout.write("\n")
    return 0
