"""Can Qt's platform plugin load? Checked by the launcher BEFORE Qt starts (no Qt import here).

Why: when a system library of the xcb plugin is missing (Debian/Ubuntu: ``libxcb-cursor0``,
``libxcb-icccm4``, ``libxcb-keysyms1`` …), Qt prints its hint into our log file and calls
``abort()`` — the user sees only ``Aborted``. Here the plugin file is opened with the dynamic
loader (``dlopen``, which resolves every library it needs, recursively); if that fails, or the
platform has no display to talk to, ``problem()`` returns one line in the user's language naming
what is missing, the fix (``sudo apt install …``) and the log folder.

Which plugin: ``-platform NAME`` on the command line, else ``QT_QPA_PLATFORM`` (a ``;``-separated
list of fallbacks, as Qt reads it), else ``wayland;xcb`` in a Wayland session and ``xcb`` otherwise.
Qt gives up only when every candidate fails, so the check passes if any candidate loads. Linux
only; elsewhere (and for a plugin file we cannot find) the check stays silent and Qt decides.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

# Debian package names that do not follow the soname rule (lib<name>.so.<N> -> lib<name><N>).
_PACKAGE_EXCEPTIONS = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
}
# Display the platform needs (environment variable); platforms not listed need none.
_DISPLAY_ENV = {"xcb": ("DISPLAY",), "wayland": ("WAYLAND_DISPLAY",)}
# What a typical Debian/Ubuntu desktop lacks for Qt 6's xcb plugin (named in the README too).
XCB_PACKAGES = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libegl1")


@dataclass
class Candidate:
    """One platform plugin Qt would try, and why it cannot load (empty = it can)."""

    name: str
    plugin: Path | None = None
    missing: list[str] = field(default_factory=list)  # sonames the loader could not find
    load_error: str = ""  # any other loader error
    no_display: str = ""  # the environment variable that should name the display

    @property
    def ok(self) -> bool:
        return not (self.missing or self.load_error or self.no_display)


def debian_package(soname: str) -> str:
    """Debian's package for a library soname: ``libxcb-icccm.so.4`` -> ``libxcb-icccm4``,
    ``libxkbcommon-x11.so.0`` -> ``libxkbcommon-x11-0`` (a dash when the name ends in a digit)."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    m = re.fullmatch(r"(lib[\w+.-]*?)\.so\.(\d+)(?:\.\d+)*", soname)
    if not m:
        return soname
    name, major = m.group(1).lower(), m.group(2)
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def requested_platforms(argv: list[str], environ: dict[str, str] | os._Environ[str] = os.environ) -> list[str]:
    """The platform plugins Qt will try, in order (without their ``:options``)."""
    spec = ""
    for i, a in enumerate(argv):
        if a in ("-platform", "--platform") and i + 1 < len(argv):
            spec = argv[i + 1]
        elif a.startswith("-platform="):
            spec = a.split("=", 1)[1]
    spec = spec or environ.get("QT_QPA_PLATFORM", "")
    if not spec:
        wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY")
        spec = "wayland;xcb" if wayland else "xcb"
    return [p.split(":", 1)[0].strip() for p in spec.split(";") if p.strip()]


def plugin_dirs(environ: dict[str, str] | os._Environ[str] = os.environ) -> list[Path]:
    """Folders Qt searches for ``platforms/libq<name>.so``: QT_QPA_PLATFORM_PLUGIN_PATH, then
    QT_PLUGIN_PATH, then PySide6's own (found without importing it; frozen: inside the bundle)."""
    dirs: list[Path] = []
    if environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        dirs += [Path(p) for p in environ["QT_QPA_PLATFORM_PLUGIN_PATH"].split(os.pathsep) if p]
    for p in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep):
        if p:
            dirs.append(Path(p) / "platforms")
    roots: list[Path] = []
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        roots += [Path(p) for p in spec.submodule_search_locations]
    if getattr(sys, "frozen", False):  # dynamic: set by PyInstaller only
        roots.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "PySide6")  # dynamic: ditto
    for root in roots:
        dirs += [root / "Qt" / "plugins" / "platforms", root / "plugins" / "platforms"]
    return dirs


def _find_plugin(name: str, dirs: list[Path]) -> Path | None:
    for d in dirs:
        f = d / f"libq{name}.so"
        if f.is_file():
            return f
    return None


def _missing_by_ldd(path: Path) -> list[str]:
    """Every library ``ldd`` reports as not found (the loader's error names only the first)."""
    import shutil  # only when the plugin does not load (not on every start)
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        out = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = re.findall(r"^\s*(\S+)\s+=>\s+not found", out, flags=re.MULTILINE)
    return list(dict.fromkeys(found))


