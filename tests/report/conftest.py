"""Fixtures for the Section J tests: the plans of section_j_plans.py."""

from __future__ import annotations

import pytest
from section_j_plans import changed_since_signed, typical_plan


@pytest.fixture
def plan():
    return typical_plan()


@pytest.fixture
def changed_plan():
    return changed_since_signed(typical_plan())
