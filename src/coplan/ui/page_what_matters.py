"""Page 2: what matters to the child or young person, in their words and their family's."""

from __future__ import annotations

from .forms_compiled.ui_page_what_matters import Ui_PageWhatMatters
from .page_base import PlanPage, focus


class WhatMattersPage(PlanPage):
    key = "what_matters"
    heading = "What matters"
    subheading = "In the child's and the family's own words."
    form_class = Ui_PageWhatMatters

    def build(self) -> None:
        self.on_plain(self.ui.whatMatters, self._apply, "what_matters")

    def _apply(self, value: str) -> None:
        self.plan.what_matters = [line.strip() for line in value.splitlines() if line.strip()]

    def load(self) -> None:
        with self.loading():
            current = self.ui.whatMatters.toPlainText()
            wanted = "\n".join(self.plan.what_matters)
            if [line.strip() for line in current.splitlines() if line.strip()] != [
                line for line in self.plan.what_matters
            ]:
                self.ui.whatMatters.setPlainText(wanted)

    def focus_field(self, field: str) -> bool:
        focus(self.ui.whatMatters)
        return True
