"""First start on a machine without the xcb libraries: one readable line, never Qt's bare ``Aborted``.

The missing library is simulated with a stub platform plugin: a copy of PySide6's real
``libqxcb.so`` whose dependency ``libxcb.so.1`` is renamed to ``libxcq.so.1`` (a library that
exists nowhere), found by Qt and by the check through ``QT_QPA_PLATFORM_PLUGIN_PATH``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui import platform_check

ROOT = Path(__file__).resolve().parents[2]


def _pyside_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent


@pytest.fixture
def stub_plugin_dir(tmp_path: Path) -> Path:
    real = _pyside_dir() / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not real.is_file():
        pytest.skip("PySide6 without the xcb platform plugin (not Linux)")
    data = real.read_bytes()
    needle = b"\x00libxcb.so.1\x00"
    assert needle in data, "the xcb plugin no longer names libxcb.so.1"
    d = tmp_path / "platforms"
    d.mkdir()
    (d / "libqxcb.so").write_bytes(data.replace(needle, b"\x00libxcq.so.1\x00"))
    return d


def _run_window(args: list[str], plugin_dir: Path, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "LC_", "LANG"))}
    env.update(
        QT_QPA_PLATFORM="xcb", DISPLAY=":99", QT_QPA_PLATFORM_PLUGIN_PATH=str(plugin_dir),
        LD_LIBRARY_PATH=str(_pyside_dir() / "Qt" / "lib"), HANDWERKSMONITOR_HOME=str(home), **extra,
    )
    return subprocess.run([sys.executable, "-m", "gui", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_missing_xcb_library_gives_one_line_with_fix_and_log_folder(stub_plugin_dir: Path, tmp_path: Path,
                                                                    lang: str) -> None:
    home = tmp_path / "home"
    proc = _run_window(["--lang", lang], stub_plugin_dir, home)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    line = lines[0]
    assert "libxcq.so.1" in line  # what is missing
    assert "sudo apt install" in line and "libxcq1" in line  # the fix, as a Debian package
    assert str(home / "logs") in line  # where to look
    assert ("cannot open its window" in line) if lang == "en" else ("kann sein Fenster nicht öffnen" in line)
    assert "Traceback" not in proc.stderr and "Aborted" not in proc.stderr


def test_saved_language_is_used_without_lang_option(stub_plugin_dir: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "handwerksmonitor.ini").write_text("[prefs]\nlanguage=en\n", encoding="utf-8")
    proc = _run_window([], stub_plugin_dir, home, LANG="de_DE.UTF-8")
    assert proc.returncode == 1 and "cannot open its window" in proc.stderr


def test_check_system_option_reports_ok_with_a_loadable_plugin(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDWERKSMONITOR_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "gui", "--check-system"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "OK", proc.stderr


def test_no_display_is_named(tmp_path: Path) -> None:
    plugins = _pyside_dir() / "Qt" / "plugins" / "platforms"
    env = {"QT_QPA_PLATFORM": "xcb", "QT_QPA_PLATFORM_PLUGIN_PATH": str(plugins)}
    cands = platform_check.check([], env)
    if cands is None:
        pytest.fail("an xcb platform without DISPLAY must be reported")
    msg = platform_check.message(cands, english=True, log_folder=tmp_path)
    assert "\n" not in msg and str(tmp_path) in msg
    # either the libraries are missing on this machine (named first) or the display is
    assert "DISPLAY" in msg or "sudo apt install" in msg


def test_a_fallback_platform_that_loads_is_enough() -> None:
    plugins = _pyside_dir() / "Qt" / "plugins" / "platforms"
    env = {"QT_QPA_PLATFORM": "xcb;offscreen", "QT_QPA_PLATFORM_PLUGIN_PATH": str(plugins)}
    assert platform_check.check([], env) is None


@pytest.mark.parametrize(("argv", "env", "expected"), [
    ([], {}, ["xcb"]),
    ([], {"QT_QPA_PLATFORM": "offscreen"}, ["offscreen"]),
    (["-platform", "minimal"], {"QT_QPA_PLATFORM": "offscreen"}, ["minimal"]),
    ([], {"QT_QPA_PLATFORM": "wayland:foo;xcb"}, ["wayland", "xcb"]),
    ([], {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, ["wayland", "xcb"]),
])
def test_requested_platforms(argv: list[str], env: dict[str, str], expected: list[str]) -> None:
    assert platform_check.requested_platforms(argv, env) == expected


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libEGL.so.1", "libegl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
])
def test_debian_package_names(soname: str, package: str) -> None:
    assert platform_check.debian_package(soname) == package


def test_language_follows_the_system_locale_when_nothing_is_saved(tmp_path: Path) -> None:
    env = {"HANDWERKSMONITOR_HOME": str(tmp_path)}
    assert platform_check.user_language([], {**env, "LANG": "en_GB.UTF-8"}) == "en"
    assert platform_check.user_language([], {**env, "LANG": "de_DE.UTF-8"}) == "de"
    assert platform_check.user_language(["--lang", "en"], {**env, "LANG": "de_DE.UTF-8"}) == "en"
