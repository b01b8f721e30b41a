"""Kammerregister sheet: owners by age, the succession indicator and the register's flows per district.

Only districts with a chamber register (kind ``register``); cells of 1 or 2 are shown as "·"
(``core.suppression``), with the note.
"""

from __future__ import annotations

from typing import Any

from core import suppression
from core.export import styles
from core.export.table import Column, SheetTable
from core.profile import DistrictProfile
from core.succession import BANDS, band_label


def register_rows(p: DistrictProfile) -> list[list[Any]]:
    o, r = p.owners or {}, p.register or {}
    if not o and not r:
        return []
    kind = "register"

    def s(v: Any) -> Any:
        return suppression.shown(v, kind)

    bands = [s(o.get("bands", {}).get(b)) for b in BANDS]
    old = o.get("aged_60plus")
    share = o.get("share_60plus")
    return [[p.name, p.year, *bands, s(old), suppression.SIGN if suppression.is_confidential(old, kind) else share,
             s(r.get("businesses_added")), s(r.get("businesses_removed")), s(r.get("businesses_b2")),
             s(r.get("businesses_aet")), "Kammerregister"]]


def register_table(profiles: list[DistrictProfile], source: str) -> SheetTable:
    rows = [row for p in profiles for row in register_rows(p)]
    return SheetTable(
        name="Kammerregister",
        title="Kammerregister: Inhaber nach Alter, Nachfolge, Zu- und Abgänge",
        source=source,
        columns=[
            Column("Kreis"),
            Column("Jahr", styles.YEAR),
            *[Column(f"Inhaber {band_label(b)}", styles.INT) for b in BANDS],
            Column("Nachfolge: Inhaber 60+", styles.INT),
            Column("Anteil 60+", styles.PCT),
            Column("Zugänge A/B1", styles.INT),
            Column("Abgänge A/B1", styles.INT),
            Column("Betriebe B2", styles.INT),
            Column("Betriebe AeT", styles.INT),
            Column("Kennzeichnung"),
        ],
        rows=rows,
        notes=[
            "Gezählt aus dem importierten Auszug der Handwerksrolle/des Verzeichnisses: Bestand am 31.12., Alter am "
            "31.12. aus dem Geburtsjahr, nur Betriebe der Anlagen A und B1 mit bekanntem Geburtsdatum des Inhabers. "
            "Es werden nur Summen gespeichert, keine Einzelangaben.",
            suppression.NOTE_DE,
        ],
    )
