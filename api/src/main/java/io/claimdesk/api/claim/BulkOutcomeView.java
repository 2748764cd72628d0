package io.claimdesk.api.claim;

import io.claimdesk.workflow.bulk.BulkOutcome;

/** One claim's outcome in a bulk action: done with its new status, or refused with the HTTP status and why. */
public record BulkOutcomeView(long claimId, boolean done, String status, Integer httpStatus, String detail) {

    public static BulkOutcomeView of(BulkOutcome outcome) {
        return new BulkOutcomeView(outcome.claimId(), outcome.done(),
                outcome.status() == null ? null : outcome.status().name(),
                outcome.refusal() == null ? null : switch (outcome.refusal()) {
                    case NOT_FOUND -> 404;
                    case FORBIDDEN -> 403;
                    case CONFLICT -> 409;
                    case INVALID -> 400;
                    case TOO_LARGE -> 413;
                    case BUSY -> 429;
                }, outcome.message());
    }
}
