"""Syncing two laptops with the team database (coplan.store.sync), on a real database: each test
runs with the team on a SQLite file and, marked postgresql, on a real PostgreSQL server."""

from __future__ import annotations

import logging
import socket
from datetime import date

import pytest
from conftest import make_plan
from sync_helpers import audit_uids, documents, make_office, version_ids

from coplan.domain import agreements
from coplan.domain.fingerprint import AgreementState, agreement_status
from coplan.domain.model import Decision, SignatureMethod
from coplan.store import PlanConflict, PlanNotFound, open_store
from coplan.store import sync_run as sync_module
from coplan.store.sync import (
    AgreementsAltered,
    ConflictWaiting,
    HeldElsewhere,
    Keep,
    NoConflict,
    OtherTeamDatabase,
    conflict_plans,
    laptop_id,
    open_team,
    release,
    resolve_conflict,
    sync_caseload,
    sync_status,
    take,
    team_caseload,
    waiting_conflicts,
)

NAME = "Zebedee Quartermaine"


@pytest.fixture
def office(database, tmp_path):
    office = make_office(database, tmp_path)
    yield office
    office.close()


def edit(store, plan_id: str, words: str, *, actor: str = "officer") -> int:
    """What the wizard does: load with the revision, change, save naming that revision."""
    plan, revision = store.load_with_revision(plan_id)
    plan.what_matters.append(words)
    return store.save(plan, actor=actor, replaces=revision)


def sync(office, name: str):
    return sync_caseload(office.laptops[name], office.team, officer=f"{name}.officer")


def test_a_new_plan_goes_up_with_its_history_and_is_held_by_its_laptop(office):
    a = office.laptops["a"]
    plan = make_plan(NAME, "Zeb", plan_id="p1")
    a.save(plan, actor="a.officer", replaces=0)
    a.snapshot(plan, reason="draft exported", actor="a.officer")
    a.record("p1", actor="a.officer", action="exported", detail="draft")
    assert sync_status(a).changes_waiting == 1

    report = sync(office, "a")

    assert report.in_step and report.sent == ("p1",) and report.received == ()
    assert (report.versions_sent, report.audit_sent) == (1, 3)  # saved, snapshot, exported
    team = office.team_store()
    assert documents(team) == documents(a)
    assert audit_uids(team, "p1") == audit_uids(a, "p1")  # the same entries, in the same order
    assert version_ids(team) == version_ids(a)
    [line] = team_caseload(office.team)
    assert line.holding is not None and line.holding.laptop_id == laptop_id(a)
    assert line.holding.officer == "a.officer" and line.holding.synced_at is not None
    status = sync_status(a)
    assert status.changes_waiting == 0 and status.conflicts == 0 and status.last_error == ""
    assert status.last_synced_at is not None and status.team == office.team.url

    again = sync(office, "a")
    assert again.in_step and again.sent == again.received == ()
    assert audit_uids(office.team_store(), "p1") == audit_uids(a, "p1")


def test_taking_a_plan_held_elsewhere_warns_and_then_moves_it_with_its_history(office):
    a, b = office.laptops["a"], office.laptops["b"]
    a.save(make_plan(NAME, plan_id="p1"), actor="a.officer", replaces=0)
    a.snapshot(a.load("p1"), reason="draft exported", actor="a.officer")
    sync(office, "a")

    with pytest.raises(HeldElsewhere) as refused:
        take(b, office.team, "p1", officer="b.officer")
    assert refused.value.holding.officer == "a.officer"
    assert "a.officer" in str(refused.value) and NAME not in str(refused.value)
    with pytest.raises(PlanNotFound):
        b.load("p1")

    holding = take(b, office.team, "p1", officer="b.officer", force=True)

    assert holding.laptop_id == laptop_id(b)
    assert b.load("p1") == a.load("p1")
    assert [v.id for v in b.versions("p1")] == [v.id for v in a.versions("p1")]
    assert audit_uids(b, "p1")[: len(audit_uids(a, "p1"))] == audit_uids(a, "p1")
    # Laptop a's next sync: nothing of its own waiting, so its copy is handed over and removed.
    report = sync(office, "a")
    assert report.handed_over == ("p1",)
    with pytest.raises(PlanNotFound):
        a.load("p1")
    assert a.audit_trail("p1")  # the history lines stay (no personal data in them)


