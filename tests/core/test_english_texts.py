"""English is complete beyond the Qt catalogue: texts that come from core and the bundled data (dataset
publishers, sources, licences, caveats, forecast assumptions, the study's recommendations, SWOT, survey,
apprenticeship series, study citations) exist in English, and every command prints no German with
``--lang en``. The window's English is checked in tests/gui/test_translation_complete.py and
tests/gui/test_layout.py.
"""

from __future__ import annotations

import pytest

from core import provenance
from core.german_words import german_words


def test_the_detector_finds_german_and_spares_proper_names() -> None:
    assert german_words("Handwerksmonitor (eigene Schätzung), Stand 31.12.2024") == ["eigene", "Schätzung", "Stand"]
    assert german_words("Statistische Landesämter (je Zeile)") == ["Statistische", "Landesämter", "je", "Zeile"]
    assert german_words("Halle (Saale) and Landkreis Leipzig, study 'Zukunftsfaktor Handwerk', scenario Basis") == []


def test_every_bundled_dataset_text_has_english() -> None:
    for rec in provenance.bundled_catalog().values():
        en = rec.localized("en")
        for field in ("title", "publisher", "source", "licence", "stand", "caveat", "method"):
            text = getattr(en, field)
            # legal attribution lines stay as the licensor wrote them
            text = text.replace("© Statistisches Bundesamt", "").replace("(§ 5 UrhG)", "")
            assert not german_words(text), f"{rec.id}.{field}: {german_words(text)} in {text[:120]!r}"


def test_dataset_label_and_stand_follow_the_language() -> None:
    rec = provenance.get("population")
    assert rec.label("de").endswith("Stand 31.12.2024 (amtlich)")
    assert rec.label("en").endswith("as of 31/12/2024 (official)")
    assert "(data from Destatis)" in rec.label("en")
    assert "je Zeile" not in provenance.get("ausbildung").source  # no raw column names shown to users
    assert "source_url" not in provenance.get("ausbildung").source


def test_every_forecast_assumption_is_described_in_english_with_a_readable_source() -> None:
    from core.forecast import parameters

    for key, p in parameters.REGISTRY.items():
        text = p.describe("en")
        assert text and text != p.description, key
        assert not german_words(text.replace("optimistisch", "")), f"{key}: {german_words(text)}"
        for lang in ("de", "en"):
            label = p.source_label(lang)
            assert "_" not in label and ";" not in label.replace("; ", ""), f"{key}: raw dataset id in {label!r}"
        assert not german_words(p.source_label("en")), key
        if p.justification:  # why an assumption is reasonable: shown beside it
            assert p.justify("en") != p.justification and not german_words(p.justify("en")), key
        ids = set(provenance.bundled_catalog())
        assert not ids & set(p.description.replace(",", " ").replace(")", " ").split()), f"{key}: raw id"
    table = parameters.as_table(None, "en")
    assert table["description"].map(lambda t: not german_words(t.replace("optimistisch", ""))).all()
    assert table["justification"].map(lambda t: not german_words(t)).all()


def test_recommendations_swot_and_survey_are_in_english() -> None:
    from core import survey
    from core.study import cite
    from core.tracker.seed import RECOMMENDATIONS

    for r in RECOMMENDATIONS:
        for name in ("title", "background", "goal", "source"):
            text = r.text(name, "en")
            assert text and not german_words(text), f"recommendation {r.number} {name}: {german_words(text)}"
    import json

    import resources

    seed = json.loads(resources.path("study", "swot_seed.json").read_text("utf-8"))
    for it in seed["items"]:
        assert it["text_en"] and not german_words(it["text_en"]), it["id"]
        assert not german_words(cite(it["source"], "en")), f"{it['id']}: {cite(it['source'], 'en')}"
    assert not german_words(survey.question("en"))
    assert all(not german_words(label) for _, label in survey.answers("en"))
    assert not german_words(survey.study_result().display_label("en"))


def test_apprenticeship_series_labels_are_english(store) -> None:
    from core.apprenticeships import all_series

    for s in all_series(store):
        assert not german_words(s.label("en")), s.label("en")
        assert not german_words(s.short_label("en")), s.short_label("en")


COMMANDS = [
    ["districts"], ["profile", "Saalekreis"], ["profile", "Leipzig", "--year", "2014"], ["portfolio"],
    ["portfolio", "--district", "Leipzig"], ["sources"], ["forecast"], ["forecast", "--district", "Halle",
    "--group", "Gesundheit"], ["tracker", "list"], ["tracker", "show", "3"], ["tracker", "backups"],
    ["import", "--list"], ["apprenticeships"], ["business-size"], ["survey"], ["swot"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a))
def test_every_command_prints_no_german_in_english(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    from core.cli import main

    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    bad = [(line, german_words(line)) for line in (out + err).splitlines() if german_words(line)]
    assert not bad, bad[:5]
