"""``handwerksmonitor tracker``: list, set, export/import, backups – German output, one-line errors, exit 2."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.tracker.store import Tracker
from core.userdb import open_user_db


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_set_then_list_shows_the_change_on_the_same_file(capsys) -> None:
    code, out, _ = run(capsys, "tracker", "set", "3", "--status", "in umsetzung", "--note", "Auftakt HWK Halle")
    assert code == 0 and "Gespeichert: 3" in out and "in Umsetzung" in out
    code, out, _ = run(capsys, "tracker", "list")
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("3 "))
    assert "in Umsetzung" in line
    assert "[Fachkräfte]" in out and "[Industrielle Netzwerke und Cluster]" in out
    code, out, _ = run(capsys, "tracker", "list", "--json")
    rows = json.loads(out)
    assert len(rows) == 10 and rows[2]["status"] == "in Umsetzung" and rows[2]["source_kind"] == "study"
    con = open_user_db()
    assert "Auftakt HWK Halle" in Tracker(con).item("empfehlung-03")["notes"]
    con.close()


def test_measure_code_and_english_output(capsys) -> None:
    con = open_user_db()
    Tracker(con).add_measure("empfehlung-07", "Digitalwerkstatt")
    con.close()
    code, out, _ = run(capsys, "--lang", "en", "tracker", "set", "7.1", "--status", "done", "--progress", "100")
    assert code == 0 and "implemented" in out
    code, out, _ = run(capsys, "--lang", "en", "tracker", "list")
    assert "Digital tools in craft production" in out and "Digitalwerkstatt" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tracker", "set", "11", "--status", "offen"], "Eintrag „11“ gibt es nicht"),
        (["tracker", "set", "2", "--status", "fertig"], "Unbekannter Status „fertig“"),
        (["tracker", "set", "2", "--status", "offen", "--progress", "120"], "0 bis 100"),
        (["tracker", "import", "/nicht/da.json"], "gibt es nicht"),
        (["tracker", "restore", "5"], "Sicherung 5 gibt es nicht"),
        (["tracker", "set", "2"], "--status"),
    ],
)
def test_bad_input_one_line_exit_2_nothing_written(capsys, argv, message) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "tracker", "list", "--json")
    assert all(r["status"] == "offen" and r["progress"] == 0 for r in json.loads(out))


def test_export_import_roundtrip_and_conflict_needs_prefer(capsys, tmp_path) -> None:
    f = tmp_path / "tracker.json"
    assert run(capsys, "tracker", "export", str(f))[0] == 0
    data = json.loads(f.read_text("utf-8"))
    assert data["format"] == "handwerksmonitor-tracker" and len(data["items"]) == 10
    run(capsys, "tracker", "set", "1", "--status", "geplant")
    # a file in which the same field was changed elsewhere
    data["items"][0]["status"] = "umgesetzt"
    data["history"].append({"id": "fremd-1", "at": "2026-11-01T10:00:00", "who": "B", "entity": "item",
                            "entity_id": "empfehlung-01", "item_id": "empfehlung-01", "field": "status",
                            "old": "offen", "new": "umgesetzt", "note": ""})
    f.write_text(json.dumps(data), "utf-8")
    code, out, err = run(capsys, "tracker", "import", str(f))
    assert code == 2 and "Konflikt" in out and "--prefer" in err
    code, out, _ = run(capsys, "tracker", "import", str(f), "--prefer", "theirs")
    assert code == 0 and "1 Konflikte entschieden" in out
    assert json.loads(run(capsys, "tracker", "list", "--json")[1])[0]["status"] == "umgesetzt"


def test_backups_listed(capsys) -> None:
    from core.tracker.backup import open_for_app

    open_for_app().con.close()
    code, out, _ = run(capsys, "tracker", "backups")
    assert code == 0 and out.startswith("1\t") and "start" in out


def test_while_the_app_holds_the_file_list_works_and_set_is_refused(capsys) -> None:
    import subprocess
    import sys
    from pathlib import Path

    from core import paths

    procs = Path(__file__).with_name("tracker_procs.py")
    holder = subprocess.Popen([sys.executable, str(procs), "holder", str(paths.user_db_path())],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "READY"
        code, out, _ = run(capsys, "tracker", "list")
        assert code == 0 and "Gehalten von Fenster 1" in out  # read from a snapshot
        code, _, err = run(capsys, "tracker", "set", "2", "--status", "geplant")
        assert code == 2 and "im Programmfenster" in err and len(err.strip().splitlines()) == 1
        code, _, err = run(capsys, "--lang", "en", "tracker", "set", "2", "--status", "fertig")
        assert code == 2 and err.startswith("The database is open in the Handwerksmonitor window")
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=20)
    code, out, _ = run(capsys, "tracker", "list", "--json")
    assert json.loads(out)[1]["status"] == "offen"  # the refused edit did not sneak in


def test_set_progress_or_note_without_status(capsys) -> None:
    code, out, err = run(capsys, "tracker", "set", "4", "--progress", "40")
    assert code == 0, err
    assert "Gespeichert: 4" in out and "offen" in out and "40 %" in out
    code, out, err = run(capsys, "tracker", "set", "4", "--note", "Gespräch mit der Innung")
    assert code == 0, err
    con = open_user_db()
    item = Tracker(con).item("empfehlung-04")
    con.close()
    assert item["status"] == "offen" and item["progress"] == 40 and "Gespräch mit der Innung" in item["notes"]


def test_list_json_gives_back_everything_the_user_wrote(capsys) -> None:
    con = open_user_db()
    tracker = Tracker(con)
    tracker.update_item("empfehlung-05", {"next_steps": "Workshop planen", "notes": "Kontakt: Innung",
                                          "due_date": "31.12.2027", "org": "HWK Halle"})
    tracker.add_milestone("empfehlung-05", "Auftakt", due="15.03.2027", done=True)
    tracker.add_kpi("empfehlung-05", "Teilnehmende Betriebe", target=20, actual=7, unit="Betriebe")
    con.close()
    code, out, _ = run(capsys, "tracker", "list", "--json")
    assert code == 0
    row = next(r for r in json.loads(out) if r["code"] == "5")
    assert row["next_steps"] == "Workshop planen" and row["notes"] == "Kontakt: Innung"
    assert row["due_date"] == "2027-12-31" and row["org"] == "HWK Halle"
    assert row["milestones"] == [{"title": "Auftakt", "due": "2027-03-15", "done": True}]
    assert row["kpis"][0]["name"] == "Teilnehmende Betriebe" and row["kpis"][0]["actual"] == 7
    last = row["last_change"]
    assert last is not None and last["who"] and last["at"]
    assert last["field"] in ("angelegt", "next_steps", "notes", "due_date", "org")
    assert row["background"] and row["goal"]  # the study's texts come along
    untouched = next(r for r in json.loads(out) if r["code"] == "6")
    assert untouched["last_change"] is None and untouched["milestones"] == []


def test_show_prints_one_item_with_its_history(capsys) -> None:
    run(capsys, "tracker", "set", "8", "--status", "geplant", "--progress", "10")
    run(capsys, "tracker", "set", "8", "--status", "in Umsetzung", "--note", "Förderantrag gestellt")
    code, out, _ = run(capsys, "tracker", "show", "8")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("8  ")
    assert "Status: in Umsetzung" in out and "Fortschritt: 10 %" in out and "Förderantrag gestellt" in out
    history = out[out.index("Verlauf:"):]
    # newest first, readable values
    assert history.index("geplant → in Umsetzung") < history.index("offen → geplant")
    assert "Fortschritt (%): 0 → 10" in history
    code, out, _ = run(capsys, "--lang", "en", "tracker", "show", "8", "--json")
    data = json.loads(out)
    assert data["status_label"] == "in progress" and len(data["history"]) == 4
    assert [h["field"] for h in data["history"]].count("status") == 2
    code, _, err = run(capsys, "tracker", "show", "99")
    assert code == 2 and "Eintrag „99“ gibt es nicht" in err
