package io.claimdesk.core.claim;

/** How a claim came to be. */
public enum ClaimOrigin {
    /** Found by the claim extractor in the submitted article. */
    EXTRACTED,
    /** Added by a person from a span of the article the extractor missed. */
    ADDED,
    /** One part of a claim the team split in two. */
    SPLIT,
    /** Two claims the team merged into one. */
    MERGED
}
