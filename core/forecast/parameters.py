"""The one registry of forecast assumptions: every number the model uses that is not data.

Each parameter has a key, German and English label, default, unit, plausible range (min, max), a slider
step, a source and a description. ``source`` is a dataset id from ``resources/data/datasets.json`` (or
several, separated by "; ") when the default is derived from published figures (the derivation is in
``description``), or the word "Annahme" = our assumption; then ``justification`` says in one sentence why
the value is reasonable. Exports write ``as_table(scenario)`` next to every forecast so the assumptions
travel with the numbers.

Keys, units and ranges (the contract other modules and saved scenarios rely on; values are in the unit
the user sees, ``%/Jahr`` values are percentages that the model divides by 100):

==========================  =========  ==========  ===============================================
key                         unit       range       meaning
==========================  =========  ==========  ===============================================
share_55plus                %          15–35       share of the craft workforce aged 55+
years_to_retirement         Jahre      8–13        years over which the 55+ leave the workforce
apprentice_entry            je 1.000   10–30       new apprenticeship contracts per 1,000 workers
completion_rate             %          50–85       journeyman exams passed per new contract
stay_in_craft               %          50–100      share of new journeymen who work in the craft
youth_elasticity            Faktor     0–1         link of apprentice entries to the cohort turning 17
lateral_entry               %/Jahr     0–3         entries from other occupations and regions (t0)
net_outflow                 %/Jahr     −1.5–2      further net outflow (negative = net inflow)
productivity                %/Jahr     0–2         output per worker from digital processes
population_variant          –          −1, 0, 1    variant of published projections (low/mid/high)
demand_growth:<group>       %/Jahr     −2–2        real demand per weighted inhabitant
weight_65plus:<group>       × 15–64    0–3         demand per inhabitant 65+ (working age = 1)
weight_u15:<group>          × 15–64    0–2         demand per inhabitant under 15
==========================  =========  ==========  ===============================================

Per-group parameters have keys ``<name>:<Gewerbegruppe>`` (e.g. ``demand_growth:Bauhauptgewerbe``).
Time-varying changes of a parameter (e.g. the effect of a measure from a start year) are expressed as
deltas on these keys in the same units.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from core import provenance
from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN
from core.errors import InvalidInputError

ANNAHME = "Annahme"
# English of the German parameter units (symbols such as "%" and "× 15–64" stay as they are)
UNITS_EN = {"je 1.000": "per 1,000", "%/Jahr": "%/year", "Faktor": "factor", "Jahre": "years"}


@dataclass(frozen=True)
class Parameter:
    key: str
    label_de: str
    label_en: str
    default: float
    unit: str
    min: float
    max: float
    step: float
    source: str
    description: str
    group: str | None = None  # Gewerbegruppe of a per-group parameter
    main: bool = False  # shown as a slider in the Prognose tab
    justification: str = ""  # one sentence why an "Annahme" is reasonable (required when source is Annahme)
    justification_en: str = ""  # the same sentence in English

    def label(self, lang: str = "de") -> str:
        return self.label_en if lang == "en" else self.label_de

    def describe(self, lang: str = "de") -> str:
        """The description in ``lang`` (English from ``DESCRIPTIONS_EN``, per-group texts name the group)."""
        if lang != "en":
            return self.description
        name = self.key.split(":", 1)[0]
        text = DESCRIPTIONS_EN.get(name, self.description)
        return text.replace("{group}", GEWERBEGRUPPEN_EN.get(self.group or "", self.group or ""))

    def unit_text(self, lang: str = "de") -> str:
        """The unit in ``lang`` ("%/Jahr" → "%/year")."""
        return UNITS_EN.get(self.unit, self.unit) if lang == "en" else self.unit

    def justify(self, lang: str = "de") -> str:
        """Why an assumption is reasonable, in ``lang`` ("" for a value taken from data)."""
        return self.justification_en if lang == "en" else self.justification

    def source_label(self, lang: str = "de") -> str:
        """Where the value comes from, readable: "Annahme" / "assumption", or the titles of the datasets it
        is derived from (never their ids)."""
        return source_label(self.source, lang)

    @property
    def is_assumption(self) -> bool:
        return self.source == ANNAHME

    @property
    def datasets(self) -> list[str]:
        """Dataset ids named in ``source`` ([] for an assumption)."""
        return [] if self.is_assumption else [s.strip() for s in self.source.split(";") if s.strip()]

    @property
    def decimals(self) -> int:
        s = f"{self.step:.6f}".rstrip("0")
        return max(0, len(s.split(".")[1])) if "." in s else 0


# The region-wide parameters, in the order the Prognose tab and the exports list them. Positional fields:
# key, label_de, label_en, default, unit, min, max, step, source, description (see ``Parameter``).
_GLOBAL: tuple[Parameter, ...] = (
    Parameter(
        "share_55plus",
        "Anteil Beschäftigte ab 55 Jahren",
        "Share of workforce aged 55+",
        27.0,
        "%",
        15.0,
        35.0,
        0.5,
        "workforce_age_flows",
        "Sachsen-Anhalt 2022: 27 % der SV-Beschäftigten sind 55 oder älter (BA; in den SHK-Berufen 31 %, "
        "2019 noch 25 %); Thüringen 2018: mehr als jeder Fünfte. Eine Zahl nur für Handwerksbeschäftigte "
        "der Kreise ist nicht veröffentlicht; Handwerksberufe sind nicht jünger als der Durchschnitt "
        "(Deutschland 2021: Sanitär/Heizung 22,4 % im Alter 55–64, alle Erwerbstätigen 22,0 %). "
        "Verrentungsrate im Mittel = Anteil / Jahre bis zur Rente; ihr Verlauf über die Jahre folgt den "
        "Jahrgängen, die im Kreis 65 werden (Altersjahre 31.12.2015).",
        main=True,
    ),
    Parameter(
        "years_to_retirement",
        "Jahre bis zur Rente (ab 55)",
        "Years to retirement (from 55)",
        11.0,
        "Jahre",
        8.0,
        13.0,
        0.5,
        "workforce_age_flows",
        "Die 55+-Beschäftigten scheiden mit rund 65–66 Jahren aus, also über rund 11 Jahre. Geprüft an "
        "Sachsen: 19 % der SV-Beschäftigten von 2022 scheiden bis 2030 und 32 % bis 2035 altersbedingt aus "
        "(2,4–2,5 %/Jahr); 27 % / 11 Jahre = 2,45 %/Jahr.",
    ),
    Parameter(
        "apprentice_entry",
        "Neue Lehrverträge je 1.000 Beschäftigte",
        "New apprenticeships per 1,000 workers",
        18.6,
        "je 1.000",
        10.0,
        30.0,
        0.1,
        "ausbildung; handwerk_published",
        "Mittel aus Sachsen (5.305 neue Verträge 2021 / 282.522 tätige Personen 2022 = 18,8), "
        "Sachsen-Anhalt (2.553 / 136.227 tätige Personen 2021 = 18,7) und HWK Ostthüringen "
        "(786 / rund 43.000 Beschäftigte 2023 = 18,3).",
        main=True,
    ),
    Parameter(
        "completion_rate",
        "Anteil erfolgreicher Abschlüsse",
        "Completion rate",
        69.0,
        "%",
        50.0,
        85.0,
        1.0,
        "handwerk_published; workforce_age_flows",
        "Gesellenprüfungen je neuem Lehrvertrag, HWK Ostthüringen 2023: 543 / 786 = 69 %. Gegenprobe: "
        "Vertragslösungsquote im Handwerk 36,5 % (Deutschland 2023; Sachsen-Anhalt 2014 46,5 %, "
        "Thüringen 2012 36,4 %), mehr als die Hälfte der Lösenden beginnt eine neue Ausbildung; "
        "Bestehensquote Bau/Ausbau Ost 2022 72,5 % (mit Wiederholern).",
        main=True,
    ),
    Parameter(
        "stay_in_craft",
        "Verbleib im Handwerk nach der Ausbildung",
        "Share of new journeymen who stay in the crafts",
        80.0,
        "%",
        50.0,
        100.0,
        1.0,
        "workforce_age_flows",
        "IAB-Ausbildungspanel Handwerk: rund 20 % verlassen den Ausbildungsbetrieb binnen eines Jahres "
        "nach der Ausbildung (ein Teil davon in einen anderen Handwerksbetrieb, 80 % ist daher eher die "
        "Untergrenze des Verbleibs). Der spätere Abgang über das Berufsleben (ifh Göttingen: weniger als "
        "40 % der im Handwerk Ausgebildeten bleiben dort) steckt im Quereinstieg/Abgang unten. "
        "Pessimistisch 66 %: nur zwei Drittel der in SHK-Berufen Ausgebildeten arbeiten in diesem Beruf "
        "(QuBe 2023).",
        main=True,
    ),
    Parameter(
        "youth_elasticity",
        "Kopplung der Lehrlinge an die Zahl junger Menschen",
        "Link of apprentices to the young population",
        1.0,
        "Faktor",
        0.0,
        1.0,
        0.1,
        ANNAHME,
        "1 = neue Lehrverträge ändern sich proportional zur Größe des Jahrgangs, der im Kreis 17 Jahre alt "
        "wird (aus den Altersjahren 31.12.2015, Bevölkerung nach 17 Altersgruppen), 0 = unabhängig davon.",
        justification="Lehrlinge kommen fast alle aus dem Jahrgang der Schulabgänger des Kreises: halb so "
        "viele 17-Jährige bedeuten bei gleicher Ausbildungsneigung halb so viele neue Verträge.",
        justification_en="Almost all apprentices come from the district's cohort of school leavers: half as many "
        "17-year-olds mean half as many new contracts at the same propensity to train.",
    ),
    Parameter(
        "lateral_entry",
        "Quereinstieg aus anderen Berufen und Regionen",
        "Lateral entry from other occupations and regions",
        1.5,
        "%/Jahr",
        0.0,
        3.0,
        0.1,
        "workforce_age_flows",
        "Zugang ohne eigene Handwerksausbildung im Basisjahr, je Jahr in % der Beschäftigten; er gleicht "
        "den Abgang der Ausgebildeten über das Berufsleben aus (ifh Göttingen: weniger als 40 % bleiben im "
        "Handwerk, nach 80 % Verbleib beim Einstieg also die Hälfte über rund 45 Berufsjahre: "
        "1 − 0,5^(1/45) ≈ 1,5 %/Jahr; QuBe: nur 29 % der Beschäftigten in Gebäude- und versorgungstechnischen "
        "Berufen haben einen solchen Beruf gelernt). Der Quereinstieg folgt der Zahl der 15- bis 64-Jährigen "
        "im Kreis: Jahrgänge, die es nicht gibt, füllen die Belegschaft nicht auf.",
    ),
    Parameter(
        "net_outflow",
        "Nettoabgang durch Abwanderung und Branchenwechsel",
        "Net outflow (migration and sector change)",
        0.0,
        "%/Jahr",
        -1.5,
        2.0,
        0.1,
        ANNAHME,
        "Jährlicher Saldo aus Fort-/Zuzug und Wechsel aus/in andere Branchen über den Quereinstieg hinaus "
        "(negativ = Nettozugang). Plausibilisierung: Die tätigen Personen gingen zuletzt um rund 0,35 %/Jahr "
        "zurück (Sachsen 2014→2022 284.269 → 282.522, Sachsen-Anhalt 2014→2021 143.253 → 136.227; "
        "Handwerkszählung, veröffentlichte Handwerkszahlen), bei damals kleinerem 55+-Anteil (Sachsen-Anhalt 2019: 25 %).",
        main=True,
        justification="Ab- und Zugänge über den Quereinstieg hinaus sind nirgends als Saldo veröffentlicht; "
        "die Basis unterstellt, dass sie sich ausgleichen, die Szenarien spannen −0,6 (Nettozugang) bis "
        "+0,5 %/Jahr.",
        justification_en="Exits and entries beyond lateral entry are nowhere published as a balance; the baseline "
        "assumes that they cancel out, the scenarios span −0.6 (net inflow) to +0.5 %/year.",
    ),
    Parameter(
        "productivity",
        "Produktivitätsgewinn durch digitale Prozesse",
        "Productivity gain (digital processes)",
        0.5,
        "%/Jahr",
        0.0,
        2.0,
        0.1,
        ANNAHME,
        "Handlungsfeld „Digitale Prozesse“ der Studie: Leistung je Beschäftigtem steigt jährlich um diesen "
        "Satz; das effektive Angebot ist S_t = W_t·(1+p)^(t−t0).",
        main=True,
        justification="Die Studie sieht digitale Prozesse als Antwort auf den Fachkräftemangel, beschreibt "
        "das Handwerk der Region aber als zurückhaltend bei der Digitalisierung; für das Handwerk der Region "
        "ist kein Produktivitätstrend veröffentlicht, daher ein kleiner Wert (0 im pessimistischen Szenario).",
        justification_en="The study sees digital processes as an answer to the shortage of skilled workers but "
        "describes the region's crafts as hesitant about digitalisation; no productivity trend is published for "
        "the region's crafts, hence a small value (0 in the pessimistic scenario).",
    ),
    Parameter(
        "population_variant",
        "Bevölkerungsvariante (−1 untere, 0 mittlere, +1 obere)",
        "Population variant (−1 low, 0 mid, +1 high)",
        0.0,
        "",
        -1.0,
        1.0,
        1.0,
        "projection_published",
        "Wählt die Variante veröffentlichter Vorausberechnungen, wo es mehrere gibt (Leipzig, Stadt: "
        "8. RBV Sachsen Variante 3 / 2 / 1). Für die übrigen Kreise ohne Varianten ohne Wirkung.",
    ),
)


# Relative demand per inhabitant by broad age group (working age = 1): (under 15, 65+). Our assumption: which
# age groups buy the services of each group (the study: health crafts gain from the older population, personal
# services and food lose with the population, construction and finishing follow the households of working age),
# each with one sentence of justification (under 15 / 65+) as (German, English).
_WEIGHTS: dict[str, tuple[float, float, tuple[str, str], tuple[str, str]]] = {
    "Bauhauptgewerbe": (
        0.3, 0.5,
        ("Kinder bauen nicht selbst; 0,3 steht für den größeren Wohnraum, den Familien mit Kindern nachfragen.",
         "Children do not build; 0.3 stands for the larger living space that families with children demand."),
        ("Neubau und Erweiterung tragen Haushalte im Erwerbsalter; Ältere bauen kaum noch, sanieren aber "
         "(altersgerechter Umbau), daher die Hälfte.",
         "New building and extensions are carried by households of working age; older people hardly build any "
         "more but renovate (conversion for old age), hence half."),
    ),
    "Ausbaugewerbe": (
        0.3, 0.7,
        ("Familien mit Kindern brauchen mehr Wohnfläche und Ausbau; Kinder selbst fragen nichts nach.",
         "Families with children need more living space and fitting-out; children themselves demand nothing."),
        ("Ältere Eigentümer modernisieren und bauen barrierearm um, aber seltener als Haushalte im "
         "Erwerbsalter, daher 0,7.",
         "Older owners modernise and convert to barrier-free homes, but less often than households of working "
         "age, hence 0.7."),
    ),
    "Handwerke für den gewerblichen Bedarf": (
        0.0, 0.1,
        ("Aufträge kommen von Betrieben, deren Umfang an den Erwerbstätigen hängt, nicht an Kindern.",
         "Orders come from businesses whose volume depends on the people in work, not on children."),
        ("Aufträge kommen von Betrieben; Ältere tragen fast nichts bei (0,1 für private Kleinaufträge).",
         "Orders come from businesses; older people add almost nothing (0.1 for small private orders)."),
    ),
    "Kraftfahrzeuggewerbe": (
        0.1, 0.7,
        ("Kinder haben kein Auto; 0,1 für die zusätzlichen Fahrten von Familien.",
         "Children have no car; 0.1 for the additional trips of families."),
        ("Ältere fahren weniger und seltener ein eigenes Auto als Erwerbstätige, halten es aber oft noch.",
         "Older people drive less and own a car less often than people in work, but many still keep one."),
    ),
    "Lebensmittelgewerbe": (
        0.8, 1.0,
        ("Kinder essen mit, aber weniger als Erwachsene.",
         "Children eat too, but less than adults."),
        ("Ältere kaufen Brot und Fleisch wie Erwerbstätige, daher gleiches Gewicht.",
         "Older people buy bread and meat like people in work, hence the same weight."),
    ),
    "Gesundheitsgewerbe": (
        0.3, 2.5,
        ("Kinder brauchen Brillen und Zahnspangen seltener als Ältere Hilfsmittel.",
         "Children need glasses and braces less often than older people need aids."),
        ("Hörgeräte, Zahnersatz, Brillen und orthopädische Hilfen werden überwiegend von Älteren gekauft "
         "(die Studie erwartet hier wegen der wachsenden Zahl Älterer eine Zunahme).",
         "Hearing aids, dentures, glasses and orthopaedic aids are mostly bought by older people (the study "
         "expects growth here because the number of older people grows)."),
    ),
    "Handwerke für den privaten Bedarf": (
        0.5, 0.9,
        ("Friseur, Reinigung und Textilpflege fallen auch für Kinder an, in kleinerem Umfang.",
         "Hairdressing, cleaning and textile care are needed for children too, on a smaller scale."),
        ("Persönliche Dienstleistungen werden im Alter etwas weniger genutzt (Einkommen nach Renteneintritt, "
         "wie die Studie anmerkt).",
         "Personal services are used somewhat less in old age (income after retirement, as the study notes)."),
    ),
}

# One sentence per group why real demand per weighted inhabitant stays flat in the Basis (German, English).
_GROWTH_WHY: dict[str, tuple[str, str]] = {
    "Bauhauptgewerbe": (
        "Veröffentlichte Treiber sind Ziele oder schwanken stark (Wohnungsbedarf im Saalekreis nur 6 Wohnungen je "
        "10.000 Einwohner und Jahr, einer der niedrigsten Werte Deutschlands; Baubeschäftigung 2024/25 "
        "rückläufig): kein belastbarer Trend, daher 0.",
        "Published drivers are targets or swing strongly (housing need in the Saalekreis only 6 dwellings per "
        "10,000 inhabitants a year, one of the lowest values in Germany; construction employment falling in "
        "2024/25): no reliable trend, hence 0.",
    ),
    "Ausbaugewerbe": (
        "Die Energiewende verlangt mehr Sanierung (Quote von rund 1 auf 1,8–1,9 %/Jahr für den Klimapfad 2045), "
        "doch das ist ein Ziel, keine Prognose, und die Nachfrage schwankt mit der Förderung (Wärmepumpen 2023 "
        "+51 %, 2024 −46 %): daher 0, der Regler zeigt die Wirkung eines Anstiegs.",
        "The energy transition calls for more renovation (rate from about 1 to 1.8–1.9 %/year for the climate "
        "path to 2045), but that is a target, not a forecast, and demand swings with subsidies (heat pumps 2023 "
        "+51 %, 2024 −46 %): hence 0; the slider shows the effect of an increase.",
    ),
    "Handwerke für den gewerblichen Bedarf": (
        "Die Studie erwartet von der Wirtschaftsentwicklung keine besonders positiven oder negativen Impulse für "
        "das Handwerk, daher 0.",
        "The study expects no particularly positive or negative impulses for the crafts from the economy, hence 0.",
    ),
    "Kraftfahrzeuggewerbe": (
        "Weniger Wartung bei Elektroautos und mehr Fahrzeuge je Haushalt wirken gegeneinander; kein "
        "veröffentlichter Trend, daher 0.",
        "Less maintenance for electric cars and more vehicles per household work against each other; no "
        "published trend, hence 0.",
    ),
    "Lebensmittelgewerbe": (
        "Die Studie sieht den Rückgang über die Bevölkerung (und das Einkommen Älterer), der im Gewicht schon "
        "steckt, daher kein zusätzlicher Trend.",
        "The study sees the decline through the population (and the income of older people), which the weights "
        "already contain, hence no additional trend.",
    ),
    "Gesundheitsgewerbe": (
        "Der Zuwachs durch Ältere steckt im Gewicht 65+; ein zusätzlicher Trend je Kopf ist nicht veröffentlicht, "
        "daher 0.",
        "The growth from older people is in the weight for 65+; no additional trend per head is published, "
        "hence 0.",
    ),
    "Handwerke für den privaten Bedarf": (
        "Der Rückgang mit der Bevölkerung steckt im Gewicht; kein zusätzlicher Trend veröffentlicht, daher 0.",
        "The decline with the population is in the weights; no additional trend is published, hence 0.",
    ),
}


def _per_group() -> list[Parameter]:
    out: list[Parameter] = []
    for g in GEWERBEGRUPPEN:
        en = GEWERBEGRUPPEN_EN[g]
        w_u15, w_65, why_u15, why_65 = _WEIGHTS[g]
        out += [
            Parameter(
                f"demand_growth:{g}",
                f"Reales Nachfragewachstum je Kopf – {g}",
                f"Real demand growth per head – {en}",
                0.0,
                "%/Jahr",
                -2.0,
                2.0,
                0.1,
                ANNAHME,
                "Änderung der Nachfrage je gewichtetem Einwohner (Einkommen, Sanierungsbedarf, Energiewende …); "
                "0 = Nachfrage folgt nur der Bevölkerung.",
                group=g,
                main=True,
                justification=_GROWTH_WHY[g][0],
                justification_en=_GROWTH_WHY[g][1],
            ),
            Parameter(
                f"weight_65plus:{g}",
                f"Nachfragegewicht 65+ – {g}",
                f"Demand weight 65+ – {en}",
                w_65,
                "× 15–64",
                0.0,
                3.0,
                0.1,
                ANNAHME,
                "Nachfrage je Einwohner ab 65 relativ zu einem Einwohner von 15–64 Jahren (Gewicht 1).",
                group=g,
                main=True,
                justification=why_65[0],
                justification_en=why_65[1],
            ),
            Parameter(
                f"weight_u15:{g}",
                f"Nachfragegewicht unter 15 – {g}",
                f"Demand weight under 15 – {en}",
                w_u15,
                "× 15–64",
                0.0,
                2.0,
                0.1,
                ANNAHME,
                "Nachfrage je Einwohner unter 15 relativ zu einem Einwohner von 15–64 Jahren (Gewicht 1).",
                group=g,
                justification=why_u15[0],
                justification_en=why_u15[1],
            ),
        ]
    return out


# English descriptions, by parameter name ("{group}" = the craft group of a per-group parameter).
DESCRIPTIONS_EN: dict[str, str] = {
    "share_55plus": "Saxony-Anhalt 2022: 27 % of the employees subject to social insurance are 55 or older (BA; "
    "31 % in the plumbing/heating (SHK) occupations, 25 % in 2019); Thuringia 2018: more than one in five. A figure "
    "for the craft employees of the districts alone is not published; craft occupations are not younger than the "
    "average (Germany 2021: plumbing/heating 22.4 % aged 55–64, all persons in work 22.0 %). Mean retirement rate "
    "= share / years to retirement; its course over the years follows the cohorts turning 65 in the district "
    "(single-year ages 31 Dec 2015).",
    "years_to_retirement": "Employees aged 55+ leave at about 65–66, i.e. over about 11 years. Checked against "
    "Saxony: 19 % of the employees subject to social insurance of 2022 leave for reasons of age by 2030 and 32 % by "
    "2035 (2.4–2.5 %/year); 27 % / 11 years = 2.45 %/year.",
    "apprentice_entry": "Mean of Saxony (5,305 new contracts 2021 / 282,522 persons employed 2022 = 18.8), "
    "Saxony-Anhalt (2,553 / 136,227 persons employed 2021 = 18.7) and HWK Ostthüringen (786 / about 43,000 "
    "employees 2023 = 18.3).",
    "completion_rate": "Journeyman examinations per new apprenticeship contract, HWK Ostthüringen 2023: "
    "543 / 786 = 69 %. Cross-check: contract dissolution rate in the crafts 36.5 % (Germany 2023; Saxony-Anhalt "
    "2014 46.5 %, Thuringia 2012 36.4 %), more than half of those dissolving a contract start a new "
    "apprenticeship; pass rate construction/finishing East 2022 72.5 % (with repeat candidates).",
    "stay_in_craft": "IAB apprenticeship panel for the crafts: about 20 % leave their training company within a "
    "year after the apprenticeship (some of them for another craft business, so 80 % is rather the lower bound "
    "of retention). The later exit over the working life (ifh: fewer than 40 % of those trained in the crafts "
    "stay there) is part of lateral entry/outflow below. Pessimistic 66 %: only two thirds of those trained in "
    "plumbing/heating occupations work in that occupation (QuBe 2023).",
    "youth_elasticity": "1 = new apprenticeship contracts change in proportion to the size of the cohort turning "
    "17 in the district (from the single-year ages of 31 Dec 2015, population by 17 age groups), 0 = independent "
    "of it.",
    "lateral_entry": "Entries without their own craft training in the base year, per year in % of the employees; "
    "they balance the exit of the trained over the working life (ifh: fewer than 40 % stay in the crafts, so after "
    "80 % retention at entry half of them leave over about 45 working years: 1 − 0.5^(1/45) ≈ 1.5 %/year; QuBe: "
    "only 29 % of those working in building and utility engineering occupations learned such an occupation). "
    "Lateral entry follows the number of 15- to 64-year-olds in the district: cohorts that do not exist do not "
    "replenish the workforce.",
    "net_outflow": "Yearly balance of moving away/in and changing to/from other sectors beyond lateral entry "
    "(negative = net inflow). Plausibility: persons employed fell by about 0.35 %/year recently (Saxony "
    "2014→2022 284,269 → 282,522, Saxony-Anhalt 2014→2021 143,253 → 136,227; craft census, published craft "
    "figures), with a then smaller share aged 55+ (Saxony-Anhalt 2019: 25 %).",
    "productivity": "Action field 'digital processes' of the study: output per worker grows by this rate each "
    "year; the effective supply is S_t = W_t·(1+p)^(t−t0).",
    "population_variant": "Chooses the variant of published projections where there are several (Leipzig, city: "
    "8th regional projection of Saxony, variant 3 / 2 / 1). No effect for the other districts without variants.",
    "demand_growth": "Change of demand per weighted inhabitant (income, renovation needs, energy transition …) "
    "for {group}; 0 = demand follows the population only.",
    "weight_65plus": "Demand of {group} per inhabitant aged 65+ relative to an inhabitant aged 15–64 (weight 1).",
    "weight_u15": "Demand of {group} per inhabitant under 15 relative to an inhabitant aged 15–64 (weight 1).",
}


def source_label(source: str, lang: str = "de") -> str:
    """``"Annahme"`` -> "Annahme"/"assumption"; ``"ausbildung; handwerk_published"`` -> the datasets' titles."""
    if source == ANNAHME:
        return "assumption" if lang == "en" else ANNAHME

    cat = provenance.bundled_catalog()
    titles = []
    for part in source.replace(",", ";").split(";"):
        rec = cat.get(part.strip())
        titles.append(rec.localized(lang).title if rec is not None else part.strip())
    return "; ".join(t for t in titles if t)


