"""What the database looks like, in facts that need neither SQLAlchemy nor Alembic.

`quick` (the caseload read before SQLAlchemy is loaded) and `schema` (the start-up check) both
use them. A test keeps `HEAD_REVISION` equal to Alembic's newest migration.
"""

from __future__ import annotations

DATABASE_FILE_NAME = "coplan.db"  # in the data folder
HEAD_REVISION = "0004"  # the newest migration in migrations/versions/
VERSION_TABLE = "alembic_version"  # where Alembic stamps the database's revision
