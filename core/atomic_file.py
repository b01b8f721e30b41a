"""The one way the program writes a file: complete and in place, or not at all.

``atomic_write(target, write)`` lets ``write(temp)`` produce the file under a temporary name in the
target's own folder (same file system, so the final rename is atomic), checks the result, flushes it
to the disk (``fsync``), and only then renames it over ``target`` (and syncs the folder). So:

* the previous file, if any, stays untouched until the new one is complete: a full disk, a killed
  process or a failing writer never leave a truncated or empty file under the target's name;
* the temporary file is removed on any failure (also ``KeyboardInterrupt``); if the process is killed
  before it can, the next start removes it (:func:`clean_stale_temps`, from a small journal of pending
  writes in the user folder, and from every folder written to);
* a target that is read-only (no write permission, or no write bit at all — which also stops root) is
  refused with a clear message instead of being silently replaced;
* the new file gets the permissions of the file it replaces, or for a new file the user's umask
  (``0666 & ~umask``), like any file the user saves;
* callers say "Geschrieben" only after this returns: the rename is the last step.

Every failure is an :class:`~core.errors.ExportError` with a German and an English message saying what
happened and what to do (choose another folder, free disk space, close the file in Excel, ...).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from core import paths
from core.errors import ExportError
from core.text_safety import shown_path

TEMP_SUFFIX = ".hwm-tmp"
_JOURNAL = "pending-writes"
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}

Verify = Callable[[Path], None]
Writer = Callable[[Path], object]  # its return value is ignored


# ------------------------------------------------------------------------------------------------ messages
def _folder_missing(folder: Path) -> ExportError:
    f = shown_path(folder)
    return ExportError(
        f"Der Ordner „{f}“ existiert nicht. Bitte wählen Sie einen vorhandenen Ordner.",
        f"The folder '{f}' does not exist. Please choose an existing folder.",
    )


def _is_folder(target: Path) -> ExportError:
    t = shown_path(target)
    return ExportError(
        f"„{t}“ ist ein Ordner, keine Datei. Bitte einen Dateinamen angeben.",
        f"'{t}' is a folder, not a file. Please give a file name.",
    )


def _read_only_target(target: Path) -> ExportError:
    t = shown_path(target)
    return ExportError(
        f"Die Datei „{t}“ ist schreibgeschützt und wird nicht überschrieben. Bitte einen anderen Dateinamen "
        "wählen oder den Schreibschutz der Datei aufheben.",
        f"The file '{t}' is read-only and is not overwritten. Choose another file name or remove the "
        "file's write protection.",
    )


def _failed(target: Path, exc: OSError) -> ExportError:
    t = shown_path(target)
    reason = shown_path(exc.strerror or exc)
    if exc.errno in _NO_SPACE:
        return ExportError(
            f"Die Datei „{t}“ konnte nicht geschrieben werden: Der Speicherplatz reicht nicht ({reason}). "
            "Eine vorhandene Datei gleichen Namens ist unverändert. Bitte Speicherplatz freigeben oder einen "
            "anderen Speicherort wählen.",
            f"Could not write '{t}': not enough disk space ({reason}). An existing file of that name is "
            "unchanged. Free some space or choose another location.",
        )
    if exc.errno in _READ_ONLY:
        return ExportError(
            f"Die Datei „{t}“ kann nicht geschrieben werden: Sie ist in einem anderen Programm geöffnet oder der "
            "Ordner ist schreibgeschützt. Bitte schließen Sie die Datei (z. B. in Excel) oder wählen Sie einen "
            f"anderen Speicherort. ({reason})",
            f"Cannot write '{t}': it is open in another program or the folder is read-only. Close the file "
            f"(e.g. in Excel) or choose another location. ({reason})",
        )
    return ExportError(
        f"Die Datei „{t}“ konnte nicht geschrieben werden: {reason}. Eine vorhandene Datei gleichen Namens ist "
        "unverändert. Bitte den Speicherort und den freien Speicherplatz prüfen.",
        f"Could not write '{t}': {reason}. An existing file of that name is unchanged. Check the location "
        "and free disk space.",
    )


def _incomplete(target: Path, detail: str) -> ExportError:
    t = shown_path(target)
    return ExportError(
        f"Die Datei „{t}“ wurde nicht vollständig erzeugt ({detail}); eine vorhandene Datei gleichen Namens ist "
        "unverändert. Bitte den freien Speicherplatz prüfen und erneut versuchen.",
        f"The file '{t}' was not produced completely ({detail}); an existing file of that name is unchanged. "
        "Check free disk space and try again.",
    )


# ------------------------------------------------------------------------------------------------ checks
def is_read_only(path: Path) -> bool:
    """True for an existing file the user may not (or should not) overwrite: no write permission, or no
    write bit for anyone (0444 — root could write it, but the user marked it read-only)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not (stat.S_IMODE(mode) & 0o222)


