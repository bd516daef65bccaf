-- Members' comments on actors, blinded like reports. See docs/adr/0008-member-comments.md.
--
-- * The writing organisation is never in the clear. author_tag is the keyed tag of the organisation that
--   the reports module states per transaction (app.reporter_tag, the same value as report.reporter_tag);
--   the application role cannot select it: it feeds the row policies and directory_comment_mine() only.
--   author_sealed holds the organisation and the user, envelope-encrypted with the reports keys and bound
--   to the comment id, for operator staff.
-- * A member reads the comments of actors it may see (a readable directory_report row of the actor, or of
--   the actor an id was merged into, under that table's own policies), except hidden comments of other
--   members; operator staff read every comment; nobody else reads any.
-- * A member writes comments under its own tag only, on actors it may see, and deletes (retracts) only its
--   own. Operator staff hide a comment with a reason. Nobody changes a comment's text.

CREATE TABLE directory_comment (
    id             uuid PRIMARY KEY,
    actor_id       text NOT NULL CHECK (actor_id ~ '^A[0-9]+$'),
    body           text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    author_tag     bytea NOT NULL DEFAULT app_reporter_tag(),
    author_sealed  bytea NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    hidden_at      timestamptz,
    hidden_by      text,
    hidden_reason  text,
    CONSTRAINT directory_comment_hidden_whole
        CHECK ((hidden_at IS NULL) = (hidden_by IS NULL) AND (hidden_at IS NULL) = (hidden_reason IS NULL))
);
CREATE INDEX directory_comment_by_actor ON directory_comment (actor_id, created_at);

-- Whether a comment is the calling member's own, without handing its tag to the application.
CREATE FUNCTION directory_comment_mine(p_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM directory_comment c
                  WHERE c.id = p_id AND app_org_kind() = 'member' AND c.author_tag = app_reporter_tag()) $$;
REVOKE ALL ON FUNCTION directory_comment_mine(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION directory_comment_mine(uuid) TO blackbox_app;

GRANT SELECT (id, actor_id, body, author_sealed, created_at, hidden_at, hidden_by, hidden_reason)
    ON directory_comment TO blackbox_app;
GRANT INSERT (id, actor_id, body, author_sealed) ON directory_comment TO blackbox_app;
GRANT UPDATE (hidden_at, hidden_by, hidden_reason) ON directory_comment TO blackbox_app;
GRANT DELETE ON directory_comment TO blackbox_app;

ALTER TABLE directory_comment ENABLE ROW LEVEL SECURITY;

-- Aliases are kept one hop from the live id (linking rewrites them so), hence the single lookup.
CREATE POLICY directory_comment_read ON directory_comment FOR SELECT
    USING (app_is_operator_staff()
           OR (app_org_kind() = 'member'
               AND (hidden_at IS NULL OR author_tag = app_reporter_tag())
               AND EXISTS (SELECT 1 FROM directory_report d
                           WHERE d.actor_id = directory_comment.actor_id
                              OR d.actor_id = (SELECT a.actor_id FROM directory_alias a
                                               WHERE a.alias = directory_comment.actor_id))));
CREATE POLICY directory_comment_insert ON directory_comment FOR INSERT
    WITH CHECK (app_org_kind() = 'member' AND author_tag = app_reporter_tag()
                AND EXISTS (SELECT 1 FROM directory_report d WHERE d.actor_id = directory_comment.actor_id));
CREATE POLICY directory_comment_hide ON directory_comment FOR UPDATE
    USING (app_is_operator_staff()) WITH CHECK (app_is_operator_staff());
CREATE POLICY directory_comment_retract ON directory_comment FOR DELETE
    USING (app_org_kind() = 'member' AND author_tag = app_reporter_tag());
