"""Every store test runs twice: on a real SQLite file and on a real PostgreSQL server.

PostgreSQL comes from COPLAN_TEST_POSTGRES_URL, an admin URL to a server (scripts/with-postgres
starts a throw-away one). The session creates one database and drops it at the end; each test
gets a fresh schema in it (the store finds it through `search_path` in its URL), dropped after
the test. A schema costs milliseconds where CREATE DATABASE costs a quarter of a second.
Without the URL the PostgreSQL runs are skipped locally, and fail under CI=true: CI never skips
them silently.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from coplan.domain.model import (
    Attendee,
    AttendeeRole,
    Child,
    CostBasis,
    DirectPaymentArrangement,
    FundingStream,
    Location,
    ManagementOption,
    Meeting,
    Need,
    NeedSection,
    Outcome,
    OutcomeArea,
    Plan,
    PlanStatus,
    ProvisionItem,
    Setting,
)
from coplan.domain.money import Money
from coplan.store import open_store

POSTGRES_URL_ENV = "COPLAN_TEST_POSTGRES_URL"


@dataclass(frozen=True)
class Database:
    """Where one test's store lives: `url` is None for the default SQLite file in `data_dir`."""

    backend: str
    data_dir: Path
    url: str | None

    @property
    def sqlite_file(self) -> Path:
        return self.data_dir / "coplan.db"

    def open(self):
        return open_store(data_dir=self.data_dir, database_url=self.url)


@pytest.fixture(scope="session")
def postgres_database():
    """An engine (AUTOCOMMIT) on a database made for this test session, dropped at its end."""
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        message = f"{POSTGRES_URL_ENV} is not set (run the tests under scripts/with-postgres)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL tests cannot be skipped in CI: {message}")
        pytest.skip(message)
    admin_url = make_url(url)
    if admin_url.drivername == "postgresql":
        admin_url = admin_url.set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"coplan_test_{uuid.uuid4().hex[:16]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = create_engine(
        admin_url.set(database=name), isolation_level="AUTOCOMMIT", poolclass=NullPool
    )
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
    ]
)
def database(request, tmp_path) -> Database:
    data_dir = tmp_path / "data"
    if request.param == "sqlite":
        yield Database("sqlite", data_dir, None)
        return
    session_database = request.getfixturevalue("postgres_database")
    schema = f"test_{uuid.uuid4().hex[:16]}"
    with session_database.connect() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = session_database.url.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield Database("postgresql", data_dir, url.render_as_string(hide_password=False))
    finally:
        with session_database.connect() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def sqlite_database(tmp_path) -> Database:
    """For what only SQLite has: file permissions, WAL, backups."""
    return Database("sqlite", tmp_path / "data", None)


@pytest.fixture
def store(database):
    store = database.open()
    yield store
    store.close()


@pytest.fixture
def sqlite_store(sqlite_database):
    store = sqlite_database.open()
    yield store
    store.close()


def make_plan(
    full_name: str = "Amira Khan",
    preferred_name: str = "",
    *,
    plan_id: str | None = None,
    status: PlanStatus = PlanStatus.DRAFT,
    next_review_on: date | None = None,
    items: int = 2,
) -> Plan:
    """A valid plan with `items` lines of provision, every field exercised at least once."""
    plan = Plan(
        status=status,
        policy_pack="example-shire",
        child=Child(full_name, preferred_name, date(2016, 3, 4)),
        meeting=Meeting(
            held_on=date(2026, 11, 23),
            attendees=[Attendee("Sara Khan", AttendeeRole.PARENT, "mum")],
        ),
        what_matters=["Being with friends at break", "Swimming — «every» week"],
        settings=[Setting("s1", "Oakfield Primary School", urn="123456", head_name="J Patel")],
        needs=[Need("n1", NeedSection.SEN, "Communication and interaction")],
        outcomes=[
            Outcome("o1", "Ask for help in class", OutcomeArea.EDUCATION, date(2027, 7, 16)),
            Outcome("o2", "Join a Saturday club", OutcomeArea.SOCIAL_CARE),
        ],
        items=[_item(number) for number in range(1, items + 1)],
        direct_payment=DirectPaymentArrangement(recipient_name="Sara Khan"),
        next_review_on=next_review_on,
    )
    if plan_id is not None:
        plan.id = plan_id
    return plan


def _item(number: int) -> ProvisionItem:
    one_off = number % 5 == 0
    return ProvisionItem(
        f"p{number}",
        f"Line {number}: speech and language therapy, small group, with notes — «quoted» ✓",
        category="specialist_equipment" if one_off else "top_up_support",
        funding=FundingStream.SOCIAL_CARE if number % 2 else FundingStream.EDUCATION,
        management=ManagementOption.DIRECT_PAYMENT if number % 3 else ManagementOption.ORGANISED,
        cost_basis=CostBasis.ONE_OFF if one_off else CostBasis.RECURRING,
        unit_cost=Money(2250 + number),
        units_per_period=Decimal("2.5"),
        periods_per_year=Decimal(39),
        one_off_cost=Money(89900) if one_off else Money(),
        delivered_by="Speech and language therapist",
        when="Tuesdays, 9:00 to 10:00, term time",
        location=Location.SETTING_PREMISES if number % 4 == 0 else Location.HOME,
        setting_id="s1" if number % 4 == 0 else None,
        outcome_ids=["o1"] if number % 2 else ["o1", "o2"],
        need_ids=["n1"],
        on_site_requirements=["dbs"] if number % 4 == 0 else [],
        condition_evidence={"professional_identified_need": "OT report"} if one_off else {},
    )


@pytest.fixture
def plan_factory():
    return make_plan
