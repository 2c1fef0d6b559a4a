"""The layers depend one way: the domain imports no Qt, SQL or PDF code, and start-up stays light."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("PySide6", "sqlalchemy", "alembic", "reportlab", "jsonschema", "docx", "lxml")


def modules_loaded_by(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return {name.split(".")[0] for name in output.split()}


def test_the_domain_and_policy_import_nothing_heavy():
    loaded = modules_loaded_by(
        "import coplan.domain.rules, coplan.domain.agreements, coplan.domain.budget, "
        "coplan.policy; coplan.policy.load_pack_by_id()"
    )
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_the_command_line_loads_only_what_a_command_needs():
    loaded = modules_loaded_by("import coplan.cli")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_reading_a_plan_file_does_not_load_qt_sql_or_pdf():
    loaded = modules_loaded_by("import coplan.plan_file")
    assert not loaded & {"PySide6", "sqlalchemy", "alembic", "reportlab"}
