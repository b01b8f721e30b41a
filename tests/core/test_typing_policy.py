"""core/ is type-checked strictly (pyproject.toml [tool.mypy]), every module of it: no exception list."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STRICT = ("disallow_untyped_defs", "disallow_incomplete_defs", "check_untyped_defs", "disallow_untyped_calls",
          "disallow_any_generics", "warn_return_any", "no_implicit_reexport", "strict_equality")


def _overrides() -> list[dict]:
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return list(cfg["tool"]["mypy"]["overrides"])


def test_core_is_checked_with_the_strict_flags():
    core = next(o for o in _overrides() if o["module"] == ["core", "core.*"])
    assert all(core.get(flag) is True for flag in STRICT)


def test_no_core_module_is_exempt_from_the_strict_flags():
    """The list of exceptions (58 modules on 2026-12-02) is gone: no override may relax a flag for core."""
    relaxed = [o for o in _overrides() if any(o.get(flag) is False for flag in STRICT)
               and any(str(m).startswith("core") for m in o["module"])]
    assert relaxed == []
