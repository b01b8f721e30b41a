"""Benchmark: importing a register-sized chamber CSV (1,000,000 rows, one per business).

Generates a Handwerksrolle extract (Betriebsnummer; Kreis; Jahr; Gewerbegruppe; Beschäftigte;
Inhaberalter) with a fixed seed, then measures (median of ``--repeat`` runs):

* ``read_import`` — encoding check, hash, DuckDB read, all validations, aggregation to values;
* DuckDB's bare ``read_csv`` of the same file into a table (the floor);

and prints both, their ratio and the peak resident memory of the process.

    .venv/bin/python benchmarks/bench_import.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.datastore import GEWERBEGRUPPEN  # noqa: E402
from core.imports.pipeline import read_import  # noqa: E402
from core.regions import load_region  # noqa: E402


def generate(path: Path, rows: int, seed: int = 1) -> None:
    """Synthetic register rows (random but plausible), written in 100k-row chunks."""
    rng = np.random.default_rng(seed)
    districts = load_region().district_codes
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("Betriebsnummer;Kreis;Jahr;Gewerbegruppe;Beschäftigte;Inhaberalter\n")
        chunk = 100_000
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            d = rng.integers(0, len(districts), n)
            y = rng.integers(2019, 2025, n)
            g = rng.integers(0, len(GEWERBEGRUPPEN), n)
            e = rng.integers(1, 40, n)
            a = rng.integers(20, 75, n)
            lines = [
                f"B{start + i:08d}-{y[i]};{districts[d[i]]};{y[i]};{GEWERBEGRUPPEN[g[i]]};{e[i]};{a[i]}\n"
                for i in range(n)
            ]
            fh.write("".join(lines))


def bare_read(path: Path) -> float:
    con = duckdb.connect(":memory:")
    t0 = time.perf_counter()
    con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?, delim = ';', header = true)", [str(path)])
    dt = time.perf_counter() - t0
    con.close()
    return dt


def full_import(path: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    batch = read_import(path)
    return time.perf_counter() - t0, len(batch.values)


def measure(quick: bool = False) -> list:
    """1,000,000-row register CSV: full checked import vs DuckDB's bare read_csv of the same file."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from harness import Result

    repeat = 1 if quick else 3
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "handwerksrolle.csv"
        generate(path, 1_000_000)
        bare = statistics.median(bare_read(path) for _ in range(repeat))
        imp = statistics.median(full_import(path)[0] for _ in range(repeat))
    return [Result("import 1,000,000-row register CSV (checked)", imp * 1000, "DuckDB bare read_csv", bare * 1000,
                   runs=repeat)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "handwerksrolle.csv"
        t0 = time.perf_counter()
        generate(path, args.rows)
        print(f"generated {args.rows:,} rows ({path.stat().st_size / 2**20:.1f} MB) in {time.perf_counter() - t0:.1f} s")
        bare = statistics.median(bare_read(path) for _ in range(args.repeat))
        runs = [full_import(path) for _ in range(args.repeat)]
        imp = statistics.median(r[0] for r in runs)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux
        print(f"DuckDB bare read_csv: {bare:.2f} s (median of {args.repeat})")
        print(f"read_import (checked, aggregated to {runs[0][1]:,} values): {imp:.2f} s (median of {args.repeat})")
        print(f"ratio import / bare read_csv: {imp / bare:.1f}x")
        print(f"peak RSS of the process: {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
