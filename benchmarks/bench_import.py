"""Benchmark: importing a chamber register extract of 1,000,000 businesses (30 years of entries and deletions).

The file is made by the seeded test generator (``tests/data/register/make_register.py --germany``:
the real register layout with identifier, Firma, address, AGS, Rechtsform, entry/deletion dates,
ground of entry, Anlage, crafts in every spelling, birth dates; districts of all 16 states) and cached
in the temp folder. Each measurement runs in a fresh process (so peak memory is that run's own):

* ``read_register`` — header recognition, DuckDB read of the used columns, every check (dates,
  duplicates, areas, Anlage, crafts), counting stocks, flows and owner age bands, SHA-256;
* the baseline: DuckDB's bare ``read_csv`` of the same file into a table (``SELECT *``).

Prints the medians of ``--repeat`` runs, the time ratio (goal ≤ 2×) and the ratio of the peak resident
memory (goal ≤ 1.5×).

    .venv/bin/python benchmarks/bench_import.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "register"))

_BARE = """
import json, resource, sys, time
import duckdb
con = duckdb.connect(":memory:")
t0 = time.perf_counter()
con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?, delim = ';', header = true)", [sys.argv[1]])
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "rows": con.execute("SELECT count(*) FROM t").fetchone()[0],
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_IMPORT = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
import duckdb, pandas  # imported before the clock starts, as in the bare run
from core.imports.register import read_register
from core.regions import load_region
region = load_region()
t0 = time.perf_counter()
batch = read_register(sys.argv[1], region)
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "rows": batch.rows_read, "values": len(batch.values),
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def register_file(rows: int) -> Path:
    """The generated register (cached in the temp folder by row count and generator version)."""
    import make_register

    src = Path(make_register.__file__).read_bytes()
    path = Path(tempfile.gettempdir()) / f"hwm-bench-register-{rows}-{abs(hash(src)) % 10**8}.csv"
    if not path.exists():
        t0 = time.perf_counter()
        tmp = path.with_suffix(".part")
        make_register.generate(tmp, rows, seed=1, germany=True)
        tmp.replace(path)
        print(f"generated {rows:,} rows ({path.stat().st_size / 2**20:.1f} MB) in {time.perf_counter() - t0:.0f} s",
              file=sys.stderr)
    return path


def _run(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(rows: int, repeat: int) -> dict:
    path = register_file(rows)
    bare = [_run(_BARE, str(path)) for _ in range(repeat)]
    imp = [_run(_IMPORT, str(path), str(ROOT)) for _ in range(repeat)]
    res = {
        "rows": rows,
        "mb": path.stat().st_size / 2**20,
        "bare_s": statistics.median(r["seconds"] for r in bare),
        "import_s": statistics.median(r["seconds"] for r in imp),
        "bare_rss": statistics.median(r["rss_mib"] for r in bare),
        "import_rss": statistics.median(r["rss_mib"] for r in imp),
        "values": imp[0]["values"],
    }
    res["time_ratio"] = res["import_s"] / res["bare_s"]
    res["rss_ratio"] = res["import_rss"] / res["bare_rss"]
    return res


def measure(quick: bool = False) -> list:
    """For benchmarks/run_all.py: the 1,000,000-row register import against DuckDB's bare read_csv."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from harness import Result

    repeat = 1 if quick else 3
    r = run(1_000_000, repeat)
    return [Result("import 1,000,000-row register extract (all checks, counted)", r["import_s"] * 1000,
                   "DuckDB bare read_csv", r["bare_s"] * 1000, runs=repeat),
            Result("peak memory of that import", r["import_rss"], "DuckDB bare read_csv", r["bare_rss"],
                   unit="MiB", runs=repeat)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    r = run(args.rows, args.repeat)
    print(f"register extract: {r['rows']:,} rows, {r['mb']:.1f} MB; counted to {r['values']:,} values")
    print(f"DuckDB bare read_csv: {r['bare_s']:.2f} s, peak RSS {r['bare_rss']:.0f} MiB (median of {args.repeat})")
    print(f"read_register:        {r['import_s']:.2f} s, peak RSS {r['import_rss']:.0f} MiB (median of {args.repeat})")
    print(f"ratio time {r['time_ratio']:.2f}x (goal <= 2), memory {r['rss_ratio']:.2f}x (goal <= 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
