"""Dialogs of the desktop app.

Optional dialog modules wired into the main window's menus (the menu entry is disabled while the
module is missing). Each exposes ``run(parent: QWidget, ctx: AppContext) -> None``:

- ``gui.dialogs.import_dialog``        -> Datei › Daten importieren … (``run``); Datei › Vorlage für
  Kammerdaten … (``save_template(parent, ctx)``)
- ``gui.dialogs.data_versions_dialog`` -> Datei › Datenversionen … (``run`` or ``open_versions_dialog``);
  after a switch it calls ``main_window.data_changed(version_id)`` (the status bar's Datenstand updates)
- ``gui.dialogs.export_dialog``        -> Datei › Exportieren …  (``parent`` is the main window;
  ``parent.current_tab()`` gives the tab on screen)
- ``gui.presentation``                 -> Ansicht › Präsentation (F5)

Always present: ``provenance_dialog.show_provenance(parent, dataset_id=None)`` (Hilfe › Quellen …),
``about_dialog.show_about(parent, ctx)`` (Hilfe › Über …), ``error_dialog.show_error(...)`` (crashes).
"""
