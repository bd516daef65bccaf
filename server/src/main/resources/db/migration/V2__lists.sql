-- Restricted-party lists: sources, versions, entities (kept as validity intervals over versions, so a
-- version costs rows only for what changed), per-version deltas, failed imports and operator alerts.
-- Public lists have no owner and every signed-in caller reads them; a member's own list has an owner
-- and only that member sees it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE list_source (
    key             text PRIMARY KEY CHECK (key ~ '^[a-z0-9][a-z0-9-]*$'),
    title           text NOT NULL,
    format          text NOT NULL,
    owner_org_id    uuid REFERENCES organisation (id),
    current_version integer NOT NULL DEFAULT 0,
    entity_count    integer NOT NULL DEFAULT 0,
    last_refresh_at timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE list_version (
    source          text NOT NULL REFERENCES list_source (key),
    version         integer NOT NULL,
    origin          text NOT NULL,
    fetched_at      timestamptz NOT NULL,
    imported_at     timestamptz NOT NULL DEFAULT now(),
    checksum        text NOT NULL,
    entity_count    integer NOT NULL,
    added           integer NOT NULL,
    removed         integer NOT NULL,
    changed         integer NOT NULL,
    warnings        integer NOT NULL,
    issues          text NOT NULL DEFAULT '',
    PRIMARY KEY (source, version)
);

-- One row per entity and stretch of versions in which its content stayed the same:
-- valid in versions [valid_from, valid_to), valid_to NULL while current.
CREATE TABLE list_entity (
    row_id       bigserial PRIMARY KEY,
    source       text NOT NULL REFERENCES list_source (key),
    entity_id    text NOT NULL,
    schema       text NOT NULL,
    caption      text NOT NULL,
    names        text NOT NULL,
    valid_from   integer NOT NULL,
    valid_to     integer,
    content_hash text NOT NULL,
    payload      jsonb NOT NULL
);
CREATE UNIQUE INDEX list_entity_current ON list_entity (entity_id) WHERE valid_to IS NULL;
CREATE INDEX list_entity_by_source ON list_entity (source, valid_from);
CREATE INDEX list_entity_history ON list_entity (entity_id, valid_from);
CREATE INDEX list_entity_names_trgm ON list_entity USING gin (names gin_trgm_ops) WHERE valid_to IS NULL;

CREATE TABLE list_delta (
    source    text NOT NULL,
    version   integer NOT NULL,
    entity_id text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('added', 'removed', 'changed')),
    caption   text NOT NULL,
    fields    jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (source, version, entity_id),
    FOREIGN KEY (source, version) REFERENCES list_version (source, version)
);

CREATE TABLE operator_alert (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    kind        text NOT NULL,
    subject     text NOT NULL,
    message     text NOT NULL,
    resolved_at timestamptz
);

GRANT SELECT, INSERT, UPDATE ON list_source, list_version, list_entity, list_delta, operator_alert TO blackbox_app;
GRANT USAGE, SELECT ON SEQUENCE list_entity_row_id_seq, operator_alert_id_seq TO blackbox_app;

CREATE FUNCTION app_sees_list(p_source text) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM list_source s WHERE s.key = p_source
                  AND (s.owner_org_id IS NULL OR s.owner_org_id = app_org_id() OR app_org_kind() = 'system')) $$;

ALTER TABLE list_source ENABLE ROW LEVEL SECURITY;
ALTER TABLE list_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE list_entity ENABLE ROW LEVEL SECURITY;
ALTER TABLE list_delta ENABLE ROW LEVEL SECURITY;
ALTER TABLE operator_alert ENABLE ROW LEVEL SECURITY;

-- Reading: any caller reads public lists; an owned list only its owner (and the system).
CREATE POLICY list_source_read ON list_source FOR SELECT
    USING (app_org_kind() <> 'none' AND (owner_org_id IS NULL OR owner_org_id = app_org_id() OR app_org_kind() = 'system'));
-- Writing public lists: the system and operator administrators; an owned list: its owner's administrators.
CREATE POLICY list_source_write ON list_source FOR INSERT
    WITH CHECK (app_org_kind() = 'system' OR (owner_org_id IS NULL AND app_role() = 'operator_admin')
                OR (owner_org_id = app_org_id() AND app_role() IN ('member_admin', 'member_analyst')));
CREATE POLICY list_source_update ON list_source FOR UPDATE
    USING (app_org_kind() = 'system' OR (owner_org_id IS NULL AND app_role() = 'operator_admin')
           OR (owner_org_id = app_org_id() AND app_role() IN ('member_admin', 'member_analyst')));

CREATE POLICY list_version_read ON list_version FOR SELECT USING (app_org_kind() <> 'none' AND app_sees_list(source));
CREATE POLICY list_version_write ON list_version FOR INSERT WITH CHECK (app_sees_list(source));
CREATE POLICY list_entity_read ON list_entity FOR SELECT USING (app_org_kind() <> 'none' AND app_sees_list(source));
CREATE POLICY list_entity_write ON list_entity FOR INSERT WITH CHECK (app_sees_list(source));
CREATE POLICY list_entity_update ON list_entity FOR UPDATE USING (app_sees_list(source));
CREATE POLICY list_delta_read ON list_delta FOR SELECT USING (app_org_kind() <> 'none' AND app_sees_list(source));
CREATE POLICY list_delta_write ON list_delta FOR INSERT WITH CHECK (app_sees_list(source));

-- Operator alerts are for operator staff.
CREATE POLICY operator_alert_read ON operator_alert FOR SELECT USING (app_sees_all());
CREATE POLICY operator_alert_write ON operator_alert FOR INSERT WITH CHECK (app_org_kind() <> 'none');
CREATE POLICY operator_alert_update ON operator_alert FOR UPDATE USING (app_sees_all());
