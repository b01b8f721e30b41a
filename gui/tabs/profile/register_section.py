"""Kreisprofile › "Kammerregister": owners by age and the succession indicator ("Nachfolge"), and the
estimate's error against the register ("Schätzung vs. Register") — only where a chamber register was
imported; otherwise a note says how to get these figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import register_compare, succession
from core.datastore import GEWERBEGRUPPEN
from core.profile import DistrictProfile
from gui.context import AppContext
from gui.formatting import fmt_number, fmt_percent
from gui.style import set_role
from gui.tabs._support import records_to_provenance
from gui.widgets.source_line import SourceLine
from gui.widgets.table_fit import fit_columns


def _table(cols: int, name: str) -> QTableWidget:
    t = QTableWidget(0, cols)
    t.setObjectName(name)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    fit_columns(t, 0)  # the name column takes the room left, the numbers always show
    return t


def _cell(text: str, right: bool = True) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


class RegisterSection(QWidget):
    def __init__(self, ctx: AppContext, group_name, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.group_name = group_name
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 6, 4, 4)
        self.status = QLabel()
        self.status.setObjectName("registerStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.left_box = left_box = QWidget()  # as wide as the owners table needs; the comparison gets the rest
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        self.owners_title = QLabel()
        set_role(self.owners_title, "strong")
        self.owners_title.setWordWrap(True)
        left.addWidget(self.owners_title)
        self.owners = _table(3, "ownersTable")
        self.owners.setHorizontalHeaderLabels([self.tr("Alter"), self.tr("Inhaber"), self.tr("Anteil")])
        self.owners.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.owners.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        left.addWidget(self.owners, 1)
        self.succession = QLabel()
        self.succession.setObjectName("successionLabel")
        self.succession.setWordWrap(True)
        set_role(self.succession, "succession")
        left.addWidget(self.succession)
        row.addWidget(left_box, 0)
        right = QVBoxLayout()
        self.compare_title = QLabel()
        set_role(self.compare_title, "strong")
        right.addWidget(self.compare_title)
        self.compare = _table(5, "estimateVsRegister")
        self.compare.horizontalHeader().setStretchLastSection(False)
        self.compare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.compare.setHorizontalHeaderLabels([self.tr("Gewerbegruppe"), self.tr("Schätzung"),
                                                self.tr("Register"), self.tr("Abweichung"),
                                                self.tr("MAPE\nalle Jahre")])
        self.compare.setWordWrap(True)
        right.addWidget(self.compare, 1)
        self.caveat = QLabel()
        self.caveat.setWordWrap(True)
        set_role(self.caveat, "secondary")
        right.addWidget(self.caveat)
        row.addLayout(right, 1)
        lay.addLayout(row, 1)
        self.source = SourceLine(ctx)
        lay.addWidget(self.source)

    def show_profile(self, prof: DistrictProfile) -> None:
        en = self.ctx.lang == "en"
        real = register_compare.register_districts(self.store)
        names = [self.store.region.area_name(a) for a in real]
        if real:
            self.status.setText(self.tr("Kammerregister für: %1. Übrige Kreise: Schätzung.").replace(
                "%1", ", ".join(names)))
        else:
            self.status.setText(self.tr(
                "Kein Kammerregister importiert: alle Werte je Gewerbegruppe sind Schätzungen. Ein Auszug der "
                "Handwerksrolle (Datei › Daten importieren …) ersetzt sie für die Kreise der Kammer und liefert "
                "Inhaber nach Alter und Nachfolge."))
        o = prof.owners
        ids: list[str] = []
        self.owners.setRowCount(0)
        if o and o.get("owners_known"):
            self.owners_title.setText(self.tr("Inhaber nach Alter am 31.12.%1 (Kammerregister)").replace(
                "%1", str(o["year"])))
            known = o["owners_known"]
            self.owners.setRowCount(len(succession.BANDS))
            for r, b in enumerate(succession.BANDS):
                n = o["bands"][b]
                self.owners.setItem(r, 0, _cell(succession.band_label(b, "en" if en else "de"), right=False))
                self.owners.setItem(r, 1, _cell(fmt_number(n)))
                self.owners.setItem(r, 2, _cell(fmt_percent(n / known, 1) if known else ""))
            share = o.get("share_60plus")
            self.succession.setText(self.tr("Nachfolge: %1 Betriebe mit Inhaber 60 Jahre und älter (%2 der Inhaber "
                                            "mit bekanntem Alter)").replace("%1", fmt_number(o["aged_60plus"]))
                                    .replace("%2", fmt_percent(share, 1) if share is not None else "–"))
            ids += list(o.get("datasets", []))
        else:
            self.owners_title.setText(self.tr("Inhaber nach Alter"))
            self.succession.setText(self.tr("Keine Angaben zum Alter der Inhaber für diesen Kreis (nur aus einem "
                                            "Kammerregister mit Geburtsdaten oder der Kammer-Vorlage)."))
        # the owners' column as narrow as its table (its labels wrap): the group names of the comparison fit
        self.left_box.setMaximumWidth(max(self.owners.sizeHint().width(), self.fontMetrics().averageCharWidth() * 28))
        self._fill_compare(prof, ids)
        extra = self.store.extra_provenance
        ids = sorted(set(ids))
        provs = [extra[i] for i in ids if i in extra] + records_to_provenance([i for i in ids if i not in extra])
        self.source.set_sources(provs)

    def _fill_compare(self, prof: DistrictProfile, ids: list[str]) -> None:
        df = register_compare.comparison(self.store)
        mine = df[df["area_code"] == prof.area_code]
        self.compare.setRowCount(0)
        self.caveat.setText("")
        self.compare_title.setText(self.tr("Schätzung vs. Register %1").replace("%1", str(prof.year)))
        if mine.empty:
            self.caveat.setText(self.tr("Für diesen Kreis gibt es keine Registerzahlen zum Vergleich."))
            return
        year = mine[mine["year"] == prof.year]
        mape = register_compare.summary(mine, "gewerbegruppe").set_index("gewerbegruppe")["mape"]
        self.compare.setRowCount(len(GEWERBEGRUPPEN))
        for r, g in enumerate(GEWERBEGRUPPEN):
            hit = year[year["gewerbegruppe"] == g]
            self.compare.setItem(r, 0, _cell(self.group_name(g), right=False))
            if hit.empty:
                for c in range(1, 4):
                    self.compare.setItem(r, c, _cell("–"))
            else:
                h = hit.iloc[0]
                rel = h["rel_error"]
                self.compare.setItem(r, 1, _cell(fmt_number(h["estimate"])))
                self.compare.setItem(r, 2, _cell(fmt_number(h["register"])))
                diff = fmt_number(h["error"])
                if rel == rel and rel is not None:
                    diff += f" ({fmt_percent(rel, 0, signed=True)})"
                self.compare.setItem(r, 3, _cell(diff))
            m = mape.get(g)
            self.compare.setItem(r, 4, _cell(fmt_percent(m, 0) if m is not None and m == m else "–"))
        ids += sorted({i for d in mine["register_dataset"] for i in str(d).split(",")} | {"estimate_gewerbegruppen"})
        self.caveat.setText(self.tr("Abweichung = Schätzung − Register. ") + (
            register_compare.CAVEAT_EN if self.ctx.lang == "en" else register_compare.CAVEAT_DE))
