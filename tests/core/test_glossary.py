"""One vocabulary: the glossary defines each term in German and English, and the outputs use its words."""

from __future__ import annotations

from core import glossary


def test_the_terms_the_steering_group_asks_about_are_defined_in_both_languages():
    keys = {t.key for t in glossary.TERMS}
    assert {"unternehmen", "betriebe", "taetige_personen", "beschaeftigte", "beschaeftigtenaequivalente",
            "betriebsdichte", "lq", "luecke"} <= keys
    for t in glossary.TERMS:
        assert t.term_de and t.term_en and len(t.definition_de) > 40 and len(t.definition_en) > 40
        assert t.definition_de != t.definition_en
    assert "Handwerksunternehmen" in glossary.get("betriebsdichte").definition_de
    assert "Betriebe" in glossary.get("betriebe").term_de and "B2" in glossary.get("betriebe").definition_de
    assert "enterprises" in glossary.get("betriebsdichte").definition_en


def test_profile_output_uses_the_glossary_words(capsys):
    from core.cli import main

    assert main(["profile", "Saalekreis"]) == 0
    out = capsys.readouterr().out
    assert "Handwerksunternehmen (Handwerkszählung)" in out and "Tätige Personen" in out
    assert "Betriebsdichte (Handwerksunternehmen je 1.000 Einwohner)" in out
    assert main(["profile", "Saalekreis", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Craft enterprises" in out and "Persons employed" in out and "Gewerbegruppe" not in out.split(
        "Sources:")[0]
