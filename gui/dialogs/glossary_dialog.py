"""Hilfe › Begriffe: the app's vocabulary (core.glossary) – Unternehmen vs. Betriebe, tätige Personen vs.
Beschäftigte vs. Beschäftigtenäquivalente, Betriebsdichte, LQ, Lücke, kinds and breaks – in the UI language."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from core import glossary


def glossary_html(lang: str) -> str:
    rows = "".join(
        f"<p style='margin: 0 0 10px 0'><b>{html.escape(term)}</b><br>{html.escape(text)}</p>"
        for term, text in glossary.terms(lang)
    )
    return f"<div style='font-size: 11pt'>{rows}</div>"


class GlossaryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, lang: str = "de") -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(self.tr("Begriffe"))
        self.resize(760, 600)
        intro = QLabel(
            self.tr(
                "So verwendet der Handwerksmonitor seine Begriffe – in Programm, Kommandozeile, PDF, Excel und "
                "Präsentation gleich."
            )
        )
        intro.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("glossaryText")
        self.text.setOpenLinks(False)
        self.text.setHtml(glossary_html(lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 12)
        lay.addWidget(intro)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)


def show_glossary(parent: QWidget | None = None, lang: str = "de") -> GlossaryDialog:
    dlg = GlossaryDialog(parent.window() if parent is not None else None, lang)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.show()
    return dlg
