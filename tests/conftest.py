"""Test set-up: Qt offscreen, a throw-away user folder, never the real one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("HANDWERKSMONITOR_NO_NETWORK", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own HANDWERKSMONITOR_HOME (user DB, backups, logs, QSettings)."""
    home = tmp_path_factory.mktemp("hwm_home")
    monkeypatch.setenv("HANDWERKSMONITOR_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory):
    """The bundled data of the IRMD, loaded once per test session (read-only use). Built under a throw-away
    home too: session fixtures start before ``_isolated_home``, and the real cache folder may hold a
    prebuilt file of these inputs from an earlier run (core.prebuilt), which would skip reading the CSVs."""
    from core.datastore import DataStore

    saved = os.environ.get("HANDWERKSMONITOR_HOME")
    os.environ["HANDWERKSMONITOR_HOME"] = str(tmp_path_factory.mktemp("hwm_session_home"))
    try:
        return DataStore()
    finally:
        if saved is None:
            os.environ.pop("HANDWERKSMONITOR_HOME", None)
        else:
            os.environ["HANDWERKSMONITOR_HOME"] = saved


@pytest.fixture
def genesis_dir() -> Path:
    """Untouched official GENESIS table exports (real-format test inputs)."""
    return ROOT / "tests" / "data" / "genesis"
