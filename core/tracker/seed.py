"""The study's 10 recommendations (Handlungsempfehlungen), summarised in our own words.

Source: Studie „Zukunftsfaktor Handwerk“ (Innovationsregion Mitteldeutschland), Zusammenfassung, section
„Handlungsempfehlungen“ with four action fields. Titles, background and goal are paraphrased short forms,
not quotations; each record cites its place in the study and has kind "study".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.tracker.model import ACTION_FIELDS

STUDY = "Studie „Zukunftsfaktor Handwerk“, Zusammenfassung"
STUDY_EN = "Study 'Zukunftsfaktor Handwerk', summary"


@dataclass(frozen=True)
class Recommendation:
    number: int
    field: str  # key of ACTION_FIELDS
    title: str
    title_en: str
    background: str
    goal: str

    @property
    def item_id(self) -> str:
        """Stable id, identical on every laptop (needed to merge exports)."""
        return f"empfehlung-{self.number:02d}"

    @property
    def source(self) -> str:
        return f"{STUDY}, Handlungsfeld {ACTION_FIELDS[self.field][0]}, Empfehlung {self.number}"

    @property
    def source_en(self) -> str:
        return f"{STUDY_EN}, action field {ACTION_FIELDS[self.field][1]}, recommendation {self.number}"

    @property
    def background_en(self) -> str:
        return _EN[self.number][0]

    @property
    def goal_en(self) -> str:
        return _EN[self.number][1]

    def text(self, name: str, lang: str = "de") -> str:
        """``title``, ``background``, ``goal`` or ``source`` in ``lang``."""
        if lang == "en":
            return str(getattr(self, f"{name}_en"))
        return str(getattr(self, name))

    kind: str = "study"


RECOMMENDATIONS: tuple[Recommendation, ...] = (
    Recommendation(
        1, "fachkraefte",
        "Lokale Netzwerke für Berufsorientierung und Anschlussbildung",
        "Local networks for career guidance and further education",
        "Im Wettbewerb um Nachwuchs ist das Handwerk im Nachteil (Trend zum Studium, kleine Betriebe, "
        "Lohnabstand). Übliche Formate wie Portale und Messen zeigen seine Stärken kaum; eigene Aktionen der "
        "Betriebe bleiben mangels Zeit und Erfahrung meist vereinzelt und kurzfristig.",
        "Betriebe bündeln ihre Nachwuchswerbung in dauerhaften lokalen Netzwerken und werden selbst Teil "
        "dieser Netzwerke; darauf bauen Bildungswege für Abitur, Ausbildung oder Studium auf.",
    ),
    Recommendation(
        2, "fachkraefte",
        "Unterstützung der Personalarbeit kleiner Betriebe",
        "Support for HR work in small businesses",
        "Gerade in kleinen Betrieben lässt sich die Personalarbeit verbessern; Beschäftigte erwarten "
        "Entwicklungsperspektiven und Information über die Lage ihres Betriebs.",
        "Einfache Werkzeuge, mit denen Betriebe Mindeststandards der Personalarbeit erreichen – entscheidend "
        "ist, dass Maßnahmen vereinbart und umgesetzt werden, nicht ihre Dokumentation.",
    ),
    Recommendation(
        3, "fachkraefte",
        "Gezielte Ergänzung und lokale Stärkung der Nachfolgeangebote",
        "Targeted additions and local activities for business succession",
        "Die Betriebsnachfolge bleibt auf Jahre ein Thema; damit es sichtbar bleibt, müssen Instrumente und "
        "Ansprache auf solider Grundlage regelmäßig erneuert werden.",
        "Das Angebot der Handwerkskammern wird um zusätzliche, lokal verankerte Formate erweitert.",
    ),
    Recommendation(
        4, "innovation",
        "Kooperationsoffensive Hochschulen – Handwerk",
        "Initiative for cooperation between universities and crafts",
        "Hochschulen und Handwerk sind keine naheliegenden Partner: lange wissenschaftliche Projekte stehen "
        "dem Wunsch nach schnellen Ergebnissen ohne Zusatzbürokratie gegenüber. Gelungene Einzelbeispiele "
        "zeigen dennoch das Potenzial.",
        "Mehr Zusammenarbeit zwischen Hochschulen und Handwerksbetrieben.",
    ),
    Recommendation(
        5, "innovation",
        "Unterstützung bei der Umsetzung von Innovationsprojekten",
        "Support structures for carrying out innovation projects",
        "Projektentwicklung, Förderantrag und Abrechnung sind für Betriebe ungewohnt und treffen auf knappe "
        "Leitungskapazität und volle Auftragsbücher; Innovationsdienstleister sind im Handwerk wenig bekannt.",
        "Leichterer Zugang zu Innovationsprojekten, indem Betriebe Innovationsdienstleister nutzen.",
    ),
    Recommendation(
        6, "innovation",
        "Handwerksgerechte Förderung von Innovation und Digitalisierung",
        "Craft-friendly funding for innovation and digitalisation",
        "Aufwendige Antrags- und Abrechnungsverfahren schrecken Betriebe mit knappen Ressourcen und hoher "
        "Auslastung von Förderprogrammen ab.",
        "Förderprogramme werden durch einfachere Verfahren und gezielte Ansprache für das Handwerk attraktiver.",
    ),
    Recommendation(
        7, "digital",
        "Digitale Werkzeuge in der handwerklichen Leistungserstellung",
        "Digital tools in craft production and service delivery",
        "Die meisten Betriebe nutzen digitale Werkzeuge vor allem im Büro, kaum in der eigentlichen Arbeit. "
        "Vorreiter zeigen, dass solche Werkzeuge auch Verwaltungsaufwand senken; in der Region gibt es "
        "Kompetenzträger dafür.",
        "Regionale Kompetenzen bündeln und ausbauen sowie übertragbare Prototypen entwickeln, die "
        "Beschäftigte entlasten und die Produktivität erhöhen.",
    ),
    Recommendation(
        8, "digital",
        "Regionale Kompetenz für Prozessoptimierung",
        "Regional competence for process optimisation",
        "Für digitale Dokumente und Kommunikation gibt es viele Lösungen, für die Optimierung der "
        "Arbeitsprozesse mit digitalen Werkzeugen kaum systematische Ansätze.",
        "Regionale Kompetenzen so weiterentwickeln, dass Prozessoptimierung für Betriebe praktikabel und "
        "attraktiv wird – für mehr Produktivität und Entlastung der Fachkräfte.",
    ),
    Recommendation(
        9, "netzwerke",
        "Kooperationschancen zwischen Handwerk und Clustern ausloten",
        "Explore cooperation between crafts and clusters/networks",
        "Zwischen Handwerk und den Netzwerken und Clustern der Region wurden kaum Kooperationen gefunden; "
        "beide Seiten haben wenig Vorstellung davon, was die andere bieten könnte.",
        "Hemmschwellen und Wissenslücken auf beiden Seiten abbauen – als erster Schritt zu Kooperationen.",
    ),
    Recommendation(
        10, "netzwerke",
        "Handwerk als Auftrag in Netzwerken und Clustern verankern",
        "Make cooperation with crafts part of network and cluster mandates",
        "Dass Netzwerke selten mit Handwerksbetrieben kooperieren, könnte an fehlenden Anreizen und einem "
        "fehlenden ausdrücklichen politischen Auftrag liegen.",
        "Anreize für die Träger von Innovationsnetzwerken und Clustern schaffen, Handwerksbetriebe "
        "einzubinden; die Politik nimmt dies in deren Aufgabenbeschreibung auf.",
    ),
)


# English background and goal, by number (the same paraphrase as the German texts).
_EN: dict[int, tuple[str, str]] = {
    1: ("In the competition for young talent the crafts are at a disadvantage (trend towards university, small "
        "businesses, pay gap). Usual formats such as portals and fairs hardly show their strengths; businesses' own "
        "campaigns mostly stay isolated and short-lived for lack of time and experience.",
        "Businesses pool their recruitment of young people in lasting local networks and become part of these "
        "networks themselves; education paths towards the Abitur, an apprenticeship or university build on them."),
    2: ("Especially in small businesses HR work can be improved; employees expect prospects for development and "
        "information about the situation of their business.",
        "Simple tools with which businesses reach minimum standards of HR work – what matters is that measures are "
        "agreed and carried out, not that they are documented."),
    3: ("Business succession will remain an issue for years; to keep it visible, instruments and outreach must be "
        "renewed regularly on a sound basis.",
        "The chambers' offer is extended by additional, locally rooted formats."),
    4: ("Universities and crafts are not obvious partners: long scientific projects meet the wish for quick results "
        "without extra bureaucracy. Successful individual examples still show the potential.",
        "More cooperation between universities and craft businesses."),
    5: ("Project development, funding applications and accounting are unfamiliar to businesses and meet scarce "
        "management capacity and full order books; innovation service providers are little known in the crafts.",
        "Easier access to innovation projects through businesses using innovation service providers."),
    6: ("Elaborate application and accounting procedures deter businesses with scarce resources and high "
        "workloads from funding programmes.",
        "Funding programmes become more attractive for the crafts through simpler procedures and targeted outreach."),
    7: ("Most businesses use digital tools mainly in the office, hardly in the actual work. Pioneers show that such "
        "tools also reduce administrative effort; the region has the expertise for it.",
        "Pool and expand regional expertise and develop transferable prototypes that relieve employees and raise "
        "productivity."),
    8: ("There are many solutions for digital documents and communication, but hardly any systematic approaches to "
        "optimising work processes with digital tools.",
        "Develop regional expertise so that process optimisation becomes practicable and attractive for businesses – "
        "for more productivity and relief for skilled workers."),
    9: ("Hardly any cooperation was found between the crafts and the region's networks and clusters; neither side "
        "has much idea of what the other could offer.",
        "Lower the barriers and knowledge gaps on both sides – as a first step towards cooperation."),
    10: ("That networks rarely cooperate with craft businesses could be due to missing incentives and a missing "
         "explicit political mandate.",
         "Create incentives for the bodies running innovation networks and clusters to involve craft businesses; "
         "policy makers include this in their remits."),
}


def study_text(row: dict[str, Any], name: str, lang: str = "de") -> str:
    """``title``/``background``/``goal``/``source`` of a tracker row in ``lang``: a study recommendation's
    English paraphrase in English, otherwise what is stored (measures keep the user's own text)."""
    if lang == "en" and row.get("kind") == "recommendation" and row.get("number"):
        return by_number(int(row["number"])).text(name, "en")
    return str(row.get(name) or "")


def by_number(number: int) -> Recommendation:
    for r in RECOMMENDATIONS:
        if r.number == number:
            return r
    raise KeyError(number)
