"""Loading a policy pack: every mistake is refused with a message that names the bad key."""

from __future__ import annotations

import os
import tomllib

import pytest

from coplan.domain.policy import Eligibility
from coplan.policy import PolicyPackError, load_pack, load_pack_by_id, parse_pack
from coplan.policy.loader import MAX_PACK_BYTES, available_packs, packs_dir

EXAMPLE_PACK = packs_dir() / "example-shire.toml"


def example_data() -> dict:
    return tomllib.loads(EXAMPLE_PACK.read_text(encoding="utf-8"))


def category_index(data: dict, category_id: str) -> int:
    return next(i for i, c in enumerate(data["categories"]) if c["id"] == category_id)


def error_for(data: dict) -> str:
    with pytest.raises(PolicyPackError) as caught:
        parse_pack(data)
    return str(caught.value)


# -- the shipped packs -------------------------------------------------------------------------


def test_every_shipped_pack_loads():
    packs = available_packs()
    assert "example-shire" in packs
    for path in packs.values():
        assert load_pack(path).council


def test_example_pack_holds_the_public_tables(pack):
    assert pack.council == "Example Shire Council"
    assert pack.timescales.comment_period_days == 15
    assert pack.timescales.review_months == 12
    assert pack.timescales.first_dp_review_months == 3
    assert pack.category("centrally_commissioned").personal_budget is Eligibility.NO
    assert pack.category("specialist_equipment").conditions == ("professional_identified_need",)
    assert [b.min_points for b in pack.ras.bands] == [0, 70, 116, 131, 146, 161, 171]
    assert pack.wording.review_rights


def test_unknown_pack_id_names_the_packs_there_are():
    with pytest.raises(PolicyPackError, match=r"available: .*example-shire"):
        load_pack_by_id("nowhere-council")


def test_second_pack_loads_with_its_own_rules(strict_pack):
    assert strict_pack.council == "Strict Borough Council"
    assert strict_pack.timescales.comment_period_days == 21
    assert not strict_pack.direct_payments.young_person_may_receive
    assert strict_pack.category("specialist_equipment").direct_payment is Eligibility.NO
    assert strict_pack.category("home_to_school_transport").personal_budget is Eligibility.NO


# -- a missing key -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (("pack", "council"), "pack.council: missing"),
        (("pack", "format"), "pack.format: missing"),
        (("ras", "name"), "ras.name: missing"),
        (("wording", "refusal"), "wording.refusal: missing"),
        (("premises_conditions",), "premises_conditions: missing"),
        (("categories", 0, "direct_payment"), "categories[0].direct_payment: missing"),
        (("ras", "bands", 2, "max_points"), "ras.bands[2].max_points: missing"),
        (("ras", "questions", 1, "answers", 0, "points"), "ras.questions[1].answers[0].points"),
        (("rates", 0, "unit"), "rates[0].unit: missing"),
    ],
)
def test_a_missing_key_is_named(path, expected):
    data = example_data()
    *parents, last = path
    table = data
    for part in parents:
        table = table[part]
    del table[last]
    assert expected in error_for(data)


def test_optional_tables_take_their_defaults():
    data = example_data()
    del data["timescales"], data["direct_payments"], data["rates"]
    pack = parse_pack(data)
    assert pack.timescales.comment_period_days == 15
    assert pack.direct_payments.young_person_may_receive
    assert pack.rates == ()


# -- a value of the wrong type, anywhere -------------------------------------------------------


def _wrong_type(value):
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, int):
        return "12"
    if isinstance(value, str):
        return 12
    return "text"  # a table or a list


def _every_path(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _every_path(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _every_path(child, (*path, index))


def _dotted(path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def test_a_value_of_the_wrong_type_anywhere_is_refused_naming_its_key():
    paths = [p for p in _every_path(example_data()) if p]
    assert len(paths) > 300  # the walk really covers the pack
    for path in paths:
        data = example_data()
        table = data
        for part in path[:-1]:
            table = table[part]
        table[path[-1]] = _wrong_type(table[path[-1]])
        message = error_for(data)
        assert message.startswith(_dotted(path) + ":") or f" {_dotted(path)}" in message, (
            path,
            message,
        )


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("pack", "format"), True, "pack.format: expected a whole number"),
        (("timescales", "review_months"), "12", "timescales.review_months: expected a whole"),
        (("direct_payments", "nominee_allowed"), "no", "direct_payments.nominee_allowed: expected"),
        (("ras", "bands", 1, "amounts", "education"), 1600, "ras.bands[1].amounts.education"),
        (("categories", 0, "conditions"), "head_agrees", "categories[0].conditions: expected a"),
    ],
)
def test_wrong_types_say_what_was_expected(path, value, expected):
    data = example_data()
    table = data
    for part in path[:-1]:
        table = table[part]
    table[path[-1]] = value
    assert expected in error_for(data)


