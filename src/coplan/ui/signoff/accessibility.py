"""Accessible names equal to the visible labels, for every field that has one."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QWidget


def visible_text(text: str) -> str:
    """A label's text as a person reads it: no mnemonic ampersands, no trailing colon."""
    text = re.sub(r"&(.)", r"\1", text)
    return text.strip().rstrip(":").strip()


def name_fields_from_labels(root: QWidget) -> None:
    """Give each label's buddy the label's visible text as its accessible name."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            buddy.setAccessibleName(visible_text(label.text()))
