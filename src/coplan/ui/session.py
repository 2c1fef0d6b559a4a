"""One plan being edited: the plan, where it is saved, autosave and crash recovery.

Every edit marks the session dirty and starts a short timer; when it fires the plan is saved to
the store through `coplan.saving.save_edit`, which compares it with a copy of the plan as last
saved and audits each premises agreement the edit invalidated, once. The timer is not restarted by later keystrokes, so a plan is never more than
`AUTOSAVE_MS` behind what is on the screen, and a keystroke never waits on a save (saving
happens between keystrokes, from the event loop). The page being edited is written to a small
recovery marker in the data folder (plan id and page name only: no personal data), removed when
the plan is closed properly; after a crash CoPlan offers to continue on that page.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from coplan.domain.agreements import valid_agreement_settings
from coplan.domain.model import Plan
from coplan.domain.policy import PolicyPack
from coplan.domain.rules import Finding, validate
from coplan.domain.stages import stage_to_reach
from coplan.saving import save_edit

log = logging.getLogger(__name__)

AUTOSAVE_MS = 400
RETRY_MS = 3000
FINDINGS_MS = 120


@dataclass(frozen=True)
class InvalidInput:
    label: str
    text: str
    message: str


class RecoveryMarker:
    """`open-plan.json` in the data folder: which plan and page were open, for crash recovery."""

    NAME = "open-plan.json"

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / self.NAME

    def write(self, plan_id: str, page: str) -> None:
        from coplan.plan_file import write_atomically

        data = json.dumps({"plan_id": plan_id, "page": page, "pid": os.getpid()})
        try:
            write_atomically(self.path, data.encode())
        except OSError:  # pragma: no cover - a full disk must not stop the meeting
            log.warning("could not write the recovery marker")

    def read(self) -> dict | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("plan_id"), str):
            return None
        return data

    def clear(self, plan_id: str | None = None) -> None:
        if plan_id is not None:
            current = self.read()
            if current and current.get("plan_id") != plan_id:
                return
        self.path.unlink(missing_ok=True)


class PlanSession(QObject):
    changed = Signal()  # the plan changed on screen (before it is saved)
    findings_changed = Signal()
    inputs_changed = Signal()  # a field started or stopped holding input that is not valid
    saved = Signal(str)  # plan id
    save_failed = Signal(str)  # a message for the status line

    def __init__(
        self,
        store,
        plan: Plan,
        pack: PolicyPack,
        *,
        actor: str,
        recovery: RecoveryMarker | None = None,
        data_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self.store = store
        self.plan = plan
        self.pack = pack
        self.actor = actor
        self.recovery = recovery
        self.dirty = False
        self.last_saved: datetime | None = None
        # Settings whose premises agreement was valid at the last save, so that `save_edit` can
        # audit an edit that invalidated one (a small set: no copy of the plan is kept).
        self.valid_agreements = valid_agreement_settings(plan)
        self.last_error = ""
        self.invalid: dict[str, InvalidInput] = {}
        self._findings: list[Finding] | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(FINDINGS_MS)
        self._findings_timer.timeout.connect(self._refresh_findings)

    # -- editing ---------------------------------------------------------------------------
    def edited(self) -> None:
        """Call after every change to the plan."""
        self.dirty = True
        self._findings = None
        if not self._save_timer.isActive():
            self._save_timer.start(AUTOSAVE_MS)
        self._findings_timer.start()
        self.changed.emit()

    def note_input(self, key: str, label: str, text: str, message: str | None) -> None:
        """Remember (or forget) a field holding input that could not be applied."""
        before = key in self.invalid
        if message:
            self.invalid[key] = InvalidInput(label, text, message)
        else:
            self.invalid.pop(key, None)
        if before != (key in self.invalid):
            self.inputs_changed.emit()

    def forget_inputs(self, prefix: str) -> None:
        for key in [k for k in self.invalid if k.startswith(prefix)]:
            del self.invalid[key]
        self.inputs_changed.emit()

    # -- findings --------------------------------------------------------------------------
    @property
    def findings(self) -> list[Finding]:
        if self._findings is None:
            # A draft is checked for being sent, a sent draft for being final: what only
            # stops a later stage is shown, not as "must fix" yet.
            self._findings = validate(self.plan, self.pack, stage=stage_to_reach(self.plan))
        return self._findings

    def _refresh_findings(self) -> None:
        self._findings = None
        self.findings_changed.emit()

    def refresh_findings(self) -> None:
        """Work the findings out again now (after a change made outside the pages' fields)."""
        self._findings_timer.stop()
        self._refresh_findings()
        self.changed.emit()

    # -- saving ----------------------------------------------------------------------------
    def save_now(self) -> bool:
        self._save_timer.stop()
        if not self.dirty:
            return True
        try:
            self.valid_agreements = save_edit(
                self.store, self.plan, actor=self.actor, valid_before=self.valid_agreements
            )
        except Exception as exc:  # the store's own errors, disk full, database gone
            log.exception("autosave failed")
            self.last_error = f"Not saved: {exc}. CoPlan will try again."
            self.save_failed.emit(self.last_error)
            self._save_timer.start(RETRY_MS)
            return False
        self._now_saved()
        return True

    def _now_saved(self) -> None:
        self.dirty = False
        self.last_error = ""
        self.last_saved = datetime.now()
        self.saved.emit(self.plan.id)

    def saved_elsewhere(self) -> None:
        """The whole plan was just saved by someone else's code (the sign-off recorder)."""
        self._save_timer.stop()
        self.valid_agreements = valid_agreement_settings(self.plan)
        self._now_saved()

    def set_page(self, page: str) -> None:
        if self.recovery is not None:
            self.recovery.write(self.plan.id, page)

    def close(self) -> bool:
        """Save what is there and drop the recovery marker; False when the save failed."""
        ok = self.save_now()
        if ok and self.recovery is not None:
            self.recovery.clear(self.plan.id)
        self._findings_timer.stop()
        return ok
