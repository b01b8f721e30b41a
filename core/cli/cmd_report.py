"""``handwerksmonitor report DISTRICT --out FILE.pdf``: listed here for ``--help`` only.

The one-pager is drawn with Qt, which core never imports: ``gui.launcher`` routes ``report`` to
``gui.report.cli`` before this parser is reached. Called through core's parser directly (e.g.
``python -m``-style use of ``core.cli.main``), it explains that in one line.
"""

from __future__ import annotations

import argparse

from core.cli.helptext import t
from core.errors import InvalidInputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help=t("Kreisprofil als PDF-Seite", "district one-pager as PDF"))
    p.add_argument("district", metavar=t("KREIS", "DISTRICT"), help=t("AGS-Schlüssel oder Name", "AGS key or name"))
    p.add_argument("--out", required=True, metavar=t("DATEI", "FILE"), help=t("Zieldatei (.pdf)", "target file (.pdf)"))
    p.add_argument("--scenario", default="Basis", metavar=t("SZENARIO", "SCENARIO"),
                   help=t("Prognose-Szenario (Standard: Basis)", "forecast scenario (default: Basis)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    raise InvalidInputError(
        "Der PDF-Bericht wird mit Qt gezeichnet: bitte über das Programm „handwerksmonitor report …“ aufrufen.",
        "The PDF report is drawn with Qt: run it through the program entry 'handwerksmonitor report …'.",
    )
