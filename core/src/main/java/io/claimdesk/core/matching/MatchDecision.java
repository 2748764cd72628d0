package io.claimdesk.core.matching;

/** What the team made of a match: not yet looked at, confirmed as the same claim, or dismissed. */
public enum MatchDecision {
    PENDING, CONFIRMED, DISMISSED
}
