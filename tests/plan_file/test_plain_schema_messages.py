"""Schema complaints read as plain sentences, and nothing slips through with a trailing newline."""

import json

import pytest
from factories import example_paths

from coplan.plan_file import MAX_FILE_BYTES, PlanFileError, parse_text


def broken(path, value) -> str:
    document = json.loads(example_paths()[0].read_text())
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(document)


@pytest.mark.parametrize(
    ("path", "value", "where", "says"),
    [
        (("child", "date_of_birth"), "2016-02-30", "child.date_of_birth", "not a real date"),
        (("child", "date_of_birth"), "23/11/2026", "child.date_of_birth", "2026-11-23"),
        (("items", 0, "id"), "p1\n", "items[0].id", "An identifier"),
        (("items", 0, "unit_cost"), "12.00\n", "items[0].unit_cost", "Pounds and pence"),
        (("items", 0, "units_per_period"), "2.5\n", "items[0].units_per_period", "non-negative"),
        (("served_on",), "2026-11-23\n", "served_on", "write dates as 2026-11-23"),
    ],
)
def test_schema_errors_say_where_and_what(path, value, where, says):
    with pytest.raises(PlanFileError) as raised:
        parse_text(broken(path, value))
    assert raised.value.where == where
    assert says in raised.value.message
    assert "any of the given schemas" not in raised.value.message


def test_parse_text_refuses_huge_text_too():
    with pytest.raises(PlanFileError, match="too large"):
        parse_text(" " * (MAX_FILE_BYTES + 1))
