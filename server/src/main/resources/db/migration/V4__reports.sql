-- Suspect-inquiry reports: intake, idempotency, review threads, attachments, bulk jobs and mappings.
--
-- Blinding is enforced here, not only in Java (see docs/adr/0005-report-blinding.md):
-- * No table stores the reporting organisation in the clear. A report carries reporter_tag, a keyed
--   HMAC of the organisation id whose key lives in a file outside the database, and reporter_sealed,
--   the organisation, submitting user, the member's reference and the original submission under
--   envelope encryption with a key from the same folder. Losing the database alone reveals no reporter.
-- * The application states, per transaction, the caller's own tag in app.reporter_tag (the reports
--   module sets it before touching these tables). A member reads rows of report only where the tag is
--   its own; operator analysts and administrators read every row.
-- * Other members read reports only through reports_shared(), a SECURITY DEFINER function returning
--   blinded columns: no tag, no sealed identity, no reference, timestamps as days, and a per-viewer
--   digest of the tag from which the application derives the pseudonym.

CREATE FUNCTION app_reporter_tag() RETURNS bytea LANGUAGE sql STABLE AS
$$ SELECT decode(nullif(current_setting('app.reporter_tag', true), ''), 'hex') $$;

CREATE FUNCTION app_is_operator_staff() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT app_org_kind() = 'system' OR (app_org_kind() = 'operator' AND app_role() IN ('operator_analyst', 'operator_admin')) $$;

CREATE TABLE report (
    id                 uuid PRIMARY KEY,
    reporter_tag       bytea NOT NULL,
    reporter_sealed    bytea NOT NULL,
    sharing            text NOT NULL CHECK (sharing IN ('operator', 'members', 'members+government')),
    status             text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'retracted')),
    attachments_shared boolean NOT NULL DEFAULT false,
    received_on        date NOT NULL,
    channel            text NOT NULL,
    search_text        text NOT NULL,   -- normalised Latin names of the inquiring parties, for search
    countries          text[] NOT NULL DEFAULT '{}',
    content            jsonb NOT NULL,  -- the normalised report without reporter identity or reference
    list_hits          jsonb NOT NULL DEFAULT '[]',
    content_hash       text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    review_note        text,
    reviewed_at        timestamptz,
    retracted_at       timestamptz,
    CONSTRAINT report_no_duplicate UNIQUE (reporter_tag, content_hash)
);
CREATE INDEX report_by_reporter ON report (reporter_tag, created_at DESC);
CREATE INDEX report_shared ON report (received_on DESC, id) WHERE sharing <> 'operator' AND status IN ('pending', 'accepted');
CREATE INDEX report_queue ON report (created_at) WHERE status = 'pending';
CREATE INDEX report_search_trgm ON report USING gin (search_text gin_trgm_ops);

-- Retries of POST /api/v1/reports with the same Idempotency-Key return the first answer.
CREATE TABLE report_idempotency (
    reporter_tag  bytea NOT NULL,
    key           text NOT NULL,
    request_hash  text NOT NULL,
    report_id     uuid NOT NULL REFERENCES report (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (reporter_tag, key)
);

-- The review thread between the operator and the reporter; other members never read it.
CREATE TABLE report_message (
    id             bigserial PRIMARY KEY,
    report_id      uuid NOT NULL REFERENCES report (id),
    from_operator  boolean NOT NULL,
    body           text NOT NULL,
    at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_message_by_report ON report_message (report_id, id);

-- Attachments, envelope-encrypted; the file name is sealed with the content since it may name the reporter.
CREATE TABLE report_attachment (
    id          uuid PRIMARY KEY,
    report_id   uuid NOT NULL REFERENCES report (id),
    media_type  text NOT NULL,
    size        bigint NOT NULL,
    sealed_name bytea NOT NULL,
    sealed_data bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_attachment_by_report ON report_attachment (report_id);

-- A member's defaults and its saved bulk column mappings; these are the member's own settings and
-- name no report, so they carry the organisation in the clear.
CREATE TABLE report_member_setting (
    org_id             uuid PRIMARY KEY REFERENCES organisation (id),
    default_sharing    text NOT NULL CHECK (default_sharing IN ('operator', 'members', 'members+government')),
    share_attachments  boolean NOT NULL DEFAULT false,
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE report_mapping (
    org_id      uuid NOT NULL REFERENCES organisation (id),
    name        text NOT NULL,
    columns     jsonb NOT NULL,   -- the member's column name -> report field
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, name)
);

-- Bulk uploads: one job per file; rejected rows are kept (as submitted) for download and re-upload.
CREATE TABLE report_job (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisation (id),
    format       text NOT NULL,
    status       text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    total        integer NOT NULL DEFAULT 0,
    accepted     integer NOT NULL DEFAULT 0,
    rejected     integer NOT NULL DEFAULT 0,
    message      text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);
CREATE INDEX report_job_by_org ON report_job (org_id, created_at DESC);

CREATE TABLE report_job_error (
    job_id   uuid NOT NULL REFERENCES report_job (id),
    row_no   integer NOT NULL,
    field    text NOT NULL,
    message  text NOT NULL,
    raw      jsonb NOT NULL,
    PRIMARY KEY (job_id, row_no, field)
);

GRANT SELECT, INSERT, UPDATE ON report, report_idempotency, report_message, report_attachment,
    report_member_setting, report_mapping, report_job, report_job_error TO blackbox_app;
GRANT DELETE ON report_mapping TO blackbox_app;
GRANT USAGE, SELECT ON SEQUENCE report_message_id_seq TO blackbox_app;

ALTER TABLE report ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_idempotency ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_message ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_member_setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_mapping ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_job ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_job_error ENABLE ROW LEVEL SECURITY;

-- The reporter reads its own reports in full; operator staff read all. Nobody else reads this table.
CREATE POLICY report_read ON report FOR SELECT
    USING (app_is_operator_staff() OR (app_org_kind() = 'member' AND reporter_tag = app_reporter_tag()));
CREATE POLICY report_insert ON report FOR INSERT
    WITH CHECK (app_org_kind() = 'system' OR (app_org_kind() = 'member' AND reporter_tag = app_reporter_tag()));
-- The reporter retracts and answers; operator staff review. Which columns each may change is the service's.
CREATE POLICY report_update ON report FOR UPDATE
    USING (app_is_operator_staff() OR (app_org_kind() = 'member' AND reporter_tag = app_reporter_tag()));

CREATE POLICY report_idempotency_own ON report_idempotency FOR ALL
    USING (app_org_kind() IN ('member', 'system') AND reporter_tag = app_reporter_tag())
    WITH CHECK (app_org_kind() IN ('member', 'system') AND reporter_tag = app_reporter_tag());

-- Children follow their report: visible exactly when the report row is (that policy applies inside).
CREATE POLICY report_message_read ON report_message FOR SELECT
    USING (EXISTS (SELECT 1 FROM report r WHERE r.id = report_id));
CREATE POLICY report_message_write ON report_message FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM report r WHERE r.id = report_id)
                AND (from_operator = app_is_operator_staff()));

CREATE POLICY report_attachment_read ON report_attachment FOR SELECT
    USING (EXISTS (SELECT 1 FROM report r WHERE r.id = report_id));
CREATE POLICY report_attachment_write ON report_attachment FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM report r WHERE r.id = report_id AND app_org_kind() IN ('member', 'system')));

