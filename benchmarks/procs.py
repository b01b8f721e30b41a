"""Whole-process measurements in pairs: a program and its baseline, alternating, on the same machine.

Each run spawns a fresh process (cold interpreter, warm OS file cache after one discarded warm-up pair)
and records its wall time from spawn, its CPU time (user + system of the process and its threads, from
``wait4``), its peak resident memory and the start-up probe markers it prints
(``HWM-MARKER <event> <unix time> <cpu s>``: wall and CPU at that moment). The ratio is taken pair by
pair (run i of the program / run i of the baseline), so a load burst on the shared machine hits both
sides of a pair; ``pair_stats`` reports medians and the min–max of the ratios.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Sample:
    wall: float  # s, spawn to exit
    cpu: float  # s, user + system
    peak_mib: float
    returncode: int
    stdout: str
    stderr: str
    marks: dict[str, tuple[float, float]] = field(default_factory=dict)  # event -> (wall from spawn, cpu)


def run(cmd: Sequence[str], env: dict[str, str] | None = None, timeout: float = 300.0,
        cwd: Path = ROOT) -> Sample:
    """Run ``cmd`` to completion; wall/CPU/peak memory of the process (and of any children it waited for)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.time()
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=out, stderr=err, text=True)
        deadline = t0 + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.time() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.time() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    marks: dict[str, tuple[float, float]] = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "HWM-MARKER":
            cpu = float(parts[3]) if len(parts) >= 4 else float("nan")
            marks.setdefault(parts[1], (float(parts[2]) - t0, cpu))
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode, stdout, stderr,
                  marks)


def checked(sample: Sample, what: str) -> Sample:
    if sample.returncode != 0:
        raise RuntimeError(f"{what} exited with {sample.returncode}: {sample.stderr[-1500:]}")
    return sample


def pairs(program: Callable[[], Sample], baseline: Callable[[], Sample], runs: int,
          warmup: int = 1) -> tuple[list[Sample], list[Sample]]:
    """``runs`` alternating (program, baseline) samples after ``warmup`` discarded pairs."""
    progs, bases = [], []
    for i in range(runs + warmup):
        p, b = program(), baseline()
        if i >= warmup:
            progs.append(p)
            bases.append(b)
    return progs, bases


@dataclass
class PairStat:
    value: float  # median of the program
    value_min: float
    value_max: float
    baseline: float  # median of the baseline
    ratio: float  # median of the pairwise ratios
    ratio_min: float
    ratio_max: float
    runs: int


def pair_stats(values: Sequence[float], baselines: Sequence[float]) -> PairStat:
    ratios = [v / b for v, b in zip(values, baselines, strict=True) if b]
    med = statistics.median
    return PairStat(med(values), min(values), max(values), med(baselines), med(ratios), min(ratios), max(ratios),
                    len(values))


def env_with(**extra: str) -> dict[str, str]:
    """The current environment plus ``extra``, without PYTHONDONTWRITEBYTECODE: an installed app runs
    from cached bytecode (the warm-up run writes it), as the baseline's site-packages do."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env
