"""Average business size (Betriebsgröße) from the official Handwerkszählung by Kreis, with context
from the Unternehmensregister.

- tätige Personen je Unternehmen (persons engaged per craft enterprise), Anlage A, B1 and A+B1,
  2010–2014 — the only years the official district table covers (53111-01-01-4);
- its change 2010→2014 in persons and in %;
- context (all sectors, 2014, Unternehmensregister 52111): enterprises per 1,000 inhabitants and the
  craft share of all enterprises = craft enterprises / URS enterprises (sections B–N, P–S).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from core import provenance
from core.datastore import DataStore
from core.errors import NoDataError

ART_LABELS = {
    "insgesamt": ("Anlage A + B1", "Annex A + B1"),
    "zulassungspflichtig": ("Anlage A (zulassungspflichtig)", "Annex A (licensed)"),
    "zulassungsfrei": ("Anlage B1 (zulassungsfrei)", "Annex B1 (licence-free)"),
}
YEARS_NOTE_DE = "Amtliche Kreiswerte der Handwerkszählung liegen nur für 2010–2014 vor (Tabelle 53111-01-01-4)."
YEARS_NOTE_EN = "Official district figures of the craft census exist only for 2010–2014 (table 53111-01-01-4)."


def size_table(store: DataStore, art: str = "insgesamt") -> pd.DataFrame:
    """Persons engaged per craft enterprise per area and year (official components).

    persons_per_business = tätige Personen / Unternehmen, computed from the two official counts,
    because the table's own ratio column is rounded to whole persons (kept as ``published``).
    """
    df = store.query(
        """SELECT p.ags AS area_code, p.year::INTEGER AS year,
                  p.value::DOUBLE / u.value::DOUBLE AS persons_per_business,
                  r.value::DOUBLE AS published_rounded, p.value::DOUBLE AS persons, u.value::DOUBLE AS businesses
           FROM handwerkszaehlung p
           JOIN handwerkszaehlung u ON u.ags = p.ags AND u.year = p.year AND u.art = p.art
                AND u.indicator = 'unternehmen'
           LEFT JOIN handwerkszaehlung r ON r.ags = p.ags AND r.year = p.year AND r.art = p.art
                AND r.indicator = 'taetige_personen_je_unternehmen'
           WHERE p.indicator = 'taetige_personen' AND p.art = ? AND p.value IS NOT NULL AND u.value > 0
           ORDER BY area_code, year""",
        [art],
    )
    if df.empty:
        raise NoDataError(f"Keine Daten für {art}", f"No data for {art}")
    return df


def size_profile(store: DataStore, area_code: str, compare: tuple[str, ...] | None = None) -> dict[str, Any]:
    """Average size of the area against its state and Germany, 2010–2014, with change.

    change_abs = size_2014 − size_2010; change_rel = change_abs / size_2010.
    """
    region = store.region
    state = next((d.state for d in region.districts if d.ags == area_code), None)
    areas = [area_code] + [a for a in (compare or (state, "DG")) if a and a != area_code]
    out: dict[str, Any] = {"area_code": area_code, "series": {}, "note": YEARS_NOTE_DE, "note_en": YEARS_NOTE_EN}
    for art in ART_LABELS:
        tab = size_table(store, art)
        for a in areas:
            rows = tab[tab["area_code"] == a].set_index("year")["persons_per_business"]
            if rows.empty:
                continue
            first, last = rows.index.min(), rows.index.max()
            out["series"].setdefault(a, {})[art] = {
                "name": region.area_name(a),
                "values": {int(str(y)): float(v) for y, v in rows.items()},
                "change_abs": float(rows[last] - rows[first]),
                "change_rel": float((rows[last] - rows[first]) / rows[first]),
                "period": [int(first), int(last)],
            }
    out["sources"] = [provenance.get("handwerkszaehlung").to_dict()]
    return out


def register_context(store: DataStore) -> pd.DataFrame:
    """All-sector context 2014: URS enterprises, per 1,000 inhabitants, craft share of enterprises.

    craft_share = Handwerkszählung Unternehmen (A+B1) 2014 / URS Unternehmen (B–N, P–S) 2014.
    """
    return store.query(
        """
        WITH urs AS (SELECT ags, value::DOUBLE AS urs_enterprises FROM urs_2014
                     WHERE unit = 'unternehmen' AND wz_section = 'insgesamt'),
             pop AS (SELECT area_code, value AS population FROM facts
                     WHERE indicator = 'population' AND year = 2014 AND gewerbegruppe = 'insgesamt'),
             hw AS (SELECT area_code, value AS craft_enterprises FROM facts
                    WHERE indicator = 'businesses' AND year = 2014 AND gewerbegruppe = 'insgesamt')
        SELECT urs.ags AS area_code, urs_enterprises, pop.population,
               urs_enterprises / pop.population * 1000 AS urs_per_1000,
               hw.craft_enterprises, hw.craft_enterprises / urs_enterprises AS craft_share
        FROM urs LEFT JOIN pop ON pop.area_code = urs.ags LEFT JOIN hw ON hw.area_code = urs.ags
        ORDER BY area_code
        """
    )


def context_sources() -> list[dict[str, Any]]:
    return [provenance.get(i).to_dict() for i in ("urs_2014", "handwerkszaehlung", "population")]
