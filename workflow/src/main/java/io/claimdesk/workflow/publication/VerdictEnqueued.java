package io.claimdesk.workflow.publication;

/**
 * Fired inside the approving transaction when a verdict enters the outbox; observed after the commit, so the indexer
 * starts at once instead of at its next tick.
 */
public record VerdictEnqueued(long claimId) {
}
