"""Screens format through core.formatting; Qt's own widgets (spin boxes, date edits) through QLocale.
Both must write a number the same way, or one screen would show two formats."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from core import formatting
from gui.i18n import locale_for


@settings(max_examples=400, deadline=None)
@given(
    value=st.one_of(st.floats(-1e9, 1e9, allow_nan=False), st.integers(-10**6, 10**6).map(lambda i: i / 1000)),
    decimals=st.integers(0, 3),
    lang=st.sampled_from(["de", "en"]),
)
def test_core_formatter_writes_numbers_like_qlocale(qapp, value, decimals, lang):
    assert formatting.fmt_number(value, decimals, lang) == locale_for(lang).toString(float(value), "f", decimals)


def test_dates_like_qlocale_short_format_with_four_digit_year(qapp):
    from PySide6.QtCore import QDate

    assert locale_for("de").toString(QDate(2024, 3, 5), "dd.MM.yyyy") == formatting.fmt_date("2024-03-05", "de")
    assert locale_for("en").toString(QDate(2024, 3, 5), "dd/MM/yyyy") == formatting.fmt_date("2024-03-05", "en")
    assert locale_for("en").dateFormat(QLocale.FormatType.ShortFormat).startswith("dd/MM")  # day first, like ours
