"""The whole timeline of a plan, scripted through the real `coplan` command: export the draft
with something still open, send it, record the answers, refuse and then issue the final plan."""

from __future__ import annotations

import json

import pypdf
import pytest
from factories import build_plan
from test_cli import coplan

from coplan import cli
from coplan.domain.model import ConsulteeRole, PlanStatus, ServiceMethod
from coplan.domain.stages import Stage
from coplan.plan_file import read_plan, write_plan


def pdf_text(path) -> str:
    return "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def test_the_commands_name_what_the_domain_names():
    assert tuple(s.value for s in Stage) == cli.STAGES
    assert tuple(s.value for s in PlanStatus) == cli.PLAN_STATUSES
    assert tuple(r.value for r in ConsulteeRole) == cli.CONSULTEE_ROLES
    assert tuple(m.value for m in ServiceMethod) == cli.SERVICE_METHODS


@pytest.fixture
def pending_plan(tmp_path):
    """A draft whose head teacher has not agreed yet: the draft can go out, the plan cannot be
    final."""
    plan = build_plan()
    plan.premises_agreements.clear()
    path = tmp_path / "plan.json"
    write_plan(plan, path)
    return plan, path


def test_a_draft_with_a_pending_agreement_exports_and_says_what_is_open(tmp_path, pending_plan):
    _plan, path = pending_plan
    out = tmp_path / "draft.pdf"
    result = coplan("export", str(path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Stilltosettlebeforetheplanisfinal" in text
    assert "SubjecttoOakfieldPrimarySchool'sagreement:cannotstartuntilagreed." in text
    assert "draftnotyetsent" in text
    refused = coplan("export", str(path), "-o", str(tmp_path / "final.pdf"), "--final")
    assert refused.returncode == 1
    assert "premises[s1]" in refused.stderr and "the final plan not exported" in refused.stderr
    assert not (tmp_path / "final.pdf").exists()


def test_the_whole_timeline_from_the_command_line(tmp_path, pending_plan):
    plan, path = pending_plan
    data = tmp_path / "data"
    assert coplan("import", str(path), data_dir=data).returncode == 0

    # Nobody to send it to: refused, nothing changes.
    bad = coplan(
        "serve", plan.id, "--on", "23/11/2026", "--to", "family:pigeon:Sara", data_dir=data
    )
    assert bad.returncode == 2 and "ROLE:HOW:NAME" in bad.stderr
    sent = coplan(
        "serve",
        plan.id,
        "--on",
        "23/11/2026",
        "--to",
        "family:email:Sara Khan",
        "--to",
        "setting:post:s1",
        data_dir=data,
    )
    assert sent.returncode == 0, sent.stderr
    assert "last day for comments 7 December 2026" in sent.stdout
    listed = coplan("list", "--stage", "sent_for_consultation", data_dir=data).stdout
    assert "Sent for consultation" in listed and "Comments due 07/12/2026" in listed
    assert coplan("list", "--stage", "final", data_dir=data).stdout == ""

    # The day after it was sent: not final (the head has not agreed, the comments are open).
    early = coplan("issue", plan.id, "--on", "2026-11-24", "--section-i", "Oakfield", data_dir=data)
    assert early.returncode == 1
    assert "cannot be issued yet" in early.stderr

    answered = coplan(
        "respond",
        plan.id,
        "--on",
        "2026-11-26",
        "--from",
        "Oakfield Primary School",
        "--role",
        "setting",
        "--setting",
        "s1",
        "--can-meet-needs",
        "yes",
        "--said",
        "We can meet the needs; the head will sign the agreement on Friday.",
        data_dir=data,
    )
    assert answered.returncode == 0, answered.stderr
    before = coplan("respond", plan.id, "--on", "2026-11-20", "--from", "x", "--role", "family",
                    "--said", "y", data_dir=data)  # fmt: skip
    assert before.returncode == 1 and "before the draft was sent" in before.stderr

    exported = tmp_path / "sent.json"
    assert coplan("export-plan", plan.id, "-o", str(exported), data_dir=data).returncode == 0
    stored = read_plan(exported)
    assert stored.status is PlanStatus.CONSULTATION
    assert [c.name for c in stored.served_to] == ["Sara Khan", "Oakfield Primary School"]
    assert stored.responses[0].setting_can_meet_needs is True
    # Still blocked by the premises agreement after the comment period.
    late = coplan("issue", plan.id, "--on", "2026-12-08", "--section-i", "Oakfield", data_dir=data)
    assert late.returncode == 1 and "must agree in writing" in late.stderr

    validate = coplan("validate", "--json", str(exported))
    report = json.loads(validate.stdout)
    assert report["status"] == "sent_for_consultation" and report["valid"] is False


def test_issuing_the_final_plan_and_exporting_it(tmp_path):
    plan = build_plan()
    path = tmp_path / "plan.json"
    write_plan(plan, path)
    data = tmp_path / "data"
    coplan("import", str(path), data_dir=data)
    coplan("serve", plan.id, "--on", "2026-11-23", "--to", "family:post:Sara Khan", data_dir=data)
    issued = coplan(
        "issue", plan.id, "--on", "2026-12-08", "--section-i", "Oakfield Primary", data_dir=data
    )
    assert issued.returncode == 0, issued.stderr
    again = coplan("issue", plan.id, "--on", "2026-12-09", data_dir=data)
    assert again.returncode == 1 and "Start an annual review" in again.stderr
    out = tmp_path / "final.json"
    coplan("export-plan", plan.id, "-o", str(out), data_dir=data)
    final = read_plan(out)
    assert (final.status, final.issued_on.isoformat()) == (PlanStatus.FINAL, "2026-12-08")
    pdf = tmp_path / "final.pdf"
    assert coplan("export", str(out), "-o", str(pdf)).returncode == 0
    text = pdf_text(pdf)
    assert "FINALPLAN" in text and "DRAFT" not in text and "Subjectto" not in text
    with _store(data) as store:
        audit = [e.action for e in store.audit_trail(plan.id)]
    assert audit.count("draft sent") == 1 and audit.count("final plan issued") == 1


def _store(data):
    from coplan.store import open_store

    return open_store(data_dir=data)
