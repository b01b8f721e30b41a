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

from core.cli.helptext import Parser, set_argv, t, wants_english
from core.errors import HandwerksmonitorError

# Subcommand modules, in the order they appear in --help.
COMMAND_MODULES = [
    "core.cli.cmd_districts",
    "core.cli.cmd_profile",
    "core.cli.cmd_portfolio",
    "core.cli.cmd_sources",
    "core.cli.cmd_forecast",
    "core.cli.cmd_tracker",
    "core.cli.cmd_import",
    "core.cli.cmd_export",
    "core.cli.cmd_report",
    "core.cli.cmd_apprenticeships",
    "core.cli.cmd_business_size",
    "core.cli.cmd_survey",
    "core.cli.cmd_swot",
]

SUBCOMMANDS: set[str] = set()


# re-exported for the launcher and gui/report/cli.py
_Parser = Parser
__all__ = ["COMMAND_MODULES", "Parser", "build_parser", "command_names", "main", "wants_english"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="handwerksmonitor", description=t(
        "Handwerksmonitor Mitteldeutschland – Befehle ohne Fenster. Ohne Befehl startet das Programmfenster.",
        "Handwerksmonitor Mitteldeutschland – commands without the window. Without a command the window opens."))
    parser.add_argument("--lang", choices=["de", "en"], default="de",
                        help=t("Sprache der Ausgabe (Standard: de)", "output language (default: de)"))
    parser.add_argument("--region", default=None, metavar="CODE",
                        help=t("Region (Standard: IRMD)", "region (default: IRMD)"))
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        mod.register(sub)
    return parser


def command_names() -> set[str]:
    """Names of all subcommands (used by the launcher to decide: headless or window)."""
    parser = build_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else []:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: list[str] | None = None) -> int:
    """Run one command. Everything it prints passes :func:`core.text_safety.clean` (text from files and
    users never reaches the terminal as control codes); temp files of killed writers are removed first."""
    argv = list(sys.argv[1:] if argv is None else argv)
    set_argv(argv)
    from core.atomic_file import clean_stale_temps
    from core.text_safety import safe_streams

    with safe_streams():
        clean_stale_temps()
        parser = build_parser()
        args = parser.parse_args(argv)
        lang = args.lang
        if not getattr(args, "func", None):
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
