"""Command line of the measures: ``tracker effect`` and ``forecast --with-measures`` (one-line errors, exit 2)."""

from __future__ import annotations

import json

import pytest

from core import paths
from core.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


EFFECT = ["tracker", "effect", "1", "--param", "apprentice_entry", "--delta", "3", "--from", "2026",
          "--full-by", "2028", "--reason", "Lokale Netzwerke: mehr Lehrverträge (Annahme nach Studie, Empfehlung 1)"]


def test_done_when_effect_on_recommendation_1_in_progress_closes_part_of_the_ausbau_gap(capsys) -> None:
    code, out, _ = run(capsys, *EFFECT)
    assert code == 0 and out.startswith("Gespeichert: 1 – Neue Lehrverträge") and "+3 je 1.000 ab 2026" in out
    assert run(capsys, "tracker", "set", "1", "--status", "in Umsetzung")[0] == 0
    code, out, _ = run(capsys, "forecast", "--json")
    plain = json.loads(out)
    code, out, _ = run(capsys, "forecast", "--with-measures", "--json")
    assert code == 0
    data = json.loads(out)
    i = data["years"].index(2035)
    assert data["gap"]["Ausbaugewerbe"][i] < plain["gap"]["Ausbaugewerbe"][i]
    assert data["gap_without_measures"]["Ausbaugewerbe"] == plain["gap"]["Ausbaugewerbe"]
    assert set(plain) < set(data)  # the usual structure, plus the measures
    (m,) = data["measures"]
    assert (m["id"], m["code"], m["status"]) == ("empfehlung-01", "1", "in Umsetzung")
    assert m["effects"][0]["param"] == "apprentice_entry" and m["effects"][0]["delta"] == 3
    diff = plain["gap"]["Ausbaugewerbe"][i] - data["gap"]["Ausbaugewerbe"][i]
    assert m["contribution_by_group"]["Ausbaugewerbe"]["2035"] == pytest.approx(diff, abs=1e-9) and diff > 0
    # for the Ausbaugewerbe alone the contribution itself is that difference
    code, out, _ = run(capsys, "forecast", "--with-measures", "--json", "--group", "Ausbau")
    only = json.loads(out)
    assert only["measures"][0]["contribution"]["2035"] == pytest.approx(diff, abs=1e-9)
    assert set(only["measures"][0]["contribution"]) == {"2030", "2035", "2040"}


def test_with_measures_statuses_and_human_output(capsys) -> None:
    run(capsys, *EFFECT)  # recommendation 1 is still "offen": not counted by default
    data = json.loads(run(capsys, "forecast", "--with-measures", "--json")[1])
    assert data["measures"] == [] and data["measure_statuses"] == ["geplant", "in Umsetzung", "umgesetzt"]
    assert data["gap"] == data["gap_without_measures"]
    data = json.loads(run(capsys, "forecast", "--with-measures", "--statuses", "offen", "--json")[1])
    assert [m["code"] for m in data["measures"]] == ["1"]
    code, out, _ = run(capsys, "forecast", "--with-measures", "--statuses", "offen", "--group", "Ausbau")
    assert code == 0 and "Mit Maßnahmen (Status: offen)" in out and "Lücke ohne Maßnahmen" in out
    assert "müssen sich die Beiträge nicht" in out
    assert out.rstrip().splitlines()[-1].startswith("Annahmen:")  # sources stay last, the effect among them
    assert "1 apprentice_entry: Annahme" in out.split("Quellen:")[1]
    code, out, _ = run(capsys, "--lang", "en", "forecast", "--with-measures", "--statuses", "open")
    assert "With measures (status: open)" in out and "Local networks" in out


def test_without_a_user_database_there_are_no_measures_and_no_file_is_created(capsys) -> None:
    assert not paths.user_db_path().exists()
    code, out, _ = run(capsys, "forecast", "--with-measures", "--json", "--horizon", "2030")
    assert code == 0 and json.loads(out)["measures"] == []
    assert not paths.user_db_path().exists()


