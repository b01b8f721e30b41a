"""Small helpers shared by the Kreisprofile and Branchenportfolio tabs: source lines, key-figure cards,
the "Schätzung" badge and turning core's source records into provenance objects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core import provenance
from gui.context import AppContext
from gui.style import set_role
from gui.widgets.source_line import SourceLine


def records_to_provenance(records: list[dict[str, Any]] | list[str],
                          extra: dict[str, provenance.Provenance] | None = None) -> list[provenance.Provenance]:
    """Provenance objects for core's ``sources`` records (dicts with ``id``) or plain dataset ids;
    ``extra`` = the store's imported data versions (``DataStore.extra_provenance``)."""
    cat = {**provenance.bundled_catalog(), **(extra or {})}
    out: list[provenance.Provenance] = []
    for r in records:
        if isinstance(r, dict) and r.get("input_of"):
            continue  # an indirect input: named in the provenance dialog of the dataset that rests on it
        ids = str(r.get("id", "") if isinstance(r, dict) else r).split(",")
        for i in ids:
            p = cat.get(i.strip())
            if p is None and isinstance(r, dict) and len(ids) == 1:  # e.g. an imported data version
                p = _from_record(r)
            if p is not None and p not in out:
                out.append(p)
    return out


def _from_record(r: dict[str, Any]) -> provenance.Provenance | None:
    """A provenance object from a full record that is not in the bundled catalog (None if incomplete)."""
    try:
        return provenance.Provenance(
            id=str(r["id"]),
            title=str(r["title"]),
            publisher=str(r.get("publisher", "")),
            source=str(r.get("source", "")),
            licence=str(r.get("licence", "")),
            stand=str(r.get("stand", "")),
            kind=str(r.get("kind", "import")),
            title_en=str(r.get("title_en", "")),
            publisher_en=str(r.get("publisher_en", "")),
            source_en=str(r.get("source_en", "")),
            licence_en=str(r.get("licence_en", "")),
            stand_en=str(r.get("stand_en", "")),
            file=str(r.get("file", "")),
            table=str(r.get("table", "")),
            imported_at=str(r.get("imported_at", "") or ""),
        )
    except KeyError:
        return None


def make_source_line(ctx: AppContext, parent: QWidget | None = None) -> SourceLine:
    """The shell's source line (links to the provenance dialog, says "Schätzung" for estimates)."""
    return SourceLine(ctx, parent)


def estimate_badge(text: str, parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    set_role(lab, "estimateTag")
    lab.setSizePolicy(lab.sizePolicy().horizontalPolicy(), lab.sizePolicy().verticalPolicy())
    return lab


class KeyFigureCard(QFrame):
    """A big, readable number; caption (with the "Schätzung" badge) above, a comparison line below."""

    def __init__(self, caption: str, parent: QWidget | None = None, unit: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("KeyFigureCard")
        self.caption = QLabel(caption)
        set_role(self.caption, "subtitle")
        self.value = QLabel("–")
        set_role(self.value, "figureValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel("")
        set_role(self.detail, "figureDetail")
        self.detail.setWordWrap(True)
        self.badge = estimate_badge("")
        self.badge.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(1)
        lay.addWidget(self.caption)
        vrow = QHBoxLayout()
        vrow.setContentsMargins(0, 0, 0, 0)
        vrow.setSpacing(4)
        vrow.addWidget(self.value)
        self.unit = QLabel(unit)
        set_role(self.unit, "figureDetail")
        self.unit.setVisible(bool(unit))
        vrow.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignBottom)
        vrow.addStretch(1)
        lay.addLayout(vrow)
        lay.addWidget(self.detail)
        lay.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)

    def set(self, value: str, detail: str = "", estimate: str = "") -> None:
        """Show ``value``; ``estimate`` non-empty shows the "Schätzung" badge with that text."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.badge.setText(estimate)
        self.badge.setVisible(bool(estimate))
