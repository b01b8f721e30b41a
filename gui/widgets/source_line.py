"""The source line under a chart or table: "Quelle: <links> | Schätzung", each link opens Hilfe › Quellen.

Usage::

    line = SourceLine(ctx)
    line.set_sources([provenance.get("population"), provenance.get("estimate_gewerbegruppen")])

``has_estimate()`` says whether an estimate is among the sources, so a tab can report
``estimates_shown`` (see gui/tabs/__init__.py).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from core import palette
from gui.context import AppContext
from gui.dialogs.provenance_dialog import show_provenance
from gui.formatting import fmt_date
from gui.style import ACCENT

ESTIMATE_COLOR = palette.ESTIMATE_TEXT  # the one "Schätzung" colour (core.palette)
MAX_LINES = 3  # a longer source line is shown compact (title and Stand), then with the first three only


class SourceLine(QLabel):
    """A small, wrapped, link-bearing label; clicking a source opens the provenance dialog on it."""

    source_clicked = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sources: list[Any] = []
        self._texts = ("", "", "")
        self.setObjectName("sourceLine")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self._open)
        self.setToolTip(self.tr("Auf eine Quelle klicken: Herkunft, Lizenz und Stand anzeigen"))

    def sources(self) -> list[Any]:
        return list(self._sources)

    def has_estimate(self) -> bool:
        return any(p.kind == "estimate" for p in self._sources)

    def set_sources(self, sources: list[Any]) -> None:
        unique: list[Any] = []
        for p in sources:
            if p is not None and all(p.id != q.id for q in unique):
                unique.append(p)
        self._sources = unique
        # the full line (title, publisher, Stand, import details) and a compact one (title and Stand; the rest
        # is in the dialog behind the link), shown where the full line would take more than MAX_LINES lines
        self._texts = (
            (self._line(unique, full=True), self._line(unique, full=False), self._line(unique, full=False, first=3))
            if unique
            else ("", "", "")
        )
        self._choose()

    def _line(self, unique: list[Any], full: bool, first: int = 0) -> str:
        """The line; ``first`` > 0: only the first sources, then "und N weitere" (linked to the next one)."""
        lang = self.ctx.lang
        parts = []
        shown = unique[:first] if 0 < first < len(unique) - 1 else unique
        for p in shown:
            rec = p.localized(lang) if hasattr(p, "localized") else p
            stand = self.tr("Stand %1").replace("%1", rec.stand if hasattr(p, "localized") else fmt_date(p.stand))
            details = p.details(lang) if full and hasattr(p, "details") else ""  # imported table: number, file, date
            who = f"{rec.publisher}, " if full and rec.publisher and len(unique) <= 3 else ""
            text = html.escape(f"{rec.title} ({who}{stand}{', ' + details if details else ''})")
            link = f"<a href='prov:{html.escape(p.id)}' style='color:{ACCENT}'>{text}</a>"
            n_inputs = len(p.inputs)
            if n_inputs and full:  # a derived dataset: its inputs are listed in the provenance dialog behind the link
                link += " " + html.escape(self.tr("(beruht auf %1 Datensätzen)").replace("%1", str(n_inputs)))
            parts.append(link)
        rest = unique[len(shown):]
        if rest:  # the others one click away: the provenance dialog lists every dataset
            more = self.tr("und %1 weitere").replace("%1", str(len(rest)))
            titles = html.escape("; ".join((p.localized(lang) if hasattr(p, "localized") else p).title for p in rest))
            parts.append(f"<a href='prov:{html.escape(rest[0].id)}' style='color:{ACCENT}' title='{titles}'>"
                         f"{html.escape(more)}</a>")
        line = self.tr("Quelle:") + " " + "; ".join(parts)
        if self.has_estimate():
            estimate = self.tr("Schätzung")
            line += f" | <b style='color:{ESTIMATE_COLOR}'>{html.escape(estimate)}</b>"
        return line

    def _lines_needed(self, rich: str, width: int) -> int:
        doc = QTextDocument()
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(0)
        doc.setHtml(rich)
        doc.setTextWidth(max(1, width))
        return round(doc.size().height() / max(1, self.fontMetrics().lineSpacing()))

    def _choose(self) -> None:
        text = self._texts[0]
        if text and self.width() > 50:
            width = self.contentsRect().width()
            text = next((t for t in self._texts if self._lines_needed(t, width) <= MAX_LINES), self._texts[-1])
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._choose()

    def _open(self, link: str) -> None:
        dataset_id = link.removeprefix("prov:")
        self.source_clicked.emit(dataset_id)
        show_provenance(self, dataset_id, self.ctx)
