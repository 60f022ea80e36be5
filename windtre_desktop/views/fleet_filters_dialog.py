"""The fleet table's "More filters" dialog: the thresholds the filter bar does not show (credit below an amount,
data used over a share, no traffic for some days, in roaming today), each switched on by its own check box.
It edits those fields of a FleetFilter and leaves the others as they were."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.fleet_table import CREDIT_LOW_CENTS, DATA_HIGH_PCT, INACTIVE_DAYS, FleetFilter
from windtre_desktop.i18n import formatting


class FleetFiltersDialog(QDialog):
    def __init__(self, current: FleetFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(self.tr("More filters"))
        self.credit_on = QCheckBox(self.tr("Credit below"), self)
        self.credit = QDoubleSpinBox(self)
        self.credit.setDecimals(2)
        self.credit.setRange(0.01, 10_000)
        before, after = formatting.money_affixes()
        self.credit.setPrefix(before)
        self.credit.setSuffix(after)
        self.credit.setAccessibleName(self.tr("Credit below"))
        self.data_on = QCheckBox(self.tr("Data used over"), self)
        self.data = QSpinBox(self)
        self.data.setRange(0, 100)
        self.data.setSuffix(self.tr("%", "after a percentage: Italian writes a space before it"))
        self.data.setAccessibleName(self.tr("Data used over"))
        self.idle_on = QCheckBox(self.tr("No traffic for at least"), self)
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 90)
        self.idle.valueChanged.connect(lambda n: self.idle.setSuffix(self.tr(" day(s)", "", n)))
        self.idle.setAccessibleName(self.tr("No traffic for at least"))
        self.roaming = QCheckBox(self.tr("In roaming today"), self)

        self.credit_on.setChecked(current.credit_below_cents is not None)
        self.credit.setValue((current.credit_below_cents or CREDIT_LOW_CENTS) / 100)
        self.data_on.setChecked(current.data_over_pct is not None)
        self.data.setValue(round(current.data_over_pct if current.data_over_pct is not None else DATA_HIGH_PCT))
        self.idle_on.setChecked(current.inactive_days is not None)
        self.idle.setValue(current.inactive_days or INACTIVE_DAYS)
        self.idle.setSuffix(self.tr(" day(s)", "", self.idle.value()))
        self.roaming.setChecked(current.roaming)
        for box, field in ((self.credit_on, self.credit), (self.data_on, self.data), (self.idle_on, self.idle)):
            field.setEnabled(box.isChecked())
            box.toggled.connect(field.setEnabled)

        grid = QGridLayout()
        for row, (box, field) in enumerate(((self.credit_on, self.credit), (self.data_on, self.data),
                                            (self.idle_on, self.idle))):
            grid.addWidget(box, row, 0)
            grid.addWidget(field, row, 1)
        grid.addWidget(self.roaming, 3, 0, 1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def values(self) -> FleetFilter:
        """The filter it was opened with, its thresholds as set here."""
        return replace(
            self.current,
            credit_below_cents=round(self.credit.value() * 100) if self.credit_on.isChecked() else None,
            data_over_pct=float(self.data.value()) if self.data_on.isChecked() else None,
            inactive_days=self.idle.value() if self.idle_on.isChecked() else None,
            roaming=self.roaming.isChecked(),
        )