def check_target(target: str | os.PathLike[str]) -> Path:
    """The absolute target, or an ExportError if it cannot be written (missing folder, a folder as
    target, a read-only file). Cheap; :func:`atomic_write` calls it first, dialogs may call it early."""
    path = Path(os.fspath(target)).expanduser().absolute()
    if path.is_dir():
        raise _is_folder(path)
    if not path.parent.is_dir():
        raise _folder_missing(path.parent)
    if path.exists() and is_read_only(path):
        raise _read_only_target(path)
    return path


def verify_not_empty(path: Path) -> None:
    if path.stat().st_size == 0:
        raise _incomplete(path, "0 Bytes")


def verify_ends_with(marker: bytes, what: str) -> Verify:
    """A check that the written file ends with ``marker`` (e.g. b"%%EOF" for PDF, b"</svg>" for SVG):
    writers that swallow I/O errors (Qt's) are caught by their truncated output."""

    def check(path: Path) -> None:
        size = path.stat().st_size
        with path.open("rb") as fh:
            fh.seek(max(0, size - 1024))
            tail = fh.read()
        if size == 0 or marker not in tail:
            raise _incomplete(path, f"{what} unvollständig")

    return check


# ------------------------------------------------------------------------------------------------ temp files
def _journal_dir() -> Path | None:
    try:
        d = paths.user_home() / _JOURNAL
        d.mkdir(exist_ok=True)
        return d
    except OSError:
        return None  # read-only home: temps are still cleaned in their folder on the next write there


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - no signal-0 probe on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner_pid(temp_name: str) -> int:
    """The writer's process id encoded in a temp file name ``.<name>.<pid>-<random>.hwm-tmp``."""
    try:
        return int(temp_name[: -len(TEMP_SUFFIX)].rsplit(".", 1)[1].split("-", 1)[0])
    except (IndexError, ValueError):
        return 0


def _create_temp(folder: Path, target: Path) -> tuple[Path, int]:
    """A new empty file next to the target, created with mode 0666 so the umask applies."""
    for _ in range(20):
        tmp = folder / f".{target.name[:80]}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            # dynamic: os.O_CLOEXEC does not exist on Windows
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        except FileExistsError:
            continue
        return tmp, fd
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def clean_stale_temps(folder: Path | None = None, *, journal: bool = True) -> list[Path]:
    """Remove temporary files of writers that died (killed, power loss): those named in the journal of
    pending writes (called at every start) and, with ``folder``, those lying in that folder (called at
    every write there). A live writer's temp file is kept."""
    removed: list[Path] = []
    journal_dir = _journal_dir() if journal else None
    if journal_dir is not None:
        for entry in journal_dir.iterdir():
            try:
                pid = int(entry.name.split("-", 1)[0])
                tmp = Path(entry.read_text("utf-8", errors="surrogateescape"))
            except (OSError, ValueError):
                continue
            if _pid_alive(pid):
                continue
            if tmp.name.endswith(TEMP_SUFFIX):
                removed.extend(_remove_temp(tmp))
            with contextlib.suppress(OSError):
                entry.unlink()
    if folder is not None:
        with contextlib.suppress(OSError):
            for tmp in folder.glob(f".*{TEMP_SUFFIX}"):
                if not _pid_alive(_owner_pid(tmp.name)):
                    removed.extend(_remove_temp(tmp))
            for wal in folder.glob(f".*{TEMP_SUFFIX}.wal"):
                if not _pid_alive(_owner_pid(wal.name[: -len(".wal")])):
                    removed.extend(_remove_temp(wal))
    return removed


