"""One helper finds bundled files from a checkout and from the PyInstaller bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path

import resources

ROOT = Path(__file__).resolve().parent.parent.parent


def test_checkout_points_at_the_package_folder():
    assert resources.root() == ROOT / "resources"
    assert resources.path("data", "datasets.json").is_file()
    assert resources.path("regions", "irmd.json").is_file()


def test_frozen_points_into_the_bundle(monkeypatch, tmp_path):
    """PyInstaller onedir: sys.frozen is set and the data sit under sys._MEIPASS/resources."""
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "data").mkdir(parents=True)
    (bundle / "resources" / "data" / "datasets.json").write_text("{}", "utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.root() == bundle / "resources"
    assert resources.path("data", "datasets.json").read_text("utf-8") == "{}"


def test_build_spec_collects_the_resources_folder():
    spec = (ROOT / "build.spec").read_text("utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
