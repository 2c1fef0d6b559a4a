"""Conflicts waiting for the officer, and resolving them (coplan.store.sync)."""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import insert, select

from coplan.domain.model import Plan

from .documents import document_for, fingerprint, plan_from
from .errors import (
    AgreementsAltered,
    NoConflict,
)
from .models import (
    AuditEntryRow,
    PlanRow,
    PlanVersionRow,
    SyncStateRow,
)
from .repository import Store, _audit_values, write_plan_row
from .sync_records import (
    Keep,
    SyncConflict,
)
from .sync_rows import (
    SEND_UP,
    _now,
    _put_state,
    _read_copy,
    _read_state,
    _state_values,
)

log = logging.getLogger(__name__)


# -- conflicts ---------------------------------------------------------------------------------------


def waiting_conflicts(local: Store) -> list[SyncConflict]:
    """The plans waiting for the officer to choose, oldest first."""
    with local.engine.connect() as connection:
        rows = connection.execute(
            select(
                SyncStateRow.plan_id,
                PlanRow.child_name,
                PlanRow.revision,
                SyncStateRow.conflict_revision,
                SyncStateRow.conflict_by,
                SyncStateRow.conflict_at,
                SyncStateRow.conflict_found_at,
            )
            .join(PlanRow, PlanRow.id == SyncStateRow.plan_id)
            .where(SyncStateRow.conflict_revision.is_not(None))
            .order_by(SyncStateRow.conflict_found_at, SyncStateRow.plan_id)
        ).all()
    return [
        SyncConflict(
            plan_id=row.plan_id,
            child_name=row.child_name,
            laptop_revision=row.revision,
            team_revision=row.conflict_revision,
            team_saved_by=row.conflict_by,
            team_saved_at=row.conflict_at,
            found_at=row.conflict_found_at,
        )
        for row in rows
    ]


def conflict_plans(local: Store, plan_id: str) -> tuple[Plan, Plan]:
    """The two copies of a plan in conflict: (this laptop's, the team's)."""
    with local.engine.connect() as connection:
        state = _read_state(connection, plan_id)
        mine = _read_copy(connection, plan_id)
    if state is None or state.conflict_revision is None or mine is None:
        raise NoConflict(f"no conflict waits on plan {plan_id}")
    return (
        plan_from(mine.document, what=f"plan {plan_id}"),
        plan_from(state.conflict_document, what=f"the team's copy of plan {plan_id}"),
    )


def resolve_conflict(local: Store, plan_id: str, keep: Keep | Plan, *, officer: str) -> int:
    """The officer's choice: keep this laptop's copy, the team's, or a combined plan. On the
    laptop only (works offline); the next sync sends the result up. Whatever is not kept is
    first kept as a version. Returns the plan's revision on this laptop afterwards.

    Refused (AgreementsAltered) when the plan kept would drop or change a decision recorded on
    either side: a signed agreement is never altered by a sync. Combine them instead."""
    now = _now()
    with local.writing() as connection:
        state = _read_state(connection, plan_id)
        mine = _read_copy(connection, plan_id)
        if state is None or state.conflict_revision is None or mine is None:
            raise NoConflict(f"no conflict waits on plan {plan_id}")
        team_document = state.conflict_document
        laptop_plan = plan_from(mine.document, what=f"plan {plan_id}")
        team_plan = plan_from(team_document, what=f"the team's copy of plan {plan_id}")
        if keep == Keep.LAPTOP:
            kept_plan, kept_document, how = laptop_plan, None, "kept this laptop's copy"
            aside = [
                (
                    team_document,
                    team_plan,
                    f"team copy set aside after a sync conflict "
                    f"(team revision {state.conflict_revision})",
                )
            ]
        elif keep == Keep.TEAM:
            kept_plan, kept_document, how = team_plan, team_document, "kept the team's copy"
            aside = [(mine.document, laptop_plan, "laptop copy set aside after a sync conflict")]
        elif isinstance(keep, Plan):
            if keep.id != plan_id:
                raise NoConflict(f"the combined plan is not plan {plan_id}")
            kept_plan, kept_document, how = keep, document_for(keep), "kept a combined copy"
            aside = [
                (mine.document, laptop_plan, "laptop copy set aside after a sync conflict"),
                (
                    team_document,
                    team_plan,
                    f"team copy set aside after a sync conflict "
                    f"(team revision {state.conflict_revision})",
                ),
            ]
        else:
            raise TypeError("keep is Keep.LAPTOP, Keep.TEAM or a combined Plan")
        _check_agreements(kept_plan, laptop_plan, team_plan)

        for document, plan, reason in aside:
            version_id = uuid.uuid4().hex
            digest = fingerprint(document)
            connection.execute(
                insert(PlanVersionRow),
                {
                    "id": version_id,
                    "plan_id": plan_id,
                    "plan_version": plan.version,
                    "reason": reason,
                    "actor": officer,
                    "created_at": now,
                    "fingerprint": digest,
                    "document": document,
                },
            )
            connection.execute(
                insert(AuditEntryRow),
                _audit_values(plan_id, now, officer, "snapshot", f"version {version_id}", digest),
            )
        revision = mine.revision
        if kept_document is not None:
            revision = write_plan_row(
                connection,
                local.upsert,
                kept_plan,
                kept_document,
                replaces=mine.revision,
                updated_at=now,
            )
        connection.execute(
            insert(AuditEntryRow),
            _audit_values(
                plan_id,
                now,
                officer,
                "sync conflict resolved",
                how,
                fingerprint(kept_document or mine.document),
            ),
        )
        in_step_with_team = keep == Keep.TEAM
        _put_state(
            connection,
            local,
            plan_id,
            _state_values(
                team_revision=state.conflict_revision,
                local_revision=revision if in_step_with_team else SEND_UP,
                fingerprint=fingerprint(team_document) if in_step_with_team else None,
                synced_at=state.synced_at,
            ),
        )
    log.info("conflict on plan %s resolved (%s)", plan_id, how)
    return revision


def _check_agreements(kept: Plan, *sides: Plan) -> None:
    """Every decision recorded on either side is in the plan kept, exactly as one side has it."""
    kept_by_id = {agreement.id: agreement for agreement in kept.premises_agreements}
    for side in sides:
        for agreement in side.premises_agreements:
            as_recorded = [
                other
                for either in sides
                for other in either.premises_agreements
                if other.id == agreement.id
            ]
            present = kept_by_id.get(agreement.id)
            if present is None or present not in as_recorded:
                raise AgreementsAltered(
                    f"The copy kept would drop or change the decision recorded for setting "
                    f"{agreement.setting_id} (agreement {agreement.id}). A signed agreement is "
                    "never altered by a sync: keep the copy that has it, or combine the two."
                )
    # The same for the direct payment agreements signed (by the family or a third party).
    kept_signed = {signed.id: signed for signed in kept.dp_agreements}
    for side in sides:
        for signed in side.dp_agreements:
            as_recorded = [o for e in sides for o in e.dp_agreements if o.id == signed.id]
            if kept_signed.get(signed.id) not in as_recorded:
                raise AgreementsAltered(
                    f"The copy kept would drop or change the direct payment agreement signed on "
                    f"{signed.signed_on.isoformat()} (agreement {signed.id}). A signed agreement "
                    "is never altered by a sync: keep the copy that has it, or combine the two."
                )
