"""Plan ⇄ plain JSON-ready dictionaries, in the documented "coplan-plan/2" format.

`encode` writes every field in a fixed order with money as "1250.00", quantities as "2.5" and
dates as "2026-11-23", so that export → import → export gives the same bytes. `decode` trusts
nothing: it is called only on documents that already passed the JSON Schema, and still checks
what a schema cannot (identifiers unique within the plan, every reference pointing somewhere).
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from typing import Any

from coplan.domain.budget import COUNCIL_STREAMS
from coplan.domain.dp_agreement import fingerprint_of as dp_fingerprint_of
from coplan.domain.fingerprint import FINGERPRINT_VERSION, canonical_bytes
from coplan.domain.model import (
    Attendee,
    AttendeeRole,
    Child,
    ConsultationResponse,
    Consultee,
    ConsulteeRole,
    CostBasis,
    Decision,
    DirectPaymentAgreement,
    DirectPaymentArrangement,
    Frequency,
    FundingStream,
    IndicativeBudget,
    IndicativeSource,
    Location,
    ManagementOption,
    Meeting,
    MeetingKind,
    Need,
    NeedSection,
    OfficerContact,
    Outcome,
    OutcomeArea,
    PanelOverride,
    PaymentSchedule,
    Plan,
    PlanStatus,
    PremisesAgreement,
    ProvisionItem,
    RecipientKind,
    RefusalScope,
    RefusedRequest,
    ReviewOutcome,
    RunsIn,
    Service,
    ServiceMethod,
    Setting,
    SettingKind,
    SignatureMethod,
    ThirdPartyArrangement,
    Withdrawal,
)
from coplan.domain.money import Money, parse_money

from .convert import CURRENT as FORMAT
from .convert import upgrade_document


class PlanFileError(ValueError):
    """The document is not a usable plan; `where` points at the problem (a JSON path)."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = message


# -- encoding --------------------------------------------------------------------------------


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _money(value: Money) -> str:
    return value.plain()


