"""The plan: everything decided in one co-production meeting, as one aggregate.

Pure data with a few derived properties. Arithmetic lives in `budget`, the rules of the law and
of the council in `rules`, the head teacher's fingerprint in `fingerprint`. Identifiers are short
strings that are unique within one plan (outcomes "o1", items "p1", …) so that lines can refer
to each other and a plan file stays readable.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .money import Cost, Money
from .shown_words import how_often_words, month_range, price_per


class MeetingKind(StrEnum):
    NEW_PLAN = "new_plan"
    ANNUAL_REVIEW = "annual_review"
    REASSESSMENT = "reassessment"


class AttendeeRole(StrEnum):
    CHILD = "child_or_young_person"
    PARENT = "parent_or_carer"
    HEAD_TEACHER = "head_teacher_or_principal"
    SENCO = "senco"
    CASE_OFFICER = "case_officer"
    SOCIAL_CARE = "social_care"
    HEALTH = "health"
    ADVOCATE = "advocate"
    OTHER = "other"


class SettingKind(StrEnum):
    SCHOOL = "school"
    COLLEGE = "college"
    EARLY_YEARS = "early_years"
    OTHER = "other"


class NeedSection(StrEnum):
    """Where the need is described in the EHC plan."""

    SEN = "B"
    HEALTH = "C"
    SOCIAL_CARE = "D"


class OutcomeArea(StrEnum):
    EDUCATION = "education"
    HEALTH = "health"
    SOCIAL_CARE = "social_care"


class FundingStream(StrEnum):
    EDUCATION = "education"
    HEALTH = "health"
    SOCIAL_CARE = "social_care"
    SCHOOL = "school_contribution"


class ManagementOption(StrEnum):
    DIRECT_PAYMENT = "direct_payment"
    ORGANISED = "organised_arrangement"
    THIRD_PARTY = "third_party"


# Money paid to someone rather than spent by the council: to the family (a direct payment) or
# to an organisation on their behalf (a third-party arrangement, in law a direct payment too).
PAID_TO_SOMEONE = frozenset({ManagementOption.DIRECT_PAYMENT, ManagementOption.THIRD_PARTY})


class OverallOption(StrEnum):
    NONE = "none"
    DIRECT_PAYMENT = "direct_payment"
    ORGANISED = "organised_arrangement"
    THIRD_PARTY = "third_party"
    MIXED = "mixed"


class Location(StrEnum):
    SETTING_PREMISES = "setting_premises"
    HOME = "home"
    COMMUNITY = "community"


class CostBasis(StrEnum):
    RECURRING = "recurring"  # a cost every year: unit cost × how many × how often (or a block)
    ONE_OFF = "one_off"  # a price paid once (equipment): never "a year"


class Frequency(StrEnum):
    """How often a recurring line's units come round. BLOCK is a fixed number of units between
    the line's dates ("6 sessions, January to March 2027"); YEAR is a number of units a year."""

    WEEK = "week"
    FORTNIGHT = "fortnight"
    MONTH = "month"
    TERM = "term"
    YEAR = "year"
    BLOCK = "block"


class RunsIn(StrEnum):
    """Which part of the year a recurring line's support happens in (within its dates)."""

    ALL_YEAR = "all_year"
    TERM_TIME = "term_time"
    HOLIDAYS = "holidays"


# What a recurring line is priced per: the words offered, in the order people think of them.
COST_UNITS = ("hour", "session", "day", "week", "fortnight", "month", "term", "year")


class PlanStatus(StrEnum):
    """Where the plan is in its life (see docs/decisions.md, "The stages of a plan").

    In the order a plan moves through them: being written, served on the family and the settings
    consulted (with a date and a last day for comments), issued by the council as the final plan.
    A final plan is never edited: changes make a new version, which starts as a draft.
    """

    DRAFT = "draft"
    CONSULTATION = "sent_for_consultation"
    FINAL = "final"


class IndicativeSource(StrEnum):
    RAS = "ras"
    MANUAL = "manual"


