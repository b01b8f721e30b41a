"""``handwerksmonitor import`` headless: preview, save, list, undo; exit code 2 with the messages."""

from __future__ import annotations

import json
from pathlib import Path

from core.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "imports"


def test_dry_run_json_preview(capsys):
    assert main(["import", str(FIXTURES / "53111-01-01-4_irmd_cp1252.csv"), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["table"] == "53111-01-01-4" and out["kind"] == "official" and out["stand"] == "2017-10-10"
    assert out["years"] == [2013, 2014] and "14713" in out["areas"]
    assert out["special_values"]["/"]["meaning"] == "keine Angaben, da Zahlenwert nicht sicher genug"
    assert out["saved_version"] is None and out["preview"]
    assert main(["import", "--list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # dry run wrote nothing


def test_import_list_undo(capsys):
    assert main(["import", str(FIXTURES / "kammer_betriebe.csv")]) == 0
    out = capsys.readouterr().out
    assert "Gespeichert als Datenstand 1 (aktiv)." in out and "Sonderzeichen „.“" in out
    assert main(["import", "--list"]) == 0
    assert "* 1" in capsys.readouterr().out
    assert main(["--lang", "en", "import", "--undo", "1"]) == 0
    assert "Import 1 undone. Active data version: bundled data" in capsys.readouterr().out


def test_failure_exit_code_2_with_messages(tmp_path, capsys):
    bad = tmp_path / "kammer.csv"
    bad.write_text("Kreis;Jahr;Gewerbegruppe;Betriebe\nGera;2023;insgesamt;4\n", encoding="utf-8")
    assert main(["import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == ("kammer.csv, Zeile 2, Spalte Kreis: Unbekannter Kreis „Gera“. Erwartet: ein Kreis der "
                           "Region (Name oder 5-stelliger Kreisschlüssel).")
    assert main(["--lang", "en", "import", str(tmp_path / "missing.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_template(tmp_path, capsys):
    assert main(["import", "--template", str(tmp_path / "v.xlsx")]) == 0
    assert (tmp_path / "v.xlsx").stat().st_size > 1000
