"""The stored CSV column types (resources/data/csv_schema.json) that let DataStore skip sniffing."""

from __future__ import annotations

import duckdb

import resources
from core import csv_schema, provenance
from core.datastore import DataStore


def test_stored_types_match_what_the_sniffer_reads():
    """Every bundled CSV has a schema entry with the types the sniffer reads today (else run
    .venv/bin/python -m core.csv_schema). A file edited since (other CRC) is still loaded correctly, by
    sniffing; benchmarks/bench_load.py lists such files, as they only cost load time."""
    stored = csv_schema.stored_schema()
    for ds in provenance.bundled_catalog().values():
        if ds.file.endswith(".csv"):
            path = resources.path("data", ds.file)
            entry = stored.get(ds.file) or {}
            assert entry.get("columns") == csv_schema.sniffed_columns(path), (
                f"{ds.file}: csv_schema.json is stale; run .venv/bin/python -m core.csv_schema"
            )


def test_typed_load_gives_the_same_rows_as_sniffing(store):
    con = duckdb.connect(":memory:")
    for ds in provenance.bundled_catalog().values():
        if not ds.file.endswith(".csv"):
            continue
        path = str(resources.path("data", ds.file))
        con.execute(csv_schema.sniff_sql("sniffed", csv_schema.read_header(resources.path("data", ds.file))), [path])
        sniffed = con.execute('SELECT * FROM "sniffed"').fetchall()
        loaded = store.con.execute(f'SELECT * FROM "{ds.table}"').fetchall()
        assert sorted(map(repr, loaded)) == sorted(map(repr, sniffed)), ds.file
        assert store.report.tables[ds.table] == len(sniffed)


def test_a_changed_csv_is_sniffed_not_read_with_stale_types(tmp_path):
    """DuckDB would silently round 1.5 into a stored BIGINT column: a file that is not byte-identical to
    the one the types were stored for must be sniffed."""
    p = tmp_path / "x.csv"
    p.write_text("ags,year,value\nDG,2020,1\n", "utf-8")
    entry = {"crc32": csv_schema.checksum(p), "columns": {"ags": "VARCHAR", "year": "BIGINT", "value": "BIGINT"}}
    assert csv_schema.columns_for(p, entry) == entry["columns"]
    p.write_text("ags,year,value\nDG,2020,1.5\n", "utf-8")
    assert csv_schema.columns_for(p, entry) is None
    store = DataStore()
    store._load_csv("x", p, csv_schema.columns_for(p, entry))
    assert store.con.execute("SELECT ags, year, value FROM x").fetchall() == [("DG", 2020, 1.5)]


def test_every_bundled_csv_is_loaded_with_its_stored_types():
    """Start-up speed: the stored checksums describe today's files, so no bundled CSV is sniffed
    (after editing a CSV or `python -m core.estimate`, `python -m core.csv_schema` regenerates them)."""
    stored = csv_schema.stored_schema()
    stale = [
        ds.file for ds in provenance.bundled_catalog().values()
        if ds.file.endswith(".csv")
        and csv_schema.columns_for(resources.path("data", ds.file), stored.get(ds.file)) is None
    ]
    assert stale == []
