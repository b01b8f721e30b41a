"""Find German left in English output (used by the English completeness tests of the CLI and the window).

A text is split into words; proper names that stay German in English (district, region, chamber and
institution names, the study's title, the scenario names, legal attribution lines) are removed first.
What remains is checked against a list of German words that have no place in English text: function
words ("und", "der", "für") and the app's own German vocabulary ("Schätzung", "Gewerbegruppe", "Stand").
"""

from __future__ import annotations

import re

# Proper names and fixed terms that are German in English too (longest first when removed).
PROPER_NAMES = (
    "'Annahme' = assumption",  # the stored keyword, explained where the user types it
    "Statistische Ämter des Bundes und der Länder",
    "Statistisches Bundesamt",
    "Innovationsregion Mitteldeutschland",
    "Metropolregion Mitteldeutschland Management GmbH",
    "Metropolregion Mitteldeutschland",
    "Zukunftsfaktor Handwerk",
    "Handwerksmonitor Mitteldeutschland",
    "Handwerksmonitor",
    "Handwerkskammer Halle (Saale)",
    "Handwerkskammer zu Leipzig",
    "Handwerkskammer für Ostthüringen",
    "Handwerkskammer Ostthüringen",
    "Handwerkskammer",
    "HWK Ostthüringen",
    "Bertelsmann Stiftung",
    "ifh Göttingen",
    "GeoBasis-DE",
    "Landkreis Leipzig",
    "Lkr. Leipzig",
    "Altenburger Land",
    "Halle (Saale)",
    "Anhalt-Bitterfeld",
    "Mansfeld-Südharz",
    "Südharz",  # the map label of Mansfeld-Südharz on two lines
    "Burgenlandkreis",
    "Nordsachsen",
    "Saalekreis",
    "Leipzig",
    "Sachsen-Anhalt",
    "Sachsen",
    "Thüringen",
    "Deutschland",
    "Kammerdaten",
    "Basis",
    "optimistisch",
    "pessimistisch",
)

GERMAN = frozenset(
    """
    und oder nicht der die das den dem des ein eine einer eines für von mit bei aus auf über unter nach vor seit
    bis zum zur im ist sind wird werden wurde hat haben je eigene eigenen eigener keine kein noch nur auch wie
    als wenn dass sich Schätzung Schätzungen Stand Quelle Quellen Anteil Jahr Jahre Jahren Kreis Kreise Kreisen
    Gewerbegruppe Gewerbegruppen Betriebe Betrieb Beschäftigte Beschäftigten Einwohner Zeile Daten amtlich
    veröffentlicht Studie Bevölkerung Prognose Lücke Angebot Nachfrage Annahme Annahmen Empfehlung Empfehlungen
    Maßnahme Maßnahmen Unternehmen Handwerksunternehmen Handwerksbetriebe Wachstum Lokalisationsfaktor
    Betriebsdichte Fläche Datenstand Szenario Szenarien Beginn Fällig Verlauf Notizen Fortschritt Verantwortlich
    offen geplant umgesetzt zurückgestellt Umsetzung Handlungsfeld Hintergrund Ziel Kennzahl Kennzahlen Sitzung
    Sicherung Sicherungen Gespeichert Abbrechen Speichern Schließen Datei Öffnen Herausgeber Lizenz Hinweis
    Methode Art Kennung Befragung Mehrfachantworten Ausbildung Lehrlinge Betriebsgrößen Kammerbefragung Tätige
    Personen Kennzeichnung Zeitraum Gebiet Vergleich Karte Entwicklung Übersicht Einwohnerdichte Zensus
    Zensusbruch Projektion Vorausberechnung Bedarf gewerblichen privaten Bauhauptgewerbe Ausbaugewerbe
    Kraftfahrzeuggewerbe Lebensmittelgewerbe Gesundheitsgewerbe Handwerke Statistische Statistisches Bundesamt
    Zentralverband Deutschen Presse Städte Kammern Gemeindeverzeichnis Abschnitt Zusammenfassung Befunde
    Verwaltungsgebiete Ebenen Regionaldatenbank Pressemitteilungen Fakten
    """.split()  # noqa: SIM905 - a word list reads better as text
)

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")


def german_words(text: str) -> list[str]:
    """German words in ``text`` (after removing proper names); empty for clean English."""
    if not text:
        return []
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    found = []
    for w in _WORD.findall(text):
        if w in GERMAN or (any(c in w for c in "äöüßÄÖÜ") and w not in ("Jürgen",)):
            found.append(w)
    return found