class RecipientKind(StrEnum):
    """Who receives the direct payments, and on what basis (Personal Budgets Regulations 2014).

    PARENT: a child's parent, in their own right, while the child is of compulsory school age.
    YOUNG_PERSON: the young person in their own right, once over compulsory school age.
    NOMINEE: someone the parent or young person chose, who agrees to receive them.
    REPRESENTATIVE: someone acting for a young person who lacks capacity (Mental Capacity
    Act 2005) to decide about direct payments, shown by a capacity assessment.
    A parent receives a young person's payments only as nominee or representative.
    """

    PARENT = "parent"
    YOUNG_PERSON = "young_person"
    NOMINEE = "nominee"
    REPRESENTATIVE = "representative"


class PaymentSchedule(StrEnum):
    MONTHLY = "monthly"
    FOUR_WEEKLY = "four_weekly"


class Decision(StrEnum):
    AGREED = "agreed"
    AGREED_WITH_CONDITIONS = "agreed_with_conditions"
    DECLINED = "declined"


class SignatureMethod(StrEnum):
    DRAWN = "drawn"  # drawn on the laptop in the meeting
    TYPED = "typed"  # typed name and a tick, in the meeting
    PAPER = "paper"  # given on paper outside the meeting, recorded afterwards
    EMAIL = "email"  # given by email outside the meeting, recorded afterwards


class ConsulteeRole(StrEnum):
    """Who a draft is served on, or who answered the consultation."""

    FAMILY = "family"  # the child's parent or carer
    YOUNG_PERSON = "young_person"
    SETTING = "setting"  # a school, college or early-years setting consulted
    HEALTH = "health"
    SOCIAL_CARE = "social_care"
    OTHER = "other"


class ServiceMethod(StrEnum):
    """How a draft was sent."""

    EMAIL = "email"
    POST = "post"
    BY_HAND = "by_hand"
    PORTAL = "portal"  # the council's online portal


class RefusalScope(StrEnum):
    PERSONAL_BUDGET = "personal_budget"
    DIRECT_PAYMENT = "direct_payment"
    PART = "part_of_request"
    RECIPIENT = "recipient"  # a request that a particular person receive the payments


# What was not agreed, in the words a family reads: the same on screen and on paper. PART is
# one request among several (the request named beside it), not part of that request.
REFUSAL_SCOPE_WORDS = {
    RefusalScope.PERSONAL_BUDGET: "The personal budget",
    RefusalScope.DIRECT_PAYMENT: "A direct payment",
    RefusalScope.PART: "This request (part of what was asked for)",
    RefusalScope.RECIPIENT: "Who receives the direct payments",
}


class ReviewOutcome(StrEnum):
    """What a review of a refusal decided."""

    NOT_ASKED = "not_asked"  # no review asked for (yet)
    PENDING = "pending"  # asked for, not yet decided
    UPHELD = "upheld"  # the refusal stands
    OVERTURNED = "overturned"  # the request is granted after all


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass
class Child:
    full_name: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None

    @property
    def called(self) -> str:
        """The name to use when speaking to or about the child."""
        return self.preferred_name.strip() or self.full_name.strip()


@dataclass
class Attendee:
    name: str
    role: AttendeeRole
    note: str = ""


@dataclass
class OfficerContact:
    """The case officer the family and the school reply to: recorded once in the app's
    settings ("Your details"), copied into each plan so every output (and the command line) can
    print it."""

    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(v.strip() for v in (self.name, self.role, self.email, self.phone))


@dataclass
class Meeting:
    kind: MeetingKind = MeetingKind.NEW_PLAN
    held_on: date | None = None
    attendees: list[Attendee] = field(default_factory=list)


@dataclass
class Setting:
    id: str
    name: str
    kind: SettingKind = SettingKind.SCHOOL
    urn: str = ""
    head_name: str = ""
    head_role: str = "Head teacher"


@dataclass
class Need:
    id: str
    section: NeedSection
    summary: str


@dataclass
class Outcome:
    id: str
    text: str
    area: OutcomeArea = OutcomeArea.EDUCATION
    target_date: date | None = None


