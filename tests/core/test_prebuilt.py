"""The prebuilt bundled data (core.prebuilt): the attached file gives exactly what the CSVs give, and a
changed input can only miss the cache, never serve stale tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import resources
from core import datastore, prebuilt
from core.datastore import DataStore


def _tables(store: DataStore) -> list[str]:
    return sorted(r[0] for r in store.con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'memory' "
        "UNION SELECT view_name FROM duckdb_views() WHERE database_name = 'memory' AND NOT internal").fetchall())


def _same(a: DataStore, b: DataStore, table: str) -> None:
    cols_a = a.con.execute(f'DESCRIBE "{table}"').fetchall()
    cols_b = b.con.execute(f'DESCRIBE "{table}"').fetchall()
    assert [c[:2] for c in cols_a] == [c[:2] for c in cols_b], table  # names and types
    rows_a = sorted(a.con.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
    rows_b = sorted(b.con.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
    assert rows_a == rows_b, table


def test_second_store_comes_from_the_prebuilt_file_and_equals_the_csvs() -> None:
    from_csv = DataStore()
    assert from_csv.prebuilt is None  # a fresh user folder: read from the CSVs, then saved
    assert prebuilt.cache_file(datastore.prebuilt_key()).is_file()
    from_file = DataStore()
    assert from_file.prebuilt == prebuilt.cache_file(datastore.prebuilt_key())
    tables = _tables(from_csv)
    assert "facts_bundled" in tables and "population" in tables and len(tables) > 15
    assert _tables(from_file) == tables
    for t in tables:
        _same(from_csv, from_file, t)
    assert from_file.datenstand() == from_csv.datenstand()
    assert from_file.report.tables == from_csv.report.tables  # row counts as read from the CSVs


def _copy_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources.root(), root)
    monkeypatch.setattr(resources, "root", lambda: root)
    return root


def test_changed_csv_changes_the_key_and_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _copy_resources(tmp_path, monkeypatch)
    DataStore()  # builds the cache of the unchanged copy
    old_key = datastore.prebuilt_key()
    area = root / "data" / "area.csv"
    lines = area.read_text("utf-8").splitlines()
    header = lines[0].split(",")
    col = header.index("value")
    row = lines[1].split(",")
    row[col] = "12345.67"
    ags = row[header.index("ags")]
    area.write_text("\n".join([lines[0], ",".join(row), *lines[2:]]) + "\n", encoding="utf-8")
    assert datastore.prebuilt_key() != old_key
    store = DataStore()
    assert store.prebuilt is None  # not the stale file: read from the changed CSV
    values = [r[0] for r in store.con.execute("SELECT value FROM area WHERE ags = ?", [ags]).fetchall()]
    assert 12345.67 in values
    again = DataStore()  # and the new cache holds the new value; the old file is gone
    assert again.prebuilt is not None and old_key not in again.prebuilt.name
    assert 12345.67 in [r[0] for r in again.con.execute("SELECT value FROM area WHERE ags = ?", [ags]).fetchall()]
    assert [p.name for p in again.prebuilt.parent.glob("bundled-data-*.duckdb")] == [again.prebuilt.name]


def test_loader_code_is_part_of_the_key() -> None:
    files = [resources.path("data", "area.csv")]
    assert prebuilt.key(files, [datastore.DataStore._load_csv]) != prebuilt.key(files, [datastore.DataStore._load_estimates])
    assert prebuilt.key(files, [], "SQL 1") != prebuilt.key(files, [], "SQL 2")


def test_a_broken_cache_file_is_replaced() -> None:
    DataStore()
    f = prebuilt.cache_file(datastore.prebuilt_key())
    f.write_bytes(b"not a database" * 100)
    store = DataStore()
    assert store.prebuilt is None
    assert store.con.execute("SELECT count(*) FROM facts").fetchone()[0] > 1000
    assert DataStore().prebuilt == f  # rebuilt and used again


def test_a_bundled_prebuilt_file_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _copy_resources(tmp_path, monkeypatch)
    k = datastore.prebuilt_key()
    DataStore()
    (root / "prebuilt").mkdir()
    shutil.move(str(prebuilt.cache_file(k)), root / "prebuilt" / prebuilt.file_name(k))
    store = DataStore()
    assert store.prebuilt == root / "prebuilt" / prebuilt.file_name(k)
    assert not prebuilt.cache_file(k).exists()  # nothing written when the bundle has it
