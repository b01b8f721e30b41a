"""Gewerbegruppen sheet: the seven groups of each district (businesses, employees, density, LQ).

Input: the ``groups`` part of ``core.profile.district_profile`` results. Group figures are estimates.
"""

from __future__ import annotations

from typing import Any

from core import provenance
from core.export import styles
from core.export.table import Column, SheetTable


def groups_rows(p: dict) -> list[list[Any]]:
    rows = []
    for g, v in p["groups"].items():
        rows.append(
            [
                p["name"],
                g,
                p["year"],
                v.get("businesses"),
                v.get("employees"),
                v.get("density"),
                v.get("employees_per_business"),
                v.get("share_employees"),
                v.get("lq"),
                provenance.KIND_LABEL_DE.get(v.get("kind", ""), v.get("kind", "")),
            ]
        )
    return rows


def groups_table(profiles: list[dict], source: str) -> SheetTable:
    rows = [r for p in profiles for r in groups_rows(p)]
    return SheetTable(
        name="Gewerbegruppen",
        title="Handwerk nach Gewerbegruppen",
        source=source,
        columns=[
            Column("Kreis"),
            Column("Gewerbegruppe"),
            Column("Jahr", styles.YEAR),
            Column("Unternehmen", styles.INT),
            Column("Tätige Personen", styles.INT),
            Column("Betriebe je 1.000 Einw.", styles.DEC2),
            Column("Personen je Unternehmen", styles.DEC1),
            Column("Anteil Beschäftigte", styles.PCT),
            Column("Lokalisations-faktor", styles.DEC2),
            Column("Kennzeichnung"),
        ],
        rows=rows,
        notes=[
            "Schätzung: Werte je Gewerbegruppe sind eigene, dokumentierte Schätzungen (Verfahren im Blatt "
            "„Quellen“), keine amtlichen Zahlen.",
            "Lokalisationsfaktor = (Anteil der Gruppe im Kreis) / (Anteil der Gruppe in Deutschland).",
        ],
        estimate_rows={i for i, r in enumerate(rows) if r[-1] == "Schätzung"},
    )
