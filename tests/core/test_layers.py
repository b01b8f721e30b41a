"""The layer contracts of pyproject.toml ([tool.importlinter]): gui -> core -> resources, and core never
imports PySide6, shiboken6 or pyqtgraph (function-local imports included). Runs lint-imports, the
import-linter command, on the checkout."""

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
