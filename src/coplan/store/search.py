"""Folding names for the caseload search, without SQLAlchemy (the quick reader uses it too)."""

from __future__ import annotations

import unicodedata

# Joins the folded full and preferred names in `plans.search_name`; nobody types it in a search.
SEARCH_SEPARATOR = "\x1f"


def search_key(text: str) -> str:
    """Text folded so that "ZOË", "zoë" and a decomposed "zoe\u0308" all match each other."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_name(full_name: str, preferred_name: str) -> str:
    return search_key(full_name) + SEARCH_SEPARATOR + search_key(preferred_name)


def search_needle(search: str) -> str:
    """What a search box's text is looked for as, in `plans.search_name`; "" for no search."""
    return search_key(search.replace(SEARCH_SEPARATOR, "")).strip()
