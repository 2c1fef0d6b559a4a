"""One plan being edited: the plan, where it is saved, autosave and crash recovery.

Every edit marks the session dirty and starts a short timer; when it fires the plan is saved to
the store through `coplan.saving.save_edit`, which compares it with a copy of the plan as last
saved and audits each premises agreement the edit invalidated, once. The timer is not restarted by later keystrokes, so a plan is never more than
`AUTOSAVE_MS` behind what is on the screen, and a keystroke never waits on a save (saving
happens between keystrokes, from the event loop). The page being edited is written to a small
recovery marker in the data folder (plan id and page name only: no personal data), removed when
the plan is closed properly; after a crash CoPlan offers to continue on that page. The marker
names the process that wrote it, and only a marker whose process is gone is offered: a second
window is never told that CoPlan did not close properly.

Every save names the revision it replaces. When someone else saved the plan meanwhile (another
window, another officer on the team database) the store refuses it; the session stops saving,
keeps every edit on screen and emits `conflicted`, and the window asks the officer to choose:
keep theirs (`keep_mine`, after seeing the other version) or take the saved one (`take_saved`,
which keeps this copy in the plan's history first). Nothing is discarded without a word.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from coplan.domain.model import Plan
from coplan.domain.policy import PolicyPack
from coplan.domain.rules import Finding, validate
from coplan.domain.stages import stage_to_reach
from coplan.saving import save_edit, valid_agreements
from coplan.store.errors import PlanConflict

log = logging.getLogger(__name__)

AUTOSAVE_MS = 400
SET_ASIDE_REASON = "edits set aside after a conflict"
REPLACED_REASON = "replaced after a conflict"
RETRY_MS = 3000
FINDINGS_MS = 120


@dataclass(frozen=True)
class InvalidInput:
    label: str
    text: str
    message: str


class RecoveryMarker:
    """`open-plan.json` in the data folder: which plan and page were open, for crash recovery.

    With the caseload's key (an encrypted caseload) the file is sealed with it (AES-GCM,
    `crypto.seal`): before the passphrase nobody can tell which plan was open."""

    NAME = "open-plan.json"
    PURPOSE = b"recovery marker"

    def __init__(self, folder: Path, key=None) -> None:
        self.path = Path(folder) / self.NAME
        self.key = key

    def write(self, plan_id: str, page: str) -> None:
        from coplan.plan_file import write_atomically

        data = json.dumps(
            {"plan_id": plan_id, "page": page, "pid": os.getpid(), "computer": computer_name()}
        ).encode()
        if self.key is not None:
            from coplan.store.crypto import seal

            data = seal(self.key, data, purpose=self.PURPOSE)
        try:
            write_atomically(self.path, data)
        except OSError:  # pragma: no cover - a full disk must not stop the meeting
            log.warning("could not write the recovery marker")

    def read(self) -> dict | None:
        from coplan.store.crypto import is_sealed, unseal

        try:
            raw = self.path.read_bytes()
            if self.key is not None and is_sealed(raw):
                raw = unseal(self.key, raw, purpose=self.PURPOSE)
            data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError):  # sealed with another key, or without one: not ours
            return None
        if not isinstance(data, dict) or not isinstance(data.get("plan_id"), str):
            return None
        return data

    def left_by_a_crash(self, *, folder_held: bool = False) -> dict | None:
        """The marker, when the process that wrote it on this computer has ended without
        removing it (a crash, a kill, a power cut); None when there is none or its process is
        still running (another CoPlan window: not ours to offer).

        `folder_held`: this CoPlan holds the data folder's single-instance lock, so no other
        CoPlan can be running on it and the writer has certainly ended, even if the system has
        since given its process id to another program."""
        data = self.read()
        if data is None:
            return None
        pid = data.get("pid")
        if data.get("computer", computer_name()) != computer_name():
            return None  # a data folder on a shared drive: that computer's CoPlan decides
        if folder_held:
            return data
        if isinstance(pid, int) and pid != os.getpid() and process_is_running(pid):
            return None
        return data

    def clear(self, plan_id: str | None = None) -> None:
        if plan_id is not None:
            current = self.read()
            if current and current.get("plan_id") != plan_id:
                return
        self.path.unlink(missing_ok=True)


def computer_name() -> str:
    import socket

    return socket.gethostname()


def process_is_running(pid: int) -> bool:
    """Whether a process with this id exists on this computer."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        synchronize = 0x00100000
        handle = ctypes.windll.kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            still_active = 0x102  # WAIT_TIMEOUT: it has not ended
            return ctypes.windll.kernel32.WaitForSingleObject(handle, 0) == still_active
        finally:
            ctypes.windll.kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


