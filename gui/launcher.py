"""Console entry point ``handwerksmonitor``: a subcommand runs headless (no Qt imported at all),
anything else starts the window.
"""

from __future__ import annotations

import sys
from pathlib import Path

_VALUE_OPTIONS = {"--lang", "--region", "--screenshot", "--profile-dir"}


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
    from core.cli import command_names

    positional = _positionals(argv)
    if positional and positional[0] == "report":
        # The PDF one-pager draws with Qt, so it cannot run in core's (Qt-free) command line.
        import os

        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from gui.report.cli import main as report_main

        return report_main(argv)
    if positional and positional[0] in command_names():
        from core.cli import main as cli_main

        return cli_main(argv)
    if positional and not Path(positional[0]).exists():
        # neither a command nor a file to open (the window accepts a tracker file): say what is valid
        from core.cli import wants_english
        from core.text_safety import shown

        english = wants_english(argv)
        names = ", ".join(sorted(command_names() | {"report"}))
        word = shown(positional[0])
        sys.stderr.write(
            f"handwerksmonitor: unknown command '{word}'. Commands: {names}\n" if english else
            f"handwerksmonitor: unbekannter Befehl „{word}“. Befehle: {names}\n"
        )
        return 2
    from gui.app import main as gui_main

    return gui_main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
