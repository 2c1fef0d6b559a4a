"""Shared helpers for the benchmark modules: timing and generated plans."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from coplan.domain.model import (
    Child,
    FundingStream,
    IndicativeBudget,
    Location,
    ManagementOption,
    Meeting,
    Need,
    NeedSection,
    Outcome,
    OutcomeArea,
    Plan,
    ProvisionItem,
    Setting,
)
from coplan.domain.money import Money


def median_ms(action: Callable[[], object], *, repeat: int = 25, warmup: int = 2) -> float:
    """Median wall time of `action` in milliseconds, after warm-up runs."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def generated_plan(lines: int = 200, outcomes: int = 8, *, name: str = "Test Child") -> Plan:
    """A plan of `lines` realistic provision lines spread over outcomes, streams and options."""
    managements = list(ManagementOption)
    streams = [FundingStream.EDUCATION, FundingStream.SOCIAL_CARE, FundingStream.HEALTH]
    categories = ["top_up_support", "social_care_support", "health_support"]
    plan = Plan(
        policy_pack="example-shire",
        child=Child(name, name.split()[0], date(2015, 5, 1)),
        meeting=Meeting(held_on=date(2026, 11, 23)),
        settings=[Setting("s1", "Oakfield Primary School")],
        needs=[Need(f"n{i}", NeedSection.SEN, f"Need {i}") for i in range(1, 6)],
        outcomes=[
            Outcome(f"o{i}", f"Outcome {i} in the family's words", OutcomeArea.EDUCATION)
            for i in range(1, outcomes + 1)
        ],
        indicative=IndicativeBudget(amounts={FundingStream.EDUCATION: Money(5_000_000)}),
    )
    for number in range(1, lines + 1):
        index = number % 3
        plan.items.append(
            ProvisionItem(
                f"p{number}",
                f"Provision line {number}: support described in full, quantified and timed",
                category=categories[index],
                funding=streams[index],
                management=managements[number % len(managements)],
                unit_cost=Money(1850 + number),
                units_per_period=Decimal("2.5"),
                periods_per_year=Decimal(39),
                delivered_by="Specialist teaching assistant",
                when="Mondays and Wednesdays, 9:00 to 10:15, term time",
                location=Location.COMMUNITY,
                outcome_ids=[f"o{number % outcomes + 1}"],
                need_ids=[f"n{number % 5 + 1}"],
            )
        )
    return plan


def row(name, ms, baseline_name, baseline_ms, *, target_ms=None, target_ratio=None) -> dict:
    return {
        "name": name,
        "ms": ms,
        "baseline_name": baseline_name,
        "baseline_ms": baseline_ms,
        "target_ms": target_ms,
        "target_ratio": target_ratio,
    }
