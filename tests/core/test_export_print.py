"""The workbook prints: A4, fitted to the page width, header row repeated, header and footer with title,
source and page number, every chart on its own print range that fits one page; charts in the app's
colours, straight lines, category labels at the low end, "Schätzung" in the titles of estimated data.

Checked on the workbook as built (every sheet, whatever sheets exist), so a new sheet is covered too.
The LibreOffice print of the full export was looked at page by page (see docs in the module
``core.export.print_setup``); here the layout rules that make it print that way are asserted.
"""

from __future__ import annotations

from typing import Any

import pytest
from openpyxl.chart import LineChart

from core import palette
from core.datastore import GEWERBEGRUPPEN, DataStore
from core.export import ExportRequest, build_workbook, chart_style
from core.export import print_setup as ps
from core.export.table import Column, SheetTable, write_table

MIN_SCALE = 0.6  # below this, 11 pt text prints smaller than 6.6 pt


@pytest.fixture(scope="module")
def workbook(store: DataStore, tmp_path_factory: pytest.TempPathFactory) -> Any:
    import os

    from core.tracker.store import Tracker
    from core.userdb import open_user_db

    home = tmp_path_factory.mktemp("print_home")
    old = os.environ.get("HANDWERKSMONITOR_HOME")
    os.environ["HANDWERKSMONITOR_HOME"] = str(home)
    try:
        con = open_user_db()
        tracker = Tracker(con)
        for n in range(1, 4):  # a few measures with long texts: wrapped rows in the tracker sheet
            tracker.add_measure(f"empfehlung-0{n}", "Gemeinsame Ausbildungsmesse aller Innungen im Landkreis "
                                "mit Betriebsbesichtigungen", next_steps="Termin mit den Innungen abstimmen, "
                                "Räume anfragen, Einladungen an alle Schulen verschicken")
        wb, result = build_workbook(store, ExportRequest(user_con=con))
        con.close()
    finally:
        if old is None:
            os.environ.pop("HANDWERKSMONITOR_HOME", None)
        else:
            os.environ["HANDWERKSMONITOR_HOME"] = old
    assert {"Bevölkerung", "Portfolio", "Empfehlungen", "Befragung"} <= set(result.sheets)
    return wb


def _usable(ws: Any) -> tuple[float, float]:
    if ws.page_setup.orientation == ws.ORIENTATION_LANDSCAPE:
        return ps.USABLE_LANDSCAPE_CM, ps.USABLE_LANDSCAPE_HEIGHT_CM
    return ps.USABLE_PORTRAIT_CM, ps.A4_CM[1] - 2 * ps.MARGIN_TB_IN * 2.54


def test_every_sheet_has_a4_page_setup_fitted_to_width(workbook: Any) -> None:
    for ws in workbook.worksheets:
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        assert ps.page_scale(ws) >= MIN_SCALE, f"{ws.title}: printed at {ps.page_scale(ws):.0%}"


def test_every_sheet_has_title_header_and_source_and_page_footer(workbook: Any) -> None:
    for ws in workbook.worksheets:
        title = str(ws["A1"].value)
        assert ws.oddHeader.center.text == title.replace("&", "&&"), ws.title
        footer = ws.oddFooter
        assert "&P" in footer.right.text and "&N" in footer.right.text, ws.title
        source = str(ws["A2"].value)
        assert footer.left.text in (source.replace("&", "&&"), "Quellen: siehe Kopf des Blatts und Blatt „Quellen“")
        assert len(footer.left.text) + len(footer.right.text) < 255  # Excel's limit


def test_every_chart_has_its_own_print_range_that_fits_one_page(workbook: Any) -> None:
    n_charts = 0
    for ws in workbook.worksheets:
        ranges = ps.print_ranges(ws)
        assert ranges, ws.title
        table = ranges[0]
        assert table.min_col == 1 and table.min_row == 1
        scale = ps.page_scale(ws)
        width, height = _usable(ws)
        for chart in ws._charts:  # noqa: SLF001
            n_charts += 1
            box = ps.chart_box(ws, chart)
            inside = [r for r in ranges if r.min_col <= box.min_col and box.max_col <= r.max_col
                      and r.min_row <= box.min_row and box.max_row <= r.max_row]
            assert len(inside) == 1, f"{ws.title}: chart {box.ref} not inside exactly one print range {ranges}"
            block = inside[0]
            assert block != table, f"{ws.title}: chart printed with the table"
            assert ps.box_height_cm(ws, block) * scale <= height, f"{ws.title}: chart block taller than a page"
            assert ps.box_width_cm(ws, block) * scale <= width + 0.01
    assert n_charts >= 6


