-- Reports that their reporter sees and no other member does: shared with members but not yet visible to
-- them (waiting for review while app.reports.share-before-review is false). The directory asks after each
-- change whether there is any; while there is none, every member sees the same reports, and pooled
-- screening reads them once for all members. A partial index keeps that question from scanning the table,
-- which holds none of them with the default settings.
CREATE INDEX directory_report_own_only ON directory_report (report_id) WHERE NOT members_see AND sharing <> 'operator';
