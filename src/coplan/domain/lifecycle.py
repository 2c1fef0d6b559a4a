"""A plan's life: drafted, sent for consultation (and sent again when it changes), issued as
the final plan, then copied for its annual review.

Every move is a function here that checks what the law asks first and raises LifecycleError
with the reason when the plan cannot move yet. The stages and what stops each are described in
`stages`; the rules themselves in `rules`.
"""

from __future__ import annotations

from copy import deepcopy
from datetime import date

from .dates import comment_deadline, final_plan_due, format_long, next_review
from .model import (
    ConsultationResponse,
    Consultee,
    ConsulteeRole,
    CostBasis,
    MeetingKind,
    Plan,
    PlanStatus,
    Service,
    new_id,
)
from .policy import PolicyPack
from .rules import blocking, validate
from .stages import Stage, changed_since_served, content_fingerprint


class LifecycleError(ValueError):
    """The plan cannot move on yet; the message says why."""


def _refuse_if_final(plan: Plan, what: str) -> None:
    if plan.status is PlanStatus.FINAL:
        raise LifecycleError(
            f"This is the final plan issued on {format_long(plan.issued_on) or 'an earlier day'}:"
            f" it cannot be {what}. Start an annual review (or an amendment) to change it."
        )


def set_assessment_request(plan: Plan, pack: PolicyPack, requested_on: date | None) -> None:
    """Record the request for an EHC needs assessment; the final plan is due `final_plan_weeks`
    weeks later (the pack's figure, 20 in the Regulations)."""
    _refuse_if_final(plan, "changed")
    plan.assessment_requested_on = requested_on
    plan.final_due_on = (
        None
        if requested_on is None
        else final_plan_due(requested_on, pack.timescales.final_plan_weeks)
    )


def serve_draft(
    plan: Plan,
    pack: PolicyPack,
    *,
    on: date,
    served_to: list[Consultee],
    last_day: date | None = None,
) -> None:
    """Send the current draft revision for consultation on `on` to `served_to`.

    The last day for comments is the pack's period beginning with the day served (or a later
    `last_day`). Refused while anything stops the draft, so that a wrong document never goes
    out; what consultation can still settle goes out marked as still to settle.
    """
    _refuse_if_final(plan, "sent again as a draft")
    if plan.status is PlanStatus.CONSULTATION:
        raise LifecycleError(
            f"This draft was already sent on {format_long(plan.served_on)}. Change it and it "
            "becomes a new draft to send again."
        )
    if not served_to or any(not c.name.strip() for c in served_to):
        raise LifecycleError("Say who the draft is sent to: the family, and each body consulted.")
    earliest = comment_deadline(on, pack.timescales.comment_period_days)
    if last_day is not None and last_day < earliest:
        raise LifecycleError(
            f"The family must have at least {pack.timescales.comment_period_days} days, "
            f"beginning with the day the draft is sent: the last day for comments cannot be "
            f"before {format_long(earliest)}."
        )
    stoppers = blocking(validate(plan, pack, stage=Stage.DRAFT, today=on))
    if stoppers:
        raise LifecycleError(
            f"{len(stoppers)} finding(s) must be resolved before the draft is sent. "
            + " ".join(f.message for f in stoppers[:3])
        )
    plan.status = PlanStatus.CONSULTATION
    plan.served_on = on
    plan.comment_deadline = last_day or earliest
    plan.served_to = [deepcopy(c) for c in served_to]
    plan.served_fingerprint = content_fingerprint(plan)
    if plan.next_review_on is None:
        plan.next_review_on = next_review(plan.meeting.held_on or on, pack.timescales.review_months)


def serve_for_consultation(
    plan: Plan, pack: PolicyPack, *, on: date, served_to: list[Consultee] | None = None
) -> None:
    """`serve_draft` to the family named in the plan when `served_to` is not given."""
    if served_to is None:
        family = [a for a in plan.meeting.attendees if a.role.value == "parent_or_carer"]
        served_to = [Consultee(a.name, ConsulteeRole.FAMILY) for a in family] or [
            Consultee("The child's parent or carer", ConsulteeRole.FAMILY)
        ]
    serve_draft(plan, pack, on=on, served_to=served_to)


