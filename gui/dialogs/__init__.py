"""Dialogs of the desktop app.

Optional dialog modules wired into the main window's menus (the menu entry is disabled while the
module is missing). Each exposes ``run(parent: QWidget, ctx: AppContext) -> None``:

- ``gui.dialogs.import_dialog``  -> Datei › Daten importieren …
- ``gui.dialogs.export_dialog``  -> Datei › Exportieren …  (``parent`` is the main window;
  ``parent.current_tab()`` gives the tab on screen)
- ``gui.presentation``           -> Ansicht › Präsentation (F5)

Always present: ``provenance_dialog.show_provenance(parent, dataset_id=None)`` (Hilfe › Quellen …),
``about_dialog.show_about(parent, ctx)`` (Hilfe › Über …), ``error_dialog.show_error(...)`` (crashes).
"""
