"""Premises agreements: for each setting where a direct payment pays for support on its
premises, what its head decided, on what conditions, who signed, when and how — and whether
that agreement still covers what the plan now says (`domain.fingerprint.agreement_status`).

This is the only part of the draft that may name a setting, and the policy pack can switch
even that off (`name_setting_in_premises_agreements = false`).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from coplan.domain.dates import format_long
from coplan.domain.fingerprint import AgreementState, AgreementStatus, Change
from coplan.domain.model import PremisesAgreement, SignatureMethod

from .. import labels
from ..context import ReportContext
from ..signature import signature_drawing
from ..styles import bullets, callout, facts_table, heading, para, styles
from ..text import Markup, join, markup

EXPLANATION = {
    AgreementState.NOT_ASKED: (
        "The head teacher or principal has not been asked yet. Direct payments for this "
        "support cannot start until they agree in writing."
    ),
    AgreementState.DECLINED: (
        "The head teacher or principal declined. This support cannot be paid by direct "
        "payment on their premises; it must be arranged another way."
    ),
    AgreementState.CHANGED: (
        "The support has changed since the agreement was signed, so the agreement no longer "
        "covers it. The head teacher or principal must be asked again before these direct "
        "payments start."
    ),
    AgreementState.WITHDRAWN: (
        "The agreement was withdrawn. The direct payments for this support must stop or be "
        "arranged another way from that date."
    ),
    AgreementState.AGREED: "The agreement covers the support exactly as this plan describes it.",
    AgreementState.AGREED_WITH_CONDITIONS: (
        "The agreement covers the support exactly as this plan describes it, on the "
        "conditions below."
    ),
}
HISTORY = (
    "No support on these premises is paid by direct payment now: it was arranged another way. "
    "The decision below is kept as part of the plan's history."
)
CARRIED_OVER = (
    "This agreement was given for the plan before this review. It still matches the support, "
    "but the head teacher or principal is asked to confirm it again before the plan is final."
)


def story(ctx: ReportContext) -> list[Flowable]:
    if not ctx.statuses:
        return []
    out: list[Flowable] = [
        *heading("Premises agreements"),
    ]
    for setting_id, status in ctx.statuses.items():
        out += _setting(ctx, setting_id, status)
    return out


def _setting(ctx: ReportContext, setting_id: str, status: AgreementStatus) -> list[Flowable]:
    s = styles()
    needed = bool(ctx.plan.premises_dp_items(setting_id))
    if not needed:
        # The support was re-arranged (no direct payment on these premises now): the decision
        # is history, not an agreement to ask for again.
        box = [
            para(markup("<b>{}</b>", "No longer needed"), s.callout),
            para(HISTORY, s.body.clone("explained", spaceAfter=0)),
        ]
        tone = "info"
    else:
        box = [
            para(markup("<b>{}</b>", status.label), s.callout),
            para(EXPLANATION[status.state], s.body.clone("explained", spaceAfter=0)),
        ]
        if status.state == AgreementState.CHANGED:
            box += bullets([_describe(ctx, status.agreement, c) for c in status.changes])
        tone = "good" if status.valid else "danger"
        if status.valid and status.agreement is not None and status.agreement.carried_over:
            box[1] = para(CARRIED_OVER, s.body.clone("explained", spaceAfter=0))
            tone = "warning"
    title = para(ctx.setting_name(setting_id), s.h2)
    out: list[Flowable] = [KeepTogether([title, callout(box, tone)])]
    items = ctx.plan.premises_dp_items(setting_id)
    rows: list[tuple[object, object]] = [
        (
            "Support on the premises paid by direct payment",
            join(
                "<br/>",
                [markup("{} ({})", i.description.strip(), i.cost_text()) for i in items],
            )
            if items
            else "None now",
        )
    ]
    agreement = status.agreement
    if agreement is not None:
        rows += _decision_rows(ctx, agreement, status, needed=needed)
    out.append(facts_table(rows))
    return out


def _decision_rows(
    ctx: ReportContext, agreement: PremisesAgreement, status: AgreementStatus, *, needed: bool
) -> list[tuple[object, object]]:
    decision = labels.DECISION[agreement.decision]
    # Say what changed only when it is news: never "Declined, but now declined".
    if needed and not status.valid and status.state != agreement.decision.value:
        decision = f"{decision}, but now {status.label[0].lower()}{status.label[1:]}"
    rows: list[tuple[object, object]] = [("Decision", decision)]
    conditions = [_condition_label(ctx, c) for c in agreement.conditions]
    if agreement.other_conditions.strip():
        conditions.append(agreement.other_conditions.strip())
    if conditions:
        rows.append(("Conditions", join("<br/>", [markup("• {}", c) for c in conditions])))
    if agreement.reasons.strip():
        rows.append(("Reasons", agreement.reasons.strip()))
    rows += [
        ("Signed by", agreement.signatory_name.strip() or "Not recorded"),
        ("Role", agreement.signatory_role.strip() or "Not recorded"),
        ("Date", format_long(agreement.signed_on) or "Not recorded"),
        ("How it was given", _method(agreement)),
    ]
    if agreement.delegated_by.strip():
        given = (
            f", given on {format_long(agreement.delegated_on)}" if agreement.delegated_on else ""
        )
        rows.append(
            ("Authority", f"Written authority delegated by {agreement.delegated_by.strip()}{given}")
        )
    signature = _signature(agreement, status)
    if signature is not None:
        rows.append(("Signature", signature))
    if agreement.withdrawal is not None:
        withdrawal = agreement.withdrawal
        rows.append(
            (
                "Withdrawn",
                markup(
                    "On {}. Reason: {}. Told to the council by {}. The items stop or must be "
                    "re-arranged from {}.",
                    format_long(withdrawal.withdrawn_on),
                    withdrawal.reason.strip().rstrip("."),
                    withdrawal.told_by.strip(),
                    format_long(withdrawal.stops_on),
                ),
            )
        )
    return rows


def _condition_label(ctx: ReportContext, condition_id: str) -> str:
    condition = ctx.pack.premises_condition(condition_id)
    return condition.label if condition else condition_id


def _method(agreement: PremisesAgreement) -> Markup:
    text = markup("{}", labels.SIGNATURE_METHOD[agreement.method])
    if agreement.method in (SignatureMethod.PAPER, SignatureMethod.EMAIL):
        recorder = agreement.recorded_by.strip() or "not recorded"
        text = markup("{}; recorded by {}", text, recorder)
    return text


def _signature(agreement: PremisesAgreement, status: AgreementStatus):
    """The drawn signature, only when it was drawn and the agreement is still valid."""
    if agreement.method is not SignatureMethod.DRAWN or not agreement.signature_svg_path.strip():
        return None
    if not status.valid:
        return "Not shown: this agreement no longer covers the support."
    drawing = signature_drawing(agreement.signature_svg_path, 150, 42)
    return drawing if drawing is not None else "Drawn on screen (the drawing cannot be shown)."


def _describe(ctx: ReportContext, agreement: PremisesAgreement | None, change: Change) -> str:
    if change.item_id == "-":
        return {
            "child": "The child's name has changed.",
            "setting": "The setting's details have changed.",
        }.get(change.field, "The record of what was signed no longer matches what was agreed.")
    return change.describe(_item_name(ctx, agreement, change.item_id)) + "."


def _item_name(ctx: ReportContext, agreement: PremisesAgreement | None, item_id: str) -> str | None:
    item = ctx.plan.item(item_id)
    if item is not None and item.description.strip():
        return item.description.strip()
    shown = agreement.shown if agreement is not None else None
    items = shown.get("items") if isinstance(shown, dict) else None
    for entry in items if isinstance(items, list) else []:
        if isinstance(entry, dict) and entry.get("id") == item_id:
            description = entry.get("description")
            if isinstance(description, str) and description.strip():
                return description.strip()
    return None
