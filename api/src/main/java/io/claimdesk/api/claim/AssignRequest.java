package io.claimdesk.api.claim;

import java.time.OffsetDateTime;

/**
 * Who gets the claim: a named reviewer, or a strategy (LEAST_LOADED, LANGUAGE, TOPIC) to choose one; least-loaded
 * when neither is given. The deadline (ISO 8601 with offset) is optional.
 */
public record AssignRequest(String reviewer, String strategy, OffsetDateTime deadline) {
}
