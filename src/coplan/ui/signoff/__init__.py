"""The head teacher's sign-off screen and the premises agreement dialogs (see docs/signoff.md)."""

from .dialogs import record_outside_meeting, record_withdrawal
from .entry import open_signoff
from .history import AgreementHistory, history_lines

__all__ = [
    "AgreementHistory",
    "history_lines",
    "open_signoff",
    "record_outside_meeting",
    "record_withdrawal",
]
