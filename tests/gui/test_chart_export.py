"""Charts: copy to the clipboard, PNG at a chosen DPI, SVG, via the menu actions a user clicks."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.charts import chart_export


@pytest.fixture
def chart(qtbot) -> pg.PlotWidget:
    w = pg.PlotWidget()
    w.plot([2010, 2011, 2012], [3.0, 5.0, 4.0])
    w.resize(400, 300)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _action(view, text: str):
    return next(a for a in chart_export.install_chart_export(view) if a.text() == text)


def test_menu_offers_copy_png_svg_and_is_installed_once(chart) -> None:
    first = chart_export.install_chart_export(chart)
    again = chart_export.install_chart_export(chart)
    assert [a.text() for a in first] == ["Kopieren", "Als PNG speichern…", "Als SVG speichern…"]
    assert again is first
    assert all(a in chart.scene().contextMenu for a in first)


def test_copy_puts_the_chart_on_the_clipboard(chart) -> None:
    QGuiApplication.clipboard().clear()
    _action(chart, "Kopieren").trigger()
    img = QGuiApplication.clipboard().image()
    assert not img.isNull() and img.width() >= chart.width()


def test_png_at_chosen_dpi(chart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "chart.png"
    monkeypatch.setattr(chart_export, "ask_path", lambda *a: str(out))
    monkeypatch.setattr(chart_export, "ask_dpi", lambda *a: 192)
    _action(chart, "Als PNG speichern…").trigger()
    img = QImage(str(out))
    assert img.width() == pytest.approx(chart.width() * 2, abs=2)  # 192 dpi = 2x the 96-dpi screen
    assert round(img.dotsPerMeterX() * 0.0254) == 192


def test_svg_is_written(chart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "chart.svg"
    monkeypatch.setattr(chart_export, "ask_path", lambda *a: str(out))
    _action(chart, "Als SVG speichern…").trigger()
    text = out.read_text("utf-8")
    assert "<svg" in text and "</svg>" in text


def test_failed_save_shows_a_message_and_no_file(
    chart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(chart_export, "ask_path", lambda *a: str(tmp_path / "missing" / "c.svg"))
    monkeypatch.setattr(chart_export, "show_error", lambda parent, msg: shown.append(msg))
    _action(chart, "Als SVG speichern…").trigger()
    assert shown and "existiert nicht" in shown[0]


def test_install_all_finds_every_chart_below_a_widget(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    lay = QVBoxLayout(host)
    lay.addWidget(pg.PlotWidget())
    lay.addWidget(pg.GraphicsLayoutWidget())
    assert chart_export.install_chart_export_all(host) == 2
