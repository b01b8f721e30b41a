"""The start-up collector setting (core.gc_tuning) never outlives a command: an in-process caller (the
tests, the window's worker) keeps Python's own thresholds, also when the command fails."""

from __future__ import annotations

import gc

import pytest

from core import gc_tuning
from core.cli import main


@pytest.mark.parametrize("argv", [["sources"], ["profile", "Atlantis"]])
def test_a_command_leaves_the_collector_as_it_found_it(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    before = gc.get_threshold()
    assert before != gc_tuning.START_THRESHOLD
    code = main(argv)
    assert code in (0, 2)
    assert gc.get_threshold() == before


def test_nested_blocks_keep_the_outer_setting_until_it_ends() -> None:
    before = gc.get_threshold()
    with gc_tuning.relaxed():
        with gc_tuning.relaxed():
            assert gc.get_threshold() == gc_tuning.START_THRESHOLD
        assert gc.get_threshold() == gc_tuning.START_THRESHOLD
    assert gc.get_threshold() == before