def _decimal(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _amounts(amounts: dict[FundingStream, Money]) -> dict[str, str]:
    return {stream.value: _money(amounts[stream]) for stream in FundingStream if stream in amounts}


def encode(plan: Plan) -> dict[str, Any]:
    indicative = plan.indicative
    return {
        "format": FORMAT,
        "id": plan.id,
        "version": plan.version,
        "previous_version_id": plan.previous_version_id,
        "status": plan.status.value,
        "assessment_requested_on": _date(plan.assessment_requested_on),
        "final_due_on": _date(plan.final_due_on),
        "issued_on": _date(plan.issued_on),
        "section_i": plan.section_i,
        "to_decide_again": list(plan.to_decide_again),
        "consultation": {
            "draft_revision": plan.draft_revision,
            "served_to": [_encode_consultee(c) for c in plan.served_to],
            "served_fingerprint": plan.served_fingerprint,
            "earlier_services": [
                {
                    "draft_revision": s.draft_revision,
                    "served_on": _date(s.served_on),
                    "comment_deadline": _date(s.comment_deadline),
                    "served_to": [_encode_consultee(c) for c in s.served_to],
                }
                for s in plan.earlier_services
            ],
            "responses": [
                {
                    "id": r.id,
                    "received_on": _date(r.received_on),
                    "from_name": r.from_name,
                    "role": r.role.value,
                    "summary": r.summary,
                    "draft_revision": r.draft_revision,
                    "setting_id": r.setting_id,
                    "setting_can_meet_needs": r.setting_can_meet_needs,
                }
                for r in plan.responses
            ],
        },
        "policy_pack": plan.policy_pack,
        "child": {
            "full_name": plan.child.full_name,
            "preferred_name": plan.child.preferred_name,
            "date_of_birth": _date(plan.child.date_of_birth),
        },
        "meeting": {
            "kind": plan.meeting.kind.value,
            "held_on": _date(plan.meeting.held_on),
            "attendees": [
                {"name": a.name, "role": a.role.value, "note": a.note}
                for a in plan.meeting.attendees
            ],
        },
        "what_matters": list(plan.what_matters),
        "settings": [
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind.value,
                "urn": s.urn,
                "head_name": s.head_name,
                "head_role": s.head_role,
            }
            for s in plan.settings
        ],
        "needs": [
            {"id": n.id, "section": n.section.value, "summary": n.summary} for n in plan.needs
        ],
        "outcomes": [
            {"id": o.id, "text": o.text, "area": o.area.value, "target_date": _date(o.target_date)}
            for o in plan.outcomes
        ],
        "items": [_encode_item(item) for item in plan.items],
        "indicative_budget": {
            "source": indicative.source.value,
            "ras_answers": dict(sorted(indicative.ras_answers.items())),
            "ras_score": indicative.ras_score,
            "ras_band": indicative.ras_band,
            "amounts": _amounts(indicative.amounts),
            "manual_reason": indicative.manual_reason,
            "override": None
            if indicative.override is None
            else {
                "amounts": _amounts(indicative.override.amounts),
                "reason": indicative.override.reason,
                "decided_on": _date(indicative.override.decided_on),
                "decided_by": indicative.override.decided_by,
            },
        },
        "over_budget_reasons": {
            stream.value: plan.over_budget_reasons.get(stream, "") for stream in COUNCIL_STREAMS
        },
        "direct_payment": None
        if plan.direct_payment is None
        else _encode_dp(
            plan.direct_payment, plan.dp_agreements[-1].signed_on if plan.dp_agreements else None
        ),
        "third_party": None
        if plan.third_party is None
        else {
            "organisation": plan.third_party.organisation,
            "contact": plan.third_party.contact,
            "role": plan.third_party.role,
            "holds": plan.third_party.holds,
            "reports": plan.third_party.reports,
            "conditions_confirmed": plan.third_party.conditions_confirmed,
        },
        "organised_holder": plan.organised_holder,
        **(
            {}
            if plan.officer.is_empty
            else {
                "officer": {
                    "name": plan.officer.name,
                    "role": plan.officer.role,
                    "email": plan.officer.email,
                    "phone": plan.officer.phone,
                }
            }
        ),
        "premises_agreements": [_encode_agreement(a) for a in plan.premises_agreements],
        "dp_agreements": [_encode_dp_agreement(a) for a in plan.dp_agreements],
        "refusals": [
            {
                "id": r.id,
                "request": r.request,
                "scope": r.scope.value,
                "reasons": r.reasons,
                "requested_on": _date(r.requested_on),
                "decided_on": _date(r.decided_on),
                "review_rights_told_on": _date(r.review_rights_told_on),
                "review_outcome": r.review_outcome.value,
                "reviewed_on": _date(r.reviewed_on),
                "block_contract_reason": r.block_contract_reason,
            }
            for r in plan.refusals
        ],
        "served_on": _date(plan.served_on),
        "comment_deadline": _date(plan.comment_deadline),
        "next_review_on": _date(plan.next_review_on),
    }


def _encode_consultee(consultee: Consultee) -> dict[str, Any]:
    return {
        "name": consultee.name,
        "role": consultee.role.value,
        "method": consultee.method.value,
        "setting_id": consultee.setting_id,
    }


def _encode_item(item: ProvisionItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "description": item.description,
        "category": item.category,
        "funding": item.funding.value,
        "management": item.management.value,
        "cost_basis": item.cost_basis.value,
        "unit_cost": _money(item.unit_cost),
        "unit": item.unit,
        "units_per_period": _decimal(item.units_per_period),
        "periods_per_year": _decimal(item.periods_per_year),
        "frequency": item.frequency.value,
        "one_off_cost": _money(item.one_off_cost),
        "starts_on": _date(item.starts_on),
        "ends_on": _date(item.ends_on),
        "runs_in": item.runs_in.value,
        "delivered_by": item.delivered_by,
        "when": item.when,
        "location": item.location.value,
        "setting_id": item.setting_id,
        "outcome_ids": list(item.outcome_ids),
        "need_ids": list(item.need_ids),
        "on_site_requirements": list(item.on_site_requirements),
        "condition_evidence": dict(sorted(item.condition_evidence.items())),
        # Optional within coplan-plan/2: written only when there is one, so that a file
        # without it reads and writes back byte for byte.
        **({"provision_ref": item.provision_ref} if item.provision_ref else {}),
    }


