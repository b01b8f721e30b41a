"""Headless command line against ``python -c "import duckdb"``, whole processes, CPU time, pair by pair.

The commands are run through the installed entry point (``.venv/bin/handwerksmonitor``, the same
launcher a user starts), each a fresh process, for a returning user (the user database exists, the
prebuilt data are in the cache after the warm-up run); the baseline is the floor of any DuckDB-backed answer:
the interpreter plus ``import duckdb``. One discarded warm-up pair, then alternating runs.

    .venv/bin/python benchmarks/bench_cli.py [--runs 7]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import procs  # noqa: E402
from harness import Result, print_table  # noqa: E402

COMMANDS = {
    "profile": ["profile", "Saalekreis", "--json"],
    "districts": ["districts"],
    "sources": ["sources"],
}


def make_user_db(env: dict[str, str]) -> None:
    """A returning user: the window has created the user database (nothing imported)."""
    import subprocess

    subprocess.run([sys.executable, "-c", "from core.userdb import open_user_db; open_user_db().close()"],
                   env=env, check=True, timeout=120, cwd=procs.ROOT)


def entry_point() -> list[str]:
    exe = Path(sys.executable).with_name("handwerksmonitor")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "gui.launcher"]


def measure(quick: bool = False, runs: int | None = None) -> list[Result]:
    runs = runs or (3 if quick else 7)
    env = procs.env_with(HANDWERKSMONITOR_HOME=tempfile.mkdtemp(prefix="hwm-bench-cli-"))
    make_user_db(env)
    base_cmd = [sys.executable, "-c", "import duckdb"]
    out = []
    for args in COMMANDS.values():
        cmd = entry_point() + args
        apps, bases = procs.pairs(lambda cmd=cmd: procs.checked(procs.run(cmd, env), " ".join(cmd)),
                                  lambda: procs.checked(procs.run(base_cmd, env), "import duckdb"), runs)
        stat = procs.pair_stats([a.cpu for a in apps], [b.cpu for b in bases])
        label = f"`handwerksmonitor {' '.join(args)}`"
        out.append(Result.from_pairs(label, stat, 'python -c "import duckdb"', "s CPU", "≤ 2×"))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args(argv)
    print_table(measure(runs=args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