def _remove_temp(tmp: Path) -> list[Path]:
    """Delete a temp file and the write-ahead log DuckDB may have left beside it."""
    gone = []
    for p in (tmp, tmp.with_name(tmp.name + ".wal")):
        with contextlib.suppress(OSError):
            if p.exists() or p.is_symlink():
                p.unlink()
                gone.append(p)
    return gone


def _journal_add(tmp: Path) -> Path | None:
    journal = _journal_dir()
    if journal is None:
        return None
    entry = journal / f"{os.getpid()}-{secrets.token_hex(6)}"
    try:
        entry.write_text(os.fspath(tmp), "utf-8", errors="surrogateescape")
    except OSError:
        with contextlib.suppress(OSError):
            entry.unlink()
        return None
    return entry


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - folders cannot be opened for fsync on Windows
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ------------------------------------------------------------------------------------------------ writing
def atomic_write(target: str | os.PathLike[str], write: Writer, *,
                 verify: Verify | None = None, allow_empty: bool = False) -> Path:
    """Call ``write(temp_path)`` and put the finished file at ``target`` in one step; returns the target.

    ``write`` may replace the temp file (openpyxl, Qt and DuckDB do) but must write to that path.
    ``verify(temp_path)`` may check the result (raise OSError or ExportError when it is bad); an empty
    result is refused unless ``allow_empty``.

    Raises:
        ExportError: the folder is missing or read-only, the target is a folder or read-only, the disk
            is full, or writing failed. The previous target, if any, is left exactly as it was.
    """
    path = check_target(target)
    folder = path.parent
    clean_stale_temps(folder, journal=False)
    try:
        tmp, fd = _create_temp(folder, path)
    except OSError as exc:
        raise _failed(path, exc) from exc
    entry = _journal_add(tmp)
    done = False
    try:
        try:
            with contextlib.suppress(OSError):  # keep the permissions of the file being replaced
                if path.exists():
                    mode = stat.S_IMODE(path.stat().st_mode)
                    os.fchmod(fd, mode) if hasattr(os, "fchmod") else os.chmod(tmp, mode)
            os.close(fd)
            fd = -1
            write(tmp)
            if not allow_empty:
                verify_not_empty(tmp)
            if verify is not None:
                verify(tmp)
            sync_fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(sync_fd)
            finally:
                os.close(sync_fd)
            if path.exists() and is_read_only(path):  # made read-only while we wrote
                raise _read_only_target(path)
            os.replace(tmp, path)
            done = True
        except OSError as exc:
            raise _failed(path, exc) from exc
        _fsync_folder(folder)
    finally:
        if fd >= 0:
            with contextlib.suppress(OSError):
                os.close(fd)
        if not done:
            _remove_temp(tmp)
        if entry is not None:
            with contextlib.suppress(OSError):
                entry.unlink()
    return path


def write_buffered(target: str | os.PathLike[str], save: Callable[[io.BytesIO], None]) -> Path:
    """``save(buffer)`` builds the file in memory, then it is written atomically. For writers that leave
    their own file objects open when the disk fills up (openpyxl's ``Workbook.save``)."""
    buf = io.BytesIO()
    save(buf)
    return write_bytes(target, buf.getvalue())


def write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    """``data`` as the complete new content of ``target`` (atomic, see module docstring)."""
    return atomic_write(target, lambda tmp: tmp.write_bytes(data), allow_empty=not data)


def write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """``text`` as the complete new content of ``target`` (atomic, see module docstring)."""
    return write_bytes(target, text.encode(encoding))
