"""Console entry point ``handwerksmonitor``: a subcommand runs headless (no Qt imported at all),
anything else starts the window — after checking that Qt's platform plugin can load
(``gui.platform_check``), so a missing system library ends with one readable line instead of
Qt's ``Aborted``. ``--check-system`` runs only that check (the Linux installer calls it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from core import gc_tuning, paths
from core.cli import command_names, wants_english
from core.cli import main as cli_main

_VALUE_OPTIONS = {"--lang", "--region", "--screenshot", "--screenshot-size", "--profile-dir", "-platform"}


def _positionals(argv: list[str]) -> list[str]:
    """Positional arguments, skipping the values of global options such as ``--lang en``."""
    out: list[str] = []
    skip = False
    for a in argv:
        if skip:
            skip = False
            continue
        if a in _VALUE_OPTIONS:
            skip = True
            continue
        if not a.startswith("-"):
            out.append(a)
    return out


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    positional = _positionals(argv)
    if positional and positional[0] == "report":
        # The PDF one-pager draws with Qt, so it cannot run in core's (Qt-free) command line.
        import os

        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if (code := _platform_problem(argv)) is not None:
            return code
        from gui.report.cli import main as report_main  # lazy: the PDF report (Qt) only for its command

        return report_main(argv)
    if positional and positional[0] in command_names():
        return cli_main(argv)
    if positional and not Path(positional[0]).exists():
        # neither a command nor a file to open (the window accepts a tracker file): say what is valid
        from core.text_safety import shown  # lazy: only for the unknown-command message

        english = wants_english(argv)
        names = ", ".join(sorted(command_names() | {"report"}))
        word = shown(positional[0])
        sys.stderr.write(
            f"handwerksmonitor: unknown command '{word}'. Commands: {names}\n" if english else
            f"handwerksmonitor: unbekannter Befehl „{word}“. Befehle: {names}\n"
        )
        return 2
    if (code := _platform_problem(argv)) is not None:
        return code
    if "--check-system" in argv:
        print("OK")
        return 0
    from gui.pyside_speed import skip_feature_source_scan  # lazy: the command line loads no gui module

    gc_tuning.relax()  # until every tab is built (gui.app restores it): fewer collections at start-up
    skip_feature_source_scan(load_qt=True)  # before the window's many imports (see gui.pyside_speed)
    from gui.app import main as gui_main

    return gui_main(argv)


def _log_folder(argv: list[str]) -> Path:
    """The folder the window would log into (``--profile-dir`` honoured, as gui.app does)."""
    import os

    for i, a in enumerate(argv):
        if a == "--profile-dir" and i + 1 < len(argv):
            os.environ[paths.ENV_HOME] = str(Path(argv[i + 1]).expanduser().resolve())
    return paths.log_dir()


def _qt_missing(argv: list[str]) -> bool:
    """True (and one line on stderr) if PySide6 cannot be imported: a damaged or partial install ends
    with what to do instead of a traceback. The command line needs no Qt and never gets here."""
    try:
        import PySide6  # noqa: F401 - only whether it imports
    except ImportError as exc:
        from gui import (
            platform_check,  # lazy: ctypes and the plugin check only when a window or report starts
        )

        english = platform_check.user_language(argv) == "en"
        sys.stderr.write(
            f"handwerksmonitor: Qt (PySide6) cannot be loaded ({exc}). The window and the PDF report need it; "
            "reinstall the program or run: .venv/bin/pip install --force-reinstall -e .\n" if english else
            f"handwerksmonitor: Qt (PySide6) lässt sich nicht laden ({exc}). Das Programmfenster und der "
            "PDF-Bericht brauchen es; installieren Sie das Programm neu oder führen Sie aus: "
            ".venv/bin/pip install --force-reinstall -e .\n"
        )
        return True
    return False


def _platform_problem(argv: list[str]) -> int | None:
    """Exit code 2 if PySide6 cannot be imported, 1 with one line on stderr if Qt's platform plugin cannot
    load, else None (``--help`` prints without Qt's platform, so it is never stopped)."""
    if "-h" in argv or "--help" in argv:
        return None
    if _qt_missing(argv):
        return 2
    from gui import platform_check  # lazy: ctypes and the plugin check only when a window or report starts

    cands = platform_check.check(argv, need_display="--check-system" not in argv)
    if cands is None:
        return None
    english = platform_check.user_language(argv) == "en"
    sys.stderr.write(platform_check.message(cands, english, _log_folder(argv)) + "\n")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
