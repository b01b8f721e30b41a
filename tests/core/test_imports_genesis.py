"""Official tables: the real Regionaldatenbank exports and real-format fixtures (cp1252, flat files)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

from core.imports.areas import normalize_area
from core.imports.genesis import parse_value, year_of
from core.imports.pipeline import read_import
from core.imports.safety import detect_encoding

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "imports"


def value(batch, area, year, indicator):
    v = batch.values
    row = v[(v.area_code == area) & (v.year == year) & (v.indicator == indicator) & (v.gewerbegruppe == "insgesamt")]
    assert len(row) == 1, (area, year, indicator)
    return row.iloc[0]


@pytest.mark.parametrize(
    ("name", "table", "indicators", "area", "year", "indicator", "expected"),
    [
        ("53111-01-01-4.csv", "53111-01-01-4", {"businesses", "employees", "sv_employees_craft", "turnover_teur"},
         "14713", 2014, "businesses", 3229),
        ("12411-01-01-4.csv", "12411-01-01-4", {"population"}, "14713", 2015, "population", 560472),
        ("12411-02-03-4.csv", "12411-02-03-4",
         {"population", "population_u15", "population_15_64", "population_65plus"}, "15002", 2015, "population", None),
        ("13111-01-03-4.csv", "13111-01-03-4", {"sv_employees_total"}, "14713", 2015, "sv_employees_total", 248952),
        ("13111-07-05-4.csv", "13111-07-05-4", {"sv_employees_total"}, "14713", 2015, "sv_employees_total", 248952),
    ],
)
def test_real_regionaldatenbank_exports(genesis_dir, store, name, table, indicators, area, year, indicator, expected):
    batch = read_import(genesis_dir / name)
    assert batch.table_code == table
    assert batch.kind == "official" and batch.format == "genesis-table"
    assert batch.stand == "2017-10-10"  # footer "Stand: 10.10.2017 / hh:mm:ss"
    assert set(batch.values.indicator) == indicators
    assert batch.skipped_areas > 300  # the rest of Germany is not imported
    assert set(batch.values.area_code) <= set(store.region.all_area_codes())
    got = value(batch, area, year, indicator)
    if expected is not None:
        assert got.value == expected
    # the import reproduces the bundled figure taken from the same table
    bundled = store.query("SELECT value FROM facts_bundled WHERE area_code=? AND year=? AND indicator=? "
                          "AND gewerbegruppe='insgesamt' AND kind='official'", [area, year, indicator])
    if not bundled.empty:
        assert bundled.value.iloc[0] == got.value


def test_secret_values_in_real_table_stay_unknown_not_zero(genesis_dir):
    batch = read_import(genesis_dir / "12411-01-01-4.csv")
    dots = batch.values[batch.values.flag == "."]
    assert len(dots) == 20
    assert dots.value.isna().all()
    assert set(dots.flag_meaning) == {"Zahlenwert unbekannt oder geheim zu halten"}
    assert batch.summary()["special_values"]["."]["count"] == 20


def test_windows_1252_fixture_with_every_special_sign():
    path = FIXTURES / "53111-01-01-4_irmd_cp1252.csv"
    assert detect_encoding(path) == "cp1252"
    batch = read_import(path)
    assert value(batch, "15087", 2014, "turnover_teur").flag == "."
    assert pd_isna(value(batch, "15087", 2014, "turnover_teur").value)
    assert value(batch, "15088", 2014, "sv_employees_craft").flag == "/"
    assert value(batch, "15082", 2013, "turnover_teur").flag == "..."
    dash = value(batch, "14729", 2013, "employees")
    assert dash.flag == "-" and dash.flag_meaning == "nichts vorhanden (genau null)"
    paren = value(batch, "16077", 2014, "businesses")
    assert (paren.value, paren.flag) == (787, "()")
    assert paren.flag_meaning.startswith("Aussagewert eingeschränkt")
    assert value(batch, "14713", 2014, "businesses").value == 3229
    assert "Tätige Personen je Unternehmen im JD / Anzahl" in batch.unmapped  # umlauts decoded right


def test_same_table_in_utf8_and_cp1252_gives_same_values(genesis_dir, tmp_path):
    text = (genesis_dir / "53111-01-01-4.csv").read_text("utf-8")
    cp = tmp_path / "53111.csv"
    cp.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    a = read_import(genesis_dir / "53111-01-01-4.csv").values.drop(columns="line")
    b = read_import(cp).values.drop(columns="line")
    pd.testing.assert_frame_equal(a, b)


def test_flat_file_current_layout():
    batch = read_import(FIXTURES / "12411_flat.csv")
    assert batch.format == "genesis-flat" and batch.table_code == "12411"
    assert len(batch.values) == 18  # 9 districts x 2 years, totals only (not male/female)
    assert value(batch, "14713", 2015, "population").value == 560472
    secret = value(batch, "15087", 2015, "population")
    assert secret.flag == "." and pd_isna(secret.value)
    assert value(batch, "15088", 2015, "population").flag == "v"


def test_flat_file_older_layout_and_zip_delivery(tmp_path):
    batch = read_import(FIXTURES / "13111_flat_old.csv")
    assert value(batch, "14713", 2015, "sv_employees_total").value == 248952
    z = tmp_path / "12411-0001_de_flat.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(FIXTURES / "12411_flat.csv", "12411-0001_de_flat.csv")
    assert len(read_import(z).values) == 18


@pytest.mark.parametrize(("raw", "expected"), [
    ("1.234,5", (1234.5, "")), ("9", (9.0, "")), ("(12)", (12.0, "()")), (".", (None, ".")),
    ("-", (None, "-")), ("x", (None, "x")), ("...", (None, "...")), ("/", (None, "/")), ("", (None, "")),
])
def test_parse_value(raw, expected):
    cell = parse_value(raw)
    assert cell.ok and (cell.value, cell.flag) == expected


def test_parse_value_rejects_text():
    assert not parse_value("zwölf").ok
    assert not parse_value("1,2,3").ok


@pytest.mark.parametrize(("raw", "expected"), [
    ("14713", "14713"), ("1001", "01001"), ("01001", "01001"), ("14713000", "14713"),
    ("147130000000", "14713"), ("14713001", None), ("DG", "DG"), ("14", "14"), ("1", "01"), ("14713.0", "14713"),
    ("Leipzig", None),
])
def test_area_keys(raw, expected):
    assert normalize_area(raw) == expected


def test_years_from_dates():
    assert year_of("31.12.2015") == 2015
    assert year_of("2015-06-30") == 2015
    assert year_of("2014") == 2014
    assert year_of("Insgesamt") is None


def pd_isna(x) -> bool:
    return x is None or x != x


def test_age_groups_summed_into_broad_groups_only_when_complete(genesis_dir, tmp_path):
    batch = read_import(genesis_dir / "12411-02-03-4.csv")
    parts = [value(batch, "14713", 2015, f"population_{g}").value for g in ("u15", "15_64", "65plus")]
    assert parts == [18826 + 16407 + 18832 + 19907, 369573, 53949 + 62978]
    assert sum(parts) == value(batch, "14713", 2015, "population").value == 560472
    # one age group secret: that broad group is not formed, the others are
    text = (genesis_dir / "12411-02-03-4.csv").read_text("utf-8").replace(
        "31.12.2015;14713;      Leipzig, Stadt;unter 3 Jahre;18826;", "31.12.2015;14713;      Leipzig, Stadt;unter 3 Jahre;.;")
    path = tmp_path / "12411-02-03-4.csv"
    path.write_text(text, encoding="utf-8")
    v = read_import(path).values
    leipzig = set(v[(v.area_code == "14713")].indicator)
    assert "population_u15" not in leipzig and {"population_15_64", "population_65plus"} <= leipzig
