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
    assert result.stdout.startswith("Wrote the direct payment agreement (reference ")
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


def test_nothing_paid_by_direct_payment_writes_nothing(tmp_path):
    path = next(p for p in example_paths() if p.stem == "joint-school-managed")
    out = tmp_path / "agreement.pdf"
    result = coplan("dp-agreement", str(path), "-o", str(out))
    assert result.returncode == 1
    assert "Nothing in this plan is paid by direct payment" in result.stderr
    assert not out.exists()


def test_help_says_one_agreement_per_plan():
    result = coplan("dp-agreement", "--help")
    assert result.returncode == 0
    assert "one agreement per plan" in " ".join(result.stdout.split())
