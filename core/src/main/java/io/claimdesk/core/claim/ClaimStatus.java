package io.claimdesk.core.claim;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim stands in the review workflow. */
public enum ClaimStatus {

    EXTRACTED, ASSIGNED, AWAITING_APPROVAL, PUBLISHED, DISCARDED,
    /** A published verdict being corrected; the public keeps seeing the last approved version meanwhile. */
    CORRECTION;

    /** Statuses in which the claim still waits for someone's work, so a deadline can be missed. */
    public static final Set<ClaimStatus> OPEN = Set.copyOf(EnumSet.of(EXTRACTED, ASSIGNED, AWAITING_APPROVAL,
            CORRECTION));

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
