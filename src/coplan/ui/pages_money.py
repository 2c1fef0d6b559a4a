"""Pages 4–6: the indicative budget, provision and costs, and how the budget is managed.

Every figure shown here comes from the domain: `ras.score` for the questionnaire,
`budget.summarise` for totals, `rules.validate` for what is missing or not allowed, and the
policy pack for eligibility, rates and wording. No rule is decided in a widget.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
)

from coplan.domain import ras as ras_scoring
from coplan.domain.budget import COUNCIL_STREAMS, summarise
from coplan.domain.model import (
    PAID_TO_SOMEONE,
    CostBasis,
    DirectPaymentArrangement,
    Frequency,
    FundingStream,
    IndicativeSource,
    Location,
    ManagementOption,
    PanelOverride,
    PaymentSchedule,
    ProvisionItem,
    RecipientKind,
    RunsIn,
    ThirdPartyArrangement,
)
from coplan.domain.money import Money, total
from coplan.domain.policy import eligibility_text
from coplan.domain.rules import MAX_UNITS, MAX_WEEKS_A_YEAR
from coplan.domain.schedule import direct_payment_schedule
from coplan.domain.stages import finding_marker
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
from .forms_compiled.ui_page_budget import Ui_PageBudget
from .forms_compiled.ui_page_management import Ui_PageManagement
from .forms_compiled.ui_page_provision import Ui_PageProvision
from .navigation import item_field
from .page_base import NO_CHOICE, PlanPage, fill_combo, focus, refuse_when_full, select_data

STREAM_FIELDS = {
    FundingStream.EDUCATION: "Education",
    FundingStream.HEALTH: "Health",
    FundingStream.SOCIAL_CARE: "SocialCare",
    FundingStream.SCHOOL: "School",
}


def per(unit: str) -> str:
    """'an hour', 'a session', 'an item'."""
    article = "an" if unit[:1].lower() in "aeio" or unit.lower().startswith("hour") else "a"
    return f"{article} {unit}"


def amounts_text(amounts: dict[FundingStream, Money]) -> str:
    parts = [f"{text.FUNDING[s]} {amounts[s].format()}" for s in FundingStream if amounts.get(s)]
    return ", ".join(parts) if parts else "nothing"


def _short(value: str, length: int = 60) -> str:
    value = " ".join(value.split())
    return value if len(value) <= length else value[: length - 1] + "…"


class BudgetPage(PlanPage):
    key = "budget"
    heading = "Indicative budget"
    subheading = "The figure the family plans with: a starting point, not a decision."
    form_class = Ui_PageBudget

    def build(self) -> None:
        ui, pack = self.ui, self.pack
        ui.suggestionStatement.setText(
            pack.wording.indicative_budget
            or "The indicative budget is a suggestion: the people at the meeting decide."
        )
        ui.suggestionStatement.setProperty("role", "statement")
        ui.rasName.setText(pack.ras.name)
        self.questions: dict[str, QComboBox] = {}
        for number, question in enumerate(pack.ras.questions, start=1):
            combo = QComboBox(ui.rasQuestions)
            combo.setObjectName(f"ras_{question.id}")
            combo.addItem("Not answered yet", NO_CHOICE)
            for answer in question.answers:
                combo.addItem(answer.text, answer.id)
            label = QLabel(f"{number}. {question.text}", ui.rasQuestions)
            label.setWordWrap(True)
            label.setBuddy(combo)
            ui.rasForm.addRow(label, combo)
            self.questions[question.id] = combo
            combo.currentIndexChanged.connect(self._answered)
        ui.sourceRas.toggled.connect(self._source_changed)
        ui.sourceManual.toggled.connect(self._source_changed)
        self.manual = {}
        self.override = {}
        for stream, suffix in STREAM_FIELDS.items():
            self.manual[stream] = self.check(
                getattr(ui, f"manual{suffix}"),
                money_or_zero,
                lambda v, s=stream: self._set_manual(s, v),
            )
            self.override[stream] = self.check(
                getattr(ui, f"override{suffix}"),
                money_or_zero,
                lambda v, s=stream: self._set_override(s, v),
            )
        self.on_text(
            ui.manualReason,
            lambda t: setattr(self.plan.indicative, "manual_reason", t),
            "indicative_budget.manual_reason",
        )
        ui.overrideGroup.toggled.connect(self._override_toggled)
        self.on_plain(
            ui.overrideReason,
            lambda t: self._override_attr("reason", t),
            "indicative_budget.override.reason",
        )
        self.override_date = self.check(
            ui.overrideDate, parse_uk_date, lambda v: self._override_attr("decided_on", v)
        )
        self.on_text(
            ui.overrideBy,
            lambda t: self._override_attr("decided_by", t),
            "indicative_budget.override.decided_by",
        )
        self._stashed_override: PanelOverride | None = None

    def load(self) -> None:
        ui, indicative = self.ui, self.plan.indicative
        with self.loading():
            ras = indicative.source is IndicativeSource.RAS
            ui.sourceRas.setChecked(ras)
            ui.sourceManual.setChecked(not ras)
            ui.sourceStack.setCurrentWidget(ui.rasPage if ras else ui.manualPage)
            for question_id, combo in self.questions.items():
                select_data(combo, indicative.ras_answers.get(question_id))
            for stream, check in self.manual.items():
                self.load_check(check, show_money(indicative.amounts.get(stream, Money())))
            ui.manualReason.setText(indicative.manual_reason)
            override = indicative.override
            ui.overrideGroup.setChecked(override is not None)
            for stream, check in self.override.items():
                amount = override.amounts.get(stream, Money()) if override else Money()
                self.load_check(check, show_money(amount))
            ui.overrideReason.setPlainText(override.reason if override else "")
            self.load_check(
                self.override_date, show_date(override.decided_on if override else None)
            )
            ui.overrideBy.setText(override.decided_by if override else "")
        self.refresh()

    def refresh(self) -> None:
        ui, indicative = self.ui, self.plan.indicative
        result = ras_scoring.score(self.pack.ras, indicative.ras_answers)
        if result.band is None:
            band = "no band for this score"
        else:
            band = f"{result.band.label}: {amounts_text(result.band.amounts)} a year"
        answered = len(self.pack.ras.questions) - len(result.unanswered)
        lines = [
            f"{result.score} points from {answered} of {len(self.pack.ras.questions)} answers.",
            f"Suggested band: {band}." if result.complete else f"So far: {band}.",
        ]
        if not result.complete:
            lines.append("Answer every question to use the band.")
        ui.rasResult.setText("\n".join(lines))
        effective = indicative.effective
        council = total(effective.get(stream, Money()) for stream in COUNCIL_STREAMS)
        summary = (
            f"{amounts_text(effective)}.\nTotal: {council.format()} a year; each stream is "
            "compared with its own figure."
        )
        if effective.get(FundingStream.SCHOOL):
            summary += "\nThe school's own contribution is its own money, not compared."
        if indicative.override is not None:
            summary += "\nThis is the panel's figure, which replaces the suggested one."
        ui.effectiveSummary.setText(summary)

    def _source_changed(self) -> None:
        ui = self.ui
        ras = ui.sourceRas.isChecked()
        ui.sourceStack.setCurrentWidget(ui.rasPage if ras else ui.manualPage)
        if self.is_loading:
            return
        self.plan.indicative.source = IndicativeSource.RAS if ras else IndicativeSource.MANUAL
        if ras:
            self._apply_ras()
        else:
            self._apply_manual_fields()
        self.changed()
        self.refresh()

    def _answered(self) -> None:
        if self.is_loading:
            return
        answers = self.plan.indicative.ras_answers
        for question_id, combo in self.questions.items():
            if combo.currentData():
                answers[question_id] = combo.currentData()
            else:
                answers.pop(question_id, None)
        self._apply_ras()
        self.changed()
        self.refresh()

    def _apply_ras(self) -> None:
        indicative = self.plan.indicative
        result = ras_scoring.score(self.pack.ras, indicative.ras_answers)
        indicative.ras_score = result.score if result.complete else None
        indicative.ras_band = result.band.id if result.complete and result.band else None
        indicative.amounts = result.amounts if result.complete else {}

    def _apply_manual_fields(self) -> None:
        amounts = {}
        for stream, check in self.manual.items():
            try:
                amount = money_or_zero(check.edit.text())
            except ValueError:
                continue
            if amount:
                amounts[stream] = amount
        self.plan.indicative.amounts = amounts

    def _set_manual(self, stream: FundingStream, value: Money) -> None:
        if self.plan.indicative.source is not IndicativeSource.MANUAL:
            return
        amounts = self.plan.indicative.amounts
        if value:
            amounts[stream] = value
        else:
            amounts.pop(stream, None)
        self.refresh()

    def _override_toggled(self, on: bool) -> None:
        if self.is_loading:
            return
        indicative = self.plan.indicative
        if on and indicative.override is None:
            indicative.override = self._stashed_override or PanelOverride(
                amounts=dict(indicative.amounts), reason=""
            )
            with self.loading():
                for stream, check in self.override.items():
                    check.load(show_money(indicative.override.amounts.get(stream, Money())))
                self.ui.overrideReason.setPlainText(indicative.override.reason)
        elif not on and indicative.override is not None:
            self._stashed_override = indicative.override
            indicative.override = None
        self.changed()
        self.refresh()

    def _set_override(self, stream: FundingStream, value: Money) -> None:
        override = self.plan.indicative.override
        if override is None:
            return
        if value:
            override.amounts[stream] = value
        else:
            override.amounts.pop(stream, None)
        self.refresh()

    def _override_attr(self, attribute: str, value) -> None:
        if self.plan.indicative.override is not None:
            setattr(self.plan.indicative.override, attribute, value)

    def focus_field(self, field: str) -> bool:
        ui = self.ui
        if field == "indicative.manual_reason":
            ui.sourceManual.setChecked(True)
            focus(ui.manualReason)
        elif field.startswith("indicative.override"):
            focus(ui.overrideReason)
        elif field.startswith("indicative.ras") and self.questions:
            unanswered = [c for c in self.questions.values() if not c.currentData()]
            focus(unanswered[0] if unanswered else next(iter(self.questions.values())))
        elif ui.sourceRas.isChecked() and self.questions:
            focus(next(iter(self.questions.values())))
        else:
            focus(ui.manualEducation)
        return True


ITEM_COLUMNS = ("What", "Funding", "Managed as", "Cost")
SCHEDULE_COLUMNS = ("Month", "Paid in", "Due to be spent", "Left at month end")


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
        ui.itemEligibility.setProperty("role", "nudge")
        ui.itemAnnualCost.setProperty("role", "figure")

        self.on_plain(
            ui.itemDescription, lambda t: self._edit("description", t), "items.description"
        )
        ui.itemCategory.currentIndexChanged.connect(self._category_changed)
        self.on_combo(ui.itemFunding, lambda v: self._edit("funding", FundingStream(v)))
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
        values = (
            _short(item.description) or "(not described yet)",
            text.FUNDING[item.funding],
            text.MANAGEMENT_SHORT[item.management],
            item.cost_text(),
        )
        for column, value in enumerate(values):
            cell = QTableWidgetItem(value)
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
        self.changed()
        self._reload_table(select=len(self.plan.items) - 1)
        focus(self.ui.itemDescription)

    def _remove(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        item = self.current()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            "Remove this item?",
            text.as_markup(f"Remove “{_short(item.description) or 'this item'}” from the plan?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.ui.itemTable.currentRow()
        self.plan.items.remove(item)
        self.session.forget_inputs(f"items.{item.id}.")
        self.changed()
        self._reload_table(select=max(0, row - 1))
        self.ui.itemTable.setFocus()

    def _move(self, step: int) -> None:
        items = self.plan.items
        row = self.ui.itemTable.currentRow()
        target = row + step
        if 0 <= row < len(items) and 0 <= target < len(items):
            items[row], items[target] = items[target], items[row]
            self.changed()
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
        self._show_findings()

    def _show(self, item: ProvisionItem | None) -> None:
        ui = self.ui
        blank = ProvisionItem(id="-", description="")
        shown = item or blank
        if ui.itemDescription.toPlainText() != shown.description:
            ui.itemDescription.setPlainText(shown.description)
        select_data(ui.itemCategory, shown.category)
        select_data(ui.itemFunding, shown.funding)
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
        ui.itemWhen.setText(shown.when)
        select_data(ui.itemLocation, shown.location)
        select_data(ui.itemSetting, shown.setting_id)
        self._fill_ticks(
            ui.itemOutcomes,
            [(o.id, f"{o.id}: {_short(o.text, 80)}") for o in self.plan.outcomes],
            shown.outcome_ids,
        )
        self._fill_ticks(
            ui.itemNeeds,
            [(n.id, f"{n.section.value}: {_short(n.summary, 80)}") for n in self.plan.needs],
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
            if condition and condition.prompt:
                edit.setPlaceholderText(condition.prompt)
            label = QLabel(f"Evidence: {label_text}", self.ui.itemConditions)
            label.setWordWrap(True)
            label.setBuddy(edit)
            edit.setAccessibleName(label.text())
            edit.setProperty("coplanLabel", label.text())
            form.addRow(label, edit)
            TextLimit(edit, max_length("items.condition_evidence.*"))
            edit.textEdited.connect(lambda t, c=condition_id: self._evidence(c, t))
            self.condition_edits[condition_id] = edit

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
            ui.itemEligibility.setText("")
            return
        lines = []
        category = self.pack.category(item.category) if item.category else None
        if category is not None:
            lines.append(eligibility_text(self.pack, category))
        prefix = f"items[{item.id}]"
        for finding in self.session.findings:
            if finding.field.startswith(prefix):
                marker = finding_marker(finding.stage, finding.blocking)
                lines.append(f"{marker}: {finding.message}")
        ui.itemEligibility.setText("\n".join(lines))

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


class ManagementPage(PlanPage):
    key = "management"
    heading = "How the budget is managed"
    subheading = "For each item: a direct payment, an organised arrangement or a third party."
    form_class = Ui_PageManagement

    def build(self) -> None:
        ui, wording = self.ui, self.pack.wording
        ui.dpExplanation.setText(
            wording.direct_payment or text.MANAGEMENT[ManagementOption.DIRECT_PAYMENT]
        )
        ui.organisedExplanation.setText(
            wording.organised_arrangement or text.MANAGEMENT[ManagementOption.ORGANISED]
        )
        ui.thirdPartyExplanation.setText(
            wording.third_party or text.MANAGEMENT[ManagementOption.THIRD_PARTY]
        )
        ui.dpMonitoringTerms.setPlaceholderText(
            "Leave empty to use the council's standard terms: " + wording.monitoring_terms
            if wording.monitoring_terms
            else "Leave empty to use the council's standard terms"
        )
        fill_combo(ui.dpRecipient, text.RECIPIENT)
        fill_combo(ui.dpSchedule, text.SCHEDULE)
        self.on_combo(ui.dpRecipient, lambda v: self._dp("recipient", RecipientKind(v)))
        self.on_text(
            ui.dpRecipientName,
            lambda t: self._dp("recipient_name", t),
            "direct_payment.recipient_name",
        )
        self.on_text(
            ui.dpNominatedBy,
            lambda t: self._dp("nominated_by", t),
            "direct_payment.nominated_by",
        )
        self.on_text(
            ui.dpNomineeRelationship,
            lambda t: self._dp("nominee_relationship", t),
            "direct_payment.nominee_relationship",
        )
        self.consent_on = self.check(
            ui.dpConsentOn, parse_uk_date, lambda v: self._dp("young_person_consented_on", v)
        )
        self.capacity_on = self.check(
            ui.dpCapacityAssessedOn, parse_uk_date, lambda v: self._dp("capacity_assessed_on", v)
        )
        self.on_text(
            ui.dpCapacityReference,
            lambda t: self._dp("capacity_assessment_reference", t),
            "direct_payment.capacity_assessment_reference",
        )
        self.on_text(
            ui.dpCarePlanReference,
            lambda t: self._dp("health_care_plan_reference", t),
            "direct_payment.health_care_plan_reference",
        )
        self.care_plan_on = self.check(
            ui.dpCarePlanAgreedOn,
            parse_uk_date,
            lambda v: self._dp("health_care_plan_agreed_on", v),
        )
        self.on_text(
            ui.dpCareBoard,
            lambda t: self._dp("integrated_care_board", t),
            "direct_payment.integrated_care_board",
        )
        self.on_combo(ui.dpSchedule, lambda v: self._dp("schedule", PaymentSchedule(v)))
        self.on_plain(
            ui.dpMonitoringTerms,
            lambda t: self._dp("monitoring_terms", t),
            "direct_payment.monitoring_terms",
        )
        self.boxes = {
            "dedicated_account_confirmed": ui.dpDedicatedAccount,
            "appropriate_use_confirmed": ui.dpAppropriateUse,
            "best_interests_confirmed": ui.dpBestInterests,
            "no_adverse_impact_confirmed": ui.dpNoAdverseImpact,
            "efficient_use_confirmed": ui.dpEfficientUse,
        }
        for attribute, box in self.boxes.items():
            box.toggled.connect(lambda on, a=attribute: self._box(a, on))
        # The signed agreement is a record, not a date typed here (ui/dp_agreement_panel.py).
        from .dp_agreement_panel import DpAgreementPanel

        self.dp_agreement = DpAgreementPanel(self, ui.dpAgreementHolder)
        holder = QVBoxLayout(ui.dpAgreementHolder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.dp_agreement)
        self.first_payment = self.check(
            ui.dpFirstPayment, parse_uk_date, lambda v: self._dp("first_payment_on", v)
        )
        table = ui.dpScheduleTable
        table.setColumnCount(len(SCHEDULE_COLUMNS))
        table.setHorizontalHeaderLabels(list(SCHEDULE_COLUMNS))
        table.verticalHeader().setVisible(False)
        from PySide6.QtWidgets import QHeaderView

        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.dpScheduleSummary.setProperty("role", "figure")
        self.on_text(
            ui.thirdPartyOrganisation,
            lambda t: self._tp("organisation", t),
            "third_party.organisation",
        )
        self.on_text(ui.thirdPartyContact, lambda t: self._tp("contact", t), "third_party.contact")
        self.on_text(ui.thirdPartyRole, lambda t: self._tp("role", t), "third_party.role")
        self.on_text(ui.thirdPartyHolds, lambda t: self._tp("holds", t), "third_party.holds")
        self.on_text(ui.thirdPartyReports, lambda t: self._tp("reports", t), "third_party.reports")
        ui.thirdPartyConditions.toggled.connect(self._tp_conditions)
        self.on_text(
            ui.organisedHolder,
            lambda t: setattr(self.plan, "organised_holder", t),
            "organised_holder",
        )
        self.item_combos: dict[str, QComboBox] = {}

    def load(self) -> None:
        ui, plan = self.ui, self.plan
        self._build_items()
        dp = plan.direct_payment or DirectPaymentArrangement(
            schedule=self.pack.direct_payments.payment_frequency
        )
        tp = plan.third_party or ThirdPartyArrangement()
        with self.loading():
            select_data(ui.dpRecipient, dp.recipient)
            ui.dpRecipientName.setText(dp.recipient_name)
            ui.dpNominatedBy.setText(dp.nominated_by)
            ui.dpNomineeRelationship.setText(dp.nominee_relationship)
            self.load_check(self.consent_on, show_date(dp.young_person_consented_on))
            self.load_check(self.capacity_on, show_date(dp.capacity_assessed_on))
            ui.dpCapacityReference.setText(dp.capacity_assessment_reference)
            ui.dpCarePlanReference.setText(dp.health_care_plan_reference)
            self.load_check(self.care_plan_on, show_date(dp.health_care_plan_agreed_on))
            ui.dpCareBoard.setText(dp.integrated_care_board)
            select_data(ui.dpSchedule, dp.schedule)
            if ui.dpMonitoringTerms.toPlainText() != dp.monitoring_terms:
                ui.dpMonitoringTerms.setPlainText(dp.monitoring_terms)
            for attribute, box in self.boxes.items():
                box.setChecked(bool(getattr(dp, attribute)))
            self.load_check(self.first_payment, show_date(dp.first_payment_on))
            ui.thirdPartyOrganisation.setText(tp.organisation)
            ui.thirdPartyContact.setText(tp.contact)
            ui.thirdPartyRole.setText(tp.role)
            ui.thirdPartyHolds.setText(tp.holds)
            ui.thirdPartyReports.setText(tp.reports)
            ui.thirdPartyConditions.setChecked(tp.conditions_confirmed)
            ui.organisedHolder.setText(plan.organised_holder)
        self.refresh()

    def _build_items(self) -> None:
        form = self.ui.managementForm
        while form.rowCount():
            form.removeRow(0)
        self.item_combos = {}
        if not self.plan.items:
            form.addRow(QLabel("There are no items yet: add them on the Provision page."))
            return
        for item in self.plan.items:
            combo = QComboBox(self.ui.itemManagement)
            combo.setObjectName(f"management_{item.id}")
            fill_combo(combo, text.MANAGEMENT)
            select_data(combo, item.management)
            label = QLabel(
                f"{_short(item.description, 50) or '(not described yet)'} ({item.cost_text()})",
                self.ui.itemManagement,
            )
            label.setWordWrap(True)
            label.setBuddy(combo)
            combo.setAccessibleName(label.text())
            combo.setProperty("coplanLabel", label.text())
            form.addRow(label, combo)
            combo.currentIndexChanged.connect(lambda _i, c=combo, i=item: self._managed(i, c))
            self.item_combos[item.id] = combo

    def _managed(self, item: ProvisionItem, combo: QComboBox) -> None:
        if self.is_loading:
            return
        item.management = ManagementOption(combo.currentData())
        self.changed()
        self.refresh()

    def refresh(self) -> None:
        summary = summarise(self.plan)
        options = {item.management for item in self.plan.items}
        lines = [f"Overall: {text.OVERALL[summary.overall_option]}."]
        for option in ManagementOption:
            if summary.by_management[option]:
                lines.append(f"{text.MANAGEMENT[option]}: {summary.by_management[option].text()}")
        self.ui.overallOption.setText("\n".join(lines))
        ui = self.ui
        ui.dpGroup.setEnabled(ManagementOption.DIRECT_PAYMENT in options)
        ui.dpGroup.setTitle(
            "Direct payment"
            if ManagementOption.DIRECT_PAYMENT in options
            else "Direct payment (no item is paid this way)"
        )
        ui.thirdPartyGroup.setEnabled(ManagementOption.THIRD_PARTY in options)
        ui.organisedGroup.setEnabled(ManagementOption.ORGANISED in options)
        # Only the questions the chosen recipient's basis asks: a nominee's chooser and the
        # young person's consent, a representative's capacity assessment, an NHS care plan.
        kind = ui.dpRecipient.currentData()
        nominee = kind == RecipientKind.NOMINEE
        representative = kind == RecipientKind.REPRESENTATIVE
        ui.dpRecipientNameLabel.setText(
            "N&ame of the nominee"
            if nominee
            else "N&ame of the representative"
            if representative
            else "N&ame of the person paid"
        )
        ui.dpForm.setRowVisible(ui.dpNominatedBy, nominee)
        ui.dpForm.setRowVisible(ui.dpConsentOn, nominee)
        ui.dpForm.setRowVisible(ui.dpNomineeRelationship, nominee or representative)
        ui.dpForm.setRowVisible(ui.dpCapacityAssessedOn, representative)
        ui.dpForm.setRowVisible(ui.dpCapacityReference, representative)
        health = any(
            i.management in PAID_TO_SOMEONE and i.funding is FundingStream.HEALTH
            for i in self.plan.items
        )
        for edit in (ui.dpCarePlanReference, ui.dpCarePlanAgreedOn, ui.dpCareBoard):
            ui.dpForm.setRowVisible(edit, health)
        self._show_schedule()
        self.dp_agreement.refresh()

    def _show_schedule(self) -> None:
        """The payment schedule as the family will receive it, month by month."""
        ui, table = self.ui, self.ui.dpScheduleTable
        schedule = direct_payment_schedule(self.plan, self.pack)
        ui.dpForm.setRowVisible(table, schedule is not None)
        if schedule is None:
            dp_items = self.plan.direct_payment is not None and any(
                i.management is ManagementOption.DIRECT_PAYMENT for i in self.plan.items
            )
            ui.dpScheduleSummary.setText(
                "Enter the first payment date to see the payment schedule." if dp_items else ""
            )
            table.setRowCount(0)
            return
        ui.dpScheduleSummary.setText(
            f"Paid {schedule.plain_words()}. The payments add up to {schedule.total.format()} "
            f"({schedule.cost.text()}), and follow when the support happens."
        )
        rows = [
            (row.label, row.paid_in.format(), row.due.format(), row.balance.format())
            for row in schedule.months_shown
        ]
        rows.append(
            (
                "Total",
                schedule.total.format(),
                Money(sum(r.due.pence for r in schedule.months)).format(),
                schedule.months[-1].balance.format(),
            )
        )
        table.setRowCount(len(rows))
        for number, values in enumerate(rows):
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(number, column, cell)

    def _dp(self, attribute: str, value) -> None:
        if self.plan.direct_payment is None:
            # A new arrangement is paid as the council pays, until someone chooses otherwise.
            self.plan.direct_payment = DirectPaymentArrangement(
                schedule=self.pack.direct_payments.payment_frequency
            )
        setattr(self.plan.direct_payment, attribute, value)
        if attribute in ("recipient", "schedule", "first_payment_on"):
            self.refresh()
        else:  # whatever the agreement says may now be "to be signed again"
            self.dp_agreement.refresh()

    def _box(self, attribute: str, on: bool) -> None:
        if self.is_loading:
            return
        self._dp(attribute, on)
        self.changed()

    def _tp_conditions(self, on: bool) -> None:
        if self.is_loading:
            return
        self._tp("conditions_confirmed", on)
        self.changed()

    def _tp(self, attribute: str, value) -> None:
        if self.plan.third_party is None:
            self.plan.third_party = ThirdPartyArrangement()
        setattr(self.plan.third_party, attribute, value)

    def focus_field(self, field: str) -> bool:
        ui = self.ui
        found = item_field(field)
        if found and found[0] in self.item_combos:
            focus(self.item_combos[found[0]])
            ui.itemsScroll.ensureWidgetVisible(self.item_combos[found[0]])
            return True
        attribute = field.split(".", 1)[1] if "." in field else ""
        widget = None
        if field.startswith("direct_payment"):
            widget = {
                "recipient": ui.dpRecipient,
                "recipient_name": ui.dpRecipientName,
                "nominated_by": ui.dpNominatedBy,
                "young_person_consented_on": ui.dpConsentOn,
                "capacity_assessed_on": ui.dpCapacityAssessedOn,
                "health_care_plan_reference": ui.dpCarePlanReference,
                "first_payment_on": ui.dpFirstPayment,
                **self.boxes,
            }.get(attribute, ui.dpRecipientName)
        elif field.startswith("dp_agreements"):
            widget = self.dp_agreement.sign_button
        elif field.startswith("third_party"):
            widget = {
                "holds": ui.thirdPartyHolds,
                "reports": ui.thirdPartyReports,
                "conditions_confirmed": ui.thirdPartyConditions,
            }.get(attribute, ui.thirdPartyOrganisation)
        elif field == "organised_holder":
            widget = ui.organisedHolder
        if widget is None:
            return False
        focus(widget)
        ui.detailScroll.ensureWidgetVisible(widget)
        return True
