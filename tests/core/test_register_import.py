"""A chamber's register extract: recognised, counted as the statistics do, laid over the estimate.

The figures are checked against a hand count of the generated file (tests/data/register/): a plain
Python loop over its rows with the generator's own craft → group table, independent of core.crafts and
of the SQL counting.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

import duckdb
import pytest

from core.cli import main
from core.datastore import GEWERBEGRUPPEN
from core.errors import ImportValidationError
from core.imports import versions
from core.imports.pipeline import read_import
from core.imports.register import RegisterOptions, UnknownCraftsError, looks_like_register, read_register
from core.regions import load_region

DATA = Path(__file__).resolve().parent.parent / "data" / "register"
REGISTER = DATA / "handwerksrolle_hwk_halle.csv"
sys.path.insert(0, str(DATA))
import make_register  # noqa: E402


def _date(s: str) -> dt.date | None:
    return dt.datetime.strptime(s, "%d.%m.%Y").date() if s else None


def _main_craft(text: str) -> str:
    first = text.split(";")[0].strip()
    if re.match(r"^(A|B1) \d+, ", first):  # "A 25, A 24": a list of codes
        first = first.split(",")[0].strip()
    return first


def hand_count(path: Path, ags: str, year: int) -> dict[str, int]:
    """A and B1 businesses on 31.12.``year`` per Gewerbegruppe, by the main craft (first listed)."""
    end = dt.date(year, 12, 31)
    counts = dict.fromkeys(GEWERBEGRUPPEN, 0)
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            if r["Gemeindeschlüssel"][:5] != ags or r["Anlage"] == "AeT":
                continue
            entry, deletion = _date(r["Eintragungsdatum"]), _date(r["Löschungsdatum"])
            if entry > end or (deletion is not None and deletion <= end):  # type: ignore[operator]
                continue
            craft = _main_craft(r["Handwerke"])
            move = make_register.MOVE_DATE_BY_TEXT.get(craft)
            if r["Anlage"] == "B2" and (move is None or end < move):
                continue  # handwerksähnlich: not in the seven groups (a mover only until its move)
            counts[make_register.CRAFT_GROUP[craft]] += 1
    return counts


@pytest.fixture(scope="module")
def batch():
    return read_import(REGISTER)


def test_recognised_and_counted_like_a_hand_count(batch):
    assert batch.format == "register" and batch.kind == "register"
    reg = batch.details
    assert reg["chambers"] == ["Handwerkskammer Halle (Saale)"]
    assert reg["districts"] == ["15002", "15082", "15084", "15087", "15088"]
    assert reg["years"] == [1995, 2024] and reg["stand"] == "2025-03-30"
    v = batch.values
    for ags in reg["districts"]:
        for year in (1995, 2012, 2019, 2020, 2021, 2024):
            expected = hand_count(REGISTER, ags, year)
            got = v[(v.area_code == ags) & (v.year == year) & (v.indicator == "businesses")]
            assert dict(zip(got.gewerbegruppe, got.value.astype(int), strict=True)) == expected, (ags, year)


def test_outside_rows_b2_and_columns_never_read(batch):
    reg = batch.details
    with REGISTER.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    region = set(load_region().district_codes)
    assert reg["outside_rows"] == sum(r["Gemeindeschlüssel"][:5] not in region for r in rows) > 0
    assert reg["rows_read"] == len(rows)
    assert set(reg["columns_not_read"]) >= {"Firma", "Straße", "PLZ", "Ort", "Rechtsform", "Eintragungsgrund"}
    v = batch.values
    b2 = v[(v.indicator == "businesses_b2") & (v.year == 2024)]["value"].sum()
    hand = sum(1 for r in rows if r["Gemeindeschlüssel"][:5] in region and r["Anlage"] == "B2"
               and _main_craft(r["Handwerke"]) not in make_register.MOVE_DATE_BY_TEXT
               and (not r["Löschungsdatum"] or _date(r["Löschungsdatum"]) > dt.date(2024, 12, 31))  # type: ignore[operator]
               and _date(r["Eintragungsdatum"]) <= dt.date(2024, 12, 31))  # type: ignore[operator]
    assert b2 == hand > 0


def test_flows_reconcile_with_stock(batch):
    """Stock(Y) − Stock(Y−1) = additions(Y) − removals(Y) for every district (no mover in the year)."""
    v = batch.values
    tot = v[v.gewerbegruppe == "insgesamt"].pivot_table(index=["area_code", "year"], columns="indicator",
                                                        values="value")
    stock = v[v.indicator == "businesses"].groupby(["area_code", "year"])["value"].sum()
    for (ags, year), row in tot.iterrows():
        if year in (1995, 2020, 2021):  # first year has no flows; 2020/2021 have the B2 → B1 moves
            continue
        assert stock[(ags, year)] - stock[(ags, year - 1)] == row["businesses_added"] - row["businesses_removed"]


def test_owner_age_bands_by_hand(batch):
    end = dt.date(2022, 12, 31)
    bands = {"u30": 0, "30_39": 0, "40_49": 0, "50_59": 0, "60_64": 0, "65plus": 0}
    with REGISTER.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            if r["Gemeindeschlüssel"][:5] != "15088" or r["Anlage"] == "AeT" or not r["Geburtsdatum"]:
                continue
            move = make_register.MOVE_DATE_BY_TEXT.get(_main_craft(r["Handwerke"]))
            if r["Anlage"] == "B2" and (move is None or end < move):
                continue
            e, d = _date(r["Eintragungsdatum"]), _date(r["Löschungsdatum"])
            if e > end or (d is not None and d <= end):  # type: ignore[operator]
                continue
            age = 2022 - _date(r["Geburtsdatum"]).year  # type: ignore[union-attr]
            key = ("u30" if age < 30 else "30_39" if age < 40 else "40_49" if age < 50 else "50_59" if age < 60
                   else "60_64" if age < 65 else "65plus")
            bands[key] += 1
    v = batch.values
    got = v[(v.area_code == "15088") & (v.year == 2022) & (v.gewerbegruppe == "insgesamt")
            & v.indicator.str.startswith("owners_")]
    assert {i[len("owners_"):]: int(x) for i, x in zip(got.indicator, got.value, strict=True)} == bands


def test_cli_import_then_profile_shows_register_for_halle_estimate_elsewhere(capsys):
    assert main(["import", str(REGISTER), "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["kind"] == "register" and preview["saved_version"] is None
    assert preview["register"]["outside_rows"] > 0
    assert main(["import", str(REGISTER)]) == 0
    assert "Gespeichert als Datenstand 1" in capsys.readouterr().out
    assert main(["profile", "Halle", "--year", "2020", "--json"]) == 0
    prof = json.loads(capsys.readouterr().out)
    expected = hand_count(REGISTER, "15002", 2020)
    for g in GEWERBEGRUPPEN:
        assert prof["groups"][g]["businesses"] == expected[g]
        assert prof["groups"][g]["kind_businesses"] == "register"
        assert prof["groups"][g]["kind_employees"] == "estimate"  # not a register field
    assert prof["businesses"]["value"] == sum(expected.values()) and prof["businesses"]["kind"] == "register"
    assert prof["businesses"]["dataset"] == "import:1"
    owners = prof["owners"]
    assert owners["kind"] == "register" and set(owners["bands"]) == {"u30", "30_39", "40_49", "50_59", "60_64",
                                                                      "65plus"}
    assert owners["aged_60plus"] == owners["bands"]["60_64"] + owners["bands"]["65plus"]
    src = {s["id"]: s for s in prof["sources"]}
    assert src["import:1"]["kind"] == "register"
    assert main(["profile", "Leipzig", "--year", "2020", "--json"]) == 0
    other = json.loads(capsys.readouterr().out)
    assert {other["groups"][g]["kind_businesses"] for g in GEWERBEGRUPPEN} == {"estimate"}
    assert other["owners"] is None
    assert main(["profile", "Halle", "--year", "2020"]) == 0
    text = capsys.readouterr().out
    assert "Nachfolge: Betriebe mit Inhaber 60+" in text and "Kammerregister" in text


def test_provenance_names_file_chamber_and_date(batch):
    con = duckdb.connect(":memory:")
    vid = versions.save_version(con, batch)
    p = versions.get_version(con, vid).provenance()
    assert p.kind == "register" and p.publisher == "Handwerkskammer Halle (Saale)"
    assert REGISTER.name in p.title and "Stand 30.03.2025" in p.source and "importiert" in p.source


def _write(tmp_path: Path, rows: list[str], header: str | None = None) -> Path:
    path = tmp_path / "rolle.csv"
    head = header or "Kennung;Gemeindeschlüssel;Eintragungsdatum;Löschungsdatum;Handwerke;Anlage;Geburtsdatum"
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    return path


def test_bad_input_named_by_file_row_and_column(tmp_path):
    path = _write(tmp_path, [
        "1;15002000;01.02.2010;;A 25;A;",
        "2;15002000;31.02.2010;;A 25;A;",          # not a date
        "3;15002000;01.02.2010;01.01.2009;A 25;A;",  # deletion before entry
        "1;15088001;01.02.2011;;Tischler;A;",       # duplicate identifier
        "5;1500x;01.02.2011;;Tischler;A;",          # not a key
        "6;15002000;01.02.2011;;Tischler;Z;",       # unknown Anlage
        "7;15002000;01.02.2011;;Tischler;A;1.1.1850",  # implausible birth year (value not repeated)
    ])
    with pytest.raises(ImportValidationError) as ei:
        read_import(path)
    text = ei.value.message("de")
    assert "rolle.csv, Zeile 3, Spalte Eintragungsdatum: „31.02.2010“ ist kein Datum." in text
    assert "rolle.csv, Zeile 4, Spalte Löschungsdatum: Löschung (01.01.2009) vor der Eintragung (01.02.2010)." in text
    assert "rolle.csv, Zeile 5, Spalte Kennung: Kennung „1“ kommt mehrfach vor (auch Zeile 2)." in text
    assert "rolle.csv, Zeile 6, Spalte Gemeindeschlüssel: „1500x“ ist kein Gemeinde- oder Kreisschlüssel." in text
    assert "rolle.csv, Zeile 7, Spalte Anlage: Unbekannte Anlage „Z“." in text
    assert "rolle.csv, Zeile 8, Spalte Geburtsdatum: Geburtsjahr unplausibel." in text and "1850" not in text
    en = ei.value.message("en")
    assert "rolle.csv, row 4, column Löschungsdatum: Deletion (01.01.2009) before entry (01.02.2010)." in en


def test_no_recognisable_columns_and_mapping(tmp_path):
    path = _write(tmp_path, ["1;15002000;01.02.2010;A 25"], header="Nr;Schlüssel;Seit;Beruf")
    with pytest.raises(ImportValidationError):
        read_import(path)  # nothing register-like: not taken for a register at all
    with pytest.raises(ImportValidationError) as ei:
        read_register(path, load_region())
    assert "Nicht erkannt: Nr, Schlüssel, Seit, Beruf" in ei.value.message("de")
    opts = RegisterOptions(column_map={"Nr": "id", "Schlüssel": "area", "Seit": "entry", "Beruf": "crafts"})
    b = read_register(path, load_region(), opts)
    assert b.details["districts"] == ["15002"]


def test_header_of_100000_columns_is_decided_at_once_and_refused_with_a_short_message(tmp_path):
    """Recognition looks at the first columns only; the import refuses the file with the count, the limit and
    what to do, before any per-column work, and never lists the 100,000 headers."""
    cells = ["Kennung", "Gemeindeschlüssel", "Eintragungsdatum", "Handwerk"] + [f"Merkmal {i}" for i in range(99_996)]
    path = _write(tmp_path, [";".join(["1", "15002000", "01.02.2010", "A 25"] + [""] * 99_996)], header=";".join(cells))
    assert looks_like_register(path)
    with pytest.raises(ImportValidationError) as ei:
        read_import(path)
    de, en = ei.value.message("de"), ei.value.message("en")
    assert de == ("rolle.csv, Zeile 1: Die Datei hat 100.000 Spalten. Ein Registerauszug hat höchstens 500 (Kennung, "
                  "Gemeindeschlüssel, Eintragungs- und Löschungsdatum, Handwerke, Anlage …). Bitte nur die Spalten des "
                  "Registerauszugs exportieren.")
    assert en.startswith("rolle.csv, row 1: The file has 100,000 columns. A register extract has at most 500")
    # wide and nothing register-like, a header line over 4 MB (read no further): not taken for a register;
    # refused if forced
    other = _write(tmp_path, [], header=";".join(f"Merkmal Nummer {i}" for i in range(200_000)))
    assert not looks_like_register(other)
    with pytest.raises(ImportValidationError) as ei:
        read_register(other, load_region())
    assert "Die Datei hat mindestens " in ei.value.message("de") and "Merkmal" not in ei.value.message("de")


def test_missing_columns_message_lists_a_few_headers_and_counts_the_rest(tmp_path):
    path = _write(tmp_path, [], header=";".join(["Eintragungsdatum"] + [f"Feld {i}" for i in range(40)]))
    with pytest.raises(ImportValidationError) as ei:
        read_import(path)
    de, en = ei.value.message("de"), ei.value.message("en")
    assert ("Kreis, Handwerk(e). Bitte die Spalten im Importdialog zuordnen (oder --map-column \"Überschrift=Feld\"). "
            "Nicht erkannt: Feld 0, Feld 1, Feld 2, Feld 3, Feld 4, Feld 5, Feld 6, Feld 7, … (32 weitere). "
            "Vorhanden: Eintragungsdatum, Feld 0, ") in de
    assert "Feld 7, … (32 more). Present: Eintragungsdatum, Feld 0" in en and "Feld 39" not in de + en


def test_unknown_craft_blocks_until_mapped_or_left_out(tmp_path):
    path = _write(tmp_path, ["1;15002000;01.02.2010;;Elektroinstallateur;A;", "2;15002000;01.02.2010;;Tischler;A;",
                             "3;15002000;01.03.2011;;Elektroinstallateur; A;"])
    with pytest.raises(UnknownCraftsError) as ei:
        read_import(path)
    assert [u.to_dict() for u in ei.value.unknown] == [{"text": "Elektroinstallateur", "count": 2, "rows": [2, 4]}]
    assert "Unbekanntes Handwerk „Elektroinstallateur“ (2 Betriebe, Zeilen 2, 4)" in ei.value.message("de")
    b = read_import(path, register_options=RegisterOptions(craft_map={"Elektroinstallateur": "A 25"},
                                                           stand=dt.date(2011, 12, 31)))
    v = b.values
    assert v[(v.indicator == "businesses") & (v.gewerbegruppe == "Ausbaugewerbe")]["value"].max() == 3
    b = read_import(path, register_options=RegisterOptions(craft_map={"Elektroinstallateur": None}))
    assert b.details["left_out_rows"] == 2
    assert b.values[b.values.indicator == "businesses"]["value"].max() == 1


def test_windows_1252_comma_and_xlsx(tmp_path):
    rows = ["1,15002000,01.02.2010,,\"Wärme-, Kälte- und Schallschutzisolierer, Maurer\",A,",
            "2,15002000,01.02.2010,,B1-38,B1,",
            "3,15002000,01.02.2010,,Änderungsschneider – Näherei,B2,"]
    head = "Kennung,Gemeindeschlüssel,Eintragungsdatum,Löschungsdatum,Handwerke,Anlage,Geburtsdatum"
    path = tmp_path / "rolle.csv"
    path.write_bytes(("\n".join([head, *rows]) + "\n").encode("cp1252"))
    b = read_import(path, register_options=RegisterOptions(stand=dt.date(2012, 12, 31)))
    v = b.values
    got = v[(v.year == 2012) & (v.indicator == "businesses") & (v.value > 0)]
    assert dict(zip(got.gewerbegruppe, got.value, strict=True)) == {"Bauhauptgewerbe": 1.0,
                                                                   "Handwerke für den privaten Bedarf": 1.0}
    assert v[(v.year == 2012) & (v.indicator == "businesses_b2")]["value"].sum() == 1
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(head.split(","))
    ws.append(["1", 15002000, dt.datetime(2010, 2, 1), None, "A 25", "A", dt.datetime(1960, 5, 1)])
    ws.append(["2", "15088000", dt.datetime(2011, 2, 1), dt.datetime(2013, 3, 1), "Tischler", "A", None])
    x = tmp_path / "rolle.xlsx"
    wb.save(x)
    b = read_import(x, register_options=RegisterOptions(stand=dt.date(2014, 12, 31)))
    v = b.values
    assert b.details["years"] == [2013, 2014]
    assert v[(v.area_code == "15088") & (v.year == 2013) & (v.indicator == "businesses")]["value"].sum() == 0
    assert v[(v.area_code == "15002") & (v.year == 2014) & (v.indicator == "owners_50_59")
             & (v.gewerbegruppe == "insgesamt")]["value"].sum() == 1


def test_privacy_no_name_address_or_birth_date_leaves_the_import(tmp_path, capsys, _isolated_home):
    """Import the register, export everything; neither the user database nor the workbook holds a
    name, street, town or birth date from the input (SQL scan of every text column + raw bytes)."""
    import zipfile

    from core import paths

    with REGISTER.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    secrets = set()
    for r in rows[:400]:
        secrets |= {r["Firma"], r["Straße"], r["Geburtsdatum"]}
        if r["Geburtsdatum"]:
            b = _date(r["Geburtsdatum"])
            secrets.add(b.isoformat())  # type: ignore[union-attr]
    secrets.discard("")
    assert main(["import", str(REGISTER)]) == 0
    out = tmp_path / "alles.xlsx"
    assert main(["export", "--out", str(out), "--all-districts"]) == 0
    capsys.readouterr()
    db = paths.user_db_path()
    con = duckdb.connect(str(db), read_only=True)
    texts: list[str] = []
    for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
        cols = [c for c, t in con.execute(f'SELECT column_name, column_type FROM (DESCRIBE "{table}")').fetchall()
                if t == "VARCHAR"]
        for c in cols:
            texts += [str(v) for (v,) in con.execute(f'SELECT DISTINCT "{c}" FROM "{table}"').fetchall() if v]
    con.close()
    blob = "\n".join(texts)
    assert "Handwerkskammer Halle" in blob  # the scan sees the stored texts
    raw = db.read_bytes()
    with zipfile.ZipFile(out) as zf:
        xml = "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist() if n.endswith(".xml"))
    leaked = [s for s in secrets if s in blob or s.encode() in raw or s in xml]
    assert leaked == []


def test_export_suppresses_cells_of_one_or_two(tmp_path, capsys):
    """The workbook shows register counts of 1–2 (and values derived from them) as "·", with the note."""
    from openpyxl import load_workbook

    assert main(["import", str(REGISTER)]) == 0
    out = tmp_path / "x.xlsx"
    assert main(["export", "--out", str(out), "--all-districts"]) == 0
    capsys.readouterr()
    wb = load_workbook(out)
    ws = wb["Gewerbegruppen"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    head = next(i for i, r in enumerate(rows) if r[0] == "Kreis")
    body = [r for r in rows[head + 1:] if r[0] and r[1] in GEWERBEGRUPPEN]
    reg = [r for r in body if "Kammerregister" in str(r[-1])]
    assert reg and all(r[3] == "·" or (isinstance(r[3], (int, float)) and (r[3] == 0 or r[3] >= 3)) for r in reg)
    secret = [r for r in reg if r[3] == "·"]
    assert all(r[5] == "·" and r[6] == "·" for r in secret)  # derived values of a hidden count too
    assert all(isinstance(r[3], (int, float)) for r in body if "Kammerregister" not in str(r[-1]))
    text = "\n".join(str(c) for r in rows for c in r if c)
    assert "· = geheim gehalten" in text
    ws = wb["Kammerregister"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    data = [r for r in rows if r[0] in ("Halle (Saale)", "Saalekreis", "Burgenlandkreis", "Anhalt-Bitterfeld",
                                        "Mansfeld-Südharz")]
    assert len(data) == 5
    counts = [c for r in data for c in (*r[2:9], *r[10:14])]
    assert all(c == "·" or c is None or c == 0 or c >= 3 for c in counts)
    # a chamber whose district has exactly 2 businesses in one group: that cell is hidden, 5 are shown
    small = _write(tmp_path, [f"{i};15002000;01.02.2010;;Zahntechniker;A;01.01.1950" for i in (1, 2)]
                   + [f"{i};15002000;01.02.2010;;Tischler;A;01.01.1980" for i in range(3, 8)])
    assert main(["import", str(small), "--stand", "31.12.2022"]) == 0
    assert main(["export", "--out", str(out), "--district", "Halle"]) == 0
    capsys.readouterr()
    wb = load_workbook(out)
    rows = {r[1]: r for r in ([c.value for c in row] for row in wb["Gewerbegruppen"].iter_rows()) if r[0] == "Halle (Saale)"}
    assert rows["Gesundheitsgewerbe"][3] == "·" and rows["Gesundheitsgewerbe"][5] == "·"
    assert rows["Ausbaugewerbe"][3] == 5 and rows["Bauhauptgewerbe"][3] == 0
    reg = next([c.value for c in row] for row in wb["Kammerregister"].iter_rows()
               if row[0].value == "Halle (Saale)")
    assert reg[2:8] == [0, 0, 5, 0, 0, "·"]  # owners: 5 aged 40–49, 2 aged 65+ (hidden)
    assert reg[8] == "·" and reg[9] == "·"  # Nachfolge count and share
