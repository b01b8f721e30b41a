"""Sources complete: indirect inputs of the estimate are named, imported tables carry title, table number,
file, Stand and import date in JSON and in the human output (never a bare "import:1")."""

from __future__ import annotations

import json
from pathlib import Path

from core import provenance
from core.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "imports"


def _run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_the_estimate_names_every_dataset_it_rests_on(capsys):
    est = provenance.get("estimate_gewerbegruppen")
    assert {"handwerkszaehlung", "handwerk_gewerbegruppen_destatis", "population", "study", "urs_2014"} <= set(
        est.inputs)
    data = json.loads(_run(capsys, "profile", "Saalekreis", "--json"))
    ids = {s["id"] for s in data["sources"]}
    assert set(est.inputs) <= ids, "every input of the estimate is listed with the profile"
    assert {s["id"]: s.get("input_of") for s in data["sources"]}["urs_2014"] == "estimate_gewerbegruppen"
    text = _run(capsys, "profile", "Saalekreis")
    block = text[text.index("Handwerk nach Gewerbegruppen und Kreisen (Schätzung)"):]
    assert "beruht auf:" in block and "Unternehmensregister" in block and "Studie" in block


def test_an_imported_table_is_named_with_title_table_file_stand_and_import_date(capsys):
    from core.imports import versions
    from core.imports.pipeline import read_import
    from core.userdb import open_user_db

    con = open_user_db()
    try:
        vid = versions.save_version(con, read_import(FIXTURES / "53111-01-01-4_irmd_cp1252.csv"), user="tester")
        versions.set_active(con, vid)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    data = json.loads(_run(capsys, "profile", "Altenburger Land", "--year", "2014", "--json"))
    assert data["businesses"]["kind"] == "official"
    (rec,) = [s for s in data["sources"] if s["id"] == f"import:{vid}"]
    assert rec["title"] != rec["id"] and "Handwerk" in rec["title"]
    assert rec["table"] == "53111-01-01-4"
    assert rec["file"] == "53111-01-01-4_irmd_cp1252.csv"
    assert rec["stand"] and rec["imported_at"] and rec["kind"] == "official" and rec["imported"] is True
    text = _run(capsys, "profile", "Altenburger Land", "--year", "2014")
    line = next(ln for ln in text.splitlines() if "53111-01-01-4_irmd_cp1252.csv" in ln)
    assert "Tabelle 53111-01-01-4" in line and "importiert am" in line and "Stand" in line
    assert f"import:{vid} (" not in text
