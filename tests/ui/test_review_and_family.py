"""Review page findings jump to the field; the side list counts what is missing; family view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_driver import Driver, example_paths

from coplan.domain.rules import validate
from coplan.plan_file import read_plan


def open_example(main_window, store, qtbot, index=0):
    plan = read_plan(example_paths()[index])
    store.save(plan, actor="test")
    wizard = main_window.open_plan(store.load(plan.id))
    qtbot.waitExposed(wizard)
    return wizard


def test_every_finding_is_listed_and_jumps_to_its_page_and_field(qtbot, main_window, store):
    wizard = open_example(main_window, store, qtbot)
    plan = wizard.session.plan
    # Break a few things, each on a different page.
    plan.child.full_name = ""
    plan.outcomes[0].target_date = None
    plan.items[0].outcome_ids = []
    plan.direct_payment.recipient_name = ""
    wizard.session.edited()
    wizard.go_to("review")
    qtbot.waitUntil(lambda: wizard.review_page.ui.findingsList.count() > 1, timeout=1000)
    findings = validate(plan, wizard.session.pack)
    view = wizard.review_page.ui.findingsList
    assert view.count() == len(findings)
    listed = {view.item(r).data(Qt.ItemDataRole.UserRole) for r in range(view.count())}
    assert listed == {f.field for f in findings}
    expected = {
        "child.full_name": ("meeting", "childFullName"),
        f"outcomes[{plan.outcomes[0].id}].target_date": ("outcomes", "outcomeTargetDate"),
        f"items[{plan.items[0].id}].outcome_ids": ("provision", "itemOutcomes"),
        "direct_payment.recipient_name": ("management", "dpRecipientName"),
    }
    for field, (page, widget) in expected.items():
        wizard.go_to("review")
        row = next(r for r in range(view.count()) if view.item(r).data(256) == field)
        view.setCurrentRow(row)
        view.itemActivated.emit(view.item(row))
        qtbot.waitUntil(lambda p=page: wizard.currentPage().key == p, timeout=1000)
        qtbot.waitUntil(
            lambda w=widget: (
                wizard.focusWidget() is not None and wizard.focusWidget().objectName() == w
            ),
            timeout=1000,
        )
    # The right item is selected when jumping to an item's field.
    assert wizard.page_by_key("provision").current() is plan.items[0]
    # The side list counts what is missing on each page.
    qtbot.waitUntil(lambda: "to fix" in wizard.page_list.item(0).text(), timeout=1000)
    assert "to check" in wizard.page_list.item(2).text()


def test_side_list_goes_to_any_page_and_back_steps_one_page(qtbot, main_window, store):
    wizard = open_example(main_window, store, qtbot)
    entry = wizard.page_list.item(5)
    wizard.page_list.itemClicked.emit(entry)
    assert wizard.currentPage().key == "management"
    driver = Driver(qtbot, wizard)
    driver.click(wizard.button(wizard.WizardButton.BackButton))
    assert wizard.currentPage().key == "provision"
    wizard.go_to("meeting")
    assert wizard.currentPage().key == "meeting"


def test_family_view_updates_live_in_large_text(qtbot, main_window, store):
    wizard = open_example(main_window, store, qtbot)
    driver = Driver(qtbot, wizard)
    driver.click(wizard.button(wizard.WizardButton.CustomButton1))
    view = wizard.family_view
    assert view.isVisible()
    app_size = QApplication.font().pointSizeF()
    assert view.font().pointSizeF() >= app_size * 1.5
    assert "Amara's plan" in view.title.text()
    assert "£" in view.money.toPlainText()
    # Plain words: who pays, who gets the direct payment, what matters; no jargon.
    words = view.words()
    assert "What matters to Amara" in words
    assert "I want to talk to my friends at lunch" in words
    assert "Grace Okafor gets the money and buys it (a direct payment)" in words
    assert "Paid from the council's money for education" in words
    assert "The starting figure for education was £4,500.00 a year" in words
    for jargon in ("Mixed", "Indicative", "indicative", "Organised", "Education:", "stream"):
        assert jargon not in words, jargon
    page = wizard.currentPage()
    driver.type(page.ui.childPreferredName, "Mara")
    qtbot.waitUntil(lambda: "Mara's plan" in view.title.text(), timeout=1000)
    wizard.go_to("provision")
    provision = wizard.currentPage()
    driver.type(provision.ui.itemDescription, "A new iPad")
    qtbot.waitUntil(lambda: "A new iPad\n£429.00, paid once" in view.words(), timeout=1000)
    driver.click(wizard.button(wizard.WizardButton.CustomButton1))
    assert not view.isVisible()
    driver.click(wizard.button(wizard.WizardButton.CustomButton1))
    assert view.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # closes the family view, never the plan
    assert not view.isVisible() and wizard.isVisible()


def test_eligibility_from_the_pack_shows_inline(qtbot, main_window, store):
    wizard = open_example(main_window, store, qtbot)
    wizard.go_to("provision")
    page = wizard.currentPage()
    driver = Driver(qtbot, wizard)
    driver.choose(page.ui.itemCategory, "centrally_commissioned")
    text = page.ui.itemEligibility.text()
    assert "cannot be part of a personal budget" in text
    assert "Must fix" in text
    assert "one contract" in text  # the pack's own reason


def test_totals_against_the_indicative_budget_are_live(qtbot, main_window, store):
    wizard = open_example(main_window, store, qtbot)
    wizard.go_to("provision")
    page = wizard.currentPage()
    driver = Driver(qtbot, wizard)
    education = (
        "Education: £3,156.00 a year against an indicative £4,500.00 a year: £1,344.00 under"
    )
    assert education in page.ui.totals.text()
    # A one-off is shown beside the yearly comparison, never against it.
    assert page.current().is_one_off
    driver.type(page.ui.itemOneOffCost, "9000")
    assert education in page.ui.totals.text()
    assert "(plus £9,249.99 once, not compared)" in page.ui.totals.text()
    # A yearly line over its stream's figure is over, and asks for that stream's reason.
    page.select_item("p3")
    driver.type(page.ui.itemUnitCost, "100")
    assert "£4,500.00 a year: £11,370.00 over" in page.ui.totals.text()
    assert page.ui.overBudgetEducation.isVisible()


def test_ras_band_and_amounts_show_as_questions_are_answered(qtbot, main_window, store):
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    wizard.go_to("budget")
    page = wizard.currentPage()
    driver = Driver(qtbot, wizard)
    assert "0 of 4 answers" in page.ui.rasResult.text()
    for combo in page.questions.values():
        driver.choose(combo, "exceptional")
    assert "Band 6" in page.ui.rasResult.text()
    assert "£4,500.00" in page.ui.effectiveSummary.text()
    indicative = wizard.session.plan.indicative
    assert indicative.ras_band == "band-6" and indicative.ras_score == 185
    assert wizard.session.pack.wording.indicative_budget in page.ui.suggestionStatement.text()


def test_requests_not_agreed_are_added_edited_saved_and_removed(
    qtbot, main_window, store, yes_to_questions
):
    from datetime import date

    from coplan.domain.model import RefusalScope

    wizard = open_example(main_window, store, qtbot, index=1)
    driver = Driver(qtbot, wizard)
    wizard.go_to("review")
    page = wizard.review_page
    ui = page.ui
    plan = wizard.session.plan
    assert ui.refusalList.count() == len(plan.refusals) == 1
    rights = wizard.session.pack.wording.review_rights
    assert rights and rights in ui.refusalRights.text()
    driver.click(ui.addRefusal)
    assert wizard.focusWidget() is ui.refusalRequest  # ready to type the new one
    driver.type(ui.refusalRequest, "A laptop for homework")
    driver.choose(ui.refusalScope, RefusalScope.PERSONAL_BUDGET)
    driver.type(ui.refusalDecidedOn, "12/11/2026")
    driver.type(ui.refusalReasons, "The school lends one.\nIt is on the list of equipment.")
    driver.type(ui.refusalBlockContract, "")
    assert ui.refusalList.currentItem().text() == "A laptop for homework"
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=1000)
    saved = store.load(plan.id).refusals
    assert len(saved) == 2
    assert (saved[1].request, saved[1].scope, saved[1].decided_on) == (
        "A laptop for homework",
        RefusalScope.PERSONAL_BUDGET,
        date(2026, 11, 12),
    )
    assert saved[1].reasons == "The school lends one.\nIt is on the list of equipment."
    assert saved[1].id not in {saved[0].id}
    # A date that does not parse stays in the field and is not saved.
    driver.type(ui.refusalDecidedOn, "31/02/2026")
    assert page.refusal_decided_on.error.isVisibleTo(page)
    assert plan.refusals[1].decided_on == date(2026, 11, 12)
    driver.type(ui.refusalDecidedOn, "13/11/2026")
    assert wizard.session.invalid == {}
    # Every field is named by its label.
    for field in (ui.refusalRequest, ui.refusalDecidedOn, ui.refusalReasons):
        label = next(
            w for w in page.findChildren(type(ui.refusalRequestLabel)) if w.buddy() is field
        )
        assert field.accessibleName() == label.text().replace("&", "")
    driver.click(ui.removeRefusal)
    assert yes_to_questions == []  # removed at once: Edit → Undo puts it back
    assert wizard.undo_action.text().startswith("Undo remove request not agreed ‘")
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=1000)
    assert [r.request for r in store.load(plan.id).refusals] == [plan.refusals[0].request]


def test_a_refusal_without_reasons_jumps_to_its_reasons(qtbot, main_window, store):
    wizard = open_example(main_window, store, qtbot, index=1)
    driver = Driver(qtbot, wizard)
    plan = wizard.session.plan
    refusal = plan.refusals[0]
    plan.refusals.insert(0, type(refusal)(id="r9", request="Taxi to the placement"))
    wizard.session.edited()
    wizard.go_to("review")
    page = wizard.review_page
    driver.type(page.ui.refusalReasons, "")  # the first request: r9, which has none anyway
    assert page.refusals.current() is plan.refusals[0]
    page.ui.refusalList.setCurrentRow(1)
    driver.type(page.ui.refusalReasons, "")  # now r1 loses its reasons too
    field = f"refusals[{refusal.id}].reasons"
    view = page.ui.findingsList
    qtbot.waitUntil(
        lambda: any(view.item(r).data(256) == field for r in range(view.count())), timeout=1000
    )
    page.ui.refusalList.setCurrentRow(0)  # elsewhere, so that the jump has to select it
    row = next(r for r in range(view.count()) if view.item(r).data(256) == field)
    view.setFocus()
    view.setCurrentRow(row)
    assert wizard.focusWidget() is view
    view.itemActivated.emit(view.item(row))
    qtbot.waitUntil(lambda: wizard.focusWidget() is page.ui.refusalReasons, timeout=1000)
    assert page.refusals.current() is refusal
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=1000)
    assert store.load(plan.id).refusals[1].reasons == ""


def test_no_screen_calls_a_one_off_yearly(qtbot, main_window, store):
    """The family view, the provision page's table and totals and the management page say
    '£429.00 once', never '£429.00 a year', and the totals keep a year and once apart."""
    wizard = open_example(main_window, store, qtbot)
    driver = Driver(qtbot, wizard)
    plan = wizard.session.plan
    lies = ["£429.00 a year", "£249.99 a year", "£678.99 a year", "£7,974.99", "£5,088.99"]
    driver.click(wizard.button(wizard.WizardButton.CustomButton1))
    family = wizard.family_view
    family.refresh()
    words = family.words()
    assert "Every year: £7,296.00." in words
    assert "Paid once (not every year): £678.99." in words
    assert "£429.00, paid once" in words
    # The bars: a chart a year and a chart of what is paid once, never one added to the other.
    (yearly, yearly_bars), (once, once_bars) = family.chart.groups
    assert yearly == "Every year, by who pays"
    assert once == "Paid once (not every year), by who pays"
    assert dict(once_bars)["Council: education"].format() == "£678.99"
    assert dict(yearly_bars)["Council: education"].format() == "£3,156.00"
    assert family.chart.own_scales  # a year's bars are never drawn against a one-off's
    assert "4 hours a week, 39 weeks a year" in words
    wizard.go_to("provision")
    page = wizard.currentPage()
    table = page.ui.itemTable
    cells = [table.item(row, 3).text() for row in range(table.rowCount())]
    assert cells[:3] == ["£429.00 once", "£249.99 once", "£2,886.00 a year"]
    assert table.horizontalHeaderItem(3).text() == "Cost"
    assert "Planned: £7,296.00 a year, plus £678.99 once." in page.ui.totals.text()
    wizard.go_to("management")
    management = wizard.currentPage()
    assert "Direct payment: £4,410.00 a year, plus £678.99 once" in (
        management.ui.overallOption.text()
    )
    for text in (words, page.ui.totals.text(), management.ui.overallOption.text(), *cells):
        for lie in lies:
            assert lie not in text, (lie, text)
    assert plan.items[0].is_one_off


def test_a_new_line_is_offered_the_councils_term_weeks_and_says_how_often(
    qtbot, main_window, store
):
    wizard = open_example(main_window, store, qtbot)
    wizard.go_to("provision")
    page = wizard.currentPage()
    driver = Driver(qtbot, wizard)
    driver.click(page.ui.addItem)
    driver.type(page.ui.itemDescription, "Tutor")
    driver.type(page.ui.itemUnitCost, "30")
    driver.type(page.ui.itemUnitsPerWeek, "2")
    driver.choose(page.ui.itemRunsIn, "term_time")
    assert page.ui.itemWeeksPerYear.text() == "39"  # the pack's term weeks, offered
    item = page.current()
    assert item.how_often_text() == "2 hours a week, 39 weeks a year, in term time"
    driver.choose(page.ui.itemFrequency, "fortnight")
    assert page.ui.itemUnitsPerWeekLabel.text().replace("&", "") == "How many each fortnight"
    assert page.ui.itemWeeksPerYearLabel.text().replace("&", "") == "Fortnights a year"
    driver.type(page.ui.itemWeeksPerYear, "19.5")
    assert (
        "Cost: £1,170.00 a year (£30.00 an hour, 2 hours a fortnight, 19.5 fortnights a year"
        in (page.ui.itemAnnualCost.text())
    )
    driver.choose(page.ui.itemFrequency, "block")
    assert not page.ui.itemWeeksPerYear.isVisible()
    driver.type(page.ui.itemUnitsPerWeek, "6")
    driver.type(page.ui.itemStartsOn, "11/01/2027")
    driver.type(page.ui.itemEndsOn, "26/03/2027")
    assert item.how_often_text() == "6 hours, in term time, January to March 2027"
    assert item.cost_text() == "£180.00 a year"
