-- Screening: every screening a member makes, its reviewed hits, batch jobs, portfolios, alerts and
-- webhooks. All of it belongs to one member organisation and only that organisation (and the system,
-- for jobs) reads it: not other members, not the operator.

CREATE FUNCTION app_owns(p_org uuid) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT app_org_kind() = 'system' OR (p_org IS NOT NULL AND p_org = app_org_id()) $$;

CREATE TABLE screening (
    id               uuid PRIMARY KEY,
    org_id           uuid NOT NULL REFERENCES organisation (id),
    actor_label      text NOT NULL,
    at               timestamptz NOT NULL DEFAULT now(),
    counterparty_key text NOT NULL,
    reference        text,
    query            jsonb NOT NULL,
    hit_count        integer NOT NULL,
    top_score        double precision,
    top_band         text,
    result           jsonb NOT NULL
);
CREATE INDEX screening_by_org ON screening (org_id, at DESC);

CREATE TABLE hit_decision (
    id               bigserial PRIMARY KEY,
    org_id           uuid NOT NULL REFERENCES organisation (id),
    counterparty_key text NOT NULL,
    entity_id        text NOT NULL,
    entity_hash      text NOT NULL,
    decision         text NOT NULL CHECK (decision IN ('cleared', 'confirmed')),
    note             text NOT NULL DEFAULT '',
    screening_id     uuid REFERENCES screening (id),
    actor_label      text NOT NULL,
    at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hit_decision_lookup ON hit_decision (org_id, counterparty_key, entity_id, id DESC);

CREATE TABLE batch_job (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisation (id),
    actor_label  text NOT NULL,
    input_name   text NOT NULL,
    status       text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    total_rows   integer NOT NULL DEFAULT 0,
    done_rows    integer NOT NULL DEFAULT 0,
    error_rows   integer NOT NULL DEFAULT 0,
    hit_rows     integer NOT NULL DEFAULT 0,
    message      text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);
CREATE INDEX batch_job_by_org ON batch_job (org_id, created_at DESC);

CREATE TABLE batch_result (
    job_id     uuid NOT NULL REFERENCES batch_job (id) ON DELETE CASCADE,
    org_id     uuid NOT NULL,
    row_no     integer NOT NULL,
    query_id   text NOT NULL,
    query_name text NOT NULL,
    rank       integer NOT NULL,
    entity_id  text,
    caption    text,
    source     text,
    score      double precision,
    band       text,
    error      text
);
CREATE INDEX batch_result_by_job ON batch_result (job_id, row_no, rank);

CREATE TABLE portfolio_entry (
    id               uuid PRIMARY KEY,
    org_id           uuid NOT NULL REFERENCES organisation (id),
    external_id      text NOT NULL,
    query            jsonb NOT NULL,
    caption          text NOT NULL,
    counterparty_key text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    last_screened_at timestamptz,
    last_hits        jsonb NOT NULL DEFAULT '{}',
    CONSTRAINT portfolio_external_unique UNIQUE (org_id, external_id)
);

CREATE TABLE screening_alert (
    id           bigserial PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisation (id),
    entry_id     uuid NOT NULL REFERENCES portfolio_entry (id) ON DELETE CASCADE,
    at           timestamptz NOT NULL DEFAULT now(),
    kind         text NOT NULL CHECK (kind IN ('new-hit', 'changed-hit')),
    entity_id    text NOT NULL,
    caption      text NOT NULL,
    score        double precision NOT NULL,
    band         text NOT NULL,
    reason       text NOT NULL,
    seen_at      timestamptz,
    delivered_at timestamptz
);
CREATE INDEX screening_alert_by_org ON screening_alert (org_id, id DESC);

CREATE TABLE webhook (
    org_id     uuid PRIMARY KEY REFERENCES organisation (id),
    url        text NOT NULL,
    secret     text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT, UPDATE ON screening, hit_decision, batch_job, batch_result, portfolio_entry, screening_alert,
    webhook TO blackbox_app;
GRANT DELETE ON portfolio_entry, webhook TO blackbox_app;
GRANT USAGE, SELECT ON SEQUENCE hit_decision_id_seq, screening_alert_id_seq TO blackbox_app;

ALTER TABLE screening ENABLE ROW LEVEL SECURITY;
ALTER TABLE hit_decision ENABLE ROW LEVEL SECURITY;
ALTER TABLE batch_job ENABLE ROW LEVEL SECURITY;
ALTER TABLE batch_result ENABLE ROW LEVEL SECURITY;
ALTER TABLE portfolio_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE screening_alert ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook ENABLE ROW LEVEL SECURITY;

CREATE POLICY screening_own ON screening USING (app_owns(org_id)) WITH CHECK (app_owns(org_id));
CREATE POLICY hit_decision_own ON hit_decision USING (app_owns(org_id)) WITH CHECK (app_owns(org_id));
CREATE POLICY batch_job_own ON batch_job USING (app_owns(org_id)) WITH CHECK (app_owns(org_id));
CREATE POLICY batch_result_own ON batch_result USING (app_owns(org_id)) WITH CHECK (app_owns(org_id));
CREATE POLICY portfolio_entry_own ON portfolio_entry USING (app_owns(org_id)) WITH CHECK (app_owns(org_id));
CREATE POLICY screening_alert_own ON screening_alert USING (app_owns(org_id)) WITH CHECK (app_owns(org_id));
CREATE POLICY webhook_own ON webhook USING (app_owns(org_id)) WITH CHECK (app_owns(org_id));

-- The current content hash of list entities, for "cleared until the entity changes"; lists are public.
CREATE INDEX list_entity_current_hash ON list_entity (entity_id, content_hash) WHERE valid_to IS NULL;
