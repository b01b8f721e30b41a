"""One way from a failure to the person at the screen (gui.messages): logged, in the user's language,
never a raw exception text, and no box at all with --no-error-dialogs. The source checks catch the
whole class: a new QMessageBox call or a second way of finding the language fails here."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import NoDataError
from gui import i18n, messages
from gui.context import AppContext

GUI = Path(__file__).resolve().parents[2] / "gui"
BRIDGE = {GUI / "messages.py", GUI / "dialogs" / "error_dialog.py"}


def _sources() -> list[tuple[Path, str]]:
    return [(p, p.read_text("utf-8")) for p in sorted(GUI.rglob("*.py"))]


def test_only_the_bridge_opens_message_boxes():
    offenders = [str(p.relative_to(GUI)) for p, src in _sources() if "QMessageBox" in src and p not in BRIDGE]
    assert offenders == []


def test_one_language_source_and_a_typed_context_everywhere():
    """``ctx.lang`` (= gui.i18n.current_language) only: no app property, no getattr with a default on
    the context, no untyped ``ctx``."""
    offenders = []
    for p, src in _sources():
        if "hwm_lang" in src:
            offenders.append(f"{p.name}: hwm_lang")
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr":
                target = ast.unparse(node.args[0]) if node.args else ""
                if target in ("ctx", "self.ctx"):
                    offenders.append(f"{p.name}:{node.lineno} getattr({target}, ...)")
            if isinstance(node, ast.arg) and node.arg == "ctx" and (
                node.annotation is None or ast.unparse(node.annotation) == "Any"
            ):
                offenders.append(f"{p.name}:{node.lineno} untyped ctx")
    assert offenders == []


def test_expected_error_in_the_users_language(qapp, store, caplog):
    ctx = AppContext(store=store)
    exc = NoDataError("Für 1990 gibt es keine Daten.", "There are no data for 1990.")
    with caplog.at_level(logging.INFO, logger="gui.messages"):
        assert ctx.present_error(exc, dialog=False) == "Für 1990 gibt es keine Daten."
    assert "keine Daten" in caplog.text
    i18n.install("en", qapp)
    assert ctx.lang == "en"
    assert ctx.present_error(exc, dialog=False) == "There are no data for 1990."


def test_unexpected_error_is_logged_with_traceback_and_never_shown_raw(qapp, store, caplog):
    ctx = AppContext(store=store)
    try:
        {}["secret internal key"]
    except KeyError as exc:
        with caplog.at_level(logging.ERROR, logger="gui.messages"):
            text = ctx.present_error(exc, dialog=False)
    assert "secret internal key" not in text and "KeyError" not in text
    assert "Protokoll" in text  # says where the details are
    assert "Traceback" in caplog.text and "secret internal key" in caplog.text


def test_file_errors_say_what_the_system_said(qapp):
    text = messages.error_text(PermissionError(13, "Keine Berechtigung", "/x/bericht.pdf"))
    assert "Keine Berechtigung" in text and "/x/bericht.pdf" in text


def test_without_dialogs_nothing_opens_and_the_text_goes_to_stderr(qapp, store, capsys):
    """--no-error-dialogs (CI, screenshots): a failure must never wait for a click."""
    messages.set_dialogs_enabled(False)
    ctx = AppContext(store=store)
    ctx.present_error(NoDataError("Keine Daten für Atlantis."), None, "Fehler beim Laden")
    messages.warn(None, "Hinweis", "Bitte prüfen")
    assert messages.ask(None, "Frage", "Wirklich?", default=True) is True
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    err = capsys.readouterr().err
    assert "Fehler beim Laden: Keine Daten für Atlantis." in err and "Hinweis: Bitte prüfen" in err


def test_the_command_line_switch_reaches_the_bridge(qtbot, store):
    from tests.gui.shell_helpers import close_app, start_app

    messages.set_dialogs_enabled(True)
    controller = start_app(qtbot, store)  # handwerksmonitor --no-error-dialogs
    try:
        assert not messages.dialogs_enabled()
    finally:
        close_app(controller)