class PlanSession(QObject):
    changed = Signal()  # the plan changed on screen (before it is saved)
    findings_changed = Signal()
    inputs_changed = Signal()  # a field started or stopped holding input that is not valid
    saved = Signal(str)  # plan id
    save_failed = Signal(str)  # a message for the status line
    conflicted = Signal(object)  # PlanConflict: someone else saved the plan meanwhile
    notice = Signal(str)  # a short word for the officer ("Removed need ‘Reading’. Undo …")

    def __init__(
        self,
        store,
        plan: Plan,
        pack: PolicyPack,
        *,
        actor: str,
        recovery: RecoveryMarker | None = None,
        data_folder: Path | None = None,
        revision: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The revision the plan on screen was loaded or last saved at: the next save replaces
        # it. None only for callers outside the app that do not track revisions.
        self.revision = revision
        self.conflict: PlanConflict | None = None
        self._opening: str | None = None
        self._heartbeat: QTimer | None = None
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
        self.valid_agreements = valid_agreements(plan, pack)
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
        self.page_key = "meeting"  # the wizard page in use (set_page)
        from .undo import PlanUndo

        self.undo = PlanUndo(plan, page=lambda: self.page_key, parent=self)
        self.undo.restored.connect(lambda _page: self.edited())

    # -- editing ---------------------------------------------------------------------------
    def edited(self, what: str | None = None, *, step: bool = False) -> None:
        """Call after every change to the plan. `what` names it for the Edit menu ("remove
        need ‘Reading’"; by default the focused field's label); `step`: a change of its own
        (a remove, an add), never merged with typing."""
        if step:
            self.undo.step(what or "change")
        else:
            self.undo.record(what)
        self.dirty = True
        self._findings = None
        if not self._save_timer.isActive() and self.conflict is None:
            self._save_timer.start(AUTOSAVE_MS)
        self._findings_timer.start()
        self.changed.emit()

    def tell(self, words: str) -> None:
        self.notice.emit(words)

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
        """Work the findings out again now (after a change made outside the pages' fields: a
        recorded decision, which Ctrl+Z does not undo)."""
        self.undo.milestone()
        self._findings_timer.stop()
        self._refresh_findings()
        self.changed.emit()

    # -- saving ----------------------------------------------------------------------------
    def save_now(self) -> bool:
        self._save_timer.stop()
        if self.conflict is not None:
            return False  # waiting for the officer to choose; nothing is written meanwhile
        if not self.dirty:
            return True
        draft = self.plan.draft_revision
        try:
            self.valid_agreements, self.revision = save_edit(
                self.store,
                self.plan,
                actor=self.actor,
                valid_before=self.valid_agreements,
                replaces=self.revision,
                pack=self.pack,
            )
        except PlanConflict as conflict:
            self._conflicted(conflict)
            return False
        except Exception as exc:  # the store's own errors, disk full, database gone
            log.exception("autosave failed")
            self.last_error = f"Not saved: {exc}. CoPlan will try again."
            self.save_failed.emit(self.last_error)
            self._save_timer.start(RETRY_MS)
            return False
        if self.plan.draft_revision != draft:
            # The save made a sent draft its next revision: that is part of the last step.
            self.undo.rebase()
        self._now_saved()
        return True

    def save_whole(self, plan: Plan) -> None:
        """Save for the sign-off recorder (the same plan object), over the session's revision;
        PlanConflict is raised after the session has noted it."""
        try:
            self.revision = self.store.save(plan, actor=self.actor, replaces=self.revision)
        except PlanConflict as conflict:
            self._conflicted(conflict)
            raise

    def _conflicted(self, conflict: PlanConflict) -> None:
        log.info("plan %s was saved elsewhere: waiting for the officer", conflict.plan_id)
        self.conflict = conflict
        self.dirty = True
        self.last_error = (
            "Not saved: someone else saved this plan while you were editing it. "
            "Choose which version to keep."
        )
        self.save_failed.emit(self.last_error)
        self.conflicted.emit(conflict)

    def saved_version(self) -> Plan | None:
        """The plan as saved meanwhile by someone else (None: it was erased)."""
        from coplan.store import PlanNotFound

        try:
            return self.store.load(self.plan.id)
        except PlanNotFound:
            return None

    def keep_mine(self, saved: Plan | None = None) -> bool:
        """After seeing the other version (`saved`): save this one over it, as a new revision.
        The other is first kept in the plan's history (a version "replaced after a conflict")."""
        conflict = self.conflict
        if conflict is None:
            return self.save_now()
        if saved is not None:
            try:
                self.store.snapshot(saved, reason=REPLACED_REASON, actor=self.actor)
            except Exception:
                log.exception("could not keep the other version of plan %s", self.plan.id)
                return False
        self.conflict = None
        self.revision = conflict.current  # 0: erased meanwhile, so saved as a new plan
        self.dirty = True
        return self.save_now()

    def take_saved(self) -> tuple[Plan, int] | None:
        """Give up this copy for the version saved meanwhile: this copy is first kept in the
        plan's history (a version "set aside after a conflict"), so nothing is lost. The saved
        plan and its revision, for the window to show; None when the plan was erased."""
        from coplan.store import PlanNotFound

        try:
            saved = self.store.load_with_revision(self.plan.id)
        except PlanNotFound:  # erased meanwhile: nothing to take (any other error is raised)
            return None
        self.store.snapshot(self.plan, reason=SET_ASIDE_REASON, actor=self.actor)
        log.info("set aside edits of plan %s after a conflict", self.plan.id)
        self.conflict = None
        self.dirty = False
        self._save_timer.stop()
        return saved

    # -- who has the plan open (the team database) ----------------------------------------
    def announce_open(self, computer: str) -> None:
        """On a shared database, tell the others' caseloads that this window has the plan."""
        if not getattr(self.store, "is_shared", False):
            return
        try:
            self._opening = self.store.mark_open(self.plan.id, actor=self.actor, computer=computer)
        except Exception:
            log.warning("could not note that plan %s is open", self.plan.id)
            return
        from coplan.store.repository import OPENING_HEARTBEAT

        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(OPENING_HEARTBEAT.total_seconds() * 1000))
        self._heartbeat.timeout.connect(self._still_open)
        self._heartbeat.start()

    def _still_open(self) -> None:
        try:
            self.store.still_open(self._opening)
        except Exception:
            log.warning("could not note that plan %s is still open", self.plan.id)

    def announce_closed(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.stop()
        if self._opening is not None:
            opening, self._opening = self._opening, None
            try:
                self.store.mark_closed(opening)
            except Exception:
                log.warning("could not note that plan %s was closed", self.plan.id)

    def _now_saved(self) -> None:
        self.dirty = False
        self.last_error = ""
        self.last_saved = datetime.now()
        self.saved.emit(self.plan.id)

    def saved_elsewhere(self) -> None:
        """The whole plan was just saved by someone else's code (the sign-off recorder)."""
        self._save_timer.stop()
        self.valid_agreements = valid_agreements(self.plan, self.pack)
        self.undo.milestone()  # a signature is not undone by Ctrl+Z
        self._now_saved()

    def set_page(self, page: str) -> None:
        self.page_key = page
        if self.recovery is not None:
            self.recovery.write(self.plan.id, page)

    def close(self) -> bool:
        """Save what is there and drop the recovery marker; False when the save failed."""
        ok = self.save_now()
        if ok and self.recovery is not None:
            self.recovery.clear(self.plan.id)
        self._findings_timer.stop()
        if ok:
            self.announce_closed()
        return ok
