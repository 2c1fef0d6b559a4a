"""The case officer the family and the school reply to ("Your details" in the app's settings).

The officer types their details once; each new plan (and a plan opened without any) takes a
copy, so the plan file carries them and every output — the app's, and the command line's —
can say who to talk to.
"""

from __future__ import annotations

from dataclasses import replace

from .model import OfficerContact, Plan


def clean_officer(officer: OfficerContact) -> OfficerContact:
    """The details as they are kept: each on one line, without surrounding spaces."""

    def line(text: str) -> str:
        return " ".join(str(text or "").split())

    return OfficerContact(
        name=line(officer.name),
        role=line(officer.role),
        email=line(officer.email),
        phone=line(officer.phone),
    )


def fill_officer(plan: Plan, default: OfficerContact) -> bool:
    """Give a plan that has no officer contact a copy of `default` (the officer's own details
    from the settings). A final plan is never changed. True when the plan changed."""
    if plan.is_final or not plan.officer.is_empty or default.is_empty:
        return False
    plan.officer = replace(clean_officer(default))
    return True


def officer_lines(officer: OfficerContact) -> list[str]:
    """The officer's details as short lines: "Sam Patel, SEND case officer", "Email: …",
    "Phone: …". Empty when nothing is recorded."""
    lines = []
    who = ", ".join(part for part in (officer.name.strip(), officer.role.strip()) if part)
    if who:
        lines.append(who)
    if officer.email.strip():
        lines.append(f"Email: {officer.email.strip()}")
    if officer.phone.strip():
        lines.append(f"Phone: {officer.phone.strip()}")
    return lines


def looks_like_email(text: str) -> bool:
    """A plausible email address: something@something.something, no spaces."""
    text = text.strip()
    local, at, domain = text.partition("@")
    return bool(at and local and "." in domain.strip(".") and " " not in text and "@" not in domain)
