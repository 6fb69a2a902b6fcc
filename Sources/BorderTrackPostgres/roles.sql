-- BorderTrack team server: three roles, enforced by PostgreSQL's own privileges (not by the client).
--
--   bordertrack_viewer  reads everything; writes nothing.
--   bordertrack_editor  reads everything; appends claims, plans, flag events, withdrawals, source grades and audit entries.
--                       No UPDATE, DELETE or TRUNCATE anywhere, no new sources or projects, no schema changes.
--   bordertrack_admin   everything on the tracker's schema: sources, projects, imports, copies, migrations.
--
-- Run it as the owner of the tracker's tables (the account that first ran `bordertrack` on the
-- database) or as a superuser, after the tables exist; running it again is harmless:
--
--   bordertrack server roles --apply --db postgres://owner@host/db
--   bordertrack server roles | psql postgres://owner@host/db
--
-- Then give each person a login in one role:
--
--   CREATE ROLE ann LOGIN PASSWORD 'long-secret' IN ROLE bordertrack_editor;
--   GRANT bordertrack_viewer TO bo;
--
-- After an upgrade that adds tables, run it again so the new tables get the same grants.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bordertrack_viewer') THEN CREATE ROLE bordertrack_viewer NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bordertrack_editor') THEN CREATE ROLE bordertrack_editor NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bordertrack_admin') THEN CREATE ROLE bordertrack_admin NOLOGIN; END IF;
END
$$;

-- Nobody but the admin role creates objects in the tracker's schema (PostgreSQL before 15 lets everyone).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO bordertrack_viewer, bordertrack_editor;

-- viewer
GRANT SELECT ON ALL TABLES IN SCHEMA public TO bordertrack_viewer;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public FROM bordertrack_viewer;

-- editor: history is append-only, so INSERT on the six history tables and nothing else.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO bordertrack_editor;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public FROM bordertrack_editor;
GRANT INSERT ON public.claim, public.plan, public.flag_event, public.withdrawal, public.source_grade, public.audit TO bordertrack_editor;
GRANT USAGE ON SEQUENCE public.claim_seq_seq, public.plan_seq_seq, public.flag_event_seq_seq, public.withdrawal_seq_seq, public.source_grade_seq_seq TO bordertrack_editor;
-- The derived summaries and discrepancy queue are a cache, not history: every write's transaction rewrites the
-- rows of the projects it changes, so an editor may change them (`bordertrack audit verify` checks them).
GRANT INSERT, UPDATE, DELETE ON public.derived_state, public.summary, public.queue_entry, public.queue_bucket, public.queue_text,
    public.source_tally, public.source_record TO bordertrack_editor;

-- admin: all privileges, and ownership of the tables (only an owner may ALTER them in a migration).
GRANT ALL ON SCHEMA public TO bordertrack_admin;
GRANT ALL ON ALL TABLES IN SCHEMA public TO bordertrack_admin;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO bordertrack_admin;
GRANT bordertrack_admin TO CURRENT_USER;
ALTER TABLE public.source OWNER TO bordertrack_admin;
ALTER TABLE public.project OWNER TO bordertrack_admin;
ALTER TABLE public.plan OWNER TO bordertrack_admin;
ALTER TABLE public.claim OWNER TO bordertrack_admin;
ALTER TABLE public.flag_event OWNER TO bordertrack_admin;
ALTER TABLE public.withdrawal OWNER TO bordertrack_admin;
ALTER TABLE public.source_grade OWNER TO bordertrack_admin;
ALTER TABLE public.audit OWNER TO bordertrack_admin;
ALTER TABLE public.derived_state OWNER TO bordertrack_admin;
ALTER TABLE public.summary OWNER TO bordertrack_admin;
ALTER TABLE public.queue_entry OWNER TO bordertrack_admin;
ALTER TABLE public.queue_bucket OWNER TO bordertrack_admin;
ALTER TABLE public.queue_text OWNER TO bordertrack_admin;
ALTER TABLE public.source_tally OWNER TO bordertrack_admin;
ALTER TABLE public.source_record OWNER TO bordertrack_admin;
ALTER TABLE public.bordertrack_migrations OWNER TO bordertrack_admin;
ALTER FUNCTION public.bordertrack_append_only() OWNER TO bordertrack_admin;
