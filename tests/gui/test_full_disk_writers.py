"""The Qt writers (PDF one-pager, chart PNG/SVG) on a full disk: the previous file stays, no temp file,
a clear message, and the command line says "Geschrieben" only when the file really was written."""

from __future__ import annotations

import pyqtgraph as pg
import pytest

from core.errors import ExportError
from gui.charts import chart_export
from tests import faults


@pytest.fixture
def chart(qtbot) -> pg.PlotWidget:
    w = pg.PlotWidget()
    w.plot([2010, 2011, 2012], [3.0, 5.0, 4.0])
    w.resize(400, 300)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_report_cli_on_a_full_disk_keeps_the_previous_pdf(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    from gui.report.cli import main

    with faults.small_disk(1024) as disk:
        target = disk / "saalekreis.pdf"
        assert main(["report", "Saalekreis", "--out", str(target)]) == 0
        good = target.read_bytes()
        assert good.rstrip().endswith(b"%%EOF") and len(good) > 10_000
        capsys.readouterr()
        faults.fill_up(disk, leave_bytes=0)
        before = faults.tree_state(disk)
        assert main(["report", "Saalekreis", "--out", str(target)]) == 2
        out, err = capsys.readouterr()
        assert "Geschrieben" not in out
        assert "saalekreis.pdf" in err and len(err.strip().splitlines()) == 1
        assert faults.tree_state(disk) == before
        assert target.read_bytes() == good


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_chart_export_on_a_full_disk_keeps_the_previous_file(chart, kind: str) -> None:
    save = chart_export.save_png if kind == "png" else chart_export.save_svg
    with faults.small_disk(1024) as disk:
        target = disk / f"chart.{kind}"
        save(chart, target)
        good = target.read_bytes()
        faults.fill_up(disk, leave_bytes=0)
        before = faults.tree_state(disk)
        with pytest.raises(ExportError):
            save(chart, target)
        assert faults.tree_state(disk) == before
        assert target.read_bytes() == good


def test_chart_menu_on_a_full_disk_shows_the_message(chart, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(chart_export, "show_error", lambda parent, text: shown.append(text), raising=False)
    with faults.small_disk(1024) as disk:
        target = disk / "chart.png"
        monkeypatch.setattr(chart_export, "ask_path", lambda *a: str(target))
        monkeypatch.setattr(chart_export, "ask_dpi", lambda *a: 96)
        faults.fill_up(disk, leave_bytes=0)
        action = next(a for a in chart_export.install_chart_export(chart) if a.text() == "Als PNG speichern…")
        action.trigger()
        assert not target.exists()
        assert [p for p in disk.iterdir() if p.name != ".filler"] == []
        assert len(shown) == 1 and "Speicherplatz" in shown[0]