def test_a_team_edit_comes_down_and_an_open_window_on_the_old_revision_is_refused(office):
    a = office.laptops["a"]
    a.save(make_plan(NAME, plan_id="p1"), actor="a.officer", replaces=0)
    sync(office, "a")
    _window_plan, window_revision = a.load_with_revision("p1")
    edit(office.team_store(), "p1", "Said at the annual review", actor="manager")

    report = sync(office, "a")

    assert report.received == ("p1",) and report.in_step
    assert "Said at the annual review" in a.load("p1").what_matters
    assert documents(a) == documents(office.team_store())
    with pytest.raises(PlanConflict):  # the wizard's conflict dialog takes over from here
        a.save(_window_plan, actor="a.officer", replaces=window_revision)


def test_a_laptop_edit_goes_up_only_on_top_of_the_teams_revision(office):
    a = office.laptops["a"]
    a.save(make_plan(NAME, plan_id="p1"), actor="a.officer", replaces=0)
    sync(office, "a")
    team = office.team_store()
    before = team.revision("p1")
    edit(a, "p1", "Typed in the meeting")
    edit(a, "p1", "And a second thing")

    report = sync(office, "a")

    assert report.sent == ("p1",)
    assert team.revision("p1") == before + 1  # one document, on top of the revision it had
    assert team.load("p1") == a.load("p1")
    assert [e.action for e in team.audit_trail("p1")].count("edited") == 3  # made, then 2 edits


def test_a_plan_changed_on_both_sides_waits_with_both_copies_and_nothing_merged(office):
    a = office.laptops["a"]
    a.save(make_plan(NAME, plan_id="p1"), actor="a.officer", replaces=0)
    sync(office, "a")
    edit(a, "p1", "Laptop: swimming on Saturdays")
    edit(office.team_store(), "p1", "Team: taxi to school", actor="manager")
    team_document = documents(office.team_store())["p1"]
    laptop_document = documents(a)["p1"]

    report = sync(office, "a")

    [conflict] = report.conflicts
    assert not report.in_step
    assert conflict.plan_id == "p1" and conflict.team_saved_by == "manager"
    assert documents(office.team_store())["p1"] == team_document  # nothing merged, either side
    assert documents(a)["p1"] == laptop_document
    laptop, team = conflict_plans(a, "p1")
    assert "Laptop: swimming on Saturdays" in laptop.what_matters
    assert "Team: taxi to school" in team.what_matters
    assert sync_status(a).conflicts == 1
    # Still waiting at the next sync (and nothing sent either way).
    assert [c.plan_id for c in sync(office, "a").conflicts] == ["p1"]
    with pytest.raises(ConflictWaiting):
        release(a, office.team, "p1", officer="a.officer")


@pytest.mark.parametrize("keep", ["laptop", "team", "combined"])
def test_resolving_keeps_what_was_chosen_and_the_other_copy_as_a_version(office, keep):
    a = office.laptops["a"]
    a.save(make_plan(NAME, plan_id="p1"), actor="a.officer", replaces=0)
    sync(office, "a")
    edit(a, "p1", "Laptop line")
    edit(office.team_store(), "p1", "Team line", actor="manager")
    sync(office, "a")
    if keep == "combined":
        combined = conflict_plans(a, "p1")[0]
        combined.what_matters.append("Team line")
        choice = combined
    else:
        choice = Keep(keep)

    resolve_conflict(a, "p1", choice, officer="a.officer")

    assert waiting_conflicts(a) == []
    kept_aside = {a.load_version(v.id).what_matters[-1] for v in a.versions("p1")}
    expected_aside = {"laptop": {"Team line"}, "team": {"Laptop line"}}.get(
        keep, {"Team line", "Laptop line"}
    )
    assert kept_aside == expected_aside
    report = sync(office, "a")
    assert report.in_step
    final = a.load("p1").what_matters
    assert final == office.team_store().load("p1").what_matters
    expected = {"laptop": ["Laptop line"], "team": ["Team line"]}.get(
        keep, ["Laptop line", "Team line"]
    )
    assert [line for line in final if line.endswith(" line")] == expected
    assert version_ids(office.team_store()) == version_ids(a)
    assert sorted(audit_uids(office.team_store(), "p1")) == sorted(audit_uids(a, "p1"))
    with pytest.raises(NoConflict):
        resolve_conflict(a, "p1", Keep.LAPTOP, officer="a.officer")


