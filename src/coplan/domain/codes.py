"""Short codes for the plan's needs and outcomes: B1, C1, D1, E1…

Section J prints each need and outcome once, with its code, and every line refers to them by
code. The letter is the EHC plan section the text belongs to (B special educational needs,
C health needs, D social care needs, E outcomes), numbered in the plan's order, so "B2" reads
as "the second need in Section B" to anyone holding the whole plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import PAID_TO_SOMEONE, FundingStream, NeedSection, Plan, ProvisionItem

OUTCOME_LETTER = "E"


@dataclass(frozen=True)
class PlanCodes:
    """The code of every need and outcome of one plan, by id."""

    needs: dict[str, str]
    outcomes: dict[str, str]

    def of_needs(self, item: ProvisionItem) -> list[str]:
        """The codes of the needs a line meets, in its order (unknown ids left out)."""
        return [self.needs[i] for i in item.need_ids if i in self.needs]

    def of_outcomes(self, item: ProvisionItem) -> list[str]:
        return [self.outcomes[i] for i in item.outcome_ids if i in self.outcomes]


def plan_codes(plan: Plan) -> PlanCodes:
    """The one place the codes are made: every output (PDF, Word, screens) calls this."""
    counts: dict[str, int] = {}
    needs: dict[str, str] = {}
    for need in plan.needs:
        letter = NeedSection(need.section).value
        counts[letter] = counts.get(letter, 0) + 1
        needs.setdefault(need.id, f"{letter}{counts[letter]}")
    outcomes: dict[str, str] = {}
    for number, outcome in enumerate(plan.outcomes, 1):
        outcomes.setdefault(outcome.id, f"{OUTCOME_LETTER}{number}")
    return PlanCodes(needs=needs, outcomes=outcomes)


def needs_named_in_words(item: ProvisionItem) -> bool:
    """Whether Section J must name this line's needs and outcomes in words, not only by code.

    The SEND Regulations 2014 (reg 12(1)(j)) ask Section J for "the special educational needs
    and outcomes to be met by any direct payment": an education direct payment (or a third-party
    arrangement, in law a direct payment too) names its special educational needs and its
    outcomes in full. Other lines refer to them by code; the full words are printed once.
    """
    return item.management in PAID_TO_SOMEONE and item.funding is FundingStream.EDUCATION
