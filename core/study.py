"""The study's own published statements (kind ``study``), read from resources/study/study.json."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import resources
from core import provenance
from core.tracker.model import ACTION_FIELDS


@cache
def study_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.path("study", "study.json").read_text("utf-8"))
    return data


def study_source(section: str) -> dict[str, Any]:
    """Provenance record of the study, narrowed to one section."""
    rec = provenance.get("study").to_dict()
    rec["section"] = section
    return rec


# The parts of the study's citations ("Studie „Zukunftsfaktor Handwerk“, Zusammenfassung, Zentrale Befunde, …"),
# one segment between commas each, in English. The study is German; its headings are given in English.
_CITE_EN = {
    "Studie „Zukunftsfaktor Handwerk“": "Study 'Zukunftsfaktor Handwerk'",
    "Zusammenfassung": "summary",
    "Zentrale Befunde": "key findings",
    "Ausgangslage": "starting point",
    "Ausgangslage („Einsatzradien von zumeist unter 50 km“)": "starting point ('service radii mostly under 50 km')",
    "Handlungsfelder": "action fields",
    "Strukturwandel": "structural change",
    "digitale Prozesse": "digital processes",
    "industrienahe Cluster und Netzwerke": "industry-related clusters and networks",
    "Ausbildungsverhältnisse": "apprenticeships",
    "Bevölkerungsrückgang": "population decline",
    "Branchenportfolio": "sector portfolio",
    "Bürokratie": "bureaucracy",
    "Bürokratie und Nachfolge": "bureaucracy and succession",
    "Digitalisierung": "digitalisation",
    "Einbindung in das regionale Innovationsnetzwerk": "integration into the regional innovation network",
    "Fachkräftesituation": "skilled-labour situation",
    "Größenklassen": "size classes",
    "Innovationsaktivitäten (Doing-Using-Interacting-Modus)": "innovation activities (doing-using-interacting mode)",
    "Innovationsförderung": "innovation funding",
    "Kooperationen der Handwerksunternehmen 2019–2021": "cooperation of the craft businesses 2019–2021",
    "Kooperationsneigung": "willingness to cooperate",
    "Nachfolge": "succession",
    "Nachfrageentwicklung": "development of demand",
    "regionalwirtschaftliche Entwicklung": "regional economic development",
    "wirtschaftliche Lage": "economic situation",
    "Abschnitt „Kooperationen der Handwerksunternehmen 2019–2021“ (Kammerbefragung":
        "section 'Cooperation of the craft businesses 2019–2021' (chamber survey",
    "Mehrfachantworten)": "multiple answers)",
    "Abschnitt „Impulse aus den Leitfadengesprächen zum Thema Digitalisierung“ und Befunde zur Digitalisierung":
        "section 'Impulses from the guided interviews on digitalisation' and findings on digitalisation",
}


def cite(text: str, lang: str = "de") -> str:
    """A citation of the study in ``lang``: English replaces each known segment (between ", ") and the
    patterns "Handlungsfeld X" / "Empfehlung N"; unknown segments stay as they are."""
    if lang != "en" or not text:
        return text

    fields = {de: en for de, en, _ in ACTION_FIELDS.values()}
    out = []
    for seg in text.split(", "):
        if seg in _CITE_EN:
            seg = _CITE_EN[seg]
        elif seg.startswith("Handlungsfeld "):
            name = seg.removeprefix("Handlungsfeld ")
            seg = f"action field {fields.get(name, name)}"
        elif seg.startswith("Empfehlung "):
            seg = "recommendation " + seg.removeprefix("Empfehlung ")
        out.append(seg)
    return ", ".join(out)


def interview_findings(lang: str = "de") -> dict[str, Any]:
    """Drivers, obstacles and findings on digitalisation from the study's interviews, with their source."""
    raw = study_data()["interviews"]
    key = "text_en" if lang == "en" else "text"
    return {
        "drivers": [d[key] for d in raw["drivers"]],
        "obstacles": [d[key] for d in raw["obstacles"]],
        "findings": [d[key] for d in raw["findings"]],
        "source": study_source(raw["section"]),
    }
