-- directory_key decides its own visibility with the columns the directory_report policy reads, copied from
-- the report's row by the triggers that keep directory_key, instead of asking directory_report per row.
-- See docs/adr/0013-directory-key-carries-visibility.md.
--
-- Why: the V9 policy (EXISTS on directory_report, whose policy then applies) cost a sub-query, an index
-- look-up and a heap fetch of the wide directory_report row for every directory_key row read. A value quoted
-- by hundreds of reports (a webmail address, a forwarder) took about 14 ms to count for a member, and a
-- network or page that met several paid that on its first request. The same expression on columns of the
-- row itself is checked in place.
--
-- The copied columns follow directory_report by trigger (insert, and every update of the columns the
-- policy reads), and reporter_tag stays unselectable by the application role here as there.

ALTER TABLE directory_key ADD COLUMN members_see boolean, ADD COLUMN sharing text, ADD COLUMN reporter_tag bytea;
UPDATE directory_key k SET members_see = r.members_see, sharing = r.sharing, reporter_tag = r.reporter_tag
FROM directory_report r WHERE r.report_id = k.report_id;
ALTER TABLE directory_key ALTER COLUMN members_see SET NOT NULL, ALTER COLUMN sharing SET NOT NULL,
    ALTER COLUMN reporter_tag SET NOT NULL;

CREATE OR REPLACE FUNCTION directory_key_insert() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    INSERT INTO directory_key (key, report_id, actor_id, listed, members_see, sharing, reporter_tag)
    SELECT DISTINCT k, NEW.report_id, NEW.actor_id,
           coalesce(NEW.facts->'listHits' @> '[{"band": "match"}]'::jsonb, false),
           NEW.members_see, NEW.sharing, NEW.reporter_tag
    FROM unnest(NEW.keys) AS k;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION directory_key_update() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    IF OLD.keys IS DISTINCT FROM NEW.keys OR OLD.facts IS DISTINCT FROM NEW.facts
            OR OLD.report_id <> NEW.report_id THEN
        DELETE FROM directory_key WHERE report_id = OLD.report_id;
        INSERT INTO directory_key (key, report_id, actor_id, listed, members_see, sharing, reporter_tag)
        SELECT DISTINCT k, NEW.report_id, NEW.actor_id,
               coalesce(NEW.facts->'listHits' @> '[{"band": "match"}]'::jsonb, false),
               NEW.members_see, NEW.sharing, NEW.reporter_tag
        FROM unnest(NEW.keys) AS k;
    ELSE
        UPDATE directory_key SET actor_id = NEW.actor_id, members_see = NEW.members_see, sharing = NEW.sharing,
                                 reporter_tag = NEW.reporter_tag
        WHERE report_id = NEW.report_id;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER directory_key_update ON directory_report;
CREATE TRIGGER directory_key_update
    AFTER UPDATE OF report_id, actor_id, keys, facts, members_see, sharing, reporter_tag ON directory_report
    FOR EACH ROW WHEN (OLD.report_id IS DISTINCT FROM NEW.report_id OR OLD.actor_id IS DISTINCT FROM NEW.actor_id
                       OR OLD.keys IS DISTINCT FROM NEW.keys OR OLD.facts IS DISTINCT FROM NEW.facts
                       OR OLD.members_see IS DISTINCT FROM NEW.members_see OR OLD.sharing IS DISTINCT FROM NEW.sharing
                       OR OLD.reporter_tag IS DISTINCT FROM NEW.reporter_tag)
    EXECUTE FUNCTION directory_key_update();

-- the application reads every column but the reporter tag, which only feeds the policy (as on directory_report)
REVOKE SELECT ON directory_key FROM blackbox_app;
GRANT SELECT (key, report_id, actor_id, listed, members_see, sharing) ON directory_key TO blackbox_app;

-- the same expression as directory_report_read (V6), on this row's copy of its columns
DROP POLICY directory_key_read ON directory_key;
CREATE POLICY directory_key_read ON directory_key FOR SELECT
    USING (app_is_operator_staff()
           OR (app_org_kind() = 'member'
               AND (members_see OR (sharing <> 'operator' AND reporter_tag = app_reporter_tag()))));

-- Everything a look-up by value reads (the value, the actor, the report, and the policy's columns) is in
-- the index, in the order the holders query wants it: the rows of one value lie scattered over the table
-- (1,351 heap blocks for the 1,666 rows of two webmail addresses in the 100,000-report benchmark pool), so
-- an index-only scan saves a heap fetch per row wherever the visibility map allows it.
CREATE INDEX directory_key_holders ON directory_key (key, actor_id, report_id)
    INCLUDE (members_see, sharing, reporter_tag);
DROP INDEX directory_key_listed;
CREATE INDEX directory_key_listed ON directory_key (key) INCLUDE (actor_id, members_see, sharing, reporter_tag)
    WHERE listed;
