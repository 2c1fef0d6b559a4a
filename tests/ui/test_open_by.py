"""On the team database (PostgreSQL), the caseload shows who has a plan open."""

from __future__ import annotations

import os
import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from coplan.store import open_store
from coplan.ui.caseload import OPEN_BY

pytestmark = pytest.mark.postgresql


@pytest.fixture
def team_database_url():
    """A fresh schema on the real PostgreSQL of scripts/with-postgres (fails under CI=true
    when there is none, like every PostgreSQL test)."""
    url = os.environ.get("COPLAN_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL tests cannot be skipped in CI")
        pytest.skip("COPLAN_TEST_POSTGRES_URL is not set (run under scripts/with-postgres)")
    admin_url = make_url(url)
    if admin_url.drivername == "postgresql":
        admin_url = admin_url.set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    schema = f"test_ui_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield admin_url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def test_the_caseload_shows_who_has_a_plan_open_on_the_team_database(
    qtbot, qapp, tmp_path, settings, team_database_url
):
    from coplan.ui.main_window import MainWindow
    from coplan.ui.session import computer_name

    mine = open_store(database_url=team_database_url)
    colleague = open_store(database_url=team_database_url)
    window = MainWindow(mine, data_folder=tmp_path / "data", settings=settings)
    qtbot.addWidget(window)
    window.show()
    try:
        window.ui.actionNew.trigger()
        (wizard,) = window.wizards.values()
        plan_id = wizard.session.plan.id
        assert window.model.shows_open_by
        assert window.model.headerData(OPEN_BY, Qt.Orientation.Horizontal) == "Open by"
        opening = colleague.mark_open(plan_id, actor="a.jones", computer="LAPTOP-7")
        window.model.refresh()
        row = window.model.row_of(plan_id)
        shown = window.model.data(window.model.index(row, OPEN_BY))
        assert shown == "you, a.jones (LAPTOP-7)"
        assert f"Open by Sam Patel ({computer_name()}) since" in window.model.data(
            window.model.index(row, OPEN_BY), Qt.ItemDataRole.ToolTipRole
        )
        colleague.mark_closed(opening)
        wizard.close()
        window.model.refresh()
        assert window.model.data(window.model.index(row, OPEN_BY)) == ""
    finally:
        window.close()
        mine.close()
        colleague.close()
