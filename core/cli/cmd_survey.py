"""``handwerksmonitor survey [--json]``: the study's cooperation survey and later chamber surveys."""

from __future__ import annotations

import argparse
import sys

from core.cli.common import user_db_snapshot
from core.cli.helptext import add_global_options, t
from core.cli.output import fmt_number, print_json
from core.study import cite
from core.survey import all_results, answers, question


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("survey", help=t("Befragung zu Kooperationen", "survey on cooperation"))
    p.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    add_global_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with user_db_snapshot(args.lang) as con:
        results = all_results(con)
    lang = args.lang
    if args.json:
        print_json({"question": question(lang), "multiple_answers": True,
                    "answers": [{"key": k, "label": lbl} for k, lbl in answers(lang)],
                    "results": [r.to_json() for r in results]})
        return 0
    sys.stdout.write(question(lang) + (" (multiple answers)\n" if lang == "en" else " (Mehrfachantworten)\n\n"))
    for r in results:
        sys.stdout.write(f"{r.display_label(lang)}:\n")
        for key, label in answers(lang):
            v = r.percents.get(key)
            sys.stdout.write(f"  {label:<52} {fmt_number(v, 0, lang) + ' %' if v is not None else '–'}\n")
        src = cite(r.source.get("section") or r.source.get("source", ""), lang)
        sys.stdout.write(f"  {'Source' if lang == 'en' else 'Quelle'}: {src}\n\n")
    return 0
