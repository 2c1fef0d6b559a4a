"""Shared helpers for the sign-off tests: a plan with two settings, a fake clock, clicks."""

from __future__ import annotations

from decimal import Decimal

from factories import build_plan
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QRadioButton

from coplan.domain.model import (
    Location,
    ManagementOption,
    Plan,
    ProvisionItem,
    Setting,
    SettingKind,
)
from coplan.domain.money import Money
from coplan.lock import KdfParams

PIN = "harbour-7"
FAST = KdfParams(n=2**10, r=8, p=1)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def plan_with_two_settings() -> Plan:
    """s1 (Oakfield) has two direct-payment items on its premises and one organised item;
    s2 (Riverside College) has its own direct-payment item. No agreement is recorded yet."""
    plan = build_plan()
    plan.premises_agreements.clear()
    plan.items[0].on_site_requirements = []
    plan.items.append(
        ProvisionItem(
            "p3",
            "Speech and language tutor in class",
            category="specialist_equipment",
            management=ManagementOption.DIRECT_PAYMENT,
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            unit_cost=Money(3500),
            units_per_period=Decimal("1.5"),
            periods_per_year=Decimal(39),
            delivered_by="Chatterbox Therapy Ltd",
            when="Tuesdays 9:15 to 10:45, term time",
            on_site_requirements=["dbs", "insurance", "site_access"],
            outcome_ids=["o1"],
            need_ids=["n1"],
        )
    )
    plan.items.append(
        ProvisionItem(
            "p4",
            "Teaching assistant one-to-one in maths",
            category="specialist_equipment",
            management=ManagementOption.ORGANISED,
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            unit_cost=Money(2000),
            units_per_period=Decimal(5),
            periods_per_year=Decimal(39),
            outcome_ids=["o1"],
        )
    )
    plan.settings.append(
        Setting("s2", "Riverside College", kind=SettingKind.COLLEGE, head_name="M Osei")
    )
    plan.items.append(
        ProvisionItem(
            "p5",
            "Hydrotherapy sessions in the college pool",
            category="specialist_equipment",
            management=ManagementOption.DIRECT_PAYMENT,
            location=Location.SETTING_PREMISES,
            setting_id="s2",
            unit_cost=Money(6000),
            units_per_period=Decimal(1),
            periods_per_year=Decimal(30),
            delivered_by="Aqua Physio Partners",
            when="Friday afternoons",
            outcome_ids=["o1"],
            need_ids=["n1"],
        )
    )
    return plan


def draw_signature(pad) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 60))
    for x in range(40, 240, 20):
        QTest.mouseMove(pad, QPoint(x, 60 + (x % 40)))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(240, 70))


def click(qtbot, button) -> None:
    """Click as a person would: a tick box or radio on its box, anything else in the middle."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    if isinstance(button, QCheckBox | QRadioButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(24, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enter_pin(qtbot, screen, secret: str = PIN) -> None:
    screen.ui.pinEdit.setText(secret)
    click(qtbot, screen.ui.unlockButton)
