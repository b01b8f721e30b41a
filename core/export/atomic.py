"""Atomic file writing: a temp file in the target folder, fsync, then ``os.replace``.

Either the complete new file is in place, or the previous file (if any) is untouched; no temp file is
left behind. A target that is open in Excel (Windows locks it) or a read-only folder gives a clear
:class:`~core.errors.ExportError` in German and English.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from core.errors import ExportError


def _locked(target: Path, exc: OSError) -> ExportError:
    return ExportError(
        f"Die Datei „{target}“ kann nicht geschrieben werden: Sie ist in einem anderen Programm geöffnet "
        "oder der Ordner ist schreibgeschützt. Bitte schließen Sie die Datei (z. B. in Excel) oder wählen "
        f"Sie einen anderen Speicherort. ({exc.strerror or exc})",
        f"Cannot write '{target}': it is open in another program or the folder is read-only. Close the "
        f"file (e.g. in Excel) or choose another location. ({exc.strerror or exc})",
    )


def atomic_write(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call ``write(temp_path)`` and move the finished file to ``target`` in one step.

    Raises:
        ExportError: the folder does not exist, is not writable, the target is locked, or writing
            failed (disk full, ...). The previous target, if any, is left as it was.
    """
    target = Path(target).expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            f"Der Ordner „{folder}“ existiert nicht. Bitte wählen Sie einen vorhandenen Ordner.",
            f"The folder '{folder}' does not exist. Please choose an existing folder.",
        )
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _locked(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        os.close(fd)
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except PermissionError as exc:
        raise _locked(target, exc) from exc
    except OSError as exc:
        raise ExportError(
            f"Die Datei „{target}“ konnte nicht geschrieben werden: {exc.strerror or exc}. "
            "Bitte prüfen Sie den freien Speicherplatz und den Speicherort.",
            f"Could not write '{target}': {exc.strerror or exc}. Check free disk space and the location.",
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return target
