"""Pages 1–3: meeting and people, what matters, outcomes (and the needs they rest on)."""

from __future__ import annotations

from coplan.domain.agreements import remove_setting
from coplan.domain.model import (
    Attendee,
    AttendeeRole,
    MeetingKind,
    Need,
    NeedSection,
    Outcome,
    OutcomeArea,
    Setting,
    SettingKind,
)

from . import text
from .fields import parse_uk_date, show_date
from .forms_compiled.ui_page_meeting import Ui_PageMeeting
from .forms_compiled.ui_page_outcomes import Ui_PageOutcomes
from .forms_compiled.ui_page_what_matters import Ui_PageWhatMatters
from .navigation import bracket_id
from .page_base import ListEditor, PlanPage, fill_combo, focus, select_data


def _short(value: str, length: int = 70) -> str:
    value = " ".join(value.split())
    return value if len(value) <= length else value[: length - 1] + "…"


class MeetingPage(PlanPage):
    key = "meeting"
    heading = "Meeting and people"
    subheading = "Who is here, the child or young person, and their school, college or setting."
    form_class = Ui_PageMeeting

    def build(self) -> None:
        ui = self.ui
        fill_combo(ui.meetingKind, text.MEETING_KIND)
        fill_combo(ui.attendeeRole, text.ATTENDEE_ROLE)
        fill_combo(ui.settingKind, text.SETTING_KIND)
        self.on_combo(ui.meetingKind, lambda v: setattr(self.plan.meeting, "kind", MeetingKind(v)))
        self.meeting_date = self.check(
            ui.meetingDate, parse_uk_date, lambda v: setattr(self.plan.meeting, "held_on", v)
        )
        self.on_text(
            ui.childFullName,
            lambda t: setattr(self.plan.child, "full_name", t),
            "child.full_name",
        )
        self.on_text(
            ui.childPreferredName,
            lambda t: setattr(self.plan.child, "preferred_name", t),
            "child.preferred_name",
        )
        self.dob = self.check(
            ui.childDob, parse_uk_date, lambda v: setattr(self.plan.child, "date_of_birth", v)
        )

        self.attendees = ListEditor(
            self,
            ui.attendeeList,
            rows=lambda: self.plan.meeting.attendees,
            describe=lambda a: (
                f"{a.name or '(no name yet)'}: {text.ATTENDEE_ROLE[a.role]}"
                + (f" ({a.note})" if a.note else "")
            ),
            show=self._show_attendee,
            create=self._new_attendee,
            remove=self.plan_remove_attendee,
            details=[ui.attendeeName, ui.attendeeRole, ui.attendeeNote],
            add_button=ui.addAttendee,
            remove_button=ui.removeAttendee,
            what="person",
            name=lambda a: a.name,
            field="meeting.attendees",
        )
        self.on_text(
            ui.attendeeName, lambda t: self._edit_attendee("name", t), "meeting.attendees.name"
        )
        self.on_combo(ui.attendeeRole, lambda v: self._edit_attendee("role", AttendeeRole(v)))
        self.on_text(
            ui.attendeeNote, lambda t: self._edit_attendee("note", t), "meeting.attendees.note"
        )

        self.settings = ListEditor(
            self,
            ui.settingList,
            rows=lambda: self.plan.settings,
            describe=lambda s: s.name or "(no name yet)",
            show=self._show_setting,
            create=self._new_setting,
            remove=self._remove_setting,
            details=[
                ui.settingName,
                ui.settingKind,
                ui.settingHeadName,
                ui.settingHeadRole,
                ui.settingUrn,
            ],
            add_button=ui.addSetting,
            remove_button=ui.removeSetting,
            what="setting",
            name=lambda s: s.name,
            field="settings",
        )
        self.on_text(ui.settingName, lambda t: self._edit_setting("name", t), "settings.name")
        self.on_combo(ui.settingKind, lambda v: self._edit_setting("kind", SettingKind(v)))
        self.on_text(
            ui.settingHeadName, lambda t: self._edit_setting("head_name", t), "settings.head_name"
        )
        self.on_text(
            ui.settingHeadRole, lambda t: self._edit_setting("head_role", t), "settings.head_role"
        )
        self.on_text(ui.settingUrn, lambda t: self._edit_setting("urn", t), "settings.urn")

    def load(self) -> None:
        ui, plan = self.ui, self.plan
        with self.loading():
            select_data(ui.meetingKind, plan.meeting.kind)
            self.load_check(self.meeting_date, show_date(plan.meeting.held_on))
            ui.childFullName.setText(plan.child.full_name)
            ui.childPreferredName.setText(plan.child.preferred_name)
            self.load_check(self.dob, show_date(plan.child.date_of_birth))
        self.attendees.reload()
        self.settings.reload()

    # attendees
    def _new_attendee(self):
        attendee = Attendee(name="", role=AttendeeRole.PARENT)
        self.plan.meeting.attendees.append(attendee)
        return attendee

    def plan_remove_attendee(self, attendee) -> None:
        self.plan.meeting.attendees.remove(attendee)

    def _show_attendee(self, attendee) -> None:
        ui = self.ui
        ui.attendeeName.setText(attendee.name if attendee else "")
        select_data(ui.attendeeRole, attendee.role if attendee else AttendeeRole.PARENT)
        ui.attendeeNote.setText(attendee.note if attendee else "")

    def _edit_attendee(self, attribute: str, value) -> None:
        attendee = self.attendees.current()
        if attendee is not None:
            setattr(attendee, attribute, value)
            self.attendees.update_current_text()

    # settings
    def _new_setting(self):
        setting = Setting(id=self.plan.next_short_id("s"), name="")
        self.plan.settings.append(setting)
        return setting

    def _remove_setting(self, setting) -> None:
        remove_setting(self.plan, setting.id)  # AgreementError: the editor says why

    def _show_setting(self, setting) -> None:
        ui = self.ui
        ui.settingName.setText(setting.name if setting else "")
        select_data(ui.settingKind, setting.kind if setting else SettingKind.SCHOOL)
        ui.settingHeadName.setText(setting.head_name if setting else "")
        ui.settingHeadRole.setText(setting.head_role if setting else "")
        ui.settingUrn.setText(setting.urn if setting else "")

    def _edit_setting(self, attribute: str, value) -> None:
        setting = self.settings.current()
        if setting is not None:
            setattr(setting, attribute, value)
            self.settings.update_current_text()

    def focus_field(self, field: str) -> bool:
        ui = self.ui
        simple = {
            "child.full_name": ui.childFullName,
            "child.preferred_name": ui.childPreferredName,
            "child.date_of_birth": ui.childDob,
            "meeting.held_on": ui.meetingDate,
            "meeting.kind": ui.meetingKind,
        }
        if field in simple:
            focus(simple[field])
            return True
        found = bracket_id(field, "settings")
        if found:
            setting = self.plan.setting(found[0])
            if setting is not None:
                self.settings.select(setting)
                focus(ui.settingName)
                return True
        if field.startswith("settings"):
            focus(ui.settingList)
            return True
        return False


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
                f"{text.OUTCOME_AREA[o.area]}: {_short(o.text) or '(not written yet)'}"
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
            describe=lambda n: f"{n.section.value}: {_short(n.summary) or '(not written yet)'}",
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
        ui.outcomeNudge.setProperty("role", "nudge")

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
            self.ui.outcomeNudge.setText("")
            return
        prefix = f"outcomes[{outcome.id}]"
        messages = [
            f.message
            for f in self.session.findings
            if f.field == prefix or f.field.startswith(prefix + ".")
        ]
        self.ui.outcomeNudge.setText("\n".join(messages))

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
