package io.claimdesk.api.claim;

import java.time.Instant;

import io.claimdesk.core.history.ClaimEvent;

/** One step of a claim's history: who, when, what, from which status to which, why, and what it replaced. */
public record HistoryEntryView(String actor, Instant at, String action, String from, String to, String comment,
        String before, String after) {

    public static HistoryEntryView of(ClaimEvent event) {
        return new HistoryEntryView(event.actor, event.at, event.action,
                event.fromStatus == null ? null : event.fromStatus.name(), event.toStatus.name(), event.comment,
                event.beforeValue, event.afterValue);
    }
}
