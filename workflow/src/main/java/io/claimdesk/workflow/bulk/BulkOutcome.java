package io.claimdesk.workflow.bulk;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.workflow.RefusalMessage;
import io.claimdesk.workflow.WorkflowException;

/**
 * What happened to one claim of a bulk action: done, with its new status; or refused, with the HTTP-like kind of
 * refusal, the reason (in English, and as a code the pages translate) and the claim's status at the time.
 */
public record BulkOutcome(long claimId, boolean done, ClaimStatus status, WorkflowException.Kind refusal,
        String message, RefusalMessage reason) {

    static BulkOutcome done(long claimId, ClaimStatus status) {
        return new BulkOutcome(claimId, true, status, null, null, null);
    }

    static BulkOutcome refused(long claimId, WorkflowException e) {
        return new BulkOutcome(claimId, false, e.currentStatus(), e.kind(), e.getMessage(), e.refusal());
    }
}
