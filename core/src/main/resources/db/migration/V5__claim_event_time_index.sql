-- The dashboard reads the history by day: find a period's events without scanning all of them.
CREATE INDEX claim_event_at_idx ON claim_event (at);
