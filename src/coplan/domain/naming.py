"""Finding a setting's name in free text.

A draft EHC plan must not name a school or college (Section I stays blank until the family has
said which one they would like), yet people naturally type "Oakfield Primary School teaching
assistant". The rules warn where that happens; the report prints such text with the name
replaced. Both use this one pattern.
"""

from __future__ import annotations

import re

from .model import Plan, SettingKind


def setting_name_pattern(plan: Plan) -> re.Pattern[str] | None:
    """Any setting's name as a whole phrase, ignoring case and runs of spaces."""
    names = sorted({s.name.strip() for s in plan.settings if s.name.strip()}, key=len, reverse=True)
    if not names:
        return None
    phrases = [r"\s+".join(map(re.escape, name.split())) for name in names]
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)", re.IGNORECASE)


# What a draft says instead of a setting's name (a draft must not name one), by its kind: plain
# words a parent uses, never "setting".
UNNAMED_WORDS = {
    SettingKind.SCHOOL: "the school",
    SettingKind.COLLEGE: "the college",
    SettingKind.EARLY_YEARS: "the nursery",
    SettingKind.OTHER: "the school or college",
}
UNNAMED_ANY = "the school or college"


def unnamed_setting(plan: Plan, setting_id: str | None = None) -> str:
    """'the school', 'the college', 'the nursery' for one setting; for none given, the word for
    the plan's settings when they are all of one kind, else 'the school or college'."""
    if setting_id is not None:
        setting = plan.setting(setting_id)
        return UNNAMED_WORDS[setting.kind] if setting is not None else UNNAMED_ANY
    kinds = {s.kind for s in plan.settings}
    return UNNAMED_WORDS[kinds.pop()] if len(kinds) == 1 else UNNAMED_ANY


def setting_name_replacer(plan: Plan):
    """A function for `pattern.sub`: each setting's name found in text becomes the words for
    its own kind ("the college" for a college's name)."""
    by_name = {" ".join(s.name.split()).casefold(): s for s in plan.settings if s.name.strip()}

    def replace(match: re.Match[str]) -> str:
        setting = by_name.get(" ".join(match.group(0).split()).casefold())
        return UNNAMED_WORDS[setting.kind] if setting is not None else UNNAMED_ANY

    return replace


# Characters a file name may not hold on Windows, macOS or Linux (and the path separators).
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
PLAN_REFERENCE_CHARS = 8


def plan_reference(plan: Plan) -> str:
    """A short reference that tells two plans apart when nothing else does (the start of the
    plan's id, which never changes)."""
    return plan.id[:PLAN_REFERENCE_CHARS]


def file_name_stem(plan: Plan) -> str:
    """The start of every file exported from a plan: the child's full name and date of birth
    (dd-mm-yyyy), or the plan reference when there is no date of birth, and the version:
    "Maya Patel born 14-03-2018 v2". Two children called Maya, or one Maya's plan and her
    annual review, never get the same name."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", plan.child.full_name or "").split())
    name = name.strip(" .")[:80].strip(" .") or "Plan"
    born = plan.child.date_of_birth
    tell_apart = f"born {born:%d-%m-%Y}" if born else f"ref {plan_reference(plan)}"
    return f"{name} {tell_apart} v{plan.version}"
