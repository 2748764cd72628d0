package io.claimdesk.workflow;

import io.claimdesk.core.claim.ClaimStatus;

/** A refused workflow request, with the kind of refusal the edge turns into an HTTP status. */
public class WorkflowException extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind {
        /** The thing asked for does not exist. */
        NOT_FOUND,
        /** The actor may not do this. */
        FORBIDDEN,
        /** The request conflicts with the current state. */
        CONFLICT,
        /** The request itself is malformed or incomplete. */
        INVALID
    }

    private final Kind kind;
    private final ClaimStatus currentStatus;

    public WorkflowException(Kind kind, String message) {
        this(kind, message, null);
    }

    public WorkflowException(Kind kind, String message, ClaimStatus currentStatus) {
        super(message);
        this.kind = kind;
        this.currentStatus = currentStatus;
    }

    public static WorkflowException notFound(String message) {
        return new WorkflowException(Kind.NOT_FOUND, message);
    }

    public static WorkflowException forbidden(String message) {
        return new WorkflowException(Kind.FORBIDDEN, message);
    }

    public static WorkflowException invalid(String message) {
        return new WorkflowException(Kind.INVALID, message);
    }

    public static WorkflowException conflict(String message, ClaimStatus currentStatus) {
        return new WorkflowException(Kind.CONFLICT, message, currentStatus);
    }

    public Kind kind() {
        return kind;
    }

    /** The claim's status when the request was refused, if it concerns a claim. */
    public ClaimStatus currentStatus() {
        return currentStatus;
    }
}