# -- unknown keys: a typo is never silently ignored ---------------------------------------------


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ((), "colour: unknown key"),
        (("pack",), "pack.colour: unknown key"),
        (("timescales",), "timescales.colour: unknown key"),
        (("ras",), "ras.colour: unknown key"),
        (("ras", "bands", 0), "ras.bands[0].colour: unknown key"),
        (("ras", "questions", 0, "answers", 1), "ras.questions[0].answers[1].colour"),
        (("categories", 3), "categories[3].colour: unknown key"),
        (("conditions", 0), "conditions[0].colour: unknown key"),
        (("wording",), "wording.colour: unknown key"),
        (("dp_agreement",), "dp_agreement.colour: unknown key"),
    ],
)
def test_an_unknown_key_is_named(where, expected):
    data = example_data()
    table = data
    for part in where:
        table = table[part]
    table["colour"] = "blue"
    assert expected in error_for(data)


# -- values that have the right type but make no sense -----------------------------------------


def test_a_bad_eligibility_value_lists_the_allowed_ones():
    data = example_data()
    data["categories"][1]["personal_budget"] = "maybe"
    assert error_for(data) == (
        "categories[1].personal_budget: expected one of yes, no, conditional, got 'maybe'"
    )


def test_overlapping_bands_are_named():
    data = example_data()
    data["ras"]["bands"][2]["min_points"] = 100  # band-1 runs to 115
    assert error_for(data) == "ras.bands: 'band-1' and 'band-2' overlap"


def test_a_band_that_ends_before_it_starts_is_refused():
    data = example_data()
    data["ras"]["bands"][1]["max_points"] = 10
    assert "ras.bands[1].max_points: is below min_points" in error_for(data)


def test_a_band_amount_for_an_unknown_funding_stream_is_refused():
    data = example_data()
    data["ras"]["bands"][1]["amounts"]["transport"] = "10.00"
    assert "ras.bands[1].amounts.transport: not a funding stream" in error_for(data)


@pytest.mark.parametrize("amount", ["-5.00", "12.345", "lots", "99999999.00"])
def test_a_bad_amount_of_money_is_named(amount):
    data = example_data()
    data["rates"][0]["amount"] = amount
    assert error_for(data).startswith("rates[0].amount: ")


def test_an_unknown_condition_reference_is_named():
    data = example_data()
    data["categories"][0]["conditions"] = ["head_agreed"]
    assert error_for(data) == (
        "categories[0].conditions[0]: no condition 'head_agreed' in [[conditions]]"
    )


def test_a_conditional_category_needs_conditions():
    data = example_data()
    del data["categories"][category_index(data, "specialist_equipment")]["conditions"]
    assert "conditions: a conditional category needs conditions" in error_for(data)


def test_an_excluded_category_must_give_its_reason():
    data = example_data()
    index = category_index(data, "centrally_commissioned")
    data["categories"][index]["reason"] = "  "
    assert error_for(data) == (
        f"categories[{index}].reason: an excluded category must give its reason"
    )


def test_an_excluded_category_cannot_be_paid_by_direct_payment():
    data = example_data()
    index = category_index(data, "school_place")
    data["categories"][index]["direct_payment"] = "yes"
    assert error_for(data).startswith(f"categories[{index}].direct_payment: must be 'no'")


@pytest.mark.parametrize("days", [0, 14])
def test_the_comment_period_cannot_be_under_the_legal_15_days(days):
    data = example_data()
    data["timescales"]["comment_period_days"] = days
    assert error_for(data).startswith("timescales.comment_period_days: ")


def test_a_negative_score_is_refused():
    data = example_data()
    data["ras"]["questions"][0]["answers"][0]["points"] = -1
    assert "ras.questions[0].answers[0].points: must be at least 0" in error_for(data)


@pytest.mark.parametrize(
    ("list_path", "expected"),
    [
        (("categories",), "categories[1].id: 'school_funded_support' is used twice"),
        (("conditions",), "conditions[1].id: 'head_agrees' is used twice"),
        (("ras", "bands"), "ras.bands[1].id: 'none' is used twice"),
    ],
)
def test_an_id_used_twice_is_named(list_path, expected):
    data = example_data()
    rows = data
    for part in list_path:
        rows = rows[part]
    rows[1]["id"] = rows[0]["id"]
    assert expected in error_for(data)


def test_a_question_without_answers_is_refused():
    data = example_data()
    data["ras"]["questions"][2]["answers"] = []
    assert "ras.questions[2].answers: a question needs answers" in error_for(data)


def test_a_pack_of_another_format_is_refused():
    data = example_data()
    data["pack"]["format"] = 2
    assert error_for(data).startswith("pack.format: ")


def test_required_wording_cannot_be_blank():
    data = example_data()
    data["wording"]["review_rights"] = ""
    assert "wording.review_rights: must not be empty" in error_for(data)


# -- the file itself ---------------------------------------------------------------------------


def _load_error(path) -> str:
    with pytest.raises(PolicyPackError) as caught:
        load_pack(path)
    return str(caught.value)


