package io.claimdesk.core.claim;

/** Where a claim stands in the review workflow. */
public enum ClaimStatus {
    EXTRACTED, ASSIGNED, AWAITING_APPROVAL, PUBLISHED, DISCARDED
}
