"""Prognose › Vergleich: the model beside every published projection (core.forecast.comparison).

On top the sentence on the study's direction for Bauhaupt and Ausbau (which assumption makes a difference)
and the notes where an anchor makes the population jump; below one row per published projected change:
source, area and field, measure, years, the published change, the model's change of the same measure
(supply, demand, working-age population or population; persons) for the nearest area and field over the same
years, and the model's supply and demand change to 2035 and to 2040. The columns hold short texts so a row
stays one line at 1366×768 (only a long list of districts wraps); publisher, title, address and the model's area and field are in the row's tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from core.forecast.comparison import area_label, field_label
from gui.formatting import fmt_number, fmt_percent
from gui.style import PUBLISHED_ROW_BG, set_role

PUBLISHED_BG = QColor(PUBLISHED_ROW_BG)


AREA_MIN = 120  # px: the area column's least width (two words a line)


class ComparisonView(QWidget):
    """Sentence, step notes and the comparison table."""

    def __init__(self, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastComparison")
        self.lang = lang
        self._content_widths: list[int] = []  # the columns' content widths of the rows shown (_fit_columns)
        self._fitting = False
        self.direction = QLabel()
        self.direction.setObjectName("studyDirection")
        self.direction.setWordWrap(True)
        set_role(self.direction, "directionNote")
        self.steps = QLabel()
        self.steps.setObjectName("anchorSteps")
        self.steps.setWordWrap(True)
        set_role(self.steps, "anchorNote")
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Quelle"),
                self.tr("Gebiet · Feld"),
                self.tr("Größe"),
                self.tr("Jahre"),
                self.tr("veröffentlicht"),
                self.tr("Modell\ngleiche Größe"),
                self.tr("Modell 2035\nAng. / Nachfr."),
                self.tr("Modell 2040\nAng. / Nachfr."),
            ]
        )
        set_role(self.table, "small")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the area column takes the width the others leave (_fit_columns), a long list of districts wraps
        # rows follow the wrap whenever the stretched column changes width (a row of one line would cut a
        # wrapped list of districts off with "…")
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # a vertical scroll bar that comes or goes changes the room
        self.table.verticalScrollBar().rangeChanged.connect(lambda *_: self._fit_columns())
        self.note = QLabel(
            self.tr(
                "Veränderung in %, Modell in Personen ab dem Basisjahr. Gleiche Größe: Angebot, Nachfrage oder "
                "Bevölkerung des Modells über dieselben Jahre; Ang. / Nachfr.: Angebot / Nachfrage des Modells. "
                "Deutschland → IRMD, Land → seine IRMD-Kreise, SHK → Ausbaugewerbe; Quelle im Tooltip der Zeile."
            )
        )
        self.note.setWordWrap(True)
        set_role(self.note, "smallNote")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.direction)
        lay.addWidget(self.steps)
        self.steps.hide()  # the anchor notes are shown under the chart views; here only on request (show_steps)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.note)

    def _pct(self, value: Any, approximate: bool = False) -> str:
        if value is None:
            return "–"
        return ("≈ " if approximate else "") + fmt_percent(float(value) / 100.0, 1, signed=True)

    def _num(self, value: Any) -> str:
        if value is None:
            return "–"
        return ("+" if float(value) > 0 else "") + fmt_number(float(value), 1)

    def _pair(self, m: dict, year: str) -> str:
        """The model's supply / demand change to ``year`` in % ("–" where the run does not reach it)."""
        return f"{self._num(m['supply_pct'].get(year))} / {self._num(m['demand_pct'].get(year))}"

    def show_result(self, entries: list[dict], direction: dict, notes: list[dict]) -> None:
        en = self.lang == "en"
        self.direction.setText(str(direction.get("text_en" if en else "text", "")))
        self.steps.setText("\n".join("⚠ " + str(n["text_en" if en else "text"]) for n in notes))
        sides = {
            "supply": self.tr("Angebot"),
            "demand": self.tr("Nachfrage"),
            "working_age": self.tr("15–64-Jährige"),
            "population": self.tr("Bevölkerung"),
        }
        series = {"learned": self.tr(" (gelernt)"), "in_occupation": self.tr(" (im Beruf)")}
        self.table.setRowCount(len(entries))
        ordered = sorted(entries, key=lambda e: (e["source"], e["area"], e["side"], e["years"][1]))
        for i, e in enumerate(ordered):
            y0, y1 = e["years"]
            m = e["model"]
            target = str(y1)
            measure = sides.get(e["side"], e["side"]) + series.get(e.get("series", ""), "")
            cells = [
                e["source"],
                area_label(e["area"], self.lang) + " · " + field_label(e["field"], self.lang),
                measure,
                f"{y0 if y0 else '?'}–{y1}",
                self._pct(e["value_pct"], bool(e.get("approximate"))),
                self._pct(m.get("same_measure_pct")),
                self._pair(m, "2035"),
                self._pair(m, "2040"),
            ]
            model_area = (
                self.tr("Modell: %1; %2")
                .replace("%1", str(m["area"]))
                .replace("%2", str(m.get("field_en" if en else "field", m["field"])))
            )
            model_note = m.get("note_en" if en else "note", m.get("note"))
            to_target = self.tr("Modell bis %1: Angebot %2 %, Nachfrage %3 %").replace("%1", target).replace(
                "%2", self._num(m["supply_pct"].get(target))).replace("%3", self._num(m["demand_pct"].get(target)))
            tip = f"{e['publisher']}: {e['title']}\n{e['indicator']}\n{e['source_url']}" + (
                f"\n{e['note']}" if e.get("note") else ""
            ) + f"\n{model_area}" + (f" ({model_note})" if model_note else "") + f"\n{to_target}"
            for j, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setToolTip(tip)
                if j == 4:
                    item.setBackground(QBrush(PUBLISHED_BG))
                if j >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self._content_widths = [self.table.columnWidth(j) for j in range(self.table.columnCount())]
        # every column as wide as its content (short texts and numbers), the area column takes what is left and
        # wraps a long list of districts
        self._fit_columns()
        self.table.resizeRowsToContents()

    def _fit_columns(self) -> None:
        """Never a sideways scroll bar: where the columns' content is wider than the table, the text columns
        (source, measure) give up width, their texts wrap."""
        widths = self._content_widths
        if not widths or self._fitting:
            return
        self._fitting = True
        try:
            self._set_widths(widths)
        finally:
            self._fitting = False

    def _set_widths(self, widths: list[int]) -> None:
        room = self.table.viewport().width()
        w = list(widths)
        free = room - sum(x for j, x in enumerate(w) if j != 1) - AREA_MIN
        if free < 0:
            texts = w[0] + w[2]
            for j in (0, 2):
                w[j] = max(70, w[j] + int(free * w[j] / texts) - 1)
        w[1] = max(AREA_MIN, room - sum(x for j, x in enumerate(w) if j != 1))
        for j, x in enumerate(w):
            self.table.setColumnWidth(j, x)
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()
