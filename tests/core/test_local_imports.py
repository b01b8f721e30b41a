"""Function-local imports of our own modules (issue 16): each one must say why it is not at the top.

A function-local ``import core.x`` hides a dependency from readers and tools. It is right in two cases,
and this test accepts exactly those:

- **heavy**: the imported module's static import closure (its module-level imports, transitively, parent
  packages included, ``if TYPE_CHECKING`` blocks excluded) brings a heavy library — pandas, numpy, DuckDB,
  openpyxl, pyqtgraph, PySide6 — that the importing module's own closure does not. The deferral keeps that
  library off a path that does not need it (start-up, the lean CLI commands, a Qt-free core). Checked, not
  claimed.
- **reason**: the import's line carries ``# lazy: <reason>`` — e.g. a dialog module loaded when its menu
  entry is used, kept off the start-up path; or the gui launcher, which must not import Qt before it has
  checked that Qt is installed.

Never accepted: a local import of a module the file already imports at the top (redundant), whatever its
comment. A local import to dodge an import circle needs ``# lazy:`` too; better, move the shared piece down.

``UNEXPLAINED`` lists, per file, how many such imports are still without either reason. It may only
shrink: fix a file, delete its entry.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ("core", "gui")
HEAVY = frozenset({"pandas", "numpy", "duckdb", "openpyxl", "pyqtgraph", "PySide6", "shiboken6"})
MARK = "# lazy:"

# file: local imports of project modules with neither a heavy library behind them nor a "# lazy:" reason,
# or already imported at the top
UNEXPLAINED: dict[str, int] = {}  # 2026-12-03: 160 in 59 files at the start of the day, none left


def _modname(rel: str) -> str:
    parts = list(Path(rel).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, tuple[str, ast.Module, tuple[str, ...]]]:
    out = {}
    for top in PROJECT:
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            src = path.read_text(encoding="utf-8")
            out[_modname(rel)] = (rel, ast.parse(src), tuple(src.splitlines()))
    return out


def _targets(node: ast.Import | ast.ImportFrom, mod: str) -> list[str]:
    """Modules an import statement loads: ``from core import x`` loads core and, if it is one, core.x."""
    mods = _modules()
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    base = node.module or ""
    if node.level:
        pkg = mod if mods[mod][0].endswith("__init__.py") else mod.rpartition(".")[0]
        for _ in range(node.level - 1):
            pkg = pkg.rpartition(".")[0]
        base = f"{pkg}.{base}" if base else pkg
    return [base, *(f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in mods)]


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


@cache
def _top_level(mod: str) -> frozenset[str]:
    """What importing ``mod`` imports directly: statements outside functions (class bodies and try/if
    blocks run at import), without ``if TYPE_CHECKING``."""
    deps: list[str] = []

    def walk(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                deps.extend(_targets(node, mod))
            elif isinstance(node, ast.If):
                if not _is_type_checking(node.test):
                    walk(node.body)
                walk(node.orelse)
            elif isinstance(node, ast.Try):
                walk(node.body)
                for handler in node.handlers:
                    walk(handler.body)
                walk(node.orelse)
                walk(node.finalbody)
            elif isinstance(node, (ast.With, ast.ClassDef)):
                walk(node.body)

    walk(_modules()[mod][1].body)
    return frozenset(deps)


@cache
def _closure(mod: str) -> frozenset[str]:
    """Every module loaded by importing ``mod``: parents first, then module-level imports, transitively."""
    seen: set[str] = set()
    stack = [mod]
    while stack:
        name = stack.pop()
        parts = name.split(".")
        for candidate in [".".join(parts[:i]) for i in range(1, len(parts) + 1)]:
            if candidate not in seen:
                seen.add(candidate)
                if candidate in _modules():
                    stack.extend(_top_level(candidate))
    return frozenset(seen)


def _heavy(mod: str) -> frozenset[str]:
    return frozenset(name.split(".")[0] for name in _closure(mod)) & HEAVY


def _local_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if in_function and isinstance(child, (ast.Import, ast.ImportFrom)):
                found.append(child)
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(tree, False)
    return found


def _verdicts() -> list[tuple[str, int, str, str]]:
    """(file, line, imported module, verdict) for every function-local import of a project module;
    verdict is "heavy", "reason", "redundant" or "unexplained"."""
    out = []
    for mod, (rel, tree, lines) in _modules().items():
        for node in _local_imports(tree):
            project = [t for t in _targets(node, mod) if t.split(".")[0] in PROJECT]
            if not project:
                continue
            target = max(project, key=len)
            text = " ".join(lines[node.lineno - 1:(node.end_lineno or node.lineno)])
            mark = text.partition(MARK)[2].strip()
            if target in _top_level(mod):
                verdict = "redundant"
            elif _heavy(target) - _heavy(mod):
                verdict = "heavy"
            elif len(mark) >= 12:
                verdict = "reason"
            else:
                verdict = "unexplained"
            out.append((rel, node.lineno, target, verdict))
    return out


def test_every_function_local_project_import_has_a_reason():
    unexplained: dict[str, list[str]] = {}
    for rel, line, target, verdict in _verdicts():
        if verdict in ("unexplained", "redundant"):
            unexplained.setdefault(rel, []).append(f"{line} {target}" + (" (imported at the top already)"
                                                                        if verdict == "redundant" else ""))
    over = {rel: where for rel, where in unexplained.items() if len(where) > UNEXPLAINED.get(rel, 0)}
    assert over == {}, (
        "function-local imports without a reason: move them to the top, or say why with "
        f"'{MARK} <reason>' on the line: {over}")
    stale = {rel: n for rel, n in UNEXPLAINED.items() if len(unexplained.get(rel, [])) < n}
    assert stale == {}, f"fewer unexplained imports than listed, lower or delete the entry: {stale}"


def test_the_checker_sees_heavy_libraries_and_reasons():
    """The rule's two judgements on known cases: a lazy tab import in the window keeps pyqtgraph off the
    start-up path (heavy), and a pure-stdlib core module brings no heavy library."""
    assert "pyqtgraph" in _heavy("gui.tabs.forecast_tab")
    assert "pyqtgraph" not in _heavy("gui.app")
    assert _heavy("core.paths") == frozenset()
    assert "pandas" in _heavy("core.business_size")
    assert "pandas" not in _heavy("core.export.workbook")  # issue 19: the export runs without it
