"""Everything the sections need to know about one plan, worked out once.

Pure Python (no reportlab): the sums come from `domain.budget.summarise`, each setting's
agreement status from `domain.fingerprint.agreement_status` (both on the plan exactly as it
is), and the sections print `plan`, a copy in which settings' names appear only in the
settings and premises agreements (see `redact.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coplan.domain.budget import BudgetSummary, summarise
from coplan.domain.codes import PlanCodes, plan_codes
from coplan.domain.dates import format_long, over_compulsory_school_age
from coplan.domain.fingerprint import AgreementStatus, agreement_status
from coplan.domain.model import ManagementOption, Need, Outcome, Plan, ProvisionItem, Setting
from coplan.domain.naming import unnamed_setting
from coplan.domain.open_items import LineStatus, line_status, still_to_settle
from coplan.domain.policy import PolicyPack
from coplan.domain.schedule import Schedule, direct_payment_schedule

from .redact import without_setting_names


@dataclass
class ReportContext:
    plan: Plan
    pack: PolicyPack
    today: date
    previous: Plan | None = None
    # The final plan's Section J (marked final, names the school, nothing "subject to"), or the
    # draft for consultation.
    final: bool = False
    original: Plan = field(init=False)  # the plan as it is, before names are taken out
    summary: BudgetSummary = field(init=False)
    schedule: Schedule | None = field(init=False)  # the direct payment schedule, once dated
    # Every setting that needs an agreement or has one recorded, with its current status.
    statuses: dict[str, AgreementStatus] = field(init=False)
    codes: PlanCodes = field(init=False)  # B1, E2…: each need and outcome printed once

    def __post_init__(self) -> None:
        # Statuses and sums from the plan as it is; the sections print a copy without names.
        self.summary = summarise(self.plan)
        self.schedule = direct_payment_schedule(self.plan, self.pack)
        setting_ids = [s.id for s in self.plan.settings_needing_agreement()]
        for agreement in self.plan.premises_agreements:
            if agreement.setting_id not in setting_ids:
                setting_ids.append(agreement.setting_id)
        self.statuses = {sid: agreement_status(self.plan, sid) for sid in setting_ids}
        self.codes = plan_codes(self.plan)
        self.original = self.plan
        if not self.final:  # a draft must not name a school; the final plan does (Section I)
            self.plan = without_setting_names(self.plan)
            if self.previous is not None:
                self.previous = without_setting_names(self.previous)

    # -- the document ------------------------------------------------------------------------
    @property
    def document(self) -> str:
        """What the reader holds: "draft" or "plan"."""
        return "plan" if self.final else "draft"

    @property
    def dated(self) -> str:
        """The document's date line: the draft's revision and the day it was sent (never the
        day it was printed, so that re-exporting a sent draft gives the same document), or the
        final plan's issue date."""
        plan = self.original
        version = f"Version {plan.version}"
        if self.final:
            return f"{version} · final plan issued {format_long(plan.issued_on or self.today)}"
        if plan.draft_revision > 1:
            version += f", draft {plan.draft_revision}"
        if plan.served_on is None:
            return f"{version} · draft not yet sent"
        return f"{version} · sent {format_long(plan.served_on)}"

    def line_status(self, item: ProvisionItem) -> LineStatus | None:
        """The premises agreement a line depends on, in words (item from `self.plan`)."""
        original = self.original.item(item.id)
        if original is None:
            return None
        return line_status(self.original, original, self.setting_name)

    def still_to_settle(self) -> list[str]:
        """What stops the final plan that consultation can settle (empty in a final plan)."""
        if self.final:
            return []
        points = still_to_settle(self.original, self.pack, self.setting_name, today=self.today)
        return [point.text for point in points]

    # -- people ------------------------------------------------------------------------------
    @property
    def child_name(self) -> str:
        return self.plan.child.full_name.strip() or "(name not recorded)"

    @property
    def called(self) -> str:
        """The name the family uses: 'Zoë' rather than 'Zoë Amelia Thompson'."""
        return self.plan.child.called or "your child"

    @property
    def to_young_person(self) -> bool:
        """Whether the family page speaks to the young person ("you"): the plan is theirs and
        they are over compulsory school age (their rights under the plan are their own)."""
        return over_compulsory_school_age(self.plan.child.date_of_birth, self.today)

    # -- items -------------------------------------------------------------------------------
    def items_managed_as(self, option: ManagementOption) -> list[ProvisionItem]:
        return [item for item in self.plan.items if item.management is option]

    def outcomes_of(self, item: ProvisionItem) -> list[Outcome]:
        return [o for o in map(self.plan.outcome, item.outcome_ids) if o is not None]

    def needs_of(self, item: ProvisionItem) -> list[Need]:
        return [n for n in map(self.plan.need, item.need_ids) if n is not None]

    def needs_agreement(self, item: ProvisionItem) -> bool:
        return item.management is ManagementOption.DIRECT_PAYMENT and item.on_premises

    def status_of(self, item: ProvisionItem) -> AgreementStatus | None:
        """The premises agreement status that covers a direct payment on a setting's premises."""
        if not self.needs_agreement(item) or item.setting_id is None:
            return None
        return self.statuses.get(item.setting_id)

    # -- settings ----------------------------------------------------------------------------
    def setting_name(self, setting_id: str) -> str:
        """The setting's name for the premises agreement part only, or 'the school' (by kind).

        Nowhere else in the draft names a setting (Section I stays blank in a draft), and the
        policy pack can switch the naming off here too.
        """
        setting: Setting | None = self.plan.setting(setting_id)
        unnamed = unnamed_setting(self.plan, setting_id)
        if not self.pack.name_setting_in_premises_agreements or setting is None:
            named = list(self.statuses)
            if len(named) > 1 and setting_id in named:
                return f"{unnamed} ({named.index(setting_id) + 1} of {len(named)})"
            return unnamed
        return setting.name.strip() or unnamed

    @property
    def invalid_agreements(self) -> dict[str, AgreementStatus]:
        """Settings whose direct payments cannot start: not asked, declined, changed, withdrawn."""
        needing = {s.id for s in self.plan.settings_needing_agreement()}
        return {
            sid: status
            for sid, status in self.statuses.items()
            if sid in needing and not status.valid
        }
