"""Comparability breaks: years from which a series is counted on a new basis.

A comparison of two years ``t0 < t1`` *crosses* a break in year ``b`` (the first year on the new basis)
when ``t0 < b <= t1``: the change then contains the switch of method, not only real development.
Every view, command and export that compares years asks :func:`crossing` and shows what it returns
where the figure is (portfolio, shift-share, profile, map, exports, charts).

Bundled breaks (documented in resources/data/PROVENANCE.md):

* **HwO 2020** (``groups``): from the Berichtsjahr 2020 the Handwerkszählung follows the amended
  Handwerksordnung (12 crafts back in Anlage A, groups re-assigned; from 2021 Kosmetiker in B1).
  Values per Gewerbegruppe before and after 2020 are not comparable without adjustment.
* **Zensus 2011** (``population``): population from 31.12.2010 (Eurostat 1.1.2011, flag ``b``) on the
  Zensus 2011 basis, earlier years on the old register. Applies to population and everything per
  inhabitant (density).
* **Zensus 2022** (``population``): population from 31.12.2022 on the Zensus 2022 basis (e.g. Halle
  (Saale) 238,061 in 2021 → 227,416 in 2022, largely a census correction).

Imported tables may declare their own breaks in their footnotes ("ab dem Berichtsjahr 2011: nach dem
Zensus 2011"): :func:`declared_in_text` reads them at import time, the data version keeps them, and
the store carries them while that version is active (``store.extra_breaks``).

Scopes: ``groups`` = values per Gewerbegruppe; ``population`` = population and every figure per
inhabitant; ``all`` = everything of the declaring source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

SCOPES = ("groups", "population", "all")


@dataclass(frozen=True)
class Break:
    id: str
    year: int  # first year on the new basis
    kind: str  # "hwo" | "census" | "method"
    scope: str  # one of SCOPES
    text_de: str
    text_en: str
    dataset: str = ""  # the dataset whose record documents (or whose import declared) the break
    short_de: str = ""
    short_en: str = ""

    def crosses(self, start: int, end: int) -> bool:
        """True if a comparison from ``start`` to ``end`` (either order) spans this break."""
        lo, hi = min(start, end), max(start, end)
        return lo < self.year <= hi

    def text(self, lang: str = "de") -> str:
        return self.text_en if lang == "en" else self.text_de

    def short(self, lang: str = "de") -> str:
        """A few words for a chart mark or a table cell ("HwO 2020", "Zensus 2022")."""
        s = self.short_en if lang == "en" else self.short_de
        return s or self.id

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["text"] = d.pop("text_de")
        d["short"] = d.pop("short_de")
        return d


HWO_2020 = Break(
    id="hwo2020",
    year=2020,
    kind="hwo",
    scope="groups",
    text_de=(
        "Bruch HwO 2020: Seit dem Berichtsjahr 2020 zählt die Handwerkszählung nach der geänderten "
        "Handwerksordnung (12 Handwerke zurück in Anlage A, Gewerbegruppen neu zugeordnet, ab 2021 Kosmetiker "
        "in B1). Werte je Gewerbegruppe vor und nach 2020 sind nicht direkt vergleichbar: eine Veränderung "
        "über 2020 hinweg enthält die Umstellung, nicht nur Wachstum."
    ),
    text_en=(
        "Break HwO 2020: from the reporting year 2020 the craft census follows the amended Crafts Code "
        "(12 crafts back in Annex A, craft groups re-assigned, cosmeticians in B1 from 2021). Values per craft "
        "group before and after 2020 are not directly comparable: a change across 2020 contains the switch, "
        "not only growth."
    ),
    dataset="handwerk_gewerbegruppen_destatis",
    short_de="HwO 2020",
    short_en="HwO 2020",
)
ZENSUS_2011 = Break(
    id="zensus2011",
    year=2010,
    kind="census",
    scope="population",
    text_de=(
        "Bruch Zensus 2011: Bevölkerung ab 31.12.2010 auf Basis des Zensus 2011 (Eurostat 1.1.2011, "
        "Kennzeichen b), frühere Jahre nach der alten Fortschreibung. Veränderungen der Einwohnerzahl und "
        "aller Werte je Einwohner über diese Grenze enthalten die Zensuskorrektur."
    ),
    text_en=(
        "Break census 2011: population from 31 Dec 2010 on the 2011 census basis (Eurostat 1 Jan 2011, flag b), "
        "earlier years on the old register. Changes of population and of every figure per inhabitant across "
        "this line contain the census correction."
    ),
    dataset="population",
    short_de="Zensus 2011",
    short_en="Census 2011",
)
ZENSUS_2022 = Break(
    id="zensus2022",
    year=2022,
    kind="census",
    scope="population",
    text_de=(
        "Bruch Zensus 2022: Bevölkerung ab 31.12.2022 auf Basis des Zensus 2022 (z. B. Halle (Saale) 238.061 "
        "im Jahr 2021, 227.416 im Jahr 2022: überwiegend Zensuskorrektur, kein echter Verlust). Veränderungen "
        "der Einwohnerzahl und aller Werte je Einwohner (Betriebsdichte) über diese Grenze enthalten die "
        "Zensuskorrektur."
    ),
    text_en=(
        "Break census 2022: population from 31 Dec 2022 on the 2022 census basis (e.g. Halle (Saale) 238,061 in "
        "2021, 227,416 in 2022: largely a census correction, not a real loss). Changes of population and of "
        "every figure per inhabitant (business density) across this line contain the census correction."
    ),
    dataset="population",
    short_de="Zensus 2022",
    short_en="Census 2022",
)
BUNDLED: tuple[Break, ...] = (HWO_2020, ZENSUS_2011, ZENSUS_2022)


class BreakSource(Protocol):
    """What holds the breaks declared by imported data (``core.datastore.DataStore``; not imported here:
    the registry stays free of DuckDB)."""

    extra_breaks: list[Break]


def registry(store: BreakSource | None = None) -> list[Break]:
    """The bundled breaks plus those declared by the imports of ``store``'s active data version."""
    extra = store.extra_breaks if store is not None else []
    return sorted([*BUNDLED, *extra], key=lambda b: (b.year, b.id))


