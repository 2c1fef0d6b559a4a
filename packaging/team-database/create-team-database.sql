-- CoPlan: create the team database and its roles (PostgreSQL 13 or later).
--
-- Run once, as a superuser or a role with CREATEROLE and CREATEDB, with psql:
--
--   psql "host=DB-SERVER dbname=postgres user=postgres sslmode=verify-full" \
--        -v ON_ERROR_STOP=1 -f create-team-database.sql
--
-- Names can be changed with -v (defaults below): -v db=coplan -v owner=coplan_owner
-- -v officers=coplan_officers. It is safe to run again: what exists is left as it is and the
-- grants are made again.
--
-- What it makes:
--   :owner     a login role that owns the database, its schema and every table. IT uses it,
--              and only it, to create and upgrade the tables: `coplan team upgrade --team-url
--              postgresql://coplan_owner@DB-SERVER/coplan` (see docs/team-database.md).
--              Set its password afterwards: \password coplan_owner
--   :officers  a group role (no login) with the rights CoPlan needs day to day: read and write
--              rows, never create, alter or drop anything. Each officer is a login role in this
--              group (add-officer.sql), so the server's logs and grants say who did what.
-- The audit trail stays append-only for officers: the tables' triggers refuse changes to it, and
-- only the owner could disable them.

\if :{?db}
\else
  \set db coplan
\endif
\if :{?owner}
\else
  \set owner coplan_owner
\endif
\if :{?officers}
\else
  \set officers coplan_officers
\endif

SELECT format('CREATE ROLE %I LOGIN', :'owner')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I NOLOGIN', :'officers')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'officers') \gexec
-- CREATE DATABASE cannot run inside a transaction or a DO block: \gexec runs it on its own.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8''', :'db', :'owner')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec

-- Nobody else may connect; the officers' group may.
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'db', :'officers') \gexec

\connect :"db"

-- The tables live in the public schema, owned by the owner; officers may use it, not create in it.
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"officers";

-- Rows, not structure: for every table and sequence the owner creates now and in later upgrades.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"officers";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO :"officers";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"officers";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"officers";
