"""``handwerksmonitor report DISTRICT --out FILE.pdf [--scenario S]``: the district one-pager, headless.

Needs Qt for drawing (offscreen is fine), so it lives in gui/ and is routed by ``gui.launcher``;
core's command line never imports Qt. Errors: one line on stderr, exit code 2.
"""

from __future__ import annotations

import argparse
import os
import sys

from core.atomic_file import clean_stale_temps
from core.cli.helptext import Parser, set_argv, t
from core.errors import HandwerksmonitorError, InvalidInputError, UserDatabaseError
from core.text_safety import safe_streams


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="handwerksmonitor report", description=t(
        "Kreisprofil als PDF-Seite (A4) mit Karte, Kennzahlen, Gewerbegruppen und Prognose",
        "district one-pager as PDF (A4) with map, key figures, craft groups and forecast"))
    p.add_argument("--lang", choices=["de", "en"], default="de",
                   help=t("Sprache der Seite (Standard: de)", "language of the page (default: de)"))
    p.add_argument("--region", default=None, metavar="CODE", help=t("Region (Standard: IRMD)", "region (default: IRMD)"))
    p.add_argument("district", metavar=t("KREIS", "DISTRICT"), help=t("AGS-Schlüssel oder Name", "AGS key or name"))
    p.add_argument("--out", required=True, metavar=t("DATEI", "FILE"), help=t("Zieldatei (.pdf)", "target file (.pdf)"))
    p.add_argument("--scenario", default="Basis", metavar=t("SZENARIO", "SCENARIO"),
                   help=t("Prognose-Szenario (Standard: Basis)", "forecast scenario (default: Basis)"))
    return p


def main(argv: list[str] | None = None) -> int:
    with safe_streams():
        clean_stale_temps()
        return _main(argv)


def _main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "report" in argv:
        argv.remove("report")  # the subcommand word (global options may stand before it)
    set_argv(argv)
    args = build_parser().parse_args(argv)
    try:
        if not str(args.out).lower().endswith(".pdf"):
            raise InvalidInputError(
                f"Die Zieldatei „{args.out}“ muss auf .pdf enden.",
                f"The target file '{args.out}' must end in .pdf.",
            )
        if (
            not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
            and sys.platform.startswith("linux")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from core.cli.common import store_for
        from gui import i18n  # lazy: Qt loads only to draw the page, not for --help or bad input
        from gui.report.district_report import write_district_report

        app = QApplication.instance() or QApplication(["handwerksmonitor-report"])
        i18n.install(args.lang, app)  # English page texts from the .ts catalogue; number format of the language
        store = store_for(args)
        store.region.district(args.district)  # clear message for an unknown district before any work
        path, data = write_district_report(
            store, args.district, args.out, args.scenario, _user_db(), lang=args.lang
        )
        _ = app
    except HandwerksmonitorError as exc:
        sys.stderr.write(exc.message(args.lang) + "\n")
        return 2
    en = args.lang == "en"
    sys.stdout.write(("Written" if en else "Geschrieben") + f": {path}\n")
    for part, reason in data.missing:
        sys.stdout.write(("Missing" if en else "Fehlt") + f": {part} ({reason})\n")
    return 0


def _user_db() -> object | None:
    try:
        from core.userdb import open_snapshot

        return open_snapshot()  # the report only reads: never take the lock
    except (UserDatabaseError, OSError):
        return None


if __name__ == "__main__":
    raise SystemExit(main())
