"""The Handwerkszählung figures (official or our estimate) beside the counts the chambers publish.

Chambers count *Betriebe* on their rolls (Handwerksrolle, Anlage A, B1 and B2, inactive businesses
included); the Handwerkszählung counts *Unternehmen* of Anlage A and B1 with turnover or employees. The
chamber count is therefore always the higher one; the comparison shows by how much, so a user can judge
the estimate against what the chamber says (``handwerk_published``: HWK zu Leipzig per district 2009/2010,
its district shares 2012, its chamber total 2010–2024; HWK Halle's count for Halle (Saale) 2023/2024).

For each published count at date D: our Unternehmen of year(D) where the data have it, else of the nearest
year (at most two years away; the note says so). difference = Betriebe − Unternehmen,
difference_pct = difference / Unternehmen. A district share ("43 % der Betriebe") becomes a count only
by multiplying it with the chamber total of the same date (``derived``, ``approximate`` like the share).
"""

from __future__ import annotations

import weakref
from typing import Any

import duckdb

from core import group_data, provenance
from core.datastore import DataStore

MAX_YEAR_GAP = 2
DATASET = "handwerk_published"


_COLUMNS = ("region_level", "region_code", "region_name", "reference_date", "indicator", "value", "unit",
            "approximate", "publisher", "source_url", "note")


_PUBLISHED: weakref.WeakKeyDictionary[DataStore, list[dict[str, Any]]] = weakref.WeakKeyDictionary()


def _published(store: DataStore) -> list[dict[str, Any]]:
    """The published chamber counts and district shares (plain rows: the profile command imports no pandas),
    read once per store (a bundled table: imports change ``facts`` only; the export asks for every area)."""
    if store not in _PUBLISHED:
        _PUBLISHED[store] = _read_published(store)
    return [dict(r) for r in _PUBLISHED[store]]


def _read_published(store: DataStore) -> list[dict[str, Any]]:
    sql = (
        f"SELECT {', '.join(_COLUMNS[:3])}, reference_date::VARCHAR, {', '.join(_COLUMNS[4:])} "
        "FROM handwerk_published WHERE breakdown = 'total' "
        "AND indicator IN ('betriebe', 'anteil_betriebe_kammerbezirk') AND reference_date IS NOT NULL"
    )
    try:
        rows = store.rows(sql)
    except duckdb.Error:  # another region's data without the table: nothing to compare
        return []
    out = [dict(zip(_COLUMNS, r, strict=True)) for r in rows]
    return [r for r in out if len(str(r["reference_date"])) >= 4]


def _inside_region(pub: list[dict[str, Any]], chamber: str, members: list[str]) -> bool:
    """True if the chamber district is exactly these districts: on some date the chamber's own counts for
    them add up to its published total (within 1 %). HWK zu Leipzig: 5,107 + 3,924 + 3,001 = 12,032 on
    31.12.2010. Chambers reaching beyond the region (Halle, Ostthüringen) are never compared as a whole."""
    betr = [r for r in pub if r["indicator"] == "betriebe"]
    for total in (r for r in betr if r["region_code"] == chamber):
        parts = [r for r in betr if r["reference_date"] == total["reference_date"] and r["region_code"] in members]
        value = float(total["value"])
        if len(parts) == len(members) and abs(sum(float(r["value"]) for r in parts) - value) <= 0.01 * value:
            return True
    return False


def _nearest(years: list[int], year: int) -> int | None:
    best = min(years, key=lambda y: (abs(y - year), -y)) if years else None
    return best if best is not None and abs(best - year) <= MAX_YEAR_GAP else None


