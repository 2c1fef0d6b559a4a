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


PHONE_CHARACTERS = frozenset("0123456789 +()-.ext")


def contact_problems(officer: OfficerContact, limits: dict[str, int]) -> dict[str, str]:
    """What is wrong with each detail, in plain words, by field ("email": "…"); `limits` are the
    plan file's lengths (`plan_file.limits.max_length("officer.email")`…)."""
    words = {"name": "name", "role": "role", "email": "email address", "phone": "phone number"}
    problems: dict[str, str] = {}
    for field, word in words.items():
        value = getattr(officer, field).strip()
        most = limits.get(field)
        if most is not None and len(value) > most:
            problems[field] = (
                f"The {word} is {len(value)} characters long; a plan keeps up to {most}."
            )
    email, phone = officer.email.strip(), officer.phone.strip()
    if "email" not in problems and email and not looks_like_email(email):
        problems["email"] = (
            "That does not look like an email address: it needs a name, an @ and a domain, "
            "for example sam.patel@example-shire.gov.uk."
        )
    if "phone" not in problems and phone:
        digits = sum(ch.isdigit() for ch in phone)
        if not set(phone.lower()) <= PHONE_CHARACTERS or digits < 6:
            problems["phone"] = (
                "A phone number has at least 6 digits, and only spaces, +, brackets, dashes "
                "or “ext” between them, for example 01632 960 123 ext 45."
            )
    return problems
