"""Hostile plan files: each gives a PlanFileError that says where, and never another exception."""

from __future__ import annotations

import copy
import hashlib
import json

import pytest
from factories import EXAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coplan.domain.budget import summarise
from coplan.domain.fingerprint import canonical_bytes
from coplan.domain.rules import validate
from coplan.plan_file import MAX_FILE_BYTES, PlanFileError, dumps, parse_text, read_plan
from coplan.policy import load_pack_by_id

IPAD = EXAMPLES / "ipad-communication.json"
GOOD_TEXT = IPAD.read_text(encoding="utf-8")
GOOD = json.loads(GOOD_TEXT)


def refused(text: str) -> PlanFileError:
    with pytest.raises(PlanFileError) as caught:
        parse_text(text)
    return caught.value


def refused_file(path) -> PlanFileError:
    with pytest.raises(PlanFileError) as caught:
        read_plan(path)
    return caught.value


def changed(change) -> str:
    document = copy.deepcopy(GOOD)
    change(document)
    return json.dumps(document, ensure_ascii=False)


def setter(path: str, value):
    """A change that sets one field, named by a path such as "items.0.unit_cost"."""

    def change(document):
        *parents, last = (int(p) if p.isdigit() else p for p in path.split("."))
        for part in parents:
            document = document[part]
        document[last] = value

    return change


def test_the_unchanged_example_is_accepted():
    assert dumps(parse_text(changed(lambda d: None))) == GOOD_TEXT


# -- not JSON at all ---------------------------------------------------------------------------


def test_truncated_json_says_where_it_stops():
    lines = GOOD_TEXT.splitlines(keepends=True)
    error = refused("".join(lines[:200]))
    assert error.where.startswith("line 201, column ")
    assert "not valid JSON" in error.message


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("", "line 1, column 1"),
        ("{'format': 'coplan-plan/1'}", "line 1, column 2"),
        ("\ufeff" + GOOD_TEXT, "line 1, column 1"),  # parse_text is handed text, not bytes
        ('{"format": "coplan-plan/1",}', "line 1, column 28"),
    ],
    ids=["empty", "single-quotes", "bom-in-text", "trailing-comma"],
)
def test_text_that_is_not_json_says_the_line_and_column(text, where):
    error = refused(text)
    assert error.where == where
    assert "not valid JSON" in error.message


@pytest.mark.parametrize(
    "text",
    ["[]", "[" + GOOD_TEXT + "]", '"a plan"', "42", "null", "true"],
    ids=["empty-array", "array-of-plan", "string", "number", "null", "true"],
)
def test_json_that_is_not_an_object_is_refused_at_the_top_level(text):
    error = refused(text)
    assert error.where == "(top level)"
    assert error.message == "a plan file holds one JSON object"


def test_a_duplicate_json_key_is_refused_naming_the_key():
    text = GOOD_TEXT.replace('"version": 1,', '"version": 1,\n  "version": 2,', 1)
    assert "'version' appears twice" in refused(text).message


def test_a_duplicate_key_deep_inside_is_refused_too():
    text = GOOD_TEXT.replace('"unit": "item",', '"unit": "item",\n      "unit": "box",', 1)
    assert "'unit' appears twice" in refused(text).message


@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_deeply_nested_json_is_refused(depth):
    for text in ("[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth):
        assert "nested too deeply" in refused(text).message


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e400", "1.0", "2.5"])
def test_non_finite_and_fractional_numbers_are_refused_where_they_are(token):
    text = GOOD_TEXT.replace('"version": 1,', f'"version": {token},', 1)
    assert refused(text).where == "version"


def test_a_nan_hidden_inside_the_agreement_snapshot_is_refused():
    text = GOOD_TEXT.replace('"annual_cost_pence": 42900', '"annual_cost_pence": NaN', 1)
    assert refused(text).where == "premises_agreements[0].shown.items[0].annual_cost_pence"


def test_an_integer_with_thousands_of_digits_is_refused():
    text = GOOD_TEXT.replace('"ras_score": 170', '"ras_score": ' + "9" * 5000, 1)
    assert "not a usable JSON number" in refused(text).message


# -- the wrong shape ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        ("version", "1", "version"),
        ("version", 0, "version"),
        ("version", True, "version"),
        ("child", None, "child"),
        ("child.date_of_birth", 20180314, "child.date_of_birth"),
        ("meeting.attendees.0.role", "mum", "meeting.attendees[0].role"),
        ("items.0.outcome_ids", "o1", "items[0].outcome_ids"),
        ("items.0.management", "cash", "items[0].management"),
        ("items", {}, "items"),
        ("status", "live", "status"),
        ("direct_payment.dedicated_account_confirmed", "yes", "direct_payment"),
        ("premises_agreements.0.shown", [], "premises_agreements[0].shown"),
        ("premises_agreements.0.fingerprint", "abc", "premises_agreements[0].fingerprint"),
        ("child.full_name", "x" * 501, "child.full_name"),
    ],
)
def test_a_field_of_the_wrong_type_or_value_is_named(path, value, where):
    assert refused(changed(setter(path, value))).where.startswith(where)