def chamber_counts(store: DataStore, area_code: str) -> list[dict[str, Any]]:
    """Every published chamber count of ``area_code`` (a district, or a chamber district that lies wholly inside
    the region, for the region code and for each of its districts) with the Unternehmen of the
    Handwerkszählung beside it (see the module docstring)."""
    region = store.region
    pub = _published(store)
    if not pub:
        return []
    chambers = {d.chamber: [x.ags for x in region.districts if x.chamber == d.chamber] for d in region.districts}
    chambers = {c: m for c, m in chambers.items() if _inside_region(pub, c, m)}
    names = {d.chamber: d.chamber_name for d in region.districts}
    rows: list[tuple[str, list[str], dict[str, Any], bool]] = []  # (label, districts, row, derived)
    for r in pub:
        code = str(r["region_code"])
        if r["indicator"] == "betriebe" and code == area_code and area_code in region.district_codes:
            rows.append((str(r["region_name"]), [area_code], r, False))
        elif r["indicator"] == "anteil_betriebe_kammerbezirk" and code == area_code:
            total = [q for q in pub if q["region_code"] == region.district(code).chamber
                     and q["indicator"] == "betriebe" and q["reference_date"] == r["reference_date"]]
            if total:
                r = dict(r, value=float(r["value"]) / 100.0 * float(total[0]["value"]), share=float(r["value"]))
                rows.append((str(r["region_name"]), [area_code], r, True))
        elif r["indicator"] == "betriebe" and code in chambers:
            members = chambers[code]
            if area_code == region.code or area_code in members:
                rows.append((f"{names[code]} ({', '.join(region.district(m).name for m in members)})", members,
                             r, False))
    if not rows:
        return []
    # only the districts compared (a first profile must not build the facts of every area)
    cf = group_data.craft_facts_for(store, sorted({m for _, members, _, _ in rows for m in members}))
    out = []
    for label, members, r, derived in rows:
        date = str(r["reference_date"])
        year = int(date[:4])
        common = set.intersection(*(set(cf.years(m)) for m in members)) if members else set()
        used = _nearest(sorted(common), year)
        if used is None:
            continue
        figs = [cf.total_figure(m, "businesses", used) for m in members]
        if any(f.missing for f in figs):
            continue
        unternehmen = sum(float(f.value or 0.0) for f in figs)
        kind = group_data.combined_kind(*(f.kind for f in figs))
        betriebe = float(r["value"])
        diff = betriebe - unternehmen
        note, note_en = [], []
        if used != year:
            note.append(f"Handwerkszählung {used}, Kammerzahl {date}")
            note_en.append(f"craft census {used}, chamber count {date}")
        if derived:
            note.append(f"{r['share']:g} % des Kammerbestands × Kammerbestand ({date}), gerundeter Anteil")
            note_en.append(f"{r['share']:g} % of the chamber's count × its count ({date}), rounded share")
        out.append({
            "area": label,
            "districts": members,
            "reference_date": date,
            "betriebe": round(betriebe),
            "approximate": str(r["approximate"]) == "yes" or derived,
            "derived": derived,
            "publisher": str(r["publisher"]),
            "source_url": str(r["source_url"]),
            "unternehmen_year": used,
            "unternehmen": unternehmen,
            "unternehmen_kind": kind,
            "difference": diff,
            "difference_pct": diff / unternehmen if unternehmen else None,
            "note": "; ".join(note),
            "note_en": "; ".join(note_en),
            "kind": "published",
            "dataset": DATASET,
        })
    return sorted(out, key=lambda e: (len(e["districts"]), e["reference_date"]))


def summary_line(entry: dict[str, Any], lang: str = "de") -> str:
    """One sentence: "HWK zu Leipzig, 31.12.2010: 5.107 Betriebe (Kammer) – Handwerkszählung 2010: 3.9xx
    Unternehmen (amtlich), Differenz +1.2xx (+31 %)"."""

    en = lang == "en"

    def n(x: float) -> str:
        s = f"{x:,.0f}"
        return s if en else s.replace(",", ".")

    pct = entry["difference_pct"]
    pct_s = "" if pct is None else f" ({100 * pct:+.0f} %)" if en else f" ({100 * pct:+.0f} %)".replace(".", ",")
    approx = "≈ " if entry["approximate"] else ""
    kind = provenance.kind_label(entry["unternehmen_kind"], lang)
    if en:
        text = (f"{entry['area']}, {entry['reference_date']}: {approx}{n(entry['betriebe'])} businesses on the chamber "
                f"roll ({entry['publisher']}) – craft census {entry['unternehmen_year']}: {n(entry['unternehmen'])} "
                f"enterprises ({kind}), difference {'+' if entry['difference'] >= 0 else ''}"
                f"{n(entry['difference'])}{pct_s}")
    else:
        text = (f"{entry['area']}, {entry['reference_date']}: {approx}{n(entry['betriebe'])} Betriebe laut Kammer "
                f"({entry['publisher']}) – Handwerkszählung {entry['unternehmen_year']}: {n(entry['unternehmen'])} "
                f"Unternehmen ({kind}), Differenz {'+' if entry['difference'] >= 0 else ''}"
                f"{n(entry['difference'])}{pct_s}")
    note = entry.get("note_en" if en else "note")
    return text + (f"; {note}" if note else "")


def key_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries worth a line in a short output: per area the latest one compared with an official
    Handwerkszählung figure and the latest one overall."""
    out: list[dict[str, Any]] = []
    for area in dict.fromkeys(e["area"] for e in entries):
        mine = [e for e in entries if e["area"] == area]
        official = [e for e in mine if e["unternehmen_kind"] == "official"]
        for e in (official[-1] if official else None, mine[-1]):
            if e is not None and e not in out:
                out.append(e)
    return out
