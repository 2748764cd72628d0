package io.claimdesk.workflow.review;

import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.SubmittedText;
import io.claimdesk.workflow.WorkflowException;

/** The free-text reasons and notes some actions require (reject, discard, correction). */
public final class Reasons {

    public static final int MAX_LENGTH = 2_000;

    private Reasons() {
    }

    /** The reason, stripped; refused with {@code missing} when there is none, or when it is too long. */
    public static String require(String reason, Refusal missing) {
        if (reason == null || reason.isBlank()) {
            throw WorkflowException.invalid(missing);
        }
        return limit(reason);
    }

    /** An optional comment, stripped, or null when blank. */
    public static String optional(String comment) {
        return comment == null || comment.isBlank() ? null : limit(comment);
    }

    private static String limit(String text) {
        if (text.length() > MAX_LENGTH) {
            throw WorkflowException.invalid(Refusal.TEXT_TOO_LONG, MAX_LENGTH);
        }
        SubmittedText.require(text, "reason");
        return text.strip();
    }
}
