"""GUI test isolation: every test leaves the shared QApplication in German, whatever language it used,
and no message box ever opens (it would wait for a click that never comes): ``gui.messages`` writes
to stderr and the log instead, as with ``--no-error-dialogs``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_message_boxes() -> Iterator[None]:
    from gui import messages

    before = messages.dialogs_enabled()
    messages.set_dialogs_enabled(False)
    yield
    messages.set_dialogs_enabled(before)


@pytest.fixture(autouse=True)
def _german_ui_afterwards() -> Iterator[None]:
    yield
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        from gui import i18n

        i18n.install("de", app)  # drops English translators, German locale for numbers and dates


@pytest.fixture(autouse=True)
def _no_leaked_threads_or_timers() -> Iterator[None]:
    """A GUI test must not leave work running behind it (see ``tests/gui/leaks.py``)."""
    yield
    from tests.gui.leaks import assert_nothing_running

    assert_nothing_running()
