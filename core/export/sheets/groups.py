"""Gewerbegruppen sheet: the seven groups of each district (businesses, employees, density, LQ).

Input: the ``groups`` of ``core.profile.DistrictProfile`` results. Group figures are estimates.
"""

from __future__ import annotations

from typing import Any

from core.export import styles
from core.export.table import Column, SheetTable
from core.profile import DistrictProfile


def groups_rows(p: DistrictProfile) -> list[list[Any]]:
    return [
        [
            p.name,
            g,
            p.year,
            v.businesses.value,
            v.employees.value,
            v.density.value,
            v.employees_per_business.value,
            v.share_employees.value,
            v.lq.value,
            v.label,
        ]
        for g, v in p.groups.items()
    ]


def groups_table(profiles: list[DistrictProfile], source: str) -> SheetTable:
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
