"""What changed between an earlier version of a plan and this one, item by item.

Items are matched by their identifier, which a plan keeps from one version to the next. Pure
Python: the section that shows the result is `sections/changes.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coplan.domain.model import Plan, ProvisionItem
from coplan.domain.money import Cost

from . import labels


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Detail:
    what: str
    before: str
    after: str


@dataclass(frozen=True)
class ItemChange:
    kind: ChangeKind
    before: ProvisionItem | None
    after: ProvisionItem | None
    details: tuple[Detail, ...] = ()

    @property
    def item(self) -> ProvisionItem:
        return self.after or self.before  # type: ignore[return-value]

    @property
    def cost_before(self) -> Cost | None:
        return self.before.cost if self.before else None

    @property
    def cost_after(self) -> Cost | None:
        return self.after.cost if self.after else None


def _outcome_texts(plan: Plan, item: ProvisionItem) -> str:
    texts = [o.text.strip() for o in map(plan.outcome, item.outcome_ids) if o is not None]
    return "; ".join(texts) or "none"


def _described(plan: Plan, item: ProvisionItem) -> dict[str, str]:
    return {
        "What it is": item.description.strip(),
        "Plan reference (Section F, G or H)": item.provision_ref.strip() or "not given",
        "How much": item.quantity_text(),
        "Who delivers it": item.delivered_by.strip() or "not recorded",
        "When": item.when.strip() or "not recorded",
        "Where": labels.LOCATION[item.location],
        "Paid for by": labels.FUNDING[item.funding],
        "Managed as": labels.MANAGEMENT[item.management],
        "Outcomes it meets": _outcome_texts(plan, item),
    }


def compare_items(previous: Plan, current: Plan) -> list[ItemChange]:
    """Added, changed and removed items, in the order a reader meets them."""
    earlier = {item.id: item for item in previous.items}
    changes: list[ItemChange] = []
    for item in current.items:
        before = earlier.get(item.id)
        if before is None:
            changes.append(ItemChange(ChangeKind.ADDED, None, item))
            continue
        old, new = _described(previous, before), _described(current, item)
        details = tuple(Detail(key, old[key], new[key]) for key in new if old[key] != new[key])
        if details or before.cost != item.cost:
            changes.append(ItemChange(ChangeKind.CHANGED, before, item, details))
    current_ids = {item.id for item in current.items}
    changes += [
        ItemChange(ChangeKind.REMOVED, item, None)
        for item in previous.items
        if item.id not in current_ids
    ]
    return changes
