"""Text from files and users is data, never terminal control: one place that makes it safe to show.

A GENESIS title, a file name or a cell may carry escape sequences (``ESC [ 2 J`` clears a terminal),
other C0/C1 control characters, bidirectional overrides (which reorder what a reader sees) or
undecodable bytes (a non-UTF-8 file name arrives as lone surrogates and cannot be printed at all).
:func:`clean` removes all of them; :func:`shown` also shortens a value echoed in a message, so a 1 MB
cell never floods a message. :class:`SafeStream` applies :func:`clean` to everything a command prints.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

# C0 controls except TAB and LF, DEL, C1 controls, bidi embeddings/overrides/isolates, line/paragraph
# separators, BOM/zero-width no-break space and the other invisible format characters used to hide text.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]")
# A complete ANSI escape sequence (CSI ... final byte, OSC ... BEL/ST): removed as a whole, so no
# "[2J" residue is left behind.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_SURROGATES = re.compile("[\ud800-\udfff]")

SHOWN_LIMIT = 80


def clean(text: object, *, keep_newlines: bool = True) -> str:
    """``text`` without control characters, escape sequences and lone surrogates (shown as '?')."""
    s = text if isinstance(text, str) else str(text)
    if s.isprintable() and not _SURROGATES.search(s):
        return s  # the common case, fast
    s = _ANSI.sub("", s)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _CONTROLS.sub("", s)
    if not keep_newlines:
        s = s.replace("\n", " ")
    return _SURROGATES.sub("?", s)


def shown(value: object, limit: int = SHOWN_LIMIT) -> str:
    """A value as echoed inside a message: cleaned, on one line, at most ``limit`` characters."""
    s = clean(value, keep_newlines=False)
    return s if len(s) <= limit else s[: limit - 1] + "…"


def shown_path(path: object) -> str:
    """A path for a message: cleaned (undecodable bytes become '?'), never shortened."""
    return clean(str(path), keep_newlines=False)


class SafeStream(io.TextIOBase):
    """A text stream that cleans everything written to it before passing it on (``sys.stdout`` of a
    command); newlines and tabs stay, and text the terminal's encoding cannot show is replaced."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self.inner = inner

    def write(self, s: str) -> int:
        text = clean(s)
        enc = self.encoding
        try:
            text.encode(enc)
        except (UnicodeEncodeError, LookupError):
            text = text.encode(enc, errors="replace").decode(enc, errors="replace")
        self.inner.write(text)
        return len(s)

    def flush(self) -> None:
        self.inner.flush()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        """The wrapped stream's encoding, else UTF-8 (``io.StringIO`` has None)."""
        # dynamic: sys.stdout may be replaced by any object with ``write`` (IDEs, test captures)
        return getattr(self.inner, "encoding", None) or "utf-8"

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@contextlib.contextmanager
def safe_streams() -> Iterator[None]:
    """Within the block ``sys.stdout``/``sys.stderr`` clean everything written (a command's output);
    the previous streams are back afterwards (nested use is harmless)."""
    saved = sys.stdout, sys.stderr
    if sys.stdout is not None and not isinstance(sys.stdout, SafeStream):
        sys.stdout = SafeStream(sys.stdout)
    if sys.stderr is not None and not isinstance(sys.stderr, SafeStream):
        sys.stderr = SafeStream(sys.stderr)
    try:
        yield
    finally:
        for s in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError, AttributeError):  # a closed pipe must not mask the result
                s.flush()  # type: ignore[union-attr]
        sys.stdout, sys.stderr = saved
