"""The bundled data in a form that needs no parsing at start: a DuckDB file built from the CSVs.

``DataStore`` reads ~20 CSV files and derives the fact table on every start (~60 ms of CPU on a quiet
machine, more than the rest of ``handwerksmonitor profile``). The result is the same every time until
an input changes, so it is kept as a DuckDB file and attached read-only on the next start (~5 ms).

The file is never trusted blindly: its name carries a key over everything the tables are made from,
so a changed input can only miss the cache, never serve stale data:

- the bytes of every bundled CSV, ``datasets.json`` and ``csv_schema.json`` (CRC-32 each);
- the loader code (bytecode and constants of the functions that build the tables, not line numbers);
- the DuckDB version (file format) and ``FORMAT`` below.

Where the file comes from: the frozen bundle may carry one built at packaging time
(``resources/prebuilt/``, see build.spec); otherwise the first start builds the tables from the CSVs and
writes the file to the user's cache folder (atomically; a failure only costs the speed-up). Old files
with other keys are removed then. ``tests/core/test_prebuilt.py`` checks that the attached tables equal
what the CSVs give.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import types
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import duckdb

import resources
from core import paths

FORMAT = 2
PREFIX = "bundled-data-"
ALIAS = "prebuilt"
COUNTS = "_prebuilt_row_counts"  # rows per table when written (DataStore.report)


def _code_digest(code: types.CodeType, crc: int) -> int:
    """CRC over what a function does: bytecode, names and constants (nested code too), no line numbers."""
    crc = zlib.crc32(code.co_code, crc)
    crc = zlib.crc32(repr((code.co_names, code.co_varnames)).encode(), crc)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            crc = _code_digest(const, crc)
        else:
            crc = zlib.crc32(repr(const).encode(), crc)
    return crc


def key(files: Iterable[Path], code: Iterable[Callable[..., object]] = (), extra: str = "") -> str:
    """Hex key over the input files' names and bytes, the loader functions and the DuckDB version."""
    crc = zlib.crc32(f"{FORMAT}|{duckdb.__version__}|{extra}".encode())
    for f in files:
        crc = zlib.crc32(f.name.encode(), crc)
        crc = zlib.crc32(f.read_bytes(), crc)
    for fn in code:
        # dynamic: a functools.cache wrapper has ``__wrapped__`` (its code is the function's), a plain function not
        crc = _code_digest(getattr(fn, "__wrapped__", fn).__code__, crc)
    return f"{crc:08x}"


def file_name(k: str) -> str:
    return f"{PREFIX}{k}.duckdb"


def bundled_file(k: str) -> Path:
    """Where a packaging-time build sits in the frozen bundle (absent in a checkout)."""
    return resources.path("prebuilt", file_name(k))


def cache_file(k: str) -> Path:
    return paths.cache_dir() / file_name(k)


def attach(con: duckdb.DuckDBPyConnection, k: str) -> Path | None:
    """Attach the prebuilt file for key ``k`` read-only and make each of its tables a view in ``main``;
    the file used, or None (no file, or one DuckDB cannot open: it is removed from the cache)."""
    for f in (bundled_file(k), cache_file(k)):
        if not f.is_file():
            continue
        try:
            con.execute(f"ATTACH '{_sql_path(f)}' AS {ALIAS} (READ_ONLY)")
        except duckdb.Error:
            if f.parent == paths.cache_dir():
                with contextlib.suppress(OSError):
                    f.unlink()
            continue
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [ALIAS]).fetchall()]
        for t in tables:
            if t != COUNTS:
                con.execute(f'CREATE OR REPLACE VIEW main."{t}" AS SELECT * FROM {ALIAS}."{t}"')
        return f
    return None


def row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table as counted when the attached prebuilt file was written."""
    return {str(t): int(n) for t, n in con.execute(f'SELECT name, n FROM {ALIAS}."{COUNTS}"').fetchall()}


def write(con: duckdb.DuckDBPyConnection, tables: Iterable[str], target: Path) -> None:
    """Copy ``tables`` of ``con``'s main database into a new DuckDB file ``target``, atomically: built
    under a temporary name in the same folder, then moved into place (no half-written cache file).
    Not ``core.export.atomic``: importing the export package would load openpyxl on the start-up path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        # 16 KiB blocks: ~20 small tables take 0.7 MB instead of 5 MB with the default 256 KiB blocks
        con.execute(f"ATTACH '{_sql_path(tmp)}' AS prebuilt_out (BLOCK_SIZE 16384)")
        try:
            counts = []
            for t in tables:
                n = con.execute(f'CREATE TABLE prebuilt_out."{t}" AS SELECT * FROM main."{t}"').fetchone()
                counts.append((t, int(n[0]) if n else 0))
            con.execute(f'CREATE TABLE prebuilt_out."{COUNTS}" (name VARCHAR, n BIGINT)')
            con.executemany(f'INSERT INTO prebuilt_out."{COUNTS}" VALUES (?, ?)', counts)
        finally:
            con.execute("DETACH prebuilt_out")
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def save(con: duckdb.DuckDBPyConnection, tables: Iterable[str], k: str) -> Path | None:
    """Best effort: write the cache file for key ``k`` and remove older ones; the file, or None."""
    target = cache_file(k)
    try:
        write(con, tables, target)
    except (duckdb.Error, OSError):
        return None
    for old in target.parent.glob(f"{PREFIX}*.duckdb"):
        if old != target:
            with contextlib.suppress(OSError):  # another process may still have it open (Windows)
                old.unlink()
    return target


def code_digest(*functions: Callable[..., object]) -> str:
    """Hex CRC over what these functions do (bytecode, names, constants; not line numbers)."""
    crc = 0
    for fn in functions:
        # dynamic: a functools.cache wrapper has ``__wrapped__`` (its code is the function's), a plain function not
        crc = _code_digest(getattr(fn, "__wrapped__", fn).__code__, crc)
    return f"{crc:08x}"


def cached_json(name: str, k: str, compute: Callable[[], Any]) -> Any:
    """``compute()`` (JSON-serialisable) once per key ``k``: read from ``<name>-<k>.json`` in the bundle's
    prebuilt folder or the user cache, else computed and saved to the cache (best effort, atomically)."""
    fname = f"{name}-{k}.json"
    for f in (resources.path("prebuilt", fname), paths.cache_dir() / fname):
        try:
            return json.loads(f.read_text("utf-8"))
        except (OSError, ValueError):
            continue
    value = compute()
    target = paths.cache_dir() / fname
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(value), encoding="utf-8")
        os.replace(tmp, target)
        for old in target.parent.glob(f"{name}-*.json"):
            if old != target:
                with contextlib.suppress(OSError):
                    old.unlink()
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return value


def _sql_path(p: Path) -> str:
    return str(p).replace("'", "''")
