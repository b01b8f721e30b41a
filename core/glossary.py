"""The app's vocabulary: one definition per term, in German and English, used in the help (Hilfe › Begriffe),
the Excel sheet "Quellen" and the README, so GUI, CLI, PDF, Excel and presentation say the same thing.

The distinction that matters most: the statistical offices' Handwerkszählung counts *Unternehmen* (with their
*tätige Personen*); the chambers' rolls count *Betriebe* (more of them: Anlage B2 and inactive businesses
included). Every density and every value per Gewerbegruppe in this app is a Handwerkszählung figure.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Term:
    key: str
    term_de: str
    term_en: str
    definition_de: str
    definition_en: str

    def term(self, lang: str = "de") -> str:
        return self.term_en if lang == "en" else self.term_de

    def definition(self, lang: str = "de") -> str:
        return self.definition_en if lang == "en" else self.definition_de

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


TERMS: tuple[Term, ...] = (
    Term(
        "unternehmen",
        "Handwerksunternehmen (Unternehmen)",
        "Craft enterprises",
        "Zählung der Handwerkszählung (Statistische Ämter, EVAS 53111): Unternehmen der zulassungspflichtigen "
        "(Anlage A) und zulassungsfreien (Anlage B1) Handwerke mit steuerbarem Umsatz oder sozialversicherungs"
        "pflichtig Beschäftigten. Alle Betriebsdichten und alle Werte je Gewerbegruppe im Handwerksmonitor "
        "zählen Unternehmen.",
        "Count of the craft census (statistical offices, EVAS 53111): enterprises of the licensed (Annex A) and "
        "free (Annex B1) crafts with taxable turnover or employees subject to social insurance. Every business "
        "density and every value per craft group in the Handwerksmonitor counts enterprises.",
    ),
    Term(
        "betriebe",
        "Betriebe (Kammer)",
        "Businesses on the chamber roll",
        "Zählung der Handwerkskammern: eingetragene Betriebe der Handwerksrolle und der Verzeichnisse (Anlage A, "
        "B1 und B2 – handwerksähnliche Gewerbe –, auch ruhende Betriebe und Nebenbetriebe). Immer mehr als die "
        "Unternehmen der Handwerkszählung; im Handwerksmonitor nur zum Vergleich neben ihnen gezeigt "
        "(„Kammerzahlen“).",
        "Count of the chambers: businesses on the craft roll and registers (Annex A, B1 and B2 – craft-like "
        "trades –, dormant businesses and branches included). Always more than the enterprises of the craft "
        "census; shown only beside them for comparison (\"chamber counts\").",
    ),
    Term(
        "taetige_personen",
        "Tätige Personen",
        "Persons employed",
        "Alle in den Unternehmen der Handwerkszählung Tätigen: Inhaber und mithelfende Angehörige, "
        "sozialversicherungspflichtig und geringfügig Beschäftigte (Jahresdurchschnitt). Die Werte je "
        "Gewerbegruppe, das Portfolio und das Angebot der Prognose zählen tätige Personen; die Studie nennt sie "
        "„Beschäftigte“.",
        "Everyone working in the craft census's enterprises: owners and family workers, employees subject to "
        "social insurance and marginally employed (annual average). Values per craft group, the portfolio and "
        "the forecast's supply count persons employed; the study calls them \"Beschäftigte\" (employees).",
    ),
    Term(
        "beschaeftigte",
        "Beschäftigte",
        "Employees",
        "Abhängig Beschäftigte ohne Inhaber: sozialversicherungspflichtig (SV-Beschäftigte) und geringfügig "
        "Beschäftigte – so in der Handwerksberichterstattung und der Beschäftigungsstatistik der Bundesagentur. "
        "Weniger als die tätigen Personen; Veränderungsraten der Handwerksberichterstattung nie mit den Werten "
        "der Handwerkszählung mischen.",
        "Dependent employees without owners: subject to social insurance and marginally employed – as in the "
        "quarterly craft reporting and the employment statistics of the Federal Employment Agency. Fewer than "
        "the persons employed; never mix the craft reporting's rates with craft census values.",
    ),
    Term(
        "beschaeftigtenaequivalente",
        "Beschäftigtenäquivalente",
        "Employee-equivalents",
        "Einheit der Prognose: Leistung in tätigen Personen des Basisjahrs. Das Angebot sind die tätigen "
        "Personen mal Leistung je Person (Produktivität), die Nachfrage ist im Basisjahr gleich dem Angebot "
        "gesetzt und folgt danach der Bevölkerung und ihren Altersgruppen.",
        "Unit of the forecast: output measured in persons employed of the base year. Supply is the persons "
        "employed times output per person (productivity); demand equals supply in the base year and follows the "
        "population and its age groups afterwards.",
    ),
    Term(
        "betriebsdichte",
        "Betriebsdichte",
        "Business density",
        "Handwerksunternehmen (Handwerkszählung) je 1.000 Einwohner am 31.12.: B / P × 1000. Mit Kammerzahlen "
        "(Betrieben) ergäbe sich ein höherer Wert. Ein Vergleich über einen Zensus (2011, 2022) enthält die "
        "Zensuskorrektur der Einwohnerzahl.",
        "Craft enterprises (craft census) per 1,000 inhabitants on 31 Dec: B / P × 1000. With chamber counts "
        "(businesses on the roll) the value would be higher. A comparison across a census (2011, 2022) contains "
        "the census correction of the population.",
    ),
    Term(
        "lq",
        "Lokalisationsfaktor (LQ)",
        "Location quotient (LQ)",
        "Anteil einer Gewerbegruppe an den tätigen Personen im Gebiet geteilt durch ihren Anteil in Deutschland: "
        "(E_g,r / E_r) / (E_g,DE / E_DE). Über 1: stärker vertreten als im Bundesdurchschnitt.",
        "Share of a craft group in the persons employed of the area divided by its share in Germany: "
        "(E_g,r / E_r) / (E_g,DE / E_DE). Above 1: stronger than the German average.",
    ),
    Term(
        "luecke",
        "Lücke",
        "Gap",
        "Prognose: Nachfrage minus Angebot in Beschäftigtenäquivalenten. Positiv = Nachfrageüberhang (es fehlen "
        "Handwerksleistungen), negativ = Angebotsüberhang. Im Basisjahr 0 gesetzt: die Lücke zeigt, wie sich das "
        "Verhältnis von dort aus verschiebt, nicht ob der Markt heute ausgeglichen ist.",
        "Forecast: demand minus supply in employee-equivalents. Positive = demand surplus (craft services are "
        "missing), negative = supply surplus. Set to 0 in the base year: the gap shows how the balance moves "
        "from there, not whether the market is balanced today.",
    ),
    Term(
        "gewerbegruppe",
        "Gewerbegruppe",
        "Craft group",
        "Eine der sieben Gruppen der Handwerksstatistik (Bauhaupt-, Ausbaugewerbe, Handwerke für den "
        "gewerblichen Bedarf, Kraftfahrzeug-, Lebensmittel-, Gesundheitsgewerbe, Handwerke für den privaten "
        "Bedarf). Seit 2020 nach der geänderten Handwerksordnung abgegrenzt (Bruch HwO 2020).",
        "One of the seven groups of the craft statistics (main construction, finishing trades, crafts for "
        "commercial needs, motor vehicle, food, health trades, crafts for private needs). Delimited by the "
        "amended Crafts Code since 2020 (break HwO 2020).",
    ),
    Term(
        "kennzeichnung",
        "Kennzeichnung (amtlich, veröffentlicht, Studie, Schätzung, Projektion, Import, Kammerregister)",
        "Kind (official, published, study, estimate, projection, import, chamber register)",
        "Jeder Wert trägt seine Herkunft: amtlich (Statistikämter, Eurostat, BKG), veröffentlicht (aus "
        "Kammer- oder Presseveröffentlichung zitiert), Studie (aus „Zukunftsfaktor Handwerk“), Schätzung (eigene, "
        "dokumentierte Schätzung), Projektion (Modellergebnis für ein künftiges Jahr), Import (eigene Daten der "
        "Kammer), Kammerregister (aus dem Register der Kammer gezählt). Ein abgeleiteter Wert trägt die "
        "schwächste Kennzeichnung seiner Eingänge.",
        "Every value carries its origin: official (statistical offices, Eurostat, BKG), published (quoted from a "
        "chamber or press publication), study (from \"Zukunftsfaktor Handwerk\"), estimate (our own documented "
        "estimate), projection (model output for a future year), import (the chamber's own data), chamber "
        "register (counted from the chamber's register). A derived value carries the weakest kind of its inputs.",
    ),
    Term(
        "bruch",
        "Bruch (Vergleichbarkeit)",
        "Break (comparability)",
        "Ein Jahr, ab dem eine Reihe auf neuer Grundlage gezählt wird: Zensus 2011 (Einwohner ab 31.12.2010), "
        "Zensus 2022 (ab 31.12.2022), HwO-Novelle 2020 (Werte je Gewerbegruppe ab 2020) oder ein Bruch, den eine "
        "importierte Tabelle in ihren Fußnoten nennt. Vergleiche über einen Bruch werden mit einem Hinweis "
        "gezeigt, Linien nicht über ihn hinweg gezeichnet.",
        "A year from which a series is counted on a new basis: census 2011 (population from 31 Dec 2010), census "
        "2022 (from 31 Dec 2022), the 2020 Crafts Code amendment (values per craft group from 2020) or a break an "
        "imported table names in its footnotes. Comparisons across a break carry a note; lines are not drawn "
        "across it.",
    ),
)


def terms(lang: str = "de") -> list[tuple[str, str]]:
    """(term, definition) pairs in ``lang``, in the order above."""
    return [(t.term(lang), t.definition(lang)) for t in TERMS]


def get(key: str) -> Term:
    for t in TERMS:
        if t.key == key:
            return t
    raise KeyError(key)
