"""Finding a setting's name in free text.

A draft EHC plan must not name a school or college (Section I stays blank until the family has
said which one they would like), yet people naturally type "Oakfield Primary School teaching
assistant". The rules warn where that happens; the report prints such text with the name
replaced. Both use this one pattern.
"""

from __future__ import annotations

import re

from .model import Plan


def setting_name_pattern(plan: Plan) -> re.Pattern[str] | None:
    """Any setting's name as a whole phrase, ignoring case and runs of spaces."""
    names = sorted({s.name.strip() for s in plan.settings if s.name.strip()}, key=len, reverse=True)
    if not names:
        return None
    phrases = [r"\s+".join(map(re.escape, name.split())) for name in names]
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)", re.IGNORECASE)
