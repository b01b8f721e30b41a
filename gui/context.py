"""What every tab, dialog and worker gets: the loaded data, the user database, the region, the
language, the settings and the one way to tell the user that something failed.

Created once by the application at start-up (``gui.app``, in the GUI thread) and passed to each tab's
constructor as ``Tab(ctx, parent=None)`` and to each dialog. Holds no widgets.

- ``lang``: the UI language, i.e. ``gui.i18n.current_language()`` (set by ``i18n.install``, which the
  app calls at start and on a language switch) — there is no second copy to keep in step.
- ``events.data_changed``: another data version is active (see ``gui.events``).
- ``present_error(exc, parent, title)``: ``gui.messages.present_error`` — logged, in the user's
  language, as a dialog or (``--no-error-dialogs``) on stderr; ``dialog=False`` for an inline message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from gui import i18n, messages
from gui import settings as settings_module
from gui.events import DataEvents

if TYPE_CHECKING:  # types only: the window paints before pandas/DuckDB are imported (gui.app)
    import duckdb

    from core.datastore import DataStore
    from core.regions import Region


@dataclass
class AppContext:
    store: DataStore
    user_db_path: Path | None = None
    user_con: duckdb.DuckDBPyConnection | None = None  # None until opened; see core.userdb
    read_only: bool = False  # True when another instance holds the user database (or it cannot be written)
    read_only_reason: str = ""  # why, in the user's language, when it is not another window (read-only folder)
    notices: list[str] = field(default_factory=list)  # shown once in the status bar / a banner
    data_version: int | None = None  # the imported data version laid over the bundled data (None: bundled)
    settings: settings_module.Settings = field(default_factory=settings_module.Settings)
    events: DataEvents = field(default_factory=DataEvents)  # data_changed(version_id) after an import/switch

    @property
    def lang(self) -> str:
        """"de" | "en": the UI language (``gui.i18n.current_language``)."""
        return i18n.current_language()

    @property
    def region(self) -> Region:
        return self.store.region

    @property
    def can_write(self) -> bool:
        """The user database is open for writing (not missing, not a read-only snapshot)."""
        return self.user_con is not None and not self.read_only

    def present_error(
        self, exc: BaseException, parent: QWidget | None = None, title: str | None = None, *, dialog: bool = True
    ) -> str:
        """Log ``exc`` and tell the user (see ``gui.messages.present_error``); returns the sentence."""
        return messages.present_error(exc, parent, title, dialog=dialog)
