"""Page 4: the indicative budget (the RAS questionnaire, or a figure entered by hand).

Every figure shown here comes from the domain: `ras.score` for the questionnaire and
`budget.summarise` for totals; no rule is decided in a widget.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
)

from coplan.domain import ras as ras_scoring
from coplan.domain.budget import COUNCIL_STREAMS
from coplan.domain.model import (
    FundingStream,
    IndicativeSource,
    PanelOverride,
)
from coplan.domain.money import Money, total

from . import text
from .fields import (
    money_or_zero,
    parse_uk_date,
    show_date,
    show_money,
)
from .forms_compiled.ui_page_budget import Ui_PageBudget
from .page_base import NO_CHOICE, PlanPage, focus, move_next_to, select_data

STREAM_FIELDS = {
    FundingStream.EDUCATION: "Education",
    FundingStream.HEALTH: "Health",
    FundingStream.SOCIAL_CARE: "SocialCare",
    FundingStream.SCHOOL: "School",
}


def amounts_text(amounts: dict[FundingStream, Money]) -> str:
    parts = [f"{text.FUNDING[s]} {amounts[s].format()}" for s in FundingStream if amounts.get(s)]
    return ", ".join(parts) if parts else "nothing"


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

    def place_in_order(self, order):
        # The questions (made in code) come before the panel's change, as they are read.
        return move_next_to(order, self.questions.values(), self.ui.overrideGroup)

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
