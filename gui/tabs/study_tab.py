"""Studie: the rest of the study beside portfolio and forecast — apprenticeships, business size,
the cooperation survey with interview findings, and the SWOT board linked to the recommendations."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from gui.context import AppContext
from gui.tabs.base import Tab
from gui.tabs.study.apprenticeship_view import ApprenticeshipView
from gui.tabs.study.business_size_view import BusinessSizeView
from gui.tabs.study.survey_view import SurveyView
from gui.tabs.study.swot_view import SwotView


class StudyTab(Tab):

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.pages = QTabWidget()
        self.apprenticeships = ApprenticeshipView(ctx)
        self.business_size = BusinessSizeView(ctx)
        self.survey = SurveyView(ctx)
        self.swot = SwotView(ctx)
        self.pages.addTab(self.apprenticeships, self.tr("Ausbildung"))
        self.pages.addTab(self.business_size, self.tr("Betriebsgrößen"))
        self.pages.addTab(self.survey, self.tr("Befragung und Digitalisierung"))
        self.pages.addTab(self.swot, self.tr("SWOT"))
        QVBoxLayout(self).addWidget(self.pages)
        self.estimates_shown.emit(False)  # only official, published and study figures here

    def screenshot_states(self):
        return [
            ("betriebsgroessen", lambda: self.pages.setCurrentWidget(self.business_size)),
            ("befragung", lambda: self.pages.setCurrentWidget(self.survey)),
            ("swot", lambda: self.pages.setCurrentWidget(self.swot)),
        ]

    def screenshot_reset(self) -> None:
        self.pages.setCurrentIndex(0)
