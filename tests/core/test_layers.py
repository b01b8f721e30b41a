"""The import contracts of pyproject.toml ([tool.importlinter]): gui -> core -> resources, core never
imports PySide6, shiboken6 or pyqtgraph (function-local imports included), and no new import cycle between
sibling modules/packages anywhere in gui and core. Runs lint-imports, the import-linter command, on the
checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe is not None, "import-linter is a dev dependency (pip install -e '.[dev]')"
    proc = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert " 0 broken." in proc.stdout


def test_the_shared_data_connection_is_used_only_through_the_store():
    """The window's threads share one DuckDB connection (DataStore.con), which is not thread-safe: every
    query goes through the store's locked methods (``query``, ``rows``, ``facts_rows`` …) or a worker's own
    ``cursor()``. Reaching into ``.con`` or ``._lock`` of a store from another module reopens the race
    (a busy connection or a crash at start), so no module outside core/datastore.py does."""
    import ast

    offenders = []
    for path in [*(ROOT / "core").rglob("*.py"), *(ROOT / "gui").rglob("*.py")]:
        if path == ROOT / "core" / "datastore.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr in ("con", "_lock")
                    and isinstance(node.value, (ast.Name, ast.Attribute))
                    and (node.value.id if isinstance(node.value, ast.Name) else node.value.attr) == "store"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} store.{node.attr}")
    assert offenders == [], offenders
