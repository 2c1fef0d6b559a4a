"""Older plan files, converted to today's format on reading.

Every format CoPlan ever wrote keeps importing: `upgrade_document` turns a document of an older
format into the current one, one format step at a time, before the schema checks it. A step is
a list of small functions, each adding or renaming what one change of the format needs, with
what the older file could not say left empty. To change the format again, add the next step
(and its functions) to `STEPS`; to add to the current step, append a function to its list.

The conversion trusts nothing: it only touches what has the expected shape and leaves anything
else for the schema to refuse with its usual message.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

FORMAT_1 = "coplan-plan/1"
FORMAT_2 = "coplan-plan/2"

Document = dict[str, Any]


def _stages_of_a_plan(document: Document) -> None:
    """Issue 8: the stages of a plan (draft → sent for consultation → final) and its timeline.

    "for_consultation" becomes "sent_for_consultation" and "agreed" becomes "final" (a plan
    agreed under /1 is the council's plan). What /1 could not record is left empty: the request
    for assessment and the 20-week date, the issue date, Section I, who the draft was sent to,
    earlier revisions and responses; the draft is revision 1. Premises agreements are not
    carried over from a review.
    """
    document["status"] = {"for_consultation": "sent_for_consultation", "agreed": "final"}.get(
        document.get("status"), document.get("status")
    )
    document.setdefault("assessment_requested_on", None)
    document.setdefault("final_due_on", None)
    document.setdefault("issued_on", None)
    document.setdefault("section_i", "")
    document.setdefault("to_decide_again", [])
    document.setdefault(
        "consultation",
        {
            "draft_revision": 1,
            "served_to": [],
            "served_fingerprint": "",
            "earlier_services": [],
            "responses": [],
        },
    )
    agreements = document.get("premises_agreements")
    if isinstance(agreements, list):
        for agreement in agreements:
            if isinstance(agreement, dict):
                agreement.setdefault("carried_over", False)


def _money_over_time(document: Document) -> None:
    """Issue 9: money over time — how often and when each line happens, one reason per funding
    stream over its indicative figure, and the first direct payment date.

    A /1 recurring line was "units a week × weeks a year" all year: it becomes a weekly line
    ("units_per_week" → "units_per_period", "weeks_per_year" → "periods_per_year") running all
    year between no particular dates, so it costs and reads exactly as before. The plan's one
    over-budget reason becomes the reason of each council stream (any stream over then has the
    reason the officer gave; the text is never lost). No first payment date was recorded.
    """
    items = document.get("items")
    if isinstance(items, list):
        for item in items:
            if not isinstance(item, dict):
                continue
            if "units_per_week" in item and "units_per_period" not in item:
                item["units_per_period"] = item.pop("units_per_week")
            if "weeks_per_year" in item and "periods_per_year" not in item:
                item["periods_per_year"] = item.pop("weeks_per_year")
            item.setdefault("frequency", "week")
            item.setdefault("starts_on", None)
            item.setdefault("ends_on", None)
            item.setdefault("runs_in", "all_year")
    if "over_budget_reason" in document and "over_budget_reasons" not in document:
        reason = document.pop("over_budget_reason")
        council = ("education", "health", "social_care")
        if isinstance(reason, str):
            document["over_budget_reasons"] = dict.fromkeys(council, reason)
        else:
            document["over_budget_reasons"] = reason  # the schema refuses it, naming the place
    payment = document.get("direct_payment")
    if isinstance(payment, dict):
        payment.setdefault("first_payment_on", None)


def _direct_payments_properly(document: Document) -> None:
    """Issue 10: who receives direct payments and on what basis, each funding stream's
    conditions, third parties, premises signatories and withdrawals, refusals with their dates.

    A recipient keeps its kind (an old "parent" stays parent). A nominee keeps one name: the
    nominee's ("nominee_name", or the recipient's name where no nominee name was given); a
    different recipient name recorded beside it was the person who chose the nominee and
    becomes "nominated_by", so no name is lost and no document prints two people as paid.
    Everything the older file could not say is left empty: consent, capacity, the care plan,
    what a third party holds and how it reports, a delegated signatory, a withdrawal's date
    of effect (the withdrawal date itself then applies), a refusal's other dates (no review).
    """
    payment = document.get("direct_payment")
    if isinstance(payment, dict) and "nominee_name" in payment:
        nominee = payment.pop("nominee_name")
        name = payment.get("recipient_name")
        if payment.get("recipient") == "nominee" and isinstance(nominee, str) and nominee.strip():
            if isinstance(name, str) and name.strip() and name.strip() != nominee.strip():
                payment.setdefault("nominated_by", name)
            payment["recipient_name"] = nominee
    if isinstance(payment, dict):
        for key in (
            "nominated_by",
            "capacity_assessment_reference",
            "health_care_plan_reference",
            "integrated_care_board",
        ):
            payment.setdefault(key, "")
        for key in (
            "young_person_consented_on",
            "capacity_assessed_on",
            "health_care_plan_agreed_on",
        ):
            payment.setdefault(key, None)
    third_party = document.get("third_party")
    if isinstance(third_party, dict):
        third_party.setdefault("holds", "")
        third_party.setdefault("reports", "")
        third_party.setdefault("conditions_confirmed", False)
    agreements = document.get("premises_agreements")
    if isinstance(agreements, list):
        for agreement in agreements:
            if not isinstance(agreement, dict):
                continue
            agreement.setdefault("delegated_by", "")
            agreement.setdefault("delegated_on", None)
            withdrawal = agreement.get("withdrawal")
            if isinstance(withdrawal, dict):
                withdrawal.setdefault("effective_from", None)
    refusals = document.get("refusals")
    if isinstance(refusals, list):
        for refusal in refusals:
            if not isinstance(refusal, dict):
                continue
            refusal.setdefault("requested_on", None)
            refusal.setdefault("review_rights_told_on", None)
            refusal.setdefault("review_outcome", "not_asked")
            refusal.setdefault("reviewed_on", None)


def _written_before_issue_10(document: Document) -> bool:
    """A /2 document written before issue 10 added to /2 (stores and fixtures hold them)."""
    payment = document.get("direct_payment")
    if isinstance(payment, dict) and "nominated_by" not in payment:
        return True
    refusals = document.get("refusals")
    if isinstance(refusals, list) and any(
        isinstance(r, dict) and "review_outcome" not in r for r in refusals
    ):
        return True
    third_party = document.get("third_party")
    if isinstance(third_party, dict) and "holds" not in third_party:
        return True
    agreements = document.get("premises_agreements")
    return isinstance(agreements, list) and any(
        isinstance(a, dict) and "delegated_by" not in a for a in agreements
    )


# format → (the next format, the functions that convert a document to it, in order).
STEPS: dict[str, tuple[str, list[Callable[[Document], None]]]] = {
    FORMAT_1: (FORMAT_2, [_stages_of_a_plan, _money_over_time, _direct_payments_properly]),
}

CURRENT = FORMAT_2
READABLE = (CURRENT, *STEPS)


def upgrade_document(data: Any) -> Any:
    """`data` converted to the current format when it is an older one; otherwise `data` itself.

    The caller's object is never changed: a converted document is a copy."""
    if not isinstance(data, dict) or not isinstance(data.get("format"), str):
        return data
    if data["format"] == CURRENT and (
        "over_budget_reason" in data or _written_before_issue_10(data)
    ):
        # A /2 document written while /2 was being built, before money over time or issue 10
        # were added to it (the schema fixtures hold such documents): read as a /1 document
        # would be (each function only adds what is missing).
        document = copy.deepcopy(data)
        _money_over_time(document)
        _direct_payments_properly(document)
        return document
    if data["format"] not in STEPS:
        return data
    document = copy.deepcopy(data)
    while document.get("format") in STEPS:
        following, functions = STEPS[document["format"]]
        for convert in functions:
            convert(document)
        document["format"] = following
    return document
