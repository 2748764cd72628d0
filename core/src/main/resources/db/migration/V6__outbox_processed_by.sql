-- Which application instance wrote each verdict to the search index: with several instances sharing the database,
-- operators (and the two-instance test) can see who drained what.
ALTER TABLE verdict_outbox ADD COLUMN processed_by VARCHAR(200);
