package io.claimdesk.workflow.review;

/** What a user (or the extractor) can do to a claim. Each is a row, or several, of {@link ClaimTransitions}. */
public enum ClaimAction {
    /** The extractor found the claim in a submitted article. */
    EXTRACT,
    /** A person added a claim the extractor missed, from a span of the article. */
    ADD, ASSIGN, REASSIGN, UNASSIGN, SET_DEADLINE,
    /** Change the claim's text; the original is kept. */
    EDIT,
    /** Replace the claim by two (or more) claims; the claim itself is closed as discarded. */
    SPLIT,
    /** Replace two claims by one; both are closed as discarded. */
    MERGE, DISCARD, RESTORE,
    /** Save the verdict being written without submitting it. */
    SAVE_DRAFT, SUBMIT_VERDICT, APPROVE, REJECT,
    /** Reopen a published verdict to correct it; the published version stays public until the correction is. */
    REOPEN_FOR_CORRECTION,
    /** Approve a corrected verdict: it replaces the published one. */
    PUBLISH_CORRECTION
}
