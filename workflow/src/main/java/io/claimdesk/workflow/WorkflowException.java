package io.claimdesk.workflow;

import java.util.List;

import io.claimdesk.core.claim.ClaimStatus;

/**
 * A refused workflow request, with the kind of refusal the edge turns into an HTTP status. The workflow's own refusals
 * carry a {@link Refusal} code and its arguments, so the pages can say them in the reader's language; the message is
 * always their English.
 */
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
        INVALID,
        /** The request asks for more work than Claimdesk takes on in one go. */
        TOO_LARGE,
        /** Too many such requests are running now; the same one may succeed in a moment. */
        BUSY
    }

    private final Kind kind;
    private final ClaimStatus currentStatus;
    private final RefusalMessage refusal;

    /** A refusal whose text is written by the caller (the API's own checks, or a page's text already translated). */
    public WorkflowException(Kind kind, String message) {
        this(kind, message, null);
    }

    public WorkflowException(Kind kind, String message, ClaimStatus currentStatus) {
        super(message);
        this.kind = kind;
        this.currentStatus = currentStatus;
        this.refusal = null;
    }

    /** A refusal of the workflow: its message is the English of the code. */
    public WorkflowException(Kind kind, ClaimStatus currentStatus, RefusalMessage refusal) {
        super(refusal.english());
        this.kind = kind;
        this.currentStatus = currentStatus;
        this.refusal = refusal;
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

    public static WorkflowException notFound(Refusal code, Object... arguments) {
        return new WorkflowException(Kind.NOT_FOUND, null, RefusalMessage.of(code, arguments));
    }

    public static WorkflowException forbidden(Refusal code, Object... arguments) {
        return new WorkflowException(Kind.FORBIDDEN, null, RefusalMessage.of(code, arguments));
    }

    public static WorkflowException invalid(Refusal code, Object... arguments) {
        return new WorkflowException(Kind.INVALID, null, RefusalMessage.of(code, arguments));
    }

    public static WorkflowException tooLarge(Refusal code, Object... arguments) {
        return new WorkflowException(Kind.TOO_LARGE, null, RefusalMessage.of(code, arguments));
    }

    public static WorkflowException busy(Refusal code, Object... arguments) {
        return new WorkflowException(Kind.BUSY, null, RefusalMessage.of(code, arguments));
    }

    public static WorkflowException conflict(ClaimStatus currentStatus, Refusal code, Object... arguments) {
        return new WorkflowException(Kind.CONFLICT, currentStatus, RefusalMessage.of(code, arguments));
    }

    public Kind kind() {
        return kind;
    }

    /** The claim's status when the request was refused, if it concerns a claim. */
    public ClaimStatus currentStatus() {
        return currentStatus;
    }

    /** The code and arguments of a workflow refusal; null when the message was written by the caller. */
    public RefusalMessage refusal() {
        return refusal;
    }

    /** The refusal's code, or null when the message was written by the caller. */
    public Refusal code() {
        return refusal == null ? null : refusal.code();
    }

    /** The refusal's arguments, in the order of the code's placeholders; empty without a code. */
    public List<Object> arguments() {
        return refusal == null ? List.of() : refusal.arguments();
    }
}
