"""Start-up speed: skip PySide6's source scan of every module imported after it.

PySide6 supports ``from __feature__ import snake_case, true_property`` per module. To know which
modules might use it, its import hook calls ``inspect.getsource()`` on every module imported after
PySide6 and searches the text for "PySide6" (``shibokensupport.feature._mod_uses_pyside``): reading
and tokenising the source of numpy, pyqtgraph, DuckDB and all our modules, ~20 % of the CPU time to
the first district profile. The app never uses ``__feature__`` (tests/gui/test_startup_path.py checks),
so every module may be treated as "does not switch features" (-1) without reading its source; a
frozen bundle, which has no sources, already gets that answer.
"""

from __future__ import annotations

import sys


def skip_feature_source_scan(load_qt: bool = False) -> bool:
    """Answer PySide6's "does this module use __feature__?" without reading sources; True if applied.
    ``load_qt``: import PySide6.QtCore first (its import installs the hook); else only if loaded."""
    if load_qt:
        import PySide6.QtCore  # noqa: F401
    feature = sys.modules.get("shibokensupport.feature")
    # dynamic: a PySide6 internal, absent in other versions
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False  # another PySide6 version: nothing to do
    setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010
    return True
