package io.claimdesk.api.claim;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One action (ASSIGN, REASSIGN, UNASSIGN, SET_DEADLINE, DISCARD, APPROVE, REJECT) over many claims, with what it
 * needs: reviewer or
 * strategy and deadline to assign, a deadline to set, a reason to discard or reject (a comment to approve).
 */
public record BulkActionRequest(String action, List<Long> claimIds, String reviewer, String strategy,
        OffsetDateTime deadline, String reason) {
}
