"""Benchmark: loading all bundled data (``DataStore()``), median of 20 runs.

Prints the median wall time of ``DataStore()`` (connect, read every bundled CSV into DuckDB, derive
the fact table) and, as a baseline, the median time of a plain DuckDB ``read_csv`` (sniffing) of the
same files into a fresh in-memory database without the fact derivation, and their ratio.

    .venv/bin/python benchmarks/bench_load.py [runs]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402

import resources  # noqa: E402
from core import csv_schema, provenance  # noqa: E402
from core.datastore import DataStore  # noqa: E402


def _raw_load(files: list[tuple[str, str]]) -> None:
    con = duckdb.connect(":memory:")
    for table, path in files:
        con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM read_csv(?, header = true)', [path])
    con.close()


def _median_ms(fn, runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this process (all threads), in ms."""
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall) * 1000.0, statistics.median(cpu) * 1000.0


def _csv_files() -> list[tuple[str, str]]:
    return [
        (ds.table, str(resources.path("data", ds.file)))
        for ds in provenance.bundled_catalog().values()
        if ds.file.endswith(".csv")
    ]


def measure(quick: bool = False) -> list:
    """For benchmarks/run_all.py: DataStore() against a raw read_csv of the same files (wall time)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from harness import Result, median_ms

    runs = 10 if quick else 20
    files = _csv_files()
    value = median_ms(DataStore, runs)
    base = median_ms(lambda: _raw_load(files), runs)
    return [Result("load all bundled data: DataStore()", value, "raw duckdb read_csv of the same CSVs", base,
                   runs=runs)]


def main(runs: int = 20) -> None:
    files = _csv_files()
    schema = csv_schema.stored_schema()
    stale = [
        ds.file
        for ds in provenance.bundled_catalog().values()
        if ds.file.endswith(".csv")
        and csv_schema.columns_for(resources.path("data", ds.file), schema.get(ds.file)) is None
    ]
    if stale:
        print(f"note: sniffed (csv_schema.json older than the file; run python -m core.csv_schema): {', '.join(stale)}")
    DataStore()  # warm-up: imports, file cache, catalog parsing
    _raw_load(files)
    store_ms, store_cpu = _median_ms(DataStore, runs)
    raw_ms, raw_cpu = _median_ms(lambda: _raw_load(files), runs)
    rows = sum(DataStore().report.tables.values())
    print(f"DataStore() load, median of {runs}: {store_ms:.1f} ms wall, {store_cpu:.1f} ms CPU "
          f"({len(files)} CSV files, {rows} rows, facts derived)")
    print(f"baseline raw duckdb read_csv (sniffing) of the same files, median of {runs}: {raw_ms:.1f} ms wall, "
          f"{raw_cpu:.1f} ms CPU")
    print(f"ratio DataStore / raw read_csv: {store_ms / raw_ms:.2f} (wall), {store_cpu / raw_cpu:.2f} (CPU)")
    print(f"os.cpu_count() = {os.cpu_count()}, load average = {os.getloadavg()[0]:.2f} (measurements are noisy "
          "when the machine is busy)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