def test_an_unknown_field_is_refused_at_the_object_that_holds_it():
    error = refused(changed(setter("items.2.colour", "blue")))
    assert error.where == "items[2]"
    assert "'colour' was unexpected" in error.message


def test_a_missing_field_is_refused_at_the_object_that_lacks_it():
    error = refused(changed(lambda d: d["outcomes"][1].pop("target_date")))
    assert error.where == "outcomes[1]"
    assert "'target_date' is a required property" in error.message


def test_many_problems_report_the_first_and_count_the_rest():
    def break_three(document):
        document["version"] = "one"
        document["status"] = "live"
        document["items"][0]["unit"] = 5

    error = refused(changed(break_three))
    assert error.where == "items[0].unit"
    assert "(and 2 more problems)" in error.message


@pytest.mark.parametrize(
    ("format_", "where"),
    [("coplan-plan/3", "format"), ("coplan-plan/0", "format"), (["x"], "format")],
)
def test_an_unknown_format_version_is_refused(format_, where):
    error = refused(changed(setter("format", format_)))
    assert error.where == where
    assert "'coplan-plan/2' and 'coplan-plan/1'" in error.message


def test_a_file_without_a_format_is_refused():
    error = refused(changed(lambda d: d.pop("format")))
    assert error.where == "(top level)"
    assert "'format' is a required property" in error.message


# -- money, quantities and dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    "amount",
    ["-1.00", "-0.01", "12.5", "12", "£12.00", "1,250.00", "12.345", " 12.00", "1e3", "", 12, None],
)
def test_negative_or_malformed_money_is_refused_at_the_field(amount):
    assert refused(changed(setter("items.0.one_off_cost", amount))).where == "items[0].one_off_cost"


def test_an_absurd_amount_is_refused_with_the_money_message():
    error = refused(changed(setter("items.0.one_off_cost", "99999999.99")))
    assert error.where == "items[0].one_off_cost"
    assert "far more than any personal budget line" in error.message


def test_malformed_money_in_the_indicative_budget_is_refused_at_the_stream():
    error = refused(changed(setter("indicative_budget.amounts.education", "4,500")))
    assert error.where == "indicative_budget.amounts.education"


def test_an_unknown_funding_stream_is_refused():
    error = refused(changed(setter("indicative_budget.amounts.lottery", "10.00")))
    assert error.where == "indicative_budget.amounts"


@pytest.mark.parametrize("quantity", ["-1", "2.555", "10000", "two", "1e2", 3])
def test_a_malformed_quantity_is_refused(quantity):
    where = "items[2].units_per_period"
    assert refused(changed(setter("items.2.units_per_period", quantity))).where == where


@pytest.mark.parametrize("value", ["2026-02-30", "23/11/2026", "2026-11-23T09:00", "tomorrow"])
def test_a_date_that_is_not_a_date_is_refused(value):
    assert refused(changed(setter("meeting.held_on", value))).where == "meeting.held_on"


# -- identifiers and references ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "index", "where"),
    [
        ("outcomes", 1, "outcomes[1].id"),
        ("needs", 2, "needs[2].id"),
        ("items", 3, "items[3].id"),
        ("refusals", 0, None),
    ],
)
def test_a_duplicate_id_is_refused_at_the_second_row(rows, index, where):
    def duplicate(document):
        if index == 0:  # one row only: add a copy of it
            document[rows].append(copy.deepcopy(document[rows][0]))
        else:
            document[rows][index]["id"] = document[rows][0]["id"]

    error = refused(changed(duplicate))
    assert error.where == (where or f"{rows}[1].id")
    assert "used twice" in error.message


@pytest.mark.parametrize(
    ("path", "value", "where", "missing"),
    [
        ("items.0.outcome_ids", ["o1", "o9"], "items[0].outcome_ids[1]", "outcome 'o9'"),
        ("items.0.need_ids", ["n7"], "items[0].need_ids[0]", "need 'n7'"),
        ("items.0.setting_id", "s2", "items[0].setting_id", "setting 's2'"),
        (
            "premises_agreements.0.setting_id",
            "s9",
            "premises_agreements[0].setting_id",
            "setting 's9'",
        ),
    ],
)
def test_a_reference_to_something_not_in_the_plan_is_refused(path, value, where, missing):
    error = refused(changed(setter(path, value)))
    assert error.where == where
    assert f"there is no {missing}" in error.message


