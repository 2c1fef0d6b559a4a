"""Validation: every rule of the law and of the council's policy pack, in one place.

Each rule is declared once below (`rule(code, stage, field, message, why)`): the stage it stops
(the draft, the final plan, or direct payments starting; None for advice), the field it
concerns as a stable path (see docs/plan-format.md, "Finding fields") so that the wizard can
jump to it, and its message in plain English for the people at the table. The table of rules in
docs/decisions.md is generated from `RULES`.

`validate(plan, pack, stage=...)` returns every finding; those that stop `stage` are BLOCKING,
the rest (advice, and what only stops a later stage) are WARNINGs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from . import dp_agreement
from . import ras as ras_scoring
from .budget import STREAM_WORDS, summarise
from .dates import age_on, comment_deadline, format_long, over_compulsory_school_age
from .fingerprint import AgreementState, agreement_status, condition_met_by_agreement
from .model import (
    PAID_TO_SOMEONE,
    ConsulteeRole,
    Frequency,
    FundingStream,
    IndicativeSource,
    ManagementOption,
    NeedSection,
    OutcomeArea,
    Plan,
    PlanStatus,
    ProvisionItem,
    RecipientKind,
    RefusalScope,
    ReviewOutcome,
    RunsIn,
)
from .money import Money
from .naming import setting_name_pattern
from .policy import Eligibility, PolicyPack
from .schedule import plan_year_end
from .shown_words import article, plain_number
from .stages import Stage, changed_since_served

MAX_HOURS_A_WEEK = Decimal(168)
MAX_UNITS = Decimal(9999)  # how many units a period: the plan file holds at most four digits
URN = re.compile(r"\d{6}")  # a school's or college's unique reference number
MAX_WEEKS_A_YEAR = Decimal("52.29")  # a leap year: 52 weeks and 2 days


class Severity(StrEnum):
    """Whether a finding stops the stage `validate` was asked about (BLOCKING) or not (WARNING)."""

    BLOCKING = "blocking"
    WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    """One rule, declared once: its code, the stage it stops, the field and the message.

    `field` and `message` are templates filled with the values the check passes (`{item}` an
    item's id, `{label}` its description…). `stops` is None for advice that stops nothing.
    docs/decisions.md's table of rules is generated from `RULES` (scripts/rules-table).
    """

    code: str
    stops: Stage | None
    field: str
    message: str
    why: str = ""  # why the rule sits at this stage, for the decisions table

    def finding(self, checked_for: Stage, **values: object) -> Finding:
        return Finding(
            field=self.field.format(**values),
            code=self.code,
            message=self.message.format(**values),
            stage=self.stops,
            checked_for=checked_for,
        )


RULES: dict[str, Rule] = {}


def rule(code: str, stops: Stage | None, field: str, message: str, why: str = "") -> Rule:
    """Declare a rule (once: a second rule with the same code is a programming error)."""
    if code in RULES:
        raise ValueError(f"the rule {code} is declared twice")
    RULES[code] = declared = Rule(code, stops, field, message, why)
    return declared


@dataclass(frozen=True)
class Finding:
    field: str  # e.g. "items[p3].outcome_ids"
    code: str  # stable machine-readable identifier, e.g. "item.no_outcome"
    message: str
    stage: Stage | None = Stage.DRAFT  # what it stops: the draft, the final plan, payments
    checked_for: Stage = Stage.FINAL  # the stage `validate` was asked about

    @property
    def blocking(self) -> bool:
        """Whether it stops the stage the plan was checked for."""
        return self.stops(self.checked_for)

    def stops(self, stage: Stage) -> bool:
        return self.stage is not None and stage.covers(self.stage)

    @property
    def severity(self) -> Severity:
        return Severity.BLOCKING if self.blocking else Severity.WARNING

    def __str__(self) -> str:
        marker = "BLOCKS" if self.blocking else "warning"
        return f"[{marker}] {self.field}: {self.message}"


def blocking(findings: list[Finding], stage: Stage | None = None) -> list[Finding]:
    """The findings that stop `stage` (by default, the stage they were checked for)."""
    if stage is None:
        return [f for f in findings if f.blocking]
    return [f for f in findings if f.stops(stage)]


class _Findings(list):
    def __init__(self, checked_for: Stage) -> None:
        super().__init__()
        self.checked_for = checked_for

    def add(self, declared: Rule, **values: object) -> None:
        self.append(declared.finding(self.checked_for, **values))


D, F, P = Stage.DRAFT, Stage.FINAL, Stage.PAYMENTS
WRONG = "the draft would be wrong as a document"
SETTLED = "consultation can still settle it: the draft shows it as still to settle"

# -- the rules, by what they concern ---------------------------------------------------------
CHILD_NO_NAME = rule(
    "child.no_name", D, "child.full_name", "Enter the child or young person's name.", WRONG
)
CHILD_BORN_AFTER_MEETING = rule(
    "child.born_after_meeting",
    D,
    "child.date_of_birth",
    "The date of birth is after the meeting: check the year (for example 1998, not 98).",
    WRONG,
)
CHILD_NO_DATE_OF_BIRTH = rule(
    "child.no_date_of_birth",
    None,
    "child.date_of_birth",
    "Enter the date of birth: it decides whether the young person can hold a direct "
    "payment themselves.",
)
MEETING_NO_DATE = rule("meeting.no_date", None, "meeting.held_on", "Enter the date of the meeting.")
SETTING_NO_NAME = rule("setting.no_name", D, "settings[{setting}].name", "Name the setting.", WRONG)
SETTING_BAD_URN = rule(
    "setting.bad_urn",
    None,
    "settings[{setting}].urn",
    "A unique reference number (URN) has six digits; “{urn}” does not.",
)
SETTING_DUPLICATE_ID = rule(
    "setting.duplicate_id", D, "settings", "Two settings share one identifier.", WRONG
)
OUTCOME_NO_TEXT = rule(
    "outcome.no_text",
    D,
    "outcomes[{outcome}].text",
    "Write the outcome in the family's words.",
    WRONG,
)
OUTCOME_NOT_MEASURABLE = rule(
    "outcome.not_measurable",
    None,
    "outcomes[{outcome}].text",
    "Say how everyone will know this has been achieved: how often, how many or how "
    "well (for example “three times a week” or “without an adult prompting”).",
)
OUTCOME_NOT_TIME_BOUND = rule(
    "outcome.not_time_bound",
    None,
    "outcomes[{outcome}].target_date",
    "Add a target date so that everyone knows when to look at progress.",
)
OUTCOME_UNSERVED = rule(
    "outcome.unserved",
    None,
    "outcomes[{outcome}]",
    "No provision serves the outcome “{text}”.",
)
ITEM_NO_DESCRIPTION = rule(
    "item.no_description",
    D,
    "items[{item}].description",
    "Describe what will be provided.",
    "provision must be specific (section F)",
)
ITEM_NO_OUTCOME = rule(
    "item.no_outcome",
    D,
    "items[{item}].outcome_ids",
    "{label} does not serve any outcome. Pick at least one outcome it helps to achieve.",
    "a line that serves no outcome is a defect in Section J",
)
ITEM_UNKNOWN_OUTCOME = rule(
    "item.unknown_outcome",
    D,
    "items[{item}].outcome_ids",
    "{label} refers to an outcome ({outcome}) that is not in the plan.",
    WRONG,
)
ITEM_UNKNOWN_NEED = rule(
    "item.unknown_need",
    D,
    "items[{item}].need_ids",
    "{label} refers to a need ({need}) that is not in the plan.",
    WRONG,
)
ITEM_NO_PROVIDER = rule(
    "item.no_provider",
    None,
    "items[{item}].delivered_by",
    "Say who will deliver {label}: provision must be specific.",
)
ITEM_NO_PROVISION_REF = rule(
    "item.no_provision_ref",
    F,
    "items[{item}].provision_ref",
    "Give {label} the reference of its provision in Section F, G or H1/H2 of the plan "
    "(for example F3), so every Section J line can be checked against the provision it pays "
    "for.",
    "the final plan's Section J must be traceable to the provision in Sections F, G and H; the "
    "references are settled as the plan is written",
)
ITEM_NO_SETTING = rule(
    "item.no_setting",
    D,
    "items[{item}].setting_id",
    "{label} happens on a setting's premises: choose which setting.",
    WRONG,
)
ITEM_UNKNOWN_SETTING = rule(
    "item.unknown_setting",
    D,
    "items[{item}].setting_id",
    "{label} refers to a setting ({setting}) that is not in the plan.",
    WRONG,
)
ITEM_DP_NO_NEEDS = rule(
    "item.dp_no_needs",
    D,
    "items[{item}].need_ids",
    "{label} is paid by direct payment: Section J must say which special educational "
    "needs it meets. Pick at least one need.",
    "the law requires Section J to name the needs and outcomes each direct payment meets",
)
ITEM_DP_NO_SEN_NEED = rule(
    "item.dp_no_sen_need",
    D,
    "items[{item}].need_ids",
    "{label} is an education direct payment: Section J must name the special educational "
    "needs (section B) it meets, not only {sections} needs. Pick at least one from section B.",
    "the law requires Section J to name the special educational needs each education direct "
    "payment meets",
)
ITEM_NO_COST = rule(
    "item.no_cost", D, "items[{item}].one_off_cost", "Enter the cost of {label}.", WRONG
)
ITEM_TOO_MANY_UNITS = rule(
    "item.too_many_units",
    D,
    "items[{item}].units_per_period",
    "{label}: {units} {per} is more than there are in a {period}.",
    WRONG,
)
ITEM_TOO_MANY_WEEKS = rule(
    "item.too_many_weeks",
    D,
    "items[{item}].periods_per_year",
    "{label}: a year has at most {limit} {period}s.",
    WRONG,
)
ITEM_NOT_QUANTIFIED = rule(
    "item.not_quantified",
    D,
    "items[{item}].unit_cost",
    "Quantify {label}: the cost per {unit}, how many, and {how}.",
    "provision must be quantified (section F)",
)
ITEM_ENDS_BEFORE_START = rule(
    "item.ends_before_start",
    D,
    "items[{item}].ends_on",
    "{label} ends before it starts: check the dates.",
    WRONG,
)
ITEM_BLOCK_NO_DATES = rule(
    "item.block_no_dates",
    D,
    "items[{item}].starts_on",
    "{label} is a block of sessions: say when it starts and ends.",
    "provision must say when it happens (section F); a block is its dates",
)
ITEM_NO_CATEGORY = rule(
    "item.no_category",
    D,
    "items[{item}].category",
    "Choose what kind of provision {label} is.",
    "without it the draft cannot say whether the line may be in the budget",
)
ITEM_UNKNOWN_CATEGORY = rule(
    "item.unknown_category",
    D,
    "items[{item}].category",
    "{label}: {council}'s policy has no category “{category}”.",
    WRONG,
)
ITEM_CATEGORY_EXCLUDED = rule(
    "item.category_excluded",
    D,
    "items[{item}].category",
    "{category} cannot be part of a personal budget.{reason}",
    "an excluded category inside the personal budget makes the document wrong",
)
ITEM_CATEGORY_NO_DIRECT_PAYMENT = rule(
    "item.category_no_direct_payment",
    D,
    "items[{item}].management",
    "{category} cannot be paid by direct payment.{reason}",
    "a direct payment the council's policy excludes makes the document wrong",
)
ITEM_CONDITION_NOT_RECORDED = rule(
    "item.condition_not_recorded",
    F,
    "items[{item}].condition_evidence.{condition}",
    "{label} ({category}) needs this recorded first: {condition_text}.{prompt}",
    "evidence for a conditional category can come during consultation",
)
ITEM_NAMES_SETTING = rule(
    "item.names_setting",
    None,
    "items[{item}].{attribute}",
    "{label} names “{name}”. A draft plan must not name the school or college, so the draft "
    "prints “the school” (or “the college”) instead; consider rewording it.",
)
INDICATIVE_RAS_INCOMPLETE = rule(
    "indicative.ras_incomplete",
    None,
    "indicative.ras_answers",
    "Not every question of the resource allocation system has been answered.",
)
INDICATIVE_RAS_MISMATCH = rule(
    "indicative.ras_mismatch",
    None,
    "indicative.ras_score",
    "The recorded score ({recorded}) does not match the answers ({score} points) under "
    "{council}'s current scoring.",
)
INDICATIVE_MANUAL_NO_REASON = rule(
    "indicative.manual_no_reason",
    F,
    "indicative.manual_reason",
    "Say where the indicative figure comes from (for example a banding decision).",
    "a record for the final plan; the draft can go out with the figure",
)
INDICATIVE_OVERRIDE_NO_REASON = rule(
    "indicative.override_no_reason",
    F,
    "indicative.override.reason",
    "A panel override of the indicative budget needs its reason recorded.",
    "a record for the final plan; the draft can go out with the figure",
)
INDICATIVE_MISSING = rule(
    "indicative.missing",
    None,
    "indicative.amounts",
    "No indicative budget is recorded: families cannot plan without knowing it.",
)
BUDGET_OVER_WITHOUT_REASON = rule(
    "budget.over_without_reason",
    F,
    "over_budget_reasons.{stream}",
    "The {name} support costs {planned} a year, {excess} more than the {name} indicative "
    "budget of {indicative} a year. Record why the extra {name} money is needed.",
    "over-budget reasons are recorded before the plan is final; each stream is separate money",
)
INDICATIVE_UNKNOWN_BAND = rule(
    "indicative.unknown_band",
    D,
    "indicative.ras_band",
    "{council}'s policy has no band “{band}”: work the indicative budget out again.",
    "the draft would show a figure from a band the council does not have",
)
INDICATIVE_BAND_MISMATCH = rule(
    "indicative.band_mismatch",
    D,
    "indicative.amounts",
    "The amounts recorded for {band} ({recorded}) are not {council}'s amounts for that band "
    "({expected}). Use the band's current amounts, or record a panel override with its reason.",
    "the draft would tell the family a figure the band does not give",
)
DP_NO_FIRST_PAYMENT_DATE = rule(
    "dp.no_first_payment_date",
    P,
    "direct_payment.first_payment_on",
    "Set the date of the first payment: the payment schedule starts from it.",
    "the payment schedule is set before paying; a draft can go out without it",
)
DP_PAID_BEFORE_AGREEMENT = rule(
    "dp.paid_before_agreement",
    P,
    "direct_payment.first_payment_on",
    "The first payment ({first}) cannot be before the direct payment agreement is signed "
    "({signed}).",
    "no payment before the written agreement is signed",
)
SCHEDULE_NO_TERM_DATES = rule(
    "schedule.no_term_dates",
    None,
    "items[{item}].runs_in",
    "{council}'s policy has no term dates for the whole year from {first}: payments for "
    "term-time or holiday support are spread evenly over the year.",
)
SCHEDULE_OUTSIDE_YEAR = rule(
    "schedule.outside_year",
    None,
    "items[{item}].starts_on",
    "{label} happens outside the year of payments ({first} to {last}): check its dates or the "
    "first payment date.",
)
DP_NO_ARRANGEMENT = rule(
    "dp.no_arrangement",
    F,
    "direct_payment",
    "Some items are paid by direct payment: record who receives the payments and how.",
    "who receives the payments can be settled during consultation",
)
DP_NO_RECIPIENT = rule(
    "dp.no_recipient",
    F,
    "direct_payment.recipient_name",
    "Name the person who will receive the direct payments.",
    "recipient checks stop the final plan, not the draft",
)
DP_RECIPIENT_NOT_ELIGIBLE = rule(
    "dp.recipient_not_eligible",
    F,
    "direct_payment.recipient",
    "{reason}",
    "a young person under or at compulsory school age, or a recipient the council does not "
    "pay; recipient checks stop the final plan, not the draft",
)
DP_NEEDS_DATE_OF_BIRTH = rule(
    "dp.needs_date_of_birth",
    F,
    "child.date_of_birth",
    "Enter the date of birth: whether {who} can receive the direct payments depends on whether "
    "the young person is over compulsory school age.",
    "asks for the missing date rather than refusing by age; recipient checks stop the final "
    "plan, not the draft",
)
DP_NO_NOMINATED_BY = rule(
    "dp.no_nominated_by",
    F,
    "direct_payment.nominated_by",
    "Say who chose the nominee (the parent, or the young person).",
    "a nominee receives only because the parent or young person chose them",
)
DP_NO_CONSENT = rule(
    "dp.no_consent",
    F,
    "direct_payment.young_person_consented_on",
    "Record when the young person agreed to {name} receiving their direct payments: a young "
    "person's payments go to someone else only with their consent.",
    "the young person's consent is settled before the plan is final",
)
DP_NO_CAPACITY_ASSESSMENT = rule(
    "dp.no_capacity_assessment",
    F,
    "direct_payment.capacity_assessed_on",
    "A representative receives a young person's payments only where the young person lacks "
    "capacity to decide about them: record the capacity assessment's date and reference.",
    "acting for a young person without their consent needs the assessment on record",
)
DP_REPRESENTATIVE_FOR_CHILD = rule(
    "dp.representative_for_child",
    F,
    "direct_payment.recipient",
    "A representative acts for a young person over compulsory school age who lacks capacity; "
    "for a child of compulsory school age the parent (or their nominee) receives the payments.",
    "recipient checks stop the final plan, not the draft",
)
DP_HEALTH_NO_CARE_PLAN = rule(
    "dp.health_no_care_plan",
    P,
    "direct_payment.health_care_plan_reference",
    "{items} paid by an NHS direct payment: record the care plan agreed with the integrated "
    "care board (its reference, the date agreed and the board).",
    "the NHS Direct Payments Regulations 2013 pay only against an agreed care plan: a "
    "condition for paying, which the plan can state before the care plan is signed",
)
ITEM_STREAM_NO_DIRECT_PAYMENT = rule(
    "item.stream_no_direct_payment",
    F,
    "items[{item}].management",
    "{label} is {stream} money, which {council} does not pay by direct payment.{refuse}",
    "the council's policy; a request it refuses is recorded in writing before the plan is final",
)
THIRD_PARTY_CONDITIONS_NOT_CONFIRMED = rule(
    "third_party.conditions_not_confirmed",
    F,
    "third_party.conditions_confirmed",
    "Money held by a third party is a direct payment in law: before it is agreed the council "
    "must be satisfied that it will be used appropriately and in the child's best interests, "
    "without harming other children's services, and is an efficient use of resources.",
    "the direct payment conditions apply to a third party too; a final plan states them",
)
ITEM_EDUCATION_CHARGED_TO_HEALTH = rule(
    "item.education_charged_to_health",
    None,
    "items[{item}].funding",
    "{label} is charged to health but serves an education outcome: therapy that educates or "
    "trains a child is special educational provision in law (section F), which the council "
    "must secure whoever pays for it.",
)
ITEM_CARE_CHARGED_TO_EDUCATION = rule(
    "item.care_charged_to_education",
    None,
    "items[{item}].funding",
    "{label} is charged to education but serves only social care outcomes: check its "
    "funding stream (social care provision is in section H).",
)
THIRD_PARTY_NO_TERMS = rule(
    "third_party.no_terms",
    P,
    "third_party.{attribute}",
    "A third party holds money for the family: record {what}.",
    "a third-party arrangement is a direct payment in law: what it holds and how it accounts "
    "for it are conditions for paying it",
)
DP_CONDITION_NOT_CONFIRMED = rule(
    "dp.condition_not_confirmed",
    F,
    "direct_payment.{attribute}",
    "Before direct payments are agreed the council must be satisfied that {condition}.",
    "the direct payment conditions are for paying, not drafting; a final plan states them",
)
DP_NO_DEDICATED_ACCOUNT = rule(
    "dp.no_dedicated_account",
    P,
    "direct_payment.dedicated_account_confirmed",
    "Confirm that a dedicated bank account will hold the direct payments.",
    "a term of the direct payment agreement, needed before paying",
)
DP_AGREEMENT_NOT_SIGNED = rule(
    "dp.agreement_not_signed",
    P,
    "dp_agreements[direct_payment]",
    "No payment can be made until {name} signs the direct payment agreement (on the laptop, "
    "or on paper quoting its reference).",
    "no payment before the written agreement is signed",
)
DP_AGREEMENT_TO_SIGN_AGAIN = rule(
    "dp.agreement_to_sign_again",
    P,
    "dp_agreements[direct_payment]",
    "The direct payment agreement signed on {signed} is to be signed again: {changes}. No "
    "payment can be made until the agreement as it is now is signed.",
    "a signed agreement covers exactly what it said; a changed one is no longer agreed",
)
DP_AGREEMENT_DATE_ONLY = rule(
    "dp.agreement_date_only",
    P,
    "dp_agreements[direct_payment]",
    "The direct payment agreement was recorded only as a date ({signed}), so nothing shows what "
    "it covered: print the agreement and record it as signed (on the laptop, or on paper "
    "quoting its reference) before any payment.",
    "plan files from before signed agreements held only a date; payments need the agreement "
    "tied to what it covers",
)
THIRD_PARTY_AGREEMENT_NOT_SIGNED = rule(
    "third_party.agreement_not_signed",
    P,
    "dp_agreements[third_party]",
    "No money can be paid to {name} until the agreement with it is signed (on the laptop, or on "
    "paper quoting its reference).",
    "a third-party arrangement is a direct payment in law: no payment before its written agreement",
)
THIRD_PARTY_AGREEMENT_TO_SIGN_AGAIN = rule(
    "third_party.agreement_to_sign_again",
    P,
    "dp_agreements[third_party]",
    "The agreement with {name} signed on {signed} is to be signed again: {changes}. No money can "
    "be paid to it until the agreement as it is now is signed.",
    "a signed agreement covers exactly what it said; a changed one is no longer agreed",
)
THIRD_PARTY_MISSING = rule(
    "third_party.missing",
    F,
    "third_party.organisation",
    "Some items are held by a third party: name the organisation or person.",
    SETTLED,
)
ORGANISED_NO_HOLDER = rule(
    "organised.no_holder",
    None,
    "organised_holder",
    "Say who holds the organised arrangement (the council, the school or the college).",
)
PREMISES_NOT_AGREED = rule(
    "premises.not_agreed",
    F,
    "premises[{setting}]",
    "{name} must agree in writing to direct payments used on its premises ({items}).",
    "agreement often comes during consultation; the draft says the line cannot start until agreed",
)
PREMISES_DECLINED = rule(
    "premises.declined",
    F,
    "premises[{setting}]",
    "{name} declined direct payments on its premises{reasons} Re-arrange those items or take "
    "them out of the direct payment.",
    "the draft shows the decline; the line must be re-arranged before the plan is final",
)
PREMISES_CHANGED = rule(
    "premises.changed",
    F,
    "premises[{setting}]",
    "{name}'s agreement is {state}: {changes}. Ask again.",
    "the draft says the line is to be agreed again",
)
PREMISES_WITHDRAWN = rule(
    "premises.withdrawn",
    F,
    "premises[{setting}]",
    "{name} withdrew its agreement on {when}: the direct payments for {items} stop or must be "
    "re-arranged from {stops}.",
    SETTLED,
)
PREMISES_CONFIRM_AGAIN = rule(
    "premises.confirm_again",
    F,
    "premises[{setting}]",
    "{name}'s agreement of {when} is carried over from the plan before this review: ask "
    "{name} to confirm it again.",
    "an annual review re-decides last year's agreements rather than carrying them silently",
)
PREMISES_UNKNOWN_SETTING = rule(
    "premises.unknown_setting",
    D,
    "premises[{setting}]",
    "An agreement refers to a setting not in the plan.",
    WRONG,
)
PREMISES_DECLINE_NO_REASON = rule(
    "premises.decline_no_reason",
    D,
    "premises[{setting}]",
    "A decline needs its reasons recorded.",
    "a refusal without reasons is never lawful",
)
REFUSAL_NO_DATES = rule(
    "refusal.no_dates",
    F,
    "refusals[{refusal}].{attribute}",
    "Record {what} for the refusal of “{request}”.",
    "the refusal's dates are settled before the plan is final (the draft may state it)",
)
REFUSAL_DECIDED_BEFORE_REQUEST = rule(
    "refusal.decided_before_request",
    D,
    "refusals[{refusal}].decided_on",
    "The refusal of “{request}” is dated {decided}, before the request was made ({requested}).",
    WRONG,
)
REFUSAL_NO_REVIEW_RIGHTS = rule(
    "refusal.no_review_rights",
    F,
    "refusals[{refusal}].review_rights_told_on",
    "Record when the family was told, in writing, of their right to ask for a review of the "
    "refusal of “{request}”.",
    "a refusal must come with the right to a review before the plan is final",
)
REFUSAL_REVIEW_NO_DATE = rule(
    "refusal.review_no_date",
    None,
    "refusals[{refusal}].reviewed_on",
    "The review of the refusal of “{request}” has an outcome: record the date it was decided.",
)
REFUSAL_NO_BLOCK_CONTRACT_REASON = rule(
    "refusal.no_block_contract_reason",
    D,
    "refusals[{refusal}].block_contract_reason",
    "Refusing a whole personal budget needs the reason: say why the money cannot be separated "
    "from the council's block contract without harm to other people's services or value for "
    "money.",
    "a personal budget may be refused only for that reason, given in writing",
)
REFUSAL_NO_REASONS = rule(
    "refusal.no_reasons",
    D,
    "refusals[{refusal}].reasons",
    "The refusal of “{request}” must give its reasons in writing.",
    "a refusal without reasons is never lawful",
)
DATES_NO_DEADLINE = rule(
    "dates.no_deadline",
    D,
    "comment_deadline",
    "Set the last day for comments.",
    "a served draft must give the family its comment period",
)
DATES_DEADLINE_TOO_SOON = rule(
    "dates.deadline_too_soon",
    D,
    "comment_deadline",
    "The family must have at least {days} days, beginning with the day the draft is sent, to "
    "comment: the last day cannot be before {earliest}.",
    "a comment period shorter than the law's makes the draft wrong",
)
DATES_NO_REVIEW = rule(
    "dates.no_review",
    None,
    "next_review_on",
    "Set the date of the next review.",
)
FINAL_NOT_SERVED = rule(
    "final.not_served",
    F,
    "served_on",
    "The draft has not been sent for consultation: send it, and wait for the comments, "
    "before the final plan is issued.",
    "the family has the right to comment on the draft first",
)
FINAL_CHANGED_SINCE_SERVED = rule(
    "final.changed_since_served",
    F,
    "served_on",
    "The draft has changed since it was sent on {served}: send the new draft for "
    "consultation again, with a new last day for comments.",
    "the family comments on the plan that will be issued, not an earlier one",
)
FINAL_COMMENTS_OPEN = rule(
    "final.comments_open",
    F,
    "comment_deadline",
    "The family has until {deadline} to comment: the final plan can be issued after that day, "
    "or earlier once the family's response is recorded.",
    "the comment period is the family's right",
)
FINAL_NO_SECTION_I = rule(
    "final.no_section_i",
    F,
    "section_i",
    "Name the school or setting for Section I of the final plan.",
    "a draft must leave Section I blank; the final plan must name the school",
)
FINAL_OVERDUE = rule(
    "final.overdue",
    None,
    "final_due_on",
    "The final plan was due by {due}, {weeks} weeks from the request for assessment.",
)
FINAL_DUE_SOON = rule(
    "final.due_soon",
    None,
    "final_due_on",
    "The final plan is due by {due}, {weeks} weeks from the request for assessment: "
    "{days_left} left.",
)
# How close to the 20-week date the "due soon" warning starts.
FINAL_DUE_SOON_DAYS = 21


def validate(
    plan: Plan, pack: PolicyPack, *, stage: Stage = Stage.FINAL, today: date | None = None
) -> list[Finding]:
    """Every finding on the plan, each with the stage it stops, checked for `stage`.

    A finding is blocking when it stops `stage` (what stops the draft stops everything after).
    Findings of later stages are still returned, as warnings, so that a draft can say what is
    still to settle. `today` is when the plan is judged (by default the meeting date for ages,
    and today for the consultation's dates).
    """
    findings = _Findings(stage)
    on = plan.meeting.held_on or today or date.today()
    _check_people(plan, findings)
    _check_outcomes(plan, findings)
    for item in plan.items:
        _check_item(plan, pack, item, findings)
    _check_unserved_outcomes(plan, findings)
    _check_setting_names_in_text(plan, findings)
    _check_indicative(plan, pack, findings)
    _check_band_amounts(plan, pack, findings)
    _check_direct_payments(plan, pack, on, findings)
    _check_money_over_time(plan, pack, findings)
    _check_other_arrangements(plan, findings)
    _check_third_party_agreement(plan, pack, findings)
    _check_premises(plan, findings)
    _check_refusals(plan, findings)
    _check_dates(plan, pack, findings)
    if stage.covers(Stage.FINAL):
        _check_final(plan, pack, plan.issued_on or today or date.today(), findings)
    return list(findings)


def _label(item: ProvisionItem) -> str:
    text = item.description.strip() or "(no description)"
    return f"“{text}”"


def _check_people(plan: Plan, findings: _Findings) -> None:
    if not plan.child.full_name.strip():
        findings.add(CHILD_NO_NAME)
    born = plan.child.date_of_birth
    if born is not None and plan.meeting.held_on is not None and born > plan.meeting.held_on:
        findings.add(CHILD_BORN_AFTER_MEETING)
    if plan.child.date_of_birth is None:
        findings.add(CHILD_NO_DATE_OF_BIRTH)
    if plan.meeting.held_on is None:
        findings.add(MEETING_NO_DATE)
    ids = [s.id for s in plan.settings]
    for setting in plan.settings:
        if not setting.name.strip():
            findings.add(SETTING_NO_NAME, setting=setting.id)
        if setting.urn.strip() and not URN.fullmatch(setting.urn.strip()):
            findings.add(SETTING_BAD_URN, setting=setting.id, urn=setting.urn.strip())
    if len(set(ids)) != len(ids):
        findings.add(SETTING_DUPLICATE_ID)


def _check_outcomes(plan: Plan, findings: _Findings) -> None:
    for outcome in plan.outcomes:
        if not outcome.text.strip():
            findings.add(OUTCOME_NO_TEXT, outcome=outcome.id)
        elif not _measurable(outcome.text):
            findings.add(OUTCOME_NOT_MEASURABLE, outcome=outcome.id)
        if outcome.target_date is None:
            findings.add(OUTCOME_NOT_TIME_BOUND, outcome=outcome.id)


# Words that make an outcome checkable: a number, a frequency, or a measure of independence.
_MEASURE = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|once|twice|half|"
    r"every|each|daily|weekly|monthly|times?|most|all|always|without|independently|"
    r"on (?:his|her|their|my) own|per cent|percent)\b",
    re.IGNORECASE,
)


# A year ("2027") or a school year ("Year 4") says when, not how much: it does not count.
_WHEN = re.compile(r"\b(?:19|20)\d{2}\b|\byear \d+\b", re.IGNORECASE)


def _measurable(text: str) -> bool:
    return bool(_MEASURE.search(_WHEN.sub("", text)))


def _check_item(plan: Plan, pack: PolicyPack, item: ProvisionItem, findings: _Findings) -> None:
    label = _label(item)
    ids = {"item": item.id, "label": label}
    if not item.description.strip():
        findings.add(ITEM_NO_DESCRIPTION, **ids)
    if not item.outcome_ids:
        findings.add(ITEM_NO_OUTCOME, **ids)
    for outcome_id in item.outcome_ids:
        if plan.outcome(outcome_id) is None:
            findings.add(ITEM_UNKNOWN_OUTCOME, outcome=outcome_id, **ids)
    for need_id in item.need_ids:
        if plan.need(need_id) is None:
            findings.add(ITEM_UNKNOWN_NEED, need=need_id, **ids)
    _check_funding_matches(plan, item, findings)
    if (
        item.management in PAID_TO_SOMEONE
        and item.funding is not FundingStream.SCHOOL
        and item.funding.value not in pack.direct_payments.streams
    ):
        findings.add(
            ITEM_STREAM_NO_DIRECT_PAYMENT,
            stream=STREAM_WORDS[item.funding].lower(),
            council=pack.council,
            refuse=_REFUSE_STREAM,
            **ids,
        )
    _check_quantity(item, ids, findings)
    if not item.delivered_by.strip():
        findings.add(ITEM_NO_PROVIDER, **ids)
    if not item.provision_ref.strip():
        findings.add(ITEM_NO_PROVISION_REF, **ids)
    if item.on_premises:
        if item.setting_id is None:
            findings.add(ITEM_NO_SETTING, **ids)
        elif plan.setting(item.setting_id) is None:
            findings.add(ITEM_UNKNOWN_SETTING, setting=item.setting_id, **ids)
    if item.management in PAID_TO_SOMEONE and not item.need_ids:
        findings.add(ITEM_DP_NO_NEEDS, **ids)
    elif item.management in PAID_TO_SOMEONE and item.funding is FundingStream.EDUCATION:
        needs = [n for n in (plan.need(i) for i in item.need_ids) if n is not None]
        if needs and all(n.section is not NeedSection.SEN for n in needs):
            sections = sorted({_SECTION_WORDS[n.section] for n in needs})
            findings.add(ITEM_DP_NO_SEN_NEED, sections=" or ".join(sections), **ids)
    _check_category(pack, item, ids, findings, plan)


# The most units of time that fit in one period, and the most periods in a year: 52.29 weeks
# (a leap year's 52 weeks and two days) is a real count; 53 is a typing slip.
_HOURS_IN = {"week": 168, "fortnight": 336, "month": 744, "term": 2688, "year": 8784}
_DAYS_IN = {"week": 7, "fortnight": 14, "month": 31, "term": 112, "year": 366}
# (unit, period) → the most of that unit one period holds: 168 hours a week, 7 days a week…
_MOST_UNITS = {
    **{("hour", period): most for period, most in _HOURS_IN.items()},
    **{("day", period): most for period, most in _DAYS_IN.items()},
}
MAX_PERIODS_A_YEAR = {
    Frequency.WEEK: MAX_WEEKS_A_YEAR,
    Frequency.FORTNIGHT: Decimal("26.15"),
    Frequency.MONTH: Decimal(12),
    Frequency.TERM: Decimal(6),
}


def _check_quantity(item: ProvisionItem, ids: dict, findings: _Findings) -> None:
    if item.ends_on and item.starts_on and item.ends_on < item.starts_on:
        findings.add(ITEM_ENDS_BEFORE_START, **ids)
    if item.is_one_off:
        if not item.one_off_cost:
            findings.add(ITEM_NO_COST, **ids)
        return
    frequency = item.frequency
    period = frequency.value
    most = _MOST_UNITS.get((item.unit, period))
    if most is not None and item.units_per_period > most:
        findings.add(
            ITEM_TOO_MANY_UNITS,
            units=f"{plain_number(item.units_per_period)} {item.unit}s",
            per=f"{article(period)} {period}",
            period=period,
            **ids,
        )
    limit = MAX_PERIODS_A_YEAR.get(frequency)
    if limit is not None and item.periods_per_year > limit:
        findings.add(ITEM_TOO_MANY_WEEKS, limit=plain_number(limit), period=period, **ids)
    periodic = frequency not in (Frequency.YEAR, Frequency.BLOCK)
    if not item.unit_cost or not item.units_per_period or (periodic and not item.periods_per_year):
        how = (
            f"how many {period}s a year"
            if periodic
            else ("how many in the block" if frequency is Frequency.BLOCK else "how many a year")
        )
        findings.add(ITEM_NOT_QUANTIFIED, unit=item.unit or "unit", how=how, **ids)
    if frequency is Frequency.BLOCK and (item.starts_on is None or item.ends_on is None):
        findings.add(ITEM_BLOCK_NO_DATES, **ids)


def _check_category(
    pack: PolicyPack, item: ProvisionItem, ids: dict, findings: _Findings, plan: Plan | None = None
) -> None:
    if not item.category:
        findings.add(ITEM_NO_CATEGORY, **ids)
        return
    category = pack.category(item.category)
    if category is None:
        findings.add(ITEM_UNKNOWN_CATEGORY, council=pack.council, category=item.category, **ids)
        return
    reason = f" {category.reason}" if category.reason else ""
    if category.personal_budget is Eligibility.NO:
        findings.add(ITEM_CATEGORY_EXCLUDED, category=category.label, reason=reason, **ids)
        return
    is_dp = item.management is ManagementOption.DIRECT_PAYMENT
    if is_dp and category.direct_payment is Eligibility.NO:
        findings.add(ITEM_CATEGORY_NO_DIRECT_PAYMENT, category=category.label, reason=reason, **ids)
    conditional = category.personal_budget is Eligibility.CONDITIONAL or (
        is_dp and category.direct_payment is Eligibility.CONDITIONAL
    )
    if not conditional:
        return
    for condition_id in category.conditions:
        if item.condition_evidence.get(condition_id, "").strip():
            continue
        condition = pack.condition(condition_id)
        if condition is not None and condition_met_by_agreement(plan, item, condition):
            continue  # asked once: the head's signature on the sign-off screen records it
        findings.add(
            ITEM_CONDITION_NOT_RECORDED,
            condition=condition_id,
            category=category.label,
            condition_text=condition.label if condition else condition_id,
            prompt=f" {condition.prompt}" if condition and condition.prompt else "",
            **ids,
        )


def _check_setting_names_in_text(plan: Plan, findings: _Findings) -> None:
    pattern = setting_name_pattern(plan)
    if pattern is None:
        return
    for item in plan.items:
        for attribute in ("description", "delivered_by", "when"):
            found = pattern.search(getattr(item, attribute))
            if found:
                findings.add(
                    ITEM_NAMES_SETTING,
                    item=item.id,
                    attribute=attribute,
                    label=_label(item),
                    name=found.group(0),
                )


def _check_unserved_outcomes(plan: Plan, findings: _Findings) -> None:
    served = {outcome_id for item in plan.items for outcome_id in item.outcome_ids}
    for outcome in plan.outcomes:
        if outcome.id not in served:
            findings.add(OUTCOME_UNSERVED, outcome=outcome.id, text=outcome.text.strip()[:80])


def _check_indicative(plan: Plan, pack: PolicyPack, findings: _Findings) -> None:
    indicative = plan.indicative
    if indicative.source is IndicativeSource.RAS:
        result = ras_scoring.score(pack.ras, indicative.ras_answers)
        if not result.complete:
            findings.add(INDICATIVE_RAS_INCOMPLETE)
        elif indicative.ras_score != result.score or (
            result.band and indicative.ras_band != result.band.id
        ):
            findings.add(
                INDICATIVE_RAS_MISMATCH,
                recorded=indicative.ras_score,
                score=result.score,
                council=pack.council,
            )
    elif any(indicative.amounts.values()) and not indicative.manual_reason.strip():
        findings.add(INDICATIVE_MANUAL_NO_REASON)
    if indicative.override is not None and not indicative.override.reason.strip():
        findings.add(INDICATIVE_OVERRIDE_NO_REASON)
    summary = summarise(plan)
    if plan.items and not summary.indicative_total:
        findings.add(INDICATIVE_MISSING)
        return
    # Each stream is separate money: one over its figure needs its own reason, whatever the
    # others do. One-off purchases and the school's own contribution are not compared.
    for comparison in summary.over_streams:
        stream = comparison.stream
        if comparison.difference <= pack.over_budget_tolerance:
            continue
        if plan.over_budget_reasons.get(stream, "").strip():
            continue
        findings.add(
            BUDGET_OVER_WITHOUT_REASON,
            stream=stream.value,
            name=STREAM_WORDS[stream],
            planned=comparison.planned.yearly.format(),
            excess=comparison.difference.format(),
            indicative=comparison.indicative.format(),
        )


def _check_band_amounts(plan: Plan, pack: PolicyPack, findings: _Findings) -> None:
    """The amounts recorded with a band must be the pack's amounts for that band: a plan in
    the lowest band cannot carry £50,000, and a pack whose bands changed flags older plans."""
    indicative = plan.indicative
    if indicative.source is not IndicativeSource.RAS or not indicative.ras_band:
        return
    band = pack.band(indicative.ras_band)
    if band is None:
        findings.add(INDICATIVE_UNKNOWN_BAND, council=pack.council, band=indicative.ras_band)
        return
    recorded = {s: m for s, m in indicative.amounts.items() if m}
    expected = {s: m for s, m in band.amounts.items() if m}
    if recorded != expected:
        findings.add(
            INDICATIVE_BAND_MISMATCH,
            band=band.label,
            council=pack.council,
            recorded=_amounts_words(recorded),
            expected=_amounts_words(expected),
        )


def _amounts_words(amounts: dict[FundingStream, Money]) -> str:
    parts = [
        f"{STREAM_WORDS[stream]} {amounts[stream].format()} a year"
        for stream in FundingStream
        if stream in amounts
    ]
    return ", ".join(parts) or "nothing"


def _check_money_over_time(plan: Plan, pack: PolicyPack, findings: _Findings) -> None:
    """When the support happens and when the direct payments start."""
    dp = plan.direct_payment
    dp_items = [i for i in plan.items if i.management is ManagementOption.DIRECT_PAYMENT]
    if dp is None or not dp_items:
        return
    first = dp.first_payment_on
    if first is None:
        findings.add(DP_NO_FIRST_PAYMENT_DATE)
        return
    recorded = dp_agreement.current(plan)
    signed = recorded.signed_on if recorded is not None else None
    if signed is not None and first < signed:
        findings.add(DP_PAID_BEFORE_AGREEMENT, first=format_long(first), signed=format_long(signed))
    last = plan_year_end(first)
    needs_terms = [i for i in dp_items if not i.is_one_off and i.runs_in is not RunsIn.ALL_YEAR]
    if needs_terms and not pack.school_year.covers(first, last):
        findings.add(
            SCHEDULE_NO_TERM_DATES,
            item=needs_terms[0].id,
            council=pack.council,
            first=format_long(first),
        )
    for item in dp_items:
        begins, ends = item.starts_on, item.ends_on
        if (begins and begins > last) or (ends and ends < first):
            findings.add(
                SCHEDULE_OUTSIDE_YEAR,
                item=item.id,
                label=_label(item),
                first=format_long(first),
                last=format_long(last),
            )


_DP_CONDITIONS = (
    ("appropriate_use_confirmed", "the payments will be used appropriately"),
    ("best_interests_confirmed", "the recipient will act in the child's best interests"),
    ("no_adverse_impact_confirmed", "the payments will not harm services for other children"),
    ("efficient_use_confirmed", "the payments are an efficient use of resources"),
)


def _check_direct_payments(plan: Plan, pack: PolicyPack, on: date, findings: _Findings) -> None:
    if not any(i.management is ManagementOption.DIRECT_PAYMENT for i in plan.items):
        return
    dp = plan.direct_payment
    if dp is None:
        findings.add(DP_NO_ARRANGEMENT)
        return
    if not dp.recipient_name.strip():
        findings.add(DP_NO_RECIPIENT)
    _check_recipient(plan, pack, on, findings)
    _check_health_payments(plan, findings)
    for attribute, text in _DP_CONDITIONS:
        if not getattr(dp, attribute):
            findings.add(DP_CONDITION_NOT_CONFIRMED, attribute=attribute, condition=text)
    if not dp.dedicated_account_confirmed:
        findings.add(DP_NO_DEDICATED_ACCOUNT)
    _check_agreement_signed(plan, pack, findings)


def _check_agreement_signed(plan: Plan, pack: PolicyPack, findings: _Findings) -> None:
    """Payments start only under a signed agreement that covers the plan as it is now."""
    found = dp_agreement.status(plan, pack)
    signed = found.agreement
    if found.state == dp_agreement.DpAgreementState.NOT_SIGNED:
        name = plan.direct_payment.recipient_name.strip() if plan.direct_payment else ""
        findings.add(DP_AGREEMENT_NOT_SIGNED, name=name or "the person receiving the payments")
    elif found.state == dp_agreement.DpAgreementState.CHANGED and signed is not None:
        findings.add(
            DP_AGREEMENT_TO_SIGN_AGAIN,
            signed=format_long(signed.signed_on),
            changes="; ".join(found.changes),
        )
    elif found.state == dp_agreement.DpAgreementState.DATE_ONLY and signed is not None:
        findings.add(DP_AGREEMENT_DATE_ONLY, signed=format_long(signed.signed_on))


_REFUSE_STREAM = (
    " A request for it must be refused in writing, with the reasons and the right to ask for a "
    "review: record it under refusals, and arrange the line another way."
)
_REFUSE_IN_WRITING = (
    " A request for this must be refused in writing, with the reasons and the right to ask for "
    "a review: record it under refusals, and choose who receives the payments instead."
)


def _check_recipient(plan: Plan, pack: PolicyPack, on: date, findings: _Findings) -> None:
    """Who receives the payments, and on what basis (see `RecipientKind`)."""
    dp = plan.direct_payment
    assert dp is not None
    kind = dp.recipient
    born = plan.child.date_of_birth
    streams = {i.funding for i in plan.items if i.management in PAID_TO_SOMEONE}
    if kind is RecipientKind.YOUNG_PERSON and not pack.direct_payments.young_person_may_receive:
        findings.add(
            DP_RECIPIENT_NOT_ELIGIBLE,
            reason=f"{pack.council}'s policy does not pay direct payments to young people "
            f"themselves.{_REFUSE_IN_WRITING}",
        )
        return
    if kind is RecipientKind.NOMINEE and not pack.direct_payments.nominee_allowed:
        findings.add(
            DP_RECIPIENT_NOT_ELIGIBLE,
            reason=f"{pack.council}'s policy does not pay direct payments to a nominee."
            f"{_REFUSE_IN_WRITING}",
        )
        return
    if kind is RecipientKind.NOMINEE and not dp.nominated_by.strip():
        findings.add(DP_NO_NOMINATED_BY)
    if born is None:
        if kind is not RecipientKind.NOMINEE:
            findings.add(DP_NEEDS_DATE_OF_BIRTH, who=_RECIPIENT_WHO[kind])
        return
    adult = over_compulsory_school_age(born, on)
    if kind is RecipientKind.PARENT and adult:
        findings.add(
            DP_RECIPIENT_NOT_ELIGIBLE,
            reason="The young person is over compulsory school age: a parent receives a "
            "young person's direct payments only as their nominee (chosen by the young "
            "person, with their consent) or as their representative (where the young person "
            "lacks capacity), not in the parent's own right.",
        )
    elif kind is RecipientKind.YOUNG_PERSON and not adult:
        # Social care (Children Act 1989, s17A) and NHS payments may go to a 16- or
        # 17-year-old themselves; education payments only once over compulsory school age.
        sixteen = age_on(born, on) >= 16
        if not sixteen or FundingStream.EDUCATION in streams:
            findings.add(
                DP_RECIPIENT_NOT_ELIGIBLE,
                reason="A young person can receive education direct payments themselves only "
                "once they are over compulsory school age (social care and NHS payments from "
                "16); until then the parent (or their nominee) receives them.",
            )
    elif kind is RecipientKind.REPRESENTATIVE:
        if not adult:
            findings.add(DP_REPRESENTATIVE_FOR_CHILD)
        elif dp.capacity_assessed_on is None or not dp.capacity_assessment_reference.strip():
            findings.add(DP_NO_CAPACITY_ASSESSMENT)
    elif kind is RecipientKind.NOMINEE and adult and dp.young_person_consented_on is None:
        findings.add(DP_NO_CONSENT, name=dp.recipient_name.strip() or "the nominee")


_RECIPIENT_WHO = {
    RecipientKind.PARENT: "a parent",
    RecipientKind.YOUNG_PERSON: "the young person",
    RecipientKind.NOMINEE: "a nominee",
    RecipientKind.REPRESENTATIVE: "a representative",
}


def _check_health_payments(plan: Plan, findings: _Findings) -> None:
    """An NHS direct payment is paid only against a care plan agreed with the integrated care
    board (National Health Service (Direct Payments) Regulations 2013)."""
    dp = plan.direct_payment
    health = [
        i
        for i in plan.items
        if i.management in PAID_TO_SOMEONE and i.funding is FundingStream.HEALTH
    ]
    if not health or dp is None:
        return
    if (
        not dp.health_care_plan_reference.strip()
        or dp.health_care_plan_agreed_on is None
        or not dp.integrated_care_board.strip()
    ):
        findings.add(DP_HEALTH_NO_CARE_PLAN, items=", ".join(_label(i) for i in health))


def _check_funding_matches(plan: Plan, item: ProvisionItem, findings: _Findings) -> None:
    """A line's funding stream against the outcomes it serves (advice, not a rule of law:
    who pays is the council's and the board's business, what the provision is in law is not)."""
    areas = {o.area for o in (plan.outcome(i) for i in item.outcome_ids) if o is not None}
    ids = {"item": item.id, "label": _label(item)}
    if item.funding is FundingStream.HEALTH and OutcomeArea.EDUCATION in areas:
        findings.add(ITEM_EDUCATION_CHARGED_TO_HEALTH, **ids)
    elif item.funding is FundingStream.EDUCATION and areas == {OutcomeArea.SOCIAL_CARE}:
        findings.add(ITEM_CARE_CHARGED_TO_EDUCATION, **ids)


_SECTION_WORDS = {
    NeedSection.SEN: "special educational",
    NeedSection.HEALTH: "health (section C)",
    NeedSection.SOCIAL_CARE: "social care (section D)",
}

_THIRD_PARTY_TERMS = (
    ("holds", "what money it holds"),
    ("reports", "how and how often it accounts for the money"),
)


def _check_other_arrangements(plan: Plan, findings: _Findings) -> None:
    options = {i.management for i in plan.items}
    if ManagementOption.THIRD_PARTY in options and (
        plan.third_party is None or not plan.third_party.organisation.strip()
    ):
        findings.add(THIRD_PARTY_MISSING)
    elif ManagementOption.THIRD_PARTY in options and plan.third_party is not None:
        if not plan.third_party.conditions_confirmed:
            findings.add(THIRD_PARTY_CONDITIONS_NOT_CONFIRMED)
        for attribute, what in _THIRD_PARTY_TERMS:
            if not getattr(plan.third_party, attribute).strip():
                findings.add(THIRD_PARTY_NO_TERMS, attribute=attribute, what=what)
    if ManagementOption.ORGANISED in options and not plan.organised_holder.strip():
        findings.add(ORGANISED_NO_HOLDER)


def _check_third_party_agreement(plan: Plan, pack: PolicyPack, findings: _Findings) -> None:
    """Money is paid to a third party only under a signed agreement covering it as it is."""
    third_party = dp_agreement.DP_RECIPIENT_THIRD_PARTY
    name = dp_agreement.recipient_name(plan, third_party)
    if not dp_agreement.needs_agreement(plan, third_party) or not name:
        return  # nothing held by a third party, or no one named yet (third_party.missing)
    found = dp_agreement.status(plan, pack, third_party)
    signed = found.agreement
    if found.state == dp_agreement.DpAgreementState.CHANGED and signed is not None:
        findings.add(
            THIRD_PARTY_AGREEMENT_TO_SIGN_AGAIN,
            name=name,
            signed=format_long(signed.signed_on),
            changes="; ".join(found.changes),
        )
    elif not found.valid:
        findings.add(THIRD_PARTY_AGREEMENT_NOT_SIGNED, name=name)


def _check_premises(plan: Plan, findings: _Findings) -> None:
    for setting in plan.settings_needing_agreement():
        status = agreement_status(plan, setting.id)
        items = ", ".join(_label(i) for i in plan.premises_dp_items(setting.id))
        ids = {"setting": setting.id, "name": setting.name, "items": items}
        agreement = status.agreement
        if status.state == AgreementState.NOT_ASKED:
            findings.add(PREMISES_NOT_AGREED, **ids)
        elif status.state == AgreementState.DECLINED:
            reasons = agreement.reasons.strip().rstrip(".") if agreement else ""
            findings.add(PREMISES_DECLINED, reasons=f": {reasons}." if reasons else ".", **ids)
        elif status.state == AgreementState.CHANGED:
            findings.add(
                PREMISES_CHANGED,
                state=f"{status.label[0].lower()}{status.label[1:]}",
                changes="; ".join(change.describe() for change in status.changes),
                **ids,
            )
        elif status.state == AgreementState.WITHDRAWN:
            withdrawal = agreement.withdrawal if agreement else None
            when = format_long(withdrawal.withdrawn_on) if withdrawal else ""
            stops = format_long(withdrawal.stops_on) if withdrawal else ""
            findings.add(PREMISES_WITHDRAWN, when=when, stops=stops, **ids)
        elif agreement is not None and agreement.carried_over:
            findings.add(PREMISES_CONFIRM_AGAIN, when=format_long(agreement.signed_on), **ids)
    for agreement in plan.premises_agreements:
        if plan.setting(agreement.setting_id) is None:
            findings.add(PREMISES_UNKNOWN_SETTING, setting=agreement.setting_id)
        if agreement.decision.value == AgreementState.DECLINED and not agreement.reasons.strip():
            findings.add(PREMISES_DECLINE_NO_REASON, setting=agreement.setting_id)


def _check_refusals(plan: Plan, findings: _Findings) -> None:
    for refusal in plan.refusals:
        ids = {"refusal": refusal.id, "request": refusal.request.strip()}
        if not refusal.reasons.strip():
            findings.add(REFUSAL_NO_REASONS, **ids)
        if refusal.scope is RefusalScope.PERSONAL_BUDGET and not (
            refusal.block_contract_reason.strip()
        ):
            findings.add(REFUSAL_NO_BLOCK_CONTRACT_REASON, **ids)
        for attribute, what in (
            ("requested_on", "when the request was made"),
            ("decided_on", "when it was decided"),
        ):
            if getattr(refusal, attribute) is None:
                findings.add(REFUSAL_NO_DATES, attribute=attribute, what=what, **ids)
        asked, decided = refusal.requested_on, refusal.decided_on
        if asked is not None and decided is not None and decided < asked:
            findings.add(
                REFUSAL_DECIDED_BEFORE_REQUEST,
                decided=format_long(decided),
                requested=format_long(asked),
                **ids,
            )
        if refusal.review_rights_told_on is None:
            findings.add(REFUSAL_NO_REVIEW_RIGHTS, **ids)
        if (
            refusal.review_outcome in (ReviewOutcome.UPHELD, ReviewOutcome.OVERTURNED)
            and refusal.reviewed_on is None
        ):
            findings.add(REFUSAL_REVIEW_NO_DATE, **ids)


def _check_dates(plan: Plan, pack: PolicyPack, findings: _Findings) -> None:
    if plan.served_on is not None:
        days = pack.timescales.comment_period_days
        earliest = comment_deadline(plan.served_on, days)
        if plan.comment_deadline is None:
            findings.add(DATES_NO_DEADLINE)
        elif plan.comment_deadline < earliest:
            findings.add(DATES_DEADLINE_TOO_SOON, days=days, earliest=format_long(earliest))
    if plan.next_review_on is None:
        findings.add(DATES_NO_REVIEW)


def _check_final(plan: Plan, pack: PolicyPack, today: date, findings: _Findings) -> None:
    """What the final plan needs from the timeline: served, comments heard, the school named."""
    if plan.status is PlanStatus.DRAFT:
        findings.add(FINAL_NOT_SERVED)
    elif plan.status is PlanStatus.CONSULTATION:
        if changed_since_served(plan):
            findings.add(FINAL_CHANGED_SINCE_SERVED, served=format_long(plan.served_on))
        family_answered = any(
            r.role in (ConsulteeRole.FAMILY, ConsulteeRole.YOUNG_PERSON)
            and r.draft_revision == plan.draft_revision
            and r.received_on <= today
            for r in plan.responses
        )
        deadline = plan.comment_deadline
        if deadline is not None and today <= deadline and not family_answered:
            findings.add(FINAL_COMMENTS_OPEN, deadline=format_long(deadline))
    if not plan.section_i.strip():
        findings.add(FINAL_NO_SECTION_I)
    if plan.final_due_on is not None and plan.status is not PlanStatus.FINAL:
        weeks = pack.timescales.final_plan_weeks
        left = (plan.final_due_on - today).days
        if left < 0:
            findings.add(FINAL_OVERDUE, due=format_long(plan.final_due_on), weeks=weeks)
        elif left <= FINAL_DUE_SOON_DAYS:
            findings.add(
                FINAL_DUE_SOON,
                due=format_long(plan.final_due_on),
                weeks=weeks,
                days_left="1 day" if left == 1 else f"{left} days",
            )


# -- the table of rules, for docs/decisions.md ------------------------------------------------

RULES_TABLE_START = "<!-- rules-table:start (generated by scripts/rules-table; do not edit) -->"
RULES_TABLE_END = "<!-- rules-table:end -->"

_STOPS_WORDS = {
    Stage.DRAFT: "the draft",
    Stage.FINAL: "the final plan",
    Stage.PAYMENTS: "payments",
    None: "nothing (advice)",
}


def rules_table() -> str:
    """Every declared rule as a Markdown table, grouped by the stage it stops."""
    order = [Stage.DRAFT, Stage.FINAL, Stage.PAYMENTS, None]
    lines = [
        "| stops | code | field | message | why at this stage |",
        "|---|---|---|---|---|",
    ]
    for stops in order:
        for declared in sorted(RULES.values(), key=lambda r: r.code):
            if declared.stops is not stops:
                continue
            message = re.sub(r"\{(\w+)\}", r"‹\1›", declared.message).replace("|", "\\|")
            field = re.sub(r"\{(\w+)\}", r"‹\1›", declared.field)
            lines.append(
                f"| {_STOPS_WORDS[stops]} | `{declared.code}` | `{field}` | {message} | "
                f"{declared.why} |"
            )
    return "\n".join(lines) + "\n"
