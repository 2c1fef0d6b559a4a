"""A council's local rules, as data the domain reads (loaded by `coplan.policy`).

Nothing specific to one council lives in code: bands, categories, rates, timescales and wording
all come from a policy pack. The domain only knows what shape a pack has.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .model import FundingStream, PaymentSchedule
from .money import Money


class Eligibility(StrEnum):
    YES = "yes"
    NO = "no"
    CONDITIONAL = "conditional"


@dataclass(frozen=True)
class Condition:
    """Something that must be recorded before a conditional category may be in a budget."""

    id: str
    label: str  # "A professional identified the need"
    prompt: str  # what the officer records as evidence
    # The head teacher's signed premises agreement for the item records it (the head agreeing
    # to release the school's own funding): not asked again as typed evidence.
    met_by_premises_agreement: bool = False


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    personal_budget: Eligibility
    direct_payment: Eligibility
    conditions: tuple[str, ...] = ()
    reason: str = ""  # shown where the category is excluded or conditional
    examples: str = ""


@dataclass(frozen=True)
class RasAnswer:
    id: str
    text: str
    points: int


@dataclass(frozen=True)
class RasQuestion:
    id: str
    text: str
    answers: tuple[RasAnswer, ...]

    def answer(self, answer_id: str) -> RasAnswer | None:
        return next((a for a in self.answers if a.id == answer_id), None)


@dataclass(frozen=True)
class RasBand:
    id: str
    label: str
    min_points: int
    max_points: int
    amounts: dict[FundingStream, Money]


@dataclass(frozen=True)
class Ras:
    name: str
    questions: tuple[RasQuestion, ...]
    bands: tuple[RasBand, ...]


@dataclass(frozen=True)
class Rate:
    id: str
    label: str
    amount: Money
    unit: str


@dataclass(frozen=True)
class Timescales:
    comment_period_days: int = 15
    review_months: int = 12
    first_dp_review_months: int = 3
    final_plan_weeks: int = 20
    unspent_recovery_weeks: int = 6
    # How long a head teacher, principal or early years provider is given to answer a request
    # for premises agreement, in working days (`dates.premises_reply_by`).
    premises_reply_working_days: int = 10


@dataclass(frozen=True)
class DirectPaymentRules:
    # A young person may receive direct payments themselves once over compulsory school age.
    young_person_may_receive: bool = True
    nominee_allowed: bool = True
    # The funding streams the council (and, for health, its integrated care board) pays by
    # direct payment; a request for another stream's direct payment is refused in writing.
    streams: tuple[str, ...] = ("education", "health", "social_care")
    # How often the council pays, in advance: each payment covers the support due until the next.
    payment_frequency: PaymentSchedule = PaymentSchedule.FOUR_WEEKLY


@dataclass(frozen=True)
class Term:
    name: str  # "Autumn term 2026"
    starts_on: date
    ends_on: date  # the last day of the term, inclusive


@dataclass(frozen=True)
class SchoolYear:
    """The council's school calendar: how many weeks and terms a school year has (the defaults
    offered for term-time support) and the dated terms a payment schedule follows."""

    term_weeks: Decimal = Decimal(39)
    terms_per_year: int = 3
    terms: tuple[Term, ...] = ()

    def covers(self, first: date, last: date) -> bool:
        """Whether the dated terms reach from `first` to `last` (so term time can be placed)."""
        return (
            bool(self.terms)
            and min(t.starts_on for t in self.terms) <= first
            and (max(t.ends_on for t in self.terms) >= last)
        )


@dataclass(frozen=True)
class Wording:
    refusal: str = ""
    review_rights: str = ""
    monitoring_terms: str = ""
    unspent_money: str = ""
    how_to_respond: str = ""
    direct_payment: str = ""
    organised_arrangement: str = ""
    third_party: str = ""
    indicative_budget: str = ""


@dataclass(frozen=True)
class DpAgreementTerms:
    """The council's terms printed in the direct payment agreement (`[dp_agreement]`): what the
    person receiving the payments agrees to, in the council's own words. Amounts, dates, the
    schedule, the dedicated account, the records and returns (`Wording.monitoring_terms`), the
    money left unspent (`Wording.unspent_money`) and the right to a review
    (`Wording.review_rights`) come from the plan and the rest of the pack."""

    # How often a return of what was spent is sent to the council, in months.
    returns_every_months: int = 3
    # The weeks of written notice before payments are reduced, suspended or stopped (except
    # where `stop_at_once` applies).
    notice_weeks: int = 4
    records: str = ""  # what records to keep and for how long
    flexibility: str = ""  # what the family may change without asking, and what needs agreement
    reduce_suspend_stop: str = ""  # when payments may be reduced, suspended or stopped
    stop_at_once: str = ""  # when they may be suspended at once, without notice
    premises_withdrawn: str = ""  # what happens to an item on a setting's premises if it withdraws
    ending: str = ""  # ending the agreement (by the family), and what happens to money left
    declaration: str = ""  # what the person signing confirms
    contact: str = ""  # whom to contact about the direct payments: team, telephone, email


@dataclass(frozen=True)
class PolicyPack:
    id: str
    council: str
    version: str
    ras: Ras
    categories: tuple[Category, ...]
    conditions: tuple[Condition, ...]
    premises_conditions: tuple[Condition, ...]
    rates: tuple[Rate, ...] = ()
    timescales: Timescales = field(default_factory=Timescales)
    direct_payments: DirectPaymentRules = field(default_factory=DirectPaymentRules)
    wording: Wording = field(default_factory=Wording)
    # The direct payment agreement's terms; None in a pack without them (no agreement can be
    # printed until the council adds them).
    dp_agreement: DpAgreementTerms | None = None
    name_setting_in_premises_agreements: bool = True
    over_budget_tolerance: Money = field(default_factory=Money)
    school_year: SchoolYear = field(default_factory=SchoolYear)
    # Minutes without a key press or a mouse movement before CoPlan locks itself (PIN or
    # passphrase to continue); the council's information-security policy sets it.
    idle_lock_minutes: int = 10

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def condition(self, condition_id: str) -> Condition | None:
        return next((c for c in self.conditions if c.id == condition_id), None)

    def premises_condition(self, condition_id: str) -> Condition | None:
        return next((c for c in self.premises_conditions if c.id == condition_id), None)

    def band(self, band_id: str | None) -> RasBand | None:
        return next((b for b in self.ras.bands if b.id == band_id), None)


def eligibility_text(pack: PolicyPack, category: Category) -> str:
    """What the council's policy says about a kind of provision, in one or two plain sentences:
    'Can be part of a personal budget, including as a direct payment.' plus conditions and
    the pack's reason."""
    pb, dp = category.personal_budget, category.direct_payment
    if pb is Eligibility.NO:
        sentence = "Cannot be part of a personal budget."
    else:
        start = "Can be part of a personal budget" + (
            " only on conditions" if pb is Eligibility.CONDITIONAL else ""
        )
        ending = {
            Eligibility.YES: ", including as a direct payment.",
            Eligibility.NO: ", but not as a direct payment.",
            Eligibility.CONDITIONAL: "; as a direct payment only on conditions.",
        }[dp]
        if pb is Eligibility.CONDITIONAL and dp is Eligibility.CONDITIONAL:
            ending = ", including as a direct payment."
        sentence = start + ending
    labels = [
        condition.label if (condition := pack.condition(cid)) else cid
        for cid in category.conditions
    ]
    if labels and pb is not Eligibility.NO:
        sentence += " Conditions: " + "; ".join(labels) + "."
    if category.reason:
        sentence += f" {category.reason}"
    return sentence
