"""The tracker file (.hwmtracker) is untrusted input: every attack of the review is refused with one clear
message, exit code 2 and nothing written; links are only http(s) or full paths, never programs."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from core.cli import main
from core.errors import ImportValidationError
from core.tracker import links
from core.tracker.model import TrackerValidationError
from core.tracker.store import Tracker
from core.tracker.transfer import export_data, export_file, load_file
from core.userdb import open_user_db


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    """A real export of a tracker with a measure, a milestone, a link and history."""
    con = open_user_db(tmp_path / "other-laptop.duckdb")
    t = Tracker(con, who="anderer Laptop")
    m = t.add_measure("empfehlung-03", "Nachfolgebörse", start_date="01.02.2027", due_date="30.06.2027")
    t.add_milestone(m, "Auftakt", "01.03.2027")
    t.add_link(m, "https://www.hwk-halle.de/nachfolge", "Seite")
    t.update_item(m, {"status": "geplant"})
    data = json.loads(export_file(t, tmp_path / "base.hwmtracker").read_text("utf-8"))
    con.close()
    return data


def state() -> dict[str, Any]:
    con = open_user_db()
    try:
        data = export_data(Tracker(con))
    finally:
        con.close()
    data.pop("exported_at")
    return data


def refused(tmp_path: Path, data: object, capsys: pytest.CaptureFixture[str], raw: str | None = None) -> str:
    """Import ``data`` with the command; asserts exit 2, one message, no traceback, nothing written."""
    main(["tracker", "list"])  # the user database exists (seeded)
    before = state()
    path = tmp_path / "angriff.hwmtracker"
    path.write_text(raw if raw is not None else json.dumps(data), "utf-8")
    capsys.readouterr()
    assert main(["tracker", "import", str(path), "--prefer", "theirs"]) == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in err and err.strip() and "nichts übernommen" in err
    assert state() == before
    return err


def measure_of(data: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in data["items"] if r["kind"] == "measure")


def test_a_valid_file_still_merges(tmp_path: Path, exported: dict[str, Any], capsys) -> None:
    path = tmp_path / "ok.hwmtracker"
    path.write_text(json.dumps(exported), "utf-8")
    assert main(["tracker", "import", str(path)]) == 0
    assert "Nachfolgebörse" in json.dumps(state(), ensure_ascii=False)


@pytest.mark.parametrize(("attack", "words"), [
    ("locked_title", "unveränderlich"),
    ("locked_background", "unveränderlich"),
    ("fake_recommendation", "nicht hinzugefügt"),
    ("self_parent", "unter einer der zehn Empfehlungen"),
    ("measure_under_measure", "unter einer der zehn Empfehlungen"),
    ("dates_reversed", "Fälligkeitsdatum liegt vor dem Beginn"),
    ("link_program", "Programme oder Skripte"),
    ("link_unc", "Netzwerkfreigaben"),
    ("link_javascript", "nicht „javascript:“"),
    ("link_xcalc", ""),
    ("duplicate_ids", "doppelt"),
    ("list_as_id", "Kennung"),
    ("bad_history_time", "Zeitstempel"),
    ("history_rewrites_study", "Text der Studie"),
    ("status_enum", "Unbekannter Status"),
    ("progress_range", "0 bis 100"),
    ("title_type", "muss ein Text sein"),
    ("long_text", "länger als"),
    ("orphan_milestone", "gehört zu keinem Eintrag"),
])
def test_attacks_are_refused_whole(tmp_path: Path, exported: dict[str, Any], capsys, attack: str,
                                   words: str) -> None:
    data = copy.deepcopy(exported)
    rec3 = next(r for r in data["items"] if r["id"] == "empfehlung-03")
    m = measure_of(data)
    link = data["links"][0]
    if attack == "locked_title":
        rec3["title"] = "Gefälschter Titel"
    elif attack == "locked_background":
        rec3["background"] = "anders"
    elif attack == "fake_recommendation":
        data["items"].append({**rec3, "id": "empfehlung-11", "number": 11, "code": "11", "title": "Erfunden"})
    elif attack == "self_parent":
        m["parent_id"] = m["id"]
    elif attack == "measure_under_measure":
        data["items"].append({**m, "id": "b" * 32, "parent_id": m["id"], "code": "3.9"})
    elif attack == "dates_reversed":
        m["start_date"], m["due_date"] = "2027-06-30", "2027-02-01"
    elif attack == "link_program":
        link["target"] = "C:\\Users\\x\\Downloads\\rechnung.exe"
    elif attack == "link_unc":
        link["target"] = "\\\\host\\share\\x.exe"
    elif attack == "link_javascript":
        link["target"] = "javascript:alert(1)"
    elif attack == "link_xcalc":
        link["target"] = "/usr/bin/xcalc.sh"
    elif attack == "duplicate_ids":
        data["items"].append(copy.deepcopy(m))
    elif attack == "list_as_id":
        m["id"] = ["x"]
    elif attack == "bad_history_time":
        data["history"][0]["at"] = "gestern"
    elif attack == "history_rewrites_study":
        data["history"].append({**data["history"][0], "id": "c" * 32, "entity": "item", "entity_id": "empfehlung-03",
                                "item_id": "empfehlung-03", "field": "title", "old": rec3["title"], "new": "Gefälscht"})
    elif attack == "status_enum":
        m["status"] = "erledigt"
    elif attack == "progress_range":
        m["progress"] = 1000
    elif attack == "title_type":
        m["title"] = {"a": 1}
    elif attack == "long_text":
        m["notes"] = "x" * 20_000
    elif attack == "orphan_milestone":
        data["milestones"][0]["item_id"] = "gibt-es-nicht"
    err = refused(tmp_path, data, capsys)
    assert words in err


@pytest.mark.parametrize(("name", "raw"), [
    ("deep nesting", '{"format": "handwerksmonitor-tracker", "version": 1, "items": ' + "[" * 100_000 + "]" * 100_000 + "}"),
    ("5000-digit number", '{"format": "handwerksmonitor-tracker", "version": ' + "9" * 5000 + "}"),
    ("NaN", '{"format": "handwerksmonitor-tracker", "version": 2, "kpis": [{"id": "k", "target": NaN}]}'),
    ("not an object", "[1, 2, 3]"),
    ("not UTF-8", None),
    ("sections of the wrong type", '{"format": "handwerksmonitor-tracker", "version": 2, "items": {"a": 1}}'),
    ("version as text", '{"format": "handwerksmonitor-tracker", "version": "2"}'),
])
def test_files_that_crashed_before_give_one_clear_message(tmp_path: Path, capsys, name: str, raw: str | None) -> None:
    if raw is None:
        main(["tracker", "list"])
        path = tmp_path / "x.hwmtracker"
        path.write_bytes(b'{"format": "handwerksmonitor-tracker", "items": ["\xff\xfe"]}')
        assert main(["tracker", "import", str(path)]) == 2
        assert "UTF-8" in capsys.readouterr().err
        return
    err = refused(tmp_path, None, capsys, raw=raw)
    assert len(err) < 3000, name


def test_link_rules() -> None:
    ok = ["https://www.hwk-halle.de/x?y=1", "http://intranet.local/a", "/home/anna/Protokoll.pdf", "~/Bericht.docx",
          "C:\\Daten\\Plan.xlsx"]
    bad = ["javascript:alert(1)", "file:///etc/passwd", "\\\\host\\share\\x.exe", "//host/share/a.pdf", "smb://h/s",
           "data:text/html,<b>x</b>", "Bericht.pdf", "/usr/local/bin/run.sh", "C:\\x\\setup.exe", "https://",
           "https://a b.de", "/tmp/\x1b[31mx.pdf", "vbscript:msgbox"]
    assert [t for t in ok if links.target_problem(t)] == []
    assert [t for t in bad if not links.target_problem(t)] == []


def test_opening_needs_an_existing_non_program_file(tmp_path: Path) -> None:
    doc = tmp_path / "Protokoll.pdf"
    doc.write_bytes(b"%PDF")
    prog = tmp_path / "werkzeug"
    prog.write_bytes(b"#!/bin/sh\n")
    prog.chmod(0o755)
    assert links.open_problem(str(doc)) is None
    assert links.open_problem("https://www.hwk-halle.de") is None
    assert "gibt es nicht" in links.open_problem(str(tmp_path / "fehlt.pdf"))[0]
    assert "Programm" in links.open_problem(str(prog))[0]
    assert "Programm" in links.open_problem("/usr/bin/env")[0] if Path("/usr/bin/env").exists() else True


def test_links_entered_by_hand_follow_the_same_rules() -> None:
    con = open_user_db()
    try:
        t = Tracker(con)
        m = t.add_measure("empfehlung-01", "Test")
        with pytest.raises(TrackerValidationError, match="nicht „javascript:“"):
            t.add_link(m, "javascript:alert(1)")
        lid = t.add_link(m, "https://example.org")
        with pytest.raises(TrackerValidationError, match="Netzwerkfreigaben"):
            t.update("link", lid, {"target": "\\\\host\\share\\x.exe"})
    finally:
        con.close()


def test_load_file_refuses_before_planning(tmp_path: Path, exported: dict[str, Any]) -> None:
    data = copy.deepcopy(exported)
    measure_of(data)["status"] = "fertig"
    measure_of(data)["progress"] = -5
    path = tmp_path / "x.hwmtracker"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ImportValidationError) as err:
        load_file(path)
    assert len(err.value.problems) == 2
    assert "nichts übernommen" in err.value.message("de") and "nothing was imported" in err.value.message("en")