def test_an_outcome_listed_twice_on_one_item_is_refused():
    error = refused(changed(setter("items.0.outcome_ids", ["o1", "o1"])))
    assert error.where == "items[0].outcome_ids"


def test_an_altered_agreement_snapshot_is_refused():
    def alter(document):
        document["premises_agreements"][0]["shown"]["items"][0]["unit_cost_pence"] = 1

    error = refused(changed(alter))
    assert error.where == "premises_agreements[0].shown"
    assert "fingerprint" in error.message


def test_a_malformed_snapshot_with_a_matching_fingerprint_reads_and_shows_as_changed(pack):
    """A snapshot that hashes right but holds rubbish must not crash validation later."""

    def replace(document):
        agreement = document["premises_agreements"][0]
        agreement["shown"] = {"items": [1, "x", {"no": "id"}], "child": ["?"]}
        agreement["fingerprint"] = hashlib.sha256(canonical_bytes(agreement["shown"])).hexdigest()

    plan = parse_text(changed(replace))
    codes = {f.code for f in validate(plan, pack)}
    assert "premises.changed" in codes


# -- the file on disk --------------------------------------------------------------------------


def test_fifty_megabytes_of_text_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"format": "coplan-plan/1", "what_matters": ["')
        chunk = "lorem ipsum " * 87_382  # about 1 MB
        for _ in range(50):
            handle.write(chunk)
        handle.write('"]}')
    assert path.stat().st_size > 50_000_000
    error = refused_file(path)
    assert "too large to be a plan file" in error.message


def test_a_file_just_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "over.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    assert "too large" in refused_file(path).message


def test_a_utf8_byte_order_mark_is_tolerated(tmp_path):
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_TEXT.encode("utf-8"))
    assert dumps(read_plan(path)) == GOOD_TEXT


@pytest.mark.parametrize(
    "data",
    [
        GOOD_TEXT.replace("Amara Grace Okafor", "Amélie Okafor").encode("latin-1", "replace"),
        GOOD_TEXT.encode("utf-16"),
        b"\xff\xfe\x00\x00garbage",
        b'{"format": "coplan-plan/1", "x": "\xc3\x28"}',
    ],
    ids=["latin-1", "utf-16", "binary", "broken-sequence"],
)
def test_bytes_that_are_not_utf8_are_refused(tmp_path, data):
    path = tmp_path / "plan.json"
    path.write_bytes(data)
    assert refused_file(path).message == "the file is not UTF-8 text"


def test_a_missing_file_is_refused(tmp_path):
    assert "cannot read the file" in refused_file(tmp_path / "absent.json").message


def test_a_folder_is_refused(tmp_path):
    assert "cannot read the file" in refused_file(tmp_path).message


# -- anything at all ---------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*path, index))


ALL_PATHS = [p for p in _paths(GOOD) if p]
EXAMPLE_SHIRE = load_pack_by_id("example-shire")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), JSON_VALUES), min_size=1, max_size=3))
def test_any_mutation_gives_a_plan_or_a_plan_file_error_and_never_a_crash(mutations):
    document = copy.deepcopy(GOOD)
    for path, value in mutations:
        target = document
        try:
            for part in path[:-1]:
                target = target[part]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation replaced a parent
    try:
        plan = parse_text(json.dumps(document))
    except PlanFileError as error:
        assert error.message
        return
    # Whatever is accepted can be checked, summed and written again without surprises.
    validate(plan, EXAMPLE_SHIRE)
    summarise(plan)
    assert dumps(parse_text(dumps(plan))) == dumps(plan)


# -- invisible characters, absurd numbers, paths ----------------------------------------------


@pytest.mark.parametrize(
    ("character", "named"),
    [
        ("\ud800", "lone surrogate"),
        ("\x00", "null character"),
        ("\x1b", "escape character"),
        ("\x85", "control character (U+0085)"),
        ("\u202e", "right-to-left override (U+202E)"),
        ("\u2066", "left-to-right isolate"),
        ("\u2029", "paragraph separator"),
    ],
)
def test_an_invisible_control_or_direction_character_is_refused_at_its_place(character, named):
    error = refused(changed(setter("child.full_name", f"Amara{character} Okafor")))
    assert error.where == "child.full_name"
    assert named in error.message
    assert "at character 6" in error.message


