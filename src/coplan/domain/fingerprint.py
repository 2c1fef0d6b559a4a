"""The premises agreement fingerprint: a hash of exactly what the head teacher was shown.

The serialisation is canonical (sorted keys, no spaces, UTF-8, amounts in pence, quantities as
normalised decimal strings) and versioned, so that the same screen always gives the same hash
and a change to any detail the head agreed to gives another. Bump `FINGERPRINT_VERSION` only
with a new serialisation; old agreements keep the version they were signed under.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import ClassVar

from .dates import format_long
from .model import Frequency, Plan, PremisesAgreement, ProvisionItem, RunsIn
from .money import Money

FINGERPRINT_VERSION = 1


def _decimal_text(value) -> str:
    text = format(value.normalize(), "f")
    return text


def shown_item(item: ProvisionItem) -> dict:
    """The fields of one item that the sign-off screen shows the head teacher.

    The keys of the first version stay as they were so that agreements signed before how often
    and when could be said keep their fingerprint: "units_per_week" and "weeks_per_year" hold
    how many units a period and how many periods a year, and "annual_cost_pence" holds the
    line's cost — a year, or the price paid once for a one-off (`shown_words.cost_words` says
    which). The newer details are added only when they say something a weekly, all-year line
    does not, so an agreement on such a line is unchanged.
    """
    shown = {
        "id": item.id,
        "description": item.description,
        "cost_basis": item.cost_basis.value,
        "unit_cost_pence": item.unit_cost.pence,
        "unit": item.unit,
        "units_per_week": _decimal_text(item.units_per_period),
        "weeks_per_year": _decimal_text(item.periods_per_year),
        "one_off_cost_pence": item.one_off_cost.pence,
        "annual_cost_pence": (item.once_cost if item.is_one_off else item.yearly_cost).pence,
        "delivered_by": item.delivered_by,
        "when": item.when,
        "location": item.location.value,
        "setting_id": item.setting_id,
        "management": item.management.value,
        "funding": item.funding.value,
        "on_site_requirements": sorted(item.on_site_requirements),
    }
    if item.frequency is not Frequency.WEEK:
        shown["frequency"] = item.frequency.value
    if item.runs_in is not RunsIn.ALL_YEAR:
        shown["runs_in"] = item.runs_in.value
    if item.starts_on is not None:
        shown["starts_on"] = item.starts_on.isoformat()
    if item.ends_on is not None:
        shown["ends_on"] = item.ends_on.isoformat()
    return shown


def shown_to_head(plan: Plan, setting_id: str) -> dict:
    """Everything the head of one setting sees: the child, the setting and its DP items."""
    setting = plan.setting(setting_id)
    return {
        "fingerprint_version": FINGERPRINT_VERSION,
        "child": plan.child.full_name,
        "setting": {"id": setting_id, "name": setting.name if setting else ""},
        "items": [shown_item(i) for i in sorted(plan.premises_dp_items(setting_id), key=_by_id)],
    }


def _by_id(item: ProvisionItem) -> tuple:
    """Natural order of ids ("p2" before "p10"), the order people read the items in."""
    return natural_key(item.id)


def natural_key(identifier: str) -> tuple:
    parts = re.split(r"(\d+)", identifier)
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in parts if part)


def canonical_bytes(shown: dict) -> bytes:
    return json.dumps(shown, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def fingerprint(plan: Plan, setting_id: str) -> str:
    return hashlib.sha256(canonical_bytes(shown_to_head(plan, setting_id))).hexdigest()


# The reference printed on a request for agreement and quoted back by the head: the start of
# the fingerprint, short enough to read out or type, long enough never to match by chance.
REFERENCE_LENGTH = 12


def reference(plan: Plan, setting_id: str) -> str:
    return fingerprint(plan, setting_id)[:REFERENCE_LENGTH]


class AgreementState:
    NOT_ASKED = "not_asked"
    AGREED = "agreed"
    AGREED_WITH_CONDITIONS = "agreed_with_conditions"
    DECLINED = "declined"
    CHANGED = "no_longer_valid"  # the items changed since the head signed
    WITHDRAWN = "withdrawn"

    LABELS: ClassVar[dict[str, str]] = {
        NOT_ASKED: "Not asked yet",
        AGREED: "Agreed",
        AGREED_WITH_CONDITIONS: "Agreed with conditions",
        DECLINED: "Declined",
        CHANGED: "No longer valid",
        WITHDRAWN: "Withdrawn",
    }


FIELD_LABELS = {
    "description": "what it is",
    "cost_basis": "how it is costed",
    "unit_cost_pence": "unit cost",
    "unit": "unit",
    "units_per_week": "how much a week",
    "weeks_per_year": "weeks a year",
    "frequency": "how often",
    "runs_in": "term time or holidays",
    "starts_on": "start date",
    "ends_on": "end date",
    "one_off_cost_pence": "one-off cost",
    "annual_cost_pence": "cost",
    "delivered_by": "who delivers it",
    "when": "when",
    "location": "where it happens",
    "setting_id": "which setting",
    "management": "how it is managed",
    "funding": "funding stream",
    "on_site_requirements": "what is needed on site",
}


WHOLE_RECORD = {
    "child": "the child's details",
    "setting": "the setting's details",
    "fingerprint": "the record of what was signed no longer matches what was agreed",
}


@dataclass(frozen=True)
class Change:
    """One difference between what the head signed for and what the plan now says."""

    item_id: str
    field: str  # "added", "removed", or a key of `shown_item`
    before: object = None
    after: object = None
    name: str = ""  # the item's description (now, or as signed): people never see its id

    def describe(self, item_name: str | None = None) -> str:
        """One line for people, naming the item by `item_name` or its description."""
        if self.item_id == "-":  # the child's or the setting's details, or the record itself
            what = WHOLE_RECORD.get(self.field, WHOLE_RECORD["fingerprint"])
            return what if self.field == "fingerprint" else f"{what} changed"
        name = item_name or self.name
        item = f"“{name}”" if name else "an item with no description"
        if self.field == "added":
            return f"{item} was added"
        if self.field == "removed":
            return f"{item} no longer needs agreement here"
        label = FIELD_LABELS.get(self.field, self.field)
        before, after = shown_value(self.field, self.before), shown_value(self.field, self.after)
        return f"{item}: {label} changed from {before} to {after}"


def shown_value(field: str, value: object) -> str:
    """A value of a `shown_item` field as people read it (also in `differences`)."""
    if field.endswith("_pence") and isinstance(value, int):
        return Money(value).format()
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "nothing"
    if value in (None, ""):
        return "nothing"
    return f"“{value}”"


def _items_by_id(shown: object) -> dict[str, dict]:
    """The items of a snapshot by id; a snapshot read from a file may be malformed, so skip
    anything that is not an item with a text id rather than fail while explaining a change."""
    items = shown.get("items") if isinstance(shown, dict) else None
    if not isinstance(items, list):
        return {}
    return {
        item["id"]: item
        for item in items
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }


def changes_since(shown_then: dict, shown_now: dict) -> list[Change]:
    then = _items_by_id(shown_then)
    now = _items_by_id(shown_now)
    changes: list[Change] = []
    for item_id in sorted(then.keys() | now.keys()):
        shown = now.get(item_id) or then.get(item_id) or {}
        name = str(shown.get("description") or "").strip()
        if item_id not in now:
            changes.append(Change(item_id, "removed", name=name))
        elif item_id not in then:
            changes.append(Change(item_id, "added", name=name))
        else:
            for key in sorted(then[item_id].keys() | now[item_id].keys()):
                if then[item_id].get(key) != now[item_id].get(key):
                    before, after = then[item_id].get(key), now[item_id].get(key)
                    changes.append(Change(item_id, key, before, after, name=name))
    for key in ("child", "setting"):
        before = shown_then.get(key) if isinstance(shown_then, dict) else None
        if before != shown_now.get(key):
            changes.append(Change("-", key, before, shown_now.get(key)))
    return changes


@dataclass(frozen=True)
class AgreementStatus:
    state: str
    agreement: PremisesAgreement | None
    changes: tuple[Change, ...] = ()

    @property
    def valid(self) -> bool:
        return self.state in (AgreementState.AGREED, AgreementState.AGREED_WITH_CONDITIONS)

    @property
    def label(self) -> str:
        label = AgreementState.LABELS[self.state]
        agreement = self.agreement
        if self.state == AgreementState.CHANGED and agreement and agreement.signed_on:
            return f"{label}: changed since signed on {format_long(agreement.signed_on)}"
        if self.state == AgreementState.WITHDRAWN and agreement and agreement.withdrawal:
            return f"{label} on {format_long(agreement.withdrawal.withdrawn_on)}"
        return label


def agreement_status(plan: Plan, setting_id: str) -> AgreementStatus:
    """Whether the setting's latest agreement still covers exactly what the plan now says."""
    agreement = plan.current_agreement(setting_id)
    if agreement is None:
        return AgreementStatus(AgreementState.NOT_ASKED, None)
    if agreement.withdrawal is not None:
        return AgreementStatus(AgreementState.WITHDRAWN, agreement)
    shown_now = shown_to_head(plan, setting_id)
    if (
        agreement.fingerprint_version != FINGERPRINT_VERSION
        or agreement.fingerprint != hashlib.sha256(canonical_bytes(shown_now)).hexdigest()
    ):
        changes = changes_since(agreement.shown, shown_now)
        if not changes:  # the stored snapshot itself no longer matches its fingerprint
            changes = [Change("-", "fingerprint", agreement.fingerprint, "")]
        return AgreementStatus(AgreementState.CHANGED, agreement, tuple(changes))
    return AgreementStatus(agreement.decision.value, agreement)


