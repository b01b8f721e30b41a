"""Befragung: the study's cooperation survey as a bar chart (kind ``study``), later chamber surveys
beside it (each bar labelled with year and N), a small form to enter a later survey, and the
interview findings on digitalisation as short texts with their source.

Surveys imported with the chamber template (sheet "Befragung Kooperation") appear as further bars,
"Kammerbefragung <Jahr> (N=…)", with their import as source; the chart redraws when the data version
changes (``ctx.events.data_changed``)."""

from __future__ import annotations

import logging

import duckdb
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import provenance, survey
from core.errors import HandwerksmonitorError
from core.study import cite, interview_findings
from gui.charts import palette, plots
from gui.context import AppContext
from gui.formatting import fmt_number
from gui.style import CHART_TEXT, HINT, set_role
from gui.widgets.source_line import SourceLine

log = logging.getLogger(__name__)


class SurveyView(QWidget):
    survey_added = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.question = QLabel(survey.question(self.ctx.lang) + " " + self.tr("(Mehrfachantworten)"))
        self.question.setWordWrap(True)
        set_role(self.question, "sectionTitle")
        self.plot = plots.make_plot(self.tr("Kooperationen für Neuerungen"), left="", bottom=self.tr("Anteil der Betriebe in %"))
        self.plot.setMinimumHeight(360)
        self.key = plots.ChartKey()  # the surveys' legend above the chart, never over its bars
        self.sources = SourceLine(ctx)
        # form for a later survey
        form_box = QGroupBox(self.tr("Spätere Befragung mit derselben Frage erfassen"))
        form = QFormLayout(form_box)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(2025)
        self.n = QSpinBox()
        self.n.setRange(1, 100000)
        self.n.setValue(100)
        form.addRow(self.tr("Jahr"), self.year)
        form.addRow(self.tr("Zahl der Antwortenden (N)"), self.n)
        self.inputs: dict[str, QDoubleSpinBox] = {}
        for key, label in survey.answers(self.ctx.lang):
            sb = QDoubleSpinBox()
            sb.setRange(0, 100)
            sb.setDecimals(0)
            sb.setSuffix(" %")
            self.inputs[key] = sb
            form.addRow(label, sb)
        self.save = QPushButton(self.tr("Befragung speichern"))
        self.save.clicked.connect(self._on_save_clicked)
        form.addRow(self.save)
        if not ctx.can_write:
            form_box.setEnabled(False)
            form_box.setToolTip(ctx.read_only_reason
                                or self.tr("Schreibgeschützt: die Datenbank ist in einem anderen Fenster geöffnet."))
        # interview findings
        findings = interview_findings(self.ctx.lang)
        text = ["<b>" + self.tr("Treiber der Digitalisierung") + "</b><ul>"]
        text += [f"<li>{t}</li>" for t in findings["drivers"]] + ["</ul><b>" + self.tr("Hemmnisse") + "</b><ul>"]
        text += [f"<li>{t}</li>" for t in findings["obstacles"]] + ["</ul><b>" + self.tr("Befunde") + "</b><ul>"]
        text += [f"<li>{t}</li>" for t in findings["findings"]] + ["</ul>"]
        source_label = self.tr("Quelle")
        text.append(f"<p style='color:{HINT}'>{source_label}: {cite(findings['source']['section'], self.ctx.lang)} ("
                    + self.tr("Studie") + ")</p>")
        self.findings = QLabel("".join(text))
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        find_box = QGroupBox(self.tr("Leitfadengespräche: Digitalisierung"))
        scroll = QScrollArea()  # the findings scroll when the window is low, they are never cut off
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.findings)
        QVBoxLayout(find_box).addWidget(scroll)

        left = QVBoxLayout()
        left.addWidget(self.question)
        left.addWidget(self.key)
        left.addWidget(self.plot, 1)
        left.addWidget(self.sources)
        right = QVBoxLayout()
        right.addWidget(find_box, 1)
        right.addWidget(form_box)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 3)
        lay.addLayout(right, 2)
        self.refresh()
        ctx.events.data_changed.connect(self._on_data_changed)

    @Slot(object)
    def _on_data_changed(self, _version: object = None) -> None:
        self.refresh()

    def results(self) -> list[survey.SurveyResult]:
        try:
            return survey.all_results(self.ctx.user_con)
        except duckdb.Error as exc:  # an unreadable user database: the study's result alone
            log.warning("later surveys not shown: %s", exc)
            return survey.all_results(None)

    def bar_values(self) -> dict[str, list[float]]:
        """Per result label: the percentages in answer order (what the chart shows)."""
        keys = [k for k, _ in survey.answers(self.ctx.lang)]
        return {r.display_label(self.ctx.lang): [float(r.percents.get(k, float("nan"))) for k in keys]
                for r in self.results()}

    def refresh(self) -> None:
        answers = survey.answers(self.ctx.lang)
        results = self.results()
        plot = self.plot.getPlotItem()
        plot.clear()
        entries: list[tuple[str, str]] = []
        n_res = len(results)
        height = 0.8 / max(n_res, 1)
        font = QFont()
        font.setPointSize(palette.CHART_FONT_PT)
        for j, r in enumerate(results):
            color = palette.SERIES[j % len(palette.SERIES)]
            ys = [len(answers) - 1 - i + (j - (n_res - 1) / 2) * height for i in range(len(answers))]
            widths = [float(r.percents.get(k, 0.0)) for k, _ in answers]
            bars = pg.BarGraphItem(x0=0, y=ys, height=height * 0.9, width=widths, brush=color, pen=pg.mkPen(color))
            plot.addItem(bars)
            entries.append((color, r.display_label(self.ctx.lang)))
            for y, (k, _lbl) in zip(ys, answers, strict=True):
                if k in r.percents:
                    t = pg.TextItem(f"{fmt_number(r.percents[k])} %", color=CHART_TEXT, anchor=(0, 0.5))
                    t.setFont(font)
                    t.setPos(r.percents[k] + 0.8, y)
                    plot.addItem(t)
        ax = plot.getAxis("left")
        ax.setTicks([[(len(answers) - 1 - i, lbl) for i, (_k, lbl) in enumerate(answers)]])
        plot.setXRange(0, 60)
        self.key.set_entries(entries)
        self.sources.set_sources([provenance.get("study"), *(r.import_record for r in results if r.import_record)])

    def _on_save_clicked(self) -> None:
        con = self.ctx.user_con
        if con is None or not self.ctx.can_write:
            return
        values = {k: sb.value() for k, sb in self.inputs.items()}
        try:
            sid = survey.add_survey(con, self.year.value(), self.n.value(), values)
        except HandwerksmonitorError as exc:
            self.ctx.present_error(exc, self, self.tr("Befragung nicht gespeichert"))
            return
        self.refresh()
        self.survey_added.emit(sid)
