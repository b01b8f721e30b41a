"""Benchmark: importing a chamber register extract of 1,000,000 businesses (30 years of entries and deletions).

The file is made by the seeded test generator (``tests/data/register/make_register.py --germany``:
the real register layout with identifier, Firma, address, AGS, Rechtsform, entry/deletion dates,
ground of entry, Anlage, crafts in every spelling, birth dates; districts of all 16 states) and cached
in the temp folder. Each measurement runs in a fresh process (so peak memory is that run's own):

* ``read_register`` — header recognition, DuckDB read of the used columns, every check (dates,
  duplicates, areas, Anlage, crafts), counting stocks, flows and owner age bands, SHA-256;
* the baseline: DuckDB's bare ``read_csv`` of the same file into a table (``SELECT *``).

The two run in alternating pairs (baseline, import, baseline, import …) so that a change in the machine's
load hits both alike; the time ratio is the median of the pair-by-pair ratios (goal ≤ 2×), with its range.
Also printed: CPU time (user + system of all threads) of the timed part — steadier than wall time on a
shared machine, and what the wall ratio tends to when the cores are busy — and the ratio of the peak
resident memory (goal ≤ 1.5×).

    .venv/bin/python benchmarks/bench_import.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "register"))
sys.path.insert(0, str(ROOT / "benchmarks"))

_CPU = "def cpu():\n    r = resource.getrusage(resource.RUSAGE_SELF)\n    return r.ru_utime + r.ru_stime\n"

_BARE = """
import json, resource, sys, time
import duckdb
""" + _CPU + """
con = duckdb.connect(":memory:")
t0, c0 = time.perf_counter(), cpu()
con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?, delim = ';', header = true)", [sys.argv[1]])
dt, dc = time.perf_counter() - t0, cpu() - c0
print(json.dumps({"seconds": dt, "cpu": dc, "rows": con.execute("SELECT count(*) FROM t").fetchone()[0],
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_IMPORT = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
import duckdb, pandas  # imported before the clock starts, as in the bare run
from core.imports.register import read_register
from core.regions import load_region
""" + _CPU + """
region = load_region()
t0, c0 = time.perf_counter(), cpu()
batch = read_register(sys.argv[1], region)
dt, dc = time.perf_counter() - t0, cpu() - c0
print(json.dumps({"seconds": dt, "cpu": dc, "rows": batch.rows_read, "values": len(batch.values),
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def register_file(rows: int) -> Path:
    """The generated register (cached in the temp folder by row count and generator version)."""
    import make_register

    # hashlib, not hash(): bytes hashes are salted per process, so the cache never hit and every run
    # generated the file anew (and left a 135 MB copy behind)
    src = hashlib.sha256(Path(make_register.__file__).read_bytes()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"hwm-bench-register-{rows}-{src}.csv"
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
    from procs import pair_stats

    path = register_file(rows)
    bare, imp = [], []
    for _ in range(repeat):  # alternating pairs: load changes hit both sides alike
        bare.append(_run(_BARE, str(path)))
        imp.append(_run(_IMPORT, str(path), str(ROOT)))
    wall = pair_stats([r["seconds"] for r in imp], [r["seconds"] for r in bare])
    cpu = pair_stats([r["cpu"] for r in imp], [r["cpu"] for r in bare])
    rss = pair_stats([r["rss_mib"] for r in imp], [r["rss_mib"] for r in bare])
    return {"rows": rows, "mb": path.stat().st_size / 2**20, "values": imp[0]["values"],
            "wall": wall, "cpu": cpu, "rss": rss,
            "bare_s": wall.baseline, "import_s": wall.value, "time_ratio": wall.ratio,
            "bare_rss": rss.baseline, "import_rss": rss.value, "rss_ratio": rss.ratio}


def measure(quick: bool = False) -> list:
    """For benchmarks/run_all.py: the 1,000,000-row register import against DuckDB's bare read_csv (time,
    CPU time, peak memory; pair-by-pair ratios)."""
    from harness import Result

    repeat = 1 if quick else 3
    r = run(1_000_000, repeat)
    return [Result.from_pairs("import 1,000,000-row register extract (all checks, counted)", r["wall"],
                              "DuckDB bare read_csv", "ms", scale=1000),
            Result.from_pairs("CPU time of that import (all threads)", r["cpu"], "DuckDB bare read_csv", "ms",
                              scale=1000),
            Result.from_pairs("peak memory of that import", r["rss"], "DuckDB bare read_csv", "MiB")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    r = run(args.rows, args.repeat)
    n = args.repeat
    print(f"register extract: {r['rows']:,} rows, {r['mb']:.1f} MB; counted to {r['values']:,} values")
    for key, what in (("wall", "time"), ("cpu", "CPU time")):
        st = r[key]
        print(f"{what:8s} DuckDB bare read_csv {st.baseline:.2f} s, read_register {st.value:.2f} s "
              f"(medians of {n}); ratio {st.ratio:.2f}x (pairs {st.ratio_min:.2f}-{st.ratio_max:.2f})")
    st = r["rss"]
    print(f"peak RSS DuckDB bare read_csv {st.baseline:.0f} MiB, read_register {st.value:.0f} MiB; "
          f"ratio {st.ratio:.2f}x")
    print(f"goals: time <= 2x ({'met' if r['time_ratio'] <= 2 else 'MISSED'}), memory <= 1.5x "
          f"({'met' if r['rss_ratio'] <= 1.5 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
