"""Page 5: provision and costs: each item, how much and how often, who delivers it, what it is for.

Every figure shown here comes from the domain: `budget.summarise` for totals, `rules.validate`
for what is missing or not allowed, and the policy pack for eligibility, rates and wording.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from coplan.domain.budget import summarise
from coplan.domain.fingerprint import condition_met_by_agreement
from coplan.domain.model import (
    CostBasis,
    Frequency,
    FundingStream,
    Location,
    ManagementOption,
    ProvisionItem,
    RunsIn,
)
from coplan.domain.policy import eligibility_text
from coplan.domain.rules import MAX_UNITS, MAX_WEEKS_A_YEAR
from coplan.plan_file.limits import max_length, max_rows

from . import text
from .fields import (
    TextLimit,
    money_or_zero,
    name_inputs_from_buddies,
    parse_uk_date,
    quantity_parser,
    show_date,
    show_money,
    show_quantity,
)
from .forms_compiled.ui_page_provision import Ui_PageProvision
from .messages import Kind, MessageBlock, finding_message, replace_label
from .navigation import item_field
from .page_base import (
    NO_CHOICE,
    PlanPage,
    fill_combo,
    focus,
    move_next_to,
    refuse_when_full,
    select_data,
)
from .shortcuts import give_shortcuts

ITEM_COLUMNS = ("What", "Funding", "Managed as", "Cost")


def per(unit: str) -> str:
    """'an hour', 'a session', 'an item'."""
    article = "an" if unit[:1].lower() in "aeio" or unit.lower().startswith("hour") else "a"
    return f"{article} {unit}"


def _relabel(label: QLabel, words: str) -> None:
    """Change a field's label, and the name a screen reader gives the field, together."""
    if label.text() == words:
        return
    label.setText(words)
    name_inputs_from_buddies(label.parentWidget())


