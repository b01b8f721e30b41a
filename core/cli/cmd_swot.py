"""``handwerksmonitor swot [--json]``: the SWOT board with sources and linked recommendations."""

from __future__ import annotations

import argparse
import sys

from core import swot
from core.cli.output import print_json
from core.userdb import open_or_snapshot


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("swot", help="SWOT-Analyse / SWOT board")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    con, _ro = open_or_snapshot()
    try:
        board = swot.board(con)
    finally:
        con.close()
    if args.json:
        print_json(board)
        return 0
    i = 1 if args.lang == "en" else 0
    rec = "recommendations" if args.lang == "en" else "Empfehlungen"
    for cat in swot.CATEGORIES:
        sys.stdout.write(f"{swot.CATEGORY_LABELS[cat][i]}\n")
        for it in board[cat]:
            sys.stdout.write(f"  {it['id']:<4} {it['text']}\n       → {rec} {', '.join(map(str, it['recommendations']))}"
                             f"  [{it['source']}]\n")
        sys.stdout.write("\n")
    return 0
