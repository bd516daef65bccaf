-- The shared identifiers of directory reports, one row per value and report, for the look-ups of linked
-- actors, networks and the risk's network factor.
--
-- Why a table beside directory_report.keys: under row-level security PostgreSQL uses an index only with
-- leakproof operators, and the array operators (&&, @>) behind the GIN index on directory_report.keys are
-- not leakproof. Every look-up by value therefore read the whole of directory_report, for every caller
-- (the application role does not bypass the policies): an actor page or a network took a sequential scan
-- per query, several per hop. Text equality is leakproof, so a btree on key serves these look-ups under the
-- policies.
--
-- Visibility is not copied here: a row may be read exactly when its report's row in directory_report may
-- be (the policy asks directory_report, whose own policy decides, for every caller). Rows follow
-- directory_report by trigger; only the linking job (the system) writes either table.

CREATE TABLE directory_key (
    key        text NOT NULL,                -- kind:value, as in directory_report.keys
    report_id  uuid NOT NULL,
    actor_id   text NOT NULL,
    listed     boolean NOT NULL,             -- the report's names matched a restricted-party list (band match)
    PRIMARY KEY (key, report_id)
);
CREATE INDEX directory_key_by_report ON directory_key (report_id);
CREATE INDEX directory_key_listed ON directory_key (key) WHERE listed;

CREATE FUNCTION directory_key_insert() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    INSERT INTO directory_key (key, report_id, actor_id, listed)
    SELECT DISTINCT k, NEW.report_id, NEW.actor_id,
           coalesce(NEW.facts->'listHits' @> '[{"band": "match"}]'::jsonb, false)
    FROM unnest(NEW.keys) AS k;
    RETURN NULL;
END $$;

CREATE FUNCTION directory_key_update() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    IF OLD.keys IS DISTINCT FROM NEW.keys OR OLD.facts IS DISTINCT FROM NEW.facts
            OR OLD.report_id <> NEW.report_id THEN
        DELETE FROM directory_key WHERE report_id = OLD.report_id;
        INSERT INTO directory_key (key, report_id, actor_id, listed)
        SELECT DISTINCT k, NEW.report_id, NEW.actor_id,
               coalesce(NEW.facts->'listHits' @> '[{"band": "match"}]'::jsonb, false)
        FROM unnest(NEW.keys) AS k;
    ELSE
        UPDATE directory_key SET actor_id = NEW.actor_id WHERE report_id = NEW.report_id;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION directory_key_delete() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    DELETE FROM directory_key WHERE report_id = OLD.report_id;
    RETURN NULL;
END $$;

CREATE TRIGGER directory_key_insert AFTER INSERT ON directory_report
    FOR EACH ROW EXECUTE FUNCTION directory_key_insert();
CREATE TRIGGER directory_key_update AFTER UPDATE OF report_id, actor_id, keys, facts ON directory_report
    FOR EACH ROW WHEN (OLD.report_id IS DISTINCT FROM NEW.report_id OR OLD.actor_id IS DISTINCT FROM NEW.actor_id
                       OR OLD.keys IS DISTINCT FROM NEW.keys OR OLD.facts IS DISTINCT FROM NEW.facts)
    EXECUTE FUNCTION directory_key_update();
CREATE TRIGGER directory_key_delete AFTER DELETE ON directory_report
    FOR EACH ROW EXECUTE FUNCTION directory_key_delete();

INSERT INTO directory_key (key, report_id, actor_id, listed)
SELECT DISTINCT k, report_id, actor_id, coalesce(facts->'listHits' @> '[{"band": "match"}]'::jsonb, false)
FROM directory_report, unnest(keys) AS k;

GRANT SELECT, INSERT, UPDATE, DELETE ON directory_key TO blackbox_app;
ALTER TABLE directory_key ENABLE ROW LEVEL SECURITY;
-- Readable exactly when the report's directory row is readable by the same caller.
CREATE POLICY directory_key_read ON directory_key FOR SELECT
    USING (EXISTS (SELECT 1 FROM directory_report r WHERE r.report_id = directory_key.report_id));
CREATE POLICY directory_key_write ON directory_key FOR ALL
    USING (app_org_kind() = 'system') WITH CHECK (app_org_kind() = 'system');
