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
from PySide6.QtWidgets import QLabel, QWidget

from core import palette
from gui.context import AppContext
from gui.dialogs.provenance_dialog import show_provenance
from gui.formatting import fmt_date

ESTIMATE_COLOR = palette.ESTIMATE_TEXT  # the one "Schätzung" colour (core.palette)


class SourceLine(QLabel):
    """A small, wrapped, link-bearing label; clicking a source opens the provenance dialog on it."""

    source_clicked = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sources: list[Any] = []
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
        lang = self.ctx.lang
        parts = []
        for p in unique:
            rec = p.localized(lang) if hasattr(p, "localized") else p
            stand = self.tr("Stand %1").replace("%1", rec.stand if hasattr(p, "localized") else fmt_date(p.stand))
            details = p.details(lang) if hasattr(p, "details") else ""  # imported table: number, file, date
            # many sources: title and Stand only (publisher in the dialog behind the link), so the line stays short
            who = "" if len(unique) > 3 else f"{rec.publisher}, "
            text = html.escape(f"{rec.title} ({who}{stand}{', ' + details if details else ''})")
            link = f"<a href='prov:{html.escape(p.id)}' style='color:#1f4e79'>{text}</a>"
            n_inputs = len(getattr(p, "inputs", ()) or ())
            if n_inputs:  # a derived dataset: its inputs are listed in the provenance dialog behind the link
                link += " " + html.escape(self.tr("(beruht auf %1 Datensätzen)").replace("%1", str(n_inputs)))
            parts.append(link)
        if not parts:
            self.setText("")
            return
        line = self.tr("Quelle:") + " " + "; ".join(parts)
        if self.has_estimate():
            estimate = self.tr("Schätzung")
            line += f" | <b style='color:{ESTIMATE_COLOR}'>{html.escape(estimate)}</b>"
        self.setText(line)

    def _open(self, link: str) -> None:
        dataset_id = link.removeprefix("prov:")
        self.source_clicked.emit(dataset_id)
        show_provenance(self, dataset_id, self.ctx)
