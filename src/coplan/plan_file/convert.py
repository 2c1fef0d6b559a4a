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


# format → (the next format, the functions that convert a document to it, in order).
STEPS: dict[str, tuple[str, list[Callable[[Document], None]]]] = {
    FORMAT_1: (FORMAT_2, [_stages_of_a_plan, _money_over_time]),
}

CURRENT = FORMAT_2
READABLE = (CURRENT, *STEPS)


def upgrade_document(data: Any) -> Any:
    """`data` converted to the current format when it is an older one; otherwise `data` itself.

    The caller's object is never changed: a converted document is a copy."""
    if not isinstance(data, dict) or not isinstance(data.get("format"), str):
        return data
    if data["format"] == CURRENT and "over_budget_reason" in data:
        # A /2 document written while /2 was being built, before money over time was added to
        # it (the schema 0002 fixture holds such documents): read as a /1 document would be.
        document = copy.deepcopy(data)
        _money_over_time(document)
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
