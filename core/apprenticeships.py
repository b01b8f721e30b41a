"""Apprenticeships in the crafts (Ausbildung im Handwerk): the scattered public record, shown as it is.

The public record consists of single years from the ZDH, the statistical offices and the chambers,
with different reference dates (31.12. stock, calendar-year or 30.09. new contracts, in-year counts
to other cut-offs) and definitions. A *series* therefore groups only points that share
region, indicator, breakdown, definition family (``zdh`` | ``statistik`` | ``kammer``) and the
day-month of the reference date. Nothing is interpolated, no series mixes ZDH and statistical-office
figures, and a missing year stays missing (``points`` only holds published dates; a chart draws
lines only between consecutive years).

Index view: value_t / value_base × 100 for two series over the years both have.

The chamber's own series come in through the chamber import template (sheet "Auszubildende", indicator
``apprentices``; see :mod:`core.imports.chamber`). The template holds one row per Kreis, year and
Gewerbegruppe, and asks for the stock of apprentices in the Lehrlingsrolle on 31.12. of the year, so
:func:`import_series` makes one series per import, district and breakdown (region = the district's
AGS; no chamber or IRMD sum is formed — the IRMD districts are only part of each chamber's
district), points dated 31.12., family ``import``, kind ``import``, with the import's provenance
record and a label naming the import (data version id, file name, import date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core import provenance
from core.datastore import TOTAL, DataStore
from core.imports.versions import PUBLISHER_CHAMBER
from core.imports.visible import visible_rows, visible_versions
from core.provenance import Provenance

if TYPE_CHECKING:  # only index_comparison builds a frame: the export reads plain rows
    import pandas as pd

# Chamber codes differ between the two bundled files; the region file uses HWK-L / HWK-H / HWK-O.
_CHAMBER_ALIASES = {"HWK-HAL": "HWK-H", "HWK-OTH": "HWK-O"}
_PUBLISHED_INDICATORS = {"lehrlinge": "lehrlinge_bestand", "neue_lehrvertraege": "neue_ausbildungsvertraege"}

INDICATOR_LABELS = {
    "lehrlinge_bestand": ("Auszubildende (Bestand)", "Apprentices (stock)"),
    "neue_ausbildungsvertraege": ("Neue Ausbildungsverträge (Jahr bzw. bis 30.09.)", "New contracts (year or to 30 Sep)"),
    "neue_ausbildungsvertraege_unterjaehrig": (
        "Neue Ausbildungsverträge (unterjährig, anderer Stichtag)",
        "New contracts (in-year, other cut-off)",
    ),
}
FAMILY_LABELS = {
    "zdh": ("ZDH-Lehrlingsstatistik", "ZDH apprentice statistics"),
    "statistik": ("Berufsbildungsstatistik der Statistischen Ämter", "Vocational training statistics (statistical offices)"),
    "kammer": ("Kammerzählung (Lehrlingsrolle)", "Chamber count (apprentice register)"),
    "import": ("Eigene Daten der Kammer (Import)", "Chamber's own data (import)"),
}
SHORT_INDICATOR = {
    "lehrlinge_bestand": ("Bestand", "Stock"),
    "neue_ausbildungsvertraege": ("Neuverträge", "New contracts"),
    "neue_ausbildungsvertraege_unterjaehrig": ("Neuverträge unterjährig", "New contracts in-year"),
}
SHORT_FAMILY = {
    "zdh": ("ZDH", "ZDH"),
    "statistik": ("Statistik", "Statistics"),
    "kammer": ("Kammer", "Chamber"),
    "import": ("Import", "Import"),
}
CHAMBER_NOTE_DE = (
    "Kammerbezirke sind nicht die IRMD: HWK Halle umfasst ganz Süd-Sachsen-Anhalt (u. a. Dessau-Roßlau, "
    "Wittenberg), HWK Ostthüringen auch Gera, Jena und vier weitere Kreise; HWK Leipzig vor 2008 den "
    "Regierungsbezirk Leipzig."
)
CHAMBER_NOTE_EN = (
    "Chamber districts are not the IRMD: HWK Halle covers all of southern Saxony-Anhalt, HWK Ostthüringen "
    "also Gera, Jena and four more districts; HWK Leipzig before 2008 the Regierungsbezirk Leipzig."
)


# English names of the published breakdowns (ZDH groups, occupations, sub-totals), as they appear in the data.
BREAKDOWN_EN = {
    "weiblich": "female",
    "betrieblich": "in-company",
    "1. Lehrjahr": "1st year of training",
    "Bau- und Ausbaugewerbe": "construction and finishing trades",
    "Elektro- und Metallgewerbe": "electrical and metal trades",
    "Holzgewerbe": "wood trades",
    "Bekleidungs-, Textil- und Ledergewerbe": "clothing, textile and leather trades",
    "Lebensmittelgewerbe": "food trades",
    "Gesundheits- und Körperpflege, chemische und Reinigung": "health and personal care, chemical and cleaning "
    "trades",
    "Glas-, Papier-, keramische und sonstige Gewerbe": "glass, paper, ceramic and other trades",
    "Augenoptiker/in": "optician",
    "Tischler/in": "joiner",
    "Metallbauer/in": "metalworker",
    "Maler/in und Lackierer/in": "painter and varnisher",
    "Friseur/in": "hairdresser",
    "Fleischer/in": "butcher",
    "Bäcker/in": "baker",
    "Anlagenmechaniker/in SHK": "plant mechanic for sanitary, heating and air conditioning",
    "Kraftfahrzeugmechatroniker/in": "motor vehicle mechatronics technician",
    "Elektroniker/in": "electronics technician",
}


def breakdown_label(breakdown: str, lang: str = "de") -> str:
    """A breakdown in ``lang``: "davon Landkreis X" -> "of which Landkreis X"; unknown ones as they are."""
    if lang != "en":
        return breakdown
    if breakdown.startswith("davon "):
        return "of which " + breakdown.removeprefix("davon ")
    return BREAKDOWN_EN.get(breakdown, breakdown)


# Publishers in English: institution names, then the way a figure was quoted (ordered: longest first).
_PUBLISHER_EN = (
    ("Statistisches Bundesamt (Destatis)", "Federal Statistical Office (Destatis)"),
    ("Zentralverband des Deutschen Handwerks (ZDH)", "German Confederation of Skilled Crafts (ZDH)"),
    ("Statistisches Landesamt des Freistaates Sachsen", "Statistical Office of the Free State of Saxony"),
    ("Statistisches Landesamt Sachsen-Anhalt", "Statistical Office of Saxony-Anhalt"),
    ("Thüringer Landesamt für Statistik", "Thuringian State Office for Statistics"),
    ("Sächsischer Handwerkstag (Lehrstellenstatistik der sächsischen Handwerkskammern)",
     "Saxon Crafts Council (apprenticeship statistics of the Saxon chambers of crafts)"),
    ("Sächsischer Handwerkstag", "Saxon Crafts Council"),
    ("Handwerkskammern in Sachsen", "chambers of crafts in Saxony"),
    ("Handwerkskammern Magdeburg und Halle", "chambers of crafts Magdeburg and Halle"),
    ("zitiert von der Deutschen Handwerks Zeitung", "quoted by Deutsche Handwerks Zeitung"),
    ("zitiert in dpa-Meldung", "quoted in a dpa report"),
    ("zitiert vom", "quoted by"),
    ("zitiert von", "quoted by"),
    ("zitiert in", "quoted in"),
)


def publisher_label(publisher: str, lang: str = "de") -> str:
    """A series' publisher in ``lang`` (chamber names stay: they are proper names)."""
    if lang != "en":
        return publisher
    for de, en in _PUBLISHER_EN:
        publisher = publisher.replace(de, en)
    return publisher


