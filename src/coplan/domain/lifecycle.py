"""A plan's life: served for consultation, agreed, then copied for its annual review."""

from __future__ import annotations

from datetime import date

from .dates import comment_deadline, next_review
from .model import MeetingKind, Plan, PlanStatus, new_id
from .policy import PolicyPack
from .rules import blocking, validate


class LifecycleError(ValueError):
    """The plan cannot move on yet; the message says why."""


def serve_for_consultation(plan: Plan, pack: PolicyPack, *, on: date) -> None:
    """Mark the draft as served on `on`: the family then has the pack's comment period.

    Refused while anything blocks the plan, so that a defective draft never goes out.
    """
    stoppers = blocking(validate(plan, pack, today=on))
    if stoppers:
        raise LifecycleError(
            f"{len(stoppers)} finding(s) must be resolved before the draft is served: "
            + "; ".join(f.message for f in stoppers[:3])
        )
    plan.status = PlanStatus.CONSULTATION
    plan.served_on = on
    plan.comment_deadline = comment_deadline(on, pack.timescales.comment_period_days)
    if plan.next_review_on is None:
        plan.next_review_on = next_review(plan.meeting.held_on or on, pack.timescales.review_months)


def start_annual_review(plan: Plan, *, on: date) -> Plan:
    """A new draft version of `plan` for its annual review, linked to the version before.

    Outcomes, needs, provision and arrangements carry over for the meeting to revisit; the
    premises agreements carry over as history (they stay valid only while nothing they cover
    changes); consultation dates are cleared because the new version has not been served.
    """
    from copy import deepcopy

    review = deepcopy(plan)
    review.id = new_id()
    review.version = plan.version + 1
    review.previous_version_id = plan.id
    review.status = PlanStatus.DRAFT
    review.meeting.kind = MeetingKind.ANNUAL_REVIEW
    review.meeting.held_on = on
    review.meeting.attendees = []
    review.served_on = None
    review.comment_deadline = None
    review.next_review_on = None
    return review


def change_status(plan: Plan, pack: PolicyPack, status: PlanStatus, *, on: date) -> None:
    """Move the plan to `status` as the law allows.

    Back to draft is always allowed. "For consultation" serves the draft (the pack's comment
    period from the day served) and "agreed" makes the plan live: both are refused while
    anything blocks the plan, because a plan only goes live when nothing is missing.
    """
    if status is PlanStatus.DRAFT:
        plan.status = status
        return
    if status is PlanStatus.CONSULTATION and plan.served_on is None:
        serve_for_consultation(plan, pack, on=on)
        return
    stoppers = blocking(validate(plan, pack, today=on))
    if stoppers:
        what = "served for consultation" if status is PlanStatus.CONSULTATION else "agreed"
        raise LifecycleError(
            f"The plan cannot be {what} yet: {len(stoppers)} thing(s) to fix first, listed as "
            "“Must fix”."
        )
    plan.status = status
