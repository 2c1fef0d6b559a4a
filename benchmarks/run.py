"""Run every benchmark and print (or with --write, record) the figures.

    .venv/bin/python benchmarks/run.py            print the table
    .venv/bin/python benchmarks/run.py --write    also rewrite the table in docs/performance.md

Each module in this folder named bench_*.py provides `measure() -> list[dict]`; every figure is
taken beside a baseline measured in the same run, so that a slow or busy machine shows up as a
slow baseline rather than as a regression.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
from datetime import date
from pathlib import Path

from coplan.domain.dates import format_long

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOC = HERE.parent / "docs" / "performance.md"
BEGIN, END = "<!-- figures:begin -->", "<!-- figures:end -->"


def _verdict(entry: dict) -> str:
    if entry.get("target_ratio") and entry.get("baseline_ms"):
        ratio = entry["ms"] / entry["baseline_ms"]
        mark = "✓" if ratio <= entry["target_ratio"] else "✗"
        return f"{mark} ratio {ratio:.2f} (≤ {entry['target_ratio']})"
    if entry.get("target_ms"):
        mark = "✓" if entry["ms"] <= entry["target_ms"] else "✗"
        return f"{mark} ≤ {entry['target_ms']:g} {entry.get('unit', 'ms')}"
    return ""


def _format(value, unit="ms") -> str:
    if value is None:
        return "—"
    return f"{value:.2f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def table(entries: list[dict]) -> str:
    lines = [
        "| what | figure | baseline (same run) | baseline figure | target |",
        "|---|---|---|---|---|",
    ]
    for entry in entries:
        unit = entry.get("unit", "ms")
        lines.append(
            f"| {entry['name']} | {_format(entry['ms'], unit)} | {entry['baseline_name'] or '—'} "
            f"| {_format(entry['baseline_ms'], unit)} | {_verdict(entry)} |"
        )
    return "\n".join(lines)


def print_table(entries: list[dict]) -> None:
    print(table(entries))


def collect(names: list[str] | None = None) -> list[dict]:
    entries: list[dict] = []
    for path in sorted(HERE.glob("bench_*.py")):
        if names and path.stem.removeprefix("bench_") not in names:
            continue
        module = importlib.import_module(path.stem)
        print(f"measuring {path.stem} …", file=sys.stderr)
        entries.extend(module.measure())
    return entries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record in docs/performance.md")
    parser.add_argument("only", nargs="*", help="e.g. domain store report ui")
    arguments = parser.parse_args()
    entries = collect(arguments.only)
    text = table(entries)
    print(text)
    if arguments.write:
        machine = (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        )
        block = f"{BEGIN}\nMeasured {format_long(date.today())} on {machine}.\n\n{text}\n{END}"
        document = DOC.read_text()
        start, end = document.index(BEGIN), document.index(END) + len(END)
        DOC.write_text(document[:start] + block + document[end:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
