"""Sensible first answers for a new plan and for each person added to the meeting.

A meeting fills in a usual order: the child or young person, their parents or carers (usually
two), the head teacher and the SENCO of the school, then anyone else. A person added is offered
the first role in that order the meeting does not have yet, so the officer changes it only when
the table is unusual, instead of every time ("Parent or carer" for everyone, as before).
"""

from __future__ import annotations

from .model import AttendeeRole

USUAL_ORDER: tuple[tuple[AttendeeRole, int], ...] = (
    (AttendeeRole.CHILD, 1),
    (AttendeeRole.PARENT, 2),
    (AttendeeRole.HEAD_TEACHER, 1),
    (AttendeeRole.SENCO, 1),
)


def next_attendee_role(present: list[AttendeeRole]) -> AttendeeRole:
    """The role to offer for the next person added, given the roles already in the meeting."""
    for role, usual in USUAL_ORDER:
        if present.count(role) < usual:
            return role
    return AttendeeRole.OTHER


def recipient_name_for(plan, kind) -> str:
    """Who a direct payment of this kind goes to, from what the meeting already recorded: the
    first parent or carer at the meeting, or the young person themself; "" when the meeting
    does not say (a nominee or representative is always typed)."""
    from .model import RecipientKind

    if kind is RecipientKind.YOUNG_PERSON:
        return plan.child.full_name.strip()
    if kind is RecipientKind.PARENT:
        for attendee in plan.meeting.attendees:
            if attendee.role is AttendeeRole.PARENT and attendee.name.strip():
                return attendee.name.strip()
    return ""