def region_label(name: str, lang: str = "de") -> str:
    """"Kammerbezirk Handwerkskammer X" -> "chamber district Handwerkskammer X"; states and Germany in English."""
    if lang != "en":
        return name
    states = {"Deutschland": "Germany", "Sachsen": "Saxony", "Sachsen-Anhalt": "Saxony-Anhalt",
              "Thüringen": "Thuringia"}
    if name.startswith("Kammerbezirk "):
        return "chamber district " + name.removeprefix("Kammerbezirk ")
    return states.get(name, name)


@dataclass
class Point:
    date: str  # ISO date of the reference date as published
    value: float
    approximate: bool
    note: str = ""
    url: str = ""


@dataclass
class Series:
    region_code: str
    region_name: str
    indicator: str
    breakdown: str
    family: str
    date_pattern: str  # "12-31", "09-30", ...
    publisher: str
    definition: str
    kind: str  # official | published | import
    points: list[Point] = field(default_factory=list)
    import_record: Provenance | None = None  # the import's provenance (family "import" only)
    import_id: int | None = None
    import_file: str = ""
    import_date: str = ""  # ISO date of the import

    @property
    def key(self) -> str:
        fam = self.family if self.import_id is None else f"{self.family}:{self.import_id}"
        return f"{self.region_code}|{self.indicator}|{self.breakdown}|{fam}|{self.date_pattern}"

    def import_label(self, lang: str = "de") -> str:
        """E.g. "Kammerdaten (Import 3, datei.xlsx, 25.11.2026)"; '' for published series."""
        if self.import_id is None:
            return ""
        if lang == "en":
            return f"Chamber data (import {self.import_id}, {self.import_file}, {self.import_date})"
        y, m, d = self.import_date.split("-")
        return f"Kammerdaten (Import {self.import_id}, {self.import_file}, {d}.{m}.{y})"

    def label(self, lang: str = "de") -> str:
        i = 1 if lang == "en" else 0
        ind = INDICATOR_LABELS.get(self.indicator, (self.indicator, self.indicator))[i]
        fam = self.import_label(lang) or FAMILY_LABELS.get(self.family, (self.family, self.family))[i]
        br = "" if self.breakdown == "total" else f" – {breakdown_label(self.breakdown, lang)}"
        dd, mm = self.date_pattern[3:], self.date_pattern[:2]
        day = f"reference date {dd}/{mm}" if lang == "en" else f"Stichtag {dd}.{mm}."
        return f"{region_label(self.region_name, lang)}: {ind}{br} ({fam}, {day})"

    def short_label(self, lang: str = "de") -> str:
        """Compact label for legends and lists, e.g. "Neuverträge · ZDH · Bau- und Ausbaugewerbe · 31.12."."""
        i = 1 if lang == "en" else 0
        ind = SHORT_INDICATOR.get(self.indicator, (self.indicator, self.indicator))[i]
        fam = self.import_label(lang) or SHORT_FAMILY.get(self.family, (self.family, self.family))[i]
        parts = [ind, fam]
        if self.breakdown != "total":
            parts.append(breakdown_label(self.breakdown, lang))
        dd, mm = self.date_pattern[3:], self.date_pattern[:2]
        parts.append(f"{dd}/{mm}" if lang == "en" else f"{dd}.{mm}.")
        return " · ".join(parts)

    def source(self) -> dict[str, Any]:
        """Provenance record of the series (kind official for statistical offices, else published; an
        imported series carries its import's record, kind import)."""
        if self.import_record is not None:
            rec = self.import_record.to_dict()
            rec["definition"] = self.definition
            return rec
        base = provenance.get("ausbildung").to_dict()
        urls = sorted({p.url for p in self.points if p.url})
        base.update(
            {
                "publisher": self.publisher,
                "source": "; ".join(urls) if urls else base["source"],
                "kind": self.kind,
                "kind_label": provenance.KIND_LABEL_DE[self.kind],
                "definition": self.definition,
            }
        )
        return base

    def years(self) -> dict[int, float]:
        return {int(p.date[:4]): p.value for p in self.points}

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "region_code": self.region_code,
            "region_name": self.region_name,
            "indicator": self.indicator,
            "breakdown": self.breakdown,
            "definition_family": self.family,
            "label": self.label(),
            "points": [{"date": p.date, "value": p.value, "approximate": p.approximate} for p in self.points],
            "source": self.source(),
        }


