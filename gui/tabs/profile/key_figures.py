"""The row of key-figure cards of a district profile: inhabitants (with the change since 2010),
inhabitants per km², craft enterprises (Handwerkszählung; the chamber's own Betriebe count beside it where
one is published), persons employed and business density against the region and Germany. Estimated totals
carry the "Schätzung" badge; a census break in the profile's year is marked on the per-inhabitant cards."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from core.chamber_check import summary_line
from core.figures import Figure
from core.profile import DistrictProfile
from gui.formatting import fmt_number
from gui.tabs._support import KeyFigureCard


class KeyFigureCards(QWidget):
    def __init__(self, parent: QWidget | None = None, lang: str = "de") -> None:
        super().__init__(parent)
        self.lang = lang  # language of core's texts (break notes, chamber lines)
        self.population = KeyFigureCard(self.tr("Einwohner"))
        self.inh_km2 = KeyFigureCard(self.tr("Einwohner je km²"))
        self.businesses = KeyFigureCard(self.tr("Handwerksunternehmen"))
        self.employees = KeyFigureCard(self.tr("Tätige Personen"))
        self.density = KeyFigureCard(self.tr("Betriebsdichte"), unit=self.tr("je 1.000 Einw."))
        self.density_tip = self.tr(
            "Handwerksunternehmen (Handwerkszählung, Anlage A und B1) je 1.000 Einwohner. Die Kammern zählen "
            "Betriebe (mit Anlage B2 und ruhenden Betrieben); mit ihren Zahlen wäre die Dichte höher."
        )
        self.density.setToolTip(self.density_tip)
        self.businesses_tip = self.tr(
            "Unternehmen der Handwerkszählung (Anlage A und B1 mit Umsatz oder Beschäftigten), nicht die "
            "Betriebe der Handwerksrolle."
        )
        self.businesses.setToolTip(self.businesses_tip)
        self.employees.setToolTip(self.tr("Tätige Personen im Handwerk (Anlage A und B1, mit Inhabern)"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        for c in (self.population, self.inh_km2, self.businesses, self.employees, self.density):
            c.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            lay.addWidget(c, 1)  # equal widths (a card's own minimum aside): the details wrap predictably

    def show_profile(self, prof: DistrictProfile, population_detail: str) -> bool:
        """Fill the cards; True if one of them shows an estimate."""
        est = self.tr("Schätzung")

        def badge(*figs: Figure) -> str:
            return est if any(f.is_estimate for f in figs) else ""

        self.population.caption.setText(self.tr("Einwohner %1").replace("%1", str(prof.year)))
        self.population.set(fmt_number(prof.population_year.value), population_detail)
        self.inh_km2.set(
            fmt_number(prof.density_inhabitants_km2.value, 0),
            self.tr("Fläche %1 km²").replace("%1", fmt_number(prof.area_km2.value, 0)),
        )
        b, e = prof.businesses, prof.employees
        lang = self.lang
        chamber = [x for x in prof.chamber_counts if x["districts"] == [prof.area_code]]
        if chamber:  # the chamber's own count of this district beside the Handwerkszählung
            last = chamber[-1]
            detail = (
                self.tr("Kammer %1: %2 Betriebe")
                .replace("%1", str(last["reference_date"])[:4])
                .replace("%2", ("≈ " if last["approximate"] else "") + fmt_number(last["betriebe"]))
            )
            detail = _wrap_after(detail, ":")  # "Kammer 2012:" / "≈ 5.287 Betriebe" in a narrow card
            tip = self.businesses_tip + "\n\n" + "\n".join(summary_line(x, lang) for x in chamber)
        else:
            detail, tip = self.tr("Anlage A und B1"), self.businesses_tip
        if b.kind == "register":  # counted from the chamber's own register (#17)
            detail += " · " + self.tr("Kammerregister")
        self.businesses.set(fmt_number(b.value), detail, badge(b))
        self.businesses.setToolTip(tip)
        self.employees.set(
            fmt_number(e.value),
            self.tr("%1 je Unternehmen").replace("%1", fmt_number(prof.employees_per_business.value, 1)),
            badge(e),
        )
        dens = (prof.business_density, prof.business_density_region, prof.business_density_germany)
        detail = (
            self.tr("IRMD %1 · Deutschland %2")
            .replace("%1", fmt_number(dens[1].value, 1))
            .replace("%2", fmt_number(dens[2].value, 1))
        )
        detail = _wrap_after(detail, "·")  # "IRMD 7,2 ·" / "Deutschland 6,9" in a narrow card
        census = dens[0].breaks
        if census:  # e.g. 2022: the census changed the population, not the crafts
            detail += "\n⚠ " + " ".join(str(x.short(lang)) for x in census)  # own line: no odd wrap at "·"
            self.density.setToolTip(self.density_tip + "\n\n" + "\n".join(x.text(lang) for x in census))
        else:
            self.density.setToolTip(self.density_tip)
        self.density.set(fmt_number(dens[0].value, 1), detail, badge(*dens))
        return bool(badge(b, e, *dens))


def _wrap_after(text: str, mark: str) -> str:
    """``text`` that may wrap only after ``mark`` (all other spaces non-breaking): a narrow card breaks
    "IRMD 7,2 · Deutschland 6,9" at the separator, never inside "Deutschland 6,9" or before the "·"."""
    return text.replace(" ", "\u00a0").replace(f"{mark}\u00a0", f"{mark} ")
