package io.claimdesk.workflow.review;

import io.claimdesk.workflow.WorkflowException;

/** The free-text reasons and notes some actions require (reject, discard, correction). */
public final class Reasons {

    public static final int MAX_LENGTH = 2_000;

    private Reasons() {
    }

    /** The reason, stripped; refused when missing or too long. {@code what} completes "A reason is required to …". */
    public static String require(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw WorkflowException.invalid("A reason is required to " + what + ".");
        }
        return limit(reason);
    }

    /** An optional comment, stripped, or null when blank. */
    public static String optional(String comment) {
        return comment == null || comment.isBlank() ? null : limit(comment);
    }

    private static String limit(String text) {
        if (text.length() > MAX_LENGTH) {
            throw WorkflowException.invalid("The text is longer than " + MAX_LENGTH + " characters.");
        }
        return text.strip();
    }
}