def new_draft_revision(plan: Plan) -> None:
    """Take a served draft back to draft as its next revision; the service is kept as history.

    The new revision must be served again, with a new last day for comments. Responses stay,
    each marked with the revision it answered.
    """
    _refuse_if_final(plan, "changed")
    if plan.status is not PlanStatus.CONSULTATION:
        return
    if plan.served_on is not None and plan.comment_deadline is not None:
        plan.earlier_services.append(
            Service(
                draft_revision=plan.draft_revision,
                served_on=plan.served_on,
                comment_deadline=plan.comment_deadline,
                served_to=list(plan.served_to),
            )
        )
    plan.draft_revision += 1
    plan.status = PlanStatus.DRAFT
    plan.served_on = None
    plan.comment_deadline = None
    plan.served_to = []
    plan.served_fingerprint = ""


def revise_if_changed(plan: Plan) -> bool:
    """After an edit: a served draft that now says something else becomes a new revision.

    Returns whether it did, so that the caller can say so (and keep the served one)."""
    if changed_since_served(plan):
        new_draft_revision(plan)
        return True
    return False


def record_response(
    plan: Plan,
    *,
    received_on: date,
    from_name: str,
    role: ConsulteeRole,
    summary: str,
    setting_id: str | None = None,
    setting_can_meet_needs: bool | None = None,
) -> ConsultationResponse:
    """Record a response to the draft sent for consultation (the family's comments, a school's
    answer to being consulted)."""
    _refuse_if_final(plan, "changed")
    if plan.status is not PlanStatus.CONSULTATION or plan.served_on is None:
        raise LifecycleError("Responses are recorded against a draft sent for consultation.")
    if received_on < plan.served_on:
        raise LifecycleError(
            f"The response is dated before the draft was sent ({format_long(plan.served_on)})."
        )
    if not from_name.strip():
        raise LifecycleError("Say who the response is from.")
    if not summary.strip():
        raise LifecycleError("Say what they asked for or said.")
    if setting_id is not None and plan.setting(setting_id) is None:
        raise LifecycleError("That setting is not in the plan.")
    response = ConsultationResponse(
        id=plan.next_short_id("c"),
        received_on=received_on,
        from_name=from_name.strip(),
        role=role,
        summary=summary.strip(),
        draft_revision=plan.draft_revision,
        setting_id=setting_id,
        setting_can_meet_needs=setting_can_meet_needs,
    )
    plan.responses.append(response)
    return response


def issue_final_plan(plan: Plan, pack: PolicyPack, *, on: date) -> None:
    """Issue the final plan on `on`, when nothing stops it.

    Refused until the draft was served and its comment period ended (or the family's response
    is recorded), every premises agreement needed is valid, Section I names the school, and
    every other final-stage rule holds. The plan is then read-only.
    """
    _refuse_if_final(plan, "issued again")
    if plan.served_on is not None and on < plan.served_on:
        raise LifecycleError("The final plan cannot be issued before the draft was sent.")
    stoppers = blocking(validate(plan, pack, stage=Stage.FINAL, today=on))
    if stoppers:
        raise LifecycleError(
            f"The final plan cannot be issued yet: {len(stoppers)} thing(s) to settle first. "
            + " ".join(f.message for f in stoppers[:3])
        )
    plan.status = PlanStatus.FINAL
    plan.issued_on = on
    if plan.next_review_on is None:
        plan.next_review_on = next_review(on, pack.timescales.review_months)


