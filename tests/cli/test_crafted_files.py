"""A sweep of crafted hostile plan files through `coplan validate` and `coplan import`.

Each file is one of the examples with one thing made hostile: a lone surrogate, a control or
direction-override character in a name, an absurd number, a path for a policy pack id, nesting
deep enough to break a recursive reader. Every one must be refused with exit 2 and the place
that is wrong, never a traceback, never exit 1 ("findings"), and never a plan in the caseload.

The commands run in this process (`coplan.cli.main`): an exception escaping `main` is exactly
the traceback a user would see, and it keeps the sweep to seconds. The named pipe runs in a
child process with a timeout, because the failure there is a hang.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from factories import EXAMPLES

from coplan import cli

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))

# Characters that must never enter a plan: each is refused where it is, naming the place.
HOSTILE_CHARACTERS = {
    "lone-high-surrogate": "\ud800",
    "lone-low-surrogate": "\udfff",
    "nul": "\x00",
    "escape-sequence": "\x1b[2J\x1b[31m",
    "bell": "\x07",
    "c1-next-line": "\x85",
    "right-to-left-override": "\u202e",
    "left-to-right-embedding": "\u202a",
    "first-strong-isolate": "\u2068",
    "line-separator": "\u2028",
}

# Text fields spread over the document: names shown on every output, free text, and text inside
# the head teacher's snapshot (written by CoPlan, so a hostile one is a forged file).
TEXT_PATHS = [
    ("child", "full_name"),
    ("child", "preferred_name"),
    ("meeting", "attendees", 0, "name"),
    ("settings", 0, "name"),
    ("settings", 0, "head_name"),
    ("items", 0, "description"),
    ("items", 0, "delivered_by"),
    ("needs", 0, "summary"),
    ("outcomes", 0, "text"),
    ("what_matters", 0),
]


def _where(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _get(document, path):
    for part in path:
        document = document[part]
    return document


def _set(document, path, value):
    _get(document, path[:-1])[path[-1]] = value


def _crafted() -> list:
    """(id, file text, the place the message must name) for every crafted file."""
    cases = []
    for example in EXAMPLE_FILES:
        good = json.loads(example.read_text(encoding="utf-8"))
        name = example.stem
        for path in TEXT_PATHS:
            try:
                original = _get(good, path)
            except (KeyError, IndexError):
                continue
            for label, character in HOSTILE_CHARACTERS.items():
                document = json.loads(json.dumps(good))
                _set(document, path, f"{original[:5]}{character}{original[5:]}")
                cases.append((f"{name}-{_where(path)}-{label}", json.dumps(document), _where(path)))
        # A hostile character in a key, not a value.
        document = json.loads(json.dumps(good))
        document["indicative_budget"]["ras_answers"]["\u202eevil"] = "x"
        cases.append((f"{name}-ras-answer-key-rlo", json.dumps(document), "ras_answers"))
        # ... and inside the head teacher's snapshot.
        if good["premises_agreements"]:
            document = json.loads(json.dumps(good))
            document["premises_agreements"][0]["shown"]["child"] = "Amara\ud800"
            cases.append(
                (f"{name}-shown-surrogate", json.dumps(document), "premises_agreements[0].shown")
            )
        # Absurd numbers.
        for path, value in [
            (("version",), 10**30),
            (("indicative_budget", "ras_score"), 10**30),
            (("indicative_budget", "ras_score"), 2**63),
            (("indicative_budget", "ras_score"), -1),
        ]:
            document = json.loads(json.dumps(good))
            _set(document, path, value)
            cases.append((f"{name}-{_where(path)}-{value}", json.dumps(document), _where(path)))
        text = re.sub(r'"version": \d+,', '"version": 1e400,', json.dumps(good), count=1)
        cases.append((f"{name}-version-1e400", text, "version"))
        if good["premises_agreements"]:
            document = json.loads(json.dumps(good))
            document["premises_agreements"][0]["fingerprint_version"] = 10**30
            where = "premises_agreements[0].fingerprint_version"
            cases.append((f"{name}-fingerprint-version-huge", json.dumps(document), where))
        # A policy pack id that looks like a path, or carries something else.
        for label, pack in [
            ("relative", "../../../../etc/passwd"),
            ("absolute", "/etc/passwd"),
            ("windows", "C:\\Windows\\win.ini"),
            ("toml", "example-shire.toml"),
            ("rlo", "example\u202eshire"),
            ("newline", "example-shire\n"),
        ]:
            document = json.loads(json.dumps(good))
            document["policy_pack"] = pack
            cases.append((f"{name}-pack-{label}", json.dumps(document), "policy_pack"))
        # Nesting deep enough to break a recursive reader, inside the free-form snapshot.
        if good["premises_agreements"]:
            for depth in (200, 900, 990):
                document = json.loads(json.dumps(good))
                document["premises_agreements"][0]["shown"]["extra"] = "PLACEHOLDER"
                text = json.dumps(document).replace(
                    '"PLACEHOLDER"', "[" * depth + "1" + "]" * depth
                )
                # Past the JSON reader's own limit there is no place to name, only the reason.
                where = "premises_agreements[0].shown" if depth < 990 else "nested too deeply"
                cases.append((f"{name}-deep-{depth}", text, where))
        # Money in digits other than 0-9.
        for label, amount in [
            ("arabic-indic", "١٢٣.٠٠"),
            ("fullwidth", "１２.００"),
            ("devanagari", "१२.००"),
        ]:
            document = json.loads(json.dumps(good))
            document["items"][0]["unit_cost"] = amount
            cases.append((f"{name}-money-{label}", json.dumps(document), "items[0].unit_cost"))
        document = json.loads(json.dumps(good))
        document["items"][0]["units_per_period"] = "٢"
        cases.append((f"{name}-quantity-arabic", json.dumps(document), "items[0].units_per_period"))
        document = json.loads(json.dumps(good))
        document["meeting"]["held_on"] = "٢٠٢٦-١١-٢٣"
        cases.append((f"{name}-date-arabic", json.dumps(document), "meeting.held_on"))
    return cases


CRAFTED = _crafted()


def test_the_sweep_is_large_enough_to_mean_something():
    assert len(CRAFTED) >= 200


@pytest.fixture(scope="module")
def crafted_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crafted")
    for index, (_name, text, _place) in enumerate(CRAFTED):
        (folder / f"{index:04d}.json").write_bytes(text.encode("utf-8", "surrogatepass"))
    return folder


def run(capsys, *arguments) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("command", ["validate", "import"])
def test_every_crafted_file_is_refused_with_exit_2_and_the_place(
    command, crafted_folder, tmp_path, capsys
):
    data_dir = tmp_path / "data"
    wrong = []
    for index, (name, _text, where) in enumerate(CRAFTED):
        path = crafted_folder / f"{index:04d}.json"
        arguments = [command, str(path)]
        if command == "import":
            arguments += ["--data-dir", str(data_dir)]
        try:
            code, output = run(capsys, *arguments)
        except Exception as error:  # a traceback is the failure being swept for
            wrong.append(f"{name}: {type(error).__name__}: {error!s:.120}")
            continue
        if code != 2:
            wrong.append(f"{name}: exit {code}: {output[-160:]!r}")
        elif where not in output:
            wrong.append(f"{name}: the message does not say {where!r}: {output[-200:]!r}")
    assert not wrong, f"{len(wrong)} of {len(CRAFTED)} crafted files:\n" + "\n".join(wrong)
    if command == "import":
        code, output = run(capsys, "list", "--data-dir", str(data_dir))
        assert code == 0 and output.strip() == "", "a crafted plan reached the caseload"


def test_messages_never_carry_a_hostile_character_raw(crafted_folder, capsys):
    """The refusal quotes the value as an escape (\\u202e), so the terminal is not re-ordered
    or repainted by what the file carried."""
    for index, (name, _text, _place) in enumerate(CRAFTED):
        _code, output = run(capsys, "validate", str(crafted_folder / f"{index:04d}.json"))
        raw = [c for c in HOSTILE_CHARACTERS.values() if c in output]
        assert not raw, f"{name}: the output carries {raw!r} raw"


def test_a_name_stored_before_the_rule_is_listed_escaped(tmp_path, capsys):
    """A caseload may hold a name saved before such characters were refused: the command line
    shows it with the characters as escapes, never raw."""
    from factories import build_plan

    from coplan.store import open_store

    plan = build_plan()
    plan.child.full_name = "Amara\u202e Okafor\x1b[2J\r"
    store = open_store(data_dir=tmp_path / "data")
    try:
        store.save(plan, actor="test")
    finally:
        store.close()
    code, output = run(capsys, "list", "--data-dir", str(tmp_path / "data"))
    assert code == 0
    assert "Amara\\u202e Okafor\\x1b[2J\\x0d" in output
    assert not any(c in output for c in "\u202e\x1b\r")


# -- what is not a regular file ----------------------------------------------------------------


def coplan_process(*arguments: str, data_dir: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "COPLAN_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "coplan", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("command", ["validate", "import"])
def test_a_named_pipe_is_refused_at_once_and_never_waited_on(command, tmp_path):
    pipe = tmp_path / "plan.json"
    os.mkfifo(pipe)
    result = coplan_process(command, str(pipe), data_dir=tmp_path / "data")
    assert result.returncode == 2, result.stderr
    assert "not a regular file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null", "/dev/stdin"])
def test_a_device_is_refused_as_not_a_regular_file(special, capsys):
    if not Path(special).exists():
        pytest.skip(f"no {special} here")
    code, output = run(capsys, "validate", special)
    assert code == 2
    assert "not a regular file" in output


def test_a_symbolic_link_to_a_named_pipe_is_refused_too(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are a POSIX thing")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "plan.json"
    link.symlink_to(pipe)
    result = coplan_process("validate", str(link), data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "not a regular file" in result.stderr


def test_a_million_empty_items_are_refused_quickly_at_items(tmp_path, capsys):
    """Small enough to pass the size limit (3 MB), far too many rows to be a plan: refused by
    counting, not by checking each of a million rows against the schema."""
    import time

    path = tmp_path / "million.json"
    good = json.loads(EXAMPLE_FILES[0].read_text(encoding="utf-8"))
    good["items"] = "PLACEHOLDER"
    text = json.dumps(good).replace('"PLACEHOLDER"', "[" + ",".join(["{}"] * 1_000_000) + "]")
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    code, output = run(capsys, "validate", str(path))
    elapsed = time.perf_counter() - started
    assert code == 2
    assert "items" in output
    assert elapsed < 10, f"{elapsed:.1f} s to refuse a million empty rows"
