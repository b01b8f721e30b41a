"""The district one-pager in English: ``handwerksmonitor --lang en report ...`` gives English headings."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui import i18n

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")


@pytest.fixture
def german_afterwards(qapp) -> Iterator[None]:
    """The CLI installs the English translator into the shared test QApplication: put German back."""
    yield
    i18n.install("de", qapp)


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    # NFKC: the PDF font uses ligatures ("ﬁ"); one space between words, whatever the layout
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def test_english_report_has_english_headings(qapp, tmp_path: Path, german_afterwards) -> None:
    from gui.launcher import main

    if i18n.build_qm("en", tmp_path) is None and i18n.find_qm("en") is None:
        pytest.skip("no English catalogue and no lrelease to build it")
    out = tmp_path / "saalekreis_en.pdf"
    assert main(["--lang", "en", "report", "Saalekreis", "--out", str(out)]) == 0
    text = _text(out)
    for heading in ("District profile Saalekreis", "Key figures", "Crafts by craft group", "Sources:"):
        assert heading in text, heading
    assert "Rural district" in text and "Saxony-Anhalt" in text
    assert "Kennzahlen" not in text and "Quellen:" not in text


def test_german_report_stays_german(qapp, tmp_path: Path) -> None:
    from gui.report.cli import main

    out = tmp_path / "saalekreis_de.pdf"
    assert main(["report", "Saalekreis", "--out", str(out)]) == 0
    text = _text(out)
    assert "Kreisprofil Saalekreis" in text and "Kennzahlen" in text and "Quellen:" in text
    assert "Key figures" not in text
