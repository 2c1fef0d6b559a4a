"""Plain British English words for the plan's codes, as the people at the table say them."""

from __future__ import annotations

from coplan.domain.model import (
    REFUSAL_SCOPE_WORDS,
    AttendeeRole,
    CostBasis,
    Frequency,
    FundingStream,
    Location,
    ManagementOption,
    MeetingKind,
    NeedSection,
    OutcomeArea,
    OverallOption,
    PaymentSchedule,
    RecipientKind,
    ReviewOutcome,
    RunsIn,
    SettingKind,
)
from coplan.domain.stages import STATUS_WORDS

MEETING_KIND = {
    MeetingKind.NEW_PLAN: "New plan",
    MeetingKind.ANNUAL_REVIEW: "Annual review",
    MeetingKind.REASSESSMENT: "Reassessment",
}
ATTENDEE_ROLE = {
    AttendeeRole.CHILD: "Child or young person",
    AttendeeRole.PARENT: "Parent or carer",
    AttendeeRole.HEAD_TEACHER: "Head teacher or principal",
    AttendeeRole.SENCO: "SENCO",
    AttendeeRole.CASE_OFFICER: "Case officer",
    AttendeeRole.SOCIAL_CARE: "Social care",
    AttendeeRole.HEALTH: "Health",
    AttendeeRole.ADVOCATE: "Advocate",
    AttendeeRole.OTHER: "Someone else",
}
SETTING_KIND = {
    SettingKind.SCHOOL: "School",
    SettingKind.COLLEGE: "College",
    SettingKind.EARLY_YEARS: "Early years setting",
    SettingKind.OTHER: "Other setting",
}
NEED_SECTION = {
    NeedSection.SEN: "B: special educational needs",
    NeedSection.HEALTH: "C: health needs",
    NeedSection.SOCIAL_CARE: "D: social care needs",
}
OUTCOME_AREA = {
    OutcomeArea.EDUCATION: "Education",
    OutcomeArea.HEALTH: "Health",
    OutcomeArea.SOCIAL_CARE: "Social care",
}
FUNDING = {
    FundingStream.EDUCATION: "Education",
    FundingStream.HEALTH: "Health",
    FundingStream.SOCIAL_CARE: "Social care",
    FundingStream.SCHOOL: "School's contribution",
}
MANAGEMENT = {
    ManagementOption.DIRECT_PAYMENT: "Direct payment",
    ManagementOption.ORGANISED: "Organised arrangement",
    ManagementOption.THIRD_PARTY: "Third-party arrangement",
}
MANAGEMENT_SHORT = {
    ManagementOption.DIRECT_PAYMENT: "Direct payment",
    ManagementOption.ORGANISED: "Organised",
    ManagementOption.THIRD_PARTY: "Third party",
}
OVERALL = {
    OverallOption.NONE: "No items yet",
    OverallOption.DIRECT_PAYMENT: "Direct payment",
    OverallOption.ORGANISED: "Organised arrangement",
    OverallOption.THIRD_PARTY: "Third-party arrangement",
    OverallOption.MIXED: "Mixed (items are managed in different ways)",
}
LOCATION = {
    Location.SETTING_PREMISES: "At the school, college or setting",
    Location.HOME: "At home",
    Location.COMMUNITY: "In the community",
}
COST_BASIS = {
    CostBasis.RECURRING: "A cost every year (recurring)",
    CostBasis.ONE_OFF: "A one-off cost, paid once",
}
FREQUENCY = {
    Frequency.WEEK: "Every week",
    Frequency.FORTNIGHT: "Every fortnight",
    Frequency.MONTH: "Every month",
    Frequency.TERM: "Every term",
    Frequency.YEAR: "A number a year",
    Frequency.BLOCK: "A block between two dates",
}
RUNS_IN = {
    RunsIn.ALL_YEAR: "All year",
    RunsIn.TERM_TIME: "Term time only",
    RunsIn.HOLIDAYS: "School holidays only",
}
STATUS = STATUS_WORDS  # "Draft", "Sent for consultation", "Final plan issued"
RECIPIENT = {
    RecipientKind.PARENT: "The parent or carer",
    RecipientKind.YOUNG_PERSON: "The young person",
    RecipientKind.NOMINEE: "A nominee chosen by the parent or young person",
    RecipientKind.REPRESENTATIVE: "A representative (the young person lacks capacity)",
}
SCHEDULE = {
    PaymentSchedule.MONTHLY: "Month, in advance",
    PaymentSchedule.FOUR_WEEKLY: "Four weeks, in advance",
}
REVIEW_OUTCOME = {
    ReviewOutcome.NOT_ASKED: "No review asked for",
    ReviewOutcome.PENDING: "Review asked for, not yet decided",
    ReviewOutcome.UPHELD: "Review decided: the refusal stands",
    ReviewOutcome.OVERTURNED: "Review decided: the request is agreed",
}

REFUSAL_SCOPE = REFUSAL_SCOPE_WORDS
ON_SITE = {
    "dbs": "DBS check",
    "insurance": "Insurance",
    "supervision": "Supervision",
    "site_access": "Site access",
}


def strip_mnemonic(text: str) -> str:
    """'Date of &birth' → 'Date of birth' ('&&' stays a literal '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def as_markup(message: str) -> str:
    """A message for a message box, as markup that shows exactly its text.

    A message box (like a label) reads text that looks like markup as markup, so a child's name
    or a file name such as "<b>Amara</b>" or "<img src=...>" would be obeyed. Escaped here: <, >
    and &, and control or direction characters (shown as \\u202e); line breaks are kept."""
    import html

    from coplan.domain.text_safety import escaped

    return "<p>" + html.escape(escaped(message), quote=False).replace("\n", "<br>") + "</p>"


def shorten(value: str, length: int) -> str:
    """One line of at most `length` characters, for a list or a question, cut after a whole
    word: 'Speech and language therapy in…', never 'Speech and langu…'."""
    value = " ".join(value.split())
    if len(value) <= length:
        return value
    cut = value[: length - 1]
    if value[length - 1] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]  # a word that does not fit is left out whole
    return cut.rstrip(" ,;:.-–") + "…"
