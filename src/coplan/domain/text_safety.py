"""Characters that never belong in a plan, defined once for every way text gets in or out.

A name or a description can carry characters that nobody can see but that change what others
see: a right-to-left override (U+202E) before "£1,250" makes it show as "052,1£" on screen
and on paper, an escape sequence repaints a terminal, a NUL or a line separator splits a log
line, and a lone surrogate (a half of a UTF-16 pair, which JSON can spell as "\\ud800")
cannot be written as UTF-8 at all. None of them has a use in an EHC plan.

- A plan file carrying one is refused at the place it is (`plan_file`).
- A field in the app removes one that was pasted, and says so beside the field (`ui.fields`).
- Output that may show older data (the PDF, the command line, the audit trail) goes through
  `without_unsafe` or `escaped`, so nothing stored before this rule can reach a reader raw.

Tab, newline and carriage return are ordinary text in long fields and are allowed. Left-to-right
and right-to-left marks (U+200E, U+200F, U+061C) are allowed: they only nudge neutral
characters and are part of ordinary Arabic, Hebrew or Urdu text. The embeddings, overrides and
isolates (U+202A–U+202E, U+2066–U+2069) are not: they reorder whole runs of text.
"""

from __future__ import annotations

import re

# C0 controls except tab, newline and carriage return; DEL and the C1 controls; the bidi
# embeddings, overrides and isolates; the line and paragraph separators; lone surrogates.
# Written as regular-expression escapes (plain ASCII), so that the same ranges go into the plan
# file's published JSON Schema and mean the same to Python's `re` and to ECMA-262.
UNSAFE_RANGES = (
    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
)
UNSAFE = re.compile(f"[{UNSAFE_RANGES}]")

_NAMES = {
    "\x00": "a null character",
    "\x1b": "an escape character",
    "\u202a": "a left-to-right embedding",
    "\u202b": "a right-to-left embedding",
    "\u202c": "a pop directional formatting character",
    "\u202d": "a left-to-right override",
    "\u202e": "a right-to-left override",
    "\u2066": "a left-to-right isolate",
    "\u2067": "a right-to-left isolate",
    "\u2068": "a first strong isolate",
    "\u2069": "a pop directional isolate",
    "\u2028": "a line separator",
    "\u2029": "a paragraph separator",
}


def first_unsafe(text: str) -> tuple[int, str] | None:
    """The position and character of the first unsafe character, or None."""
    match = UNSAFE.search(text)
    return None if match is None else (match.start(), match.group())


def describe(character: str) -> str:
    """'a right-to-left override (U+202E)': words and the code, for a message."""
    code = f"U+{ord(character):04X}"
    if character in _NAMES:
        name = _NAMES[character]
    elif "\ud800" <= character <= "\udfff":
        name = "half of a character pair (a lone surrogate)"
    else:
        name = "a control character"
    return f"{name} ({code})"


def without_unsafe(text: str) -> str:
    """The text with every unsafe character removed."""
    return UNSAFE.sub("", text)


def _escape(match: re.Match) -> str:
    character = match.group()
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TERMINAL_UNSAFE = re.compile(f"[{UNSAFE_RANGES}\\r]")


def escaped(text: str) -> str:
    """The text with every unsafe character (and carriage return) shown as an escape such as
    \\u202e: for a terminal or a log, where the reader must see that something was there."""
    return _TERMINAL_UNSAFE.sub(_escape, text)


def is_ascii_digits(text: str) -> bool:
    """True when every digit in the text is one of 0-9 (money and dates are typed in these)."""
    return all(not character.isdigit() or "0" <= character <= "9" for character in text)
