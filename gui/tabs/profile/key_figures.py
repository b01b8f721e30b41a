"""The row of key-figure cards of a district profile: inhabitants (with the change since 2010),
inhabitants per km², craft businesses, employees and business density against the region and
Germany. Estimated totals carry the "Schätzung" badge."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from core.figures import Figure
from core.profile import DistrictProfile
from gui.formatting import fmt_number
from gui.tabs._support import KeyFigureCard


class KeyFigureCards(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.population = KeyFigureCard(self.tr("Einwohner"))
        self.inh_km2 = KeyFigureCard(self.tr("Einwohner je km²"))
        self.businesses = KeyFigureCard(self.tr("Handwerksbetriebe"))
        self.employees = KeyFigureCard(self.tr("Beschäftigte"))
        self.density = KeyFigureCard(self.tr("Betriebsdichte"), unit=self.tr("je 1.000 Einw."))
        self.density.setToolTip(self.tr("Handwerksbetriebe je 1.000 Einwohner"))
        self.employees.setToolTip(self.tr("Tätige Personen im Handwerk (Anlage A und B1)"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        for c in (self.population, self.inh_km2, self.businesses, self.employees, self.density):
            c.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            lay.addWidget(c)

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
        detail = self.tr("Anlage A und B1") + (" · " + self.tr("Kammerregister") if b.kind == "register" else "")
        self.businesses.set(fmt_number(b.value), detail, badge(b))
        self.employees.set(
            fmt_number(e.value),
            self.tr("%1 je Betrieb").replace("%1", fmt_number(prof.employees_per_business.value, 1)),
            badge(e),
        )
        dens = (prof.business_density, prof.business_density_region, prof.business_density_germany)
        self.density.set(
            fmt_number(dens[0].value, 1),
            self.tr("IRMD %1 · Deutschland %2")
            .replace("%1", fmt_number(dens[1].value, 1))
            .replace("%2", fmt_number(dens[2].value, 1)),
            badge(*dens),
        )
        return bool(badge(b, e, *dens))
