package io.claimdesk.api.claim;

import java.time.OffsetDateTime;

/** A claim's new deadline (ISO 8601 with offset), or null to clear it. */
public record DeadlineRequest(OffsetDateTime deadline) {
}
