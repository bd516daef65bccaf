-- The directory of suspect actors: reports linked into actors, the operator's merge and split decisions,
-- actor id redirects, and alerts for the operator. See docs/adr/0007-directory-visibility.md.
--
-- Visibility is enforced here, as for reports:
-- * directory_report holds, per linked report, the facts the directory shows (names, identifiers,
--   items, red flags, list hits) and the report's current sharing and status. A member reads a row only
--   when other members may see the report (members_see), or when it is the member's own report and not
--   an operator-only one; operator staff read every row; nobody else reads any. An actor a caller may
--   not see is therefore simply absent, exactly like one that does not exist.
-- * reporter_tag (the keyed tag of the reporting organisation) is never selectable by the application
--   role: it only feeds the row policy and the trigger that derives reporter_key, a digest of the tag
--   and the actor id. reporter_key lets the directory count independent reporters of one actor, and
--   differs between actors, so nobody can follow one reporter from actor to actor.

CREATE TABLE directory_report (
    report_id     uuid PRIMARY KEY,
    actor_id      text NOT NULL CHECK (actor_id ~ '^A[0-9]+$'),
    reporter_tag  bytea NOT NULL,
    reporter_key  text NOT NULL,
    sharing       text NOT NULL CHECK (sharing IN ('operator', 'members', 'members+government')),
    status        text NOT NULL CHECK (status IN ('pending', 'accepted')),
    members_see   boolean NOT NULL,
    received_on   date NOT NULL,
    reported_at   timestamptz NOT NULL,  -- when the report was submitted; bursts are counted on it
    search_text   text NOT NULL,       -- normalised Latin names of the inquirer, for search and pooled screening
    keys          text[] NOT NULL DEFAULT '{}',  -- kind:value of shared identifiers, for linked actors
    facts         jsonb NOT NULL,
    linked_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_report_by_actor ON directory_report (actor_id);
CREATE INDEX directory_report_search ON directory_report USING gin (search_text gin_trgm_ops);
CREATE INDEX directory_report_keys ON directory_report USING gin (keys);

CREATE FUNCTION directory_report_key() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    NEW.reporter_key := encode(sha256(convert_to(NEW.actor_id || ':', 'UTF8') || NEW.reporter_tag), 'hex');
    RETURN NEW;
END $$;
CREATE TRIGGER directory_report_key BEFORE INSERT OR UPDATE ON directory_report
    FOR EACH ROW EXECUTE FUNCTION directory_report_key();

-- Why each report is in its actor: the engine's explanation against the most alike other report of the
-- actor. It may quote shared identifiers; operator staff read it, nobody else.
CREATE TABLE directory_link (
    report_id     uuid PRIMARY KEY,
    other_report  uuid NOT NULL,
    probability   double precision NOT NULL,
    explanation   text NOT NULL
);

-- Ids that were merged away, and where they lead now.
CREATE TABLE directory_alias (
    alias     text PRIMARY KEY,
    actor_id  text NOT NULL
);

-- The next actor sequence number; one row.
CREATE TABLE directory_state (
    id             integer PRIMARY KEY CHECK (id = 1),
    next_sequence  bigint NOT NULL CHECK (next_sequence >= 1)
);

-- Operators' merges (same-actor) and splits (different-actor), by report ids, so they survive every re-run.
CREATE TABLE directory_decision (
    id             uuid PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('same-actor', 'different-actor')),
    left_reports   uuid[] NOT NULL,
    right_reports  uuid[] NOT NULL,
    actors         text[] NOT NULL,   -- the actor ids the operator acted on, for the record
    decided_by     text NOT NULL,
    decided_at     timestamptz NOT NULL DEFAULT now(),
    reason         text NOT NULL
);

-- The operator's curated notes on an actor, every revision kept.
CREATE TABLE directory_note (
    actor_id    text NOT NULL,
    revision    integer NOT NULL CHECK (revision >= 1),
    body        text NOT NULL,
    author      text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (actor_id, revision)
);

-- Things the operator should look at, e.g. a burst of reports about one actor from one member.
CREATE TABLE directory_alert (
    id            bigserial PRIMARY KEY,
    actor_id      text NOT NULL,
    kind          text NOT NULL,
    reporter_key  text,
    day           date NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')::date,
    detail        text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    seen_at       timestamptz,
    CONSTRAINT directory_alert_once UNIQUE (actor_id, kind, reporter_key, day)
);

GRANT SELECT (report_id, actor_id, reporter_key, sharing, status, members_see, received_on, reported_at, search_text, keys,
              facts, linked_at) ON directory_report TO blackbox_app;
GRANT INSERT, UPDATE, DELETE ON directory_report TO blackbox_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON directory_alias, directory_state, directory_link TO blackbox_app;
GRANT SELECT, INSERT ON directory_decision, directory_note TO blackbox_app;
GRANT SELECT, INSERT, UPDATE ON directory_alert TO blackbox_app;
GRANT USAGE, SELECT ON SEQUENCE directory_alert_id_seq TO blackbox_app;

ALTER TABLE directory_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE directory_alias ENABLE ROW LEVEL SECURITY;
ALTER TABLE directory_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE directory_state ENABLE ROW LEVEL SECURITY;
ALTER TABLE directory_decision ENABLE ROW LEVEL SECURITY;
ALTER TABLE directory_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE directory_alert ENABLE ROW LEVEL SECURITY;

CREATE POLICY directory_report_read ON directory_report FOR SELECT
    USING (app_is_operator_staff()
           OR (app_org_kind() = 'member'
               AND (members_see OR (sharing <> 'operator' AND reporter_tag = app_reporter_tag()))));
-- Only the linking job (the system) writes rows.
CREATE POLICY directory_report_insert ON directory_report FOR INSERT WITH CHECK (app_org_kind() = 'system');
CREATE POLICY directory_report_update ON directory_report FOR UPDATE USING (app_org_kind() = 'system');
CREATE POLICY directory_report_delete ON directory_report FOR DELETE USING (app_org_kind() = 'system');

-- A redirect names no data; whether its target may be seen is decided on directory_report.
CREATE POLICY directory_alias_read ON directory_alias FOR SELECT USING (app_org_kind() <> 'none');
CREATE POLICY directory_alias_write ON directory_alias FOR ALL
    USING (app_org_kind() = 'system') WITH CHECK (app_org_kind() = 'system');
CREATE POLICY directory_link_read ON directory_link FOR SELECT USING (app_is_operator_staff());
CREATE POLICY directory_link_write ON directory_link FOR ALL
    USING (app_org_kind() = 'system') WITH CHECK (app_org_kind() = 'system');
CREATE POLICY directory_state_system ON directory_state FOR ALL
    USING (app_org_kind() = 'system') WITH CHECK (app_org_kind() = 'system');

CREATE POLICY directory_decision_read ON directory_decision FOR SELECT USING (app_is_operator_staff());
CREATE POLICY directory_decision_write ON directory_decision FOR INSERT WITH CHECK (app_is_operator_staff());
-- Members read the notes of actors they may see (the service checks the actor through directory_report);
-- only operator staff write, and nobody changes a revision.
CREATE POLICY directory_note_read ON directory_note FOR SELECT
    USING (app_is_operator_staff() OR app_org_kind() = 'member');
CREATE POLICY directory_note_write ON directory_note FOR INSERT WITH CHECK (app_is_operator_staff());
CREATE POLICY directory_alert_staff ON directory_alert FOR ALL
    USING (app_is_operator_staff()) WITH CHECK (app_is_operator_staff());
