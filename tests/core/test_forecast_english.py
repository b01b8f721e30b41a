"""The forecast in English: every text the forecast's core writes (assumption labels, descriptions and
justifications, units, anchor notes, the study-direction sentence, the comparison's model labels and notes)
exists in English, and ``forecast --lang en`` prints none of the German ones.

Texts that stay as published are left out on purpose: dataset records (``sources``, localized by the
provenance catalogue), publications' titles, fields and notes quoted in ``comparison``, and identifiers
(parameter keys, the German group names that key the series, the dataset ids or the keyword "Annahme" in
``source``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from core.cli import main
from core.german_words import german_words

# keys whose values are identifiers or quotes of a publication, not texts of the forecast
_IDENTIFIERS = {"key", "group", "source", "dataset", "district", "area", "side", "series", "kind"}
_QUOTED = {  # as published
    ".comparison": {"title", "field", "note", "indicator", "publisher", "source_url", "scenario"},
    ".markers": {"publisher", "source_url"},
}


def _german_without_english(node: Any, path: str = "") -> list[str]:
    """Paths of German texts that have no English sibling ``<key>_en`` (or ``labels`` → ``labels_en``)."""
    bad: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            here = f"{path}.{k}"
            if k in ("sources", "labels") or k.endswith("_en"):
                continue  # dataset records (provenance); labels has the sibling dict labels_en
            if isinstance(v, str):
                if k in _IDENTIFIERS or k in _QUOTED.get(path.split("[")[0], ()):
                    continue
                if german_words(v):
                    en = node.get(f"{k}_en")
                    if not en or german_words(str(en)):
                        bad.append(f"{here}: {v[:80]!r} → {en!r}")
            else:
                bad += _german_without_english(v, here)
    elif isinstance(node, list):
        for v in node:
            bad += _german_without_english(v, f"{path}[]")
    return bad


@pytest.mark.parametrize("argv", [[], ["--district", "Altenburger Land"], ["--scenario", "pessimistisch"]],
                         ids=["region", "Altenburger Land", "pessimistisch"])
def test_forecast_json_has_english_for_every_german_text(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert main(["--lang", "en", "forecast", "--json", *argv]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["anchor_notes"] or argv != ["--district", "Altenburger Land"]  # the note is checked, not skipped
    bad = _german_without_english(data)
    assert not bad, bad[:8]
    assert not german_words(json.dumps(data["labels_en"], ensure_ascii=False))
    for a in data["assumptions"]:
        assert a["description_en"] != a["description"], a["key"]  # translated, not copied
        assert bool(a["justification_en"]) == bool(a["justification"]), a["key"]


@pytest.mark.parametrize("argv", [[], ["--district", "Altenburger Land", "--group", "Bauhaupt"]],
                         ids=["region", "Altenburger Land"])
def test_forecast_prints_no_german_in_english(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    """Everything above the list of sources (dataset records, localized by the provenance catalogue)."""
    assert main(["--lang", "en", "forecast", *argv]) == 0
    out = capsys.readouterr().out
    body = out.split("\nSources:\n")[0]
    assert "⚠" in body  # Altenburger Land's anchor step (in the region too) is part of what is checked
    bad = [(line, german_words(line)) for line in body.splitlines() if german_words(line)]
    assert not bad, bad[:5]
