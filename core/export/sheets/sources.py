"""Quellen sheet: every dataset the export used, with its provenance; estimates marked "Schätzung"."""

from __future__ import annotations

from core import provenance
from core.export.table import ESTIMATE_LABEL, Column, SheetTable
from core.formatting import fmt_date


def sources_table(records: list[dict], datenstand: str) -> SheetTable:
    """One row per provenance record (``Provenance.to_dict()`` shape)."""
    rows = []
    for r in records:
        kind = str(r.get("kind", ""))
        note = r.get("method") or r.get("caveat") or ""
        if r.get("sections"):
            note = (note + " " if note else "") + "Zitierte Stellen: " + "; ".join(r["sections"])
        rows.append(
            [
                r.get("title", r.get("id", "")),
                r.get("publisher", ""),
                r.get("source", ""),
                r.get("licence", ""),
                fmt_date(r["stand"]) if r.get("stand") else "",  # TT.MM.JJJJ (a year or "o. J." unchanged)
                provenance.KIND_LABEL_DE.get(kind, kind),
                note,
                r.get("id", ""),
            ]
        )
    return SheetTable(
        name="Quellen",
        title="Quellen der exportierten Daten",
        source=f"Datenstand: {datenstand}" if datenstand else "Datenstand: –",
        columns=[
            Column("Titel", width=40),
            Column("Herausgeber", width=28),
            Column("Quelle / Adresse", width=50),
            Column("Lizenz", width=28),
            Column("Stand", width=12),
            Column("Art"),
            Column("Verfahren / Hinweis", width=60),
            Column("Kennung"),
        ],
        rows=rows,
        notes=[
            "Art: amtlich = Statistikämter, BKG, Eurostat; veröffentlicht = aus Veröffentlichungen zitiert; "
            "Studie = aus der Studie „Zukunftsfaktor Handwerk“; Schätzung = eigene, dokumentierte Schätzung."
        ],
        estimate_rows={i for i, r in enumerate(rows) if r[5] == ESTIMATE_LABEL},
    )
