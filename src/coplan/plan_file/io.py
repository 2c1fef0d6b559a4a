"""Reading and writing plan files safely.

Reading refuses anything that is not a plan before it can cost memory or time: anything but a
regular file (a named pipe would be waited on for ever), files over the size limit, bytes that
are not UTF-8, truncated JSON, duplicate keys, values no plan may hold (`guard.py`), a document
that does not match the schema (the message says where), and identifiers or references that do
not hold together. Writing is atomic: a temporary file in the same folder, flushed, then renamed.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from coplan.domain.model import Plan
from coplan.regular_file import NotReadable, read_regular_file

from .codec import PlanFileError, decode, encode
from .convert import READABLE, upgrade_document
from .guard import refuse_unsafe_values
from .schema import PLAN_SCHEMA

# A 2,000-line plan with long descriptions is well under this; 50 MB of text is not a plan.
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_REPORTED = 200

_validator = None


def _schema_validator():
    global _validator
    if _validator is None:
        from jsonschema import Draft202012Validator

        _validator = Draft202012Validator(
            PLAN_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
    return _validator


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PlanFileError("", f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _json_path(path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _plain_message(error) -> str:
    """The schema's complaint in words a council's data officer can act on."""
    value = error.instance
    shown = repr(value) if len(repr(value)) < 80 else repr(value)[:80] + "…"
    if error.validator == "pattern":
        wanted = error.schema.get("description") or "in the form the format requires"
        return f"{shown} is not valid here: {wanted}"
    if error.validator == "format" and error.validator_value == "date":
        return f"{shown} is not a real date (write dates as 2026-11-23)"
    message = error.message
    return message if len(message) < 300 else message[:300] + "…"


def parse_text(text: str) -> Plan:
    if len(text) > MAX_FILE_BYTES:
        raise PlanFileError("(top level)", "the text is too large to be a plan file")
    try:
        data = json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise PlanFileError(
            f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg})"
        ) from None
    except RecursionError:
        raise PlanFileError("", "the JSON is nested too deeply to be a plan") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise PlanFileError("", f"not a usable JSON number ({exc})"[:300]) from None
    refuse_unsafe_values(data)
    return from_document(data)


def from_document(data: Any) -> Plan:
    if not isinstance(data, dict):
        raise PlanFileError("(top level)", "a plan file holds one JSON object")
    if "format" in data and data["format"] not in READABLE:
        readable = " and ".join(repr(f) for f in READABLE)
        raise PlanFileError("format", f"this CoPlan reads {readable} files, not {data['format']!r}")
    data = upgrade_document(data)  # an older format, converted (a copy; else data itself)
    # At most MAX_REPORTED errors are gathered: a file can hold millions of wrong values, and
    # each error keeps a copy of its path and schema.
    errors = sorted(
        itertools.islice(_schema_validator().iter_errors(data), MAX_REPORTED),
        key=lambda e: list(e.absolute_path),
    )
    if errors:
        first = errors[0]
        if first.context:
            # "is not valid under any of the given schemas" says nothing: report the branch
            # that nearly matched (a date that is not a real date, rather than "not null").
            first = next((e for e in first.context if e.validator != "type"), first.context[0])
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        if len(errors) == MAX_REPORTED:
            more = " (and many more problems)"
        message = _plain_message(first)
        where = _json_path(first.absolute_path) or "(top level)"
        raise PlanFileError(where, message + more)
    return decode(data)


def read_plan(path: str | os.PathLike) -> Plan:
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES, what="a plan file")
    except NotReadable as exc:
        raise PlanFileError("", str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanFileError("", "the file is not UTF-8 text") from None
    return parse_text(text)


def dumps(plan: Plan) -> str:
    return json.dumps(encode(plan), indent=2, ensure_ascii=False) + "\n"


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Write all of `data` to `path` or nothing: temporary file, fsync, rename."""
    path = Path(path)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, renamed after
        "wb", dir=path.parent, prefix=f".{path.name}.", suffix=".part", delete=False
    )
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o600)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def write_plan(plan: Plan, path: str | os.PathLike) -> None:
    write_atomically(path, dumps(plan).encode("utf-8"))