def _is_yes(v: object) -> bool:
    return v is True or str(v).strip().lower() in ("yes", "true", "ja")


def _text(v: object) -> str:
    return "" if v is None or (isinstance(v, float) and v != v) else str(v)


def _family(definition: str) -> str:
    d = definition.lower()
    if "zdh" in d:
        return "zdh"
    if "berufsbildungsstatistik" in d:
        return "statistik"
    return "kammer"


_NAN = float("nan")
_COLUMNS = ("region_code", "region_name", "reference_date", "indicator", "breakdown", "value", "approximate",
            "definition", "publisher", "source_url", "note")
_SELECT = """SELECT region_code, region_name, CAST(reference_date AS VARCHAR) AS reference_date, indicator, breakdown,
                    value::DOUBLE AS value, approximate, definition, publisher, source_url, note"""


def _rows(store: DataStore) -> list[dict[str, Any]]:
    """The apprentice rows of both files (published indicators renamed, chamber codes unified) with a full
    reference date, ordered by it (rows of one date keep the files' order)."""
    a = store.rows(f"{_SELECT} FROM ausbildung")
    b = store.rows(f"{_SELECT} FROM handwerk_published WHERE indicator IN ('lehrlinge', 'neue_lehrvertraege')")
    out = []
    for i, r in enumerate([*a, *b]):
        d = dict(zip(_COLUMNS, r, strict=True))
        if i >= len(a):
            d["indicator"] = _PUBLISHED_INDICATORS.get(str(d["indicator"]))
        d["region_code"] = _CHAMBER_ALIASES.get(d["region_code"], d["region_code"])
        if len(d["reference_date"] or "") >= 10:
            out.append(d)
    return sorted(out, key=lambda d: d["reference_date"])


