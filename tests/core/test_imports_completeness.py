"""Imports validate completeness, not just syntax: a cut-off table is refused whole (exit 2, nothing
written), an xlsx is read by its real cells, every column is taken or listed as not taken, numbers are
strict in German and English notation, years are whole, values are plausible for their indicator."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.cli import main
from core.errors import ImportValidationError
from core.imports import genesis, plausibility
from core.imports.pipeline import read_import
from core.regions import load_region
from core.userdb import open_user_db

ROOT = Path(__file__).resolve().parents[2]
GENESIS = sorted((ROOT / "tests" / "data" / "genesis").glob("*.csv"))
FIXTURES = ROOT / "tests" / "data" / "imports"
REGION = load_region()


def _line_starts(data: bytes) -> list[int]:
    """Byte offsets where each line starts (a cut 'at a line' keeps the lines before it)."""
    return [0] + [m.end() for m in re.finditer(rb"\n", data)][:-1]


def _refused(path: Path) -> ImportValidationError:
    with pytest.raises(ImportValidationError) as err:
        read_import(path, REGION)
    assert err.value.problems and err.value.message("de") and err.value.message("en")
    return err.value


@pytest.fixture
def ram_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder in memory (/dev/shm) where there is one: thousands of cut files are written quickly."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="hwm-cuts-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.parametrize("source", GENESIS, ids=lambda p: p.name)
def test_every_bundled_genesis_export_cut_at_any_line_is_refused(source: Path, ram_dir: Path) -> None:
    """Done-when of issue 14: every line of every bundled export (26,900 cuts), through the import."""
    data = source.read_bytes()
    cut = ram_dir / source.name
    cut.write_bytes(data)
    assert not read_import(cut, REGION).values.empty  # the whole file imports
    starts = _line_starts(data)
    for offset in reversed(starts[1:]):  # keep the lines before ``offset`` (shortening the file in place)
        os.truncate(cut, offset)
        with pytest.raises(ImportValidationError):
            read_import(cut, REGION)


def _db_files(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(home.glob("handwerksmonitor.duckdb*")) if p.is_file()}


def test_cut_genesis_exports_via_the_command_exit_2_and_leave_the_database_unchanged(
        tmp_path: Path, _isolated_home: Path, capsys: pytest.CaptureFixture[str], store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import core.datastore

    monkeypatch.setattr(core.datastore, "DataStore", lambda *a, **k: store)  # the command as is, data loaded once
    assert main(["import", str(FIXTURES / "kammer_betriebe.csv"), "--dry-run"]) == 0
    assert main(["import", str(FIXTURES / "53111-01-01-4_irmd_cp1252.csv")]) == 0  # an earlier import in the database
    before = _db_files(_isolated_home)
    capsys.readouterr()
    for source in GENESIS:
        data = source.read_bytes()
        starts = _line_starts(data)
        footer = data.rindex(b"\n__________")
        picks = {1, 2, 7, 8, len(starts) // 2, len(starts) - 6, len(starts) - 2, len(starts) - 1}
        picks |= {i for i, s in enumerate(starts) if s > footer}  # every line of the footer
        cut = tmp_path / source.name
        for i in sorted(p for p in picks if 0 < p < len(starts)):
            cut.write_bytes(data[: starts[i]])
            assert main(["import", str(cut)]) == 2, (source.name, i)
            err = capsys.readouterr().err
            assert "Traceback" not in err and err.strip()
        cut.write_bytes(data[: starts[len(starts) // 2] + 17])  # mid-row
        assert main(["import", str(cut)]) == 2
        assert "unvollständig" in capsys.readouterr().err
    assert _db_files(_isolated_home) == before


def test_cut_table_message_says_what_is_wrong(tmp_path: Path) -> None:
    data = (FIXTURES / "53111-01-01-4_irmd_cp1252.csv").read_bytes()
    cut = tmp_path / "t.csv"
    cut.write_bytes(data[: data.index(b"\n2013;14713") + 1])
    err = _refused(cut)
    assert "unvollständig (abgeschnitten?)" in err.message("de") and "incomplete (cut off?)" in err.message("en")


def test_a_row_with_a_missing_cell_in_a_complete_table_is_refused(tmp_path: Path) -> None:
    text = (FIXTURES / "53111-01-01-4_irmd_cp1252.csv").read_bytes().decode("cp1252")
    lines = text.split("\r\n")
    i = next(n for n, ln in enumerate(lines) if ln.startswith("2014;14713;"))
    lines[i] = lines[i].rsplit(";", 1)[0]  # one cell fewer
    bad = tmp_path / "t.csv"
    bad.write_bytes("\r\n".join(lines).encode("cp1252"))
    err = _refused(bad)
    assert err.problems[0].row == i + 1 and "10 statt 11 Spalten" in err.problems[0].de


def test_cut_flat_files_never_store_a_partial_table(tmp_path: Path) -> None:
    """A flat file has no footer: a cut inside an area's rows is refused (its years are incomplete, or the
    row is cut); a cut exactly between two areas leaves complete areas, and only those are imported.
    (Limit: a prefix holding part of the *first* area alone cannot be told from a file with one area.)"""
    for name in ("12411_flat.csv", "13111_flat_old.csv"):
        data = (FIXTURES / name).read_bytes()
        full = read_import(FIXTURES / name, REGION).values.set_index(["area_code", "year", "indicator"])["value"]
        cut = tmp_path / name
        starts = _line_starts(data)
        offsets = starts[1:] + [s + 9 for s in starts[1:]]  # at every line, and inside every line
        for offset in offsets:
            cut.write_bytes(data[:offset])
            try:
                batch = read_import(cut, REGION)
            except ImportValidationError:
                continue
            got = batch.values.set_index(["area_code", "year", "indicator"])["value"]
            areas = set(got.index.get_level_values(0))
            if len(areas) == 1:
                continue
            expected = full[full.index.get_level_values(0).isin(areas)]
            assert got.sort_index().equals(expected.sort_index()), (name, offset)


def test_flat_file_missing_a_year_of_one_area_is_refused(tmp_path: Path) -> None:
    lines = (FIXTURES / "12411_flat.csv").read_text("utf-8").splitlines(keepends=True)
    drop = next(i for i, ln in enumerate(lines) if ";2014-12-31;" in ln and ";14713;" in ln and ";;Insgesamt;" in ln)
    bad = tmp_path / "f.csv"
    bad.write_text("".join(lines[:drop] + lines[drop + 1:]), "utf-8")
    err = _refused(bad)
    assert "unvollständig" in err.message("de") and "14713" in err.message("de")


# ------------------------------------------------------------------------------------------------ xlsx
def _template(tmp_path: Path, rows: list[list], header: list | None = None, name: str = "k.xlsx") -> Path:
    from openpyxl import load_workbook

    from core.imports.chamber import SHEET_BUSINESSES, write_template

    path = write_template(tmp_path / name, REGION)
    wb = load_workbook(path)
    ws = wb[SHEET_BUSINESSES]
    if header is not None:
        for j, h in enumerate(header, start=1):
            ws.cell(row=1, column=j, value=h)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _set_dimension(path: Path, ref: str) -> None:
    import zipfile

    tmp = path.with_suffix(".tmp.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/") and b"Betriebe" not in data and b"<dimension" in data:
                data = re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{ref}"/>'.encode(), data)
            dst.writestr(info, data)
    tmp.replace(path)


def test_xlsx_is_read_by_its_cells_not_by_its_declared_dimension(tmp_path: Path) -> None:
    groups = ["Bauhauptgewerbe", "Ausbaugewerbe", "Handwerke für den gewerblichen Bedarf", "Kraftfahrzeuggewerbe",
              "Lebensmittelgewerbe", "Gesundheitsgewerbe", "Handwerke für den privaten Bedarf"]
    rows = [["Leipzig", 2000 + i // 7, groups[i % 7], 10 + i, 50 + i] for i in range(70)]
    path = _template(tmp_path, rows)
    _set_dimension(path, "A1:E10")  # understates: openpyxl alone read 9 of 70 rows
    batch = read_import(path, REGION)
    assert batch.rows_read == 70
    assert len(batch.values[(batch.values.indicator == "businesses") & (batch.values.gewerbegruppe != "insgesamt")]) == 70


def test_sparse_xlsx_with_one_far_cell_is_read_in_seconds(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for j, h in enumerate(["Kreis", "Jahr", "Gewerbegruppe", "Betriebe"], start=1):
        ws.cell(row=1, column=j, value=h)
    ws.append(["Leipzig", 2023, "insgesamt", 4000])
    ws["XFD1048576"] = "x"
    path = tmp_path / "sparse.xlsx"
    wb.save(path)
    started = time.perf_counter()
    batch = read_import(path, REGION)
    assert time.perf_counter() - started < 10
    assert batch.values.value.tolist() == [4000.0]
    assert any("XFD" in u for u in batch.unmapped)  # the stray cell is named, not silently dropped


def test_typo_in_a_header_is_refused_with_the_likely_column(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text("Kreis;Jahr;Gewerbegruppe;Betreibe;Beschäftigte\nLeipzig;2023;insgesamt;400;2100\n", "utf-8")
    err = _refused(path)
    assert "Betreibe" in err.message("de") and "„Betriebe“" in err.message("de")
    xlsx = _template(tmp_path, [["Leipzig", 2023, "insgesamt", 400, 2100]],
                     header=["Kreis", "Jahr", "Gewerbegruppe", "Betriebe", "Beschäftigtee"])
    assert "Beschäftigte" in _refused(xlsx).message("de")


def test_every_column_is_taken_or_listed_as_not_taken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "k.csv"
    path.write_text("Kreis;Jahr;Gewerbegruppe;Betriebe;Bemerkung;\nLeipzig;2023;insgesamt;400;geprüft;x\n", "utf-8")
    batch = read_import(path, REGION)
    assert batch.unmapped == ["Bemerkung", "Spalte 6 (ohne Überschrift)"]
    assert main(["import", str(path), "--dry-run"]) == 0
    assert "Nicht übernommen (keine Indikatorzuordnung): Bemerkung; Spalte 6 (ohne Überschrift)" in capsys.readouterr().out
    dup = tmp_path / "d.csv"
    dup.write_text("Kreis;Jahr;Gewerbegruppe;Betriebe;Betriebe\nLeipzig;2023;insgesamt;400;500\n", "utf-8")
    assert "doppelt" in _refused(dup).message("de")


# ------------------------------------------------------------------------------------------------ numbers
@pytest.mark.parametrize(("cell", "column", "words"), [
    ("NaN", "Betriebe", "keine Zahl"),
    ("1e20", "Betriebe", "keine Zahl"),
    ("1_000", "Betriebe", "keine Zahl"),
    ("inf", "Betriebe", "keine Zahl"),
    ("1,5", "Betriebe", "keine ganze Zahl"),
    ("2025.5", "Jahr", "Jahr „2025.5“"),
    ("12 34", "Betriebe", "keine Zahl"),
])
def test_numbers_are_strict_with_row_and_column(tmp_path: Path, cell: str, column: str, words: str) -> None:
    values = {"Jahr": "2023", "Betriebe": "400"} | {column: cell}
    path = tmp_path / "k.csv"
    path.write_text(f"Kreis;Jahr;Gewerbegruppe;Betriebe\nLeipzig;{values['Jahr']};insgesamt;{values['Betriebe']}\n",
                    "utf-8")
    err = _refused(path)
    p = err.problems[0]
    assert words in p.de and p.row == 2 and p.column == column


@pytest.mark.parametrize(("delimiter", "cell", "expected"), [
    (";", "1.234", 1234), (";", "1234", 1234), (";", "1 234", 1234), (",", '"1,234"', 1234), (",", "1234", 1234),
])
def test_german_and_english_numbers_are_recognised(tmp_path: Path, delimiter: str, cell: str, expected: int) -> None:
    path = tmp_path / "k.csv"
    d = delimiter
    path.write_text(f"Kreis{d}Jahr{d}Gewerbegruppe{d}Betriebe\nLeipzig{d}2023{d}insgesamt{d}{cell}\n", "utf-8")
    assert read_import(path, REGION).values.value.tolist() == [expected]


def test_decimal_comma_and_point_both_read_in_a_survey(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Jahr;N;keine\n2024;200;49,5\n2025;180;12.5\n", "utf-8")
    v = read_import(path, REGION).values
    assert sorted(v[v.indicator.str.startswith("survey_pct")].value.tolist()) == [12.5, 49.5]


def test_genesis_value_out_of_range_is_refused(tmp_path: Path) -> None:
    text = (FIXTURES / "53111-01-01-4_irmd_cp1252.csv").read_bytes().decode("cp1252")
    m = re.search(r"2014;14713;[^;]*;insgesamt;(\d+);", text)
    assert m
    bad = tmp_path / "t.csv"
    bad.write_bytes((text[: m.start(1)] + "100000000000000000000" + text[m.end(1):]).encode("cp1252"))
    err = _refused(bad)
    assert "Unplausibel" in err.message("de") and "14713" in err.message("de")


def test_every_bundled_official_figure_is_within_its_plausible_range(store) -> None:
    facts = store.query("SELECT area_code, indicator, value FROM facts_bundled WHERE value IS NOT NULL "
                        "AND kind = 'official' AND gewerbegruppe = 'insgesamt'")
    assert len(facts) > 1000
    bad = [(a, i, v) for a, i, v in facts.itertuples(index=False) if plausibility.problem(i, a, float(v))]
    assert bad == []


def test_a_huge_cell_is_never_echoed_whole(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    huge = "x" * 900_000
    rows = "".join(f"Leipzig;2023;insgesamt;{huge}\n" for _ in range(20))
    path.write_text("Kreis;Jahr;Gewerbegruppe;Betriebe\n" + rows, "utf-8")
    err = _refused(path)
    assert len(err.message("de")) < 20_000


def test_terminal_escapes_in_title_and_file_name_are_stored_and_printed_clean(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (FIXTURES / "53111-01-01-4_irmd_cp1252.csv").read_bytes().decode("cp1252")
    lines = text.split("\r\n")
    lines[1] = "\x1b[2J\x1b]0;pwned\x07Handwerkszählung\x9b31m, Handwerksunternehmen;;;;;;;;;;"
    evil = tmp_path / "t\x1b[31mab.csv"
    evil.write_bytes("\r\n".join(lines).encode("cp1252", errors="replace"))
    assert main(["import", str(evil)]) == 0
    assert main(["import", "--list"]) == 0
    assert main(["sources"]) == 0
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\x9b" not in out + err and "\x07" not in out + err
    con = open_user_db()
    try:
        title, name = con.execute("SELECT title, file_name FROM import_versions").fetchone()
    finally:
        con.close()
    assert "\x1b" not in title + name and "Handwerkszählung" in title


def test_check_tail_refuses_quickly_without_reading_the_table() -> None:
    with pytest.raises(ImportValidationError):
        genesis.check_tail("2014;14713;Leipzig;1;2\n", "t.csv")
    genesis.check_tail("__________\n© Statistische Ämter\nStand: 10.10.2017 / 19:07:29\n", "t.csv")
    assert genesis.parse_value("1.234").value == 1234 and not genesis.parse_value("NaN").ok