def test_long_tables_repeat_their_header_row(workbook: Any) -> None:
    ws = workbook["Ausbildung"]  # >100 published points: several pages
    header = next(r for r in range(1, 10) if ws.cell(row=r, column=1).value == "Region")
    assert ws.print_title_rows.replace("$", "") == f"{header}:{header}"


def test_long_text_wraps_instead_of_running_off_the_page(workbook: Any) -> None:
    """No text cell of a table is wider than its column unless it wraps (and its row is tall enough)."""
    for ws in workbook.worksheets:
        table = ps.print_ranges(ws)[0]
        header = next(r for r in range(1, 12) if ws.cell(row=r, column=1).fill.fgColor.rgb.endswith("1F4E79"))
        for row in ws.iter_rows(min_row=header + 1, max_row=table.max_row, max_col=table.max_col):
            for cell in row:
                if not isinstance(cell.value, str) or not cell.value:
                    continue
                width = ws.column_dimensions[cell.column_letter].width or ps.DEFAULT_COL_WIDTH
                if len(cell.value) <= width * 1.2:
                    continue
                assert cell.alignment.wrap_text, f"{ws.title}!{cell.coordinate} cut: {cell.value[:40]}"
                lines = len(cell.value) / (width * 1.2)
                assert (ws.row_dimensions[cell.row].height or 15) >= 15 * min(lines, 3) * 0.9, cell.coordinate


def test_orientation_follows_the_width(tmp_path: Any) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    narrow, wide = wb.active, wb.create_sheet("wide")
    for ws, n in ((narrow, 3), (wide, 14)):
        t = SheetTable(ws.title, "Titel", "Quelle: Test", [Column(f"Spalte {i}", width=14) for i in range(n)],
                       [[1] * n for _ in range(5)])
        rng = write_table(ws, t)
        ps.configure(ws, t.title, t.source, rng.header_row, rng.last_row, rng.n_cols)
    assert narrow.page_setup.orientation == "portrait" and wide.page_setup.orientation == "landscape"


def test_charts_use_the_app_palette(workbook: Any) -> None:
    gap = workbook["Prognose Basis"]._charts[0]  # noqa: SLF001
    titles = [s.tx.v for s in gap.series]
    assert titles == list(GEWERBEGRUPPEN)
    assert chart_style.series_colors(gap) == [palette.group_color(g) for g in GEWERBEGRUPPEN]
    assert palette.group_color("Bauhauptgewerbe") == "#D55E00"  # orange, as in the app
    bubbles = workbook["Portfolio"]._charts[0]  # noqa: SLF001
    assert chart_style.series_colors(bubbles) == [palette.group_color(s.tx.v) for s in bubbles.series]
    lines = workbook["Bevölkerung"]._charts[0]  # noqa: SLF001
    assert chart_style.series_colors(lines) == [palette.series_color(i) for i in range(len(lines.series))]
    status = workbook["Empfehlungen"]._charts[0]  # noqa: SLF001
    fills = [chart_style._rgb(p.spPr.solidFill) for p in status.series[0].dPt]  # noqa: SLF001
    assert fills[: len(palette.STATUS_COLORS)] == [c.lstrip("#") for c in palette.STATUS_COLORS.values()]


@pytest.mark.needs_qt
def test_gui_palette_is_the_same_palette() -> None:
    from gui.charts import palette as gui_palette

    assert gui_palette.GROUP_COLORS is palette.GROUP_COLORS
    assert gui_palette.group_color("Bauhauptgewerbe").name().upper() == palette.group_color("Bauhauptgewerbe")


def test_lines_are_straight_and_labels_sit_at_the_low_end(workbook: Any) -> None:
    for ws in workbook.worksheets:
        for chart in ws._charts:  # noqa: SLF001
            assert chart.x_axis.tickLblPos == "low", f"{ws.title}: category labels on the zero line"
            if isinstance(chart, LineChart):
                assert all(s.smooth is False for s in chart.series), f"{ws.title}: smoothed lines"


def _title(chart: Any) -> str:
    return "".join(r.t for p in chart.title.tx.rich.p for r in (p.r or []))


def test_chart_titles_say_schaetzung_where_the_data_are_estimates(workbook: Any) -> None:
    for name in ("Prognose Basis", "Portfolio"):
        assert "Schätzung" in _title(workbook[name]._charts[0]), name  # noqa: SLF001
    assert "Schätzung" not in _title(workbook["Bevölkerung"]._charts[0])  # noqa: SLF001 - official data
