"""The Excel export runs without pandas: its import alone costs about a third of what bare openpyxl needs
to write the same cells (issue 19's export ratio). Forecast inputs, portfolio, apprenticeships, survey,
assumptions and the user database's migrations all work on plain rows; a module that brings pandas
back into the export's process fails here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import contextlib, io, json, sys
from core.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "heavy": sorted(m for m in ("pandas", "PySide6", "pyqtgraph") if m in sys.modules)}))
"""


def test_export_of_every_district_imports_no_pandas(tmp_path: Path) -> None:
    env = dict(os.environ, HANDWERKSMONITOR_HOME=str(tmp_path / "home"))
    # a returning user: the user database exists (tracker, scenarios, SWOT, surveys are read from it)
    subprocess.run([sys.executable, "-c", "from core.userdb import open_user_db; open_user_db().close()"],
                   cwd=ROOT, env=env, check=True, timeout=120)
    out = tmp_path / "alle.xlsx"
    proc = subprocess.run([sys.executable, "-c", PROBE, "export", "--all-districts", "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout.splitlines()[-1])
    assert res == {"code": 0, "heavy": []}

    import openpyxl

    wb = openpyxl.load_workbook(out, read_only=True)
    # the sheets that used to need pandas are all there, with data
    for name in ("Portfolio", "Prognose Basis", "Ausbildung", "Befragung", "Annahmen", "Quellen"):
        assert name in wb.sheetnames
        assert wb[name].max_row > 5