# What an annual review clears for the meeting to decide again, and says so.
REDECIDE_DP_CONDITIONS = (
    "The council's direct payment conditions (appropriate use, best interests, no harm to "
    "others' services, efficient use) were cleared: decide them again for this year."
)
REDECIDE_DP_AGREEMENT = (
    "Last year's direct payment agreement (signed on {signed}) was cleared: a new agreement is "
    "signed for this plan before payments continue under it."
)
REDECIDE_REFUSALS = (
    "Last year's {count} request(s) not agreed were cleared: the meeting decides each request "
    "again, with its reasons."
)
REDECIDE_PREMISES = (
    "The schools' agreements to direct payments on their premises are kept as history: each "
    "must be confirmed again."
)
REDECIDE_ONE_OFFS = (
    "One-off purchases already made were not carried over: {items}. Add one again only if "
    "the meeting chooses to."
)


def start_annual_review(plan: Plan, *, on: date, keep_one_offs: tuple[str, ...] = ()) -> Plan:
    """A new draft version of a final plan for its annual review, linked to the one before.

    Outcomes, needs, recurring provision and arrangements carry over for the meeting to
    revisit. What must be re-decided is cleared and listed in `to_decide_again`: the direct
    payment conditions and agreement, last year's refusals, and the premises agreements
    (kept as history, to be confirmed again). One-off purchases are not repeated unless their
    ids are in `keep_one_offs`. The case officer stays among those present.
    """
    if plan.status is not PlanStatus.FINAL:
        raise LifecycleError(
            "An annual review starts from the final plan: this plan has not been issued yet."
        )
    review = deepcopy(plan)
    review.id = new_id()
    review.version = plan.version + 1
    review.previous_version_id = plan.id
    review.status = PlanStatus.DRAFT
    review.meeting.kind = MeetingKind.ANNUAL_REVIEW
    review.meeting.held_on = on
    review.meeting.attendees = [a for a in plan.meeting.attendees if a.role.value == "case_officer"]
    review.assessment_requested_on = None
    review.final_due_on = None
    review.draft_revision = 1
    review.served_on = None
    review.comment_deadline = None
    review.served_to = []
    review.served_fingerprint = ""
    review.earlier_services = []
    review.responses = []
    review.issued_on = None
    review.next_review_on = None
    notes: list[str] = []
    dp = review.direct_payment
    if dp is not None:
        dp.appropriate_use_confirmed = False
        dp.best_interests_confirmed = False
        dp.no_adverse_impact_confirmed = False
        dp.efficient_use_confirmed = False
        notes.append(REDECIDE_DP_CONDITIONS)
    if review.dp_agreements:
        # The new plan's direct payments are agreed again; the old agreement stays in the
        # previous version's record.
        last = review.dp_agreements[-1]
        notes.append(REDECIDE_DP_AGREEMENT.format(signed=format_long(last.signed_on)))
        review.dp_agreements = []
    if review.refusals:
        notes.append(REDECIDE_REFUSALS.format(count=len(review.refusals)))
        review.refusals = []
    if review.premises_agreements:
        for agreement in review.premises_agreements:
            agreement.carried_over = True
        notes.append(REDECIDE_PREMISES)
    bought = [
        i for i in review.items if i.cost_basis is CostBasis.ONE_OFF and i.id not in keep_one_offs
    ]
    if bought:
        review.items = [i for i in review.items if i not in bought]
        notes.append(
            REDECIDE_ONE_OFFS.format(
                items=", ".join(f"“{i.description.strip() or i.id}”" for i in bought)
            )
        )
    review.to_decide_again = notes
    return review


def change_status(
    plan: Plan,
    pack: PolicyPack,
    status: PlanStatus,
    *,
    on: date,
    served_to: list[Consultee] | None = None,
) -> None:
    """Move the plan to `status` as the law allows.

    Draft: a served draft becomes its next revision (the service is kept); a final plan never
    goes back. Sent for consultation: `serve_draft`. Final: `issue_final_plan`.
    """
    if status is plan.status:
        return
    if status is PlanStatus.DRAFT:
        new_draft_revision(plan)
    elif status is PlanStatus.CONSULTATION:
        serve_for_consultation(plan, pack, on=on, served_to=served_to)
    else:
        issue_final_plan(plan, pack, on=on)
