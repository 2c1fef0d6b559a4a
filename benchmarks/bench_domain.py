"""Validate + totals of a 200-line plan (target ≤ 5 ms)."""

from __future__ import annotations

from common import generated_plan, median_ms, row

from coplan.domain.budget import summarise
from coplan.domain.rules import validate
from coplan.policy import load_pack_by_id


def measure() -> list[dict]:
    pack = load_pack_by_id("example-shire")
    plan = generated_plan(200)
    validate_and_total = median_ms(lambda: (validate(plan, pack), summarise(plan)))
    # Baseline: one pass that only reads every line's cost (the least any validation must do).
    baseline = median_ms(lambda: sum(item.annual_cost.pence for item in plan.items))
    return [
        row(
            "validate + totals, 200-line plan",
            validate_and_total,
            "sum of line costs",
            baseline,
            target_ms=5.0,
        ),
    ]


if __name__ == "__main__":
    from run import print_table

    print_table(measure())
