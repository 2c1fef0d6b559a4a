"""The caseload query: which plans to show, in which order. Shared by list and count."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Select, and_, case, func, select

from coplan.domain.model import PlanStatus

from .models import PlanRow
from .search import SEARCH_SEPARATOR, search_key, search_name, search_needle

__all__ = ["SEARCH_SEPARATOR", "search_key", "search_name"]  # also from .search (no SQLAlchemy)

ORDERINGS = ("child_name", "updated_at", "next_review_on", "status", "next_date")

SUMMARY_COLUMNS = (
    PlanRow.id,
    PlanRow.child_name,
    PlanRow.preferred_name,
    PlanRow.status,
    PlanRow.version,
    PlanRow.updated_at,
    PlanRow.next_review_on,
    PlanRow.deleted_at,
    PlanRow.policy_pack,
    PlanRow.created_at,
    PlanRow.next_date,
    PlanRow.next_date_kind,
)

# Status sorts as the plan moves on (draft, sent for consultation, final), not alphabetically.
_STATUS_IN_WORKFLOW_ORDER = case(
    {status.value: position for position, status in enumerate(PlanStatus)},
    value=PlanRow.status,
    else_=len(PlanStatus),
)


def filtered(
    query: Select,
    *,
    search: str = "",
    status: PlanStatus | str | Iterable[PlanStatus | str] | None = None,
    review_due_before: date | None = None,
    include_deleted: bool = False,
    only_deleted: bool = False,
) -> Select:
    conditions = []
    needle = search_needle(search)
    if needle:
        conditions.append(PlanRow.search_name.contains(needle, autoescape=True))
    if status is not None:
        wanted = [status] if isinstance(status, str) else list(status)
        conditions.append(PlanRow.status.in_([PlanStatus(s).value for s in wanted]))
    if review_due_before is not None:
        conditions.append(PlanRow.next_review_on < review_due_before)
    if only_deleted:
        conditions.append(PlanRow.deleted_at.is_not(None))
    elif not include_deleted:
        conditions.append(PlanRow.deleted_at.is_(None))
    return query.where(and_(*conditions)) if conditions else query


def ordered(query: Select, order_by: str, *, descending: bool) -> Select:
    if order_by not in ORDERINGS:
        raise ValueError(f"order_by must be one of {', '.join(ORDERINGS)}, not {order_by!r}")

    def direction(column):
        return column.desc() if descending else column.asc()

    # Every ordering ends in a unique column, so that pages (limit/offset) never overlap.
    if order_by == "child_name":
        keys = [direction(PlanRow.search_name), PlanRow.id]
    elif order_by == "updated_at":
        keys = [direction(PlanRow.updated_at), PlanRow.id]
    elif order_by == "next_review_on":
        # Plans with no review date go last either way: they are not due.
        keys = [direction(PlanRow.next_review_on).nulls_last(), PlanRow.search_name, PlanRow.id]
    elif order_by == "next_date":
        keys = [direction(PlanRow.next_date).nulls_last(), PlanRow.search_name, PlanRow.id]
    else:
        keys = [direction(_STATUS_IN_WORKFLOW_ORDER), PlanRow.search_name, PlanRow.id]
    return query.order_by(*keys)


def summaries_query(**filters) -> Select:
    return filtered(select(*SUMMARY_COLUMNS), **filters)


def count_query(**filters) -> Select:
    return filtered(select(func.count()).select_from(PlanRow), **filters)
