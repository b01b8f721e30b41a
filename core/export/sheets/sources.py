"""Quellen sheet: every dataset the export used, with its provenance; estimates marked "Schätzung"."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from core import glossary, provenance
from core.export import styles
from core.export.cells import write
from core.export.table import ESTIMATE_LABEL, Column, SheetTable
from core.formatting import fmt_date


def sources_table(records: list[dict[str, Any]], datenstand: str) -> SheetTable:
    """One row per provenance record (``Provenance.to_dict()`` shape), followed by the datasets they rest on
    (e.g. the estimate's margins) that are not listed yet; imported tables with table number, file and import
    date."""
    cat = provenance.bundled_catalog()
    listed = [str(r.get("id", "")) for r in records]
    extra = [cat[i].to_dict() for i, parent in provenance.with_inputs([i for i in listed if i in cat])
             if parent and i not in listed]
    rows = []
    for r in [*records, *extra]:
        kind = str(r.get("kind", ""))
        note = r.get("method") or r.get("caveat") or ""
        if r.get("sections"):
            note = (note + " " if note else "") + "Zitierte Stellen: " + "; ".join(r["sections"])
        if r.get("inputs"):
            titles = [cat[i].title if i in cat else i for i in r["inputs"]]
            note = (note + " " if note else "") + "Beruht auf: " + "; ".join(titles) + "."
        details = ""
        if r.get("imported") or str(r.get("id", "")).startswith("import:"):
            parts = [f"Tabelle {r['table']}" if r.get("table") else "", f"Datei {r['file']}" if r.get("file") else "",
                     f"importiert am {str(r['imported_at'])[:16]}" if r.get("imported_at") else ""]
            details = ", ".join(p for p in parts if p)
        used_by = [q.get("title", q.get("id")) for q in [*records, *extra] if str(r.get("id")) in (q.get("inputs") or [])]
        rows.append(
            [
                r.get("title", r.get("id", "")),
                r.get("publisher", ""),
                r.get("source", "") + (f" ({details})" if details else ""),
                r.get("licence", ""),
                fmt_date(r["stand"]) if r.get("stand") else "",  # TT.MM.JJJJ (a year or "o. J." unchanged)
                provenance.KIND_LABEL_DE.get(kind, kind),
                note,
                ("Eingang von: " + "; ".join(str(u) for u in used_by)) if used_by else "",
                r.get("id", ""),
            ]
        )
    return SheetTable(
        name="Quellen",
        title="Quellen der exportierten Daten",
        source=f"Datenstand: {datenstand}" if datenstand else "Datenstand: –",
        columns=[
            Column("Titel", width=34),
            Column("Herausgeber", width=24),
            Column("Quelle / Adresse", width=40),
            Column("Lizenz", width=20),
            Column("Stand", width=11),
            Column("Art"),
            Column("Verfahren / Hinweis", width=50),
            Column("Eingang von", width=20),
            Column("Kennung"),
        ],
        rows=rows,
        notes=[
            "Art: amtlich = Statistikämter, BKG, Eurostat; veröffentlicht = aus Veröffentlichungen zitiert; "
            "Studie = aus der Studie „Zukunftsfaktor Handwerk“; Schätzung = eigene, dokumentierte Schätzung; "
            "Projektion = Modellergebnis; Import = eigene Daten der Kammer. Unter der Tabelle: die Begriffe des "
            "Handwerksmonitors und die Kammerzahlen neben der Handwerkszählung."
        ],
        estimate_rows={i for i, r in enumerate(rows) if r[5] == ESTIMATE_LABEL},
    )


def write_appendix(ws: Worksheet, start_row: int, chamber_lines: list[str]) -> int:
    """Below the sources: the glossary (term, German and English definition) and the chamber counts beside
    the Handwerkszählung. Returns the next free row."""
    r = start_row
    write(ws, r, 1, "Begriffe").font = styles.TITLE_FONT
    r += 1
    for c, head in enumerate(("Begriff", "Bedeutung", "Term (English)", "Meaning (English)"), start=1):
        cell = write(ws, r, c, head)
        cell.font = styles.HEADER_FONT
        cell.fill = styles.HEADER_FILL
    r += 1
    for t in glossary.TERMS:
        for c, value in enumerate((t.term_de, t.definition_de, t.term_en, t.definition_en), start=1):
            write(ws, r, c, value).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    if chamber_lines:
        r += 1
        write(ws, r, 1, "Kammerzahlen neben der Handwerkszählung").font = styles.TITLE_FONT
        r += 1
        write(ws, r, 1, "Die Kammern zählen Betriebe (Anlage A, B1, B2, auch ruhende); die Handwerkszählung zählt "
              "Unternehmen (Anlage A und B1). Differenz = Betriebe − Unternehmen.").font = styles.NOTE_FONT
        r += 1
        for line in chamber_lines:
            write(ws, r, 1, line)
            r += 1
    return r
