"""The command line imports only what the command needs: the subcommand's own module (found by name),
and for the DuckDB-backed queries no pandas or numpy at all (``import pandas`` alone costs more CPU
than a whole ``districts``)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import cli, group_data
from core.profile import district_profile

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from core.cli import main
import io, contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(sys.argv[1:])
mods = sorted(m for m in sys.modules if m.startswith("core.cli.cmd_"))
heavy = sorted(m for m in ("pandas", "numpy", "openpyxl", "PySide6", "pyqtgraph") if m in sys.modules)
print(json.dumps({"code": code, "commands": mods, "heavy": heavy, "out": out.getvalue()}))
"""


def _probe(args: list[str], home: Path) -> dict:
    env = dict(os.environ, HANDWERKSMONITOR_HOME=str(home))
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


@pytest.mark.parametrize(
    ("args", "module"),
    [
        (["profile", "Saalekreis", "--json"], "core.cli.cmd_profile"),
        (["--lang", "en", "profile", "15088"], "core.cli.cmd_profile"),
        (["districts"], "core.cli.cmd_districts"),
        (["sources", "--json"], "core.cli.cmd_sources"),
    ],
)
@pytest.mark.parametrize("user_db", [False, True], ids=["first-run", "returning-user"])
def test_query_commands_import_their_module_only_and_no_pandas(args: list[str], module: str, user_db: bool,
                                                              tmp_path: Path) -> None:
    if user_db:  # a user who has started the window once: the user database exists (nothing imported)
        env = dict(os.environ, HANDWERKSMONITOR_HOME=str(tmp_path))
        subprocess.run([sys.executable, "-c", "from core.userdb import open_user_db; open_user_db().close()"],
                       cwd=ROOT, env=env, check=True, timeout=120)
    res = _probe(args, tmp_path)
    assert res["code"] == 0
    assert res["commands"] == [module]
    assert res["heavy"] == []
    assert res["out"].strip()  # it answered
    if "--json" in args and args[0] == "profile":
        assert json.loads(res["out"])["ags"] == "15088"


def test_help_without_a_command_still_lists_every_command(tmp_path: Path) -> None:
    env = dict(os.environ, HANDWERKSMONITOR_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", "from core.cli import main; main(['--help'])"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0
    for name in cli.COMMANDS:
        assert name in proc.stdout


def test_registry_names_the_command_each_module_registers() -> None:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    assert list(sub.choices) == list(cli.COMMANDS)  # same names, same order as --help shows them
    for name, module in cli.COMMANDS.items():
        only = cli.build_parser(only=name)
        sub = next(a for a in only._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
        assert list(sub.choices) == [name], module


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["profile", "Leipzig"], "profile"),
        (["--lang", "en", "sources"], "sources"),
        (["--region", "profile", "districts"], "districts"),  # a value that looks like a command
        (["--lang=en", "portfolio", "--json"], "portfolio"),
        (["--help"], None),
        (["nonsense"], None),
    ],
)
def test_command_word_is_found_as_argparse_finds_it(argv: list[str], command: str | None) -> None:
    assert cli.command_in(argv) == command


def test_profile_from_the_few_areas_it_needs_equals_the_one_from_all_areas(store) -> None:  # type: ignore[no-untyped-def]
    region = store.region
    keys = [region.code, region.district_codes[0], region.district_codes[-1], "DG", region.comparison_areas[0].code]
    full = group_data.craft_facts(store)
    for key in keys:
        code = group_data.resolve_area(region, key).code
        for year in (full.years(code)[0], full.years(code)[-1]):
            group_data._cache.clear()  # noqa: SLF001 - force the small set
            small = district_profile(store, key, year).to_dict()
            group_data.craft_facts(store)  # the full set is cached again: used from now on
            assert district_profile(store, key, year).to_dict() == small, (key, year)
