"""What a plan file may hold at all, checked on the parsed JSON before the schema sees it.

The schema says what each field is; this says what no value anywhere may be, including inside
the free-form record of what a head teacher was shown, which the schema leaves open:

- a number that is not whole (1.0, 2.5, NaN, Infinity, 1e400), or a whole number of more than
  18 digits (a 64-bit integer holds it): money and quantities are text, e.g. "12.50". (JSON
  Schema counts 1.0 as an integer and Python reads NaN, Infinity and 1e400 as floats, so
  without this a version of 1.0 or a NaN hidden in a snapshot would be imported and then
  exported differently, or as invalid JSON);
- text or a key holding a character from `coplan.domain.text_safety.UNSAFE` (a lone surrogate,
  a control character, a direction override...);
- nesting deeper than a plan ever goes, or a list or object with more rows than any list in a
  plan may have (so a 3 MB file of a million empty rows is refused by counting, not by checking
  each row against the schema).

Iterative, so no input can exhaust the stack here.
"""

from __future__ import annotations

from typing import Any

from coplan.domain.text_safety import describe, first_unsafe

from .codec import PlanFileError
from .limits import MAX_DEPTH, MAX_OBJECT_KEYS, MAX_ROWS, MAX_WHOLE_NUMBER


def json_path(path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _refuse_text(text: str, where: str, what: str) -> None:
    found = first_unsafe(text)
    if found is not None:
        position, character = found
        raise PlanFileError(
            where,
            f"{what} holds {describe(character)} at character {position + 1}; a plan file may "
            "not carry invisible control or direction characters, which can disguise text",
        )


def refuse_unsafe_values(data: Any) -> None:
    """PlanFileError naming the place of the first value no plan file may hold."""
    stack: list[tuple[Any, tuple]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise PlanFileError(
                json_path(path[:MAX_DEPTH]), "the JSON is nested too deeply to be a plan"
            )
        if isinstance(value, str):
            _refuse_text(value, json_path(path), "the text")
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, float):
            raise PlanFileError(
                json_path(path),
                f"{value!r} is not allowed: numbers in a plan file are whole numbers, and money "
                'and quantities are written as text, e.g. "12.50"',
            )
        elif isinstance(value, int):
            if abs(value) > MAX_WHOLE_NUMBER:
                raise PlanFileError(json_path(path), "the number is far too large for a plan")
        elif isinstance(value, dict):
            if len(value) > MAX_OBJECT_KEYS:
                raise PlanFileError(
                    json_path(path), f"more than {MAX_OBJECT_KEYS:,} fields: not a plan"
                )
            for key, child in value.items():
                _refuse_text(key, json_path(path), f"the field name {key[:40]!r}")
                stack.append((child, (*path, key)))
        elif isinstance(value, list):
            if len(value) > MAX_ROWS:
                raise PlanFileError(
                    json_path(path),
                    f"{len(value):,} rows; a list in a plan has at most {MAX_ROWS:,}",
                )
            stack.extend((child, (*path, index)) for index, child in enumerate(value))
