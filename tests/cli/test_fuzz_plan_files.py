"""A fuzz test of `coplan validate` and `coplan import` over mutated example plans.

Fixed seed, so CI runs the same few hundred files every time and a failure names the mutation
that caused it (run one again with `FUZZ_ONLY=<index>`). Mutations: flipped bytes, truncations,
values of the wrong type, lone surrogates, control and direction-override characters in text
and keys, deep nesting, duplicate keys, absurd numbers. Whatever the file, both commands exit 0,
1 or 2 (never a traceback), agree on whether the file is readable, and a refusal says where.
"""

from __future__ import annotations

import json
import os
import random
import time

import pytest
from factories import EXAMPLES

from coplan import cli

SEED = 20261201
MUTATIONS = 480
EXAMPLE_TEXTS = [path.read_bytes() for path in sorted(EXAMPLES.glob("*.json"))]
HOSTILE_TEXT = ["\\ud800", "\\udfff", "\\u0000", "\\u001b[2J", "\\u202e", "\\u2066", "\\u0085"]
WRONG_VALUES = [None, True, 0, -1, 10**30, 1.5, "", "x" * 600, [], {}, [[[]]], {"a": {}}]


def _leaves(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _leaves(child, (*path, index))


def _replace(document, path, value):
    if not path:
        return value
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return document


def _flip_bytes(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def _change_letters(rng: random.Random, data: bytes) -> bytes:
    """Letters changed for other letters: the file stays JSON, so the change reaches the schema,
    the identifiers, the fingerprints and (in free text) the rules and the caseload."""
    data = bytearray(data)
    letters = [index for index, byte in enumerate(data) if 97 <= byte <= 122]
    for _ in range(rng.randint(1, 4)):
        data[rng.choice(letters)] = rng.randint(97, 122)
    return bytes(data)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def _wrong_type(rng: random.Random, data: bytes) -> bytes:
    document = json.loads(data)
    paths = [path for path, _ in _leaves(document)]
    for _ in range(rng.randint(1, 3)):
        document = _replace(document, rng.choice(paths), rng.choice(WRONG_VALUES))
        paths = [path for path, _ in _leaves(document)]
    return json.dumps(document).encode()


def _hostile_text(rng: random.Random, data: bytes) -> bytes:
    """A lone surrogate or a control/direction character, written as a JSON escape, inside a
    string or a key (the escape is how a file carries what UTF-8 itself cannot)."""
    text = data.decode("utf-8")
    quotes = [index for index, char in enumerate(text) if char == '"']
    position = rng.choice(quotes) + 1
    return (text[:position] + rng.choice(HOSTILE_TEXT) + text[position:]).encode()


def _deep(rng: random.Random, data: bytes) -> bytes:
    document = json.loads(data)
    paths = [path for path, _ in _leaves(document) if path]
    depth = rng.choice([20, 40, 300, 990, 5_000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    marker = "DEEP-NESTING-HERE"
    document = _replace(document, rng.choice(paths), marker)
    nested = opener * depth + "1" + closer * depth
    return json.dumps(document).replace(f'"{marker}"', nested, 1).encode()


def _duplicate_key(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8")
    lines = [index for index, line in enumerate(text.splitlines()) if '": ' in line]
    rows = text.splitlines()
    row = rng.choice(lines)
    rows.insert(row, rows[row])
    return "\n".join(rows).encode()


def _absurd_number(rng: random.Random, data: bytes) -> bytes:
    document = json.loads(data)
    numbers = [path for path, value in _leaves(document) if type(value) is int]
    value = rng.choice([10**400, -(10**30), 2**63, 2**53 + 1, 1e308, -0.0])
    return json.dumps(_replace(document, rng.choice(numbers), value)).encode()


MUTATORS = [
    _flip_bytes,
    _change_letters,
    _truncate,
    _wrong_type,
    _hostile_text,
    _deep,
    _duplicate_key,
    _absurd_number,
]


def mutated_files() -> list[tuple[str, bytes]]:
    rng = random.Random(SEED)
    files = []
    for index in range(MUTATIONS):
        mutate = MUTATORS[index % len(MUTATORS)]
        original = rng.choice(EXAMPLE_TEXTS)
        files.append((f"{index}-{mutate.__name__.strip('_')}", mutate(rng, original)))
    return files


def run(capsys, *arguments) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_validate_and_import_never_crash_and_agree_on_every_mutated_file(tmp_path, capsys):
    only = os.environ.get("FUZZ_ONLY")
    started = time.perf_counter()
    problems, outcomes = [], {}
    for name, data in mutated_files():
        if only is not None and not name.startswith(f"{only}-"):
            continue
        path = tmp_path / "plan.json"
        path.write_bytes(data)
        results = {}
        for command in ("validate", "import"):
            arguments = [command, str(path)]
            if command == "import":
                arguments += ["--replace", "--data-dir", str(tmp_path / "data")]
            try:
                results[command] = run(capsys, *arguments)
            except Exception as error:  # a traceback is the failure being fuzzed for
                problems.append(f"{name}: {command}: {type(error).__name__}: {error!s:.160}")
        if len(results) < 2:
            continue
        (checked, said), (imported, _) = results["validate"], results["import"]
        outcomes[checked] = outcomes.get(checked, 0) + 1
        if checked == 2 and "has been altered" in said:
            # Read, checked against the schema, and refused by an agreement's fingerprint:
            # a change inside a signed snapshot (a large part of a signed plan's file).
            outcomes["fingerprint"] = outcomes.get("fingerprint", 0) + 1
        if checked not in (0, 1, 2) or imported not in (0, 2):
            problems.append(f"{name}: exit {checked} from validate, {imported} from import")
        elif (checked == 2) != (imported == 2):
            problems.append(f"{name}: validate exit {checked} but import exit {imported}")
        elif checked == 2 and "cannot be read as a plan: " not in said:
            problems.append(f"{name}: refused without saying where: {said[-200:]!r}")
    elapsed = time.perf_counter() - started
    assert not problems, "\n".join(problems)
    if only is None:
        # The mutations must reach past the reader as well as be refused by it: to the rules
        # (exit 0 or 1), or at least past the JSON and the schema to a signed agreement's
        # fingerprint, which refuses any change to what was signed.
        deep = outcomes.get(0, 0) + outcomes.get(1, 0)
        assert outcomes.get(2, 0) > MUTATIONS / 2 and deep > 5
        assert deep + outcomes.get("fingerprint", 0) > 10
        assert elapsed < 45, f"the fuzz test took {elapsed:.0f} s; keep it well under a minute"


@pytest.mark.parametrize("mutate", MUTATORS, ids=lambda m: m.__name__.strip("_"))
def test_each_mutation_really_changes_the_file(mutate):
    rng = random.Random(SEED)
    assert all(mutate(rng, EXAMPLE_TEXTS[0]) != EXAMPLE_TEXTS[0] for _ in range(20))
