"""Gewerbegruppen sheet: the seven groups of each district (businesses, employees, density, LQ).

Input: the ``groups`` of ``core.profile.DistrictProfile`` results. Group figures are estimates.
"""

from __future__ import annotations

from typing import Any

from core import provenance, suppression
from core.export import styles
from core.export.table import Column, SheetTable
from core.profile import DistrictProfile


def groups_rows(p: DistrictProfile) -> list[list[Any]]:
    """One row per group; a register count of 1–2 businesses and what is derived from it: "·"."""
    rows = []
    for g, v in p.groups.items():
        secret = suppression.is_confidential(v.businesses.value, v.kind_businesses or v.kind)
        hide = (lambda x: suppression.SIGN) if secret else (lambda x: x)
        kinds = {v.kind_businesses or v.kind, v.kind_employees or v.kind}
        label = " / ".join(provenance.KIND_LABEL_DE.get(k, k) for k in sorted(kinds, key=lambda k: k != "register"))
        rows.append([
            p.name,
            g,
            p.year,
            hide(v.businesses.value),
            v.employees.value,
            hide(v.density.value),
            hide(v.employees_per_business.value),
            v.share_employees.value,
            v.lq.value,
            label if len(kinds) > 1 else v.label,
        ])
    return rows


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
            *(["Kammerregister: Unternehmen = Betriebe laut Handwerksrolle/Verzeichnis am 31.12. (Hauptgewerbe); "
               "Tätige Personen bleiben Schätzung.", suppression.NOTE_DE]
              if any("Kammerregister" in str(r[-1]) for r in rows) else []),
        ],
        estimate_rows={i for i, r in enumerate(rows) if "Schätzung" in str(r[-1])},
    )
