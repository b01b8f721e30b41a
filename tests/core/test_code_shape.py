"""Code shape of issue 16: no function in core/ or gui/ over 80 lines (the 30 of 2026-12-03 are split;
``LONG_FUNCTIONS`` stays for a justified exception, and may only shrink), no ``ctx: Any``, and a
``getattr(obj, name, default)`` only where the attribute is truly dynamic, saying why.
Function-local imports of our own modules are checked in ``test_local_imports.py``.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 80
GETATTR_DEFAULT_MAX = 15  # 2026-12-03 (was 56 at filing, 69 at its peak); lower it when one goes

# (file, function): its length, for a function that must stay long (none today)
LONG_FUNCTIONS: dict[tuple[str, str], int] = {}


@cache  # both tests read the same parse
def _sources() -> list[tuple[str, ast.Module, str]]:
    out = []
    for path in sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "gui").rglob("*.py")]):
        src = path.read_text(encoding="utf-8")
        out.append((path.relative_to(ROOT).as_posix(), ast.parse(src), src))
    return out


def test_no_new_long_function_and_no_listed_one_grows():
    found: dict[tuple[str, str], int] = {}
    for rel, tree, _ in _sources():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = (node.end_lineno or node.lineno) - node.lineno + 1
                if n > MAX_LINES:
                    key = (rel, node.name)
                    found[key] = max(n, found.get(key, 0))
    new = {k: n for k, n in found.items() if k not in LONG_FUNCTIONS}
    grown = {k: (LONG_FUNCTIONS[k], n) for k, n in found.items() if k in LONG_FUNCTIONS and n > LONG_FUNCTIONS[k]}
    assert new == {}, f"split these (over {MAX_LINES} lines): {new}"
    assert grown == {}, f"listed long functions grew (listed, now): {grown}"


def test_no_ctx_any_and_every_getattr_default_says_why():
    """A ``getattr(obj, name, default)`` hides a missing attribute from mypy: allowed only where the
    attribute is truly dynamic (``sys.frozen``, a third-party object's optional field), and then the
    statement or the line above says so with ``# dynamic: <reason>``; their number may only go down."""
    ctx_any = 0
    calls: list[str] = []
    silent: list[str] = []
    for rel, tree, src in _sources():
        ctx_any += len(re.findall(r"\bctx: Any\b", src))
        lines = src.splitlines()
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr"
                    and len(node.args) == 3):
                calls.append(f"{rel}:{node.lineno}")
                around = " ".join(lines[max(node.lineno - 2, 0):(node.end_lineno or node.lineno)])
                if "# dynamic:" not in around:
                    silent.append(f"{rel}:{node.lineno}")
    assert ctx_any == 0
    assert silent == [], f"getattr with a default and no '# dynamic: <reason>': {silent}"
    assert len(calls) <= GETATTR_DEFAULT_MAX, f"{len(calls)} getattr(obj, name, default) calls (at most {GETATTR_DEFAULT_MAX})"
