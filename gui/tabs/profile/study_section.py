"""Section of the district profile: apprenticeships of the district's chamber and state, and the
average business size of the district against its state and Germany (issue: the rest of the study).

Apprenticeship figures are shown as published points (latest first), with the note that chamber
districts are not the IRMD; business size covers the official years 2010–2014 only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from core import apprenticeships as ap
from core import business_size as bs
from core import provenance
from gui.area_names import area_label
from gui.context import AppContext
from gui.formatting import fmt_date, fmt_number, fmt_percent
from gui.style import set_role
from gui.widgets.source_line import SourceLine
from gui.widgets.table_fit import fit_columns


def _table(headers: list[str], stretch: int | tuple[int, ...]) -> QTableWidget:
    """Columns fit their content, column ``stretch`` (a long text) takes the rest and wraps: the numbers are
    always visible without scrolling sideways."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    fit_columns(t, stretch)
    return t


def _fill(t: QTableWidget, rows: list[list[str]], right_from: int = 1) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            it = QTableWidgetItem(v)
            it.setToolTip(v)
            if c >= right_from:
                it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(r, c, it)


class DistrictStudySection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._series = ap.all_series(ctx.store)
        self.appr_title = QLabel()
        set_role(self.appr_title, "sectionTitle")
        self.appr = _table([self.tr("Region"), self.tr("Reihe"), self.tr("Stichtag"), self.tr("Wert")],
                           stretch=(0, 1))
        self.note = QLabel(
            self.tr("Hinweis: ") + (ap.CHAMBER_NOTE_EN if self.ctx.lang == "en" else ap.CHAMBER_NOTE_DE)
        )
        self.note.setWordWrap(True)
        set_role(self.note, "estimateText")
        self.size_title = QLabel(self.tr("Tätige Personen je Handwerksunternehmen (amtlich, 2010–2014)"))
        set_role(self.size_title, "sectionTitle")
        for title in (self.appr_title, self.size_title):
            title.setWordWrap(True)  # long chamber names (and English) wrap instead of being cut off
        self.size_table = _table([self.tr("Gebiet"), "2010", "2014", self.tr("Veränderung")], stretch=0)
        self.sources = SourceLine(ctx)
        left = QVBoxLayout()
        left.addWidget(self.appr_title)
        left.addWidget(self.appr, 1)
        left.addWidget(self.note)
        right = QVBoxLayout()
        right.addWidget(self.size_title)
        right.addWidget(self.size_table, 1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(row, 1)
        lay.addWidget(self.sources)

    def set_district(self, area_code: str) -> None:
        region = self.ctx.store.region
        if area_code not in region.district_codes:  # region total or comparison area: show nothing misleading
            self.appr.setRowCount(0)
            self.size_table.setRowCount(0)
            return
        d = region.district(area_code)
        self.appr_title.setText(
            self.tr("Ausbildung: %1 und %2")
            .replace("%1", d.chamber_name)
            .replace("%2", area_label(region.area_name(d.state)))
        )
        rows = []
        for code in (d.chamber, d.state):
            for s in self._series:
                if (
                    s.region_code != code
                    or s.breakdown != "total"
                    or s.indicator == "neue_ausbildungsvertraege_unterjaehrig"
                ):
                    continue
                p = max(s.points, key=lambda p: p.date)
                name = area_label(region.area_name(code)) if code == d.state else d.chamber_name
                rows.append(
                    [
                        name,
                        s.short_label(self.ctx.lang),
                        fmt_date(p.date),
                        fmt_number(p.value) + (" " + self.tr("(gerundet)") if p.approximate else ""),
                    ]
                )
        _fill(self.appr, rows, right_from=3)
        prof = bs.size_profile(self.ctx.store, area_code)
        srows = []
        for arts in prof["series"].values():
            s = arts["insgesamt"]
            srows.append(
                [
                    area_label(s["name"]),
                    fmt_number(s["values"].get(2010), 1),
                    fmt_number(s["values"].get(2014), 1),
                    fmt_percent(s["change_rel"], 1, signed=True),
                ]
            )
        _fill(self.size_table, srows)
        self.sources.set_sources([provenance.get("ausbildung"), provenance.get("handwerkszaehlung")])
