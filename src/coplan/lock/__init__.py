"""The case officer's PIN or password, which hands the laptop back from the sign-off screen.

Pure Python (standard library only). See `officer_lock` for how the secret is kept.
"""

from .officer_lock import (
    MIN_LENGTH,
    Attempt,
    KdfParams,
    LockError,
    OfficerLock,
    delay_after,
    problem_with_new_secret,
)

__all__ = [
    "MIN_LENGTH",
    "Attempt",
    "KdfParams",
    "LockError",
    "OfficerLock",
    "delay_after",
    "problem_with_new_secret",
]