REGISTRY: dict[str, Parameter] = {p.key: p for p in [*_GLOBAL, *_per_group()]}
GLOBAL_KEYS: tuple[str, ...] = tuple(k for k, p in REGISTRY.items() if p.group is None)


def group_key(name: str, group: str) -> str:
    return f"{name}:{group}"


def defaults() -> dict[str, float]:
    return {k: p.default for k, p in REGISTRY.items()}


def _unknown_key(key: str) -> InvalidInputError:
    """Names the valid keys (per-group keys as ``name:GRUPPE``) and the closest match, if any."""
    import difflib

    per_group = list(dict.fromkeys(k.split(":", 1)[0] for k, p in REGISTRY.items() if p.group))
    close = difflib.get_close_matches(key, list(REGISTRY), n=1, cutoff=0.6)
    de_hint = f" Meinten Sie „{close[0]}“?" if close else ""
    en_hint = f" Did you mean '{close[0]}'?" if close else ""
    valid = ", ".join([*GLOBAL_KEYS, *(f"{n}:GRUPPE" for n in per_group)])
    valid_en = ", ".join([*GLOBAL_KEYS, *(f"{n}:GROUP" for n in per_group)])
    groups = ", ".join(GEWERBEGRUPPEN)
    return InvalidInputError(
        f"Unbekannter Parameter „{key}“.{de_hint} Gültig sind: {valid} (GRUPPE = {groups}).",
        f"Unknown parameter '{key}'.{en_hint} Valid keys: {valid_en} (GROUP = {groups}).",
    )


