"""The JSON Schema that `coplan schema` prints: valid, closed, in step with the domain."""

from __future__ import annotations

import json

import pytest
from factories import example_paths
from jsonschema import Draft202012Validator

from coplan.domain import model
from coplan.domain.rules import validate
from coplan.plan_file import FORMAT, PLAN_SCHEMA, dumps, read_plan, schema
from coplan.policy import load_pack_by_id


def _objects(schema, path="$"):
    """Every object schema inside the plan schema, with where it is."""
    if isinstance(schema, dict):
        if schema.get("type") == "object" and "properties" in schema:
            yield path, schema
        for key, value in schema.items():
            yield from _objects(value, f"{path}.{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            yield from _objects(value, f"{path}[{index}]")


def test_the_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(PLAN_SCHEMA)
    assert PLAN_SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_schema_is_plain_json():
    assert json.loads(json.dumps(PLAN_SCHEMA)) == PLAN_SCHEMA


def test_the_schema_pins_the_format():
    assert PLAN_SCHEMA["properties"]["format"] == {"const": FORMAT}
    assert FORMAT == "coplan-plan/2"


# Fields added within coplan-plan/2 (a file written before them is still valid): only these.
OPTIONAL = {"officer", "provision_ref", "dp_agreements"}


def test_every_object_is_closed_and_says_every_field():
    objects = list(_objects(PLAN_SCHEMA))
    assert len(objects) >= 15  # the plan and every table inside it
    for where, table in objects:
        assert table["additionalProperties"] is False, where
        assert set(table["properties"]) - set(table["required"]) <= OPTIONAL, where
        for name in set(table["properties"]) - set(table["required"]):
            assert "Optional" in table["properties"][name]["description"], (where, name)


def test_a_plan_file_written_before_signed_agreements_is_still_read(tmp_path):
    """A "/2" file without "dp_agreements" is read; its agreement date becomes a record that
    says when it was signed but not what it covered (payments wait until it is re-recorded)."""
    from coplan.plan_file import parse_text

    path = next(p for p in example_paths() if p.stem == "ipad-communication")
    document = json.loads(path.read_text(encoding="utf-8"))
    signed_on = document["direct_payment"]["agreement_signed_on"]
    del document["dp_agreements"]
    plan = parse_text(json.dumps(document))
    assert [(a.signed_on.isoformat(), a.date_only) for a in plan.dp_agreements] == [
        (signed_on, True)
    ]


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_every_example_matches_the_schema(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    errors = list(
        Draft202012Validator(
            PLAN_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER
        ).iter_errors(document)
    )
    assert errors == []


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_every_example_validates_under_its_pack_with_nothing_stopping_its_stage(path):
    from coplan.domain.model import PlanStatus
    from coplan.domain.stages import Stage

    plan = read_plan(path)
    stage = Stage.FINAL if plan.status is PlanStatus.FINAL else Stage.DRAFT
    findings = validate(plan, load_pack_by_id(plan.policy_pack), stage=stage)
    assert [str(f) for f in findings if f.blocking] == []


def test_the_item_schema_lists_every_enum_value_of_the_domain():
    item = PLAN_SCHEMA["properties"]["items"]["items"]["properties"]
    assert item["funding"]["enum"] == [s.value for s in model.FundingStream]
    assert item["management"]["enum"] == [m.value for m in model.ManagementOption]
    assert item["location"]["enum"] == [loc.value for loc in model.Location]
    assert item["cost_basis"]["enum"] == [c.value for c in model.CostBasis]


def test_the_schema_names_every_field_the_encoder_writes():
    plan = read_plan(example_paths()[0])
    document = json.loads(dumps(plan))
    assert list(document) == list(PLAN_SCHEMA["properties"])
    item_schema = PLAN_SCHEMA["properties"]["items"]["items"]["properties"]
    assert list(document["items"][0]) == list(item_schema)


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("MONEY", ["0.00", "1250.00", "99999999.99"], ["12.5", "-1.00", "£12.00", "1,250.00"]),
        ("QUANTITY", ["0", "2.5", "39", "9999.99"], ["-1", "2.555", "1e3", ".5", "10000"]),
        ("IDENTIFIER", ["p1", "o-12_b"], ["", "p 1", "p1/2", "x" * 65]),
        ("DATE", ["2026-11-23"], ["23/11/2026", "2026-2-3", "2026-11-23T10:00"]),
    ],
)
def test_the_encodings_accept_and_refuse_what_the_documentation_says(kind, good, bad):
    validator = Draft202012Validator(
        getattr(schema, kind), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    assert [value for value in good if not validator.is_valid(value)] == []
    assert [value for value in bad if validator.is_valid(value)] == []


def test_a_file_without_the_optional_fields_reads_and_writes_back_the_same():
    from coplan.plan_file.codec import decode, encode

    document = json.loads(example_paths()[0].read_text(encoding="utf-8"))
    document.pop("officer", None)
    for item in document["items"]:
        item.pop("provision_ref", None)
    Draft202012Validator(PLAN_SCHEMA).validate(document)
    plan = decode(document)
    assert plan.officer.is_empty and all(item.provision_ref == "" for item in plan.items)
    assert encode(plan) == document


def test_the_officer_and_provision_references_travel_in_the_file():
    from coplan.plan_file.codec import decode, encode

    for path in example_paths():
        document = json.loads(path.read_text(encoding="utf-8"))
        plan = decode(document)
        assert plan.officer.email == "sam.patel@example-shire.gov.uk"
        assert all(item.provision_ref for item in plan.items)
        assert encode(plan) == document
