from coplan.domain.meeting_defaults import next_attendee_role
from coplan.domain.model import AttendeeRole as R


def test_people_are_offered_the_roles_a_meeting_usually_fills_in_order():
    present = [R.CASE_OFFICER]
    offered = []
    for _ in range(7):
        role = next_attendee_role(present)
        offered.append(role)
        present.append(role)
    assert offered == [R.CHILD, R.PARENT, R.PARENT, R.HEAD_TEACHER, R.SENCO, R.OTHER, R.OTHER]


def test_a_role_already_there_is_not_offered_again():
    assert next_attendee_role([R.PARENT, R.CHILD, R.PARENT]) is R.HEAD_TEACHER
    assert next_attendee_role([R.HEAD_TEACHER]) is R.CHILD


def test_the_person_paid_comes_from_the_meeting():
    from factories import build_plan

    from coplan.domain.meeting_defaults import recipient_name_for
    from coplan.domain.model import Attendee, RecipientKind

    plan = build_plan()
    plan.meeting.attendees = [Attendee("Sam Patel", R.CASE_OFFICER), Attendee("Amy Khan", R.PARENT)]
    assert recipient_name_for(plan, RecipientKind.PARENT) == "Amy Khan"
    assert recipient_name_for(plan, RecipientKind.YOUNG_PERSON) == plan.child.full_name
    assert recipient_name_for(plan, RecipientKind.NOMINEE) == ""