def test_a_hostile_character_in_a_key_is_refused_at_the_object():
    error = refused(changed(setter("indicative_budget.ras_answers.\u202ex", "1")))
    assert error.where == "indicative_budget.ras_answers"
    assert "right-to-left override" in error.message


def test_direction_marks_tabs_and_newlines_are_ordinary_text():
    plan = parse_text(changed(setter("items.0.description", "محمد\u200f 2\u200e\tline\nnext")))
    assert plan.items[0].description == "محمد\u200f 2\u200e\tline\nnext"


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("version", 10**30),
        ("indicative_budget.ras_score", 10**6),
        ("indicative_budget.ras_score", 2**63),
        ("premises_agreements.0.fingerprint_version", 10**9),
        ("premises_agreements.0.shown.items.0.annual_cost_pence", 10**18),
    ],
)
def test_an_absurd_whole_number_is_refused_at_its_place(path, value):
    where = refused(changed(setter(path, value))).where
    assert where.replace("[", ".").replace("]", "") == path


@pytest.mark.parametrize("pack", ["../../etc/passwd", "/etc/passwd", "a\\b", "x.toml", "c:x"])
def test_a_policy_pack_id_that_looks_like_a_path_is_refused(pack):
    assert refused(changed(setter("policy_pack", pack))).where == "policy_pack"


def test_an_empty_policy_pack_id_means_the_default_pack():
    assert parse_text(changed(setter("policy_pack", ""))).policy_pack == ""


@pytest.mark.parametrize("amount", ["١٢٣.٠٠", "１２.００", "१२.००", "12.٠٠"])
def test_money_in_digits_other_than_0_to_9_is_refused(amount):
    assert refused(changed(setter("items.0.unit_cost", amount))).where == "items[0].unit_cost"


def test_nesting_inside_the_snapshot_is_refused_at_the_snapshot():
    text = GOOD_TEXT.replace('"annual_cost_pence": 42900', '"x": ' + "[" * 200 + "]" * 200, 1)
    error = refused(text)
    assert error.where.startswith("premises_agreements[0].shown")
    assert "nested too deeply" in error.message


def test_a_million_rows_are_refused_by_counting():
    document = copy.deepcopy(GOOD)
    document["items"] = [{}] * 1_000_000
    error = refused(json.dumps(document))
    assert error.where == "items"
    assert "1,000,000 rows" in error.message


def test_a_wrong_value_in_every_row_reports_without_gathering_every_error():
    document = copy.deepcopy(GOOD)
    document["items"] = [{"id": n} for n in range(2_000)]
    assert "(and many more problems)" in refused(json.dumps(document)).message


def test_the_published_schema_refuses_hidden_characters_for_a_councils_own_validator():
    """`coplan schema` says the same as the reader: a council's system validating against it
    refuses a direction override in a name too (the pattern is plain ASCII escapes)."""
    from jsonschema import Draft202012Validator

    from coplan.plan_file import PLAN_SCHEMA

    printed = json.dumps(PLAN_SCHEMA)
    assert printed.isascii()
    validator = Draft202012Validator(json.loads(printed))
    document = json.loads(changed(setter("child.full_name", "Amara\u202e Okafor")))
    assert [list(e.absolute_path) for e in validator.iter_errors(document)] == [
        ["child", "full_name"]
    ]
    assert not list(validator.iter_errors(json.loads(changed(lambda d: None))))


def test_the_largest_line_a_plan_file_can_hold_still_reads_back():
    """£10,000,000 a unit × 9,999.99 a week × 9,999.99 weeks is absurd (validation says so), but
    it is a file CoPlan writes: its snapshot's annual cost (about 10^17 pence) is not refused."""
    from decimal import Decimal

    from factories import MEETING_DAY, build_plan

    from coplan.domain import agreements
    from coplan.domain.model import CostBasis, Decision, SignatureMethod
    from coplan.domain.money import ABSURD_LIMIT_PENCE, Money

    plan = build_plan()
    item = plan.items[0]
    item.cost_basis = CostBasis.RECURRING
    item.unit_cost = Money(ABSURD_LIMIT_PENCE)
    item.units_per_period = item.periods_per_year = Decimal("9999.99")
    plan.premises_agreements.clear()
    agreements.record_decision(
        plan,
        item.setting_id,
        decision=Decision.AGREED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=MEETING_DAY,
        method=SignatureMethod.TYPED,
    )
    assert max(i["annual_cost_pence"] for i in plan.premises_agreements[0].shown["items"]) > 2**53
    assert parse_text(dumps(plan)) == plan
