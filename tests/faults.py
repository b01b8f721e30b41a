"""Fault injection for the reliability tests: a disk that is full, a folder that is read-only.

Where the tests run as root and may mount (the development container and CI), both are real: a tiny
``tmpfs`` that fills up (the kernel answers ENOSPC), and a ``tmpfs`` remounted read-only (EROFS, which
also stops root). Elsewhere the fallback is a monkeypatched failure at the same place the kernel would
report it (``os.fsync`` → ENOSPC; ``os.access`` → read-only), and the tests say which one ran.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(args: list[str]) -> bool:
    try:
        return subprocess.run(["mount", *args], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _umount(folder: Path) -> None:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=20)


def can_mount() -> bool:
    """True where a tmpfs can be mounted (root with CAP_SYS_ADMIN)."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    probe = Path(tempfile.mkdtemp(prefix="hwm-mount-probe-"))
    try:
        if not _mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)]):
            return False
        _umount(probe)
        return True
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()


@contextlib.contextmanager
def small_disk(size_kb: int = 512) -> Iterator[Path]:
    """A folder on its own ``size_kb`` file system (tmpfs); skips the test where mounting is impossible."""
    if not can_mount():
        pytest.skip("tmpfs needs root; the monkeypatched variant of this test runs instead")
    folder = Path(tempfile.mkdtemp(prefix=f"hwm-disk-{uuid.uuid4().hex[:6]}-"))
    if not _mount(["-t", "tmpfs", "-o", f"size={size_kb}k,mode=1777", "tmpfs", str(folder)]):
        folder.rmdir()
        pytest.skip("tmpfs could not be mounted")
    try:
        yield folder
    finally:
        _umount(folder)
        with contextlib.suppress(OSError):
            folder.rmdir()


def fill_up(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill the file system of ``folder`` until at most ``leave_bytes`` are free; returns the filler file."""
    filler = folder / ".filler"
    with filler.open("ab") as fh:
        chunk = b"\0" * 65536
        while True:
            free = shutil.disk_usage(folder).free
            if free <= leave_bytes:
                break
            try:
                fh.write(chunk[: max(1, min(len(chunk), free - leave_bytes))])
                fh.flush()
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
    return filler


def make_read_only(folder: Path) -> None:
    """Remount the tmpfs at ``folder`` read-only (EROFS for everyone, root included)."""
    if not _mount(["-o", "remount,ro", str(folder)]):
        pytest.skip("remount read-only failed")


def make_writable(folder: Path) -> None:
    _mount(["-o", "remount,rw", str(folder)])


def disk_full_by_patch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fallback without root: the flush to disk fails with ENOSPC, as on a full disk with delayed
    allocation (the data were accepted into the page cache and cannot be written out)."""

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("core.atomic_file.os.fsync", no_space)


def tree_state(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its content (hidden temp files included)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
