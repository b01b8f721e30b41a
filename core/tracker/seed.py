"""The study's 10 recommendations (Handlungsempfehlungen), summarised in our own words.

Source: Studie „Zukunftsfaktor Handwerk“ (Innovationsregion Mitteldeutschland), Zusammenfassung, section
„Handlungsempfehlungen“ with four action fields. Titles, background and goal are paraphrased short forms,
not quotations; each record cites its place in the study and has kind "study".
"""

from __future__ import annotations

from dataclasses import dataclass

from core.tracker.model import ACTION_FIELDS

STUDY = "Studie „Zukunftsfaktor Handwerk“, Zusammenfassung"


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


def by_number(number: int) -> Recommendation:
    for r in RECOMMENDATIONS:
        if r.number == number:
            return r
    raise KeyError(number)
