"""The one bridge between a failure (or a question) and the person at the screen.

- ``present_error(exc, parent, title)``: logs the error (with traceback if unexpected), turns it into a
  sentence in the UI language (``error_text``) and shows it: a warning box for an expected failure
  (``core.errors.HandwerksmonitorError``, a file that cannot be written), the error dialog with
  copyable details for anything else. ``dialog=False`` only logs and returns the sentence, for a
  status line or an inline message. Returns the sentence.
- ``warn``, ``inform``, ``ask``: the plain boxes.
- With ``--no-error-dialogs`` (also ``--screenshot``, ``--self-test`` and the GUI tests) no box opens:
  the text goes to stderr and the log, ``ask`` answers its default.

No other module opens a QMessageBox (``tests/gui/test_message_bridge.py`` reads the source to check).
The user never sees ``str(exc)`` of an unexpected error or a traceback outside the details box.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from core import paths
from core.errors import HandwerksmonitorError
from gui.i18n import current_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


def _box() -> type[QMessageBox]:
    """``QMessageBox``, imported when a box opens: PySide6 builds the class and its enums on first touch
    (≈ 10 ms), and every start imports this module before the window's first paint."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox

_dialogs = True


def translate(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def set_dialogs_enabled(enabled: bool) -> None:
    """False: every message goes to stderr and the log instead of a box (``--no-error-dialogs``)."""
    global _dialogs
    _dialogs = enabled


def dialogs_enabled() -> bool:
    return _dialogs and QApplication.instance() is not None


def error_text(exc: BaseException, lang: str | None = None) -> str:
    """What went wrong, in the user's language: an expected failure's own message; for a file that
    cannot be read or written the operating system's reason; else a plain sentence pointing to the log."""
    if isinstance(exc, HandwerksmonitorError):
        return exc.message(lang or current_language())
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return (
            QCoreApplication.translate("Messages", "Die Datei konnte nicht gelesen oder geschrieben werden: %1")
            .replace("%1", (exc.strerror or type(exc).__name__) + where)
        )
    return QCoreApplication.translate(
        "Messages", "Ein unerwarteter Fehler ist aufgetreten. Die Einzelheiten stehen im Protokoll: %1"
    ).replace("%1", str(paths.log_file()))


def _expected(exc: BaseException) -> bool:
    return isinstance(exc, HandwerksmonitorError | OSError)


def present_error(
    exc: BaseException, parent: QWidget | None = None, title: str | None = None, *, dialog: bool = True
) -> str:
    """Log ``exc``, show it to the user (unless ``dialog`` is False) and return the sentence shown."""
    text = error_text(exc)
    if _expected(exc):
        log.info("%s: %s", type(exc).__name__, exc)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if not dialog:
        return text
    title = title or QCoreApplication.translate("Messages", "Fehler")
    if _expected(exc):
        warn(parent, title, text)
    else:
        show_unexpected(exc, "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), parent)
    return text


def show_unexpected(exc: BaseException, details: str, parent: QWidget | None = None) -> None:
    """The error dialog with copyable details (or stderr without dialogs)."""
    if not dialogs_enabled():
        print(details, file=sys.stderr, end="")
        return
    from gui.dialogs.error_dialog import show_error  # lazy: its Qt classes load when an error is shown

    show_error(exc, details, paths.log_file(), parent)


def _to_stderr(title: str, text: str) -> None:
    print(f"{title}: {text}" if title else text, file=sys.stderr)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    if not dialogs_enabled():
        log.warning("%s: %s", title, text)
        _to_stderr(title, text)
        return
    _box().warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    if not dialogs_enabled():
        log.info("%s: %s", title, text)
        _to_stderr(title, text)
        return
    _box().information(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str, *, default: bool = False, detail: str = "") -> bool:
    """A yes/no question; without dialogs the answer is ``default``. ``detail`` is shown below as plain
    text, never rendered (e.g. a link target from an imported file)."""
    if not dialogs_enabled():
        log.info("%s: %s %s -> %s (no dialogs)", title, text, detail, "yes" if default else "no")
        return default
    message_box = _box()
    yes, no = message_box.StandardButton.Yes, message_box.StandardButton.No
    if not detail:
        return message_box.question(parent, title, text, yes | no, yes if default else no) == yes
    from PySide6.QtCore import Qt  # here: the Qt namespace (≈ 25 ms) not before the first paint

    box = message_box(message_box.Icon.Question, title, f"{text}\n\n{detail}", yes | no, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the detail exactly as it is, no markup rendered
    box.setDefaultButton(yes if default else no)
    return box.exec() == yes
