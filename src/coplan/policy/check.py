"""Checking a council's pack file before it is installed: every problem, with its key and line.

`coplan pack check FILE` uses this. The loader names the key of each problem
("categories[3].personal_budget: expected one of yes, no, conditional, got 'maybe'"); this
module finds the line of that key in the file, so that whoever keeps the pack can go straight
to it. TOML has no line numbers once parsed, so the lines are found by reading the file's table
headers (`[pack]`, `[[categories]]`, `[[ras.questions.answers]]`) and `key = value` lines, the
way packs are written; a key that cannot be placed gets its table's line, or none.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from coplan.domain.policy import PolicyPack
from coplan.regular_file import NotReadable, read_regular_file

from .loader import MAX_PACK_BYTES, pack_problems, parse_pack


@dataclass(frozen=True)
class Problem:
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass
class PackCheck:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    pack: PolicyPack | None = None
    readable: bool = True

    @property
    def ok(self) -> bool:
        return not self.problems


def check_pack_file(path: str | Path) -> PackCheck:
    path = Path(path)
    result = PackCheck(path)
    try:
        text = read_regular_file(path, MAX_PACK_BYTES, what="a policy pack").decode("utf-8")
        data = tomllib.loads(text)
    except NotReadable as exc:  # not there, a folder or a device, or too large
        return _unreadable(result, str(exc))
    except UnicodeDecodeError:
        return _unreadable(result, "is not UTF-8 text (save it as UTF-8)")
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        return _unreadable(
            result, f"is not valid TOML: {exc}", int(where.group(1)) if where else None
        )
    except RecursionError:
        return _unreadable(result, "is nested too deeply to be a policy pack")

    lines = key_lines(text)
    result.problems = [Problem(message, line_of(message, lines)) for message in pack_problems(data)]
    if result.problems:
        return result
    result.pack = parse_pack(data)
    if result.pack.id != path.stem:
        message = (
            f"pack.id: is {result.pack.id!r}, but a pack's id must be its file name: save it as "
            f"{result.pack.id}.toml (or change the id to {path.stem!r}), so that plans made "
            "under it find it again"
        )
        result.problems.append(Problem(message, line_of(message, lines)))
    return result


def _unreadable(result: PackCheck, message: str, line: int | None = None) -> PackCheck:
    result.readable = False
    result.problems = [Problem(message, line)]
    return result


# -- finding a key's line ----------------------------------------------------------------------

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=")
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")

Key = tuple[str | int, ...]


def key_lines(text: str) -> dict[Key, int]:
    """Each table's and key's path (("categories", 3, "personal_budget")) → its line number."""
    found: dict[Key, int] = {}
    counts: dict[Key, int] = {}  # how many [[x]] tables under each parent so far
    current: Key = ()
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            names = [part.strip().strip('"') for part in header.group(2).split(".")]
            resolved: list[str | int] = []
            for position, name in enumerate(names):
                resolved.append(name)
                last = position == len(names) - 1
                key = tuple(resolved)
                if last and header.group(1) == "[[":
                    index = counts.get(key, 0)
                    counts[key] = index + 1
                    resolved.append(index)
                elif not last and key in counts:  # [[a.b]] inside the latest [[a]]
                    resolved.append(counts[key] - 1)
            current = tuple(resolved)
            found.setdefault(current, number)
            continue
        key = _KEY.match(line)
        if key:
            found.setdefault((*current, key.group(1).strip('"')), number)
    return found


def parse_key(text: str) -> Key:
    """'categories[3].personal_budget' → ("categories", 3, "personal_budget")."""
    return tuple(
        int(index) if index else name for name, index in _PATH_PART.findall(text) if name or index
    )


def line_of(message: str, lines: dict[Key, int]) -> int | None:
    """The line of the key a problem starts with, or of its nearest table."""
    key = parse_key(message.split(":", 1)[0])
    while key:
        if key in lines:
            return lines[key]
        key = key[:-1]
    return None