@dataclass
class ProvisionItem:
    id: str
    description: str
    category: str = ""  # a category id from the policy pack
    funding: FundingStream = FundingStream.EDUCATION
    management: ManagementOption = ManagementOption.ORGANISED
    cost_basis: CostBasis = CostBasis.RECURRING
    unit_cost: Money = field(default_factory=Money)
    unit: str = "hour"  # what `unit_cost` is the price of: one of COST_UNITS, or the pack's
    # How many units in each `frequency` period ("2" hours a week), and how many periods a year
    # ("39" weeks). A YEAR or BLOCK line has no periods: `periods_per_year` is not used.
    units_per_period: Decimal = Decimal(0)
    periods_per_year: Decimal = Decimal(0)
    frequency: Frequency = Frequency.WEEK
    one_off_cost: Money = field(default_factory=Money)
    # When the support happens: between these dates (None: from the start or to the end of the
    # plan year), and in term time, the holidays or all year. For a one-off, `starts_on` is
    # when it is bought.
    starts_on: date | None = None
    ends_on: date | None = None
    runs_in: RunsIn = RunsIn.ALL_YEAR
    delivered_by: str = ""
    when: str = ""  # e.g. "Tuesdays and Thursdays, 9:00 to 10:00, term time"
    location: Location = Location.HOME
    setting_id: str | None = None  # which setting's premises, when location is a setting
    outcome_ids: list[str] = field(default_factory=list)
    need_ids: list[str] = field(default_factory=list)
    # What the person delivering it needs to be on site: "dbs", "insurance", "supervision",
    # "site_access". Shown to the head teacher before they agree.
    on_site_requirements: list[str] = field(default_factory=list)
    # Evidence recorded for each condition the category's policy imposes, keyed by the
    # condition id from the pack ("professional_identified_need": "OT report, 3 March 2026").
    condition_evidence: dict[str, str] = field(default_factory=dict)
    # Where this line's provision is written in the EHC plan: its reference in Section F
    # (special educational provision), G (health) or H1/H2 (social care), e.g. "F3", "G1",
    # "H2.1". Typed in the meeting, so a reader can check every Section J line against the
    # provision it pays for.
    provision_ref: str = ""

    @property
    def is_one_off(self) -> bool:
        return self.cost_basis is CostBasis.ONE_OFF

    @property
    def units_a_year(self) -> Decimal:
        """How many units the line buys in a plan year (a block's units are its whole count)."""
        if self.frequency in (Frequency.YEAR, Frequency.BLOCK):
            return self.units_per_period
        return self.units_per_period * self.periods_per_year

    @property
    def yearly_cost(self) -> Money:
        """What a recurring line costs every year; nothing for a one-off purchase."""
        if self.is_one_off:
            return Money()
        return self.unit_cost.times(self.units_a_year)

    @property
    def once_cost(self) -> Money:
        """The price of a one-off purchase, paid once; nothing for a recurring line."""
        return self.one_off_cost if self.is_one_off else Money()

    @property
    def cost(self) -> Cost:
        return Cost(self.yearly_cost, self.once_cost)

    @property
    def on_premises(self) -> bool:
        return self.location is Location.SETTING_PREMISES

    def cost_text(self) -> str:
        """'£2,886.00 a year', or '£429.00 once' for a one-off purchase."""
        return self.cost.text()

    def how_often_text(self) -> str:
        """'1 hour a week, 39 weeks a year', '6 sessions, January to March 2027', or
        'once (a one-off purchase)': the same words on every screen and page."""
        return how_often_words(
            one_off=self.is_one_off,
            unit=self.unit,
            units=self.units_per_period,
            frequency=self.frequency.value,
            periods=self.periods_per_year,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            runs_in=self.runs_in.value,
        )

    def quantity_text(self) -> str:
        """'£22.50 an hour, 5 hours a week, 39 weeks a year' or 'one-off cost of £429.00'."""
        if self.is_one_off:
            when = month_range(self.starts_on, self.starts_on)
            bought = f", bought in {when}" if when else ""
            return f"one-off cost of {self.one_off_cost.format()}{bought}"
        return f"{price_per(self.unit_cost.format(), self.unit or 'unit')}, {self.how_often_text()}"


@dataclass
class PanelOverride:
    amounts: dict[FundingStream, Money]
    reason: str
    decided_on: date | None = None
    decided_by: str = ""


