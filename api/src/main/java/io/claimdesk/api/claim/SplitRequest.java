package io.claimdesk.api.claim;

import java.util.List;

/** The parts a claim is split into: each a text and, optionally, its own span in the article. */
public record SplitRequest(List<PartRequest> parts) {

    /** One part; start and end default to the split claim's span. */
    public record PartRequest(String text, Integer start, Integer end) {
    }
}
