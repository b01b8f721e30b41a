"""Headless command line: ``handwerksmonitor <subcommand>``. Never imports Qt.

Each subcommand lives in its own module in this package and exposes ``register(subparsers)``,
which adds its parser and sets ``func`` (called with the parsed args, returns an exit code).
Output is German by default, English with ``--lang en``. Expected failures end with one line
on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys

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


# argparse's messages, in German (the default language of the output): (pattern, replacement).
_ARGPARSE_DE = [
    (re.compile(r"^unrecognized arguments: (.*)$"), r"unbekannte Angabe(n): \1 – gültige Optionen zeigt --help"),
    (re.compile(r"^argument (\S+): invalid choice: (\S+) \(choose from (.*)\)$"),
     r"\1: ungültiger Wert \2 – gültig sind: \3"),
    (re.compile(r"^argument (\S+): invalid int value: (\S+)$"), r"\1: \2 ist keine ganze Zahl"),
    (re.compile(r"^argument (\S+): invalid float value: (\S+)$"), r"\1: \2 ist keine Zahl"),
    (re.compile(r"^argument (\S+): expected one argument$"), r"\1: hier fehlt ein Wert"),
    (re.compile(r"^the following arguments are required: (.*)$"), r"es fehlt: \1"),
]


def wants_english(argv: list[str]) -> bool:
    return any(a == "--lang=en" for a in argv) or any(
        a == "--lang" and i + 1 < len(argv) and argv[i + 1] == "en" for i, a in enumerate(argv)
    )


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line with exit code 2 (no usage dump), in German
    unless ``--lang en`` is on the command line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        if not wants_english(sys.argv[1:] + _ARGV):
            for pattern, repl in _ARGPARSE_DE:
                if pattern.match(message):
                    message = pattern.sub(repl, message)
                    break
        sys.stderr.write(f"handwerksmonitor: {message}\n")
        raise SystemExit(2)


_ARGV: list[str] = []  # the argv handed to main() (tests call main() directly)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="handwerksmonitor", description="Handwerksmonitor Mitteldeutschland")
    parser.add_argument("--lang", choices=["de", "en"], default="de", help="Sprache der Ausgabe / output language")
    parser.add_argument("--region", default=None, help="Region (Standard: IRMD)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
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
    _ARGV[:] = argv
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
