"""Every Qt item model of the app passes Qt's own model tester (pytest-qt's ``qtmodeltester``:
indexes, parents, row counts, roles, the signals of a reset and of an in-place update)."""

from __future__ import annotations

import pandas as pd
import pytest

from core.profile import district_profile
from gui.context import AppContext
from gui.qtmodels.dataframe_model import Column, DataFrameModel

COLUMNS = [
    Column("name", "Name", str, numeric=False),
    Column("value", "Wert", lambda v: f"{v}", estimate=True, tooltip="Zahl"),
]


@pytest.mark.parametrize(
    "frame",
    [
        pd.DataFrame({"name": ["a", "b", "c"], "value": [1.0, float("nan"), 3.5]}),
        pd.DataFrame({"name": [], "value": []}),
        pd.DataFrame({"name": ["only"]}),  # a declared column missing from the frame
    ],
)
def test_dataframe_model_with_any_frame(qtmodeltester, frame):
    model = DataFrameModel(COLUMNS, "Schätzung")
    model.set_frame(frame)
    qtmodeltester.check(model, force_py=True)  # checks now, then watches every later change
    model.set_frame(frame.iloc[::-1])  # same length: updated in place (dataChanged)
    model.set_frame(pd.concat([frame, frame]))  # other length: reset
    model.set_frame(frame.iloc[0:0])


def test_the_models_on_screen(qtbot, qtmodeltester, store):
    """The Gewerbegruppen table of the Kreisprofile tab and the portfolio table, filled as shown."""
    from gui.tabs.portfolio_tab import PortfolioTab
    from gui.tabs.profile.groups import GroupsSection

    section = GroupsSection(AppContext(store=store), lambda g: g)
    qtbot.addWidget(section)
    section.show_profile(district_profile(store, "15088"))
    qtmodeltester.check(section.model, force_py=True)
    tab = PortfolioTab(AppContext(store=store))
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    qtmodeltester.check(tab.model, force_py=True)
    tab.shutdown()
