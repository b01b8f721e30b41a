"""The headless promise on a machine without Qt: every core module imports and every command of the
command line runs (exit 0, output written) when PySide6, shiboken6 and pyqtgraph cannot be imported.

One child process with ``tests/no_qt`` first on ``PYTHONPATH`` (stand-ins that raise ImportError) does
all of it, so a Qt import anywhere on a headless path — at module level or inside a function that a
command reaches — fails here, inside the README's test command (with the import-linter contract of
test_layers); CI also reruns the core tests with Qt unimportable (.ci/run).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Every subcommand of core.cli with arguments that make it do its real work (not just --help).
COMMANDS: list[list[str]] = [
    ["districts"],
    ["districts", "--json"],
    ["profile", "Leipzig"],
    ["profile", "Saalekreis", "--json", "--lang", "en"],
    ["portfolio", "--from", "2018", "--to", "2022"],
    ["sources"],
    ["forecast", "--district", "Leipzig"],
    ["forecast", "--json", "--lang", "en"],
    ["tracker", "list"],
    ["import", "--list"],
    ["import", "--template", "{tmp}/vorlage.xlsx"],
    ["export", "--out", "{tmp}/export.xlsx", "--district", "Leipzig"],
    ["apprenticeships"],
    ["business-size"],
    ["survey"],
    ["swot"],
]

CHILD = r"""
import importlib, json, pkgutil, sys
import core
failed = {}
for m in pkgutil.walk_packages(core.__path__, "core."):
    if m.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(m.name)
    except Exception as exc:  # noqa: BLE001 - every failure is reported by name
        failed[m.name] = repr(exc)
from core.cli import main
codes = []
for argv in json.loads(sys.argv[1]):
    try:
        codes.append([argv, main(argv)])
    except SystemExit as exc:
        codes.append([argv, exc.code])
    except Exception as exc:  # noqa: BLE001
        codes.append([argv, repr(exc)])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"))
sys.stderr.write("\nRESULT " + json.dumps({"failed": failed, "codes": codes, "qt": qt}) + "\n")
"""


def test_the_list_covers_every_command():
    """A new subcommand must be added to COMMANDS (else it would escape the check below)."""
    from core.cli import command_names

    # "report" draws with Qt (gui.report); the test below checks what it says without Qt
    assert {c[0] for c in COMMANDS} == set(command_names()) - {"report"}


def test_every_core_module_and_every_command_works_without_qt(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    argv = [[a.replace("{tmp}", str(tmp_path)) for a in cmd] for cmd in COMMANDS]
    env = {**os.environ, "HANDWERKSMONITOR_HOME": str(home),
           "PYTHONPATH": os.pathsep.join([str(ROOT / "tests" / "no_qt"), str(ROOT)])}
    env.pop("QT_QPA_PLATFORM", None)
    r = subprocess.run([sys.executable, "-c", CHILD, json.dumps(argv)], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    result = json.loads(r.stderr.rsplit("RESULT ", 1)[1])
    assert result["failed"] == {}, result["failed"]
    assert result["qt"] == []
    bad = [(a, c) for a, c in result["codes"] if c != 0]
    assert bad == [], bad
    # the commands did their work: the files they were asked for exist and are not empty
    assert (tmp_path / "export.xlsx").stat().st_size > 10_000
    assert (tmp_path / "vorlage.xlsx").read_bytes()[:2] == b"PK"  # an xlsx (zip) file
    # and printed something for each command (the Leipzig profile names Leipzig)
    assert "Leipzig" in r.stdout


@pytest.mark.parametrize("args", [["report", "Leipzig", "--out", "{tmp}/bericht.pdf"], [], ["--lang", "en"]],
                         ids=["report", "window", "window-en"])
def test_what_needs_qt_says_so_without_it_instead_of_a_traceback(tmp_path, args):
    """The PDF report and the window draw with Qt; on a damaged install without PySide6 the user gets one
    line that says what is missing and what to do, exit 2, no traceback, no file."""
    env = {**os.environ, "HANDWERKSMONITOR_HOME": str(tmp_path),
           "PYTHONPATH": os.pathsep.join([str(ROOT / "tests" / "no_qt"), str(ROOT)])}
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    r = subprocess.run([sys.executable, "-m", "gui.launcher", *argv],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "PySide6" in r.stderr and "pip install" in r.stderr
    assert ("cannot be loaded" in r.stderr) == ("en" in argv)
    assert not (tmp_path / "bericht.pdf").exists()
