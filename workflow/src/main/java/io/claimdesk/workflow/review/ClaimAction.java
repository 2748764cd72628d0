package io.claimdesk.workflow.review;

/** What a user can do to a claim. */
public enum ClaimAction {
    EXTRACT, ASSIGN, SUBMIT_VERDICT, APPROVE, REJECT, DISCARD
}
