"""Logging, crash hooks and the native-crash trace of the desktop app.

- ``setup_logging()``: a rotating file ``handwerksmonitor.log`` in ``core.paths.log_dir()``, the last
  500 records in memory (``recent_records()`` for "copy diagnostics"), Qt's own messages routed into
  ``logging`` via ``qInstallMessageHandler``. ``defer_file=True`` (the window's start) keeps the records
  until ``open_log_file()`` after the first paint: ``logging.handlers`` (socket, pickle, queue: ≈ 10 ms)
  is not imported before it; an error, or the end of the process, opens the file at once.
- ``enable_faulthandler()``: native crashes (Qt, DuckDB) write a trace to ``crash.log``; if the previous
  run left one, ``previous_crash()`` says so once and the file is rotated to ``crash.log.1``.
- ``install_excepthooks(dialogs)``: ``sys.excepthook`` and ``threading.excepthook`` log the traceback
  and show a German dialog with copyable details (the log file's location included), or print to
  stderr with ``--no-error-dialogs``. Errors from other threads are marshalled to the GUI thread.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from core import paths
from gui import messages

log = logging.getLogger(__name__)

LOG_NAME = paths.LOG_NAME
CRASH_NAME = "crash.log"
_RECENT: collections.deque[str] = collections.deque(maxlen=500)
_fault_file: IO[str] | None = None
_previous_crash: str | None = None


class _MemoryHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):  # never let logging crash the app
            _RECENT.append(self.format(record))


def log_file() -> Path:
    return paths.log_file()


def recent_records() -> list[str]:
    return list(_RECENT)


class _LogFile(logging.Handler):
    """The log file: ``logging.handlers.RotatingFileHandler`` (stderr if the folder cannot be written),
    opened at once or, deferred, by ``open_log_file`` (records kept until then, replayed in order)."""

    def __init__(self, target: Path, fmt: logging.Formatter, defer: bool) -> None:
        super().__init__()
        self.setFormatter(fmt)
        self.target = target
        self.file: logging.Handler | None = None
        self.held: list[logging.LogRecord] = []
        if not defer:
            self.open()

    def open(self) -> None:
        with self.lock:  # type: ignore[union-attr]  # Handler.createLock made it
            if self.file is not None:
                return
            import logging.handlers  # the ≈ 10 ms this class defers past the first paint

            try:
                self.file = logging.handlers.RotatingFileHandler(self.target, maxBytes=1_000_000, backupCount=3,
                                                                 encoding="utf-8")
            except OSError:  # read-only or missing home: log to stderr; the window says read-only, not crash
                self.file = logging.StreamHandler(sys.stderr)
            self.file.setFormatter(self.formatter)
            held, self.held = self.held, []
            for record in held:
                self.file.handle(record)

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            self.held.append(record)
            if record.levelno >= logging.ERROR:
                self.open()
        else:
            self.file.handle(record)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


_log_file: _LogFile | None = None


def open_log_file() -> None:
    """Open the log file that ``setup_logging(defer_file=True)`` held back (the window: after its first paint)."""
    if _log_file is not None:
        _log_file.open()


def setup_logging(level: int = logging.INFO, defer_file: bool = False) -> Path:
    """Configure the root logger once per log file; returns the log file path."""
    global _log_file
    root = logging.getLogger()
    target = log_file()
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for h in list(root.handlers):
        if getattr(h, "_hwm", False):  # dynamic: our marker on the handlers we installed (any handler can be there)
            root.removeHandler(h)
            h.close()
    _log_file = _LogFile(target, fmt, defer_file)
    if defer_file:
        atexit.unregister(open_log_file)
        atexit.register(open_log_file)  # a process that ends before the first paint still leaves its log
    handlers: list[logging.Handler] = [_MemoryHandler(), _log_file]
    for h in handlers:
        h.setFormatter(fmt)
        setattr(h, "_hwm", True)  # noqa: B010 - marks our handlers for replacement
        root.addHandler(h)
    root.setLevel(level)
    _route_qt_messages()
    return target


def _route_qt_messages() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(mode, context, message):  # noqa: ANN001 - Qt callback
        qt_log.log(levels.get(mode, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def enable_faulthandler() -> None:
    """Write native crash traces to crash.log; remember a trace left by the previous run."""
    global _fault_file, _previous_crash
    crash = paths.log_dir() / CRASH_NAME
    if crash.exists() and crash.stat().st_size > 0:
        _previous_crash = crash.read_text("utf-8", errors="replace")[-4000:]
        with contextlib.suppress(OSError):
            crash.replace(crash.with_name(CRASH_NAME + ".1"))
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None
    try:
        _fault_file = crash.open("w", encoding="utf-8")
    except OSError:  # read-only home: native traces go to stderr
        faulthandler.enable()
        return
    faulthandler.enable(_fault_file)


def previous_crash() -> str | None:
    """The native trace of an unexpected end of the previous run (once), else None."""
    global _previous_crash
    text, _previous_crash = _previous_crash, None
    return text


def close_faulthandler() -> None:
    """Normal exit: stop the trace and drop the empty crash file."""
    global _fault_file
    if _fault_file is None:
        return
    faulthandler.disable()
    _fault_file.close()
    _fault_file = None
    crash = paths.log_dir() / CRASH_NAME
    with contextlib.suppress(OSError):
        if crash.exists() and crash.stat().st_size == 0:
            crash.unlink()


# -- exception hooks ------------------------------------------------------------------------------
_showing = False
_bridge = None


def format_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def _handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = format_exception(exc_type, exc, tb)
    log.critical("unhandled exception\n%s", details)
    if not messages.dialogs_enabled() or _showing:
        print(details, file=sys.stderr, end="")
        return
    if threading.current_thread() is not threading.main_thread():
        if _bridge is not None:
            _bridge.raised.emit((exc_type, exc, tb))
        else:
            print(details, file=sys.stderr, end="")
        return
    _showing = True
    try:
        messages.show_unexpected(exc, details)
    except Exception:  # noqa: BLE001 - the error dialog itself failed: the details still reach stderr
        print(details, file=sys.stderr, end="")
    finally:
        _showing = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    _handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def install_excepthooks(dialogs: bool = True) -> None:
    """Install both hooks; call after the QApplication exists. ``dialogs=False``: no box opens
    anywhere (``gui.messages``), errors go to stderr."""
    global _bridge
    from PySide6.QtCore import QObject, Signal, Slot

    class _Bridge(QObject):
        """Lives in the GUI thread; a signal from a worker thread is queued to it."""

        raised = Signal(object)

        def __init__(self) -> None:
            super().__init__()
            self.raised.connect(self.show)

        @Slot(object)
        def show(self, info: tuple) -> None:
            _handle(*info)

    messages.set_dialogs_enabled(dialogs)
    _bridge = _Bridge()
    sys.excepthook = _handle
    threading.excepthook = _thread_hook
