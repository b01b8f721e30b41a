"""``--help`` in the user's language: German by default, English with ``--lang en``.

argparse writes its own frame in English ("usage:", "options:", "show this help message and
exit") and wraps with ``textwrap``, which breaks words at hyphens ("Maßnahmen-" / "Nummer").
``Parser`` replaces the frame texts, and ``HelpFormatter`` wraps at spaces only. Every help text
of a command is a pair, chosen with :func:`t` while the parser is built; the language is read from
the command line the parser is about to parse (:func:`set_argv`), as ``--lang`` may stand before
or after the subcommand.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from typing import Any

_ARGV: list[str] = []  # the argv handed to main() (tests call main() directly)


def set_argv(argv: list[str]) -> None:
    _ARGV[:] = argv


def wants_english(argv: list[str] | None = None) -> bool:
    args = sys.argv[1:] + _ARGV if argv is None else argv
    return any(a == "--lang=en" for a in args) or any(
        a == "--lang" and i + 1 < len(args) and args[i + 1] == "en" for i, a in enumerate(args)
    )


def t(de: str, en: str) -> str:
    """The help text in the language of the command line being parsed."""
    return en if wants_english() else de


# argparse's messages, in German (the default language of the output): (pattern, replacement).
_ARGPARSE_DE = [
    (re.compile(r"^unrecognized arguments: (.*)$"), r"unbekannte Angabe(n): \1 – gültige Optionen zeigt --help"),
    (re.compile(r"^argument (\S+): invalid choice: (\S+) \(choose from (.*)\)$"),
     r"\1: ungültiger Wert \2 – gültig sind: \3"),
    (re.compile(r"^argument (\S+): invalid int value: (\S+)$"), r"\1: \2 ist keine ganze Zahl"),
    (re.compile(r"^argument (\S+): invalid float value: (\S+)$"), r"\1: \2 ist keine Zahl"),
    (re.compile(r"^argument (\S+): expected one argument$"), r"\1: hier fehlt ein Wert"),
    (re.compile(r"^argument (\S+): ignored explicit argument (\S+)$"), r"\1: nimmt keinen Wert (\2)"),
    (re.compile(r"^ambiguous option: (\S+) could match (.*)$"), r"mehrdeutige Option \1: passt zu \2"),
    (re.compile(r"^the following arguments are required: (.*)$"), r"es fehlt: \1"),
]


def german_error(message: str) -> str:
    for pattern, repl in _ARGPARSE_DE:
        if pattern.match(message):
            return pattern.sub(repl, message)
    return message


class HelpFormatter(argparse.HelpFormatter):
    """Wraps at spaces only (never inside a word or at a hyphen); "Aufruf:" instead of "usage:"."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent,
                             break_long_words=False, break_on_hyphens=False)

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def] # noqa: ANN001
        if prefix is None:
            prefix = t("Aufruf: ", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class Parser(argparse.ArgumentParser):
    """argparse with the frame in the user's language; a bad option ends in one line (no usage dump)
    with exit code 2, in German unless ``--lang en`` is on the command line."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def] # noqa: ANN002, ANN003
        kwargs.setdefault("formatter_class", HelpFormatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = t("Argumente", "arguments")
        self._optionals.title = t("Optionen", "options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=t("diese Hilfe zeigen und beenden", "show this help and exit"))

    def add_subparsers(self, **kwargs: Any) -> argparse._SubParsersAction[Parser]:  # type: ignore[override]
        kwargs.setdefault("parser_class", type(self))
        kwargs.setdefault("title", t("Befehle", "commands"))
        kwargs.setdefault("metavar", t("BEFEHL", "COMMAND"))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        hint = _dash_value_hint(message)
        if not wants_english():
            message = german_error(message)
        sys.stderr.write(f"handwerksmonitor: {message}{hint}\n")
        raise SystemExit(2)


def _dash_value_hint(message: str) -> str:
    """A value starting with "-" (a scenario or file named "-x") is read as an option: say how to write it."""
    m = re.match(r"^argument (\S+?)(?:/\S+)?: expected one argument$", message)
    args = _ARGV or sys.argv[1:]
    if not m:
        return ""
    options = m.group(1).split("/")
    for i, a in enumerate(args[:-1]):
        if a in options and args[i + 1].startswith("-"):
            written = f"{a}={args[i + 1]}"
            return t(f" – ein Wert, der mit „-“ beginnt, bitte so schreiben: {written}",
                     f" – write a value that starts with '-' like this: {written}")
    return ""


def add_global_options(p: argparse.ArgumentParser, region: bool = True) -> None:
    """Accept ``--lang`` and ``--region`` after the subcommand too (``profile X --lang en``); when not
    given there, the main parser's values stay (``default=SUPPRESS``)."""
    p.add_argument("--lang", choices=["de", "en"], default=argparse.SUPPRESS,
                   help=t("Sprache der Ausgabe (Standard: de)", "output language (default: de)"))
    if region:
        p.add_argument("--region", default=argparse.SUPPRESS, metavar="CODE",
                       help=t("Region (Standard: IRMD)", "region (default: IRMD)"))
