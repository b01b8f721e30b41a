"""Everything Qt: the desktop application. Importing this package itself does not import Qt.

PySide6 creates each Qt wrapper type on first use (lazy types), which is not safe for two threads at
once: only the GUI thread may import a module that touches Qt (gui.startup_imports explains the split).
"""
