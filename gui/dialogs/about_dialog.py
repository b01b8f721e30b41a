"""Hilfe › Über: version, licences of the bundled data (from datasets.json) and of the libraries.

Library versions are read at run time from the installed distributions (without importing them),
falling back to an already imported module's ``__version__`` in a frozen bundle.
"""

from __future__ import annotations

import html
import sys
from collections import OrderedDict
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.provenance import bundled_catalog
from gui.i18n import current_language
from gui.style import HINT

# (display name, distribution names to try, module name, licence)
LIBRARIES: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("PySide6 / Qt for Python", ("PySide6-Essentials", "PySide6"), "PySide6", "LGPLv3"),
    ("pyqtgraph", ("pyqtgraph",), "pyqtgraph", "MIT"),
    ("pandas", ("pandas",), "pandas", "BSD-3-Clause"),
    ("NumPy", ("numpy",), "numpy", "BSD-3-Clause"),
    ("DuckDB", ("duckdb",), "duckdb", "MIT"),
    ("openpyxl", ("openpyxl",), "openpyxl", "MIT"),
    ("platformdirs", ("platformdirs",), "platformdirs", "MIT"),
    ("defusedxml", ("defusedxml",), "defusedxml", "PSF-2.0"),
)


def library_version(dists: tuple[str, ...], module: str) -> str:
    for d in dists:
        try:
            return version(d)
        except PackageNotFoundError:
            continue
    mod = sys.modules.get(module)
    return str(getattr(mod, "__version__", "–")) if mod is not None else "–"  # dynamic: optional in a module


def library_rows() -> list[tuple[str, str, str]]:
    return [(name, library_version(dists, mod), lic) for name, dists, mod, lic in LIBRARIES]


def data_licences(lang: str = "de") -> OrderedDict[str, list[str]]:
    """Licence text -> titles of the bundled datasets under it (English titles for ``lang`` "en")."""
    out: OrderedDict[str, list[str]] = OrderedDict()
    for rec in bundled_catalog().values():
        rec = rec.localized(lang)
        out.setdefault(rec.licence, []).append(rec.title)
    return out


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Über Handwerksmonitor"))
        self.resize(1100, 640)

        name = self.tr("Handwerksmonitor Mitteldeutschland")
        version_text = self.tr("Version %1").replace("%1", __version__)
        claim = self.tr("Daten, Prognosen und Empfehlungen für das Handwerk in der Innovationsregion "
                        "Mitteldeutschland – offline, ohne Netzwerkzugriff.")
        head = QLabel(
            f"<h2 style='margin-bottom:2px'>{html.escape(name)}</h2>"
            f"<p>{html.escape(version_text)} · Qt {qVersion()} · Python {sys.version.split()[0]}</p>"
            f"<p>{html.escape(claim)}</p>"
        )
        head.setWordWrap(True)
        head.setObjectName("aboutHead")

        data_view = QTextBrowser()
        data_view.setObjectName("aboutDataLicences")
        data_view.setOpenLinks(False)
        heading = self.tr("Lizenzen der mitgelieferten Daten")
        parts = [f"<h3>{html.escape(heading)}</h3>"]
        for licence, titles in data_licences(current_language()).items():
            parts.append(
                f"<p style='margin:0 0 8px 0'><b>{html.escape(licence)}</b><br/><span style='color:{HINT}'>"
                f"{html.escape(', '.join(titles))}</span></p>"
            )
        data_view.setHtml("".join(parts))

        lib_view = QTextBrowser()
        lib_view.setObjectName("aboutLibraries")
        lib_view.setOpenLinks(False)
        heading = self.tr("Verwendete Bibliotheken")
        cols = (self.tr("Bibliothek"), self.tr("Version"), self.tr("Lizenz"))
        parts = [f"<h3>{html.escape(heading)}</h3><table cellpadding='4'><tr>"]
        parts.extend(f"<th align='left'>{html.escape(c)}</th>" for c in cols)
        parts.append("</tr>")
        for name, ver, lic in library_rows():
            parts.append(f"<tr><td>{html.escape(name)}</td><td>{html.escape(ver)}</td><td>{html.escape(lic)}</td></tr>")
        parts.append("</table>")
        note = self.tr("Qt wird unter der GNU Lesser General Public License v3 genutzt (dynamisch gelinkt); "
                       "die Lizenztexte liegen den Bibliotheken bei.")
        parts.append(f"<p style='color:{HINT}'>{html.escape(note)}</p>")
        lib_view.setHtml("".join(parts))
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(data_view, 3)
        columns.addWidget(lib_view, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(head)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None = None) -> AboutDialog:
    dlg = AboutDialog(parent.window() if parent is not None else None)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.show()
    return dlg
