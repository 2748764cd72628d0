package io.claimdesk.api.claim;

import java.time.Instant;

import io.claimdesk.core.history.ClaimEvent;

/** One step of a claim's history: who, when, what, from which status to which, and why. */
public record HistoryEntryView(String actor, Instant at, String action, String from, String to, String comment) {

    public static HistoryEntryView of(ClaimEvent event) {
        return new HistoryEntryView(event.actor, event.at, event.action,
                event.fromStatus == null ? null : event.fromStatus.name(), event.toStatus.name(), event.comment);
    }
}