def _encode_dp(dp: DirectPaymentArrangement, signed_on: date | None) -> dict[str, Any]:
    return {
        "recipient": dp.recipient.value,
        "recipient_name": dp.recipient_name,
        "nominee_relationship": dp.nominee_relationship,
        "nominated_by": dp.nominated_by,
        "young_person_consented_on": _date(dp.young_person_consented_on),
        "capacity_assessed_on": _date(dp.capacity_assessed_on),
        "capacity_assessment_reference": dp.capacity_assessment_reference,
        "health_care_plan_reference": dp.health_care_plan_reference,
        "health_care_plan_agreed_on": _date(dp.health_care_plan_agreed_on),
        "integrated_care_board": dp.integrated_care_board,
        "schedule": dp.schedule.value,
        "dedicated_account_confirmed": dp.dedicated_account_confirmed,
        "monitoring_terms": dp.monitoring_terms,
        "appropriate_use_confirmed": dp.appropriate_use_confirmed,
        "best_interests_confirmed": dp.best_interests_confirmed,
        "no_adverse_impact_confirmed": dp.no_adverse_impact_confirmed,
        "efficient_use_confirmed": dp.efficient_use_confirmed,
        # Kept for the systems that read plan files: the date of the latest agreement
        # recorded. CoPlan itself reads `dp_agreements` (this only when a file has none).
        "agreement_signed_on": _date(signed_on),
        "first_payment_on": _date(dp.first_payment_on),
    }


def _encode_dp_agreement(a: DirectPaymentAgreement) -> dict[str, Any]:
    return {
        "id": a.id,
        "recipient": a.recipient,
        "signed_on": _date(a.signed_on),
        "method": a.method.value,
        "fingerprint": a.fingerprint,
        "fingerprint_version": a.fingerprint_version,
        "shown": a.shown,
        "signatory_name": a.signatory_name,
        "signature_svg_path": a.signature_svg_path,
        "recorded_by": a.recorded_by,
        "reference": a.reference,
    }


def _decode_dp_agreement(data: dict[str, Any], where: str) -> DirectPaymentAgreement:
    return DirectPaymentAgreement(
        id=data["id"],
        recipient=data["recipient"],
        signed_on=_parse_date(data["signed_on"], f"{where}.signed_on"),
        method=SignatureMethod(data["method"]),
        fingerprint=data["fingerprint"],
        fingerprint_version=data["fingerprint_version"],
        shown=data["shown"],
        signatory_name=data["signatory_name"],
        signature_svg_path=data["signature_svg_path"],
        recorded_by=data["recorded_by"],
        reference=data["reference"],
    )


def _dp_agreements(data: dict[str, Any]) -> list[DirectPaymentAgreement]:
    """The signed agreements; for a file written before they were records (it has no
    "dp_agreements"), the date alone, as a record that says when but not what."""
    if "dp_agreements" in data:
        return [
            _decode_dp_agreement(a, f"dp_agreements[{i}]")
            for i, a in enumerate(data["dp_agreements"])
        ]
    dp = data.get("direct_payment")
    signed = None if dp is None else dp.get("agreement_signed_on")
    if signed is None:
        return []
    return [
        DirectPaymentAgreement(
            id="d1",
            signed_on=_parse_date(signed, "direct_payment.agreement_signed_on"),
            method=SignatureMethod.PAPER,
        )
    ]


