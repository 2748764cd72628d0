package io.claimdesk.workflow.bulk;

import java.util.List;

import io.claimdesk.workflow.assignment.Assignment;

/**
 * One bulk action over many claims, with what the action needs: an assignment or a deadline, a reason (to discard or
 * reject; an optional comment to approve or unassign).
 */
public record BulkRequest(BulkAction action, List<Long> claimIds, Assignment assignment, String reason) {
}
