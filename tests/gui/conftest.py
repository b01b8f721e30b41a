"""GUI test isolation: every test leaves the shared QApplication in German, whatever language it used."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _german_ui_afterwards() -> Iterator[None]:
    yield
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        from gui import i18n

        i18n.install("de", app)  # drops English translators, German locale for numbers and dates
        app.setProperty("hwm_lang", "de")  # the language core messages are shown in (gui.app sets it)
