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
def store():
    """The bundled data of the IRMD, loaded once per test session (read-only use)."""
    from core.datastore import DataStore

    return DataStore()


@pytest.fixture
def genesis_dir() -> Path:
    """Untouched official GENESIS table exports (real-format test inputs)."""
    return ROOT / "tests" / "data" / "genesis"