CREATE POLICY report_member_setting_own ON report_member_setting FOR ALL
    USING (app_sees_all() OR org_id = app_org_id())
    WITH CHECK (app_org_kind() = 'system' OR (org_id = app_org_id() AND app_role() = 'member_admin'));
CREATE POLICY report_mapping_own ON report_mapping FOR ALL
    USING (app_org_kind() = 'system' OR org_id = app_org_id())
    WITH CHECK (app_org_kind() = 'system' OR (org_id = app_org_id() AND app_org_kind() = 'member'));
CREATE POLICY report_job_own ON report_job FOR ALL
    USING (app_org_kind() = 'system' OR org_id = app_org_id())
    WITH CHECK (app_org_kind() = 'system' OR (org_id = app_org_id() AND app_org_kind() = 'member'));
CREATE POLICY report_job_error_own ON report_job_error FOR ALL
    USING (EXISTS (SELECT 1 FROM report_job j WHERE j.id = job_id))
    WITH CHECK (EXISTS (SELECT 1 FROM report_job j WHERE j.id = job_id));

-- The blinded pool: other members' reports shared with members, as a member may see them. Runs as the
-- owner (RLS does not apply to it) and returns no column that identifies the reporter. viewer_tag is a
-- digest of the reporter's tag and the viewer's organisation: stable for one viewer, different for
-- every other viewer, so the application can show a per-viewer pseudonym without learning the reporter.
CREATE FUNCTION reports_shared(p_id uuid, p_query text, p_include_pending boolean, p_limit integer, p_offset integer)
    RETURNS TABLE (id uuid, sharing text, status text, attachments_shared boolean, received_on date,
                   shared_on date, viewer_tag text, content jsonb, list_hits jsonb, total bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
    SELECT r.id, r.sharing, r.status, r.attachments_shared, r.received_on, (r.created_at AT TIME ZONE 'UTC')::date,
           encode(sha256(convert_to(app_org_id()::text, 'UTF8') || r.reporter_tag), 'hex'),
           r.content, r.list_hits, count(*) OVER ()
    FROM report r
    WHERE app_org_kind() = 'member' AND app_org_id() IS NOT NULL AND app_reporter_tag() IS NOT NULL
      AND r.reporter_tag <> app_reporter_tag()
      AND r.sharing IN ('members', 'members+government')
      AND (r.status = 'accepted' OR (p_include_pending AND r.status = 'pending'))
      AND (p_id IS NULL OR r.id = p_id)
      AND (p_query IS NULL OR r.search_text LIKE '%' || p_query || '%')
    ORDER BY r.received_on DESC, r.id
    LIMIT greatest(0, least(p_limit, 500)) OFFSET greatest(0, p_offset)
$$;

-- A shared attachment, for another member, only when its reporter allowed attachments to be shared.
CREATE FUNCTION report_shared_attachment(p_report uuid, p_attachment uuid, p_include_pending boolean)
    RETURNS TABLE (id uuid, media_type text, size bigint, sealed_name bytea, sealed_data bytea)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
    SELECT a.id, a.media_type, a.size, a.sealed_name, a.sealed_data
    FROM report_attachment a JOIN report r ON r.id = a.report_id
    WHERE app_org_kind() = 'member' AND app_reporter_tag() IS NOT NULL
      AND r.reporter_tag <> app_reporter_tag() AND r.attachments_shared
      AND r.sharing IN ('members', 'members+government')
      AND (r.status = 'accepted' OR (p_include_pending AND r.status = 'pending'))
      AND r.id = p_report AND (p_attachment IS NULL OR a.id = p_attachment)
$$;

REVOKE ALL ON FUNCTION reports_shared(uuid, text, boolean, integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION report_shared_attachment(uuid, uuid, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reports_shared(uuid, text, boolean, integer, integer) TO blackbox_app;
GRANT EXECUTE ON FUNCTION report_shared_attachment(uuid, uuid, boolean) TO blackbox_app;