# -- before a change: what a signed agreement covers, said at the field ---------------------


def signed_item(plan: Plan, item_id: str) -> tuple[PremisesAgreement, dict] | None:
    """The valid premises agreement that covers an item, with the item as the head saw it;
    None when no agreement in force covers it (not asked, declined, changed or withdrawn)."""
    item = next((i for i in plan.items if i.id == item_id), None)
    if item is None or item.setting_id is None:
        return None
    status = agreement_status(plan, item.setting_id)
    if not status.valid or status.agreement is None:
        return None
    shown = _items_by_id(status.agreement.shown).get(item_id)
    return None if shown is None else (status.agreement, shown)


def signer_words(agreement: PremisesAgreement, plan: Plan) -> str:
    """Who gave the agreement, as the officer knows them: a name, or the head's title."""
    if agreement.signatory_name.strip():
        return agreement.signatory_name.strip()
    setting = plan.setting(agreement.setting_id)
    return f"The head of {setting.name}" if setting and setting.name else "The head teacher"


def signed_change_warning(plan: Plan, item_id: str, field: str) -> str | None:
    """What the officer reads at a field before changing something a head signed for:
    "Helen Whitfield agreed to £649.00 for unit cost on 3 November 2026; changing it means
    asking them again." `field` is a key of `shown_item` (what the sign-off screen showed), or
    "item" for the item as a whole (removing it, or moving it off the premises or to another
    way of managing it). None when no agreement in force covers the item."""
    found = signed_item(plan, item_id)
    if found is None:
        return None
    agreement, shown = found
    who = signer_words(agreement, plan)
    when = f" on {format_long(agreement.signed_on)}" if agreement.signed_on else ""
    if field == "item":
        name = shown.get("description") or "this item"
        setting = plan.setting(agreement.setting_id)
        place = f" at {setting.name}" if setting and setting.name else ""
        return (
            f"{who} agreed to “{name}”{place}{when}; removing it, or changing where it happens "
            "or how it is managed, means asking them again."
        )
    item = next(i for i in plan.items if i.id == item_id)
    value = shown.get(field, shown_item(item).get(field))
    label = FIELD_LABELS.get(field, field)
    return (
        f"{who} agreed to {shown_value(field, value)} for {label}{when}; changing it means "
        "asking them again."
    )


def condition_met_by_agreement(plan: Plan, item: ProvisionItem, condition) -> str | None:
    """The words that stand as evidence when a pack's condition is met by the head's signed
    premises agreement for the item (`Condition.met_by_premises_agreement`): "Agreed by Helen
    Whitfield on the sign-off screen on 16 November 2026." None when it is not (then the
    officer records the evidence, once, at the item)."""
    if not getattr(condition, "met_by_premises_agreement", False):
        return None
    found = signed_item(plan, item.id)
    if found is None:
        return None
    agreement, _shown = found
    when = f" on {format_long(agreement.signed_on)}" if agreement.signed_on else ""
    return f"Agreed by {signer_words(agreement, plan)} on the sign-off screen{when}."
