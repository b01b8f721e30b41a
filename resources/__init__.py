"""Bundled read-only resources (data, region definitions, translations, icons).

One helper for every bundled file: works from a checkout and from the PyInstaller bundle alike,
because the package is collected with its data files and found through ``importlib.resources``.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def root() -> Path:
    """Directory of the ``resources`` package on disk (checkout or frozen bundle)."""
    if getattr(sys, "frozen", False):  # PyInstaller onedir: data collected under _internal/resources
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        return base / "resources"
    return Path(str(files(__name__)))


def path(*parts: str) -> Path:
    """Absolute path of a bundled file, e.g. ``path("data", "districts.csv")``."""
    return root().joinpath(*parts)