@dataclass
class IndicativeBudget:
    source: IndicativeSource = IndicativeSource.MANUAL
    # The RAS questionnaire as answered: question id → answer id.
    ras_answers: dict[str, str] = field(default_factory=dict)
    ras_score: int | None = None
    ras_band: str | None = None
    amounts: dict[FundingStream, Money] = field(default_factory=dict)
    manual_reason: str = ""  # where a manual figure came from
    override: PanelOverride | None = None

    @property
    def effective(self) -> dict[FundingStream, Money]:
        """The figure people plan with: the panel's override where there is one."""
        return dict(self.override.amounts) if self.override else dict(self.amounts)


@dataclass
class DirectPaymentArrangement:
    recipient: RecipientKind = RecipientKind.PARENT
    # The one person who receives the payments (for a nominee or representative: their name;
    # never a second name beside it, so no document can print two different people).
    recipient_name: str = ""
    nominee_relationship: str = ""  # the nominee's or representative's relationship to the child
    # A nominee: who chose them (the parent or the young person), and when the young person
    # agreed to a nominee receiving their payments (the law asks for a young person's consent).
    nominated_by: str = ""
    young_person_consented_on: date | None = None
    # A representative: the capacity assessment that found the young person lacks capacity to
    # decide about direct payments.
    capacity_assessed_on: date | None = None
    capacity_assessment_reference: str = ""
    # Health (NHS) direct payments: the care plan agreed with the integrated care board.
    health_care_plan_reference: str = ""
    health_care_plan_agreed_on: date | None = None
    integrated_care_board: str = ""
    schedule: PaymentSchedule = PaymentSchedule.MONTHLY
    # The first payment: never before the agreement is signed. The plan year of payments
    # runs from here.
    first_payment_on: date | None = None
    dedicated_account_confirmed: bool = False
    monitoring_terms: str = ""  # empty means "the policy pack's standard terms"
    # The council's satisfaction that the recipient will use the payments appropriately and
    # in the child's best interests, with no adverse impact on other children's services and
    # as an efficient use of resources (Personal Budgets Regulations 2014).
    appropriate_use_confirmed: bool = False
    best_interests_confirmed: bool = False
    no_adverse_impact_confirmed: bool = False
    efficient_use_confirmed: bool = False
    # The signed agreement is not a field here: it is a record in `Plan.dp_agreements`, tied
    # to what it covers (see `dp_agreement`). `dp_agreement.signed_on(plan, pack)` is its date.


# Whose direct payment agreement a record is: the person paid under `Plan.direct_payment`, or
# the organisation holding the money under `Plan.third_party` (in law a direct payment too).
DP_RECIPIENT_FAMILY = "direct_payment"
DP_RECIPIENT_THIRD_PARTY = "third_party"
DP_RECIPIENTS = (DP_RECIPIENT_FAMILY, DP_RECIPIENT_THIRD_PARTY)


@dataclass
class DirectPaymentAgreement:
    """The written direct payment agreement, signed by the person who receives the payments.

    Like a premises agreement it keeps the canonical document of exactly what it covered
    (`dp_agreement.shown_to_recipient`) and its SHA-256: any change to the recipient, the items
    paid for, the amounts, the payment schedule or the council's terms makes it "to be signed
    again". A record read from an older plan file that held only a date has no fingerprint
    (`fingerprint == ""`): it says when, not what, and must be recorded again before paying.
    """

    id: str
    signed_on: date
    method: SignatureMethod
    fingerprint: str = ""
    fingerprint_version: int = 1
    shown: dict = field(default_factory=dict)
    signatory_name: str = ""
    signature_svg_path: str = ""  # the drawn signature as an SVG path, when drawn
    recorded_by: str = ""  # who recorded an agreement signed on paper
    reference: str = ""  # the reference printed on the agreement (and quoted back on paper)
    recipient: str = DP_RECIPIENT_FAMILY

    @property
    def date_only(self) -> bool:
        return not self.fingerprint


