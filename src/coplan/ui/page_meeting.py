"""Page 1: the meeting and the people: who is here, the child or young person, and their settings."""

from __future__ import annotations

from coplan.domain.agreements import remove_setting
from coplan.domain.model import (
    Attendee,
    AttendeeRole,
    MeetingKind,
    Setting,
    SettingKind,
)

from . import text
from .fields import parse_uk_date, show_date
from .forms_compiled.ui_page_meeting import Ui_PageMeeting
from .navigation import bracket_id
from .page_base import ListEditor, PlanPage, fill_combo, focus, select_data


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
        from coplan.domain.meeting_defaults import next_attendee_role

        present = [a.role for a in self.plan.meeting.attendees]
        attendee = Attendee(name="", role=next_attendee_role(present))
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
