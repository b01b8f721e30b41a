"""Hilfe › Quellen: every dataset the app can show, with publisher, source, licence, Stand and kind.

Rows come from ``core.provenance.bundled_catalog()`` plus the imported data versions
(``core.sources.all_sources``). Estimates are highlighted and labelled "Schätzung"; the pane
below the table shows the full record (caveat, method) of the selected row. Open it pre-selected with
``show_provenance(parent, dataset_id)``; source lines under charts do that (gui.widgets.source_line).
"""

from __future__ import annotations

import html
import logging
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import palette, sources
from core.provenance import TEXT_FIELDS, bundled_catalog, localize_record
from gui.context import AppContext
from gui.formatting import fmt_date
from gui.i18n import current_language
from gui.style import HINT

log = logging.getLogger(__name__)

ESTIMATE_BG = QColor(palette.ESTIMATE_BG)  # the one "Schätzung" colour (core.palette)
ESTIMATE_FG = QColor(palette.ESTIMATE_TEXT)


def _kind_label(kind: str) -> str:
    labels = {
        "official": QCoreApplication.translate("ProvenanceDialog", "amtlich"),
        "published": QCoreApplication.translate("ProvenanceDialog", "veröffentlicht"),
        "study": QCoreApplication.translate("ProvenanceDialog", "Studie"),
        "estimate": QCoreApplication.translate("ProvenanceDialog", "Schätzung"),
        "projection": QCoreApplication.translate("ProvenanceDialog", "Projektion"),
        "import": QCoreApplication.translate("ProvenanceDialog", "Import"),
        "register": QCoreApplication.translate("ProvenanceDialog", "Kammerregister"),
    }
    return labels.get(kind, kind)


def _record(d: dict) -> Any:
    """An imported version (dict from core.sources) as an object with the Provenance attributes."""
    fields = ("id", "kind", "file", "table", "imported_at", *TEXT_FIELDS, *(f"{t}_en" for t in TEXT_FIELDS))
    rec = SimpleNamespace(**{f: str(d.get(f) or "") for f in fields})
    rec.inputs = tuple(d.get("inputs") or ())
    rec.kind = rec.kind or "import"
    if d.get("imported_at") and not rec.stand:
        rec.stand = str(d["imported_at"])[:10]
    return rec


def _localized(rec: Any, lang: str) -> Any:
    """A record in ``lang``: English texts where the record has them (an imported version has them for the
    texts the program writes; the user's own texts stay as they are), the Stand as a date of ``lang``."""
    if hasattr(rec, "localized"):
        return rec.localized(lang)
    return SimpleNamespace(**localize_record(vars(rec), lang))  # English companions, the Stand as a date


def all_records(ctx: AppContext | None = None) -> list[Any]:
    """Bundled records, then imported versions (if the user DB is open)."""
    records: list[Any] = list(bundled_catalog().values())
    con = ctx.user_con if ctx is not None else None
    if con is None:
        return records
    try:
        imported = [d for d in sources.all_sources(None, con) if d.get("imported")]
    except Exception:  # noqa: BLE001 - a broken import record must not keep the dialog from opening (logged)
        log.exception("could not list imported sources")
        return records
    return records + [_record(d) for d in imported]


