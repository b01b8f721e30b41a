"""core/ is the Qt-free analysis layer: no module in it imports PySide6, pyqtgraph, shiboken6 or gui."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent.parent / "core"
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "gui")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_core_module_imports_qt_or_gui():
    offenders = [
        f"{p.relative_to(CORE.parent)}: {name}"
        for p in sorted(CORE.rglob("*.py"))
        for name in _imports(p)
        if name.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []
