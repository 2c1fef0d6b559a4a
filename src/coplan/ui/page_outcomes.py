"""Page 3: the outcomes, and the needs (sections B, C and D) they rest on."""

from __future__ import annotations

from coplan.domain.model import (
    Need,
    NeedSection,
    Outcome,
    OutcomeArea,
)

from . import text
from .fields import parse_uk_date, show_date
from .forms_compiled.ui_page_outcomes import Ui_PageOutcomes
from .messages import MessageBlock, finding_message, replace_label
from .navigation import bracket_id
from .page_base import ListEditor, PlanPage, fill_combo, focus, select_data


class OutcomesPage(PlanPage):
    key = "outcomes"
    heading = "Outcomes"
    subheading = (
        "What the child and family want to achieve, in their words: specific, measurable and "
        "with a date to look at progress."
    )
    form_class = Ui_PageOutcomes

    def build(self) -> None:
        ui = self.ui
        fill_combo(ui.outcomeArea, text.OUTCOME_AREA)
        fill_combo(ui.needSection, text.NEED_SECTION)
        self.outcomes = ListEditor(
            self,
            ui.outcomeList,
            rows=lambda: self.plan.outcomes,
            describe=lambda o: (
                f"{text.OUTCOME_AREA[o.area]}: {text.shorten(o.text, 70) or '(not written yet)'}"
            ),
            show=self._show_outcome,
            create=self._new_outcome,
            remove=self._remove_outcome,
            details=[ui.outcomeText, ui.outcomeArea, ui.outcomeTargetDate],
            add_button=ui.addOutcome,
            remove_button=ui.removeOutcome,
            up_button=ui.moveOutcomeUp,
            down_button=ui.moveOutcomeDown,
            what="outcome",
            name=lambda o: o.text,
            field="outcomes",
        )
        self.on_plain(ui.outcomeText, lambda t: self._edit_outcome("text", t), "outcomes.text")
        self.on_combo(ui.outcomeArea, lambda v: self._edit_outcome("area", OutcomeArea(v)))
        self.target_date = self.check(
            ui.outcomeTargetDate,
            parse_uk_date,
            lambda v: self._edit_outcome("target_date", v),
            key=lambda: f"outcomes.{self._current_id()}.target_date",
        )
        self.needs = ListEditor(
            self,
            ui.needList,
            rows=lambda: self.plan.needs,
            describe=lambda n: (
                f"{n.section.value}: {text.shorten(n.summary, 70) or '(not written yet)'}"
            ),
            show=self._show_need,
            create=self._new_need,
            remove=self._remove_need,
            details=[ui.needSection, ui.needSummary],
            add_button=ui.addNeed,
            remove_button=ui.removeNeed,
            what="need",
            name=lambda n: n.summary,
            field="needs",
        )
        self.on_combo(ui.needSection, lambda v: self._edit_need("section", NeedSection(v)))
        self.on_plain(ui.needSummary, lambda t: self._edit_need("summary", t), "needs.summary")
        ui.outcomeForm.setVerticalSpacing(6)  # a fixed gap: the block never moves a field
        ui.outcomeNudge = replace_label(
            ui.outcomeNudge,
            MessageBlock(ui.outcomeNudge.parentWidget(), lines=3, name="outcomeNudge"),
        )

    def _current_id(self) -> str:
        outcome = self.outcomes.current() if hasattr(self, "outcomes") else None
        return outcome.id if outcome else "-"

    def load(self) -> None:
        self.outcomes.reload()
        self.needs.reload()

    def refresh(self) -> None:
        self._show_nudge(self.outcomes.current())

    def _new_outcome(self):
        outcome = Outcome(id=self.plan.next_short_id("o"), text="")
        self.plan.outcomes.append(outcome)
        return outcome

    def _remove_outcome(self, outcome) -> None:
        self.plan.outcomes.remove(outcome)
        for item in self.plan.items:
            if outcome.id in item.outcome_ids:
                item.outcome_ids.remove(outcome.id)
        self.session.forget_inputs(f"outcomes.{outcome.id}.")

    def _show_outcome(self, outcome) -> None:
        ui = self.ui
        if ui.outcomeText.toPlainText() != (outcome.text if outcome else ""):
            ui.outcomeText.setPlainText(outcome.text if outcome else "")
        select_data(ui.outcomeArea, outcome.area if outcome else OutcomeArea.EDUCATION)
        self.load_check(self.target_date, show_date(outcome.target_date) if outcome else "")
        self._show_nudge(outcome)

    def _show_nudge(self, outcome) -> None:
        if outcome is None:
            self.ui.outcomeNudge.set_messages([])
            return
        prefix = f"outcomes[{outcome.id}]"
        self.ui.outcomeNudge.set_messages(
            [
                finding_message(f)
                for f in self.session.findings
                if f.field == prefix or f.field.startswith(prefix + ".")
            ]
        )

    def _edit_outcome(self, attribute: str, value) -> None:
        outcome = self.outcomes.current()
        if outcome is not None:
            setattr(outcome, attribute, value)
            self.outcomes.update_current_text()

    def _new_need(self):
        need = Need(id=self.plan.next_short_id("n"), section=NeedSection.SEN, summary="")
        self.plan.needs.append(need)
        return need

    def _remove_need(self, need) -> None:
        self.plan.needs.remove(need)
        for item in self.plan.items:
            if need.id in item.need_ids:
                item.need_ids.remove(need.id)

    def _show_need(self, need) -> None:
        ui = self.ui
        select_data(ui.needSection, need.section if need else NeedSection.SEN)
        if ui.needSummary.toPlainText() != (need.summary if need else ""):
            ui.needSummary.setPlainText(need.summary if need else "")

    def _edit_need(self, attribute: str, value) -> None:
        need = self.needs.current()
        if need is not None:
            setattr(need, attribute, value)
            self.needs.update_current_text()

    def focus_field(self, field: str) -> bool:
        found = bracket_id(field, "outcomes")
        if found:
            outcome = self.plan.outcome(found[0])
            if outcome is not None:
                self.outcomes.select(outcome)
                widget = {
                    "target_date": self.ui.outcomeTargetDate,
                    "area": self.ui.outcomeArea,
                }.get(found[1], self.ui.outcomeText)
                focus(widget)
                return True
        found = bracket_id(field, "needs")
        if found:
            need = self.plan.need(found[0])
            if need is not None:
                self.needs.select(need)
                focus(self.ui.needSummary)
                return True
        focus(self.ui.outcomeList)
        return True
