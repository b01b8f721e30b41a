"""SWOT board and survey: preloaded from the study, stored with history, survive a restart."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from core import survey, swot
from core.errors import InvalidInputError
from core.userdb import open_user_db


def test_every_recommendation_answers_an_item_and_items_cite_the_study():
    con = open_user_db()
    board = swot.board(con)
    assert set(board) == {"strengths", "weaknesses", "opportunities", "threats"}
    assert swot.uncovered_recommendations(con) == []
    for cat in board.values():
        for it in cat:
            assert it["source"].startswith("Studie „Zukunftsfaktor Handwerk“")
            assert it["recommendations"] and all(1 <= r <= 10 for r in it["recommendations"])
    assert any("50 km" in it["text"] for it in board["strengths"])
    # recommendation 3 (succession) answers W1, O5, T2 and T4 in the seeded board
    assert {i.id for i in swot.links_for_recommendation(con, 3)} == {"W1", "O5", "T2", "T4"}


def test_edits_have_history_and_survive_restart():
    con = open_user_db()
    new = swot.add_item(con, "threats", "Steigende Energiepreise", recommendations=[9])
    swot.update_text(con, "W2", "Zurückhaltung bei digitalen Werkzeugen")
    swot.set_links(con, "W2", [7, 8, 6])
    con.close()
    con = open_user_db()  # restart
    items = {i.id: i for i in swot.items(con)}
    assert items[new].text == "Steigende Energiepreise" and items[new].recommendations == [9]
    assert items["W2"].text == "Zurückhaltung bei digitalen Werkzeugen"
    assert items["W2"].recommendations == [6, 7, 8]
    hist = swot.history(con, "W2")
    assert [h["field"] for h in hist] == ["text", "recommendations"]
    assert hist[0]["old"].startswith("Zurückhaltung bei der Digitalisierung")
    with pytest.raises(InvalidInputError):
        swot.set_links(con, "W2", [11])
    with pytest.raises(InvalidInputError):
        swot.update_text(con, "W2", "   ")


def test_survey_study_values_and_later_survey():
    study = survey.study_result()
    assert study.n == 235 and study.kind == "study"
    assert study.percents == {"same_trade": 49, "other_trades": 30, "it_firms": 16, "industry": 9,
                              "associations": 9, "research": 3, "none": 29}
    con = open_user_db()
    sid = survey.add_survey(con, 2025, 180, {"same_trade": 52.0, "research": 5.0})
    res = survey.all_results(con)
    assert [r.year for r in res] == [2021, 2025] and res[1].id == sid and res[1].label.endswith("(N=180)")
    with pytest.raises(InvalidInputError):
        survey.add_survey(con, 2025, 0, {"same_trade": 120})
    assert len(survey.all_results(con)) == 2  # nothing partial written


def test_cli_swot_json():
    out = subprocess.run([sys.executable, "-m", "gui.launcher", "swot", "--json"], capture_output=True, text=True,
                         check=True).stdout
    data = json.loads(out)
    assert set(data) == {"strengths", "weaknesses", "opportunities", "threats"}
    item = data["strengths"][0]
    assert set(item) == {"id", "text", "text_en", "source", "recommendations"}