class ProvisionPage(PlanPage):
    key = "provision"
    heading = "Provision and costs"
    subheading = (
        "Each item: what it is, how much and how often, who delivers it, and what it is for."
    )
    form_class = Ui_PageProvision

    def build(self) -> None:
        ui, pack = self.ui, self.pack
        table = ui.itemTable
        table.setColumnCount(len(ITEM_COLUMNS))
        table.setHorizontalHeaderLabels(list(ITEM_COLUMNS))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        from PySide6.QtWidgets import QHeaderView

        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.currentCellChanged.connect(lambda *_: self._selected())
        ui.addItem.clicked.connect(self._add)
        ui.removeItem.clicked.connect(self._remove)
        give_shortcuts(ui.addItem, ui.removeItem, self.content)
        ui.moveItemUp.clicked.connect(lambda: self._move(-1))
        ui.moveItemDown.clicked.connect(lambda: self._move(1))

        ui.itemCategory.addItem("Choose the kind of provision", "")
        for category in pack.categories:
            ui.itemCategory.addItem(category.label, category.id)
        fill_combo(ui.itemFunding, text.FUNDING)
        fill_combo(ui.itemCostBasis, text.COST_BASIS)
        fill_combo(ui.itemFrequency, text.FREQUENCY)
        fill_combo(ui.itemRunsIn, text.RUNS_IN)
        fill_combo(ui.itemLocation, text.LOCATION)
        ui.itemRate.addItem("Not a council rate", NO_CHOICE)
        for rate in pack.rates:
            ui.itemRate.addItem(f"{rate.label}: {rate.amount.format()} {per(rate.unit)}", rate.id)
        # The policy and the item's findings in a block of fixed size: it never pushes the
        # fields below it while the officer types.
        ui.itemEligibility = replace_label(
            ui.itemEligibility, MessageBlock(ui.detail, lines=4, name="itemEligibility")
        )
        # A fixed gap between rows: the style's gap after the block varied with its contents.
        ui.itemForm.setVerticalSpacing(6)
        ui.itemAnnualCost.setProperty("role", "figure")

        self.on_plain(
            ui.itemDescription, lambda t: self._edit("description", t), "items.description"
        )
        ui.itemCategory.currentIndexChanged.connect(self._category_changed)
        self.on_combo(ui.itemFunding, lambda v: self._edit("funding", FundingStream(v)))
        self._build_managed_as()
        ui.itemCostBasis.currentIndexChanged.connect(self._basis_changed)
        ui.itemRate.activated.connect(self._rate_chosen)
        key = self._item_key
        self.unit_cost = self.check(
            ui.itemUnitCost, money_or_zero, lambda v: self._edit("unit_cost", v), key("unit_cost")
        )
        self.on_text(ui.itemUnit, lambda t: self._edit("unit", t.strip()), "items.unit")
        # How many fit in a period, and how many periods a year, depend on the period: the
        # rules say so beside the item (`rules._check_quantity`); here only a number is asked.
        self.units = self.check(
            ui.itemUnitsPerWeek,
            quantity_parser("number", MAX_UNITS),
            lambda v: self._edit("units_per_period", v),
            key("units_per_period"),
        )
        self.weeks = self.check(
            ui.itemWeeksPerYear,
            quantity_parser("number a year", MAX_WEEKS_A_YEAR),
            lambda v: self._edit("periods_per_year", v),
            key("periods_per_year"),
        )
        ui.itemFrequency.currentIndexChanged.connect(self._frequency_changed)
        self.on_combo(ui.itemRunsIn, lambda v: self._runs_in_changed(RunsIn(v)))
        self.starts_on = self.check(
            ui.itemStartsOn, parse_uk_date, lambda v: self._edit("starts_on", v), key("starts_on")
        )
        self.ends_on = self.check(
            ui.itemEndsOn, parse_uk_date, lambda v: self._edit("ends_on", v), key("ends_on")
        )
        self.one_off = self.check(
            ui.itemOneOffCost,
            money_or_zero,
            lambda v: self._edit("one_off_cost", v),
            key("one_off"),
        )
        self.on_text(
            ui.itemDeliveredBy, lambda t: self._edit("delivered_by", t), "items.delivered_by"
        )
        # Where the line's provision is in the plan (Section F, G or H1/H2): typed as the
        # meeting goes, needed before the final plan (rules.ITEM_NO_PROVISION_REF).
        self.on_text(
            ui.itemProvisionRef,
            lambda t: self._edit("provision_ref", t.strip()),
            "items.provision_ref",
        )
        self.on_text(ui.itemWhen, lambda t: self._edit("when", t), "items.when")
        ui.itemLocation.currentIndexChanged.connect(self._location_changed)
        self.on_combo(ui.itemSetting, lambda v: self._edit("setting_id", v or None))
        ui.itemOutcomes.itemChanged.connect(lambda _i: self._ticked("outcome_ids", ui.itemOutcomes))
        ui.itemNeeds.itemChanged.connect(lambda _i: self._ticked("need_ids", ui.itemNeeds))
        self.on_site = {
            "dbs": ui.onSiteDbs,
            "insurance": ui.onSiteInsurance,
            "supervision": ui.onSiteSupervision,
            "site_access": ui.onSiteSiteAccess,
        }
        for box in self.on_site.values():
            box.toggled.connect(self._on_site_changed)
        # One reason per council stream: each is separate money (see `budget.COUNCIL_STREAMS`).
        self.over_reasons = {
            FundingStream.EDUCATION: (ui.overBudgetEducationLabel, ui.overBudgetEducation),
            FundingStream.HEALTH: (ui.overBudgetHealthLabel, ui.overBudgetHealth),
            FundingStream.SOCIAL_CARE: (ui.overBudgetSocialCareLabel, ui.overBudgetSocialCare),
        }
        for stream, (_label, edit) in self.over_reasons.items():
            self.on_plain(
                edit, lambda t, s=stream: self._reason(s, t), f"over_budget_reasons.{stream.value}"
            )
        self.condition_edits: dict[str, QLineEdit] = {}
        self._build_signed_notices()

    def _build_managed_as(self) -> None:
        """How the item is managed is chosen here, with the item (the How it is managed page
        then shows the whole plan's arrangements): the table never says "Organised" for an
        item nobody has decided about yet."""
        ui = self.ui
        self.managed_as = QComboBox(ui.itemFunding.parentWidget())
        self.managed_as.setObjectName("itemManagedAs")
        fill_combo(self.managed_as, text.MANAGEMENT)
        # No mnemonic: every free letter of this page is taken; Tab comes here after funding.
        label = QLabel("How it is managed", ui.itemFunding.parentWidget())
        label.setObjectName("itemManagedAsLabel")
        label.setBuddy(self.managed_as)
        form = ui.itemForm
        row, _role = form.getWidgetPosition(ui.itemFunding)
        form.insertRow(row + 1, label, self.managed_as)
        QWidget.setTabOrder(ui.itemFunding, self.managed_as)
        self.on_combo(self.managed_as, lambda v: self._edit("management", ManagementOption(v)))

    def _build_signed_notices(self) -> None:
        """What a head teacher signed for is said at the field before it changes
        (`ui/signed_notice.py`), and for the whole item under the table."""
        from .fields import _message_label_for
        from .signed_notice import SignedFieldNotices

        ui = self.ui
        fields = {
            ui.itemDescription: "description",
            ui.itemCostBasis: "cost_basis",
            ui.itemFunding: "funding",
            ui.itemUnitCost: "unit_cost_pence",
            ui.itemUnit: "unit",
            ui.itemUnitsPerWeek: "units_per_week",
            ui.itemWeeksPerYear: "weeks_per_year",
            ui.itemFrequency: "frequency",
            ui.itemRunsIn: "runs_in",
            ui.itemStartsOn: "starts_on",
            ui.itemEndsOn: "ends_on",
            ui.itemOneOffCost: "one_off_cost_pence",
            ui.itemDeliveredBy: "delivered_by",
            ui.itemWhen: "when",
            ui.itemLocation: "location",
            ui.itemSetting: "setting_id",
            self.managed_as: "item",
            **{box: "on_site_requirements" for box in self.on_site.values()},
        }
        self.signed = SignedFieldNotices(
            lambda: self.plan,
            lambda: self.current().id if self.current() is not None else None,
            fields,
            self,
        )
        self.signed_item, self._signed_item_layout = _message_label_for(ui.itemTable)
        self.signed_item.setObjectName("signedItemNotice")
        self.signed_item.setProperty("role", "nudge")

    def _show_signed_item(self, item: ProvisionItem | None) -> None:
        from coplan.domain.fingerprint import signed_change_warning

        words = signed_change_warning(self.plan, item.id, "item") if item is not None else None
        self.signed_item.setText(words or "")
        self.signed_item.setVisible(bool(words))
        self.ui.removeItem.setToolTip(words or "")
        self.signed.hide_all()

    def _reason(self, stream: FundingStream, reason: str) -> None:
        if reason:
            self.plan.over_budget_reasons[stream] = reason
        else:
            self.plan.over_budget_reasons.pop(stream, None)

    def _item_key(self, name: str):
        return lambda: f"items.{self._current_id()}.{name}"

    def _current_id(self) -> str:
        item = self.current()
        return item.id if item else "-"

    # -- list ------------------------------------------------------------------------------
    def current(self) -> ProvisionItem | None:
        row = self.ui.itemTable.currentRow()
        return self.plan.items[row] if 0 <= row < len(self.plan.items) else None

    def load(self) -> None:
        ui = self.ui
        with self.loading():
            for stream, (_label, edit) in self.over_reasons.items():
                reason = self.plan.over_budget_reasons.get(stream, "")
                if edit.toPlainText() != reason:
                    edit.setPlainText(reason)
            ui.itemSetting.clear()
            ui.itemSetting.addItem("Choose the setting", NO_CHOICE)
            for setting in self.plan.settings:
                ui.itemSetting.addItem(setting.name or "(no name yet)", setting.id)
        self._reload_table()
        self.refresh()

    def _reload_table(self, select: int | None = None) -> None:
        table = self.ui.itemTable
        row = table.currentRow() if select is None else select
        table.blockSignals(True)
        table.setRowCount(len(self.plan.items))
        for index, item in enumerate(self.plan.items):
            self._fill_row(index, item)
        if self.plan.items:
            table.setCurrentCell(max(0, min(row, len(self.plan.items) - 1)), 0)
        table.blockSignals(False)
        self._selected()

    def _fill_row(self, row: int, item: ProvisionItem) -> None:
        described = text.shorten(item.description, 60) or "(not described yet)"
        ref = item.provision_ref.strip()
        values = (
            f"{text.shorten(ref, 12)} · {described}" if ref else described,
            text.FUNDING[item.funding],
            text.MANAGEMENT_SHORT[item.management],
            item.cost_text(),
        )
        for column, value in enumerate(values):
            cell = QTableWidgetItem(value)
            if column == 0 and item.description.strip():
                # The column may cut the words off: the whole description on hover, and for a
                # screen reader.
                whole = " ".join(item.description.split())
                cell.setToolTip(whole)
                cell.setData(Qt.ItemDataRole.AccessibleTextRole, f"{ref} {whole}".strip())
            if column == 3:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.ui.itemTable.setItem(row, column, cell)

    def _add(self) -> None:
        if not refuse_when_full(self, len(self.plan.items), max_rows("items"), "items"):
            return
        item = ProvisionItem(id=self.plan.next_short_id("p"), description="")
        if self.plan.outcomes and len(self.plan.outcomes) == 1:
            item.outcome_ids = [self.plan.outcomes[0].id]
        self.plan.items.append(item)
        self.changed("add item", step=True)
        self._reload_table(select=len(self.plan.items) - 1)
        focus(self.ui.itemDescription)

    def _remove(self) -> None:
        """Remove at once (Edit → Undo puts it back); a head's agreement that covered it was
        said under the table when the item was chosen, before this."""
        from .undo import quoted

        item = self.current()
        if item is None:
            return
        row = self.ui.itemTable.currentRow()
        name = f"item {quoted(item.description)}"
        self.plan.items.remove(item)
        self.session.forget_inputs(f"items.{item.id}.")
        self.changed(f"remove {name}", step=True)
        self.session.tell(f"Removed {name}. Undo with Ctrl+Z.")
        self._reload_table(select=max(0, row - 1))
        self.ui.itemTable.setFocus()

    def _move(self, step: int) -> None:
        items = self.plan.items
        row = self.ui.itemTable.currentRow()
        target = row + step
        if 0 <= row < len(items) and 0 <= target < len(items):
            items[row], items[target] = items[target], items[row]
            self.changed(f"move item {'up' if step < 0 else 'down'}", step=True)
            self._reload_table(select=target)

    def select_item(self, item_id: str) -> bool:
        for row, item in enumerate(self.plan.items):
            if item.id == item_id:
                self.ui.itemTable.setCurrentCell(row, 0)
                return True
        return False

    # -- detail ----------------------------------------------------------------------------
    def _selected(self) -> None:
        ui = self.ui
        item = self.current()
        row = ui.itemTable.currentRow()
        ui.detail.setEnabled(item is not None)
        ui.removeItem.setEnabled(item is not None)
        ui.moveItemUp.setEnabled(item is not None and row > 0)
        ui.moveItemDown.setEnabled(item is not None and row < len(self.plan.items) - 1)
        with self.loading():
            self._show(item)
        self._show_signed_item(item)
        self._show_findings()

    def _show(self, item: ProvisionItem | None) -> None:
        ui = self.ui
        blank = ProvisionItem(id="-", description="")
        shown = item or blank
        if ui.itemDescription.toPlainText() != shown.description:
            ui.itemDescription.setPlainText(shown.description)
        select_data(ui.itemCategory, shown.category)
        select_data(ui.itemFunding, shown.funding)
        select_data(self.managed_as, shown.management)
        select_data(ui.itemCostBasis, shown.cost_basis)
        select_data(ui.itemFrequency, shown.frequency)
        select_data(ui.itemRunsIn, shown.runs_in)
        self.load_check(self.starts_on, show_date(shown.starts_on))
        self.load_check(self.ends_on, show_date(shown.ends_on))
        self._select_rate(shown)
        self.load_check(self.unit_cost, show_money(shown.unit_cost))
        ui.itemUnit.setText(shown.unit)
        self.load_check(self.units, show_quantity(shown.units_per_period))
        self.load_check(self.weeks, show_quantity(shown.periods_per_year))
        self.load_check(self.one_off, show_money(shown.one_off_cost))
        ui.itemDeliveredBy.setText(shown.delivered_by)
        ui.itemProvisionRef.setText(shown.provision_ref)
        ui.itemWhen.setText(shown.when)
        select_data(ui.itemLocation, shown.location)
        select_data(ui.itemSetting, shown.setting_id)
        self._fill_ticks(
            ui.itemOutcomes,
            # Named as on the Outcomes page (area and words), never by an id such as "o1".
            [
                (o.id, f"{text.OUTCOME_AREA[o.area]}: {text.shorten(o.text, 80)}")
                for o in self.plan.outcomes
            ],
            shown.outcome_ids,
        )
        self._fill_ticks(
            ui.itemNeeds,
            [(n.id, f"{n.section.value}: {text.shorten(n.summary, 80)}") for n in self.plan.needs],
            shown.need_ids,
        )
        for requirement, box in self.on_site.items():
            box.setChecked(requirement in shown.on_site_requirements)
        self._show_basis(shown.cost_basis)
        self._show_location(shown.location)
        self._build_conditions(shown)
        ui.itemAnnualCost.setText(self._cost_text(shown) if item else "")

    def _cost_text(self, item: ProvisionItem) -> str:
        """'Cost: £2,886.00 a year (£18.50 an hour, 4 hours a week, 39 weeks a year)', or
        'Cost: £429.00 once (a one-off purchase)'."""
        if item.is_one_off:
            return f"Cost: {item.cost_text()} (a one-off purchase, never counted as yearly)"
        return f"Cost: {item.cost_text()} ({item.quantity_text()})"

    def _fill_ticks(self, view, choices: list[tuple[str, str]], ticked: list[str]) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        view.blockSignals(True)
        view.clear()
        for choice_id, label in choices:
            entry = QListWidgetItem(label, view)
            entry.setData(Qt.ItemDataRole.UserRole, choice_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if choice_id in ticked else Qt.CheckState.Unchecked
            )
        if not choices:
            entry = QListWidgetItem("(none in the plan yet)", view)
            entry.setData(Qt.ItemDataRole.UserRole, "")
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
        view.blockSignals(False)

    def _ticked(self, attribute: str, view) -> None:
        if self.is_loading:
            return
        ticked = [
            view.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(view.count())
            if view.item(row).checkState() == Qt.CheckState.Checked
        ]
        item = self.current()
        before = getattr(item, attribute) if item is not None else []
        # Keep the order already recorded; newly ticked lines go at the end.
        ids = [i for i in before if i in ticked] + [i for i in ticked if i and i not in before]
        self._edit(attribute, ids)

    def _on_site_changed(self) -> None:
        if self.is_loading:
            return
        self._edit(
            "on_site_requirements", [key for key, box in self.on_site.items() if box.isChecked()]
        )

    def _select_rate(self, item: ProvisionItem) -> None:
        match = next(
            (
                rate.id
                for rate in self.pack.rates
                if rate.amount == item.unit_cost and rate.unit == item.unit
            ),
            None,
        )
        select_data(self.ui.itemRate, match)

    def _rate_chosen(self, _index: int) -> None:
        rate_id = self.ui.itemRate.currentData()
        rate = next((r for r in self.pack.rates if r.id == rate_id), None)
        item = self.current()
        if rate is None or item is None:
            return
        item.unit_cost = rate.amount
        item.unit = rate.unit
        with self.loading():
            self.unit_cost.load(show_money(rate.amount))
            self.ui.itemUnit.setText(rate.unit)
        self.session.note_input(self.unit_cost._key(), "", "", None)
        self.changed()
        self._after_edit(item)

    def _basis_changed(self) -> None:
        basis = CostBasis(self.ui.itemCostBasis.currentData())
        self._show_basis(basis)
        if not self.is_loading:
            self._edit("cost_basis", basis)

    def _frequency_changed(self) -> None:
        frequency = Frequency(self.ui.itemFrequency.currentData())
        self._show_basis(CostBasis(self.ui.itemCostBasis.currentData()))
        if not self.is_loading:
            item = self.current()
            if frequency in (Frequency.YEAR, Frequency.BLOCK) and item and item.periods_per_year:
                # No periods a year for so many a year or a block: the hidden count goes.
                item.periods_per_year = Decimal(0)
                self.weeks.load("")
            self._edit("frequency", frequency)
            self._offer_periods()

    def _runs_in_changed(self, runs_in: RunsIn) -> None:
        self._edit("runs_in", runs_in)
        self._offer_periods()

    def _offer_periods(self) -> None:
        """Where how many periods a year is still empty, offer the council's own count: its
        term weeks for weekly term-time support, its terms a year, 12 months, 26 fortnights."""
        item = self.current()
        if item is None or item.periods_per_year or self.ui.itemWeeksPerYear.text().strip():
            return
        school_year = self.pack.school_year
        term_time = item.runs_in is RunsIn.TERM_TIME
        offered = {
            Frequency.WEEK: school_year.term_weeks if term_time else None,
            Frequency.FORTNIGHT: Decimal(26),
            Frequency.MONTH: Decimal(12),
            Frequency.TERM: Decimal(school_year.terms_per_year),
        }.get(item.frequency)
        if offered is not None:
            self.weeks.edit.setText(show_quantity(offered))
            self.weeks.recheck()  # applied as if typed: it shows, and the officer can change it

    def _show_basis(self, basis: CostBasis) -> None:
        ui, form = self.ui, self.ui.itemForm
        recurring = basis is CostBasis.RECURRING
        frequency = Frequency(ui.itemFrequency.currentData() or Frequency.WEEK.value)
        periodic = frequency not in (Frequency.YEAR, Frequency.BLOCK)
        for widget in (ui.itemRate, ui.itemUnitCost, ui.itemUnit, ui.itemFrequency):
            form.setRowVisible(widget, recurring)
        form.setRowVisible(ui.itemUnitsPerWeek, recurring)
        form.setRowVisible(ui.itemWeeksPerYear, recurring and periodic)
        form.setRowVisible(ui.itemRunsIn, recurring)
        form.setRowVisible(ui.itemEndsOn, recurring)
        form.setRowVisible(ui.itemOneOffCost, not recurring)
        # The labels say the period chosen: "How many each fortnight", "Fortnights a year".
        if frequency is Frequency.BLOCK:
            _relabel(ui.itemUnitsPerWeekLabel, "How man&y in the block")
        elif frequency is Frequency.YEAR:
            _relabel(ui.itemUnitsPerWeekLabel, "How man&y a year")
        else:
            _relabel(ui.itemUnitsPerWeekLabel, f"How man&y each {frequency.value}")
            _relabel(ui.itemWeeksPerYearLabel, f"{frequency.value.capitalize()}s a y&ear")
        _relabel(ui.itemStartsOnLabel, "Starts on" if recurring else "Bought on (about)")
        ui.itemStartsOn.setPlaceholderText(
            "dd/mm/yyyy; empty: from the start of the plan year"
            if recurring
            else "dd/mm/yyyy; paid with the payment before it, or the first"
        )
        for check in (self.unit_cost, self.units, self.weeks, self.ends_on):
            form.setRowVisible(check.error, recurring and bool(check.error.text()))
        form.setRowVisible(self.one_off.error, not recurring and bool(self.one_off.error.text()))
        form.setRowVisible(self.starts_on.error, bool(self.starts_on.error.text()))

    def _location_changed(self) -> None:
        location = Location(self.ui.itemLocation.currentData())
        self._show_location(location)
        if not self.is_loading:
            item = self.current()
            if item is not None and location is not Location.SETTING_PREMISES:
                item.setting_id = None
            elif item is not None and item.setting_id is None and len(self.plan.settings) == 1:
                item.setting_id = self.plan.settings[0].id
                with self.loading():
                    select_data(self.ui.itemSetting, item.setting_id)
            self._edit("location", location)

    def _show_location(self, location: Location) -> None:
        on_site = location is Location.SETTING_PREMISES
        self.ui.itemForm.setRowVisible(self.ui.itemSetting, on_site)
        self.ui.itemForm.setRowVisible(self.ui.itemOnSite, on_site)

    def _category_changed(self) -> None:
        item = self.current()
        if self.is_loading or item is None:
            return
        self._edit("category", self.ui.itemCategory.currentData() or "")
        with self.loading():
            self._build_conditions(item)
        self._show_findings()

    def _build_conditions(self, item: ProvisionItem) -> None:
        form = self.ui.conditionForm
        while form.rowCount():
            form.removeRow(0)
        self.condition_edits = {}
        category = self.pack.category(item.category) if item.category else None
        if category is None or not category.conditions:
            self.ui.itemConditions.setVisible(False)
            return
        self.ui.itemConditions.setVisible(True)
        for condition_id in category.conditions:
            condition = self.pack.condition(condition_id)
            label_text = condition.label if condition else condition_id
            edit = QLineEdit(self.ui.itemConditions)
            edit.setObjectName(f"condition_{condition_id}")
            edit.setText(item.condition_evidence.get(condition_id, ""))
            signed = condition_met_by_agreement(self.plan, item, condition) if condition else None
            if signed and not edit.text():
                # Asked once: the head's signature on the sign-off screen records it.
                edit.setText(signed)
                edit.setReadOnly(True)
            if condition and condition.prompt:
                edit.setPlaceholderText(condition.prompt)
            label = QLabel(f"Evidence: {label_text}", self.ui.itemConditions)
            label.setWordWrap(True)
            label.setBuddy(edit)
            edit.setAccessibleName(label.text())
            edit.setProperty("coplanLabel", label.text())
            form.addRow(label, edit)
            TextLimit(edit, max_length("items.condition_evidence.*"))
            if not edit.isReadOnly():
                edit.textEdited.connect(lambda t, c=condition_id: self._evidence(c, t))
            self.condition_edits[condition_id] = edit
        self.order_tabs()

    def place_in_order(self, order):
        # The evidence is read after the item's other fields, before the Pages list.
        return move_next_to(
            order, self.condition_edits.values(), self.ui.onSiteSiteAccess, after=True
        )

    def _evidence(self, condition_id: str, value: str) -> None:
        item = self.current()
        if item is None:
            return
        if value.strip():
            item.condition_evidence[condition_id] = value
        else:
            item.condition_evidence.pop(condition_id, None)
        self.changed()

    def _edit(self, attribute: str, value) -> None:
        item = self.current()
        if item is None or self.is_loading:
            return
        setattr(item, attribute, value)
        self._after_edit(item)
        self.changed()

    def _after_edit(self, item: ProvisionItem) -> None:
        row = self.ui.itemTable.currentRow()
        self._fill_row(row, item)
        self.ui.itemAnnualCost.setText(self._cost_text(item))
        self.refresh_totals()

    # -- totals and findings -----------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_totals()
        self._show_findings()

    def refresh_totals(self) -> None:
        summary = summarise(self.plan)
        lines = [f"Planned: {summary.total_text()}."]
        for comparison in summary.streams:
            once = comparison.planned.once
            difference = abs(comparison.difference).format()
            verdict = (
                f"{difference} over"
                if comparison.over
                else f"{difference} under"
                if comparison.under
                else "exactly that"
            )
            lines.append(
                f"{text.FUNDING[comparison.stream]}: {comparison.planned.yearly.format()} a year "
                f"against an indicative {comparison.indicative.format()} a year: {verdict}"
                + (f" (plus {once.format()} once, not compared)" if once else "")
            )
        if summary.school:
            lines.append(
                f"{text.FUNDING[FundingStream.SCHOOL]}: {summary.school.text()}, beside the "
                "budget (the school's own money, not compared)"
            )
        self.ui.totals.setText("\n".join(lines))
        # A reason box for each stream over its figure (a reason kept for a stream no longer
        # over stays in the plan, and shows again if the stream goes over again).
        over = {c.stream for c in summary.over_streams}
        for stream, (label, edit) in self.over_reasons.items():
            label.setVisible(stream in over)
            edit.setVisible(stream in over)
        self.ui.totals.setProperty("over", summary.over_indicative)

    def _show_findings(self) -> None:
        """The item's eligibility under the council's policy and what is still missing."""
        item = self.current()
        ui = self.ui
        if item is None:
            ui.itemEligibility.set_messages([])
            return
        prefix = f"items[{item.id}]"
        messages = [
            finding_message(finding)
            for finding in self.session.findings
            if finding.field.startswith(prefix)
        ]
        messages.sort(key=lambda message: message[0] is not Kind.MUST_FIX)  # must fix first
        category = self.pack.category(item.category) if item.category else None
        if category is not None:
            messages.append((Kind.INFORMATION, eligibility_text(self.pack, category)))
        ui.itemEligibility.set_messages(messages)

    def focus_field(self, field: str) -> bool:
        if field.startswith("over_budget_reasons."):
            stream = field.removeprefix("over_budget_reasons.")
            for key, (label, edit) in self.over_reasons.items():
                if key.value == stream:
                    label.setVisible(True)
                    edit.setVisible(True)
                    focus(edit)
            return True
        found = item_field(field)
        if not found or not self.select_item(found[0]):
            focus(self.ui.itemTable)
            return True
        ui = self.ui
        name = found[1]
        if name.startswith("condition_evidence."):
            edit = self.condition_edits.get(name.split(".", 1)[1])
            if edit is not None:
                focus(edit)
                ui.detailScroll.ensureWidgetVisible(edit)
                return True
        widget = {
            "description": ui.itemDescription,
            "category": ui.itemCategory,
            "unit_cost": ui.itemUnitCost
            if CostBasis(ui.itemCostBasis.currentData()) is CostBasis.RECURRING
            else ui.itemOneOffCost,
            "units_per_period": ui.itemUnitsPerWeek,
            "periods_per_year": ui.itemWeeksPerYear,
            "one_off_cost": ui.itemOneOffCost,
            "delivered_by": ui.itemDeliveredBy,
            "provision_ref": ui.itemProvisionRef,
            "setting_id": ui.itemSetting,
            "outcome_ids": ui.itemOutcomes,
            "need_ids": ui.itemNeeds,
            "funding": ui.itemFunding,
            "frequency": ui.itemFrequency,
            "runs_in": ui.itemRunsIn,
            "starts_on": ui.itemStartsOn,
            "ends_on": ui.itemEndsOn,
        }.get(name, ui.itemDescription)
        focus(widget)
        ui.detailScroll.ensureWidgetVisible(widget)
        return True
