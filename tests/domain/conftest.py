import pytest
from factories import build_plan


@pytest.fixture
def plan():
    return build_plan()
