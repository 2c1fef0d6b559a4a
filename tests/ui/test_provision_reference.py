"""The provision page's "Plan ref." field: each line's reference in Section F, G or H1/H2."""

from __future__ import annotations

from test_fields_and_saving import open_new
from ui_driver import Driver

from coplan.domain.stages import Stage


def test_the_reference_is_typed_kept_and_asked_for_before_the_final_plan(
    qtbot, main_window, store, yes_to_questions
):
    wizard, driver = open_new(main_window, qtbot)
    wizard.go_to("provision")
    page = wizard.currentPage()
    driver.click(page.ui.addItem)
    driver.type(page.ui.itemDescription, "Speech and language therapy")
    item = wizard.session.plan.items[0]
    # Without a reference: a finding for the final plan, shown beside the line, in words.
    finding = next(f for f in wizard.session.findings if f.code == "item.no_provision_ref")
    assert finding.stage is Stage.FINAL and not finding.blocking  # a draft may be sent
    page.refresh()
    shown = page.ui.itemEligibility.text()
    assert "Before the final plan: Give “Speech and language therapy” the reference" in shown
    assert "Section F, G or H1/H2" in shown
    driver.type(page.ui.itemProvisionRef, "G1 ")
    assert item.provision_ref == "G1"
    assert page.ui.itemTable.item(0, 0).text() == "G1 · Speech and language therapy"
    assert not any(f.code == "item.no_provision_ref" for f in wizard.session.findings)
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=2000)
    assert store.load(wizard.session.plan.id).items[0].provision_ref == "G1"
    # The field says what it is to a screen reader, and the finding can jump to it.
    assert page.ui.itemProvisionRef.accessibleName()
    assert page.focus_field(f"items[{item.id}].provision_ref")


def test_the_field_keeps_no_more_than_a_plan_file_holds(qtbot, main_window, yes_to_questions):
    wizard, driver = open_new(main_window, qtbot)
    wizard.go_to("provision")
    page = wizard.currentPage()
    driver.click(page.ui.addItem)
    assert page.ui.itemProvisionRef.property("coplanMaxLength") == 40
    driver.type(page.ui.itemProvisionRef, "F" * 45)
    assert wizard.session.plan.items[0].provision_ref == "F" * 40
    assert isinstance(driver, Driver)
