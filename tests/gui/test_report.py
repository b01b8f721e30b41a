"""District one-pager: a real one-page PDF, headless, with the content a reader expects; not blank."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from core.export.report_data import district_report_data


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def test_report_cli_writes_a_one_page_pdf(qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from gui.report.cli import main

    out = tmp_path / "saalekreis.pdf"
    assert main(["report", "Saalekreis", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _pdf_pages(data) == 1
    assert b"Kreisprofil Saalekreis" in data  # document title
    assert "Geschrieben" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["saalekreis.pdf"]  # no temp file left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "Atlantis", "--out", "x.pdf"], "Unbekannter Kreis"),
        (["report", "Leipzig", "--out", "x.txt"], ".pdf"),
    ],
)
def test_report_cli_bad_input_one_line_exit_2(
    qapp, args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from gui.report.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not list(tmp_path.iterdir())


def test_report_data_matches_core_and_marks_estimates(store) -> None:
    from core.profile import district_profile

    d = district_report_data(store, "15088")
    prof = district_profile(store, "15088")
    fig = {k.label: k for k in d.key_figures}
    assert fig[f"Einwohner am 31.12.{prof.year}"].value == prof.population_year.value
    assert fig["Handwerksunternehmen"].value == prof.businesses.value
    assert fig["Handwerksunternehmen"].kind == prof.businesses.kind
    assert d.groups and all(g.kind == "estimate" for g in d.groups)
    assert d.datenstand == store.datenstand()
    assert {"population"} <= {s["id"] for s in d.sources}


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")
def test_rendered_page_is_not_blank_and_has_the_highlight_colour(qapp, store, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from gui.report.district_report import write_district_report

    pdf, _ = write_district_report(store, "Leipzig", tmp_path / "leipzig.pdf")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    img = QImage(str(png))
    assert img.width() > 200 and img.height() > img.width()  # A4 portrait
    colours = {img.pixel(x, y) for x in range(0, img.width(), 4) for y in range(0, img.height(), 4)}
    assert len(colours) > 50  # text, map, charts: far from a blank page
    accent = 0xFF1F4E79
    assert accent in colours  # header band / highlighted district


def test_population_line_never_crosses_a_census_change(store):
    from core.export.report_data import district_report_data
    from gui.report.painting import line_segments

    d = district_report_data(store, "Leipzig")
    assert [b.year for b in d.population_breaks] == [2010, 2022]
    years = sorted(d.population)
    segs = line_segments(years, [d.population[y] for y in years], [b.year for b in d.population_breaks])
    assert [(s[0][0], s[-1][0]) for s in segs] == [(years[0], 2009), (2010, 2021), (2022, years[-1])]
    # a missing value ends a run too
    assert line_segments([1, 2, 3, 4], [1.0, None, 3.0, 4.0]) == [[(1, 1.0)], [(3, 3.0), (4, 4.0)]]
