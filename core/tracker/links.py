"""File and web links of tracker items: what may be stored, and what may be opened.

A link is stored only as an ``http(s)://`` address with a host, or as a full local path (``/…``, ``~/…``
or ``C:\\…``). Refused: other schemes (``javascript:``, ``data:``, ``file:``, ``smb:``, ``vbscript:`` …),
UNC shares (``\\\\host\\share``), relative paths, and programs or scripts by their suffix. Opening (the
tab's "Öffnen") additionally needs the local file to exist and not be a program (executable without a
document suffix), and the user sees the target as text and confirms before anything is opened.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PureWindowsPath
from urllib.parse import urlsplit

PROGRAM_SUFFIXES = frozenset({
    ".exe", ".bat", ".cmd", ".com", ".msi", ".msp", ".scr", ".pif", ".cpl", ".hta", ".reg", ".ps1", ".psm1",
    ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh", ".sh", ".bash", ".zsh", ".csh", ".desktop", ".lnk", ".url",
    ".app", ".jar", ".py", ".pyw", ".pl", ".rb", ".run", ".bin", ".appimage", ".command", ".scpt", ".dll", ".so",
})
DOCUMENT_SUFFIXES = frozenset({
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".xlsm", ".odt", ".ods", ".odp", ".ppt", ".pptx", ".txt", ".csv",
    ".png", ".jpg", ".jpeg", ".gif", ".svg", ".html", ".htm", ".md", ".rtf", ".zip", ".msg", ".eml", ".hwmtracker",
})
_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def is_url(target: str) -> bool:
    return urlsplit(target.strip()).scheme.lower() in ("http", "https")


def target_problem(target: str) -> tuple[str, str] | None:
    """(German, English) reason a link target may not be stored, or None."""
    t = target.strip()
    if not t:
        return "Das Linkziel ist leer.", "The link target is empty."
    if _BAD_CHARS.search(t):
        return "Das Linkziel enthält Steuerzeichen.", "The link target contains control characters."
    if len(t) > 2000:
        return "Das Linkziel ist zu lang.", "The link target is too long."
    parts = urlsplit(t)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        if not parts.netloc or " " in t:
            return (f"„{t[:80]}“ ist keine gültige Web-Adresse.", f"'{t[:80]}' is not a valid web address.")
        return None
    if len(scheme) > 1:  # not a Windows drive letter
        return (f"Links sind nur als http(s)-Adresse oder als vollständiger Dateipfad erlaubt, nicht „{scheme}:“.",
                f"Links may only be http(s) addresses or full file paths, not '{scheme}:'.")
    if t.startswith(("\\\\", "//")):
        return ("Links auf Netzwerkfreigaben (\\\\Rechner\\Freigabe) sind nicht erlaubt.",
                "Links to network shares (\\\\host\\share) are not allowed.")
    win = PureWindowsPath(t)
    if not (t.startswith(("/", "~/")) or (win.drive and win.root)):
        return ("Bitte einen vollständigen Dateipfad angeben (z. B. /home/… oder C:\\…).",
                "Please give a full file path (e.g. /home/… or C:\\…).")
    suffix = (win.suffix if win.drive else Path(t).suffix).lower()
    if suffix in PROGRAM_SUFFIXES:
        return (f"Links auf Programme oder Skripte ({suffix}) sind nicht erlaubt.",
                f"Links to programs or scripts ({suffix}) are not allowed.")
    return None


def open_problem(target: str) -> tuple[str, str] | None:
    """(German, English) reason a stored link may not be opened on this computer, or None."""
    problem = target_problem(target)
    if problem or is_url(target):
        return problem
    path = Path(target.strip()).expanduser()
    if not path.exists():
        return (f"Die Datei {target.strip()} gibt es nicht (mehr). Bitte den Pfad korrigieren.",
                f"The file {target.strip()} does not exist (any more). Please correct the path.")
    if path.is_file() and os.name == "posix" and os.access(path, os.X_OK) \
            and path.suffix.lower() not in DOCUMENT_SUFFIXES:
        return (f"{target.strip()} ist ein Programm und wird nicht geöffnet.",
                f"{target.strip()} is a program and is not opened.")
    return None