class ProvenanceDialog(QDialog):
    COLUMNS = ("title", "publisher", "source", "licence", "stand", "kind")

    def __init__(
        self, parent: QWidget | None = None, ctx: AppContext | None = None, dataset_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("provenanceDialog")
        self.setWindowTitle(self.tr("Quellen der Daten"))
        self.resize(1100, 640)
        self.records = all_records(ctx)
        lang = current_language()

        intro = QLabel(
            self.tr(
                "Jede Zahl im Handwerksmonitor stammt aus einer dieser Quellen. Eigene Schätzungen sind "
                "farbig hervorgehoben und überall mit „Schätzung“ gekennzeichnet."
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Quellen durchsuchen …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)

        self.table = QTableWidget(len(self.records), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Datensatz"), self.tr("Herausgeber"), self.tr("Quelle"), self.tr("Lizenz"),
             self.tr("Stand"), self.tr("Art")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        bold = QFont()
        bold.setBold(True)
        for row, rec in enumerate(self.records):
            rec = _localized(rec, lang)
            values = [rec.title, rec.publisher, rec.source, rec.licence, fmt_date(rec.stand), _kind_label(rec.kind)]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, rec.id)
                if rec.kind == "estimate":
                    item.setBackground(QBrush(ESTIMATE_BG))
                    if col == len(values) - 1:
                        item.setForeground(QBrush(ESTIMATE_FG))
                        item.setFont(bold)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((300, 200, 175, 150, 95, 125)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._show_details)

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)  # no network: sources are shown, never fetched
        self.details.setObjectName("provenanceDetails")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([380, 220])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.select(dataset_id)

    def select(self, dataset_id: str | None) -> None:
        """Select the (first) row of a dataset id, else the first row."""
        target = 0
        for row, rec in enumerate(self.records):
            if rec.id == dataset_id:
                target = row
                break
        if self.records:
            self.table.selectRow(target)
            item = self.table.item(target, 0)
            if item is not None:
                self.table.scrollToItem(item)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()].id if rows else None

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.table.rowCount()):
            cells = (self.table.item(row, c) for c in range(self.table.columnCount()))
            hay = " ".join(item.text().lower() for item in cells if item is not None)
            self.table.setRowHidden(row, bool(needle) and needle not in hay)

    def _inputs_text(self, rec: Any, lang: str) -> str:
        """The datasets a derived dataset rests on (e.g. the estimate's margins), by title."""
        return _input_titles(tuple(rec.inputs or ()), self.records, lang)

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        lang = current_language()
        rec = _localized(self.records[rows[0].row()], lang)
        title = rec.title
        fields = [
            (self.tr("Herausgeber"), rec.publisher),
            (self.tr("Quelle"), rec.source),
            (self.tr("Lizenz"), rec.licence),
            (self.tr("Stand"), fmt_date(rec.stand)),
            (self.tr("Art"), _kind_label(rec.kind)),
            (self.tr("Tabelle"), rec.table),
            (self.tr("Datei"), rec.file),
            (self.tr("Importiert am"), rec.imported_at),
            (self.tr("Beruht auf"), self._inputs_text(rec, lang)),
            (self.tr("Hinweis"), rec.caveat),
            (self.tr("Methode"), rec.method),
            (self.tr("Kennung"), rec.id),
        ]
        rows_html = "".join(
            f"<tr><td style='padding:2px 12px 2px 0; color:{HINT}; vertical-align:top'>{html.escape(k)}</td>"
            f"<td style='padding:2px 0'>{html.escape(str(v))}</td></tr>"
            for k, v in fields
            if v
        )
        badge = ""
        if rec.kind == "estimate":
            badge = (
                f" <span style='background:{ESTIMATE_BG.name()}; color:{ESTIMATE_FG.name()}; "
                f"font-weight:bold'>&nbsp;{html.escape(_kind_label('estimate'))}&nbsp;</span>"
            )
        self.details.setHtml(f"<h3>{html.escape(title)}{badge}</h3><table>{rows_html}</table>")


def _input_titles(ids: tuple[str, ...], records: list[Any], lang: str) -> str:
    by_id = {r.id: r for r in records}
    names = []
    for i in ids:
        r = by_id.get(i)
        names.append((r.title_en if (lang == "en" and r.title_en) else r.title) if r is not None else i)
    return "; ".join(names)


def show_provenance(
    parent: QWidget | None = None, dataset_id: str | None = None, ctx: AppContext | None = None
) -> ProvenanceDialog:
    """Open the dialog (window-modal, non-blocking) with ``dataset_id`` selected; returns it. Without a
    context (data still loading) it lists the bundled datasets only."""
    dlg = ProvenanceDialog(parent.window() if parent is not None else None, ctx, dataset_id)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.show()
    return dlg
