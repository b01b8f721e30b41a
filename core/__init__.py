"""Analysis and data layer of Handwerksmonitor Mitteldeutschland. Never imports Qt."""

from __future__ import annotations


def _read_version() -> str:
    """Version from the installed distribution metadata (single source: pyproject.toml)."""
    try:
        from importlib.metadata import version

        return version("handwerksmonitor")
    except Exception:  # noqa: BLE001 - frozen bundle or checkout without metadata: read pyproject.toml instead
        import re
        from pathlib import Path

        for candidate in (Path(__file__).resolve().parent.parent / "pyproject.toml",):
            if candidate.exists():
                m = re.search(r'^version\s*=\s*"([^"]+)"', candidate.read_text("utf-8"), re.M)
                if m:
                    return m.group(1)
        try:
            import resources

            return resources.path("VERSION").read_text("utf-8").strip()
        except OSError:
            return "0.0.0"


def __getattr__(name: str) -> str:
    """``core.__version__``, read on first use: ``importlib.metadata`` costs ~30 ms of CPU at import,
    more than a whole ``handwerksmonitor districts`` may take."""
    if name == "__version__":
        value = _read_version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
