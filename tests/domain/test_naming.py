"""File names that tell plans apart: the child's full name and date of birth, or a reference."""

from __future__ import annotations

from datetime import date

from factories import build_plan

from coplan.domain.model import Child
from coplan.domain.naming import file_name_stem, plan_reference


def test_a_file_name_says_whose_plan_and_which_version():
    plan = build_plan()
    plan.child = Child("Maya Patel", "Maya", date(2018, 3, 14))
    plan.version = 2
    assert file_name_stem(plan) == "Maya Patel born 14-03-2018 v2"


def test_two_children_called_maya_get_different_names():
    one, two = build_plan(), build_plan()
    one.child = Child("Maya Patel", "Maya", date(2018, 3, 14))
    two.child = Child("Maya Evans", "Maya", date(2017, 6, 1))
    assert file_name_stem(one) != file_name_stem(two)
    # Same name, no date of birth yet: the plan reference tells them apart.
    one.child = Child("Maya Patel", "Maya", None)
    two.child = Child("Maya Patel", "Maya", None)
    two.id = "f" * 32
    assert file_name_stem(one) != file_name_stem(two)
    assert file_name_stem(two) == f"Maya Patel ref {plan_reference(two)} v{two.version}"


def test_a_name_cannot_make_a_path_or_an_unsafe_file_name():
    plan = build_plan()
    plan.child = Child('../..\\Ma:ya <"Pa|tel"> *?', "", date(2018, 3, 14))
    stem = file_name_stem(plan)
    assert not set('/\\:<>"|?*') & set(stem)
    assert not stem.startswith(".")
    plan.child = Child("", "", None)
    assert file_name_stem(plan).startswith("Plan ref ")
