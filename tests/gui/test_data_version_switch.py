"""An import changes what the tabs show; switching back to the bundled data restores it (whole app)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from core.datastore import DataStore
from core.imports import versions
from core.imports.pipeline import read_import
from gui import workers
from gui.formatting import locale_for
from tests.gui.shell_helpers import close_app, start_app

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "imports" / "kammer_betriebe.csv"


def _shown_group_row(window, group: str) -> list[str]:
    """The cells of the group's row in the Kreisprofile table for Leipzig 2022, as displayed."""
    tab = window.tab_widget("kreisprofile")
    workers.wait_idle(10_000)
    tab.select_district("14713")
    workers.wait_idle(10_000)
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(2022))
    workers.wait_idle(10_000)
    model = tab.groups.model
    row = next(r for r in range(model.rowCount()) if group in str(model.raw(r, 0)) or group in str(model.raw(r, 1)))
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def test_import_updates_profile_and_undo_restores(qtbot):
    QLocale.setDefault(locale_for("de"))
    store = DataStore()  # own store: the import changes its facts
    app = start_app(qtbot, store, "--lang", "de", real_tabs=True)
    w = app.window
    before = _shown_group_row(w, "Bauhauptgewerbe")
    assert "40" not in before  # the bundled estimate for Leipzig 2022 is a different number

    con = app.ctx.user_con
    vid = versions.save_version(con, read_import(FIXTURE))  # kammer_betriebe.csv: Leipzig 2022 Bau 40 Betriebe
    versions.lay_over(store, con, vid)
    old_tab = w.tab_widget("kreisprofile")
    w.data_changed(vid)
    assert w.tab_widget("kreisprofile") is not old_tab  # rebuilt on the new data version
    after = _shown_group_row(w, "Bauhauptgewerbe")
    assert "40" in after

    versions.activate(store, con, None)  # back to the bundled data
    w.data_changed(None)
    restored = _shown_group_row(w, "Bauhauptgewerbe")
    assert restored == before
    close_app(app)
