"""The head teacher's sign-off screen and the premises agreement dialogs (see docs/signoff.md)."""

from .dialogs import record_outside_meeting, record_withdrawal
from .entry import open_signoff
from .history import AgreementHistory, history_lines
from .recording import audit_detail, store_recorder

__all__ = [
    "AgreementHistory",
    "audit_detail",
    "history_lines",
    "open_signoff",
    "record_outside_meeting",
    "record_withdrawal",
    "store_recorder",
]
