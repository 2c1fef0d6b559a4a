"""Operations on whole plans that the caseload offers (copying for an annual review)."""

from __future__ import annotations

import copy

from coplan.domain.model import MeetingKind, Plan, PlanStatus, new_id


def annual_review_copy(plan: Plan) -> Plan:
    """A new version of the plan for the annual review meeting.

    Everything carries over, including the premises agreements, which stay as history: each
    setting's status is worked out again from its fingerprint, so an agreement still covers the
    items exactly as signed and shows "no longer valid" as soon as one changes. The meeting,
    service and review dates are cleared for the new meeting.
    """
    new = copy.deepcopy(plan)
    new.id = new_id()
    new.version = plan.version + 1
    new.previous_version_id = plan.id
    new.status = PlanStatus.DRAFT
    new.meeting.kind = MeetingKind.ANNUAL_REVIEW
    new.meeting.held_on = None
    new.served_on = None
    new.comment_deadline = None
    new.next_review_on = None
    return new
