-- The desk or member organisation that handles an article and publishes its verdicts (issue 5); NULL means the
-- configured publisher (claimdesk.publisher.name), so existing articles keep publishing under it.
ALTER TABLE article ADD COLUMN team VARCHAR(200);
