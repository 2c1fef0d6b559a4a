"""Validation: every rule of the law and of the council's policy pack, in one place.

`validate(plan, pack)` returns findings. A BLOCKING finding stops the plan going live (or the
draft being served); a WARNING is shown but does not stop anything. Each finding names the field
it concerns with a stable path (see docs/plan-format.md, "Finding fields") so that the wizard can
jump to it, and carries a message in plain English for the people at the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from . import ras as ras_scoring
from .budget import STREAM_WORDS, summarise
from .dates import comment_deadline, format_long, over_compulsory_school_age
from .fingerprint import AgreementState, agreement_status
from .model import (
    Frequency,
    FundingStream,
    IndicativeSource,
    ManagementOption,
    Plan,
    ProvisionItem,
    RecipientKind,
    RunsIn,
)
from .money import Money
from .naming import setting_name_pattern
from .policy import Eligibility, PolicyPack
from .schedule import plan_year_end
from .shown_words import article, plain_number

MAX_HOURS_A_WEEK = Decimal(168)
MAX_UNITS = Decimal(9999)  # how many units a period: the plan file holds at most four digits
URN = re.compile(r"\d{6}")  # a school's or college's unique reference number
MAX_WEEKS_A_YEAR = Decimal("52.29")  # a leap year: 52 weeks and 2 days


class Severity(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    field: str  # e.g. "items[p3].outcome_ids"
    code: str  # stable machine-readable identifier, e.g. "item.no_outcome"
    message: str

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.BLOCKING

    def __str__(self) -> str:
        marker = "BLOCKS" if self.blocking else "warning"
        return f"[{marker}] {self.field}: {self.message}"


def blocking(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocking]


class _Findings(list):
    def block(self, field: str, code: str, message: str) -> None:
        self.append(Finding(Severity.BLOCKING, field, code, message))

    def warn(self, field: str, code: str, message: str) -> None:
        self.append(Finding(Severity.WARNING, field, code, message))


def validate(plan: Plan, pack: PolicyPack, *, today: date | None = None) -> list[Finding]:
    findings = _Findings()
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
    _check_premises(plan, findings)
    _check_refusals(plan, findings)
    _check_dates(plan, pack, findings)
    return list(findings)


def _label(item: ProvisionItem) -> str:
    text = item.description.strip() or "(no description)"
    return f"“{text}”"


def _check_people(plan: Plan, findings: _Findings) -> None:
    if not plan.child.full_name.strip():
        findings.block(
            "child.full_name", "child.no_name", "Enter the child or young person's name."
        )
    born = plan.child.date_of_birth
    if born is not None and plan.meeting.held_on is not None and born > plan.meeting.held_on:
        findings.block(
            "child.date_of_birth",
            "child.born_after_meeting",
            "The date of birth is after the meeting: check the year (for example 1998, not 98).",
        )
    if plan.child.date_of_birth is None:
        findings.warn(
            "child.date_of_birth",
            "child.no_date_of_birth",
            "Enter the date of birth: it decides whether the young person can hold a direct "
            "payment themselves.",
        )
    if plan.meeting.held_on is None:
        findings.warn("meeting.held_on", "meeting.no_date", "Enter the date of the meeting.")
    ids = [s.id for s in plan.settings]
    for setting in plan.settings:
        if not setting.name.strip():
            findings.block(f"settings[{setting.id}].name", "setting.no_name", "Name the setting.")
        if setting.urn.strip() and not URN.fullmatch(setting.urn.strip()):
            findings.warn(
                f"settings[{setting.id}].urn",
                "setting.bad_urn",
                f"A unique reference number (URN) has six digits; “{setting.urn.strip()}” does not.",
            )
    if len(set(ids)) != len(ids):
        findings.block("settings", "setting.duplicate_id", "Two settings share one identifier.")


def _check_outcomes(plan: Plan, findings: _Findings) -> None:
    for outcome in plan.outcomes:
        where = f"outcomes[{outcome.id}]"
        if not outcome.text.strip():
            findings.block(
                f"{where}.text", "outcome.no_text", "Write the outcome in the family's words."
            )
        elif not _measurable(outcome.text):
            findings.warn(
                f"{where}.text",
                "outcome.not_measurable",
                "Say how everyone will know this has been achieved: how often, how many or how "
                "well (for example “three times a week” or “without an adult prompting”).",
            )
        if outcome.target_date is None:
            findings.warn(
                f"{where}.target_date",
                "outcome.not_time_bound",
                "Add a target date so that everyone knows when to look at progress.",
            )


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
    where = f"items[{item.id}]"
    label = _label(item)
    if not item.description.strip():
        findings.block(
            f"{where}.description", "item.no_description", "Describe what will be provided."
        )
    if not item.outcome_ids:
        findings.block(
            f"{where}.outcome_ids",
            "item.no_outcome",
            f"{label} does not serve any outcome. Pick at least one outcome it helps to achieve.",
        )
    for outcome_id in item.outcome_ids:
        if plan.outcome(outcome_id) is None:
            findings.block(
                f"{where}.outcome_ids",
                "item.unknown_outcome",
                f"{label} refers to an outcome ({outcome_id}) that is not in the plan.",
            )
    for need_id in item.need_ids:
        if plan.need(need_id) is None:
            findings.block(
                f"{where}.need_ids",
                "item.unknown_need",
                f"{label} refers to a need ({need_id}) that is not in the plan.",
            )
    _check_quantity(item, where, label, findings)
    if not item.delivered_by.strip():
        findings.warn(
            f"{where}.delivered_by",
            "item.no_provider",
            f"Say who will deliver {label}: provision must be specific.",
        )
    if item.on_premises:
        if item.setting_id is None:
            findings.block(
                f"{where}.setting_id",
                "item.no_setting",
                f"{label} happens on a setting's premises: choose which setting.",
            )
        elif plan.setting(item.setting_id) is None:
            findings.block(
                f"{where}.setting_id",
                "item.unknown_setting",
                f"{label} refers to a setting ({item.setting_id}) that is not in the plan.",
            )
    if item.management is ManagementOption.DIRECT_PAYMENT and not item.need_ids:
        findings.block(
            f"{where}.need_ids",
            "item.dp_no_needs",
            f"{label} is paid by direct payment: Section J must say which special educational "
            "needs it meets. Pick at least one need.",
        )
    _check_category(pack, item, where, label, findings)


# The most units of time that fit in one period, and the most periods in a year: 52.29 weeks
# (a leap year's 52 weeks and two days) is a real count; 53 is a typing slip.
_HOURS_IN = {"week": 168, "fortnight": 336, "month": 744, "term": 2688, "year": 8784}
_DAYS_IN = {"week": 7, "fortnight": 14, "month": 31, "term": 112, "year": 366}
MAX_PERIODS_A_YEAR = {
    Frequency.WEEK: MAX_WEEKS_A_YEAR,
    Frequency.FORTNIGHT: Decimal("26.15"),
    Frequency.MONTH: Decimal(12),
    Frequency.TERM: Decimal(6),
}


def _check_quantity(item: ProvisionItem, where: str, label: str, findings: _Findings) -> None:
    if item.ends_on and item.starts_on and item.ends_on < item.starts_on:
        findings.block(
            f"{where}.ends_on",
            "item.ends_before_start",
            f"{label} ends before it starts: check the dates.",
        )
    if item.is_one_off:
        if not item.one_off_cost:
            findings.block(f"{where}.one_off_cost", "item.no_cost", f"Enter the cost of {label}.")
        return
    frequency = item.frequency
    most = {"hour": _HOURS_IN, "day": _DAYS_IN}.get(item.unit, {}).get(frequency.value)
    if most is not None and item.units_per_period > most:
        findings.block(
            f"{where}.units_per_period",
            "item.too_many_units",
            f"{label}: {plain_number(item.units_per_period)} {item.unit}s "
            f"{article(frequency.value)} {frequency.value} is more than there are in a "
            f"{frequency.value}.",
        )
    limit = MAX_PERIODS_A_YEAR.get(frequency)
    if limit is not None and item.periods_per_year > limit:
        findings.block(
            f"{where}.periods_per_year",
            "item.too_many_weeks",
            f"{label}: a year has at most {plain_number(limit)} {frequency.value}s.",
        )
    periodic = frequency not in (Frequency.YEAR, Frequency.BLOCK)
    if not item.unit_cost or not item.units_per_period or (periodic and not item.periods_per_year):
        how = (
            f"how many {frequency.value}s a year"
            if periodic
            else ("how many in the block" if frequency is Frequency.BLOCK else "how many a year")
        )
        findings.block(
            f"{where}.unit_cost",
            "item.not_quantified",
            f"Quantify {label}: the cost per {item.unit or 'unit'}, how many, and {how}.",
        )
    if frequency is Frequency.BLOCK and (item.starts_on is None or item.ends_on is None):
        findings.block(
            f"{where}.starts_on",
            "item.block_no_dates",
            f"{label} is a block of sessions: say when it starts and ends.",
        )


def _check_category(
    pack: PolicyPack, item: ProvisionItem, where: str, label: str, findings: _Findings
) -> None:
    if not item.category:
        findings.block(
            f"{where}.category", "item.no_category", f"Choose what kind of provision {label} is."
        )
        return
    category = pack.category(item.category)
    if category is None:
        findings.block(
            f"{where}.category",
            "item.unknown_category",
            f"{label}: {pack.council}'s policy has no category “{item.category}”.",
        )
        return
    reason = f" {category.reason}" if category.reason else ""
    if category.personal_budget is Eligibility.NO:
        findings.block(
            f"{where}.category",
            "item.category_excluded",
            f"{category.label} cannot be part of a personal budget.{reason}",
        )
        return
    is_dp = item.management is ManagementOption.DIRECT_PAYMENT
    if is_dp and category.direct_payment is Eligibility.NO:
        findings.block(
            f"{where}.management",
            "item.category_no_direct_payment",
            f"{category.label} cannot be paid by direct payment.{reason}",
        )
    conditional = category.personal_budget is Eligibility.CONDITIONAL or (
        is_dp and category.direct_payment is Eligibility.CONDITIONAL
    )
    if not conditional:
        return
    for condition_id in category.conditions:
        if item.condition_evidence.get(condition_id, "").strip():
            continue
        condition = pack.condition(condition_id)
        text = condition.label if condition else condition_id
        prompt = f" {condition.prompt}" if condition and condition.prompt else ""
        findings.block(
            f"{where}.condition_evidence.{condition_id}",
            "item.condition_not_recorded",
            f"{label} ({category.label}) needs this recorded first: {text}.{prompt}",
        )


def _check_setting_names_in_text(plan: Plan, findings: _Findings) -> None:
    pattern = setting_name_pattern(plan)
    if pattern is None:
        return
    for item in plan.items:
        for attribute in ("description", "delivered_by", "when"):
            found = pattern.search(getattr(item, attribute))
            if found:
                findings.warn(
                    f"items[{item.id}].{attribute}",
                    "item.names_setting",
                    f"{_label(item)} names “{found.group(0)}”. A draft plan must not name the "
                    "school or college, so the draft prints “the school/setting” instead; "
                    "consider rewording it.",
                )


def _check_unserved_outcomes(plan: Plan, findings: _Findings) -> None:
    served = {outcome_id for item in plan.items for outcome_id in item.outcome_ids}
    for outcome in plan.outcomes:
        if outcome.id not in served:
            findings.warn(
                f"outcomes[{outcome.id}]",
                "outcome.unserved",
                f"No provision serves the outcome “{outcome.text.strip()[:80]}”.",
            )


def _check_indicative(plan: Plan, pack: PolicyPack, findings: _Findings) -> None:
    indicative = plan.indicative
    if indicative.source is IndicativeSource.RAS:
        result = ras_scoring.score(pack.ras, indicative.ras_answers)
        if not result.complete:
            findings.warn(
                "indicative.ras_answers",
                "indicative.ras_incomplete",
                "Not every question of the resource allocation system has been answered.",
            )
        elif indicative.ras_score != result.score or (
            result.band and indicative.ras_band != result.band.id
        ):
            findings.warn(
                "indicative.ras_score",
                "indicative.ras_mismatch",
                f"The recorded score ({indicative.ras_score}) does not match the answers "
                f"({result.score} points) under {pack.council}'s current scoring.",
            )
    elif any(indicative.amounts.values()) and not indicative.manual_reason.strip():
        findings.block(
            "indicative.manual_reason",
            "indicative.manual_no_reason",
            "Say where the indicative figure comes from (for example a banding decision).",
        )
    if indicative.override is not None and not indicative.override.reason.strip():
        findings.block(
            "indicative.override.reason",
            "indicative.override_no_reason",
            "A panel override of the indicative budget needs its reason recorded.",
        )
    summary = summarise(plan)
    if plan.items and not summary.indicative_total:
        findings.warn(
            "indicative.amounts",
            "indicative.missing",
            "No indicative budget is recorded: families cannot plan without knowing it.",
        )
        return
    # Each stream is separate money: one over its figure needs its own reason, whatever the
    # others do. One-off purchases and the school's own contribution are not compared.
    for comparison in summary.over_streams:
        stream = comparison.stream
        if comparison.difference <= pack.over_budget_tolerance:
            continue
        if plan.over_budget_reasons.get(stream, "").strip():
            continue
        name = STREAM_WORDS[stream]
        findings.block(
            f"over_budget_reasons.{stream.value}",
            "budget.over_without_reason",
            f"The {name} support costs {comparison.planned.yearly.format()} a year, "
            f"{comparison.difference.format()} more than the {name} indicative budget of "
            f"{comparison.indicative.format()} a year. Record why the extra {name} money is "
            "needed.",
        )


def _check_band_amounts(plan: Plan, pack: PolicyPack, findings: _Findings) -> None:
    """The amounts recorded with a band must be the pack's amounts for that band: a plan in
    the lowest band cannot carry £50,000, and a pack whose bands changed flags older plans."""
    indicative = plan.indicative
    if indicative.source is not IndicativeSource.RAS or not indicative.ras_band:
        return
    band = pack.band(indicative.ras_band)
    if band is None:
        findings.block(
            "indicative.ras_band",
            "indicative.unknown_band",
            f"{pack.council}'s policy has no band “{indicative.ras_band}”: work the indicative "
            "budget out again.",
        )
        return
    recorded = {s: m for s, m in indicative.amounts.items() if m}
    expected = {s: m for s, m in band.amounts.items() if m}
    if recorded == expected:
        return
    findings.block(
        "indicative.amounts",
        "indicative.band_mismatch",
        f"The amounts recorded for {band.label} ({_amounts_words(recorded)}) are not "
        f"{pack.council}'s amounts for that band ({_amounts_words(expected)}). Use the band's "
        "current amounts, or record a panel override with its reason.",
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
        findings.warn(
            "direct_payment.first_payment_on",
            "dp.no_first_payment_date",
            "Set the date of the first payment: the payment schedule starts from it.",
        )
        return
    signed = dp.agreement_signed_on
    if signed is not None and first < signed:
        findings.block(
            "direct_payment.first_payment_on",
            "dp.paid_before_agreement",
            f"The first payment ({format_long(first)}) cannot be before the direct payment "
            f"agreement is signed ({format_long(signed)}).",
        )
    last = plan_year_end(first)
    needs_terms = [i for i in dp_items if not i.is_one_off and i.runs_in is not RunsIn.ALL_YEAR]
    if needs_terms and not pack.school_year.covers(first, last):
        findings.warn(
            f"items[{needs_terms[0].id}].runs_in",
            "schedule.no_term_dates",
            f"{pack.council}'s policy has no term dates for the whole year from "
            f"{format_long(first)}: payments for term-time or holiday support are spread "
            "evenly over the year.",
        )
    for item in dp_items:
        begins, ends = item.starts_on, item.ends_on
        if (begins and begins > last) or (ends and ends < first):
            findings.warn(
                f"items[{item.id}].starts_on",
                "schedule.outside_year",
                f"{_label(item)} happens outside the year of payments ({format_long(first)} to "
                f"{format_long(last)}): check its dates or the first payment date.",
            )


def _check_direct_payments(plan: Plan, pack: PolicyPack, on: date, findings: _Findings) -> None:
    if not any(i.management is ManagementOption.DIRECT_PAYMENT for i in plan.items):
        return
    dp = plan.direct_payment
    if dp is None:
        findings.block(
            "direct_payment",
            "dp.no_arrangement",
            "Some items are paid by direct payment: record who receives the payments and how.",
        )
        return
    if not dp.recipient_name.strip():
        findings.block(
            "direct_payment.recipient_name",
            "dp.no_recipient",
            "Name the person who will receive the direct payments.",
        )
    if dp.recipient is RecipientKind.YOUNG_PERSON:
        if not pack.direct_payments.young_person_may_receive:
            findings.block(
                "direct_payment.recipient",
                "dp.recipient_not_eligible",
                f"{pack.council} does not pay direct payments to young people themselves.",
            )
        elif not over_compulsory_school_age(plan.child.date_of_birth, on):
            findings.block(
                "direct_payment.recipient",
                "dp.recipient_not_eligible",
                "A young person can receive direct payments themselves only once they are over "
                "compulsory school age; until then the parent (or a nominee) receives them.",
            )
    if dp.recipient is RecipientKind.NOMINEE:
        if not pack.direct_payments.nominee_allowed:
            findings.block(
                "direct_payment.recipient",
                "dp.recipient_not_eligible",
                f"{pack.council} does not pay direct payments to a nominee.",
            )
        if not dp.nominee_name.strip():
            findings.block(
                "direct_payment.nominee_name",
                "dp.no_nominee",
                "Name the nominee who will receive the payments.",
            )
    confirmations = (
        ("appropriate_use_confirmed", "the payments will be used appropriately"),
        ("best_interests_confirmed", "the recipient will act in the child's best interests"),
        ("no_adverse_impact_confirmed", "the payments will not harm services for other children"),
        ("efficient_use_confirmed", "the payments are an efficient use of resources"),
    )
    for attribute, text in confirmations:
        if not getattr(dp, attribute):
            findings.block(
                f"direct_payment.{attribute}",
                "dp.condition_not_confirmed",
                f"Before direct payments are agreed the council must be satisfied that {text}.",
            )
    if not dp.dedicated_account_confirmed:
        findings.warn(
            "direct_payment.dedicated_account_confirmed",
            "dp.no_dedicated_account",
            "Confirm that a dedicated bank account will hold the direct payments.",
        )
    if dp.agreement_signed_on is None:
        findings.warn(
            "direct_payment.agreement_signed_on",
            "dp.agreement_not_signed",
            "No payment can be made until the direct payment agreement is signed.",
        )


def _check_other_arrangements(plan: Plan, findings: _Findings) -> None:
    options = {i.management for i in plan.items}
    if ManagementOption.THIRD_PARTY in options and (
        plan.third_party is None or not plan.third_party.organisation.strip()
    ):
        findings.block(
            "third_party.organisation",
            "third_party.missing",
            "Some items are held by a third party: name the organisation or person.",
        )
    if ManagementOption.ORGANISED in options and not plan.organised_holder.strip():
        findings.warn(
            "organised_holder",
            "organised.no_holder",
            "Say who holds the organised arrangement (the council, the school or the college).",
        )


def _check_premises(plan: Plan, findings: _Findings) -> None:
    for setting in plan.settings_needing_agreement():
        status = agreement_status(plan, setting.id)
        items = ", ".join(_label(i) for i in plan.premises_dp_items(setting.id))
        where = f"premises[{setting.id}]"
        if status.state == AgreementState.NOT_ASKED:
            findings.block(
                where,
                "premises.not_agreed",
                f"{setting.name} must agree in writing to direct payments used on its premises "
                f"({items}).",
            )
        elif status.state == AgreementState.DECLINED:
            reasons = status.agreement.reasons.strip() if status.agreement else ""
            findings.block(
                where,
                "premises.declined",
                f"{setting.name} declined direct payments on its premises"
                + (f": {reasons}" if reasons else ".")
                + " Re-arrange those items or take them out of the direct payment.",
            )
        elif status.state == AgreementState.CHANGED:
            findings.block(
                where,
                "premises.changed",
                f"{setting.name}'s agreement is {status.label[0].lower()}{status.label[1:]}: "
                + "; ".join(change.describe() for change in status.changes)
                + ". Ask again.",
            )
        elif status.state == AgreementState.WITHDRAWN:
            withdrawal = status.agreement.withdrawal if status.agreement else None
            when = format_long(withdrawal.withdrawn_on) if withdrawal else ""
            findings.block(
                where,
                "premises.withdrawn",
                f"{setting.name} withdrew its agreement on {when}: the direct payments for "
                f"{items} must stop or be re-arranged from that date.",
            )
    for agreement in plan.premises_agreements:
        where = f"premises[{agreement.setting_id}]"
        if plan.setting(agreement.setting_id) is None:
            findings.block(
                where,
                "premises.unknown_setting",
                "An agreement refers to a setting not in the plan.",
            )
        if agreement.decision.value == AgreementState.DECLINED and not agreement.reasons.strip():
            findings.block(
                where, "premises.decline_no_reason", "A decline needs its reasons recorded."
            )


def _check_refusals(plan: Plan, findings: _Findings) -> None:
    for refusal in plan.refusals:
        if not refusal.reasons.strip():
            findings.block(
                f"refusals[{refusal.id}].reasons",
                "refusal.no_reasons",
                f"The refusal of “{refusal.request.strip()}” must give its reasons in writing.",
            )


def _check_dates(plan: Plan, pack: PolicyPack, findings: _Findings) -> None:
    if plan.served_on is not None:
        earliest = comment_deadline(plan.served_on, pack.timescales.comment_period_days)
        if plan.comment_deadline is None:
            findings.block(
                "comment_deadline", "dates.no_deadline", "Set the last day for comments."
            )
        elif plan.comment_deadline < earliest:
            findings.block(
                "comment_deadline",
                "dates.deadline_too_soon",
                f"The family must have at least {pack.timescales.comment_period_days} days to "
                f"comment: the deadline cannot be before {format_long(earliest)}.",
            )
    if plan.next_review_on is None:
        findings.warn("next_review_on", "dates.no_review", "Set the date of the next review.")