def resolve(values: Mapping[str, float] | None = None) -> dict[str, float]:
    """Defaults overlaid with ``values``; raises InvalidInputError for unknown keys or values out of range."""
    out = defaults()
    for key, value in (values or {}).items():
        p = REGISTRY.get(key)
        if p is None:
            raise _unknown_key(key)
        v = float(value)
        if not (p.min - 1e-9 <= v <= p.max + 1e-9):
            raise InvalidInputError(
                f"{p.label_de}: {v:g} liegt außerhalb des plausiblen Bereichs {p.min:g}–{p.max:g} {p.unit}.",
                f"{p.label_en}: {v:g} is outside the plausible range {p.min:g}–{p.max:g} {p.unit_text('en')}.",
            )
        out[key] = v
    return out


def as_table(values: Mapping[str, float] | None = None, lang: str = "de", name: str = "") -> pd.DataFrame:
    """All assumptions with the value used (``values`` over the defaults; None: the defaults, scenario
    "Basis"): one row per parameter, for exports and the assumptions panel. For a named scenario use
    ``core.forecast.scenarios.as_table``.

    Columns: key, label, value, default, unit, min, max, source (dataset ids or "Annahme"), source_label
    (readable), description, justification, group, scenario; texts in ``lang``.
    """
    if values is None:
        values, name = {}, name or "Basis"
    resolved = resolve(dict(values))
    rows = []
    for key, p in REGISTRY.items():
        rows.append(
            {
                "key": key,
                "label": p.label(lang),
                "value": resolved[key],
                "default": p.default,
                "unit": p.unit,
                "min": p.min,
                "max": p.max,
                "source": p.source,
                "source_label": p.source_label(lang),
                "description": p.describe(lang),
                "justification": p.justify(lang),
                "group": p.group or "",
                "scenario": name,
            }
        )
    return pd.DataFrame(rows)
