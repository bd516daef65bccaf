-- Platform: organisations, users, API keys, audit trail, and the row-level-security plumbing.
--
-- The application connects through a pool whose sessions run as the role blackbox_app (SET ROLE on
-- connect). That role owns nothing and has no BYPASSRLS, so every query it makes is filtered by the
-- policies below. Each transaction states who is asking with transaction-local settings:
--   app.org_id    the caller's organisation id (uuid)
--   app.org_kind  member | operator | regulator | system
--   app.user_id   the caller's user id, when there is one
--   app.role      the caller's role
-- A transaction that sets nothing sees nothing.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'blackbox_app') THEN
        CREATE ROLE blackbox_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
    -- the connecting user must be able to SET ROLE blackbox_app
    IF NOT pg_has_role(current_user, 'blackbox_app', 'MEMBER') THEN
        EXECUTE format('GRANT blackbox_app TO %I', current_user);
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO blackbox_app;

CREATE FUNCTION app_org_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;

CREATE FUNCTION app_org_kind() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(nullif(current_setting('app.org_kind', true), ''), 'none') $$;

CREATE FUNCTION app_role() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(nullif(current_setting('app.role', true), ''), 'none') $$;

-- Operator staff and system jobs see across organisations; everybody else sees their own.
CREATE FUNCTION app_sees_all() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT app_org_kind() IN ('operator', 'system') $$;

CREATE TABLE organisation (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('member', 'operator', 'regulator')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organisation_name_unique UNIQUE (name)
);

CREATE TABLE app_user (
    id             uuid PRIMARY KEY,
    org_id         uuid NOT NULL REFERENCES organisation (id),
    username       text NOT NULL,
    display_name   text NOT NULL,
    role           text NOT NULL CHECK (role IN ('member_analyst', 'member_admin', 'operator_analyst',
                                                 'operator_admin', 'regulator', 'auditor')),
    password_hash  text NOT NULL,
    must_change_password boolean NOT NULL DEFAULT false,
    enabled        boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_unique UNIQUE (username)
);
CREATE INDEX app_user_org ON app_user (org_id);

CREATE TABLE api_key (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisation (id),
    user_id     uuid REFERENCES app_user (id),
    name        text NOT NULL,
    role        text NOT NULL CHECK (role IN ('member_analyst', 'member_admin', 'operator_analyst',
                                              'operator_admin', 'regulator', 'auditor')),
    scopes      text[] NOT NULL,
    prefix      text NOT NULL,
    secret_hash bytea NOT NULL,  -- SHA-256 of the whole key: keys are random and long, so no salt is needed
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  uuid,
    revoked_at  timestamptz,
    last_used_at timestamptz,
    CONSTRAINT api_key_secret_unique UNIQUE (secret_hash)
);
CREATE INDEX api_key_org ON api_key (org_id);

CREATE TABLE audit_log (
    seq            bigint PRIMARY KEY,
    at             timestamptz NOT NULL,
    actor_user_id  uuid,
    actor_label    text NOT NULL,
    actor_org_id   uuid,
    action         text NOT NULL,
    target_type    text,
    target_id      text,
    target_org_id  uuid,
    source         text NOT NULL,
    detail         text NOT NULL DEFAULT '',
    prev_hash      text NOT NULL,
    hash           text NOT NULL
);
CREATE INDEX audit_log_actor_org ON audit_log (actor_org_id, seq DESC);
CREATE SEQUENCE audit_log_seq AS bigint;

-- Append-only, even for the table owner: updates and deletes are refused by a trigger.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP; END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

GRANT SELECT, INSERT, UPDATE ON organisation, app_user, api_key TO blackbox_app;
GRANT SELECT, INSERT ON audit_log TO blackbox_app;
GRANT USAGE, SELECT ON SEQUENCE audit_log_seq TO blackbox_app;

ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY organisation_read ON organisation FOR SELECT USING (app_sees_all() OR id = app_org_id());
CREATE POLICY organisation_create ON organisation FOR INSERT
    WITH CHECK (app_org_kind() = 'system' OR app_role() = 'operator_admin');
CREATE POLICY organisation_update ON organisation FOR UPDATE
    USING (app_org_kind() = 'system' OR app_role() = 'operator_admin');

CREATE POLICY app_user_read ON app_user FOR SELECT USING (app_sees_all() OR org_id = app_org_id());
CREATE POLICY app_user_write ON app_user FOR INSERT
    WITH CHECK (app_org_kind() = 'system' OR app_role() = 'operator_admin'
                OR (app_role() = 'member_admin' AND org_id = app_org_id()));
CREATE POLICY app_user_update ON app_user FOR UPDATE
    USING (app_org_kind() = 'system' OR app_role() = 'operator_admin'
           OR (app_role() = 'member_admin' AND org_id = app_org_id())
           OR id = nullif(current_setting('app.user_id', true), '')::uuid);

CREATE POLICY api_key_read ON api_key FOR SELECT USING (app_sees_all() OR org_id = app_org_id());
CREATE POLICY api_key_write ON api_key FOR INSERT
    WITH CHECK (app_org_kind() = 'system' OR app_role() = 'operator_admin'
                OR (app_role() = 'member_admin' AND org_id = app_org_id()));
CREATE POLICY api_key_update ON api_key FOR UPDATE
    USING (app_org_kind() = 'system' OR app_role() = 'operator_admin'
           OR (app_role() = 'member_admin' AND org_id = app_org_id()));

-- Auditors and operator administrators read the whole trail; a member administrator reads its own
-- organisation's rows. Everybody may append (every write is audited), nobody may change a row.
CREATE POLICY audit_log_read ON audit_log FOR SELECT
    USING (app_org_kind() = 'system' OR app_role() IN ('auditor', 'operator_admin')
           OR (app_role() = 'member_admin' AND (actor_org_id = app_org_id() OR target_org_id = app_org_id())));
CREATE POLICY audit_log_append ON audit_log FOR INSERT WITH CHECK (app_org_kind() <> 'none');

-- Authentication must find a user or key before anybody's organisation is known. These two functions
-- run as their owner (RLS does not apply to the owner) and return only what authentication needs.
CREATE FUNCTION auth_find_user(p_username text)
    RETURNS TABLE (id uuid, org_id uuid, org_kind text, username text, display_name text, role text,
                   password_hash text, must_change_password boolean, enabled boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u.id, u.org_id, o.kind, u.username, u.display_name, u.role, u.password_hash,
          u.must_change_password, u.enabled
     FROM app_user u JOIN organisation o ON o.id = u.org_id
    WHERE u.username = p_username $$;

CREATE FUNCTION auth_find_api_key(p_secret_hash bytea)
    RETURNS TABLE (id uuid, org_id uuid, org_kind text, user_id uuid, name text, role text, scopes text[],
                   secret_hash bytea, revoked_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT k.id, k.org_id, o.kind, k.user_id, k.name, k.role, k.scopes, k.secret_hash, k.revoked_at
     FROM api_key k JOIN organisation o ON o.id = k.org_id
    WHERE k.secret_hash = p_secret_hash $$;

-- The chain's head: appending needs the previous hash, which the appending caller may not read.
CREATE FUNCTION audit_head() RETURNS TABLE (seq bigint, hash text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1 $$;

REVOKE ALL ON FUNCTION audit_head() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_head() TO blackbox_app;
REVOKE ALL ON FUNCTION auth_find_user(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION auth_find_api_key(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_find_user(text) TO blackbox_app;
GRANT EXECUTE ON FUNCTION auth_find_api_key(bytea) TO blackbox_app;
