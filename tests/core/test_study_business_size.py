"""Average business size from the official Handwerkszählung, 2010–2014 only."""

from __future__ import annotations

import pytest

from core.business_size import register_context, size_profile, size_table


def test_persons_per_business_from_official_components(store):
    tab = size_table(store).set_index(["area_code", "year"])
    # Saalekreis 2010: 14,997 tätige Personen / 1,670 Unternehmen (53111-01-01-4)
    row = tab.loc[("15088", 2010)]
    assert row["persons"] == 14997 and row["businesses"] == 1670
    assert row["persons_per_business"] == pytest.approx(14997 / 1670)
    assert row["published_rounded"] == 9  # the table's own rounded ratio agrees


def test_profile_compares_with_state_and_germany_and_states_years(store):
    p = size_profile(store, "15088")
    assert set(p["series"]) == {"15088", "15", "DG"}
    s = p["series"]["15088"]["insgesamt"]
    assert s["period"] == [2010, 2014]
    assert s["change_abs"] == pytest.approx(s["values"][2014] - s["values"][2010])
    assert "2010–2014" in p["note"]


def test_register_context_craft_share(store):
    ctx = register_context(store).set_index("area_code")
    assert ctx.loc["DG", "craft_share"] == pytest.approx(588781 / 3647326)
