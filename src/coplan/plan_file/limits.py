"""How long and how many: the plan file's limits, in one place for the schema and the app.

The JSON Schema (`schema.py`) is built from these numbers, and the app's fields take their
limits from the schema itself through `max_length(path)` and `max_rows(path)`, so that a field
can never hold more than a plan file can carry (a 606-character name that saves in the app and
is then refused by `coplan import`).
"""

from __future__ import annotations

from typing import Any

SHORT_TEXT = 500  # a name, a role, a line of text
LONG_TEXT = 20_000  # a description, reasons, a need or an outcome
CODE_TEXT = 64  # a policy pack's id for a category, a condition, an answer
UNIT_TEXT = 40  # "hour", "session", "licence"
REF_TEXT = 40  # a line's reference in Section F, G or H1/H2: "F3", "H2.1"
PHONE_TEXT = 40  # a telephone number, with spaces and an extension
URN_TEXT = 20  # a school's unique reference number
SIGNATURE_TEXT = 200_000  # the drawn signature as an SVG path
MAX_ROWS = 2_000  # the most rows in any list (items)
MAX_VERSION = 10_000
MAX_RAS_SCORE = 100_000  # a resource allocation score is points, in the hundreds
MAX_FINGERPRINT_VERSION = 1_000

# Beyond the schema: limits on the JSON itself, checked before the schema sees the document.
MAX_DEPTH = 32  # a plan nests 6 deep; the head teacher's snapshot a little more
MAX_OBJECT_KEYS = MAX_ROWS
# The largest whole number anywhere in a file: 18 digits, so every stored number fits a 64-bit
# integer column. (Not 2^53: the head teacher's snapshot keeps a line's annual cost in pence, and
# a file may say £99,999,999.99 a unit × 9,999.99 × 9,999.99, about 10^17, which validation then
# reports as a finding rather than the reader refusing it.)
MAX_WHOLE_NUMBER = 10**18 - 1


def _node(path: str) -> dict[str, Any]:
    """The schema of a dotted plan path such as "items.unit" (lists are stepped through)."""
    from .schema import PLAN_SCHEMA

    node: dict[str, Any] = PLAN_SCHEMA
    for part in path.split("."):
        node = _unwrap(node)
        if node.get("type") == "array":
            node = _unwrap(node["items"])
        properties = node.get("properties", {})
        if part in properties:
            node = properties[part]
        elif part == "*" and isinstance(node.get("additionalProperties"), dict):
            node = node["additionalProperties"]
        else:
            raise KeyError(f"the plan file has no field {path!r}")
    return _unwrap(node)


def _unwrap(node: dict[str, Any]) -> dict[str, Any]:
    """The non-null branch of a nullable field."""
    for branch in node.get("anyOf", ()):
        if branch.get("type") != "null":
            return _unwrap(branch)
    return node


def max_length(path: str) -> int:
    """The most characters the plan file keeps in the text field at `path` (each line of a list
    of texts, such as "what_matters")."""
    node = _node(path)
    if node.get("type") == "array":
        node = _unwrap(node["items"])
    return int(node["maxLength"])


def max_rows(path: str) -> int:
    """The most rows the plan file keeps in the list at `path`, e.g. "meeting.attendees"."""
    return int(_node(path)["maxItems"])