def signed_plan():
    plan = make_plan(NAME, plan_id="p1", items=4)  # p4: a direct payment on the school's site
    agreements.record_decision(
        plan,
        "s1",
        decision=Decision.AGREED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=date(2026, 11, 23),
        method=SignatureMethod.TYPED,
    )
    return plan


def test_a_signed_agreement_is_never_altered_and_shows_to_be_agreed_again(office):
    a = office.laptops["a"]
    a.save(signed_plan(), actor="a.officer", replaces=0)
    sync(office, "a")
    signed = a.load("p1").premises_agreements[0]
    team = office.team_store()
    plan, revision = team.load_with_revision("p1")
    plan.item("p4").unit_cost = plan.item("p4").unit_cost + plan.item("p4").unit_cost
    team.save(plan, actor="manager", replaces=revision)

    sync(office, "a")

    arrived = a.load("p1")
    assert arrived.premises_agreements == [signed]  # the head's decision, exactly as signed
    assert agreement_status(arrived, "s1").state == AgreementState.CHANGED  # to be agreed again


def test_a_resolution_may_not_drop_a_decision_recorded_on_either_side(office):
    a = office.laptops["a"]
    a.save(make_plan(NAME, plan_id="p1", items=4), actor="a.officer", replaces=0)
    sync(office, "a")
    edit(a, "p1", "Laptop line")
    team = office.team_store()
    plan, revision = team.load_with_revision("p1")
    agreements.record_decision(
        plan,
        "s1",
        decision=Decision.AGREED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=date(2026, 11, 23),
        method=SignatureMethod.TYPED,
    )
    team.save(plan, actor="manager", replaces=revision)
    sync(office, "a")

    with pytest.raises(AgreementsAltered) as refused:
        resolve_conflict(a, "p1", Keep.LAPTOP, officer="a.officer")
    assert "s1" in str(refused.value) and "Patel" not in str(refused.value)
    laptop, theirs = conflict_plans(a, "p1")
    laptop.premises_agreements = list(theirs.premises_agreements)
    resolve_conflict(a, "p1", laptop, officer="a.officer")
    assert sync(office, "a").in_step
    assert team.load("p1").premises_agreements == theirs.premises_agreements


