"""What every tab, dialog and worker gets: the loaded data, the user database, the language.

Created once by the application at start-up and passed to each tab's constructor as
``Tab(ctx, parent=None)``. Holds no widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from core.datastore import DataStore


@dataclass
class AppContext:
    store: DataStore
    lang: str = "de"  # "de" | "en"
    user_db_path: Path | None = None
    user_con: duckdb.DuckDBPyConnection | None = None  # None until opened; see core.userdb
    read_only: bool = False  # True when another instance holds the user database (or it cannot be written)
    read_only_reason: str = ""  # why, in the user's language, when it is not another window (read-only folder)
    notices: list[str] = field(default_factory=list)  # shown once in the status bar / a banner
