-- Each actor's reports that every member may see, kept together in one row: what pooled screening reads when
-- it reads for all members (ADR 0018). See docs/adr/0021-actor-rows-kept-together.md.
--
-- Why: reports arrive in no order, so the directory_report rows of one actor lie on as many pages as it has
-- reports, and the first read of a few actors after a change touched 15 to 30 pages, most of a millisecond
-- even when PostgreSQL had them all in its cache. One row per actor is one index probe and one page (or a
-- few contiguous TOAST chunks for an actor with many reports).
--
-- How it follows directory_report: statement triggers note the actors a statement touched (old and new
-- actor of every row) in directory_actor_stale; a deferred trigger on that table rebuilds the noted actors'
-- rows when the transaction commits, once per actor however many statements touched it. So every writer of
-- directory_report (the linking job, an operator's correction by hand) leaves the two consistent at commit,
-- and a relink that moves a million reports rebuilds each actor once, not once per report.
--
-- Visibility: the row holds only reports with members_see, which every member and operator staff may read
-- in directory_report too; the reporter tag is not in it.

CREATE TABLE directory_actor_members (
    actor_id  text PRIMARY KEY,
    -- [[report_id, reporter_key, sharing, status, received_on, keys, facts], ...] ordered by received_on, report_id
    reports   json NOT NULL
);

CREATE TABLE directory_actor_stale (
    actor_id  text PRIMARY KEY
);

CREATE FUNCTION directory_actor_members_build(actors text[]) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public AS
$$
    DELETE FROM directory_actor_members WHERE actor_id = ANY(actors);
    INSERT INTO directory_actor_members (actor_id, reports)
    SELECT actor_id, json_agg(json_build_array(report_id, reporter_key, sharing, status, received_on, keys, facts)
                              ORDER BY received_on, report_id)
    FROM directory_report WHERE actor_id = ANY(actors) AND members_see GROUP BY actor_id;
$$;

CREATE FUNCTION directory_actor_mark() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$ BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO directory_actor_stale (actor_id) SELECT DISTINCT actor_id FROM new_rows ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO directory_actor_stale (actor_id) SELECT DISTINCT actor_id FROM old_rows ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER directory_actor_mark_insert AFTER INSERT ON directory_report
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_actor_mark();
CREATE TRIGGER directory_actor_mark_update AFTER UPDATE ON directory_report
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_actor_mark();
CREATE TRIGGER directory_actor_mark_delete AFTER DELETE ON directory_report
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_actor_mark();

-- Fires at commit once per noted actor. The first firing takes every noted actor off the table and rebuilds
-- them in one statement; the later ones find their actor gone (one index probe each) and do nothing.
CREATE FUNCTION directory_actor_rebuild() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$ DECLARE
    actors text[];
BEGIN
    DELETE FROM directory_actor_stale WHERE actor_id = NEW.actor_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    WITH taken AS (DELETE FROM directory_actor_stale RETURNING actor_id)
    SELECT array_agg(actor_id) || NEW.actor_id INTO actors FROM taken;
    PERFORM directory_actor_members_build(actors);
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER directory_actor_rebuild AFTER INSERT ON directory_actor_stale
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION directory_actor_rebuild();

-- the pool as it is now
INSERT INTO directory_actor_members (actor_id, reports)
SELECT actor_id, json_agg(json_build_array(report_id, reporter_key, sharing, status, received_on, keys, facts)
                          ORDER BY received_on, report_id)
FROM directory_report WHERE members_see GROUP BY actor_id;

GRANT SELECT ON directory_actor_members TO blackbox_app;
ALTER TABLE directory_actor_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE directory_actor_stale ENABLE ROW LEVEL SECURITY;
-- what every member may see in directory_report (directory_report_read), and no more
CREATE POLICY directory_actor_members_read ON directory_actor_members FOR SELECT
    USING (app_is_operator_staff() OR app_org_kind() = 'member');
