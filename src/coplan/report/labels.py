"""How the plan's coded values read in the PDF, in plain British English.

Only names of things live here. What a council says (refusals, review rights, monitoring terms,
how to respond, what its options mean) comes from the policy pack's `[wording]`; timescales
come from `[timescales]`. The few explanations below are national definitions (Children and
Families Act 2014 and the SEND Code of Practice 2015), the same for every council, used where a
pack has no wording of its own.
"""

from __future__ import annotations

import re

from coplan.domain.model import (
    REFUSAL_SCOPE_WORDS,
    AttendeeRole,
    Decision,
    FundingStream,
    Location,
    ManagementOption,
    MeetingKind,
    NeedSection,
    OutcomeArea,
    OverallOption,
    PaymentSchedule,
    RecipientKind,
    SignatureMethod,
)
from coplan.domain.stages import CONSULTEE_WORDS, SERVICE_METHOD_WORDS

FUNDING = {
    FundingStream.EDUCATION: "Education",
    FundingStream.HEALTH: "Health",
    FundingStream.SOCIAL_CARE: "Social care",
    FundingStream.SCHOOL: "School contribution",
}

MANAGEMENT = {
    ManagementOption.DIRECT_PAYMENT: "Direct payment",
    ManagementOption.ORGANISED: "Organised arrangement",
    ManagementOption.THIRD_PARTY: "Third-party arrangement",
}

OVERALL = {
    OverallOption.NONE: "No personal budget items",
    OverallOption.DIRECT_PAYMENT: "Direct payment",
    OverallOption.ORGANISED: "Organised arrangement",
    OverallOption.THIRD_PARTY: "Third-party arrangement",
    OverallOption.MIXED: "Mixed",
}

LOCATION = {
    Location.SETTING_PREMISES: "At the school or college",
    Location.HOME: "At home",
    Location.COMMUNITY: "In the community",
}

NEED_SECTION = {
    NeedSection.SEN: "Special educational need",
    NeedSection.HEALTH: "Health need",
    NeedSection.SOCIAL_CARE: "Social care need",
}

OUTCOME_AREA = {
    OutcomeArea.EDUCATION: "education",
    OutcomeArea.HEALTH: "health",
    OutcomeArea.SOCIAL_CARE: "social care",
}

RECIPIENT = {
    RecipientKind.PARENT: "Parent or carer",
    RecipientKind.YOUNG_PERSON: "The young person",
    RecipientKind.NOMINEE: "A nominee (someone chosen to receive the payments)",
    RecipientKind.REPRESENTATIVE: (
        "A representative (acting for a young person who lacks capacity to decide)"
    ),
}

SCHEDULE = {
    PaymentSchedule.MONTHLY: "Every month",
    PaymentSchedule.FOUR_WEEKLY: "Every four weeks",
}

DECISION = {
    Decision.AGREED: "Agreed",
    Decision.AGREED_WITH_CONDITIONS: "Agreed with conditions",
    Decision.DECLINED: "Declined",
}

SIGNATURE_METHOD = {
    SignatureMethod.DRAWN: "Signed by hand on screen at the meeting",
    SignatureMethod.TYPED: "Name typed and confirmed at the meeting",
    SignatureMethod.PAPER: "Given on paper after the meeting",
    SignatureMethod.EMAIL: "Given by email after the meeting",
}

REFUSAL_SCOPE = REFUSAL_SCOPE_WORDS

ATTENDEE_ROLE = {
    AttendeeRole.CHILD: "child or young person",
    AttendeeRole.PARENT: "parent or carer",
    AttendeeRole.HEAD_TEACHER: "head teacher or principal",
    AttendeeRole.SENCO: "SENCO",
    AttendeeRole.CASE_OFFICER: "case officer",
    AttendeeRole.SOCIAL_CARE: "social care",
    AttendeeRole.HEALTH: "health",
    AttendeeRole.ADVOCATE: "advocate",
    AttendeeRole.OTHER: "other",
}

MEETING_KIND = {
    MeetingKind.NEW_PLAN: "new plan",
    MeetingKind.ANNUAL_REVIEW: "annual review",
    MeetingKind.REASSESSMENT: "reassessment",
}

CONSULTEE_ROLE = CONSULTEE_WORDS
SERVICE_METHOD = SERVICE_METHOD_WORDS

# National definitions, for terms a policy pack does not explain itself.
PERSONAL_BUDGET = (
    "An amount of money the council identifies to pay for some of the support in the plan, "
    "where you are involved in choosing and arranging that support."
)
PREMISES_AGREEMENT = (
    "When a direct payment pays for support at a school or college, the head teacher or "
    "principal must agree to it in writing first."
)
# The streams table's total is the council's money only; the headline personal budget also
# counts the school's own contribution. Both places name the difference in these words.
COUNCIL_TOTAL = "Total from the council"


def school_share_text(school_text: str, council_text: str) -> str:
    """The sentences under the headline that reconcile it with the council's total."""
    return (
        f"This includes {school_text} that the school pays from its own money. The council pays "
        f"{council_text}."
    )


NOMINEE = "Someone you choose to receive and manage the direct payments for you."
SECTION_J = (
    "Section J is the part of an Education, Health and Care (EHC) plan that sets out the "
    "personal budget and how any direct payments are arranged."
)
EHC_PLAN = (
    "An Education, Health and Care plan: the legal document describing a child's or young "
    "person's needs, the outcomes they are working towards and the support they will get."
)


# Abbreviations people type into a plan that a parent may not know, with a few plain words each:
# the family page explains each where it is first used (`explain_terms`).
FAMILY_TERMS = {
    "CAMHS": "the NHS service for children’s mental health",
    "CIC": "a community interest company: a business run for the good of the community",
    "SENCO": "the teacher who leads support for special needs",
    "SENCo": "the teacher who leads support for special needs",
    "SaLT": "speech and language therapy",
    "SALT": "speech and language therapy",
    "SLT": "speech and language therapy",
    "OT": "occupational therapy",
    "PA": "personal assistant",
    "HCPC": "the body that registers health professionals",
    "DBS": "a police check for people who work with children",
    "ICB": "the local NHS body that pays for health care",
    "EHCP": "Education, Health and Care plan",
}
_TERM_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, FAMILY_TERMS)) + r")(?![\w-])")


def explain_terms(text: str, explained: set[str]) -> str:
    """`text` with each abbreviation of `FAMILY_TERMS` followed by its plain words, the first
    time it is used (`explained` remembers which, across the page)."""

    def first_use(match: re.Match[str]) -> str:
        term = match.group(1)
        key = FAMILY_TERMS[term]
        if key in explained:
            return term
        explained.add(key)
        return f"{term} ({key})"

    return _TERM_PATTERN.sub(first_use, text)


def explanation(term: str, pack_text: str, fallback: str = "") -> str:
    """The one-line explanation of a term, without repeating the term a pack's wording starts
    with ("Direct payment: the money is paid to you…" → "The money is paid to you…")."""
    text = pack_text.strip() or fallback
    head, separator, rest = text.partition(":")
    if separator and head.strip().casefold() == term.casefold():
        text = rest.strip()
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    """Text a person typed, ending with a full stop if it has no closing punctuation."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…:;)”\"'" else text + "."


def how_many(count: int, unit: str) -> str:
    """'1 month', '3 months'."""
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"
