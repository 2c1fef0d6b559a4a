"""The head teacher's sign-off screen and the premises agreement dialogs (see docs/signoff.md)."""

from .entry import open_signoff

__all__ = ["open_signoff"]
