"""Which wizard page (and which field) a finding's field path belongs to."""

from __future__ import annotations

import re

PAGES = (
    ("meeting", "Meeting and people"),
    ("what_matters", "What matters"),
    ("outcomes", "Outcomes"),
    ("budget", "Indicative budget"),
    ("provision", "Provision and costs"),
    ("management", "How the budget is managed"),
    ("agreement", "School agreement"),
    ("review", "Review and export"),
)
PAGE_KEYS = tuple(key for key, _title in PAGES)
PAGE_TITLES = dict(PAGES)

_ITEM = re.compile(r"^items\[([^\]]+)\]\.?(.*)$")


def page_for_field(field: str) -> str:
    if field.startswith(("child.", "meeting.", "settings")):
        return "meeting"
    if field.startswith("what_matters"):
        return "what_matters"
    if field.startswith(("outcomes", "needs")):
        return "outcomes"
    if field.startswith("indicative"):
        return "budget"
    match = _ITEM.match(field)
    if match:
        return "management" if match.group(2) == "management" else "provision"
    if field.startswith("over_budget_reason"):
        return "provision"
    if field.startswith(("direct_payment", "dp_agreements", "third_party", "organised_holder")):
        return "management"
    if field.startswith("premises"):
        return "agreement"
    return "review"  # refusals[…] (requests not agreed), the plan's status and dates


def item_field(field: str) -> tuple[str, str] | None:
    """'items[p3].outcome_ids' → ('p3', 'outcome_ids')."""
    match = _ITEM.match(field)
    return (match.group(1), match.group(2)) if match else None


def bracket_id(field: str, prefix: str) -> tuple[str, str] | None:
    """'outcomes[o2].target_date' with prefix 'outcomes' → ('o2', 'target_date')."""
    match = re.match(rf"^{re.escape(prefix)}\[([^\]]+)\]\.?(.*)$", field)
    return (match.group(1), match.group(2)) if match else None
