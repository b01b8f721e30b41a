"""Assumption controls of the Prognose tab: one slider + spin box per parameter, bound both ways.

A row shows one registry parameter (core.forecast.parameters); slider position i stands for
``min + i·step``. Moving either control updates the other under a QSignalBlocker and emits
``value_changed(key, value)`` once. ``set_value`` (from a scenario) updates both silently.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QSlider, QWidget

from core.forecast.parameters import Parameter

# core's parameter units are German; these are shown translated (others are symbols or language-neutral)
UNITS = (
    QT_TRANSLATE_NOOP("ParameterRow", "je 1.000"),
    QT_TRANSLATE_NOOP("ParameterRow", "%/Jahr"),
    QT_TRANSLATE_NOOP("ParameterRow", "Faktor"),
    QT_TRANSLATE_NOOP("ParameterRow", "Jahre"),
    QT_TRANSLATE_NOOP("ParameterRow", "Annahme"),
)


def unit_label(unit: str) -> str:
    """A parameter unit (or the source "Annahme") in the UI language."""
    return QCoreApplication.translate("ParameterRow", unit) if unit in UNITS else unit


class ParameterRow(QWidget):
    """Label, slider and spin box for one parameter."""

    value_changed = Signal(str, float)

    def __init__(self, param: Parameter, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.lang = lang
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.spin = QDoubleSpinBox()
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimumWidth(110)
        self.slider.setMinimumWidth(80)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        lay.setHorizontalSpacing(6)
        lay.setVerticalSpacing(1)
        lay.addWidget(self.label, 0, 0, 1, 2)
        lay.addWidget(self.slider, 1, 0)
        lay.addWidget(self.spin, 1, 1)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        self.set_param(param)

    def set_param(self, param: Parameter, value: float | None = None) -> None:
        """Show another parameter (per-group rows follow the selected Gewerbegruppe)."""
        self.param = param
        self.label.setText(param.label(self.lang))
        tip = f"{param.describe(self.lang)}\n\n" + self.tr("Quelle: %1").replace("%1", param.source_label(self.lang))
        self.label.setToolTip(tip)
        self.slider.setToolTip(tip)
        self.spin.setToolTip(tip)
        self.slider.setAccessibleName(param.label(self.lang))
        self.spin.setAccessibleName(param.label(self.lang))
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
            self.slider.setRange(0, self._steps())
            self.slider.setSingleStep(1)
            self.slider.setPageStep(max(1, self._steps() // 10))
            self.spin.setDecimals(param.decimals)
            self.spin.setRange(param.min, param.max)
            self.spin.setSingleStep(param.step)
            self.spin.setSuffix(f" {unit_label(param.unit)}" if param.unit else "")
        self.set_value(param.default if value is None else value)

    def _steps(self) -> int:
        return round((self.param.max - self.param.min) / self.param.step)

    def _to_pos(self, value: float) -> int:
        return round((value - self.param.min) / self.param.step)

    def _from_pos(self, pos: int) -> float:
        return round(self.param.min + pos * self.param.step, 10)

    def value(self) -> float:
        return float(self.spin.value())

    def set_value(self, value: float) -> None:
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
            self.spin.setValue(value)
            self.slider.setValue(self._to_pos(value))

    def _on_slider_value_changed(self, pos: int) -> None:
        value = self._from_pos(pos)
        with QSignalBlocker(self.spin):
            self.spin.setValue(value)
        self.value_changed.emit(self.param.key, value)

    def _on_spin_value_changed(self, value: float) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(self._to_pos(value))
        self.value_changed.emit(self.param.key, float(value))