def _encode_agreement(a: PremisesAgreement) -> dict[str, Any]:
    return {
        "id": a.id,
        "setting_id": a.setting_id,
        "item_ids": list(a.item_ids),
        "fingerprint": a.fingerprint,
        "fingerprint_version": a.fingerprint_version,
        "shown": a.shown,
        "decision": a.decision.value,
        "conditions": list(a.conditions),
        "other_conditions": a.other_conditions,
        "reasons": a.reasons,
        "signatory_name": a.signatory_name,
        "signatory_role": a.signatory_role,
        "delegated_by": a.delegated_by,
        "delegated_on": _date(a.delegated_on),
        "signed_on": _date(a.signed_on),
        "method": a.method.value,
        "signature_svg_path": a.signature_svg_path,
        "recorded_by": a.recorded_by,
        "withdrawal": None
        if a.withdrawal is None
        else {
            "withdrawn_on": _date(a.withdrawal.withdrawn_on),
            "reason": a.withdrawal.reason,
            "told_by": a.withdrawal.told_by,
            "effective_from": _date(a.withdrawal.effective_from),
        },
        "carried_over": a.carried_over,
    }


# -- decoding --------------------------------------------------------------------------------


def _parse_date(value: str | None, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PlanFileError(where, f"{value!r} is not a date (write 2026-11-23)") from None


def _parse_money(value: str, where: str) -> Money:
    try:
        return parse_money(value)
    except ValueError as exc:
        raise PlanFileError(where, str(exc)) from None


def _parse_decimal(value: str, where: str) -> Decimal:
    try:
        number = Decimal(value)
    except ArithmeticError:
        raise PlanFileError(where, f"{value!r} is not a number") from None
    if not number.is_finite() or number < 0:
        raise PlanFileError(where, f"{value!r} must be a number of zero or more")
    return number


def _parse_amounts(data: dict[str, str], where: str) -> dict[FundingStream, Money]:
    return {FundingStream(k): _parse_money(v, f"{where}.{k}") for k, v in data.items()}


def decode(data: dict[str, Any]) -> Plan:
    """A Plan from a document that matches the schema; PlanFileError for what it cannot say.

    A document of an older format is converted first (`convert.upgrade_document`)."""
    data = upgrade_document(data)
    if data.get("format") != FORMAT:
        raise PlanFileError("format", f"expected {FORMAT!r}, got {data.get('format')!r}")
    child = data["child"]
    meeting = data["meeting"]
    indicative = data["indicative_budget"]
    override = indicative["override"]
    consultation = data["consultation"]
    plan = Plan(
        id=data["id"],
        version=data["version"],
        previous_version_id=data["previous_version_id"],
        status=PlanStatus(data["status"]),
        policy_pack=data["policy_pack"],
        child=Child(
            full_name=child["full_name"],
            preferred_name=child["preferred_name"],
            date_of_birth=_parse_date(child["date_of_birth"], "child.date_of_birth"),
        ),
        meeting=Meeting(
            kind=MeetingKind(meeting["kind"]),
            held_on=_parse_date(meeting["held_on"], "meeting.held_on"),
            attendees=[
                Attendee(a["name"], AttendeeRole(a["role"]), a["note"])
                for a in meeting["attendees"]
            ],
        ),
        what_matters=list(data["what_matters"]),
        settings=[
            Setting(
                id=s["id"],
                name=s["name"],
                kind=SettingKind(s["kind"]),
                urn=s["urn"],
                head_name=s["head_name"],
                head_role=s["head_role"],
            )
            for s in data["settings"]
        ],
        needs=[Need(n["id"], NeedSection(n["section"]), n["summary"]) for n in data["needs"]],
        outcomes=[
            Outcome(
                o["id"],
                o["text"],
                OutcomeArea(o["area"]),
                _parse_date(o["target_date"], f"outcomes[{i}].target_date"),
            )
            for i, o in enumerate(data["outcomes"])
        ],
        items=[_decode_item(item, f"items[{i}]") for i, item in enumerate(data["items"])],
        indicative=IndicativeBudget(
            source=IndicativeSource(indicative["source"]),
            ras_answers=dict(indicative["ras_answers"]),
            ras_score=indicative["ras_score"],
            ras_band=indicative["ras_band"],
            amounts=_parse_amounts(indicative["amounts"], "indicative_budget.amounts"),
            manual_reason=indicative["manual_reason"],
            override=None
            if override is None
            else PanelOverride(
                amounts=_parse_amounts(override["amounts"], "indicative_budget.override.amounts"),
                reason=override["reason"],
                decided_on=_parse_date(
                    override["decided_on"], "indicative_budget.override.decided_on"
                ),
                decided_by=override["decided_by"],
            ),
        ),
        over_budget_reasons={
            FundingStream(stream): text
            for stream, text in data["over_budget_reasons"].items()
            if text
        },
        direct_payment=None
        if data["direct_payment"] is None
        else _decode_dp(data["direct_payment"]),
        third_party=None
        if data["third_party"] is None
        else ThirdPartyArrangement(**data["third_party"]),
        organised_holder=data["organised_holder"],
        officer=OfficerContact(**data["officer"]) if "officer" in data else OfficerContact(),
        premises_agreements=[
            _decode_agreement(a, f"premises_agreements[{i}]")
            for i, a in enumerate(data["premises_agreements"])
        ],
        dp_agreements=_dp_agreements(data),
        refusals=[
            RefusedRequest(
                id=r["id"],
                request=r["request"],
                scope=RefusalScope(r["scope"]),
                reasons=r["reasons"],
                requested_on=_parse_date(r["requested_on"], f"refusals[{i}].requested_on"),
                decided_on=_parse_date(r["decided_on"], f"refusals[{i}].decided_on"),
                review_rights_told_on=_parse_date(
                    r["review_rights_told_on"], f"refusals[{i}].review_rights_told_on"
                ),
                review_outcome=ReviewOutcome(r["review_outcome"]),
                reviewed_on=_parse_date(r["reviewed_on"], f"refusals[{i}].reviewed_on"),
                block_contract_reason=r["block_contract_reason"],
            )
            for i, r in enumerate(data["refusals"])
        ],
        assessment_requested_on=_parse_date(
            data["assessment_requested_on"], "assessment_requested_on"
        ),
        final_due_on=_parse_date(data["final_due_on"], "final_due_on"),
        draft_revision=consultation["draft_revision"],
        served_on=_parse_date(data["served_on"], "served_on"),
        comment_deadline=_parse_date(data["comment_deadline"], "comment_deadline"),
        served_to=[_decode_consultee(c) for c in consultation["served_to"]],
        served_fingerprint=consultation["served_fingerprint"],
        earlier_services=[
            Service(
                draft_revision=s["draft_revision"],
                served_on=_parse_date(
                    s["served_on"], f"consultation.earlier_services[{i}].served_on"
                ),
                comment_deadline=_parse_date(
                    s["comment_deadline"], f"consultation.earlier_services[{i}].comment_deadline"
                ),
                served_to=[_decode_consultee(c) for c in s["served_to"]],
            )
            for i, s in enumerate(consultation["earlier_services"])
        ],
        responses=[
            ConsultationResponse(
                id=r["id"],
                received_on=_parse_date(
                    r["received_on"], f"consultation.responses[{i}].received_on"
                ),
                from_name=r["from_name"],
                role=ConsulteeRole(r["role"]),
                summary=r["summary"],
                draft_revision=r["draft_revision"],
                setting_id=r["setting_id"],
                setting_can_meet_needs=r["setting_can_meet_needs"],
            )
            for i, r in enumerate(consultation["responses"])
        ],
        section_i=data["section_i"],
        issued_on=_parse_date(data["issued_on"], "issued_on"),
        next_review_on=_parse_date(data["next_review_on"], "next_review_on"),
        to_decide_again=list(data["to_decide_again"]),
    )
    check_integrity(plan)
    return plan


def _decode_consultee(data: dict[str, Any]) -> Consultee:
    return Consultee(
        name=data["name"],
        role=ConsulteeRole(data["role"]),
        method=ServiceMethod(data["method"]),
        setting_id=data["setting_id"],
    )


def _decode_item(data: dict[str, Any], where: str) -> ProvisionItem:
    return ProvisionItem(
        id=data["id"],
        description=data["description"],
        category=data["category"],
        funding=FundingStream(data["funding"]),
        management=ManagementOption(data["management"]),
        cost_basis=CostBasis(data["cost_basis"]),
        unit_cost=_parse_money(data["unit_cost"], f"{where}.unit_cost"),
        unit=data["unit"],
        units_per_period=_parse_decimal(data["units_per_period"], f"{where}.units_per_period"),
        periods_per_year=_parse_decimal(data["periods_per_year"], f"{where}.periods_per_year"),
        frequency=Frequency(data["frequency"]),
        one_off_cost=_parse_money(data["one_off_cost"], f"{where}.one_off_cost"),
        starts_on=_parse_date(data["starts_on"], f"{where}.starts_on"),
        ends_on=_parse_date(data["ends_on"], f"{where}.ends_on"),
        runs_in=RunsIn(data["runs_in"]),
        delivered_by=data["delivered_by"],
        when=data["when"],
        location=Location(data["location"]),
        setting_id=data["setting_id"],
        outcome_ids=list(data["outcome_ids"]),
        need_ids=list(data["need_ids"]),
        on_site_requirements=list(data["on_site_requirements"]),
        condition_evidence=dict(data["condition_evidence"]),
        provision_ref=data.get("provision_ref", ""),
    )


def _decode_dp(data: dict[str, Any]) -> DirectPaymentArrangement:
    return DirectPaymentArrangement(
        recipient=RecipientKind(data["recipient"]),
        recipient_name=data["recipient_name"],
        nominee_relationship=data["nominee_relationship"],
        nominated_by=data["nominated_by"],
        young_person_consented_on=_parse_date(
            data["young_person_consented_on"], "direct_payment.young_person_consented_on"
        ),
        capacity_assessed_on=_parse_date(
            data["capacity_assessed_on"], "direct_payment.capacity_assessed_on"
        ),
        capacity_assessment_reference=data["capacity_assessment_reference"],
        health_care_plan_reference=data["health_care_plan_reference"],
        health_care_plan_agreed_on=_parse_date(
            data["health_care_plan_agreed_on"], "direct_payment.health_care_plan_agreed_on"
        ),
        integrated_care_board=data["integrated_care_board"],
        schedule=PaymentSchedule(data["schedule"]),
        dedicated_account_confirmed=data["dedicated_account_confirmed"],
        monitoring_terms=data["monitoring_terms"],
        appropriate_use_confirmed=data["appropriate_use_confirmed"],
        best_interests_confirmed=data["best_interests_confirmed"],
        no_adverse_impact_confirmed=data["no_adverse_impact_confirmed"],
        efficient_use_confirmed=data["efficient_use_confirmed"],
        first_payment_on=_parse_date(data["first_payment_on"], "direct_payment.first_payment_on"),
    )


def _decode_agreement(data: dict[str, Any], where: str) -> PremisesAgreement:
    withdrawal = data["withdrawal"]
    return PremisesAgreement(
        id=data["id"],
        setting_id=data["setting_id"],
        item_ids=list(data["item_ids"]),
        fingerprint=data["fingerprint"],
        fingerprint_version=data["fingerprint_version"],
        shown=data["shown"],
        decision=Decision(data["decision"]),
        conditions=list(data["conditions"]),
        other_conditions=data["other_conditions"],
        reasons=data["reasons"],
        signatory_name=data["signatory_name"],
        signatory_role=data["signatory_role"],
        delegated_by=data["delegated_by"],
        delegated_on=_parse_date(data["delegated_on"], f"{where}.delegated_on"),
        signed_on=_parse_date(data["signed_on"], f"{where}.signed_on"),
        method=SignatureMethod(data["method"]),
        signature_svg_path=data["signature_svg_path"],
        recorded_by=data["recorded_by"],
        withdrawal=None
        if withdrawal is None
        else Withdrawal(
            withdrawn_on=_parse_date(
                withdrawal["withdrawn_on"], f"{where}.withdrawal.withdrawn_on"
            ),
            reason=withdrawal["reason"],
            told_by=withdrawal["told_by"],
            effective_from=_parse_date(
                withdrawal["effective_from"], f"{where}.withdrawal.effective_from"
            ),
        ),
        carried_over=data["carried_over"],
    )


def check_integrity(plan: Plan) -> None:
    """Identifiers unique within their kind; every reference points at something that exists."""
    for name, rows in (
        ("settings", plan.settings),
        ("needs", plan.needs),
        ("outcomes", plan.outcomes),
        ("items", plan.items),
        ("premises_agreements", plan.premises_agreements),
        ("dp_agreements", plan.dp_agreements),
        ("refusals", plan.refusals),
        ("consultation.responses", plan.responses),
    ):
        seen: set[str] = set()
        for index, row in enumerate(rows):
            if row.id in seen:
                raise PlanFileError(
                    f"{name}[{index}].id", f"the identifier {row.id!r} is used twice"
                )
            seen.add(row.id)
    outcome_ids = {o.id for o in plan.outcomes}
    need_ids = {n.id for n in plan.needs}
    setting_ids = {s.id for s in plan.settings}
    for index, item in enumerate(plan.items):
        where = f"items[{index}]"
        for position, outcome_id in enumerate(item.outcome_ids):
            if outcome_id not in outcome_ids:
                raise PlanFileError(
                    f"{where}.outcome_ids[{position}]",
                    f"there is no outcome {outcome_id!r} in this plan",
                )
        for position, need_id in enumerate(item.need_ids):
            if need_id not in need_ids:
                raise PlanFileError(
                    f"{where}.need_ids[{position}]", f"there is no need {need_id!r} in this plan"
                )
        if item.setting_id is not None and item.setting_id not in setting_ids:
            raise PlanFileError(
                f"{where}.setting_id", f"there is no setting {item.setting_id!r} in this plan"
            )
        if len(set(item.outcome_ids)) != len(item.outcome_ids):
            raise PlanFileError(f"{where}.outcome_ids", "an outcome is listed twice")
    for index, agreement in enumerate(plan.premises_agreements):
        where = f"premises_agreements[{index}]"
        if agreement.setting_id not in setting_ids:
            raise PlanFileError(
                f"{where}.setting_id", f"there is no setting {agreement.setting_id!r} in this plan"
            )
        if agreement.fingerprint_version == FINGERPRINT_VERSION and agreement.fingerprint != (
            hashlib.sha256(canonical_bytes(agreement.shown)).hexdigest()
        ):
            raise PlanFileError(
                f"{where}.shown",
                "does not match the agreement's fingerprint: the record of what the head "
                "teacher was shown has been altered",
            )
        # agreement.item_ids may name items deleted since the head signed: that is a change
        # the fingerprint reports ("no longer valid"), not a broken file.
    for index, signed in enumerate(plan.dp_agreements):
        if signed.fingerprint and signed.fingerprint != dp_fingerprint_of(signed.shown):
            raise PlanFileError(
                f"dp_agreements[{index}].shown",
                "does not match the agreement's fingerprint: the record of what the direct "
                "payment agreement said has been altered",
            )
    for index, response in enumerate(plan.responses):
        if response.setting_id is not None and response.setting_id not in setting_ids:
            raise PlanFileError(
                f"consultation.responses[{index}].setting_id",
                f"there is no setting {response.setting_id!r} in this plan",
            )
    for index, consultee in enumerate(plan.served_to):
        if consultee.setting_id is not None and consultee.setting_id not in setting_ids:
            raise PlanFileError(
                f"consultation.served_to[{index}].setting_id",
                f"there is no setting {consultee.setting_id!r} in this plan",
            )
