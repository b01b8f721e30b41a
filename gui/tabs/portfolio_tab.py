"""Branchenportfolio: the study's bubble chart of the Gewerbegruppen, with a sortable table beside it.

x = location quotient of employment against Germany (or its natural log), y = employment growth over
the chosen period in % (``(E_t1 / E_t0 - 1) * 100``), bubble area proportional to employees at t1
(diameter ``∝ sqrt(E)``). The lines LQ = 1 (ln LQ = 0) and growth = 0 split the four quadrants.
All numbers come from ``core.portfolio.portfolio``; group figures are estimates ("Schätzung").
The update runs in the GUI thread: it takes a few milliseconds (benchmarks/bench_portfolio_update.py).
"""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGraphicsRectItem,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import group_data, succession
from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN
from core.errors import HandwerksmonitorError
from core.indicators import DEFAULT_END, DEFAULT_START
from core.palette import BLACK, INK_GREY, INK_QUADRANT, INK_SLATE, INK_STRONG, QUADRANT_TINTS, WHITE
from core.portfolio import portfolio
from gui.charts import label_placement, palette, plots
from gui.context import AppContext
from gui.formatting import fmt_number, fmt_percent
from gui.qtmodels.dataframe_model import SORT_ROLE, Column, DataFrameModel
from gui.style import set_role
from gui.tabs._support import estimate_badge, make_source_line, records_to_provenance
from gui.tabs.base import Tab

MAX_BUBBLE_PX = 78.0  # diameter of the largest bubble
MIN_BUBBLE_PX = 12.0

# quadrant -> (corner, background tint)
_QUADRANT_STYLE = {
    "wachsende Leitbranche": ((1, 1), QUADRANT_TINTS[0]),
    "Potenzial": ((-1, 1), QUADRANT_TINTS[1]),
    "schrumpfende Stärke": ((1, -1), QUADRANT_TINTS[2]),
    "Problemfeld": ((-1, -1), QUADRANT_TINTS[3]),
}


def bubble_sizes(employees: np.ndarray) -> np.ndarray:
    """Bubble diameters in pixels: ``d = MAX * sqrt(E / E_max)``, so the AREA is proportional to E."""
    e = np.nan_to_num(np.asarray(employees, dtype=float), nan=0.0)
    top = float(e.max()) if e.size and e.max() > 0 else 1.0
    return np.maximum(MAX_BUBBLE_PX * np.sqrt(e / top), MIN_BUBBLE_PX)


