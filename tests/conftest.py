"""Test set-up: Qt offscreen, a throw-away user folder, never the real one."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("HANDWERKSMONITOR_NO_NETWORK", "1")
# Fixtures of session or module scope run before the per-test home below: they get this throw-away
# home, so no test ever writes into the real user folder (database, logs, caches, settings).
os.environ["HANDWERKSMONITOR_HOME"] = tempfile.mkdtemp(prefix="hwm-test-home-")

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
    """The bundled data of the IRMD, loaded once per test session (read-only use). Session fixtures are
    set up before the per-test home above, so this one gets its own throw-away home: loading writes
    the prebuilt data (core.prebuilt) to the cache folder, never the real user's."""
    from core.datastore import DataStore

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HANDWERKSMONITOR_HOME", str(tmp_path_factory.mktemp("hwm_session_home")))
        return DataStore()


@pytest.fixture
def genesis_dir() -> Path:
    """Untouched official GENESIS table exports (real-format test inputs)."""
    return ROOT / "tests" / "data" / "genesis"
