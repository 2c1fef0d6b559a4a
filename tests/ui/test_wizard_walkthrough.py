"""Click and type through the whole wizard for each example plan; check what the store holds."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from ui_driver import Driver, example_ids, example_paths

from coplan.domain.model import CostBasis, Location, ManagementOption, Plan, PlanStatus
from coplan.domain.money import Money
from coplan.plan_file import read_plan


def comparable(plan: Plan, *, plan_id: str) -> Plan:
    """The parts of a plan the wizard edits, in the form the wizard stores them."""
    plan = copy.deepcopy(plan)
    plan.id = plan_id
    plan.premises_agreements = []  # recorded on the head teacher's sign-off screen
    plan.dp_agreements = []  # signed on the recipient's signing screen (test_dp_signing.py)
    # The timeline is not typed: a draft is sent, answered and issued through the lifecycle's
    # own steps (tests/ui/test_review_stages.py); the walkthrough leaves a typed-in draft.
    plan.status = PlanStatus.DRAFT
    plan.served_on = plan.comment_deadline = None
    plan.served_to, plan.served_fingerprint, plan.responses = [], "", []
    plan.issued_on = None  # (the request for assessment is typed: the 20-week date follows)
    plan.section_i = ""
    plan.earlier_services = []
    plan.draft_revision = 1
    plan.version = 1
    plan.previous_version_id = None
    plan.policy_pack = "example-shire"
    options = {item.management for item in plan.items}
    if ManagementOption.DIRECT_PAYMENT not in options:
        plan.direct_payment = None
    if ManagementOption.THIRD_PARTY not in options:
        plan.third_party = None
    if ManagementOption.ORGANISED not in options:
        plan.organised_holder = ""
    for item in plan.items:
        item.outcome_ids, item.need_ids = sorted(item.outcome_ids), sorted(item.need_ids)
        if item.cost_basis is CostBasis.ONE_OFF:
            item.unit_cost, item.units_per_period, item.periods_per_year = Money(), 0, 0
            item.unit = "hour"
        else:
            item.one_off_cost = Money()
        if item.location is not Location.SETTING_PREMISES:
            item.setting_id = None
            item.on_site_requirements = []
        item.on_site_requirements = sorted(item.on_site_requirements)
    return plan


def normalised(plan: Plan) -> Plan:
    plan = copy.deepcopy(plan)
    for item in plan.items:
        item.outcome_ids, item.need_ids = sorted(item.outcome_ids), sorted(item.need_ids)
        if item.cost_basis is CostBasis.ONE_OFF:
            item.unit_cost, item.units_per_period, item.periods_per_year = Money(), 0, 0
            item.unit = "hour"
        item.on_site_requirements = sorted(item.on_site_requirements)
    return plan


@pytest.mark.slow
@pytest.mark.parametrize("path", example_paths(), ids=example_ids())
def test_typing_an_example_plan_through_the_wizard_saves_it(
    qtbot, main_window, store, yes_to_questions, path
):
    example = read_plan(path)
    # The officer's "Your details" (Settings): a new plan takes them, as the example has them.
    from coplan.ui.your_details import save_officer

    save_officer(main_window.settings, example.officer)
    qtbot.mouseClick(
        main_window.ui.toolbar.widgetForAction(main_window.ui.actionNew),
        Qt.MouseButton.LeftButton,
    )
    (wizard,) = main_window.wizards.values()
    qtbot.waitExposed(wizard)
    driver = Driver(qtbot, wizard)
    driver.enter_plan(example)
    assert wizard.session.invalid == {}
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=2000)
    saved = store.load(wizard.session.plan.id)
    expected = comparable(example, plan_id=saved.id)
    got = normalised(saved)
    # Compare part by part first, for a readable failure, then as a whole.
    assert got.child == expected.child
    assert got.meeting == expected.meeting
    assert got.what_matters == expected.what_matters
    assert got.settings == expected.settings
    assert got.outcomes == expected.outcomes
    assert got.needs == expected.needs
    assert got.indicative == expected.indicative
    for mine, theirs in zip(got.items, expected.items, strict=True):
        assert mine == theirs
    assert got.direct_payment == expected.direct_payment
    assert got.third_party == expected.third_party
    assert got.organised_holder == expected.organised_holder
    assert got.refusals == expected.refusals
    assert (got.served_on, got.comment_deadline, got.next_review_on) == (
        expected.served_on,
        expected.comment_deadline,
        expected.next_review_on,
    )
    assert got == expected
    # Closing through the Done button leaves no recovery marker behind.
    driver.click(wizard.button(wizard.WizardButton.FinishButton))
    assert not main_window.wizards
    assert main_window.recovery.read() is None
