"""The one number and date format per language (core.formatting), as a reader sees it."""

from __future__ import annotations

import datetime as dt

import pytest

from core.formatting import fmt_date, fmt_datetime, fmt_number, fmt_percent, formatter


@pytest.mark.parametrize(
    "value, decimals, de, en",
    [
        (1234.5, 1, "1.234,5", "1,234.5"),
        (1234567, 0, "1.234.567", "1,234,567"),
        (-1234.5, 0, "-1.235", "-1,235"),  # a tie rounds away from zero, as by hand
        (0.125, 2, "0,13", "0.13"),  # 0.125 is exact in binary: a real tie
        (2.675, 2, "2,67", "2.67"),  # 2.675 is 2.67499... in binary: no tie
        (0.5, 0, "1", "1"),
        (-0.0, 1, "0,0", "0.0"),
        (None, 0, "–", "–"),
        (float("nan"), 2, "–", "–"),
    ],
)
def test_numbers_in_german_and_english(value, decimals, de, en):
    assert fmt_number(value, decimals, "de") == de
    assert fmt_number(value, decimals, "en") == en


def test_percent_keeps_its_sign_on_the_line_and_marks_growth():
    assert fmt_percent(0.123, 1, "de") == "12,3\u00a0%"
    assert fmt_percent(0.123, 1, "en") == "12.3\u00a0%"
    assert fmt_percent(0.05, 1, "de", signed=True) == "+5,0\u00a0%"
    assert fmt_percent(-0.05, 1, "de", signed=True) == "-5,0\u00a0%"
    assert fmt_percent(None) == "–"


def test_dates_day_first_with_four_digit_year():
    d = dt.date(2024, 12, 31)
    assert fmt_date(d, "de") == "31.12.2024" and fmt_date(d, "en") == "31/12/2024"
    assert fmt_date("2024-03-05", "de") == "05.03.2024"  # ISO text as stored in files and databases
    assert fmt_date("2024", "de") == "2024"  # a year stays a year
    assert fmt_date("Ende 2024", "de") == "Ende 2024"  # free text is shown as it is
    assert fmt_date("", "de") == fmt_date(None, "en") == "–"
    assert fmt_datetime(dt.datetime(2024, 12, 31, 14, 5, 59), "de") == "31.12.2024 14:05"
    assert fmt_datetime("2024-12-31T14:05:00", "en") == "31/12/2024 14:05"
    assert formatter("fr").lang == "de"  # German, the source language, for anything else
