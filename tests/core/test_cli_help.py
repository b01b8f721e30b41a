"""``--help`` reads as one language: German by default (no argparse English such as "usage:" or
"show this help message"), English with ``--lang en``; every option explains itself; lines wrap at
spaces only, so no word is broken across lines at any terminal width."""

from __future__ import annotations

import argparse
import re

import pytest

from core.cli import build_parser
from core.cli.helptext import set_argv

pytestmark = pytest.mark.needs_qt  # the window's and the report's options are checked too

ENGLISH_FRAGMENTS = ("usage:", "options:", "positional arguments", "show this help message", "optional arguments")


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    out = [(path, parser)]
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for name, sub in action.choices.items():
                out += _parsers(sub, (*path, name))
    return out


def _window_parser(argv: list[str]) -> argparse.ArgumentParser:
    import gui.app

    captured: dict[str, argparse.ArgumentParser] = {}
    original = argparse.ArgumentParser.parse_known_args

    def grab(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        captured["p"] = self
        return original(self, args, namespace)

    argparse.ArgumentParser.parse_known_args = grab  # type: ignore[method-assign]
    try:
        gui.app.parse_args(argv)
    finally:
        argparse.ArgumentParser.parse_known_args = original  # type: ignore[method-assign]
    return captured["p"]


def _all_helps(lang: str) -> list[tuple[str, str, argparse.ArgumentParser]]:
    argv = ["--lang", "en"] if lang == "en" else []
    set_argv(argv)
    try:
        parsers = [(" ".join(p), parser) for p, parser in _parsers(build_parser())]
        from gui.report.cli import build_parser as report_parser

        parsers.append(("report (Qt)", report_parser()))
        parsers.append(("window", _window_parser(argv)))
        set_argv(argv)
        return [(name, parser.format_help(), parser) for name, parser in parsers]
    finally:
        set_argv([])


def test_german_help_has_no_english_argparse_fragments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    helps = _all_helps("de")
    assert len(helps) > 15  # every command and tracker subcommand
    for name, text, _ in helps:
        lowered = text.lower()
        for fragment in ENGLISH_FRAGMENTS:
            assert fragment not in lowered, f"{name}: '{fragment}' in\n{text}"
        assert text.startswith("Aufruf: "), name
        assert "diese Hilfe zeigen und beenden" in text, name


def test_english_help_is_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    for name, text, _ in _all_helps("en"):
        assert text.startswith("usage: "), name
        for german in ("Aufruf", "Optionen", "Standard:", "diese Hilfe", "ausgeben", "Zieldatei"):
            assert german not in text, f"{name}: '{german}' in\n{text}"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_option_and_argument_has_a_help_text(lang: str) -> None:
    for name, _, parser in _all_helps(lang):
        for action in parser._actions:  # noqa: SLF001
            if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                continue
            assert action.help, f"{name}: {action.option_strings or action.dest} has no help"


@pytest.mark.parametrize("columns", ["50", "72", "100"])
def test_no_word_is_broken_across_lines(monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    """The words of each help at a narrow terminal are exactly the words at a very wide one."""
    monkeypatch.setenv("COLUMNS", "1000")
    wide = {name: text for name, text, _ in _all_helps("de")}
    monkeypatch.setenv("COLUMNS", columns)
    for name, text, _ in _all_helps("de"):
        words = re.findall(r"\S+", text)
        wide_words = set(re.findall(r"\S+", wide[name]))
        broken = [w for w in words if w not in wide_words]
        assert not broken, f"{name} at {columns} columns: {broken}\n{text}"
