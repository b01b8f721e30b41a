"""Check the user database's write-ahead log (WAL) before DuckDB replays it, so no damage goes unnoticed.

DuckDB appends every committed transaction to ``<db>.wal`` and folds it into the file at a checkpoint.
When it replays a WAL whose *last* entries are cut off or fail their checksum, it silently drops them
(the right thing after a crash in the middle of a commit, the wrong thing for a log damaged later) and
then deletes the WAL at the next checkpoint. So before a writable open, :func:`inspect` walks the log:

    header | [size u64][checksum u64][payload] | [size][checksum][payload] | ...

(little endian; the checksum is DuckDB's: ``5381 XOR (x·0xbf58476d1ce4e5b9 mod 2^64)`` over the payload's
8-byte words, XOR a MurmurHash64A-style hash of the 0–7 remaining bytes). A transaction ends with a
``WAL_FLUSH`` entry (payload ``64 00 64 …``: field 100 = entry type 100). Outcomes:

* ``ok`` — every entry intact, the last one a flush: DuckDB replays all of it;
* ``torn`` — the log ends inside a transaction (a crash while committing: that edit was never confirmed);
* ``damaged`` — an entry fails its checksum or its size runs past the end: some committed edits cannot
  be replayed;
* ``unknown`` — not the log format this check knows (another DuckDB version): left to DuckDB.

For ``torn`` and ``damaged``, :func:`set_aside` moves the original log next to the database
(``<db>.wal.damaged-<time>``, never deleted) and puts back only its intact prefix (every complete
transaction before the damage), which DuckDB then replays. The caller tells the user, naming the file.
"""

from __future__ import annotations

import datetime as dt
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from core.atomic_file import write_bytes

_M = 0xBF58476D1CE4E5B9
_M2 = 0xC6A4A7935BD1E995
_SEED = 0xE17A1465
_MASK = (1 << 64) - 1
_FLUSH = b"\x64\x00\x64"
_VERSION_ENTRY = b"\x64\x00\x62"  # field 100 = WAL_VERSION (98): the header of a DuckDB ≥ 1.1 log
_MAX_HEADER = 512


def _remainder(tail: bytes) -> int:
    """DuckDB's ``ChecksumRemainder`` for fewer than 8 bytes (MurmurHash64A finalisation)."""
    h = (_SEED ^ (len(tail) * _M2)) & _MASK
    if tail:
        for i in range(len(tail) - 1, -1, -1):
            h ^= tail[i] << (8 * i)
        h = (h * _M2) & _MASK
    h ^= h >> 47
    h = (h * _M2) & _MASK
    h ^= h >> 47
    return h


def checksum(payload: bytes) -> int:
    """DuckDB's ``Checksum(buffer, size)``."""
    n = len(payload) // 8
    result = 5381
    if n:
        if n > 64:
            import numpy as np

            words = np.frombuffer(payload, dtype="<u8", count=n)
            result ^= int(np.bitwise_xor.reduce(words * np.uint64(_M)))
        else:
            for (w,) in struct.iter_unpack("<Q", payload[: n * 8]):
                result ^= (w * _M) & _MASK
    if len(payload) % 8:
        result ^= _remainder(payload[n * 8:])
    return result


@dataclass(frozen=True)
class WalState:
    status: str  # ok | torn | damaged | unknown | none
    size: int = 0
    good_prefix: int = 0  # bytes up to the end of the last intact transaction
    damaged_at: int | None = None  # offset of the first bad entry
    transactions: int = 0  # complete transactions before the damage


def _frame_ok(data: bytes, pos: int) -> bool:
    if len(data) - pos < 16:
        return False
    size, chk = struct.unpack_from("<QQ", data, pos)
    return bool(size <= len(data) - pos - 16 and checksum(data[pos + 16: pos + 16 + size]) == chk)


def inspect_bytes(data: bytes) -> WalState:
    if not data:
        return WalState("none")
    if not data.startswith(_VERSION_ENTRY):
        return WalState("unknown", len(data))
    header_end = next((p for p in range(3, min(_MAX_HEADER, len(data))) if _frame_ok(data, p)), None)
    if header_end is None:
        # the header alone (a log that was opened but never written to) is fine; anything else is damage
        tail = data.rfind(b"\xff\xff", 0, _MAX_HEADER)
        if tail != -1 and tail + 2 == len(data):
            return WalState("ok", len(data), len(data))
        return WalState("damaged", len(data), 0, 0)
    pos = last_commit = header_end
    commits = 0
    while pos < len(data):
        if len(data) - pos < 16:
            return WalState("torn", len(data), last_commit, pos, commits)
        size, chk = struct.unpack_from("<QQ", data, pos)
        if size > len(data) - pos - 16:
            # a crash leaves a frame whose (plausible) size runs past the end; a huge size is a damaged field
            return WalState("torn" if size < (1 << 26) else "damaged", len(data), last_commit, pos, commits)
        payload = data[pos + 16: pos + 16 + size]
        if checksum(payload) != chk:
            return WalState("damaged", len(data), last_commit, pos, commits)
        pos += 16 + size
        if payload.startswith(_FLUSH):
            last_commit = pos
            commits += 1
    if last_commit != len(data):
        return WalState("torn", len(data), last_commit, last_commit, commits)
    return WalState("ok", len(data), len(data), None, commits)


def wal_path(db: Path) -> Path:
    return db.with_name(db.name + ".wal")


def inspect(db: Path) -> WalState:
    """The state of ``db``'s WAL (``none`` if there is none)."""
    wal = wal_path(db)
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return WalState("none")
    return inspect_bytes(data)


def replays_on_a_copy(db: Path) -> bool:
    """Does DuckDB really replay this WAL? Tried on a copy of file and log: a log DuckDB refuses raises, and
    one whose header it does not accept (e.g. a damaged database identifier) it silently ignores — then the
    log is still there after a checkpoint. Used when :func:`inspect` found complete transactions."""
    import shutil
    import tempfile

    import duckdb

    folder = Path(tempfile.mkdtemp(prefix="hwm-walcheck-"))
    try:
        copy = folder / db.name
        shutil.copyfile(db, copy)
        shutil.copyfile(wal_path(db), wal_path(copy))
        try:
            con = duckdb.connect(str(copy))
            try:
                con.execute("CHECKPOINT")
            finally:
                con.close()
        except duckdb.Error:
            return False
        left = wal_path(copy)
        return not (left.exists() and left.stat().st_size > 0)
    except OSError:
        return True  # no room for the trial: leave the log to DuckDB as before
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def set_aside(db: Path, state: WalState) -> Path:
    """Move the WAL to ``<db>.wal.damaged-<time>`` (kept) and put back its intact prefix; returns the
    set-aside path. Call only while no process has the database open."""
    wal = wal_path(db)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = wal.with_name(f"{wal.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = wal.with_name(f"{wal.name}.damaged-{stamp}-{n}")
    data = wal.read_bytes()[: state.good_prefix]
    os.replace(wal, aside)
    if state.good_prefix and data.startswith(_VERSION_ENTRY):
        write_bytes(wal, data)
    return aside
