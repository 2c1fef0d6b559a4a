-- CoPlan: give one case officer their own login to the team database.
--
--   psql "host=DB-SERVER dbname=postgres user=postgres sslmode=verify-full" \
--        -v ON_ERROR_STOP=1 -v officer=j.smith -f add-officer.sql
--   then set their first password:  \password "j.smith"
--
-- The officer types that user name and password into CoPlan (Team, Team database settings);
-- CoPlan keeps the password in the laptop's keychain. -v officers=... if the group role was
-- named differently in create-team-database.sql. To take access away when an officer leaves:
--   REVOKE coplan_officers FROM "j.smith";  ALTER ROLE "j.smith" NOLOGIN;
-- (their plans stay in the team database for the team; release or take them in CoPlan).

\if :{?officers}
\else
  \set officers coplan_officers
\endif

SELECT format('CREATE ROLE %I LOGIN', :'officer')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'officer') \gexec
SELECT format('GRANT %I TO %I', :'officers', :'officer') \gexec