def all_series(store: DataStore, region: str | None = None, extra: list[Series] | None = None) -> list[Series]:
    """Every published apprenticeship series (optionally one region code: DG, 14, HWK-L, ...)."""
    groups: dict[tuple[Any, ...], Series] = {}
    for r in _rows(store):
        if region and r["region_code"] != region:
            continue
        fam = _family(str(r["definition"]))
        pattern = str(r["reference_date"])[5:10]
        key = (r["region_code"], r["indicator"], r["breakdown"], fam, pattern)
        if key not in groups:
            kind = "official" if fam == "statistik" else "published"
            groups[key] = Series(
                region_code=str(r["region_code"]),
                region_name=str(r["region_name"]),
                indicator=str(r["indicator"]),
                breakdown=str(r["breakdown"]),
                family=fam,
                date_pattern=pattern,
                publisher=str(r["publisher"]),
                definition=str(r["definition"]),
                kind=kind,
            )
        # Two releases for the same date (e.g. HWK Halle 1st half 2023: 789 and 783) are both kept.
        groups[key].points.append(
            Point(
                date=str(r["reference_date"]),
                value=_NAN if r["value"] is None else float(r["value"]),
                approximate=_is_yes(r["approximate"]),
                note=_text(r["note"]),
                url=_text(r["source_url"]),
            )
        )
    more = [s for s in extra or [] if not region or s.region_code == region]
    out = list(groups.values()) + more
    return sorted(out, key=lambda s: (s.region_code, s.indicator, s.breakdown, s.family, s.date_pattern))


IMPORT_INDICATOR = "apprentices"  # indicator of the template's sheet "Auszubildende"
IMPORT_DATE = "12-31"  # the template asks for the stock on 31.12. of the year
IMPORT_DEFINITION = ("Auszubildende laut Lehrlingsrolle der Kammer, Bestand am 31.12. "
                     "(eigene Daten der Kammer, Import der Kammer-Vorlage)")


def import_series(store: DataStore, user_con: Any) -> list[Series]:
    """The chamber's own apprentice series from the imports visible in the active data version:
    one per import, district and Gewerbegruppe; a value left unknown ('.' etc.) stays missing."""
    versions = {v.id: v for v in visible_versions(user_con)}
    groups: dict[tuple[int, str, str], list[dict[str, Any]]] = {}
    for r in visible_rows(user_con, "indicator = ?", [IMPORT_INDICATOR]):
        if r["value"] is not None and r["value"] == r["value"]:
            groups.setdefault((int(r["version_id"]), str(r["area_code"]), str(r["gewerbegruppe"])), []).append(r)
    out = []
    for (vid, area, group), g in sorted(groups.items()):
        v = versions[vid]
        s = Series(
            region_code=area,
            region_name=store.region.area_name(area),
            indicator="lehrlinge_bestand",
            breakdown="total" if group == TOTAL else group,
            family="import",
            date_pattern=IMPORT_DATE,
            publisher=PUBLISHER_CHAMBER,
            definition=IMPORT_DEFINITION,
            kind="import",
            import_record=v.provenance(),
            import_id=v.id,
            import_file=v.file_name,
            import_date=v.imported_at[:10],
        )
        for r in sorted(g, key=lambda r: int(r["year"])):
            flag = r["flag"] if isinstance(r["flag"], str) else ""
            meaning = r["flag_meaning"] if isinstance(r["flag_meaning"], str) else ""
            s.points.append(Point(date=f"{int(r['year'])}-{IMPORT_DATE}", value=float(r["value"]), approximate=False,
                                  note=f"{flag}: {meaning}" if meaning else flag))
        out.append(s)
    return out


def chart_segments(series: Series) -> list[list[tuple[int, float]]]:
    """Runs of consecutive years: a chart draws a line within a run and only markers between runs."""
    yrs = sorted(series.years().items())
    runs: list[list[tuple[int, float]]] = []
    for y, v in yrs:
        if runs and runs[-1][-1][0] == y - 1:
            runs[-1].append((y, v))
        else:
            runs.append([(y, v)])
    return runs


def index_comparison(a: Series, b: Series, base_year: int) -> pd.DataFrame:
    """Index (base_year = 100) of two series over the years both have a figure.

    Raises ValueError if the base year is not among the common years.
    """
    ya, yb = a.years(), b.years()
    common = sorted(set(ya) & set(yb))
    if base_year not in common:
        raise ValueError(f"base year {base_year} not in common years {common}")
    import pandas as pd

    return pd.DataFrame(
        {
            "year": common,
            "a": [ya[y] / ya[base_year] * 100 for y in common],
            "b": [yb[y] / yb[base_year] * 100 for y in common],
        }
    )


def comparable_pairs(series: list[Series]) -> list[tuple[Series, Series, list[int]]]:
    """Pairs (region series, Germany series) with the same indicator, family and date pattern
    and at least two common years — the only comparisons the index view offers."""
    de = [s for s in series if s.region_code == "DG"]
    out = []
    for s in series:
        if s.region_code == "DG":
            continue
        for d in de:
            if (s.indicator, s.family, s.date_pattern, s.breakdown) == (d.indicator, d.family, d.date_pattern, d.breakdown):
                common = sorted(set(s.years()) & set(d.years()))
                if len(common) >= 2:
                    out.append((s, d, common))
    return out