def test_errors_from_a_file_start_with_its_name(tmp_path):
    path = tmp_path / "typo-council.toml"
    path.write_text(
        EXAMPLE_PACK.read_text(encoding="utf-8").replace("[timescales]", "[timescale]"),
        encoding="utf-8",
    )
    assert _load_error(path) == "typo-council.toml: timescale: unknown key"


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes('[pack]\ncouncil = "Sørby"\n'.encode("latin-1"))
    assert _load_error(path) == "latin1.toml: is not UTF-8 text."


def test_invalid_toml_is_refused_with_the_parser_s_position(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('[pack]\ncouncil = "Unfinished\n', encoding="utf-8")
    message = _load_error(path)
    assert message.startswith("broken.toml: is not valid TOML")
    assert "line 2" in message


def test_a_huge_file_is_refused_before_it_is_parsed(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_text("# padding\n" * (MAX_PACK_BYTES // 10 + 1), encoding="utf-8")
    assert _load_error(path) == "huge.toml: the file is 1.9 MB, too large to be a policy pack."


def test_deeply_nested_toml_is_refused_not_crashed(tmp_path):
    path = tmp_path / "nested.toml"
    path.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    assert _load_error(path).startswith("nested.toml: ")


def test_a_missing_file_is_refused(tmp_path):
    assert "cannot read the file" in _load_error(tmp_path / "absent.toml")


def test_a_folder_instead_of_a_file_is_refused(tmp_path):
    assert "it is a folder, not a regular file" in _load_error(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path):
    pipe = tmp_path / "pack.toml"
    os.mkfifo(pipe)
    assert "it is a named pipe, not a regular file" in _load_error(pipe)


def test_the_school_year_and_payment_frequency_come_from_the_pack():
    from datetime import date
    from decimal import Decimal

    from coplan.domain.model import PaymentSchedule
    from coplan.policy import load_pack_by_id

    pack = load_pack_by_id("example-shire")
    assert pack.direct_payments.payment_frequency is PaymentSchedule.FOUR_WEEKLY
    assert pack.school_year.term_weeks == Decimal(39)
    assert pack.school_year.covers(date(2027, 1, 4), date(2028, 1, 3))
    assert not pack.school_year.covers(date(2028, 9, 1), date(2029, 8, 31))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["school_year"]["terms"][0].update(
                ends_on=d["school_year"]["terms"][0]["starts_on"].replace(year=2025)
            ),
            "school_year.terms[0].ends_on: is before starts_on",
        ),
        (lambda d: d["school_year"].update(term_weeks="53"), "must be more than 0 and at most 52"),
        (lambda d: d["school_year"]["terms"][1].update(starts_on="someday"), "expected a date"),
        (
            lambda d: (
                d["direct_payments"].update(payment_frequency="monthly"),
                d["timescales"].update(unspent_recovery_weeks=4),
            ),
            "unspent_recovery_weeks: must be at least 5 when payments are monthly",
        ),
        (lambda d: d["direct_payments"].update(payment_frequency="weekly"), "four_weekly"),
    ],
)
def test_a_bad_school_year_or_payment_rule_is_named(change, expected):
    data = example_data()
    change(data)
    assert expected in error_for(data)


def test_the_streams_paid_by_direct_payment_are_named_and_checked():
    data = example_data()
    assert parse_pack(data).direct_payments.streams == ("education", "health", "social_care")
    data["direct_payments"]["streams"] = ["education", "school_contribution"]
    assert error_for(data).startswith(
        "direct_payments.streams[1]: “school_contribution” is not a funding stream paid by"
    )
    data["direct_payments"]["streams"] = "education"
    assert error_for(data).startswith("direct_payments.streams: ")


# -- the direct payment agreement's terms ------------------------------------------------------
def test_the_direct_payment_agreement_terms_are_read(pack):
    terms = pack.dp_agreement
    assert (terms.returns_every_months, terms.notice_weeks) == (3, 4)
    assert terms.contact.startswith("Direct Payments Team, Example Shire Council")
    assert terms.declaration.startswith("I have read this agreement.")


def test_a_pack_without_the_agreement_terms_still_loads():
    data = example_data()
    del data["dp_agreement"]
    assert parse_pack(data).dp_agreement is None


@pytest.mark.parametrize("key", ["records", "declaration", "contact", "premises_withdrawn"])
def test_each_term_of_the_agreement_is_needed(key):
    data = example_data()
    del data["dp_agreement"][key]
    assert f"dp_agreement.{key}" in error_for(data)
    data = example_data()
    data["dp_agreement"][key] = "   "
    assert f"dp_agreement.{key}: must not be empty" in error_for(data)


def test_the_notice_and_returns_are_whole_numbers_of_at_least_one():
    data = example_data()
    data["dp_agreement"]["notice_weeks"] = 0
    assert "dp_agreement.notice_weeks: must be at least 1" in error_for(data)
    data = example_data()
    data["dp_agreement"]["returns_every_months"] = "quarterly"
    assert "dp_agreement.returns_every_months" in error_for(data)
