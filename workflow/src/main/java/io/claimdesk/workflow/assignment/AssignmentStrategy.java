package io.claimdesk.workflow.assignment;

/** How the reviewer of a claim is chosen. */
public enum AssignmentStrategy {
    /** The reviewer the editor names. */
    NAMED,
    /** The reviewer holding the fewest open claims. */
    LEAST_LOADED,
    /** The least-loaded reviewer who reads the article's language (Keycloak attribute {@code languages}). */
    LANGUAGE,
    /** The reviewer sharing most of the claim's topics (attribute {@code topics}), then the least loaded. */
    TOPIC
}
