"""The caseload: search, filters, order and pages, the same on every database."""

from __future__ import annotations

from datetime import date

import pytest

from coplan.domain.model import PlanStatus


@pytest.fixture
def caseload(store, plan_factory):
    plans = [
        plan_factory("Amira Khan", "Mira", plan_id="amira", status=PlanStatus.DRAFT,
                     next_review_on=date(2027, 3, 1)),
        plan_factory("zoë smith", "", plan_id="zoe", status=PlanStatus.FINAL,
                     next_review_on=date(2026, 12, 1)),
        plan_factory("Oliver Twist", "Ollie", plan_id="oliver", status=PlanStatus.CONSULTATION),
        plan_factory("BEN 100% O_NEILL", "", plan_id="ben", status=PlanStatus.FINAL,
                     next_review_on=date(2027, 1, 15)),
        plan_factory("Chloé Martin", "Coco", plan_id="chloe", status=PlanStatus.DRAFT,
                     next_review_on=date(2026, 12, 1)),
    ]  # fmt: skip
    for plan in plans:
        store.save(plan, actor="a")
    return store


def ids(summaries):
    return [s.id for s in summaries]


def test_default_order_is_by_name_ignoring_case(caseload):
    assert ids(caseload.list_plans()) == ["amira", "ben", "chloe", "oliver", "zoe"]
    assert ids(caseload.list_plans(descending=True)) == ["zoe", "oliver", "chloe", "ben", "amira"]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("mira", ["amira"]),  # inside the full name and the preferred name
        ("OLLIE", ["oliver"]),  # the preferred name alone, any case
        ("ZOË", ["zoe"]),
        ("zoe\u0308", ["zoe"]),  # the same letter written as e + combining diaeresis
        ("chloé", ["chloe"]),
        ("  smith ", ["zoe"]),
        ("100%", ["ben"]),  # % and _ are letters here, not LIKE wildcards
        ("o_n", ["ben"]),
        ("%", ["ben"]),
        ("_", ["ben"]),
        ("i", ["amira", "ben", "chloe", "oliver", "zoe"]),
        ("nobody", []),
        ("", ["amira", "ben", "chloe", "oliver", "zoe"]),
    ],
)
def test_search_is_a_case_insensitive_substring_of_full_or_preferred_name(
    caseload, search, expected
):
    assert ids(caseload.list_plans(search=search)) == expected
    assert caseload.count_plans(search=search) == len(expected)


def test_search_does_not_match_across_the_two_names(caseload):
    assert caseload.list_plans(search="khanmira") == []
    assert caseload.list_plans(search="khan\x1fmira") == []


def test_status_filter_takes_one_status_or_several(caseload):
    assert ids(caseload.list_plans(status=PlanStatus.FINAL)) == ["ben", "zoe"]
    assert ids(caseload.list_plans(status="draft")) == ["amira", "chloe"]
    both = [PlanStatus.DRAFT, PlanStatus.CONSULTATION]
    assert ids(caseload.list_plans(status=both)) == ["amira", "chloe", "oliver"]
    assert caseload.count_plans(status=both) == 3
    with pytest.raises(ValueError):
        caseload.list_plans(status="lost")


def test_reviews_due_before_a_date(caseload):
    due = caseload.list_plans(review_due_before=date(2027, 1, 15), order_by="next_review_on")
    assert ids(due) == ["chloe", "zoe"]  # same date: by name; 15 January itself is not before
    assert caseload.count_plans(review_due_before=date(2027, 1, 16)) == 3


def test_order_by_review_date_puts_plans_without_one_last_both_ways(caseload):
    assert ids(caseload.list_plans(order_by="next_review_on")) == [
        "chloe", "zoe", "ben", "amira", "oliver"
    ]  # fmt: skip
    assert ids(caseload.list_plans(order_by="next_review_on", descending=True)) == [
        "amira", "ben", "chloe", "zoe", "oliver"
    ]  # fmt: skip


def test_order_by_status_follows_the_workflow(caseload):
    assert ids(caseload.list_plans(order_by="status")) == [
        "amira", "chloe", "oliver", "ben", "zoe"
    ]  # fmt: skip


def test_order_by_updated_at_shows_the_latest_edit_first_when_descending(caseload, plan_factory):
    caseload.save(plan_factory("Oliver Twist", plan_id="oliver"), actor="a")
    assert ids(caseload.list_plans(order_by="updated_at", descending=True))[0] == "oliver"
    assert ids(caseload.list_plans(order_by="updated_at"))[-1] == "oliver"


def test_unknown_order_is_refused(caseload):
    with pytest.raises(ValueError, match="order_by"):
        caseload.list_plans(order_by="date_of_birth")


def test_pages_never_overlap(store, plan_factory):
    # Twins: the same name, so the order must fall back on the id to be stable.
    store.save_many(
        [plan_factory("Sam Lee", plan_id=f"twin-{n:02}", items=0) for n in range(25)], actor="a"
    )
    pages = [ids(store.list_plans(limit=10, offset=offset)) for offset in (0, 10, 20)]
    assert [len(page) for page in pages] == [10, 10, 5]
    assert [plan_id for page in pages for plan_id in page] == [f"twin-{n:02}" for n in range(25)]


def test_the_bin_is_hidden_unless_asked_for(caseload):
    caseload.delete("ben", actor="a")
    assert "ben" not in ids(caseload.list_plans())
    assert caseload.count_plans() == 4
    assert ids(caseload.list_plans(include_deleted=True)) == [
        "amira", "ben", "chloe", "oliver", "zoe"
    ]  # fmt: skip
    assert ids(caseload.list_plans(only_deleted=True)) == ["ben"]
    assert caseload.count_plans(include_deleted=True) == 5
    assert caseload.count_plans(only_deleted=True, search="neill") == 1
