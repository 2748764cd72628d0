package io.claimdesk.api.reviewer;

import java.util.List;

/** A reviewer as assignment sees them. */
public record ReviewerView(String username, String displayName, List<String> languages, List<String> topics,
        long openClaims) {
}
