-- The header of a bulk upload, so that the rejected rows download in the member's own columns and order.
ALTER TABLE report_job ADD COLUMN columns text[] NOT NULL DEFAULT '{}';
ALTER TABLE report_job ADD COLUMN processed integer NOT NULL DEFAULT 0;