def test_effect_list_and_remove(capsys) -> None:
    run(capsys, *EFFECT)
    run(capsys, "tracker", "effect", "1", "--param", "demand_growth:Ausbau", "--delta", "-0,2", "--from", "2030",
        "--district", "Leipzig", "--district", "Saalekreis", "--reason", "Annahme: weniger Neubau",
        "--source", "Annahme")
    code, out, _ = run(capsys, "tracker", "effect", "1")
    assert code == 0 and "Saalekreis, Leipzig; Ausbaugewerbe" in out and "Begründung: Annahme: weniger Neubau" in out
    rows = json.loads(run(capsys, "tracker", "list", "--json")[1])
    assert [e["param"] for e in rows[0]["effects"]] == ["apprentice_entry", "demand_growth"]
    assert rows[0]["effects"][1]["districts"] == ["15088", "14713"]
    code, _, err = run(capsys, "tracker", "effect", "1", "--remove")
    assert code == 2 and "--param" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "tracker", "effect", "1", "--remove", "--param", "demand_growth")
    assert code == 0 and out.startswith("Entfernt: 1 – ")
    rows = json.loads(run(capsys, "tracker", "list", "--json")[1])
    assert [e["param"] for e in rows[0]["effects"]] == ["apprentice_entry"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--param", "lehrlinge"], "Unbekannter Parameter „lehrlinge“"),
        (["--delta", "15"], "nicht plausibel"),
        (["--from", "2015"], "außerhalb des Prognosezeitraums"),
        (["--full-by", "2080"], "außerhalb des Prognosezeitraums"),
        (["--full-by", "2024"], "vor dem Beginn"),
        (["--district", "Dresden"], "Unbekannter Kreis „Dresden“"),
        (["--group", "Raumfahrt"], "Gewerbegruppe „Raumfahrt“"),
        (["--reason", ""], "Begründung"),
        (["--delta", "viel"], "keine Zahl"),
    ],
)
def test_bad_effect_is_refused_in_one_line_with_exit_2_and_nothing_written(capsys, argv, message) -> None:
    args = list(EFFECT)
    for opt, value in zip(argv[::2], argv[1::2], strict=True):
        if opt in args:
            args[args.index(opt) + 1] = value
        else:
            args += [opt, value]
    code, out, err = run(capsys, *args)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1 and not out
    rows = json.loads(run(capsys, "tracker", "list", "--json")[1])
    assert all(r["effects"] == [] for r in rows)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tracker", "effect", "12", "--param", "productivity"], "Eintrag „12“ gibt es nicht"),
        (["tracker", "effect", "1", "--param", "productivity", "--delta", "0.2"], "Es fehlt --from, --reason"),
        (["forecast", "--statuses", "geplant"], "nur zusammen mit --with-measures"),
        (["forecast", "--with-measures", "--statuses", "fertig"], "Unbekannter Status „fertig“"),
        (["--lang", "en", "tracker", "effect", "1", "--param", "x", "--delta", "1", "--from", "2026",
          "--reason", "r"], "Unknown parameter 'x'"),
    ],
)
def test_other_bad_input_one_line_exit_2(capsys, argv, message) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_show_lists_the_effects_and_their_history(capsys) -> None:
    run(capsys, *EFFECT)
    run(capsys, "tracker", "effect", "1", "--remove", "--param", "apprentice_entry")
    run(capsys, *EFFECT)
    code, out, _ = run(capsys, "tracker", "show", "1")
    assert code == 0 and "Erwartete Wirkungen:" in out and "Begründung: Lokale Netzwerke" in out
    assert "Wirkung: Gelöscht: nein → ja" in out  # the removed one, in the item's history
    data = json.loads(run(capsys, "tracker", "show", "1", "--json")[1])
    assert [e["param"] for e in data["effects"]] == ["apprentice_entry"]
    assert any(h["entity"] == "effect" and h["field"] == "deleted" for h in data["history"])
