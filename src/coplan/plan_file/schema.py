"""The JSON Schema of the "coplan-plan/2" file, as printed by `coplan schema`.

Built from the domain's enumerations so that the schema and the code cannot drift apart.
Every object is closed (`additionalProperties: false`) and every field is required, so a file
either says everything explicitly or is refused with the place that is wrong.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from coplan.domain import model
from coplan.domain.budget import COUNCIL_STREAMS
from coplan.domain.money import ABSURD_LIMIT_PENCE
from coplan.domain.text_safety import UNSAFE_RANGES

from .codec import FORMAT
from .limits import (
    CODE_TEXT,
    LONG_TEXT,
    MAX_FINGERPRINT_VERSION,
    MAX_RAS_SCORE,
    MAX_ROWS,
    MAX_VERSION,
    PHONE_TEXT,
    REF_TEXT,
    SHORT_TEXT,
    SIGNATURE_TEXT,
    UNIT_TEXT,
    URN_TEXT,
)

# Text never holds a control or direction-override character (coplan.domain.text_safety); the
# reader refuses them first with a plainer message, this says so to a council's own validator.
_VISIBLE_TEXT = f"^[^{UNSAFE_RANGES}]*$"


def _text(max_length: int = SHORT_TEXT) -> dict[str, Any]:
    return {"type": "string", "maxLength": max_length, "pattern": _VISIBLE_TEXT}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _enum(enum: type[StrEnum]) -> dict[str, Any]:
    return {"type": "string", "enum": [member.value for member in enum]}


def _list(items: dict[str, Any], max_items: int = MAX_ROWS) -> dict[str, Any]:
    return {"type": "array", "items": items, "maxItems": max_items}


def _object(
    properties: dict[str, Any], description: str = "", *, optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    """An object whose properties are all required, except the `optional` ones (fields added
    within a format version: a file written before them is still valid)."""
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


def _whole(body: str) -> str:
    """A pattern for the whole string. In Python's `re` (which jsonschema uses) `$` also matches
    before a final newline, so "p1" plus a newline would pass; the look-ahead refuses it. In ECMA-262
    regular expressions the look-ahead is redundant and harmless."""
    return f"^{body}(?!\\n)$"


IDENTIFIER = {
    "type": "string",
    "pattern": _whole("[A-Za-z0-9_-]{1,64}"),
    "description": "An identifier: 1 to 64 letters, digits, '-' or '_', e.g. \"p3\".",
}
# Digits are spelled [0-9]: in Python's `re` (which jsonschema uses) \d also matches Arabic-Indic,
# Devanagari or full-width digits, which Decimal and int() then read as numbers.
DATE = {
    "type": "string",
    "format": "date",
    "pattern": _whole("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    "description": 'A date as year-month-day, e.g. "2026-11-23".',
}
# An id looked up among the installed packs, never a path: no '/', '\\', '.' or ':'.
POLICY_PACK_ID = {
    "type": "string",
    "pattern": _whole("[A-Za-z0-9_-]{0,64}"),
    "description": 'The id of the policy pack the plan was made under, e.g. "example-shire" '
    "(letters, digits, '-' or '_'; empty for the default pack).",
}
_MAX_POUNDS = ABSURD_LIMIT_PENCE // 100
MONEY = {
    "type": "string",
    "pattern": _whole(r"[0-9]{1,8}\.[0-9]{2}"),
    "description": f'Pounds and pence as text, e.g. "1250.00"; at most £{_MAX_POUNDS:,}.',
}
QUANTITY = {
    "type": "string",
    "pattern": _whole(r"[0-9]{1,4}(\.[0-9]{1,2})?"),
    "description": 'A non-negative number as text, e.g. "2.5".',
}
AMOUNTS = {
    "type": "object",
    "propertyNames": _enum(model.FundingStream),
    "additionalProperties": MONEY,
    "description": "Pounds by funding stream.",
}

ITEM = _object(
    {
        "id": IDENTIFIER,
        "description": _text(LONG_TEXT),
        "category": {
            "type": "string",
            "maxLength": CODE_TEXT,
            "description": "A policy pack category id.",
        },
        "funding": _enum(model.FundingStream),
        "management": _enum(model.ManagementOption),
        "cost_basis": _enum(model.CostBasis),
        "unit_cost": MONEY,
        "unit": _text(UNIT_TEXT),
        "units_per_period": QUANTITY,
        "periods_per_year": QUANTITY,
        "frequency": _enum(model.Frequency),
        "one_off_cost": MONEY,
        "starts_on": _nullable(DATE),
        "ends_on": _nullable(DATE),
        "runs_in": _enum(model.RunsIn),
        "delivered_by": _text(),
        "when": _text(),
        "location": _enum(model.Location),
        "setting_id": _nullable(IDENTIFIER),
        "outcome_ids": _list(IDENTIFIER, 200),
        "need_ids": _list(IDENTIFIER, 200),
        "on_site_requirements": _list(_text(CODE_TEXT), 20),
        "condition_evidence": {
            "type": "object",
            "additionalProperties": _text(LONG_TEXT),
            "maxProperties": 20,
        },
        "provision_ref": {
            **_text(REF_TEXT),
            "description": "Where the line's provision is in the EHC plan: its reference in "
            'Section F, G or H1/H2, e.g. "F3". Optional; omitted when empty.',
        },
    },
    "One line of provision: what, how much, who delivers, how it is funded and managed.",
    optional=("provision_ref",),
)
OFFICER = _object(
    {
        "name": _text(),
        "role": _text(),
        "email": _text(),
        "phone": _text(PHONE_TEXT),
    },
    "The case officer the family and the school reply to. Optional; omitted when empty.",
)

AGREEMENT = _object(
    {
        "id": IDENTIFIER,
        "setting_id": IDENTIFIER,
        "item_ids": _list(IDENTIFIER, 500),
        "fingerprint": {"type": "string", "pattern": _whole("[0-9a-f]{64}")},
        "fingerprint_version": {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_FINGERPRINT_VERSION,
        },
        "shown": {"type": "object", "description": "Exactly what the head teacher was shown."},
        "decision": _enum(model.Decision),
        "conditions": _list(_text(CODE_TEXT), 50),
        "other_conditions": _text(LONG_TEXT),
        "reasons": _text(LONG_TEXT),
        "signatory_name": _text(),
        "signatory_role": _text(),
        "delegated_by": _text(),
        "delegated_on": _nullable(DATE),
        "signed_on": _nullable(DATE),
        "method": _enum(model.SignatureMethod),
        "signature_svg_path": _text(SIGNATURE_TEXT),
        "recorded_by": _text(),
        "withdrawal": _nullable(
            _object(
                {
                    "withdrawn_on": DATE,
                    "reason": _text(LONG_TEXT),
                    "told_by": _text(),
                    "effective_from": _nullable(DATE),
                }
            )
        ),
        "carried_over": {
            "type": "boolean",
            "description": "Carried over from the plan before an annual review: to confirm again.",
        },
    },
    "A head teacher's decision on the direct-payment items on their setting's premises.",
)

DP_AGREEMENT = _object(
    {
        "id": IDENTIFIER,
        "recipient": {
            "type": "string",
            "enum": list(model.DP_RECIPIENTS),
            "description": "Whose agreement: the person paid under `direct_payment`, or the "
            "organisation holding the money under `third_party`.",
        },
        "signed_on": DATE,
        "method": _enum(model.SignatureMethod),
        "fingerprint": {
            "type": "string",
            "pattern": _whole("([0-9a-f]{64})?"),
            "description": "SHA-256 of `shown`; empty for an agreement recorded as a date only.",
        },
        "fingerprint_version": {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_FINGERPRINT_VERSION,
        },
        "shown": {"type": "object", "description": "Exactly what the agreement said."},
        "signatory_name": _text(),
        "signature_svg_path": _text(SIGNATURE_TEXT),
        "recorded_by": _text(),
        "reference": {"type": "string", "pattern": _whole("([0-9a-f]{12})?")},
    },
    "A direct payment agreement signed by the person who receives the payments.",
)

CONSULTEE = _object(
    {
        "name": _text(),
        "role": _enum(model.ConsulteeRole),
        "method": _enum(model.ServiceMethod),
        "setting_id": _nullable(IDENTIFIER),
    },
    "Someone a draft was sent to, and how.",
)

CONSULTATION = _object(
    {
        "draft_revision": {"type": "integer", "minimum": 1, "maximum": 10_000},
        "served_to": _list(CONSULTEE, 100),
        "served_fingerprint": {"type": "string", "pattern": _whole("([0-9a-f]{64})?")},
        "earlier_services": _list(
            _object(
                {
                    "draft_revision": {"type": "integer", "minimum": 1, "maximum": 10_000},
                    "served_on": DATE,
                    "comment_deadline": DATE,
                    "served_to": _list(CONSULTEE, 100),
                }
            ),
            500,
        ),
        "responses": _list(
            _object(
                {
                    "id": IDENTIFIER,
                    "received_on": DATE,
                    "from_name": _text(),
                    "role": _enum(model.ConsulteeRole),
                    "summary": _text(LONG_TEXT),
                    "draft_revision": {"type": "integer", "minimum": 1, "maximum": 10_000},
                    "setting_id": _nullable(IDENTIFIER),
                    "setting_can_meet_needs": _nullable({"type": "boolean"}),
                }
            ),
            500,
        ),
    },
    "The draft's consultation: its revision, who it was sent to, earlier revisions, responses.",
)

PLAN_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://coplan.example/schema/coplan-plan-2.json",
    "title": "CoPlan plan file",
    "description": "One EHC plan's personal budget, as agreed in a co-production meeting. "
    "See docs/plan-format.md.",
    **_object(
        {
            "format": {"const": FORMAT},
            "id": IDENTIFIER,
            "version": {"type": "integer", "minimum": 1, "maximum": MAX_VERSION},
            "previous_version_id": _nullable(IDENTIFIER),
            "status": _enum(model.PlanStatus),
            "assessment_requested_on": _nullable(DATE),
            "final_due_on": _nullable(DATE),
            "issued_on": _nullable(DATE),
            "section_i": _text(),
            "to_decide_again": _list(_text(LONG_TEXT), 50),
            "consultation": CONSULTATION,
            "policy_pack": POLICY_PACK_ID,
            "child": _object(
                {"full_name": _text(), "preferred_name": _text(), "date_of_birth": _nullable(DATE)}
            ),
            "meeting": _object(
                {
                    "kind": _enum(model.MeetingKind),
                    "held_on": _nullable(DATE),
                    "attendees": _list(
                        _object(
                            {"name": _text(), "role": _enum(model.AttendeeRole), "note": _text()}
                        ),
                        100,
                    ),
                }
            ),
            "what_matters": _list(_text(LONG_TEXT), 100),
            "settings": _list(
                _object(
                    {
                        "id": IDENTIFIER,
                        "name": _text(),
                        "kind": _enum(model.SettingKind),
                        "urn": _text(URN_TEXT),
                        "head_name": _text(),
                        "head_role": _text(),
                    }
                ),
                50,
            ),
            "needs": _list(
                _object(
                    {
                        "id": IDENTIFIER,
                        "section": _enum(model.NeedSection),
                        "summary": _text(LONG_TEXT),
                    }
                ),
                500,
            ),
            "outcomes": _list(
                _object(
                    {
                        "id": IDENTIFIER,
                        "text": _text(LONG_TEXT),
                        "area": _enum(model.OutcomeArea),
                        "target_date": _nullable(DATE),
                    }
                ),
                500,
            ),
            "items": _list(ITEM),
            "indicative_budget": _object(
                {
                    "source": _enum(model.IndicativeSource),
                    "ras_answers": {
                        "type": "object",
                        "additionalProperties": {"type": "string", "maxLength": CODE_TEXT},
                        "maxProperties": 200,
                    },
                    "ras_score": _nullable(
                        {"type": "integer", "minimum": 0, "maximum": MAX_RAS_SCORE}
                    ),
                    "ras_band": _nullable({"type": "string", "maxLength": CODE_TEXT}),
                    "amounts": AMOUNTS,
                    "manual_reason": _text(LONG_TEXT),
                    "override": _nullable(
                        _object(
                            {
                                "amounts": AMOUNTS,
                                "reason": _text(LONG_TEXT),
                                "decided_on": _nullable(DATE),
                                "decided_by": _text(),
                            }
                        )
                    ),
                }
            ),
            "over_budget_reasons": _object(
                {stream.value: _text(LONG_TEXT) for stream in COUNCIL_STREAMS},
                "Why a council funding stream costs more a year than its own indicative "
                'figure, stream by stream ("" where no reason is recorded).',
            ),
            "direct_payment": _nullable(
                _object(
                    {
                        "recipient": _enum(model.RecipientKind),
                        "recipient_name": _text(),
                        "nominee_relationship": _text(),
                        "nominated_by": _text(),
                        "young_person_consented_on": _nullable(DATE),
                        "capacity_assessed_on": _nullable(DATE),
                        "capacity_assessment_reference": _text(),
                        "health_care_plan_reference": _text(),
                        "health_care_plan_agreed_on": _nullable(DATE),
                        "integrated_care_board": _text(),
                        "schedule": _enum(model.PaymentSchedule),
                        "dedicated_account_confirmed": {"type": "boolean"},
                        "monitoring_terms": _text(LONG_TEXT),
                        "appropriate_use_confirmed": {"type": "boolean"},
                        "best_interests_confirmed": {"type": "boolean"},
                        "no_adverse_impact_confirmed": {"type": "boolean"},
                        "efficient_use_confirmed": {"type": "boolean"},
                        "agreement_signed_on": _nullable(DATE),
                        "first_payment_on": _nullable(DATE),
                    }
                )
            ),
            "third_party": _nullable(
                _object(
                    {
                        "organisation": _text(),
                        "contact": _text(),
                        "role": _text(LONG_TEXT),
                        "holds": _text(LONG_TEXT),
                        "reports": _text(LONG_TEXT),
                        "conditions_confirmed": {"type": "boolean"},
                    }
                )
            ),
            "organised_holder": _text(),
            "officer": OFFICER,
            "premises_agreements": _list(AGREEMENT, 500),
            "dp_agreements": {
                **_list(DP_AGREEMENT, 500),
                "description": "The direct payment agreements signed, oldest first. Optional; "
                "a file without it is read as having none (with "
                "`direct_payment.agreement_signed_on` as a date-only record).",
            },
            "refusals": _list(
                _object(
                    {
                        "id": IDENTIFIER,
                        "request": _text(LONG_TEXT),
                        "scope": _enum(model.RefusalScope),
                        "reasons": _text(LONG_TEXT),
                        "requested_on": _nullable(DATE),
                        "decided_on": _nullable(DATE),
                        "review_rights_told_on": _nullable(DATE),
                        "review_outcome": _enum(model.ReviewOutcome),
                        "reviewed_on": _nullable(DATE),
                        "block_contract_reason": _text(LONG_TEXT),
                    }
                ),
                200,
            ),
            "served_on": _nullable(DATE),
            "comment_deadline": _nullable(DATE),
            "next_review_on": _nullable(DATE),
        },
        optional=("officer", "dp_agreements"),
    ),
}
