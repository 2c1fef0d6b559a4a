from coplan.domain.codes import plan_codes
from coplan.domain.model import (
    Need,
    NeedSection,
    OfficerContact,
    Outcome,
    Plan,
    PlanStatus,
    ProvisionItem,
)
from coplan.domain.officer import fill_officer, looks_like_email, officer_lines


def _plan() -> Plan:
    return Plan(
        needs=[
            Need("n1", NeedSection.SEN, "Reading"),
            Need("n2", NeedSection.SOCIAL_CARE, "Friendships outside school"),
            Need("n3", NeedSection.SEN, "Writing"),
            Need("n4", NeedSection.HEALTH, "Anxiety"),
        ],
        outcomes=[Outcome("o1", "Read a chapter book"), Outcome("o2", "Join a club")],
        items=[
            ProvisionItem("p1", "Tutor", need_ids=["n3", "n1", "gone"], outcome_ids=["o2"]),
        ],
    )


def test_needs_are_coded_by_their_plan_section_and_outcomes_by_e():
    codes = plan_codes(_plan())
    assert codes.needs == {"n1": "B1", "n2": "D1", "n3": "B2", "n4": "C1"}
    assert codes.outcomes == {"o1": "E1", "o2": "E2"}
    item = _plan().items[0]
    assert codes.of_needs(item) == ["B2", "B1"]  # the line's order; an unknown id left out
    assert codes.of_outcomes(item) == ["E2"]


def test_fill_officer_fills_only_a_plan_without_one_and_never_a_final_plan():
    mine = OfficerContact("  Sam  Patel ", "SEND case officer", "sam@example.org", "01632 960 123")
    plan = Plan()
    assert fill_officer(plan, mine)
    assert plan.officer == OfficerContact(
        "Sam Patel", "SEND case officer", "sam@example.org", "01632 960 123"
    )
    assert not fill_officer(plan, OfficerContact("Someone Else"))  # already has one
    assert plan.officer.name == "Sam Patel"
    assert not fill_officer(Plan(), OfficerContact())  # nothing to fill with
    final = Plan(status=PlanStatus.FINAL)
    assert not fill_officer(final, mine) and final.officer.is_empty


def test_officer_lines_say_only_what_is_recorded():
    assert officer_lines(OfficerContact()) == []
    assert officer_lines(OfficerContact("Sam Patel", "", "", "01632 960 123")) == [
        "Sam Patel",
        "Phone: 01632 960 123",
    ]
    assert officer_lines(OfficerContact("", "SEND team", "send@example.org")) == [
        "SEND team",
        "Email: send@example.org",
    ]


def test_looks_like_email():
    assert looks_like_email("sam.patel@example-shire.gov.uk")
    for bad in ("sam", "sam@", "@example.org", "sam@example", "sam patel@example.org", "a@b@c.d"):
        assert not looks_like_email(bad), bad
