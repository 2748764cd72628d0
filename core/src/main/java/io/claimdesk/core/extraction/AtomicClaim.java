package io.claimdesk.core.extraction;

import java.util.Set;

/**
 * One checkable fact cut out of a sentence, before scoring: its attribution ("Selon Russia Today, "), its body, the
 * {@code [start, end)} span of the source it came from in the article, and the reasons the cutting adds.
 */
record AtomicClaim(String attribution, String body, int start, int end, Set<Reason> reasons) {

    AtomicClaim {
        reasons = Set.copyOf(reasons);
    }

    AtomicClaim withBody(String newBody) {
        return new AtomicClaim(attribution, newBody, start, end, reasons);
    }

    /** The claim as it reads on its own: the attribution, then the body, one sentence. */
    String text() {
        if (attribution.isEmpty()) {
            return ClaimText.capitalise(body);
        }
        return ClaimText.capitalise(attribution + ClaimText.lowerOpening(body));
    }
}