@pytest.mark.parametrize("step", ["team written", "laptop written"])
def test_a_sync_interrupted_between_its_steps_resumes_with_nothing_lost_or_doubled(
    office, monkeypatch, step
):
    a = office.laptops["a"]
    for number in range(3):
        a.save(make_plan(NAME, plan_id=f"p{number}"), actor="a.officer", replaces=0)
    sync(office, "a")
    for number in range(3):
        edit(a, f"p{number}", "Typed offline")

    def cut(name, plan_id):
        if name == step and plan_id == "p1":
            raise KeyboardInterrupt  # as a kill would: nothing after this line runs

    monkeypatch.setattr(sync_module, "step_hook", cut)
    with pytest.raises(KeyboardInterrupt):
        sync(office, "a")
    monkeypatch.setattr(sync_module, "step_hook", None)

    report = sync(office, "a")

    assert report.in_step and report.conflicts == ()
    assert documents(office.team_store()) == documents(a)
    team_uids = audit_uids(office.team_store())
    assert len(team_uids) == len(set(team_uids)) == len(audit_uids(a))
    assert sync_status(a).changes_waiting == 0


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_team_database_is_said_plainly_and_nothing_is_lost(office, caplog):
    a = office.laptops["a"]
    a.save(make_plan(NAME, "Zeb", plan_id="p1"), actor="a.officer", replaces=0)
    sync(office, "a")
    edit(a, "p1", "Typed in the meeting")
    url = f"postgresql+psycopg://officer:s3cret-pw@127.0.0.1:{closed_port()}/coplan"
    caplog.set_level(logging.DEBUG)

    report = sync_caseload(a, url, officer="a.officer")

    assert report.unreachable and not report.complete
    assert "cannot be reached" in report.error and "Nothing was lost" in report.error
    for said in (report.error, *report.words(), caplog.text):
        assert "s3cret-pw" not in said and NAME not in said and "Zeb" not in said
    assert sync_status(a).changes_waiting == 1
    assert "Typed in the meeting" in a.load("p1").what_matters
    assert sync(office, "a").sent == ("p1",)


def test_a_plan_erased_on_the_laptop_is_handed_back_and_stays_on_the_team(office):
    a = office.laptops["a"]
    a.save(make_plan(NAME, plan_id="p1"), actor="a.officer", replaces=0)
    sync(office, "a")

    a.erase("p1", actor="a.officer")
    sync(office, "a")

    [line] = team_caseload(office.team)
    assert line.holding is None
    assert office.team_store().load("p1").child.full_name == NAME
    assert "erased" not in [e.action for e in office.team_store().audit_trail("p1")]
    assert sync(office, "a").in_step
    with pytest.raises(PlanNotFound):
        a.load("p1")


def test_release_sends_the_changes_then_hands_the_plan_back(office):
    a, b = office.laptops["a"], office.laptops["b"]
    a.save(make_plan(NAME, plan_id="p1"), actor="a.officer", replaces=0)
    sync(office, "a")
    edit(a, "p1", "Last words before leave")

    release(a, office.team, "p1", officer="a.officer")

    with pytest.raises(PlanNotFound):
        a.load("p1")
    assert "Last words before leave" in office.team_store().load("p1").what_matters
    [line] = team_caseload(office.team)
    assert line.holding is None
    assert take(b, office.team, "p1", officer="b.officer").officer == "b.officer"  # no warning
    actions = [e.action for e in office.team_store().audit_trail("p1")]
    assert actions[-2:] == ["released", "taken"]


def test_a_laptop_syncs_with_one_team_database_only(office, tmp_path):
    a = office.laptops["a"]
    a.save(make_plan(NAME, plan_id="p1"), actor="a.officer", replaces=0)
    sync(office, "a")
    other = open_team(f"sqlite+pysqlite:///{tmp_path / 'other-team.db'}", upgrade=True)
    try:
        with pytest.raises(OtherTeamDatabase):
            sync_caseload(a, other, officer="a.officer")
    finally:
        other.close()


def test_the_log_of_a_whole_sync_holds_no_name(office, caplog):
    caplog.set_level(logging.DEBUG)
    a = office.laptops["a"]
    a.save(make_plan(NAME, "Zeb", plan_id="p1"), actor="a.officer", replaces=0)
    sync(office, "a")
    edit(a, "p1", "x")
    edit(office.team_store(), "p1", "y", actor="manager")
    sync(office, "a")
    resolve_conflict(a, "p1", Keep.TEAM, officer="a.officer")
    take(office.laptops["b"], office.team, "p1", officer="b.officer", force=True)
    sync(office, "a")
    assert NAME not in caplog.text and "Zeb" not in caplog.text


