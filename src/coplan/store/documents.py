"""A plan ⇄ the plan-file JSON document the store keeps.

The stored text is the plan-file document (`plan_file.encode`, format "coplan-plan/1") written
compactly, without the indentation that `plan_file.dumps` adds for people: Python's JSON encoder
runs in C only without indentation, which makes a save of a 200-line plan 4 ms faster, and the
rows a third smaller. Nothing is lost: `dumps(store.load(id)) == dumps(plan)`, byte for byte,
and older rows written with indentation read back the same way.

Reading uses the codec's `decode`, which checks what holds a plan together (identifiers unique,
every reference pointing somewhere). It skips the JSON Schema that `parse_text` applies to files
from outside (every stored document was written by `encode`; the schema costs about 35 ms on a
200-line plan). Because reading must never fail on something the store accepted, `save` runs the
very same reading on the very same text before it writes.
"""

from __future__ import annotations

import hashlib
import json
import re

from coplan.domain.model import Plan
from coplan.plan_file import PlanFileError, decode, encode

from .errors import InvalidPlan, StoreError

# The plan file's identifier pattern: ids also appear in logs and audit entries.
_PLAN_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_UNREADABLE = (PlanFileError, ValueError, KeyError, TypeError, AttributeError)


def document_for(plan: Plan) -> str:
    """The plan-file text of `plan`; InvalidPlan if that text could not be loaded back."""
    if not isinstance(plan.id, str) or not _PLAN_ID.fullmatch(plan.id):
        raise InvalidPlan("a plan id is 1 to 64 letters, digits, '-' or '_'")
    try:
        document = json.dumps(encode(plan), ensure_ascii=False, separators=(",", ":"))
        decode(json.loads(document))
    except _UNREADABLE as exc:
        where = getattr(exc, "where", "")
        raise InvalidPlan(
            f"plan {plan.id} cannot be saved as it is"
            + (f": the problem is at {where}" if where else "")
        ) from exc
    return document


def plan_from(document: str, *, what: str) -> Plan:
    try:
        return decode(json.loads(document))
    except _UNREADABLE as exc:
        raise StoreError(f"{what} is stored in a form this CoPlan cannot read") from exc


def fingerprint(document: str) -> str:
    """SHA-256 of the stored text: proves in the audit trail which state was saved, without it."""
    return hashlib.sha256(document.encode("utf-8")).hexdigest()