@dataclass
class ThirdPartyArrangement:
    """Money paid to an organisation (a broker, a trust) instead of the family: in law still a
    direct payment, so the premises rule and the direct payment conditions apply to it."""

    organisation: str = ""
    contact: str = ""
    role: str = ""  # what they do, e.g. "holds the money and pays the tutor"
    holds: str = ""  # what money it holds, e.g. "the tutoring budget, paid four-weekly"
    reports: str = ""  # how it accounts for it, e.g. "statement to the council every quarter"
    # The council is satisfied of the same conditions as for a direct payment (used
    # appropriately, in the child's best interests, no harm to other children's services, an
    # efficient use of resources), for the money the third party holds.
    conditions_confirmed: bool = False


@dataclass
class Withdrawal:
    withdrawn_on: date
    reason: str
    told_by: str  # who told the council
    # From when the affected items stop or must be re-arranged (on or after `withdrawn_on`).
    effective_from: date | None = None

    @property
    def stops_on(self) -> date:
        return self.effective_from or self.withdrawn_on


@dataclass
class PremisesAgreement:
    """One decision by a setting's head on the direct-payment items on its premises."""

    id: str
    setting_id: str
    item_ids: list[str]
    fingerprint: str  # SHA-256 of `shown`, see `fingerprint`
    fingerprint_version: int
    decision: Decision
    # The canonical document of exactly what the head was shown (`fingerprint.shown_to_head`),
    # kept so that a later change can be explained field by field.
    shown: dict = field(default_factory=dict)
    conditions: list[str] = field(default_factory=list)  # condition ids from the pack
    other_conditions: str = ""
    reasons: str = ""  # required when declined
    signatory_name: str = ""
    signatory_role: str = ""
    # Someone signing with the head's written delegated authority: who delegated it (name and
    # role) and when the delegation was given in writing.
    delegated_by: str = ""
    delegated_on: date | None = None
    signed_on: date | None = None
    method: SignatureMethod = SignatureMethod.TYPED
    signature_svg_path: str = ""  # the drawn signature as an SVG path, when drawn
    recorded_by: str = ""
    withdrawal: Withdrawal | None = None
    # Set on the agreements an annual review carried over from the plan before: they are the
    # setting's history, and must be confirmed again before the new plan is final.
    carried_over: bool = False

    @property
    def agrees(self) -> bool:
        return self.decision in (Decision.AGREED, Decision.AGREED_WITH_CONDITIONS)


@dataclass
class RefusedRequest:
    id: str
    request: str  # what the family asked for
    scope: RefusalScope = RefusalScope.PART
    reasons: str = ""
    decided_on: date | None = None
    # Where the council will not separate money out of a block contract it must say why.
    block_contract_reason: str = ""
    requested_on: date | None = None  # when the family or young person asked
    # When the family was told, in writing, of their right to ask for the decision to be
    # reviewed (and to appeal about the plan).
    review_rights_told_on: date | None = None
    review_outcome: ReviewOutcome = ReviewOutcome.NOT_ASKED
    reviewed_on: date | None = None


@dataclass
class Consultee:
    """One person or body a draft was served on."""

    name: str
    role: ConsulteeRole = ConsulteeRole.FAMILY
    method: ServiceMethod = ServiceMethod.EMAIL
    setting_id: str | None = None  # when the consultee is one of the plan's settings


@dataclass
class Service:
    """A draft revision served for consultation: when, to whom, and the last day for comments."""

    draft_revision: int
    served_on: date
    comment_deadline: date
    served_to: list[Consultee] = field(default_factory=list)


@dataclass
class ConsultationResponse:
    """What someone consulted said about a draft (a family's comments, a school's answer)."""

    id: str
    received_on: date
    from_name: str
    role: ConsulteeRole = ConsulteeRole.FAMILY
    summary: str = ""  # what they asked for or said
    draft_revision: int = 1  # the revision they answered
    setting_id: str | None = None
    # A school's answer to being consulted on being named: agrees it can meet the needs, or not.
    setting_can_meet_needs: bool | None = None


