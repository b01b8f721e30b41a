"""Frozen bundle: size and installer archive against a naive PyInstaller build; frozen start-up.

- size of ``dist/Handwerksmonitor`` (build.spec) vs ``dist-naive/Handwerksmonitor`` (plain
  ``pyinstaller gui/__main__.py`` with the resources and every app module, no excludes), in MiB as
  ``du`` counts them (file sizes, symlinks not followed); build the naive one with
  ``.venv/bin/python benchmarks/bench_bundle.py --build-naive``;
- the installer archive ``dist/handwerksmonitor-<version>-linux-x86_64.tar.gz`` (installers/linux/build.sh)
  vs the naive bundle packed the same way (tar + gzip -6, cached next to the naive build);
- frozen start-up to the first district profile with data (CPU at the probe marker) vs the same app
  started from source, pair by pair.

    .venv/bin/python benchmarks/bench_bundle.py [--build-naive] [--quick]
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import procs  # noqa: E402
from harness import ROOT, Result, print_table  # noqa: E402

LEAN = ROOT / "dist" / "Handwerksmonitor"
NAIVE = ROOT / "dist-naive" / "Handwerksmonitor"
NAIVE_TGZ = ROOT / "dist-naive" / "naive-linux-x86_64.tar.gz"


def dir_mib(path: Path) -> float:
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def build_naive() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--name", "Handwerksmonitor",
         "--distpath", str(ROOT / "dist-naive"), "--workpath", str(ROOT / "build-naive"),
         "--specpath", str(ROOT / "build-naive"), "--add-data", f"{ROOT / 'resources'}:resources",
         "--paths", str(ROOT), "--collect-submodules", "core", "--collect-submodules", "gui",
         str(ROOT / "gui" / "__main__.py")],
        check=True, cwd=ROOT,
    )
    NAIVE_TGZ.unlink(missing_ok=True)


def _archive() -> Path | None:
    found = sorted((ROOT / "dist").glob("handwerksmonitor-*-linux-x86_64.tar.gz"))
    return found[-1] if found else None


def _naive_archive() -> Path:
    if not NAIVE_TGZ.exists() or NAIVE_TGZ.stat().st_mtime < NAIVE.stat().st_mtime:
        with tarfile.open(NAIVE_TGZ, "w:gz", compresslevel=6) as tar:
            tar.add(NAIVE, arcname="Handwerksmonitor")
    return NAIVE_TGZ


def measure(quick: bool = False) -> list[Result]:
    if not LEAN.exists():
        raise RuntimeError("no bundle in dist/Handwerksmonitor (run installers/linux/build.sh)")
    naive = dir_mib(NAIVE) if NAIVE.exists() else float("nan")
    out = [Result("frozen bundle (build.spec)", dir_mib(LEAN),
                  "naive PyInstaller build" if NAIVE.exists() else "naive build (not built: --build-naive)",
                  naive, "MiB", goal="≤ 220 MiB")]
    archive = _archive()
    if archive is not None:
        base = _naive_archive().stat().st_size / 2**20 if NAIVE.exists() else float("nan")
        out.append(Result("installer archive (tar.gz)", archive.stat().st_size / 2**20,
                          "naive build, tar.gz", base, "MiB"))
    if not quick:
        from bench_startup import sample

        runs = 5
        frozen, _ = sample(runs, [str(LEAN / "Handwerksmonitor")])
        source, _ = sample(runs)
        stat = procs.pair_stats([s.marks["data_shown"][1] for s in frozen], [s.marks["data_shown"][1] for s in source])
        out.append(Result.from_pairs("frozen start → profile with data", stat, "same app from source", "s CPU"))
    return out


if __name__ == "__main__":
    if "--build-naive" in sys.argv:
        build_naive()
    print_table(measure(quick="--quick" in sys.argv))
