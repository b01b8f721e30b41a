"""Headless command line: ``handwerksmonitor <subcommand>``. Never imports Qt.

Each subcommand lives in its own module in this package and exposes ``register(subparsers)``,
which adds its parser and sets ``func`` (called with the parsed args, returns an exit code).
Output is German by default, English with ``--lang en``. Expected failures end with one line
on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from core.atomic_file import clean_stale_temps
from core.cli.helptext import Parser, set_argv, t, wants_english
from core.errors import HandwerksmonitorError
from core.gc_tuning import relaxed
from core.text_safety import safe_streams

# Subcommands by name, in the order they appear in --help: the module that registers each. Only the
# module of the command being run is imported (``import pandas`` alone costs more than a whole
# ``districts``); ``--help`` without a command imports them all.
COMMANDS: dict[str, str] = {
    "districts": "core.cli.cmd_districts",
    "profile": "core.cli.cmd_profile",
    "portfolio": "core.cli.cmd_portfolio",
    "sources": "core.cli.cmd_sources",
    "forecast": "core.cli.cmd_forecast",
    "tracker": "core.cli.cmd_tracker",
    "import": "core.cli.cmd_import",
    "export": "core.cli.cmd_export",
    "report": "core.cli.cmd_report",
    "apprenticeships": "core.cli.cmd_apprenticeships",
    "business-size": "core.cli.cmd_business_size",
    "survey": "core.cli.cmd_survey",
    "swot": "core.cli.cmd_swot",
}
COMMAND_MODULES = list(dict.fromkeys(COMMANDS.values()))

# Global options that take a value (skipped when looking for the command word).
_VALUE_OPTIONS = {"--lang", "--region"}

# re-exported for the launcher and gui/report/cli.py
_Parser = Parser
__all__ = ["COMMANDS", "COMMAND_MODULES", "Parser", "build_parser", "command_names", "main", "wants_english"]


def command_in(argv: list[str]) -> str | None:
    """The subcommand argparse will pick: the first positional word (values of --lang/--region skipped),
    if it names a command."""
    skip = False
    for a in argv:
        if skip:
            skip = False
        elif a in _VALUE_OPTIONS:
            skip = True
        elif not a.startswith("-"):
            return a if a in COMMANDS else None
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand, or with only the subcommand ``only`` (its module alone is imported)."""
    parser = Parser(prog="handwerksmonitor", description=t(
        "Handwerksmonitor Mitteldeutschland – Befehle ohne Fenster. Ohne Befehl startet das Programmfenster.",
        "Handwerksmonitor Mitteldeutschland – commands without the window. Without a command the window opens."))
    parser.add_argument("--lang", choices=["de", "en"], default="de",
                        help=t("Sprache der Ausgabe (Standard: de)", "output language (default: de)"))
    parser.add_argument("--region", default=None, metavar="CODE",
                        help=t("Region (Standard: IRMD)", "region (default: IRMD)"))
    parser.set_defaults(func=None)  # a subcommand sets its ``run``
    sub = parser.add_subparsers(dest="command")
    for name, module in COMMANDS.items():
        if only is not None and name != only:
            continue
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:
                continue
            raise
        mod.register(sub)
    return parser


def command_names() -> set[str]:
    """Names of all subcommands (used by the launcher to decide: headless or window); imports nothing."""
    return set(COMMANDS)


def main(argv: list[str] | None = None) -> int:
    """Run one command. Everything it prints passes :func:`core.text_safety.clean` (text from files and
    users never reaches the terminal as control codes); temp files of killed writers are removed first.
    Only the module of the command being run is imported (:func:`command_in`)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    set_argv(argv)

    with relaxed(), safe_streams():  # relaxed: fewer collections while the command runs (core.gc_tuning)
        clean_stale_temps()
        parser = build_parser(only=command_in(argv))
        args = parser.parse_args(argv)
        lang = args.lang
        if args.func is None:
            parser.print_help()
            return 2
        try:
            return int(args.func(args) or 0)
        except HandwerksmonitorError as exc:
            sys.stderr.write(exc.message(lang).rstrip() + "\n")
            return 2
        except BrokenPipeError:
            return 0
        finally:
            _print_notices(lang)


def _print_notices(lang: str) -> None:
    """Notices recorded while the command looked at the user database (e.g. a damaged change log)."""
    userdb = sys.modules.get("core.userdb")
    if userdb is not None:
        for text in userdb.take_notices(lang):
            sys.stderr.write(text + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
