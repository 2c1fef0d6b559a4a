"""The store's exceptions. Messages name ids and actions, never personal data."""

from __future__ import annotations


class StoreError(Exception):
    """The store could not do what was asked; the message names ids, never personal data."""


class PlanNotFound(StoreError, LookupError):
    """No such plan (or version): never saved, or purged."""


class InvalidPlan(StoreError, ValueError):
    """The plan cannot be stored because it could not be read back as it is."""


class MigrationError(StoreError):
    """The database could not be brought up to date; it was left as it was."""


class InvalidAuditEntry(StoreError, ValueError):
    """An audit entry that could carry personal data, or is not a short action phrase."""
