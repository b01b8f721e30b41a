"""The study's own published statements (kind ``study``), read from resources/study/study.json."""

from __future__ import annotations

import json
from functools import cache

import resources
from core import provenance


@cache
def study_data() -> dict:
    return json.loads(resources.path("study", "study.json").read_text("utf-8"))


def study_source(section: str) -> dict:
    """Provenance record of the study, narrowed to one section."""
    rec = provenance.get("study").to_dict()
    rec["section"] = section
    return rec


def interview_findings(lang: str = "de") -> dict:
    """Drivers, obstacles and findings on digitalisation from the study's interviews, with their source."""
    raw = study_data()["interviews"]
    key = "text_en" if lang == "en" else "text"
    return {
        "drivers": [d[key] for d in raw["drivers"]],
        "obstacles": [d[key] for d in raw["obstacles"]],
        "findings": [d[key] for d in raw["findings"]],
        "source": study_source(raw["section"]),
    }