def test_an_encrypted_laptop_syncs(office, tmp_path, monkeypatch):
    from coplan.store import crypto
    from coplan.store.crypto import KdfParams

    monkeypatch.setattr(crypto, "DEFAULT_KDF", KdfParams(n=2**12))
    monkeypatch.delenv("COPLAN_UNENCRYPTED")
    with open_store(tmp_path / "encrypted", passphrase="a long passphrase") as laptop:
        laptop.save(make_plan(NAME, plan_id="p1"), actor="c.officer", replaces=0)
        assert sync_caseload(laptop, office.team, officer="c.officer").sent == ("p1",)
        assert office.team_store().load("p1") == laptop.load("p1")


def test_a_team_database_not_at_this_schema_is_refused_in_plain_words(database, tmp_path):
    """Officers' roles may not change the schema: open_team only checks, and says what IT does."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool
    from sync_helpers import team_url

    from coplan.store import migrate
    from coplan.store.sync import TeamNeedsUpgrade

    url = team_url(database)
    with pytest.raises(TeamNeedsUpgrade, match=r"no CoPlan tables yet.*coplan team upgrade"):
        open_team(url)
    engine = create_engine(url, poolclass=NullPool)
    try:
        migrate.upgrade_database(engine, database_file=None, backups_folder=None, target="0003")
        with pytest.raises(TeamNeedsUpgrade, match=r"older CoPlan schema \(0003.*team upgrade"):
            open_team(url)
        open_team(url, upgrade=True).close()  # what `coplan team upgrade` does
        open_team(url).close()
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        with pytest.raises(TeamNeedsUpgrade, match=r"newer CoPlan \(schema 0099\)"):
            open_team(url)
    finally:
        engine.dispose()


def test_the_bin_follows_whichever_side_moved_the_plan(office):
    """Moving a plan into or out of the bin leaves its document as it was: the other side
    follows the side that moved it, with no conflict, also beside an edit."""
    a = office.laptops["a"]
    team = office.team_store()
    a.save(make_plan(NAME, plan_id="p1"), actor="a.officer", replaces=0)
    sync(office, "a")

    a.delete("p1", actor="a.officer")
    assert sync(office, "a").in_step
    assert team.summary("p1").in_bin and team_caseload(office.team)[0].in_bin
    assert "deleted" in [e.action for e in team.audit_trail("p1")]

    team.restore("p1", actor="manager")
    edit(a, "p1", "Typed while it was in the bin")
    report = sync(office, "a")
    assert report.in_step and report.sent == ("p1",)
    assert not a.summary("p1").in_bin and not team.summary("p1").in_bin
    assert "Typed while it was in the bin" in team.load("p1").what_matters

    a.delete("p1", actor="a.officer")
    team.delete("p1", actor="manager")  # the same move on both sides: nothing to decide
    assert sync(office, "a").in_step
    assert a.summary("p1").in_bin and team.summary("p1").in_bin


def test_a_resolution_may_not_drop_a_direct_payment_agreement_signed_on_either_side(office):
    from coplan.domain import dp_agreement
    from coplan.policy import load_pack_by_id

    pack = load_pack_by_id("example-shire")
    a = office.laptops["a"]
    a.save(make_plan(NAME, plan_id="p1", items=4), actor="a.officer", replaces=0)
    sync(office, "a")
    edit(a, "p1", "Laptop line")
    team = office.team_store()
    plan, revision = team.load_with_revision("p1")
    assert dp_agreement.not_ready(plan, pack) is None
    dp_agreement.record_signing(
        plan,
        pack,
        signatory_name="Sara Khan",
        signed_on=date(2026, 11, 23),
        method=SignatureMethod.TYPED,
    )
    team.save(plan, actor="manager", replaces=revision)
    sync(office, "a")

    with pytest.raises(AgreementsAltered) as refused:
        resolve_conflict(a, "p1", Keep.LAPTOP, officer="a.officer")
    assert "direct payment agreement" in str(refused.value) and "Khan" not in str(refused.value)
    laptop, theirs = conflict_plans(a, "p1")
    laptop.dp_agreements = list(theirs.dp_agreements)
    resolve_conflict(a, "p1", laptop, officer="a.officer")
    assert sync(office, "a").in_step
    assert team.load("p1").dp_agreements == theirs.dp_agreements