def crossing(start: int, end: int, scopes: Iterable[str], store: BreakSource | None = None) -> list[Break]:
    """Breaks of these scopes that a comparison from ``start`` to ``end`` crosses (oldest first).
    A break of scope ``all`` applies to every comparison."""
    wanted = set(scopes)
    return [b for b in registry(store) if (b.scope in wanted or b.scope == "all") and b.crosses(start, end)]


def in_span(first: int, last: int, scopes: Iterable[str], store: BreakSource | None = None) -> list[Break]:
    """Breaks of these scopes whose year lies inside a series from ``first`` to ``last`` (a chart must
    not draw a line across them)."""
    return crossing(first, last, scopes, store)


def as_dicts(breaks: Sequence[Break]) -> list[dict[str, Any]]:
    return [b.to_dict() for b in breaks]


def warning(breaks: Sequence[Break], lang: str = "de") -> str:
    """One paragraph for a human reader ('' if there is no break)."""
    if not breaks:
        return ""
    head = "Achtung – Vergleich über einen Bruch: " if lang != "en" else "Caution – comparison across a break: "
    return head + " ".join(b.text(lang) for b in breaks)


def from_dicts(items: Iterable[dict[str, Any]]) -> list[Break]:
    """Breaks stored as dicts (e.g. in an import's summary) back as objects; malformed items are skipped."""
    out = []
    for d in items:
        try:
            out.append(
                Break(
                    id=str(d["id"]),
                    year=int(d["year"]),
                    kind=str(d.get("kind", "method")),
                    scope=str(d.get("scope", "all")) if d.get("scope") in SCOPES else "all",
                    text_de=str(d.get("text", d.get("text_de", ""))),
                    text_en=str(d.get("text_en", "")) or str(d.get("text", "")),
                    dataset=str(d.get("dataset", "")),
                    short_de=str(d.get("short", d.get("short_de", ""))),
                    short_en=str(d.get("short_en", "")),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    return out


# "ab dem Berichtsjahr 2011: nach dem Zensus 2011", "Ab 2020 Ergebnisse nach der HwO 2020", "ab Stichtag 31.12.2022 ..."
_DECLARED = re.compile(
    r"\bab\s+(?:dem\s+)?(?:Berichtsjahr|Jahr|Stichtag|Berichtszeitraum)?\s*(?:\d{1,2}\.\d{1,2}\.)?((?:19|20)\d{2})\b"
    r"[:,]?\s*([^\n\"]{0,160})",
    re.IGNORECASE,
)
_MARKERS = {
    "census": re.compile(r"zensus|volkszählung|census", re.IGNORECASE),
    "hwo": re.compile(r"\bHwO\b|handwerksordnung", re.IGNORECASE),
    "method": re.compile(r"methode|umstellung|nicht vergleichbar|eingeschränkt vergleichbar|bruch|revision",
                         re.IGNORECASE),
}


def declared_in_text(text: str, dataset: str, scope_hint: str = "all") -> list[Break]:
    """Breaks a statistical table declares in its footnotes.

    Reads sentences of the form "ab (dem Berichtsjahr) YYYY: <what changed>" that name a census, the
    Handwerksordnung or a change of method. ``scope_hint``: ``population`` for population tables,
    ``groups`` for tables per Gewerbegruppe, else ``all``. One break per (year, kind).
    """
    found: dict[tuple[int, str], Break] = {}
    for m in _DECLARED.finditer(text or ""):
        year, rest = int(m.group(1)), " ".join(m.group(2).split())
        sentence = " ".join(m.group(0).split())
        kind = next((k for k, rx in _MARKERS.items() if rx.search(rest)), "")
        if not kind:
            continue
        scope = "population" if kind == "census" else "groups" if kind == "hwo" else scope_hint
        if scope not in SCOPES:
            scope = "all"
        key = (year, kind)
        if key in found:
            continue
        found[key] = Break(
            id=f"{dataset}:{kind}{year}",
            year=year,
            kind=kind,
            scope=scope,
            text_de=f"Bruch laut Fußnote der importierten Tabelle: „{sentence}“ – Werte vor und ab {year} "
            "sind nicht direkt vergleichbar.",
            text_en=f"Break declared in a footnote of the imported table: \"{sentence}\" – values before and from "
            f"{year} are not directly comparable.",
            dataset=dataset,
            short_de=f"Bruch {year}",
            short_en=f"Break {year}",
        )
    return sorted(found.values(), key=lambda b: (b.year, b.id))