class PortfolioTab(Tab):
    """Branchenportfolio tab (see module docstring)."""


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.store = ctx.store
        self.region = ctx.store.region
        self.df: pd.DataFrame | None = None
        self.last_update_ms = math.nan
        self._estimates = False
        self._build()
        self.refresh()
        # the main window connects estimates_shown after construction: say it again then
        QTimer.singleShot(0, lambda: self.estimates_shown.emit(self._estimates))

    # ================================================================== layout
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)
        root.addLayout(self._build_toolbar())

        self.message = QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "errorMessage")
        self.message.hide()
        root.addWidget(self.message)
        # a comparability break inside the period (core.breaks: HwO 2020 for group values), said above the chart
        self.break_note = QLabel()
        self.break_note.setObjectName("breakNote")
        self.break_note.setWordWrap(True)
        set_role(self.break_note, "breakNote")
        self.break_note.hide()
        root.addWidget(self.break_note)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._build_chart_panel())
        split.addWidget(self._build_table_panel())
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        split.setSizes([550, 710])
        root.addWidget(split, 1)

        # useCache=False: bubble sizes change with every update, so pyqtgraph's symbol atlas would
        # re-render each bubble anyway; drawing 7 circles directly is cheaper (bench_portfolio_update)
        self.scatter = pg.ScatterPlotItem(
            hoverable=True, tip=self._tip, hoverPen=pg.mkPen(BLACK, width=3), useCache=False
        )
        self._init_chart()
        self.area_combo.currentIndexChanged.connect(self.refresh)
        self.start_spin.valueChanged.connect(self.refresh)
        self.end_spin.valueChanged.connect(self.refresh)
        self.log_check.toggled.connect(self.refresh)

    def _build_toolbar(self) -> QHBoxLayout:
        """Title with the estimate badge; area, period (start–end) and the log-LQ switch."""
        bar = QHBoxLayout()
        self.title = QLabel(self.tr("Branchenportfolio"))
        set_role(self.title, "pageTitle")
        bar.addWidget(self.title)
        bar.addWidget(estimate_badge(self.tr("Schätzung")))
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Gebiet:")))
        self.area_combo = QComboBox()
        self.area_combo.addItem(self.tr("IRMD gesamt"), self.region.code)
        for d in sorted(self.region.districts, key=lambda d: d.name):
            self.area_combo.addItem(d.name, d.ags)
        bar.addWidget(self.area_combo)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Zeitraum:")))
        years = self._years()
        lo, hi = (years[0], years[-1]) if years else (DEFAULT_START, DEFAULT_END)
        self.start_spin = QSpinBox()
        self.end_spin = QSpinBox()
        for sp, val in ((self.start_spin, DEFAULT_START), (self.end_spin, DEFAULT_END)):
            sp.setRange(lo, hi)
            sp.setValue(min(max(val, lo), hi))
            sp.setGroupSeparatorShown(False)
            sp.setKeyboardTracking(False)  # typing "2015" updates once, not for "2", "20", ...
        self.start_spin.setToolTip(self.tr("Startjahr"))
        self.end_spin.setToolTip(self.tr("Endjahr (auch Jahr des Lokalisationsfaktors und der Blasengröße)"))
        bar.addWidget(self.start_spin)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.end_spin)
        bar.addSpacing(12)
        self.log_check = QCheckBox(self.tr("Logarithmischer LQ"))
        self.log_check.setToolTip(self.tr("x-Achse als ln(LQ): symmetrisch um 0 (= Bundesdurchschnitt)"))
        bar.addWidget(self.log_check)
        return bar

    def _build_chart_panel(self) -> QWidget:
        """The bubble chart with its explanation and source line."""
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.plot = plots.make_plot()
        self.plot.setMinimumSize(420, 360)
        ll.addWidget(self.plot, 1)
        self.explain = QLabel(
            self.tr(
                "Blasenfläche = tätige Personen im Endjahr. Rechts der senkrechten Linie ist die Gruppe stärker "
                "vertreten als in Deutschland, oberhalb der waagerechten Linie wächst sie."
            )
        )
        self.explain.setWordWrap(True)
        set_role(self.explain, "smallNote")
        ll.addWidget(self.explain)
        self.plot_source = make_source_line(self.ctx)
        ll.addWidget(self.plot_source)
        return left

    def _build_table_panel(self) -> QWidget:
        """Title, the sortable table, its note and source line, the quadrant legend."""
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.table_title = QLabel()
        set_role(self.table_title, "sectionTitle")
        rl.addWidget(self.table_title)
        rl.addWidget(self._build_table())
        self.table_note = QLabel(
            self.tr(
                "Alle Werte je Gewerbegruppe sind Schätzungen (kursiv). Spaltenkopf anklicken zum Sortieren. "
                "LQ: Anteil der Gruppe an den tätigen Personen im Gebiet geteilt durch ihren Anteil in Deutschland."
            )
        )
        self.table_note.setWordWrap(True)
        set_role(self.table_note, "estimateNote")
        rl.addWidget(self.table_note)
        self.table_source = make_source_line(self.ctx)
        rl.addWidget(self.table_source)
        rl.addWidget(self._build_quadrant_help())
        rl.addStretch(1)
        return right

    def _build_table(self) -> QTableView:
        """One row per Gewerbegruppe (DataFrameModel behind a sort proxy; study order until sorted)."""
        self.model = DataFrameModel(self._columns(), self.tr("Schätzung"), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # study order until the user sorts
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        set_role(self.table, "body")
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the quadrant name may wrap onto two lines, so the group names keep their room
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        hh.resizeSection(4, 130)
        return self.table

    def _build_quadrant_help(self) -> QLabel:
        """The four quadrants in their tint with a one-line meaning each."""
        self.quadrant_help = QLabel(
            "<table cellspacing='4'>"
            + "".join(
                f"<tr><td style='background:{tint}; padding:3px 8px'><b>{self._quadrant_label(q)}</b></td>"
                f"<td style='padding:3px 6px'>{text}</td></tr>"
                for q, ((_sx, _sy), tint), text in zip(
                    _QUADRANT_STYLE,
                    _QUADRANT_STYLE.values(),
                    (
                        self.tr("stärker vertreten als in Deutschland und wachsend"),
                        self.tr("schwächer vertreten, aber wachsend"),
                        self.tr("stärker vertreten, aber schrumpfend"),
                        self.tr("schwächer vertreten und schrumpfend"),
                    ),
                    strict=True,
                )
            )
            + "</table>"
        )
        set_role(self.quadrant_help, "body")
        return self.quadrant_help

    def _years(self) -> list[int]:
        try:
            return list(group_data.craft_facts(self.store).years(self.region.code))
        except HandwerksmonitorError:
            return []

    def _group_name(self, g: str) -> str:
        return GEWERBEGRUPPEN_EN.get(g, g) if self.ctx.lang == "en" else g

    def _columns(self) -> list[Column]:
        en = self.ctx.lang == "en"
        return [
            Column(
                "gewerbegruppe",
                self.tr("Gewerbegruppe"),
                self._group_name,
                numeric=False,
                color=palette.group_color,
            ),
            Column(
                "growth",
                self.tr("Wachstum"),
                lambda v: fmt_percent(v, 1, signed=True),
                estimate=True,
                tooltip=self.tr("Veränderung der tätigen Personen im Zeitraum"),
            ),
            Column(
                "lq",
                self.tr("LQ"),
                lambda v: fmt_number(v, 2),
                estimate=True,
                tooltip=self.tr("Lokalisationsfaktor der tätigen Personen gegenüber Deutschland"),
            ),
            Column(
                "employees",
                self.tr("Tätige Personen"),
                lambda v: fmt_number(v, 0),
                estimate=True,
                tooltip=self.tr("Tätige Personen im Endjahr (in der Studie: Beschäftigte)"),
            ),
            Column(
                "quadrant_en" if en else "quadrant", self.tr("Einordnung"), str, numeric=False, estimate=True
            ),
            Column(
                "succession",
                self.tr("Nachfolge\n60+"),
                lambda v: fmt_percent(v, 0) if v is not None and v == v else "–",
                tooltip=self.tr("Anteil der Inhaber ab 60 Jahren im Endjahr (Kammerregister; nur Kreise mit "
                                "importiertem Register)"),
            ),
        ]

    def _with_succession(self, df, area, year: int):
        """The owners-60+ share per group from the chamber's register (a district only; NaN elsewhere)."""
        o = succession.owner_ages(self.store, str(area), year) if area in self.store.region.district_codes else None
        by = (o or {}).get("by_group", {}) if o and o.get("year") == year else {}
        df = df.copy()
        df["succession"] = [by.get(g, {}).get("share_60plus") for g in df["gewerbegruppe"]]
        df["succession"] = df["succession"].astype("float64")
        return df

    # ================================================================== update
    def refresh(self) -> None:
        """Recompute the portfolio for the chosen area and period and redraw chart and table."""
        t0 = time.perf_counter()
        area = self.area_combo.currentData()
        start, end = self.start_spin.value(), self.end_spin.value()
        try:
            df = portfolio(self.store, area, start, end)
        except HandwerksmonitorError as exc:
            self.message.setText(exc.message(self.ctx.lang))
            self.message.show()
            return
        self.message.hide()
        df = self._with_succession(df, area, end)
        self.df = df
        crossed = df.attrs.get("breaks", [])
        en = self.ctx.lang == "en"
        self.break_note.setText(
            "⚠ " + " ".join(str(b.get("text_en") if en else b.get("text")) for b in crossed) if crossed else ""
        )
        self.break_note.setVisible(bool(crossed))
        self._draw(df)
        self.model.set_frame(df)
        # the register column only where a chamber register was imported (else it would be all "–")
        succession = [c.key for c in self.model.columns].index("succession")
        no_register = bool("succession" not in df or df["succession"].isna().all())
        if self.table.isColumnHidden(succession) != no_register or self.table.height() < 60:
            self.table.setColumnHidden(succession, no_register)
            self.table.resizeRowsToContents()  # row heights follow the column widths
            vh, hh = self.table.verticalHeader(), self.table.horizontalHeader()
            self.table.setFixedHeight(vh.length() + hh.sizeHint().height() + 2 * self.table.frameWidth() + 2)
        area_name = self.area_combo.currentText()
        self.table_title.setText(
            self.tr("%1: tätige Personen %2–%3")
            .replace("%1", area_name)
            .replace("%2", str(start))
            .replace("%3", str(end))
        )
        srcs = records_to_provenance(df.attrs.get("sources", []), self.store.extra_provenance)
        if [p.id for p in srcs] != [p.id for p in self.plot_source.sources()]:
            self.plot_source.set_sources(srcs)
            self.table_source.set_sources(srcs)
        self._estimates = bool((df["kind"] == "estimate").any())
        self.estimates_shown.emit(self._estimates)
        self.last_update_ms = (time.perf_counter() - t0) * 1000.0

    def plotted_points(self) -> pd.DataFrame:
        """What the chart shows, per group: x, y (growth in %), size (px)."""
        d = self.scatter.data
        return pd.DataFrame(
            {"gewerbegruppe": [str(v) for v in d["data"]], "x": d["x"], "y": d["y"], "size": d["size"]}
        )

    def _init_chart(self) -> None:
        """Create the chart's items once; ``_draw`` only moves them (keeps an update cheap)."""
        p = self.plot.getPlotItem()
        self.quadrant_rects: dict[str, QGraphicsRectItem] = {}
        self.quadrant_labels: dict[str, pg.TextItem] = {}
        for q, ((sx, sy), tint) in _QUADRANT_STYLE.items():
            rect = QGraphicsRectItem(0, 0, 1, 1)
            rect.setBrush(QBrush(QColor(tint)))
            rect.setPen(QPen(Qt.PenStyle.NoPen))
            rect.setZValue(-100)
            p.addItem(rect)
            self.quadrant_rects[q] = rect
            lab = pg.TextItem(
                self._quadrant_label(q), color=INK_QUADRANT, anchor=(1 if sx > 0 else 0, 0 if sy > 0 else 1)
            )
            lab.setFont(palette.chart_font(12, bold=True))
            lab.setZValue(-50)
            p.addItem(lab)
            self.quadrant_labels[q] = lab
        self.x_line = pg.InfiniteLine(pos=1.0, angle=90, pen=plots.pen(INK_GREY, 2))
        self.y_line = pg.InfiniteLine(pos=0.0, angle=0, pen=plots.pen(INK_GREY, 2))
        p.addItem(self.x_line)
        p.addItem(self.y_line)
        p.addItem(self.scatter)
        self.group_labels: dict[str, pg.TextItem] = {}
        self.leader_lines: dict[str, pg.PlotDataItem] = {}
        for g in GEWERBEGRUPPEN:
            line = pg.PlotDataItem([0, 0], [0, 0], pen=plots.pen(INK_SLATE, 1.2))
            line.setZValue(40)
            line.setVisible(False)
            p.addItem(line)
            self.leader_lines[g] = line
            t = pg.TextItem(palette.group_short(g, self.ctx.lang), color=INK_STRONG, anchor=(0, 0.5))
            t.setFont(palette.chart_font(11, bold=True))
            t.setZValue(50)
            p.addItem(t)
            self.group_labels[g] = t
        p.setLabel("left", self.tr("Beschäftigungsentwicklung in %"))
        plots.style_axes(p)
        p.getViewBox().sigRangeChanged.connect(self._place_labels)
        p.getViewBox().sigResized.connect(self._place_labels)  # pixel offsets change with the size
        self._bubbles: list[tuple[str, float, float, float]] = []  # group, x, y, diameter px

    def _draw(self, df: pd.DataFrame) -> None:
        use_log = self.log_check.isChecked()
        p = self.plot.getPlotItem()
        ok = df["lq"].notna() & df["growth"].notna() & (df["lq"] > 0)
        d = df[ok]
        xs = (d["log_lq"] if use_log else d["lq"]).to_numpy(dtype=float)
        ys = d["growth"].to_numpy(dtype=float) * 100.0
        sizes = bubble_sizes(d["employees"].to_numpy(dtype=float))
        x_ref = 0.0 if use_log else 1.0

        # ranges: all four quadrants visible, with room for the labels
        xr = max(float(np.max(np.abs(xs - x_ref))) if len(xs) else 0.5, 0.2) * 1.35
        y_hi = max(float(ys.max()) if len(ys) else 5.0, 2.0)
        y_lo = min(float(ys.min()) if len(ys) else -5.0, -2.0)
        ypad = (y_hi - y_lo) * 0.16
        x0, x1 = x_ref - xr, x_ref + xr
        if not use_log:
            x0 = max(x0, 0.0)
        y0, y1 = y_lo - ypad, y_hi + ypad
        for q, ((sx, sy), _tint) in _QUADRANT_STYLE.items():
            rx0, rx1 = (x_ref, x1) if sx > 0 else (x0, x_ref)
            ry0, ry1 = (0.0, y1) if sy > 0 else (y0, 0.0)
            self.quadrant_rects[q].setRect(rx0, ry0, rx1 - rx0, ry1 - ry0)
            self.quadrant_labels[q].setPos(
                x1 - xr * 0.02 if sx > 0 else x0 + xr * 0.02, y1 - ypad * 0.1 if sy > 0 else y0 + ypad * 0.1
            )
        self.x_line.setPos(x_ref)

        groups = list(d["gewerbegruppe"])
        brushes = [QBrush(self._alpha(palette.group_color(g), 205)) for g in groups]
        self.scatter.setData(
            x=xs,
            y=ys,
            size=sizes,
            brush=brushes,
            pen=pg.mkPen(WHITE, width=1.5),
            data=groups,
            pxMode=True,
        )
        self._bubbles = [
            (g, float(x), float(y), float(s)) for g, x, y, s in zip(groups, xs, ys, sizes, strict=True)
        ]
        for g, t in self.group_labels.items():
            t.setVisible(g in groups)
        p.setLabel(
            "bottom", self.tr("ln(Lokalisationsfaktor)") if use_log else self.tr("Lokalisationsfaktor")
        )
        p.getViewBox().setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._place_labels()

    def _place_labels(self) -> None:
        """Each group's name in or beside its bubble, never over another bubble or label, with a leader
        line where it had to move away (``gui.charts.label_placement``; in pixels, biggest bubbles first)."""
        vb = self.plot.getPlotItem().getViewBox()
        pxw, pxh = vb.viewPixelSize()
        if not pxw or not pxh or not self._bubbles:
            return
        view = vb.viewRect()
        area = (view.left() / pxw + 2, -view.bottom() / pxh, view.right() / pxw - 2, -view.top() / pxh)
        taken = []
        for q in self.quadrant_labels.values():  # keep the corner names readable
            qb, qp, (ax_, ay_) = q.boundingRect(), q.pos(), q.anchor
            qx, qy = qp.x() / pxw - ax_ * qb.width(), -qp.y() / pxh - ay_ * qb.height()
            taken.append((qx, qy, qx + qb.width(), qy + qb.height()))
        circles = [(x / pxw, -y / pxh, s / 2) for _g, x, y, s in self._bubbles]  # pixel centres, radius
        sizes = []
        for g, *_ in self._bubbles:
            br = self.group_labels[g].boundingRect()
            sizes.append((br.width(), br.height()))
        shown = set()
        for (g, *_), spot in zip(self._bubbles, label_placement.place(circles, sizes, area, taken), strict=True):
            shown.add(g)
            t = self.group_labels[g]
            x0, y0, _x1, _y1 = spot.rect
            t.setColor(palette.text_on(palette.group_color(g)) if spot.inside else QColor(INK_STRONG))
            t.setAnchor((0.0, 0.0))
            t.setPos(x0 * pxw, -y0 * pxh)
            line = self.leader_lines[g]
            if spot.lead is None:
                line.setVisible(False)
            else:  # from the bubble's edge to the label's nearest side
                (ex, ey), (lx, ly) = spot.lead
                line.setData([ex * pxw, lx * pxw], [-ey * pxh, -ly * pxh])
                line.setVisible(True)
        for g, line in self.leader_lines.items():
            if g not in shown:
                line.setVisible(False)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.estimates_shown.emit(self._estimates)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_labels()

    @staticmethod
    def _alpha(c: QColor, a: int) -> QColor:
        c = QColor(c)
        c.setAlpha(a)
        return c

    def _quadrant_label(self, q: str) -> str:
        labels = {
            "wachsende Leitbranche": self.tr("wachsende Leitbranche"),
            "Potenzial": self.tr("Potenzial"),
            "schrumpfende Stärke": self.tr("schrumpfende Stärke"),
            "Problemfeld": self.tr("Problemfeld"),
        }
        return labels.get(q, q)

    def _tip(self, x: float, y: float, data: Any) -> str:
        if self.df is None:
            return ""
        row = self.df[self.df["gewerbegruppe"] == data]
        if row.empty:
            return ""
        r = row.iloc[0]
        quad = r["quadrant_en"] if self.ctx.lang == "en" else self._quadrant_label(str(r["quadrant"]))
        lines = [
            self._group_name(str(r["gewerbegruppe"])) + f" ({self.tr('Schätzung')})",
            self.tr("Wachstum %1–%2: %3")
            .replace("%1", str(self.start_spin.value()))
            .replace("%2", str(self.end_spin.value()))
            .replace("%3", fmt_percent(r["growth"], 1, signed=True)),
            self.tr("Lokalisationsfaktor: %1 (ln: %2)")
            .replace("%1", fmt_number(r["lq"], 2))
            .replace("%2", fmt_number(r["log_lq"], 2)),
            self.tr("Tätige Personen %1: %2")
            .replace("%1", str(self.end_spin.value()))
            .replace("%2", fmt_number(r["employees"], 0)),
            self.tr("Einordnung: %1").replace("%1", quad),
        ]
        return "\n".join(lines)

    # ================================================================== shell hooks
    def choose_area(self, code: str) -> None:
        """Show the portfolio of ``code`` (region code or a district AGS)."""
        i = self.area_combo.findData(code)
        if i >= 0:
            with QSignalBlocker(self.area_combo):
                self.area_combo.setCurrentIndex(i)
            self.refresh()

    def screenshot_states(self) -> list[tuple[str, Any]]:
        def leipzig_log() -> None:
            self.choose_area("14713")
            self.log_check.setChecked(True)

        return [("leipzig-log", leipzig_log)]

    def screenshot_reset(self) -> None:
        with QSignalBlocker(self.log_check):
            self.log_check.setChecked(False)
        self.choose_area(self.area_combo.itemData(0))