@dataclass
class Plan:
    id: str = field(default_factory=new_id)
    version: int = 1
    previous_version_id: str | None = None
    status: PlanStatus = PlanStatus.DRAFT
    policy_pack: str = ""  # the id of the policy pack the plan was made under
    child: Child = field(default_factory=Child)
    meeting: Meeting = field(default_factory=Meeting)
    what_matters: list[str] = field(default_factory=list)
    settings: list[Setting] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    items: list[ProvisionItem] = field(default_factory=list)
    indicative: IndicativeBudget = field(default_factory=IndicativeBudget)
    # Why a funding stream's yearly cost is above its indicative figure, stream by stream: each
    # stream is separate money, so each one over needs its own reason.
    over_budget_reasons: dict[FundingStream, str] = field(default_factory=dict)
    direct_payment: DirectPaymentArrangement | None = None
    third_party: ThirdPartyArrangement | None = None
    organised_holder: str = ""  # who holds an organised arrangement: the council, the school…
    # The case officer the family and the school reply to (name, role, email, phone).
    officer: OfficerContact = field(default_factory=OfficerContact)
    premises_agreements: list[PremisesAgreement] = field(default_factory=list)
    # Each direct payment agreement signed (or recorded as signed), oldest first: the last is
    # the one in force, the earlier ones its history.
    dp_agreements: list[DirectPaymentAgreement] = field(default_factory=list)
    refusals: list[RefusedRequest] = field(default_factory=list)
    # -- the timeline (see lifecycle.py) ----------------------------------------------------
    # A new plan: the request for an EHC needs assessment starts the 20-week clock.
    assessment_requested_on: date | None = None
    final_due_on: date | None = None  # the request + the pack's final_plan_weeks
    # Each change to a draft after it was served makes a new revision, to be served again.
    draft_revision: int = 1
    served_on: date | None = None  # the current revision's service; None while not yet sent
    comment_deadline: date | None = None
    served_to: list[Consultee] = field(default_factory=list)
    served_fingerprint: str = ""  # `stages.content_fingerprint` of the draft as served
    earlier_services: list[Service] = field(default_factory=list)  # revisions served before
    responses: list[ConsultationResponse] = field(default_factory=list)
    section_i: str = ""  # the school or setting named in Section I of the final plan
    issued_on: date | None = None  # the final plan's issue date
    next_review_on: date | None = None
    # What an annual review cleared for the meeting to decide again, in plain sentences.
    to_decide_again: list[str] = field(default_factory=list)

    # -- look-ups ---------------------------------------------------------------------------
    def setting(self, setting_id: str | None) -> Setting | None:
        return next((s for s in self.settings if s.id == setting_id), None)

    def outcome(self, outcome_id: str) -> Outcome | None:
        return next((o for o in self.outcomes if o.id == outcome_id), None)

    def need(self, need_id: str) -> Need | None:
        return next((n for n in self.needs if n.id == need_id), None)

    def item(self, item_id: str) -> ProvisionItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def premises_dp_items(self, setting_id: str) -> list[ProvisionItem]:
        """Direct-payment items on one setting's premises (a third party's included: in law
        a direct payment too): what its head must agree to."""
        return [
            item
            for item in self.items
            if item.management in PAID_TO_SOMEONE
            and item.on_premises
            and item.setting_id == setting_id
        ]

    def settings_needing_agreement(self) -> list[Setting]:
        return [s for s in self.settings if self.premises_dp_items(s.id)]

    def current_agreement(self, setting_id: str) -> PremisesAgreement | None:
        """The latest decision recorded for a setting (earlier ones are its history)."""
        found = [a for a in self.premises_agreements if a.setting_id == setting_id]
        return found[-1] if found else None

    @property
    def is_final(self) -> bool:
        """A final plan is read-only: changes need a new version (annual review or amendment)."""
        return self.status is PlanStatus.FINAL

    def next_short_id(self, prefix: str) -> str:
        """A fresh id such as "p7" for a new line, unique within this plan."""
        taken = {
            *(o.id for o in self.outcomes),
            *(i.id for i in self.items),
            *(n.id for n in self.needs),
            *(s.id for s in self.settings),
            *(r.id for r in self.refusals),
            *(a.id for a in self.premises_agreements),
            *(a.id for a in self.dp_agreements),
            *(r.id for r in self.responses),
        }
        number = 1
        while f"{prefix}{number}" in taken:
            number += 1
        return f"{prefix}{number}"
