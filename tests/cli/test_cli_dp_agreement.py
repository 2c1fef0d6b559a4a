"""`coplan dp-agreement PLAN.json -o OUT.pdf`: the direct payment agreement from the command line."""

from __future__ import annotations

from decimal import Decimal

from factories import build_plan, example_paths
from test_cli import coplan

from coplan.plan_file import write_plan


def test_writes_the_agreement_with_its_reference_and_state(tmp_path):
    path = next(p for p in example_paths() if p.stem == "ipad-communication")
    out = tmp_path / "agreement.pdf"
    result = coplan("dp-agreement", str(path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "Wrote the direct payment agreement with Grace Okafor (reference "
    )
    assert "Signed on 16 November 2026." in result.stdout
    assert out.read_bytes().startswith(b"%PDF")


def test_a_changed_plan_says_to_be_signed_again(tmp_path):
    plan = build_plan()
    plan.items[0].units_per_period = Decimal(4)
    path = tmp_path / "plan.json"
    write_plan(plan, path)
    result = coplan("dp-agreement", str(path), "-o", str(tmp_path / "a.pdf"))
    assert result.returncode == 0, result.stderr
    assert "To be signed again: what it covers changed after it was signed on" in result.stdout
    payments = coplan("validate", "--stage", "payments", str(path))
    assert payments.returncode == 1 and "dp_agreements[direct_payment]" in payments.stdout
    assert "is to be signed again" in payments.stdout


def test_nothing_paid_to_anyone_writes_nothing(tmp_path):
    from coplan.domain.model import ManagementOption

    plan = build_plan()
    for item in plan.items:
        item.management = ManagementOption.ORGANISED
    path = tmp_path / "plan.json"
    write_plan(plan, path)
    out = tmp_path / "agreement.pdf"
    result = coplan("dp-agreement", str(path), "-o", str(out))
    assert result.returncode == 1
    assert "Nothing in this plan is paid by direct payment" in result.stderr
    assert not out.exists()


def test_a_third_party_holding_money_has_its_own_agreement(tmp_path):
    """joint-school-managed: a broker holds the holiday-activities money (a direct payment in
    law), and nothing is paid to the family: its agreement is the one written."""
    path = next(p for p in example_paths() if p.stem == "joint-school-managed")
    out = tmp_path / "agreement.pdf"
    result = coplan("dp-agreement", str(path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "with Brightpath Support Brokerage CIC" in result.stdout
    assert "Not signed yet." in result.stdout
    refused = coplan("dp-agreement", str(path), "-o", str(out), "--recipient", "family")
    assert refused.returncode == 1
    assert "has an agreement of its own" in refused.stderr


def test_help_says_one_agreement_per_recipient():
    result = coplan("dp-agreement", "--help")
    assert result.returncode == 0
    said = " ".join(result.stdout.split())
    assert "one agreement per recipient" in said and "--recipient third-party" in said