def check_plugin(name: str, plugin: Path, environ: dict[str, str] | os._Environ[str] = os.environ,
                 need_display: bool = True) -> Candidate:
    """Load the plugin file with the dynamic loader (as Qt will) and check its display variable."""
    cand = Candidate(name, plugin)
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as exc:
        msg = str(exc)
        first = re.search(r"([\w.+-]+\.so[\w.]*): cannot open shared object file", msg)
        missing = _missing_by_ldd(plugin)
        if first and first.group(1) not in missing:
            missing.insert(0, first.group(1))
        if missing:
            cand.missing = missing
        else:
            cand.load_error = msg
    for var in _DISPLAY_ENV.get(name, ()) if need_display else ():
        if not environ.get(var):
            cand.no_display = var
    return cand


def check(argv: list[str], environ: dict[str, str] | os._Environ[str] = os.environ,
          need_display: bool = True) -> list[Candidate] | None:
    """The candidates Qt would try, each checked; None when nothing is to be said (not Linux,
    or some candidate can load, or a plugin file we cannot find: Qt knows better then).
    ``need_display=False`` checks the libraries only (the installer runs without a desktop)."""
    if not sys.platform.startswith("linux"):
        return None
    dirs = plugin_dirs(environ)
    cands: list[Candidate] = []
    for name in requested_platforms(argv, environ):
        plugin = _find_plugin(name, dirs)
        if plugin is None:
            return None
        cand = check_plugin(name, plugin, environ, need_display)
        if cand.ok:
            return None
        cands.append(cand)
    return cands or None


def message(cands: list[Candidate], english: bool, log_folder: Path | str) -> str:
    """One line: what is missing, the fix, where the log is."""
    # The most useful candidate to report: one with missing libraries (xcb first), else the first.
    cand = next((c for c in cands if c.missing and c.name == "xcb"), None) or next(
        (c for c in cands if c.missing), None) or cands[0]
    if cand.missing:
        libs = ", ".join(cand.missing)
        pkgs = " ".join(dict.fromkeys(debian_package(s) for s in cand.missing))
        if english:
            return (f"Handwerksmonitor cannot open its window: the Qt platform plugin '{cand.name}' needs the "
                    f"system libraries {libs}. Fix (Debian/Ubuntu): sudo apt install {pkgs} — log folder: "
                    f"{log_folder}")
        return (f"Handwerksmonitor kann sein Fenster nicht öffnen: dem Qt-Plattform-Plugin „{cand.name}“ fehlen "
                f"die Systembibliotheken {libs}. Abhilfe (Debian/Ubuntu): sudo apt install {pkgs} – "
                f"Protokollordner: {log_folder}")
    if cand.no_display:
        if english:
            return (f"Handwerksmonitor cannot open its window: no display ({cand.no_display} is not set). Start it "
                    f"in a desktop session, or use the command line (handwerksmonitor --help) — log folder: "
                    f"{log_folder}")
        return (f"Handwerksmonitor kann sein Fenster nicht öffnen: keine Anzeige ({cand.no_display} ist nicht "
                f"gesetzt). Bitte in einer Desktop-Sitzung starten oder die Befehlszeile nutzen (handwerksmonitor "
                f"--help) – Protokollordner: {log_folder}")
    error = " ".join(cand.load_error.split())
    if english:
        return (f"Handwerksmonitor cannot open its window: the Qt platform plugin '{cand.name}' does not load "
                f"({error}) — log folder: {log_folder}")
    return (f"Handwerksmonitor kann sein Fenster nicht öffnen: das Qt-Plattform-Plugin „{cand.name}“ lässt "
            f"sich nicht laden ({error}) – Protokollordner: {log_folder}")


def _saved_language(environ: dict[str, str] | os._Environ[str]) -> str:
    """``prefs/language`` from the settings INI (gui/settings.py), read without Qt."""
    import configparser

    home = environ.get("HANDWERKSMONITOR_HOME")
    if home:
        ini = Path(home).expanduser() / "config" / "handwerksmonitor.ini"
    else:
        config = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        ini = Path(config) / "IRMD" / "Handwerksmonitor.ini"
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(ini, encoding="utf-8")
        return parser.get("prefs", "language", fallback="").strip()
    except (OSError, configparser.Error, UnicodeDecodeError):
        return ""


def user_language(argv: list[str], environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """As the window resolves it (gui.i18n.resolve_language): ``--lang``, else the saved setting,
    else the system locale (English only when the system asks for English)."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "de"
        if a.startswith("--lang="):
            return "en" if a.split("=", 1)[1] == "en" else "de"
    saved = _saved_language(environ)
    if saved in ("de", "en"):
        return saved
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "de"
    return "de"
