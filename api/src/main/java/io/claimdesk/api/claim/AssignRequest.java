package io.claimdesk.api.claim;

/** Assign a claim to a named reviewer, or to the least-loaded one when reviewer is absent. */
public record AssignRequest(String reviewer) {
}
